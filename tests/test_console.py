"""The console's Python entry points (calculators/console.py) under CPython, the page's examples, and the build's
PyScript files. The same code runs in the browser: tests/test_console_browser.py."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from calculators import console
from calculators.errors import CalcError
from calculators.i18n import LANGS
from calculators.registry import calculators, run
from site_build import pyconsole
from site_build.words import t


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Each test starts in English and leaves the module's language as it found it."""
    before = console.language()
    console.set_language("en")
    yield
    console.set_language(before)


def test_one_function_per_calculator() -> None:
    for calc_id, calc in calculators().items():
        name = calc_id.replace("-", "_")
        function = getattr(console, name)
        assert function.__name__ == name and name in console.__all__
        assert function(**calc.example) == run(calc_id, calc.example, "en")
        assert calc.title["en"] in (function.__doc__ or "")
    listed = console.calculators_list()
    assert [c["id"] for c in listed] == list(calculators())
    assert listed[0] == {
        "id": "kz-state-duty",
        "function": "kz_state_duty",
        "title": "State duty in court (Kazakhstan)",
    }


def test_fields_as_keywords_a_dict_or_both_and_python_values() -> None:
    from datetime import date
    from decimal import Decimal

    claims = [{"type": "property", "amount": Decimal("1500000")}, {"type": "non_property"}]
    by_keywords = console.kz_state_duty(date=date(2026, 3, 10), claims=claims)  # type: ignore[attr-defined]
    assert by_keywords["total"] == "17163"  # 1 500 000 × 1 % = 15 000; 0.5 × 4 325 = 2 162.5 → 2 163
    assert console.run("kz-state-duty", {"date": "2026-03-10"}, claims=claims) == by_keywords
    assert console.kz_state_duty({"date": "2026-03-10", "claims": claims}) == by_keywords  # type: ignore[attr-defined]


def test_example_is_a_copy() -> None:
    data = console.example("kz-state-duty")
    data["claims"].clear()
    assert calculators()["kz-state-duty"].example["claims"]


@pytest.mark.parametrize("lang", LANGS)
def test_bad_input_reads_in_the_chosen_language(lang: str) -> None:
    bad = {"date": "30.02.2026", "claims": [{"type": "property", "amount": "abc"}]}
    with pytest.raises(CalcError) as raw:  # what the forms show for the same input
        run("kz-state-duty", bad, lang)
    console.set_language(lang)
    with pytest.raises(console.InputError) as caught:
        console.kz_state_duty(**bad)  # type: ignore[attr-defined]
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.code, error.field, error.messages) == ("invalid_date", "date", raw.value.message)
    assert str(error).splitlines() == [
        f"{raw.value.message[lang]} (date)",
        f"{raw.value.others[0].message[lang]} (claims.0.amount)",
    ]


def test_unknown_calculator_and_language() -> None:
    with pytest.raises(console.InputError, match="no-such"):
        console.run("no-such")
    with pytest.raises(console.InputError):
        console.example("no-such")
    with pytest.raises(ValueError, match="language"):
        console.set_language("de")


def test_show_prints_total_steps_basis_and_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    console.set_language("ru")
    console.show(run("kz-state-duty", calculators()["kz-state-duty"].example))
    out = capsys.readouterr().out
    assert out.startswith("Итого: 17 163 KZT\nШаги расчёта:\n  1. ")
    assert "1 500 000 × 1 % = 15 000" in out
    assert "     основание: " in out and ", п. 5" in out
    assert "Предупреждения:" in out


def test_show_reads_a_total_that_is_not_money(capsys: pytest.CaptureFixture[str]) -> None:
    result = run("kg-enforcement-terms", calculators()["kg-enforcement-terms"].example)
    console.show(result)
    assert capsys.readouterr().out.startswith(f"Total: {result['display']['en']}\n")


def test_help_names_the_fields_in_the_language() -> None:
    console.set_language("kk")
    doc = console.kz_state_duty.__doc__ or ""  # type: ignore[attr-defined]
    assert doc.startswith("Сотта мемлекеттік баж (Қазақстан)")
    assert "claims (list, міндетті)" in doc and "'legal_entity'" in doc


def test_execute_prints_shows_the_last_expression_and_keeps_runs_apart() -> None:
    out = console.execute("x = 2\nprint(x * 21)\nkz_state_duty(**example('kz-state-duty'))")
    assert out.startswith("42\nTotal: 17 163 KZT\n")
    assert console.execute("print('x' in dir())") == "False\n"
    assert console.execute("[1, 2]") == "[1, 2]\n"
    assert console.execute("") == ""


def test_execute_shows_only_the_visitors_frames_and_the_message() -> None:
    out = console.execute('a = 1\nkz_state_duty(date="2026-03-10", claims=[])')
    lines = out.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[1] == '  File "<console>", line 2, in <module>'
    assert "calculators" not in "\n".join(line for line in lines if line.startswith("  File"))
    with pytest.raises(CalcError) as raw:
        run("kz-state-duty", {"date": "2026-03-10", "claims": []}, "en")
    assert lines[-1] == f"InputError: {raw.value.message['en']} (claims)"
    assert console.execute("1/0").splitlines()[-1] == "ZeroDivisionError: division by zero"
    assert console.execute("def f(:").splitlines()[-1].startswith("SyntaxError")
    assert console.execute("raise SystemExit(3)").splitlines()[-1] == "SystemExit: 3"


