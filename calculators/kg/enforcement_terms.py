"""Terms in enforcement proceedings in Kyrgyzstan: the last day of a term, counted on the Kyrgyz calendar.

The terms the law sets (presenting a writ for execution, voluntary execution, complaints against a bailiff,
restoring a missed term) sit in Law No. 15 of 28.01.2017 and the Civil Procedure Code of 2017, whose articles
could not be read; the calculator refuses them as ``unsupported`` and names what is missing. A term whose length
the user knows (set by a court, by the bailiff's resolution, or read in the law) is counted in calendar days,
working days, months or years, with the public holidays of the Labour Code of 23.01.2025 (``calendar``), under
the counting rule ``kg.terms.counting``, which is unverified and says so.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text
from calculators.kg.calendar import REASONS, calendar
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.words import t
from calculators.workdays import WEEKDAYS, Off, add_months

ID = "kg-enforcement-terms"
COURT_POWERS = "kg-enforcement-article#p-7"

TERM = t("Which term")
START = t("Date of the event the term runs from")
LENGTH = t("Length of the term")
UNIT = t("Unit")

TERMS: dict[str, Text] = {
    "custom": t("A term of known length (set by a court or the bailiff, or stated in the law)"),
    "present_writ": t("Presenting a writ for execution"),
    "voluntary": t("Voluntary execution after the bailiff's resolution"),
    "complaint": t("Complaint against a bailiff's act or failure to act"),
    "restore": t("Restoring a missed term for presenting a writ"),
}
UNITS: dict[str, Text] = {
    "calendar_days": t("calendar days"),
    "working_days": t("working days"),
    "months": t("months"),
    "years": t("years"),
}

SCHEMA = (
    Field("term", "choice", TERM, default="custom", choices=tuple(Choice(k, v) for k, v in TERMS.items())),
    Field("start_date", "date", START),
    Field("length", "integer", LENGTH, when={"term": ("custom",)}, minimum=1, maximum=3650),
    Field(
        "unit",
        "choice",
        UNIT,
        default="working_days",
        when={"term": ("custom",)},
        choices=tuple(Choice(k, v) for k, v in UNITS.items()),
    ),
)

EXAMPLE: dict[str, Any] = {"term": "custom", "start_date": "2026-03-12", "length": 5, "unit": "working_days"}

LAW_15 = t("of Kyrgyz Law No. 15")
MISSING: dict[str, Text] = {
    "present_writ": t(
        "the term for presenting an executive document: the article of Kyrgyz Law No. 15 on terms was not read"
    ),
    "voluntary": t(
        "the term for voluntary execution: the article of Kyrgyz Law No. 15 was not read (if the "
        "bailiff's resolution states the term, choose “A term of known length”)"
    ),
    "complaint": t(
        "the term for a complaint against a bailiff: the articles of Kyrgyz Law No. 15 and the 2017 "
        "Civil Procedure Code on complaints were not read"
    ),
    "restore": t(
        "restoring a missed term is for the court under the 2017 Civil Procedure Code; its article "
        "and terms were not read"
    ),
}

STEP: dict[str, Text] = {
    "start": t("The term starts on the day after the event"),
    "end": t("Last day of the term ({unit}: {length})"),
    "working": t("Only working days count; days off passed over: {days}"),
    "shift": t("The last day fell on a day off ({days}): the term ends on the next working day"),
}
NONE = t("none")


def _listed(days: list[tuple[date, Off]]) -> Text:
    if not days:
        return NONE
    return {lang: ", ".join(f"{format_date(d)} ({REASONS[o.reason][lang]})" for d, o in days) for lang in LANGS}


def _fill(template: Text, **values: Text | str) -> Text:
    return {
        lang: template[lang].format(**{k: v[lang] if isinstance(v, dict) else v for k, v in values.items()})
        for lang in LANGS
    }


def compute(values: dict[str, Any]) -> dict[str, Any]:
    term = values["term"]
    if term != "custom":
        raise CalcError("unsupported", "term", TERM, what=MISSING[term])
    start: date = values["start_date"]
    length: int = values["length"]
    unit: str = values["unit"]
    result = Result(ID, "")
    rule = result.use(parameters.get("kg.terms.counting"), start, "start_date", START)
    basis = list(rule.basis)
    first = start + timedelta(days=1)
    result.step(
        "start", STEP["start"], None, f"{format_date(start)} + 1 = {format_date(first)}", [*basis, COURT_POWERS]
    )
    cal = calendar(result, "start_date", START)
    # A start past the calendar we know is the start date's error; a term running past it is the length's.
    known = parameters.get("kg.calendar.weekend").until
    if known is not None and start > known:
        raise CalcError("date_after_coverage", "start_date", START, end=format_date(known), date=format_date(start))
    try:
        passed: list[tuple[date, Off]] = []
        if unit == "working_days":
            end, passed = cal.add_working_days(start, length)
            span = (end - start).days
            result.step(
                "working",
                _fill(STEP["working"], days=_listed(passed)),
                None,
                f"{format_date(first)} … {format_date(end)}: {span} − {len(passed)} = {length}",
                [*basis, "kg-labour-code#act"],
            )
        else:
            if unit == "calendar_days":
                end = start + timedelta(days=length)
            else:
                end = add_months(start, length * (12 if unit == "years" else 1))
            result.step(
                "end",
                _fill(STEP["end"], length=str(length), unit=UNITS[unit]),
                None,
                f"{format_date(start)} + {length} = {format_date(end)}",
                basis,
            )
        last, moved = cal.next_working_day(end)
    except CalcError as err:
        if err.code != "date_after_coverage":
            raise
        ends = {"date": err.params["date"], "end": err.params["end"]}
        raise CalcError("term_after_coverage", "length", LENGTH, **ends) from err
    if moved:
        result.step(
            "shift",
            _fill(STEP["shift"], days=_listed(moved)),
            None,
            f"{format_date(end)} → {format_date(last)}",
            [*basis, "kg-labour-code#act"],
        )
    display = {lang: f"{format_date(last)} ({WEEKDAYS[last.weekday()][lang]})" for lang in LANGS}
    return result.to_json(
        last.isoformat(),
        display=display,
        last_day=last.isoformat(),
        first_day=first.isoformat(),
        days_off=[{"date": d.isoformat(), "reason": REASONS[o.reason]} for d, o in [*passed, *moved]],
        length=Decimal(length),
    )


CALCULATOR = Calculator(
    id=ID,
    title=t("Terms in enforcement proceedings (Kyrgyzstan)"),
    summary=t(
        "The last day of a term in calendar or working days, months or years, with Kyrgyzstan's "
        "public holidays; which terms of the law could not be checked is said plainly."
    ),
    currency="",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(COURT_POWERS,),
)
