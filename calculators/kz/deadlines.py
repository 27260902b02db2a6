"""Procedural deadlines in Kazakhstan: the last day of a term, counted on Kazakhstan's calendar.

CPC art. 122 part 2: a term runs from the day after the event. Art. 123 parts 1–3: a term in years or months ends
on the same date of its last year or month (the month's last day when that date does not exist), a term in days on
its last day; part 4: a last day that is a non-working day moves to the next working day; parts 5–7: the last day
lasts until 24:00 for post, other means of communication and e-filing, and until the court's working day ends for
an act done in the court. Terms in working days count working days only (an inferred rule, said in a warning).
Each named term is a dated parameter (``calculators/parameters/kz/terms.yaml``) citing its article. There is no
"cancel a default decision" term: chapter 21 of the CPC was repealed by Law of 20.12.2021 No. 84-VII.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.dates import format_date
from calculators.i18n import LANGS, Text
from calculators.kz import deadline_labels as words
from calculators.kz.calendar import DATA, calendar, reason
from calculators.registry import Calculator
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.workdays import Calendar, Off, add_months, weekday_date

ID = "kz-deadlines"
TERMS = (
    "appeal",
    "private_complaint",
    "cassation",
    "court_order_objection",
    "restoration",
    "simplified_cancel",
    "simplified_objection",
    "response_to_claim",
    "new_circumstances",
    "refund_application",
    "enforcement_document",
    "duplicate_writ",
    "arbitral_writ",
)
FINAL_FORM = ("appeal", "private_complaint")


def _choices() -> tuple[Choice, ...]:
    named = tuple(Choice(t, parameters.get(f"kz.terms.{t}").label) for t in TERMS)
    return (*named, Choice("custom", words.CUSTOM))


SCHEMA = (
    Field("term", "choice", words.TERM, default="appeal", choices=_choices()),
    Field("event_date", "date", words.EVENT, help=words.EVENT_HELP),
    Field("length", "integer", words.LENGTH, when={"term": ("custom",)}, minimum=1, maximum=3650),
    Field(
        "unit",
        "choice",
        words.UNIT,
        default="working_days",
        when={"term": ("custom",)},
        choices=tuple(Choice(k, v) for k, v in words.UNITS.items()),
    ),
)
EXAMPLE: dict[str, Any] = {"term": "appeal", "event_date": "2026-02-23"}


def _fill(template: Text, **values: Text | str) -> Text:
    return {
        lang: template[lang].format(**{k: v[lang] if isinstance(v, dict) else v for k, v in values.items()})
        for lang in LANGS
    }


def _day_steps(result: Result, cal: Calendar, days: list[tuple[date, Off]]) -> None:
    """One step per day off passed over, with its reason and the parameter (and act) that makes it a day off."""
    for day, off in days:
        param = parameters.get(off.parameter)
        value = param.at(day, "event_date", words.EVENT)
        result.step(
            "day_off",
            _fill(words.STEP["day_off"], day=weekday_date(day), reason=reason(off)),
            None,
            format_date(day),
            list(value.basis),
            day=day.isoformat(),
            calendar=cal.data.country,
            # The day's row on the calendar page (plain weekends have none).
            anchor=None if off.reason == "weekend" else f"{cal.data.country}-{day.isoformat()}",
            parameter=off.parameter,
            reference=value.reference,
        )


def _term(values: dict[str, Any], result: Result, event: date) -> tuple[int, str, str, list[str]]:
    """Length, unit, whose counting rule (``cpc``, ``tax``, ``enforcement``) and the basis of the term."""
    term = values["term"]
    if term == "custom":
        result.warn("custom", words.WARN["custom"], ["kz-cpc#122-2", "kz-cpc#123-4"])
        return values["length"], values["unit"], "cpc", []
    value = result.use(parameters.get(f"kz.terms.{term}"), event, "event_date", words.EVENT)
    spec = value.value
    return int(spec["length"]), str(spec["unit"]), str(spec.get("law", "cpc")), list(value.basis)


def compute(values: dict[str, Any]) -> dict[str, Any]:
    event: date = values["event_date"]
    result = Result(ID, "")
    rule = result.use(parameters.get("kz.terms.counting"), event, "event_date", words.EVENT)
    length, unit, law, basis = _term(values, result, event)
    cal = calendar(result, "event_date", words.EVENT)
    first = event + timedelta(days=1)
    cpc = ["kz-cpc#122-2"] if law == "cpc" else []
    result.step("start", words.STEP["start"], None, f"{format_date(event)} + 1 = {format_date(first)}", [*basis, *cpc])
    shown = {lang: f"{length} {words.UNITS[unit][lang]}" for lang in LANGS}
    passed: list[tuple[date, Off]] = []
    moved: list[tuple[date, Off]] = []
    if unit == "working_days":
        counting = result.use(parameters.get("kz.terms.working_days"), event, "event_date", words.EVENT)
        raw, passed = cal.add_working_days(event, length)
        weekends = sum(off.reason == "weekend" for _, off in passed)
        result.step(
            "working",
            _fill(words.STEP["working"], length=shown, day=weekday_date(raw), weekends=str(weekends)),
            None,
            f"{format_date(first)} … {format_date(raw)}: {(raw - event).days} − {len(passed)} = {length}",
            [*basis, *counting.basis],
        )
        _day_steps(result, cal, [(d, o) for d, o in passed if o.reason != "weekend"])
        last = raw
    else:
        if unit == "calendar_days":
            raw = event + timedelta(days=length)
        else:
            raw = add_months(event, length * (12 if unit == "years" else 1))
        part = {"calendar_days": "kz-cpc#123-3", "months": "kz-cpc#123-2", "years": "kz-cpc#123-1"}[unit]
        result.step(
            "end",
            _fill(words.STEP["end"], length=str(length), unit=words.UNITS[unit], day=weekday_date(raw)),
            None,
            f"{format_date(event)} + {length} = {format_date(raw)}",
            [*basis, part] if law == "cpc" else basis,
        )
        known = parameters.get(DATA.weekend).until
        if known is not None and raw > known:
            # The calendar of that year is not published yet: the date stands, and the result says it may move.
            result.warn("calendar_unknown", _fill(words.WARN["calendar_unknown"], day=format_date(raw)), basis)
            last = raw
        else:
            last, moved = cal.next_working_day(raw)
        if moved:
            _day_steps(result, cal, moved)
            if law == "cpc":
                result.step(
                    "shift",
                    _fill(words.STEP["shift"], day=weekday_date(last)),
                    None,
                    f"{format_date(raw)} → {format_date(last)}",
                    [*basis, "kz-cpc#123-4"],
                )
            else:
                # The Tax Code's and the enforcement law's own rules on a last day off were not read: keep the
                # earlier, safe day and say what the CPC's rule would give.
                result.warn(
                    "no_extension",
                    _fill(
                        words.WARN["no_extension"], day=format_date(raw), next=format_date(last), law=words.LAWS[law]
                    ),
                    basis,
                )
                last = raw
    _warnings(result, cal, values["term"], first, last, law)
    offset = str(result.use(parameters.get("kz.time.utc_offset"), last, "event_date", words.EVENT).value)
    cut = result.use(parameters.get("kz.terms.cutoff"), event, "event_date", words.EVENT)
    result.step(
        "cutoff",
        _fill(words.STEP["cutoff"], day=format_date(last), offset=offset),
        None,
        format_date(last),
        list(cut.basis),
    )
    return result.to_json(
        last.isoformat(),
        display=weekday_date(last),
        last_day=last.isoformat(),
        first_day=first.isoformat(),
        raw_end=raw.isoformat(),
        length=Decimal(length),
        unit=unit,
        rule=rule.value,
        cutoff={"post": _fill(words.CUTOFF_POST, offset=offset), "in_person": words.CUTOFF_COURT},
        days_off=[{"date": d.isoformat(), "reason": reason(o), "parameter": o.parameter} for d, o in [*passed, *moved]],
    )


def _warnings(result: Result, cal: Calendar, term: str, first: date, last: date, law: str) -> None:
    for pid, day in cal.provisional(first, last):
        result.use(parameters.get(pid), day, "event_date", words.EVENT)
        result.warn(
            f"provisional:{pid}", _fill(words.WARN["provisional"], day=format_date(day)), ["kz-labour-code#84-5"]
        )
    for day in cal.disputed(first, last):
        note = parameters.get("kz.calendar.disputed_days").at(day, "event_date", words.EVENT).note or {}
        result.warn(
            f"disputed:{day.isoformat()}",
            _fill(words.WARN["disputed"], day=format_date(day), note=note),
            ["kz-holidays-law#5"],
        )
    if term in FINAL_FORM:
        result.warn("final_form", words.WARN["final_form"], ["kz-cpc#223-4"])
    if law == "cpc":
        result.warn("restoration", words.WARN["restoration"], ["kz-cpc#126-2", "kz-cpc#126-4"])


CALCULATOR = Calculator(
    id=ID,
    title=words.TITLE,
    summary=words.SUMMARY,
    currency="",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=("kz-resolution-9#p-11",),
)


def follow_up(term: str, day: date) -> dict[str, dict[str, Any]]:
    """The deadline that follows another calculator's result (a decision, a payment), prefilled, for its "next"
    links; nothing for a date before the calendar's data."""
    if day < parameters.get(DATA.weekend).values[0].start:
        return {}
    return {ID: {"term": term, "event_date": day.isoformat()}}