# --- the page's examples ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_the_same_examples(lang: str) -> None:
    assert [e[0] for e in pyconsole.EXAMPLES[lang]] == [e[0] for e in pyconsole.EXAMPLES["en"]]
    assert set(pyconsole.UI[lang]) == set(pyconsole.UI["en"])
    if lang != "en":
        for (_, title, code), (_, title_en, code_en) in zip(
            pyconsole.EXAMPLES[lang], pyconsole.EXAMPLES["en"], strict=True
        ):
            assert title != title_en
            comments = [line for line in code.splitlines() if line.lstrip().startswith("#")]
            assert not set(comments) & set(code_en.splitlines()), comments  # every comment is translated


def test_one_template_per_program_and_no_copy_per_language() -> None:
    """A language added to the site needs the programs' words in its site.po, not a copy of the programs."""
    templates = sorted(path.name for path in pyconsole.EXAMPLE_DIR.iterdir())
    assert templates == sorted(f"{ident}.py" for ident in pyconsole.EXAMPLE_TITLES)
    for lang in LANGS:
        for ident, _, code in pyconsole.EXAMPLES[lang]:
            compile(code, f"{lang}/{ident}.py", "exec")  # Python, whatever the translations
            assert not re.search(r"\{[{%#]", code), (lang, ident)  # no Jinja left
            assert code.startswith("# ") and code.endswith("\n") and not code.endswith("\n\n"), (lang, ident)
        assert f'step["label"]["{lang}"]' in pyconsole.program("steps", lang)  # the language key


def test_a_comment_block_breaks_its_lines_where_its_translation_does() -> None:
    msgid = "An error nobody catches stops the run; its message is the last line below."
    assert f"\n# {msgid}\n" in pyconsole.program("errors", "en")
    for lang in LANGS:
        lines = t(msgid)[lang].split("\n")
        assert "".join(f"\n# {line}" for line in lines) + "\n" in pyconsole.program("errors", lang)
    assert len(t(msgid)["ru"].split("\n")) == 2


def _examples(lang: str) -> dict[str, str]:
    return {ident: code for ident, _, code in pyconsole.EXAMPLES[lang]}


@pytest.mark.parametrize("lang", LANGS)
def test_examples_run_in_cpython(lang: str) -> None:
    console.set_language(lang)
    examples = _examples(lang)
    for ident, code in examples.items():
        out = console.execute(code)
        if ident == "errors":
            continue
        assert "Traceback" not in out and "Error" not in out, (ident, out)

    duty = console.execute(examples["duty"])
    # 2 500 000 × 1 % = 25 000; 0.5 × 4 325 = 2 162.5 → 2 163; 27 163
    assert f"{console.WORDS['total'][lang]}: 27 163 KZT" in duty and "27163 KZT" in duty

    table = console.execute(examples["loop"]).splitlines()
    assert len(table) == 5
    # 10 000 000: individual 1 % = 100 000, legal entity 3 % = 300 000
    assert table[3].split()[-2:] == ["100000", "300000"]

    errors = console.execute(examples["errors"]).splitlines()
    assert errors[0].endswith("→ 10000") and errors[1].endswith("→ 10000")  # 1 000 000 and 1 000 000.50, × 1 %
    amount_label = calculators()["kz-state-duty"].schema[-1].fields[1].label[lang]  # "claims" → "amount"
    assert amount_label in errors[2] and errors[2].endswith("(claims.0.amount)")
    date_label = calculators()["kz-state-duty"].schema[0].label[lang]
    assert errors[-1].startswith("InputError: ") and date_label in errors[-1] and errors[-1].endswith("(date)")

    steps = console.execute(examples["steps"]).splitlines()
    # the refund after a settlement in the first instance: all of the 17 163 paid
    assert steps[-1].endswith("17163 KZT")


# --- the build ---------------------------------------------------------------------------------------------------


def test_render_points_pyscript_at_the_sites_own_files() -> None:
    html = pyconsole.render("kk", "../../", {"calc:kz-state-duty": "../calculators/kz-state-duty/"}, offline=False)
    config = json.loads(re.search(r'<script type="py" src="[^"]+" config="([^"]+)"', html)[1].replace("&quot;", '"'))
    assert config["interpreter"].startswith("../../assets/pyodide/") and config["interpreter"].endswith("/pyodide.mjs")
    assert config["files"] == {"../../assets/calculators.zip": "./*"}
    assert '<script src="../../assets/court-console.js"></script>' in html
    assert 'href="../calculators/kz-state-duty/"' in html
    assert "http://" not in html and "https://" not in html
    assert " style=" not in html and "<style" not in html  # the site's Content-Security-Policy allows neither
    offline = pyconsole.render("kk", "../", {}, offline=True)
    assert 'type="py"' not in offline and "pyscript/" not in offline
    assert 'data-state="unavailable"' in offline and pyconsole.UI["kk"]["unavailable"] in offline


def test_write_runtime_copies_only_what_the_page_loads(tmp_path: Path) -> None:
    pyconsole.write_runtime(tmp_path)
    names = sorted(p.name for p in (tmp_path / "assets" / "pyscript").iterdir())
    assert len(names) == len(pyconsole.PYSCRIPT_FILES) + 1  # and the licence
    assert "core.js" in names and "LICENSE" in names
    assert not [n for n in names if n.startswith(("codemirror", "xterm", "toml", "zip", "pyodide_graph"))]
