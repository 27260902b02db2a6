"""Kazakhstan's working days for a five-day week, 2018–2027: holidays with their carry-over rule, the Labour Code's
days off (7 January, the first day of Kurban Ait), and transfers both ways, on the shared engine
``calculators.workdays``. The data: ``calculators/parameters/kz/calendar.yaml``.
"""

from __future__ import annotations

from calculators import workdays
from calculators.i18n import Text, text
from calculators.result import Result

NAMES: dict[str, Text] = {
    "new_year": text("Новый год", "Жаңа жыл", "Жаңы жыл", "New Year"),
    "christmas": text(
        "Православное Рождество", "Православиелік Рождество", "Православдык Рождество", "Orthodox Christmas"
    ),
    "womens_day": text(
        "Международный женский день", "Халықаралық әйелдер күні", "Эл аралык аялдар күнү", "International Women's Day"
    ),
    "constitution_day": text("День Конституции", "Конституция күні", "Конституция күнү", "Constitution Day"),
    "nauryz": text("Наурыз мейрамы", "Наурыз мейрамы", "Нооруз майрамы", "Nauryz"),
    "unity_day": text(
        "Праздник единства народа Казахстана",
        "Қазақстан халқының бірлігі мерекесі",
        "Казакстан элинин биримдик майрамы",
        "Unity Day of the people of Kazakhstan",
    ),
    "defender_day": text(
        "День защитника Отечества",
        "Отан қорғаушы күні",
        "Ата Мекенди коргоочулар күнү",
        "Defender of the Fatherland Day",
    ),
    "victory_day": text("День Победы", "Жеңіс күні", "Жеңиш күнү", "Victory Day"),
    "capital_day": text("День столицы", "Астана күні", "Борбор күнү", "Capital Day"),
    "republic_day": text("День Республики", "Республика күні", "Республика күнү", "Republic Day"),
    "first_president_day": text(
        "День Первого Президента", "Тұңғыш Президент күні", "Биринчи Президент күнү", "First President Day"
    ),
    "independence_day": text("День Независимости", "Тәуелсіздік күні", "Көз карандысыздык күнү", "Independence Day"),
}
REASONS: dict[str, Text] = {
    "weekend": text("выходной", "демалыс күні", "дем алыш күнү", "weekend"),
    "holiday": text("праздник", "мереке", "майрам", "holiday"),
    "observed": text(
        "перенос с выходного: {name}",
        "демалыстан ауыстырылды: {name}",
        "дем алыштан жылдырылды: {name}",
        "carried over: {name}",
    ),
    "kz.calendar.kurban_ait": text("Курбан айт", "Құрбан айт", "Курман айт", "Kurban Ait"),
    "kz.calendar.transferred_days_off": text(
        "выходной перенесён на этот день",
        "демалыс осы күнге ауыстырылды",
        "дем алыш ушул күнгө жылдырылды",
        "day off moved here",
    ),
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
