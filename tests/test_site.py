"""The built site and the repository's promises: pages, anchors, links, languages, nothing from outside."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
import yaml
from casefiles import load_cases

from calculators import CalcError, calculators, parameters, render, run
from calculators.i18n import LANGS
from calculators.sources import known, sources
from site_build import bundle, texts
from site_build.ui import PALETTE

ROOT = Path(__file__).resolve().parents[1]
PREFIX = {"ru": "", "kk": "kk/", "ky": "ky/", "en": "en/"}
PAGES = ["", "calculators/kz-state-duty/", "texts/kz-resolution-9/", "texts/kg-enforcement-article/"]
MATERIAL_LANGS = Path(yaml.__file__).parents[1] / "material" / "templates" / "partials" / "languages"


def page(site: Path, lang: str, path: str) -> str:
    return (site / PREFIX[lang] / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_exists_with_its_language(built_site: Path, lang: str) -> None:
    for path in PAGES:
        html = page(built_site, lang, path)
        assert f'<html lang="{lang}"' in html, path


def emitted_basis_ids() -> set[str]:
    """Every basis id a calculator can emit: from its parameters and from every case it computes."""
    ids = {b for p in parameters.parameters().values() for v in p.values for b in v.basis}
    for case in load_cases():
        try:
            ids |= set(run(case["calculator"], case["input"], case.get("lang"))["citations"])
        except CalcError:
            pass
    return ids


@pytest.mark.site
def test_every_basis_id_resolves_in_every_language(built_site: Path) -> None:
    for basis in sorted(emitted_basis_ids()):
        assert known(basis), basis
        source_id, anchor = basis.split("#")
        source = sources()[source_id]
        if source["kind"] == "official":
            # The official databases of each country, or a copy that says why it is linked instead.
            official = ("https://adilet.zan.kz/", "http://cbd.minjust.gov.kg/", "https://cbd.minjust.gov.kg/")
            assert source["href"].startswith(official) or source.get("secondary"), basis
            continue
        for lang in LANGS:
            assert f'id="{anchor}"' in page(built_site, lang, source["page"] + "/"), (basis, lang)


@pytest.mark.site
def test_text_anchors_are_the_same_in_every_language(built_site: Path) -> None:
    for source_id, source in sources().items():
        if source["kind"] != "page":
            continue
        found = [
            re.findall(r'<section class="tx-seg[^"]*" id="([^"]+)"', page(built_site, lang, source["page"] + "/"))
            for lang in LANGS
        ]
        assert found[0] and all(f == found[0] for f in found), source_id
        assert set(source["anchors"]["list"]) <= set(found[0]), source_id


def test_resolution_keeps_every_paragraph() -> None:
    ids = texts.original("kz-resolution-9").ids()
    assert ids == ["title", "header", "preamble", *[f"p-{n}" for n in range(1, 11)], "p-11", "p-11-1",
                   *[f"p-{n}" for n in range(12, 19)], "p-18-1", "p-19", "p-20", "signatures"]  # fmt: skip


def test_seed_copies_are_unchanged() -> None:
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    assert (ROOT / "texts/kz-resolution-9/source.kk.txt").read_bytes() == (
        seeds / "004_c75a4d63b064792a.txt"
    ).read_bytes()
    assert (ROOT / "texts/kg-enforcement-article/source.ky.txt").read_bytes() == (
        seeds / "000_0cd1a74cd4e4455f.txt"
    ).read_bytes()


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_calculator_page_has_the_example_and_relative_links(built_site: Path, lang: str) -> None:
    path = "calculators/kz-state-duty/"
    html = page(built_site, lang, path)
    calc = calculators()["kz-state-duty"]
    assert 'data-calculator="kz-state-duty"' in html and 'data-result-source="example"' in html
    total = run(calc.id, calc.example)["total"]
    assert f'data-field="total" data-value="{total}"' in html
    for field in ("date", "payer", "claims.0.type", "claims.0.amount", "claims"):
        assert f'data-error-for="{field}"' in html
    base = f"http://site.invalid/{PREFIX[lang]}{path}"
    links = re.findall(r'href="([^"]+)" data-basis="([^"]+)"', html)
    assert links
    for href, _basis in links:
        if href.startswith("https://"):
            continue
        assert not href.startswith("/"), href
        target = urlparse(urljoin(base, href))
        file = built_site / unquote(target.path).lstrip("/") / "index.html"
        assert file.exists(), href
        assert f'id="{target.fragment}"' in file.read_text(encoding="utf-8"), href


@pytest.mark.site
def test_nothing_is_loaded_from_outside_the_site(built_site: Path) -> None:
    external = re.compile(
        r'<(?:script|img|iframe|source|audio|video)[^>]+src="(?:https?:)?//|<link[^>]+href="(?:https?:)?//[^"]*"[^>]*rel="(?:stylesheet|preload|modulepreload|preconnect)|<link[^>]+rel="(?:stylesheet|preload|modulepreload|preconnect)"[^>]+href="(?:https?:)?//'
    )
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert not external.search(html), html_file
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, html_file
    for css in built_site.rglob("*.css"):
        assert "@import url(http" not in css.read_text(encoding="utf-8"), css


@pytest.mark.site
def test_runtime_files_are_at_the_root_once(built_site: Path) -> None:
    assert (built_site / f"assets/pyodide/{bundle.PYODIDE_VERSION}/pyodide.asm.wasm").exists()
    assert (built_site / "assets/calculators.zip").exists()
    assert len(list(built_site.rglob("pyodide.asm.wasm"))) == 1


def test_formulas_never_break_inside_a_number() -> None:
    nb = "\u00a0"
    assert render.unbroken("350 000 × 10 % = 35 000") == f"350{nb}000 × 10{nb}% = 35{nb}000"
    assert render.unbroken("1 000 000.5 − 50 000") == f"1{nb}000{nb}000.5 − 50{nb}000"
    # Operands stay apart: a space before an operator, a date or a short number is kept.
    assert render.unbroken("max(50; 1 × 100) = 100") == "max(50; 1 × 100) = 100"
    assert render.unbroken("13.03.2026 … 19.03.2026: 7 − 2 = 5") == "13.03.2026 … 19.03.2026: 7 − 2 = 5"


@pytest.mark.site
def test_search_index_keeps_letters_as_utf8(built_site: Path) -> None:
    """Every page fetches the index: its Cyrillic is stored as UTF-8, not as six-byte escapes (hook search_index)."""
    raw = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "\\u04" not in raw
    assert "Судебные расходы" in raw and "Сот шығыстары" in raw and "state duty" in raw


def test_instant_navigation_stays_off() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert not re.search(r"^\s*-\s*navigation\.instant\s*$", config, re.M)
    assert re.search(r"^\s*font:\s*false", config, re.M)


def _strings(path: Path) -> dict[str, str]:
    body = path.read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*"([^"]+)":\s*"((?:[^"\\]|\\.)*)"', body, re.M))


TECHNICAL = {"language", "direction", "search.config.lang", "search.config.pipeline", "search.config.separator"}


@pytest.mark.parametrize("lang", ["kk", "ky"])
def test_material_strings_translated(lang: str) -> None:
    en, ru = _strings(MATERIAL_LANGS / "en.html"), _strings(MATERIAL_LANGS / "ru.html")
    ours = _strings(ROOT / "overrides" / "partials" / "languages" / f"{lang}.html")
    assert set(en) <= set(ours), sorted(set(en) - set(ours))
    assert ours["language"] == lang
    untranslated = [k for k in en if k not in TECHNICAL and ours[k] in (en[k], ru.get(k))]
    assert not untranslated, untranslated


ENGLISH_CHROME = ("Calculators", "Texts", "Table of contents", "Back to top", "Previous", "Next", "Search", "Home")


@pytest.mark.site
@pytest.mark.parametrize("lang", ["ru", "kk", "ky"])
def test_no_english_left_in_the_chrome(built_site: Path, lang: str) -> None:
    for path in PAGES:
        html = page(built_site, lang, path)
        chrome = " ".join(re.findall(r"<(?:nav|header|footer)\b.*?</(?:nav|header|footer)>", html, re.S))
        words = re.sub(r"<[^>]+>", " ", chrome)
        left = [w for w in ENGLISH_CHROME if re.search(rf"\b{w}\b", words)]
        assert not left, (lang, path, left)


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_the_colour_scheme_switch_speaks_the_pages_language(built_site: Path, lang: str) -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names = [option["toggle"]["name"] for option in config["theme"]["palette"]]
    words = {word["en"]: word for word in PALETTE}
    assert set(names) <= set(words), names  # every name in mkdocs.yml has its words in the site's catalogue
    expected = [words[name][lang] for name in names]
    if lang != "en":
        assert not set(expected) & set(names), expected
    for path in PAGES:
        form = re.search(r"<form [^>]*data-cc-palette.*?</form>", page(built_site, lang, path), re.S)
        assert form, (lang, path)
        assert re.findall(r'aria-label="([^"]+)"', form.group(0)) == expected, (lang, path)
        assert re.findall(r'<label [^>]*title="([^"]+)"', form.group(0)) == expected, (lang, path)


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_register_lists_every_value_with_its_source(built_site: Path, lang: str) -> None:
    html = page(built_site, lang, "parameters/")
    for parameter in parameters.parameters().values():
        assert f'id="{parameter.id}"' in html
        for value in parameter.values:
            assert value.reference["href"] in html


def test_no_sitemap_with_addresses_that_do_not_exist(built_site: Path) -> None:
    """Without a site_url a sitemap would list "None./"; the relative site ships none rather than a broken one."""
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        assert not (built_site / name).exists(), name


def test_footer_has_no_english_only_line(built_site: Path) -> None:
    for lang in ("ru", "kk", "ky"):
        assert "Made with" not in page(built_site, lang, ""), lang


@pytest.mark.site
def test_the_404_page_is_in_the_default_language_and_leads_to_each_home_page(built_site: Path) -> None:
    """It was the last language built (English) with a switcher to one text page's translations."""
    from site_build.ui import UI

    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="ru"' in html
    switcher = re.findall(r'<a href="([^"]*)" hreflang="([a-z]+)"', html)
    # Relative to the site root, which the page's first script finds and sets as its base (site_build/not_found.py):
    # the page is answered at any depth, under any sub-path.
    homes = {"ru": "./", "kk": "kk/", "ky": "ky/", "en": "en/"}
    assert switcher and {lang: href for href, lang in switcher} == homes
    assert "texts/" not in "".join(href for href, _ in switcher)
    for lang in LANGS:
        assert f'<p lang="{lang}">{UI[lang]["not_found"]} <a href="{homes[lang]}"' in html
    assert "Not found" not in html
    assert not re.search(r'\b(?:href|src)="/', html), "an address from the domain root"


@pytest.mark.site
@pytest.mark.parametrize("lang", ["ru", "kk", "ky"])
def test_calculator_pages_name_no_error_code_in_their_text(built_site: Path, lang: str) -> None:
    """A page in Russian, Kazakh or Kyrgyz quotes the message a visitor sees, not the machine code ``unsupported``."""
    for calc_id in calculators():
        html = page(built_site, lang, f"calculators/{calc_id}")
        text = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
        assert "unsupported" not in text, calc_id
