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
from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text, text
from calculators.kg.calendar import REASONS, calendar
from calculators.registry import Calculator
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.workdays import WEEKDAYS, Off, add_months

ID = "kg-enforcement-terms"
COURT_POWERS = "kg-enforcement-article#p-7"

TERM = text("Какой срок", "Қандай мерзім", "Кайсы мөөнөт", "Which term")
START = text(
    "Дата события, с которого течёт срок",
    "Мерзім басталатын оқиға күні",
    "Мөөнөт башталуучу окуянын күнү",
    "Date of the event the term runs from",
)
LENGTH = text("Длина срока", "Мерзімнің ұзақтығы", "Мөөнөттүн узактыгы", "Length of the term")
UNIT = text("Единица", "Өлшем бірлігі", "Бирдик", "Unit")

TERMS: dict[str, Text] = {
    "custom": text(
        "Срок известной длины (назначен судом, судебным исполнителем или указан в законе)",
        "Ұзақтығы белгілі мерзім (сот, сот орындаушысы белгілеген немесе заңда көрсетілген)",
        "Узактыгы белгилүү мөөнөт (сот, сот аткаруучу белгилеген же мыйзамда көрсөтүлгөн)",
        "A term of known length (set by a court or the bailiff, or stated in the law)",
    ),
    "present_writ": text(
        "Предъявление исполнительного листа к исполнению",
        "Атқару парағын орындауға ұсыну",
        "Аткаруу барагын аткарууга көрсөтүү",
        "Presenting a writ for execution",
    ),
    "voluntary": text(
        "Добровольное исполнение по постановлению судебного исполнителя",
        "Сот орындаушысының қаулысы бойынша өз еркімен орындау",
        "Сот аткаруучунун токтому боюнча ыктыярдуу аткаруу",
        "Voluntary execution after the bailiff's resolution",
    ),
    "complaint": text(
        "Жалоба на действия (бездействие) судебного исполнителя",
        "Сот орындаушысының әрекетіне (әрекетсіздігіне) шағым",
        "Сот аткаруучунун аракетине (аракетсиздигине) даттануу",
        "Complaint against a bailiff's act or failure to act",
    ),
    "restore": text(
        "Восстановление пропущенного срока предъявления",
        "Өткізіп алған ұсыну мерзімін қалпына келтіру",
        "Өткөрүп жиберилген көрсөтүү мөөнөтүн калыбына келтирүү",
        "Restoring a missed term for presenting a writ",
    ),
}
UNITS: dict[str, Text] = {
    "calendar_days": text("календарные дни", "күнтізбелік күндер", "календардык күндөр", "calendar days"),
    "working_days": text("рабочие дни", "жұмыс күндері", "иш күндөрү", "working days"),
    "months": text("месяцы", "айлар", "айлар", "months"),
    "years": text("годы", "жылдар", "жылдар", "years"),
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

LAW_15 = text("Закона КР № 15", "Қырғыз Республикасының № 15 Заңының", "КР № 15 Мыйзамынын", "of Kyrgyz Law No. 15")
MISSING: dict[str, Text] = {
    "present_writ": text(
        "срок предъявления исполнительного документа к исполнению: статья о сроках Закона КР № 15 не прочитана",
        "атқарушылық құжатты орындауға ұсыну мерзімі: Қырғыз Республикасының № 15 Заңының мерзімдер туралы бабы "
        "оқылмаған",
        "аткаруу документин аткарууга көрсөтүү мөөнөтү: КР № 15 Мыйзамынын мөөнөттөр жөнүндөгү беренеси окулган эмес",
        "the term for presenting an executive document: the article of Kyrgyz Law No. 15 on terms was not read",
    ),
    "voluntary": text(
        "срок добровольного исполнения: статья Закона КР № 15 не прочитана (если срок указан в постановлении "
        "судебного исполнителя, выберите «Срок известной длины»)",
        "өз еркімен орындау мерзімі: Қырғыз Республикасының № 15 Заңының бабы оқылмаған (мерзім сот орындаушысының "
        "қаулысында "
        "көрсетілсе, «Ұзақтығы белгілі мерзім» дегенді таңдаңыз)",
        "ыктыярдуу аткаруу мөөнөтү: КР № 15 Мыйзамынын беренеси окулган эмес (мөөнөт сот аткаруучунун токтомунда "
        "көрсөтүлсө, «Узактыгы белгилүү мөөнөт» дегенди тандаңыз)",
        "the term for voluntary execution: the article of Kyrgyz Law No. 15 was not read (if the bailiff's "
        "resolution states the term, choose “A term of known length”)",
    ),
    "complaint": text(
        "срок жалобы на действия судебного исполнителя: статьи Закона КР № 15 и ГПК КР 2017 года о жалобах не "
        "прочитаны",
        "сот орындаушысының әрекетіне шағым беру мерзімі: Қырғыз Республикасының № 15 Заңының және 2017 жылғы Қырғыз "
        "Республикасының АПК-нің шағымдар "
        "туралы баптары оқылмаған",
        "сот аткаруучунун аракетине даттануу мөөнөтү: КР № 15 Мыйзамынын жана 2017-жылкы КР ЖПКнын даттануулар "
        "жөнүндөгү беренелери окулган эмес",
        "the term for a complaint against a bailiff: the articles of Kyrgyz Law No. 15 and the 2017 Civil "
        "Procedure Code on complaints were not read",
    ),
    "restore": text(
        "восстановление пропущенного срока решает суд по ГПК КР 2017 года; его статья и сроки не прочитаны",
        "өткізіп алған мерзімді қалпына келтіруді 2017 жылғы Қырғыз Республикасының АПК бойынша сот шешеді; оның бабы "
        "мен мерзімдері "
        "оқылмаған",
        "өткөрүп жиберилген мөөнөттү калыбына келтирүүнү 2017-жылкы КР ЖПК боюнча сот чечет; анын беренеси жана "
        "мөөнөттөрү окулган эмес",
        "restoring a missed term is for the court under the 2017 Civil Procedure Code; its article and terms were "
        "not read",
    ),
}

STEP: dict[str, Text] = {
    "start": text(
        "Срок начинается на следующий день после события",
        "Мерзім оқиғадан кейінгі күні басталады",
        "Мөөнөт окуядан кийинки күнү башталат",
        "The term starts on the day after the event",
    ),
    "end": text(
        "Последний день срока ({unit}: {length})",
        "Мерзімнің соңғы күні ({unit}: {length})",
        "Мөөнөттүн акыркы күнү ({unit}: {length})",
        "Last day of the term ({unit}: {length})",
    ),
    "working": text(
        "Считаются только рабочие дни; пропущены нерабочие: {days}",
        "Тек жұмыс күндері саналады; жұмыс істемейтін күндер өткізілді: {days}",
        "Иш күндөрү гана эсептелет; иштебей турган күндөр өткөрүлдү: {days}",
        "Only working days count; days off passed over: {days}",
    ),
    "shift": text(
        "Последний день выпал на нерабочий день ({days}): срок оканчивается в следующий рабочий день",
        "Соңғы күн жұмыс істемейтін күнге түсті ({days}): мерзім келесі жұмыс күні аяқталады",
        "Акыркы күн иштебей турган күнгө туура келди ({days}): мөөнөт кийинки иш күнү бүтөт",
        "The last day fell on a day off ({days}): the term ends on the next working day",
    ),
}
NONE = text("нет", "жоқ", "жок", "none")


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
    display = {lang: f"{format_date(last)} ({WEEKDAYS[lang][last.weekday()]})" for lang in LANGS}
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
    title=text(
        "Сроки в исполнительном производстве (Кыргызстан)",
        "Атқарушылық іс жүргізудегі мерзімдер (Қырғызстан)",
        "Аткаруу өндүрүшүндөгү мөөнөттөр (Кыргызстан)",
        "Terms in enforcement proceedings (Kyrgyzstan)",
    ),
    summary=text(
        "Последний день срока в календарных или рабочих днях, месяцах или годах с праздниками Кыргызстана; какие "
        "сроки закона не удалось проверить, сказано прямо.",
        "Мерзімнің соңғы күні күнтізбелік немесе жұмыс күндерімен, айлармен не жылдармен, Қырғызстан мерекелерімен; "
        "заңның қай мерзімдерін тексеру мүмкін болмағаны тікелей айтылады.",
        "Мөөнөттүн акыркы күнү календардык же иш күндөрү, айлар же жылдар менен, Кыргызстандын майрамдары менен; "
        "мыйзамдын кайсы мөөнөттөрүн текшерүү мүмкүн болбогону түз айтылат.",
        "The last day of a term in calendar or working days, months or years, with Kyrgyzstan's public holidays; "
        "which terms of the law could not be checked is said plainly.",
    ),
    currency="",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(COURT_POWERS,),
)
