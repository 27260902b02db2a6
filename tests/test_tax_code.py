"""The Tax Code governing the state duty on a date is data (``kz.tax_code``), not a date written in the rules."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from calculators import parameters
from calculators.kz import exemptions, tax_code
from calculators.sources import known

KZ = Path(__file__).resolve().parents[1] / "calculators" / "kz"
LABEL = {"ru": "Дата", "kk": "Күні", "ky": "Күнү", "en": "Date"}


def test_the_code_changes_on_the_first_day_of_the_2026_code() -> None:
    assert tax_code.on(date(2025, 12, 31), "date", LABEL)["source"] == "kz-tax-code-2017"
    assert tax_code.on(date(2026, 1, 1), "date", LABEL)["source"] == "kz-tax-code-2026"


def test_every_article_of_every_code_is_a_known_anchor() -> None:
    for value in parameters.get("kz.tax_code").values:
        code = value.value
        for article in ("appeal_exempt", "joined_claims"):
            assert known(tax_code.cite(code, article)), (value.start, article)
        # the exemptions catalogue names each category's sub-point under the code's key, or none if absent
        cited = [item[code["catalogue"]] for item in exemptions.catalogue() if item.get(code["catalogue"])]
        assert cited and all(known(f"{code['source']}#{a}") for a in cited), value.start


def test_no_rule_writes_the_date_of_the_switch() -> None:
    switch = re.compile(r"date\(2026, 1, 1\)|\.year >= 20\d\d|CODE_20\d\d")
    for path in KZ.glob("*.py"):
        assert not switch.search(path.read_text(encoding="utf-8")), path.name
