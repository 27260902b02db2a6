"""Kazakhstan's working days for a five-day week, 2018–2027: holidays with their carry-over rule, the Labour Code's
days off (7 January, the first day of Kurban Ait), and transfers both ways, on the shared engine
``calculators.workdays``. The data: ``calculators/parameters/kz/calendar.yaml``.
"""

from __future__ import annotations

from calculators import workdays
from calculators.i18n import Text
from calculators.result import Result
from calculators.words import t

NAMES: dict[str, Text] = {
    "new_year": t("New Year"),
    "christmas": t("Orthodox Christmas"),
    "womens_day": t("International Women's Day"),
    "constitution_day": t("Constitution Day"),
    "nauryz": t("Nauryz"),
    "unity_day": t("Unity Day of the people of Kazakhstan"),
    "defender_day": t("Defender of the Fatherland Day"),
    "victory_day": t("Victory Day"),
    "capital_day": t("Capital Day"),
    "republic_day": t("Republic Day"),
    "first_president_day": t("First President Day"),
    "independence_day": t("Independence Day"),
}
REASONS: dict[str, Text] = {
    "weekend": t("weekend"),
    "holiday": t("holiday"),
    "observed": t("carried over: {name}"),
    "kz.calendar.kurban_ait": t("Kurban Ait"),
    "kz.calendar.transferred_days_off": t("day off moved here"),
}
DATA = workdays.CalendarData(
    country="kz",
    weekend="kz.calendar.weekend",
    holidays="kz.calendar.holidays",
    movable=("kz.calendar.kurban_ait", "kz.calendar.transferred_days_off"),
    working="kz.calendar.working_days",
    carry_over="kz.calendar.carry_over",
    disputed="kz.calendar.disputed_days",
    names=NAMES,
)


def calendar(result: Result, field: str, label: Text) -> workdays.Calendar:
    """Kazakhstan's calendar on the shared engine."""
    return workdays.Calendar(DATA, result, field, label)


def reason(off: workdays.Off) -> Text:
    """Why a day is off, in four languages: "праздник: Наурыз мейрамы", "перенос с выходного: День Победы"."""
    if off.reason == "observed":
        return {lang: REASONS["observed"][lang].format(name=NAMES[off.name][lang]) for lang in REASONS["observed"]}
    if off.reason == "holiday" and off.name:
        return NAMES[off.name]
    return REASONS[off.reason]
