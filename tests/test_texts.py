"""The two source texts: whole originals, complete translations, annotations, and links both ways."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from casefiles import load_cases

from calculators import CalcError, calculators, run
from calculators.i18n import LANGS
from calculators.sources import sources
from site_build import texts

ROOT = Path(__file__).resolve().parents[1]
TEXT_IDS = ["kz-resolution-9", "kg-enforcement-article"]
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def translation_pairs(text_id: str, lang: str) -> list[tuple[texts.Segment, texts.Segment | None]]:
    orig = texts.original(text_id)
    tr = texts.load_yaml_text(text_id, lang)
    assert tr is not None, f"{text_id}: no {lang} translation"
    by_id = {s.id: s for s in tr.segments}
    return [(s, by_id.get(s.id)) for s in orig.segments if s.lang != lang]  # the authors' own text stays theirs


@pytest.mark.parametrize("text_id", TEXT_IDS)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_paragraph_is_translated_with_its_numbers(text_id: str, lang: str) -> None:
    for segment, tr in translation_pairs(text_id, lang):
        assert tr is not None, f"{text_id} {lang}: {segment.id} missing"
        assert len(tr.lines) == len(segment.lines) and len(tr.notes) == len(segment.notes), segment.id
        for original, translated in zip([*segment.lines, *segment.notes], [*tr.lines, *tr.notes], strict=True):
            wanted = {n.replace(",", ".") for n in NUMBER.findall(original)}
            found = {n.replace(",", ".") for n in NUMBER.findall(translated)}
            assert wanted <= found, (segment.id, wanted - found)


@pytest.mark.parametrize("text_id", TEXT_IDS)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_translated_paragraphs_are_of_comparable_length(text_id: str, lang: str) -> None:
    for segment, tr in translation_pairs(text_id, lang):
        assert tr is not None
        source, target = " ".join(segment.lines), " ".join(tr.lines)
        if len(source) < 40:  # headings, signatures and single words are not measured
            continue
        assert 0.6 <= len(target) / len(source) <= 1.6, (segment.id, round(len(target) / len(source), 2))


def _seed_lines(text_id: str) -> list[str]:
    raw = (ROOT / "texts" / text_id / ("source.kk.txt" if text_id == "kz-resolution-9" else "source.ky.txt")).read_text(
        encoding="utf-8"
    )
    if text_id == "kz-resolution-9":
        return [re.sub(r"^\[bookmark: z\d+\]\s*", "", line.strip()) for line in raw.splitlines() if line.strip()]
    # The PDF extraction: rejoin words split at line ends, then take the sentences.
    joined = re.sub(r"-\s*\n\s*\n?", "", raw)
    joined = re.sub(r"\s+", " ", joined).strip()
    return [s for s in re.split(r"(?<=[.!?])\s+", joined) if s]


def _rendered_original(site: Path, text_id: str) -> str:
    page = (site / "texts" / text_id / "index.html").read_text(encoding="utf-8")
    cells = re.findall(r'<div class="tx-orig"[^>]*>(.*?)</div>', page, re.S)
    # Glossary marks are inline and add nothing visible: drop them; other tags end a block of text.
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"</?span[^>]*>", "", c))) for c in cells)
    return re.sub(r"\s+", " ", text)


@pytest.mark.site
@pytest.mark.parametrize("text_id", TEXT_IDS)
def test_every_sentence_of_the_seed_is_in_the_rendered_original(built_site: Path, text_id: str) -> None:
    rendered = _rendered_original(built_site, text_id)
    missing = [s for s in _seed_lines(text_id) if re.sub(r"\s+", " ", s) not in rendered]
    assert not missing, missing[:3]


@pytest.mark.site
def test_paragraphs_link_to_the_calculators_that_implement_them(built_site: Path) -> None:
    prefix = {"ru": "", "kk": "kk/", "ky": "ky/", "en": "en/"}
    for calc in calculators().values():
        for basis in calc.implements:
            source_id, anchor = basis.split("#")
            for lang in LANGS:
                page = (built_site / prefix[lang] / sources()[source_id]["page"] / "index.html").read_text(
                    encoding="utf-8"
                )
                section = re.search(rf'<section class="tx-seg[^"]*" id="{anchor}">(.*?)</section>', page, re.S)
                assert section and f'data-implements="{calc.id}"' in section[1], (basis, lang)


def test_every_paragraph_a_result_cites_links_back() -> None:
    implemented = {b for c in calculators().values() for b in c.implements}
    cited = set()
    for case in load_cases():
        try:
            cited |= set(run(case["calculator"], case["input"], case.get("lang"))["citations"])
        except CalcError:
            continue
    ours = {b for b in cited if sources()[b.split("#")[0]]["kind"] == "page" and b.split("#")[1].startswith("p-")}
    assert ours <= implemented, sorted(ours - implemented)


def test_glossary_has_forty_terms_in_four_languages() -> None:
    path = ROOT / "texts" / "glossary.yaml"
    if not path.exists():
        pytest.skip("no glossary yet")
    terms = yaml.safe_load(path.read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 40
    for term in terms:
        assert all(term["terms"][lang] and term["definition"][lang] for lang in LANGS), term["id"]


@pytest.mark.parametrize("text_id", TEXT_IDS)
def test_change_notes_are_placed_sourced_and_dated(text_id: str) -> None:
    ids = set(texts.original(text_id).ids())
    for segment, notes in texts.changes(text_id).items():
        assert segment in ids, segment
        for note in notes:
            assert note["sources"] and note["checked"] and all(note["text"][lang] for lang in LANGS)


@pytest.mark.parametrize("text_id", TEXT_IDS)
def test_each_text_names_its_edition_and_the_date_changes_were_checked_to(text_id: str) -> None:
    found = texts.change_file(text_id)
    assert all(found["edition"][lang].strip() for lang in LANGS)
    checked_to = date.fromisoformat(str(found["changes_checked_to"]))
    for note in found["notes"]:  # a note checked earlier would make the date a promise it does not keep
        assert date.fromisoformat(str(note["checked"])) >= checked_to, (note["segment"], note["checked"])


def test_the_resolution_shows_the_edition_before_the_2023_amendment() -> None:
    """The seed is the edition before Normative Resolution No. 4 of 07.12.2023: the page says so, and the 2023
    terminology is described at every paragraph that still uses «талап арыз»."""
    found = texts.change_file("kz-resolution-9")
    assert "07.12.2023" in found["edition"]["en"] and "29.09.2022" in found["edition"]["en"]
    noted = {n["segment"] for n in found["notes"] if "07.12.2023" in n["text"]["en"] and "талап қою" in n["text"]["en"]}
    uses_old_term = {s.id for s in texts.original("kz-resolution-9").segments if "талап арыз" in " ".join(s.lines)}
    assert uses_old_term and uses_old_term <= noted, sorted(uses_old_term - noted)


@pytest.mark.site
@pytest.mark.parametrize("text_id", TEXT_IDS)
def test_each_text_page_states_its_edition_under_the_title(built_site: Path, text_id: str) -> None:
    found = texts.change_file(text_id)
    day = date.fromisoformat(str(found["changes_checked_to"])).strftime("%d.%m.%Y")
    for lang, prefix in {"ru": "", "kk": "kk/", "ky": "ky/", "en": "en/"}.items():
        page = (built_site / prefix / "texts" / text_id / "index.html").read_text(encoding="utf-8")
        after_title = page.split("</h1>", 1)[1]
        edition = re.search(r'<p class="tx-edition"[^>]*>(.*?)</p>', after_title, re.S)
        assert edition and after_title.index("tx-edition") < after_title.index('class="tx"'), lang
        assert html.escape(found["edition"][lang].split(".")[0]) in edition[1] and day in edition[1], lang
        titles = re.findall(r'<p class="tx-change-title">(.*?)</p>', page, re.S)
        assert titles and all(day in t for t in titles), lang
