"""Law as of when: each parameter file says since when its values were checked, and none is silently old.

A parameter file (``calculators/parameters/**.yaml``) carries ``last_checked``: every value in it was checked
against its source on or after that date. A value whose own ``checked`` is more than a year old needs a
``still_holds`` note (ru, kk, ky, en) saying why it still holds; the register (/parameters/) shows both.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from calculators.i18n import LANGS
from calculators.parameters import MAX_AGE, ParameterError, build_parameter, check_parameter, parameters

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "calculators" / "parameters").rglob("*.yaml"))


def _raw(checked: str, **extra: object) -> dict[str, object]:
    value = {"from": "2020-01-01", "value": "1", "status": "verified", "checked": checked}
    value["reference"] = {"title": "An act", "href": "https://example.org/act"}
    return {"id": "x.test", "label": dict.fromkeys(LANGS, "x"), "values": [value | extra]}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_parameter_file_says_since_when_its_values_were_checked(path: Path) -> None:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    since = date.fromisoformat(str(doc.get("last_checked")))
    assert since <= date.today(), f"{path.name}: last_checked in the future"
    for param in doc["parameters"]:
        for value in param["values"]:
            assert date.fromisoformat(str(value["checked"])) >= since, (param["id"], value["from"])


def test_no_value_is_older_than_a_year_without_a_note_on_why_it_still_holds() -> None:
    today = date.today()
    stale = [(p.id, v.start.isoformat(), v.checked.isoformat()) for p in parameters().values() for v in p.stale(today)]
    assert not stale, f"checked more than a year ago, no `still_holds` note: {stale}"
    for param in parameters().values():
        for value in param.values:
            if value.still_holds is not None:
                assert all(value.still_holds.get(lang) for lang in LANGS), param.id


def test_the_age_rule_counts_a_year_and_accepts_a_reason() -> None:
    today = date(2027, 6, 1)
    fresh = build_parameter(_raw((today - MAX_AGE).isoformat()))
    old = build_parameter(_raw((today - MAX_AGE - timedelta(days=1)).isoformat()))
    explained = build_parameter(_raw("2020-01-01", still_holds=dict.fromkeys(LANGS, "the article was not amended")))
    assert fresh.stale(today) == [] and explained.stale(today) == []
    assert [v.start for v in old.stale(today)] == [date(2020, 1, 1)]


def test_a_value_checked_before_its_files_date_is_refused() -> None:
    raw = _raw("2026-01-10") | {"last_checked": "2026-02-01"}
    with pytest.raises(ParameterError, match="before the file's last_checked"):
        check_parameter(raw)


@pytest.mark.site
def test_the_register_shows_each_files_date(built_site: Path) -> None:
    for prefix in ("", "kk/", "ky/", "en/"):
        page = (built_site / prefix / "parameters" / "index.html").read_text(encoding="utf-8")
        shown = set(re.findall(r'data-last-checked="([0-9-]+)"', page))
        wanted = {p.last_checked.isoformat() for p in parameters().values() if p.last_checked}
        assert wanted and shown == wanted, prefix
        assert page.count("data-last-checked=") == len(parameters()), prefix
        for path in FILES:
            assert path.relative_to(ROOT / "calculators").as_posix() in page, (prefix, path.name)
