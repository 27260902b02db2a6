"""Who may be appointed a bailiff or a senior bailiff in Kyrgyzstan.

The requirements are those the article we render states (paragraphs p-9 and p-11): citizenship, age, higher legal
education, no criminal record, health, and for a senior bailiff experience as a bailiff. The article describes the
2002 Law No. 39, in force until 30.06.2017; the requirements article of Law No. 15 of 28.01.2017, in force since,
could not be read, so an appointment date from 01.07.2017 is refused as ``unsupported`` rather than checked
against a law we have not seen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text, text
from calculators.registry import Calculator
from calculators.result import Result
from calculators.schema import Choice, Field

ID = "kg-bailiff-eligibility"
P9 = "kg-enforcement-article#p-9"
P11 = "kg-enforcement-article#p-11"

DATE = text("Дата назначения", "Тағайындау күні", "Дайындоо күнү", "Date of appointment")
POSITION = text("Должность", "Лауазым", "Кызмат орду", "Position")
BIRTH = text("Дата рождения", "Туған күні", "Туулган күнү", "Date of birth")
CITIZEN = text(
    "Гражданин Кыргызской Республики",
    "Қырғыз Республикасының азаматы",
    "Кыргыз Республикасынын жараны",
    "Citizen of Kyrgyzstan",
)
EDUCATION = text(
    "Высшее юридическое образование", "Жоғары заң білімі", "Жогорку юридикалык билим", "Higher legal education"
)
RECORD = text("Есть судимость", "Сотталғандығы бар", "Соттуулугу бар", "Has a criminal record")
HEALTH = text(
    "Здоровье позволяет исполнять обязанности",
    "Денсаулығы міндеттерді атқаруға мүмкіндік береді",
    "Ден соолугу милдеттерди аткарууга мүмкүндүк берет",
    "Health allows the duties to be performed",
)
EXPERIENCE = text(
    "Стаж работы судебным исполнителем, полных месяцев",
    "Сот орындаушысы болып жұмыс өтілі, толық ай",
    "Сот аткаруучу болуп иштеген стажы, толук ай",
    "Experience as a bailiff, full months",
)

POSITIONS: dict[str, Text] = {
    "bailiff": text("Судебный исполнитель", "Сот орындаушысы", "Сот аткаруучу", "Bailiff"),
    "senior": text("Старший судебный исполнитель", "Аға сот орындаушысы", "Улук сот аткаруучу", "Senior bailiff"),
}

SCHEMA = (
    Field("date", "date", DATE),
    Field("position", "choice", POSITION, default="bailiff", choices=tuple(Choice(k, v) for k, v in POSITIONS.items())),
    Field("birth_date", "date", BIRTH),
    Field("citizen", "boolean", CITIZEN, default=True),
    Field("higher_legal_education", "boolean", EDUCATION, default=True),
    Field("criminal_record", "boolean", RECORD, default=False),
    Field("fit_for_duty", "boolean", HEALTH, default=True),
    Field("experience_months", "integer", EXPERIENCE, default=0, when={"position": ("senior",)}, maximum=600),
)

EXAMPLE: dict[str, Any] = {"date": "2016-09-01", "position": "bailiff", "birth_date": "1990-05-14"}

LAW_15 = text(
    "требования к судебному исполнителю по Закону КР от 28.01.2017 № 15 (действует с 01.07.2017): статья о "
    "требованиях не прочитана, а статья на этом сайте излагает прежний закон 2002 года",
    "Қырғыз Республикасының 2017 жылғы 28 қаңтардағы № 15 Заңы бойынша сот орындаушысына қойылатын талаптар "
    "(01.07.2017 бастап "
    "қолданылады): талаптар туралы бап оқылмаған, ал осы сайттағы мақала 2002 жылғы бұрынғы заңды баяндайды",
    "КР 2017-жылдын 28-январындагы № 15 Мыйзамы боюнча сот аткаруучуга коюлуучу талаптар (2017-жылдын 1-июлунан "
    "тартып колдонулат): талаптар жөнүндөгү берене окулган эмес, ал эми бул сайттагы макала 2002-жылдагы мурунку "
    "мыйзамды баяндайт",
    "the requirements for a bailiff under Kyrgyz Law No. 15 of 28.01.2017 (in force from 01.07.2017): the "
    "requirements article was not read, and the article on this site describes the earlier 2002 law",
)

CHECK: dict[str, Text] = {
    "citizen": CITIZEN,
    "age": text(
        "Возраст не меньше минимального",
        "Жасы ең төменгіден кем емес",
        "Курагы эң төмөнкүдөн кем эмес",
        "Age at least the minimum",
    ),
    "education": EDUCATION,
    "record": text("Нет судимости", "Сотталғандығы жоқ", "Соттуулугу жок", "No criminal record"),
    "health": HEALTH,
    "experience": text(
        "Опыт работы судебным исполнителем",
        "Сот орындаушысы болып жұмыс тәжірибесі",
        "Сот аткаруучу болуп иштөө тажрыйбасы",
        "Experience as a bailiff",
    ),
}
SHORT: dict[str, Text] = {
    "citizen": text("гражданство", "азаматтық", "жарандык", "citizenship"),
    "age": text("возраст", "жасы", "курагы", "age"),
    "education": text("образование", "білімі", "билими", "education"),
    "record": text("судимость", "сотталғандығы", "соттуулугу", "criminal record"),
    "health": text("здоровье", "денсаулығы", "ден соолугу", "health"),
    "experience": text("стаж", "өтілі", "стажы", "experience"),
}
MET = text("выполнено", "орындалды", "аткарылды", "met")
UNMET = text("не выполнено", "орындалмады", "аткарылган жок", "not met")
VERDICT = {
    True: text(
        "Отвечает требованиям (по статье, закон 2002 года)",
        "Талаптарға сай (мақала бойынша, 2002 жылғы заң)",
        "Талаптарга ылайык (макала боюнча, 2002-жылдагы мыйзам)",
        "Meets the requirements (per the article, 2002 law)",
    ),
    False: text(
        "Не отвечает требованиям: {unmet}",
        "Талаптарға сай емес: {unmet}",
        "Талаптарга ылайык эмес: {unmet}",
        "Does not meet the requirements: {unmet}",
    ),
}


# Not a legal limit: an age above this on the day of appointment is a mistyped year (01.01.0001, 1899).
MAX_AGE = 100


def full_years(born: date, day: date) -> int:
    """Age in whole years on ``day`` (a birthday on 29 February is reached on 1 March in other years)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day: date = values["date"]
    born: date = values["birth_date"]
    min_age = parameters.get("kg.bailiff.min_age")
    if min_age.until is not None and day > min_age.until:
        raise CalcError("unsupported", "date", DATE, what=LAW_15)
    if born >= day:
        raise CalcError("date_order", "birth_date", BIRTH, other=DATE)
    if full_years(born, day) > MAX_AGE:
        raise CalcError("implausible_birth_date", "birth_date", BIRTH, other=DATE, max=str(MAX_AGE))
    result = Result(ID, "")
    age_value = result.use(min_age, day, "date", DATE)
    age = full_years(born, day)
    needed = int(age_value.value)
    checks: list[tuple[str, bool, str, list[str]]] = [
        ("citizen", values["citizen"], "✓" if values["citizen"] else "✗", [P9]),
        (
            "age",
            age >= needed,
            f"{format_date(born)} → {format_date(day)}: {age} {'≥' if age >= needed else '<'} {needed}",
            [*age_value.basis],
        ),
        ("education", values["higher_legal_education"], "✓" if values["higher_legal_education"] else "✗", [P9]),
        ("record", not values["criminal_record"], "✗" if values["criminal_record"] else "✓", [P9]),
        ("health", values["fit_for_duty"], "✓" if values["fit_for_duty"] else "✗", [P9]),
    ]
    if values["position"] == "senior":
        years = result.use(parameters.get("kg.bailiff.senior_experience_years"), day, "date", DATE)
        months = values["experience_months"]
        needed_months = int(Decimal(years.value) * 12)
        ok = months >= needed_months
        checks.append(
            ("experience", ok, f"{months} {'≥' if ok else '<'} {years.value} × 12 = {needed_months}", [*years.basis])
        )
    unmet = [key for key, ok, _, _ in checks if not ok]
    for key, ok, formula, basis in checks:
        label = {lang: f"{CHECK[key][lang]}: {(MET if ok else UNMET)[lang]}" for lang in LANGS}
        result.step(key, label, None, formula, basis)
    eligible = not unmet
    if eligible:
        display = VERDICT[True]
    else:
        display = {lang: VERDICT[False][lang].format(unmet=", ".join(SHORT[k][lang] for k in unmet)) for lang in LANGS}
    return result.to_json("1" if eligible else "0", display=display, eligible=eligible, unmet=unmet, age=Decimal(age))


CALCULATOR = Calculator(
    id=ID,
    title=text(
        "Требования к судебному исполнителю (Кыргызстан)",
        "Сот орындаушысына қойылатын талаптар (Қырғызстан)",
        "Сот аткаруучуга коюлуучу талаптар (Кыргызстан)",
        "Who may be a bailiff (Kyrgyzstan)",
    ),
    summary=text(
        "Проверка кандидата в судебные исполнители и старшие судебные исполнители по требованиям, которые излагает "
        "статья; для дат с 01.07.2017 требования нового закона не проверены, и калькулятор говорит об этом.",
        "Сот орындаушысы мен аға сот орындаушысына кандидатты мақала баяндайтын талаптар бойынша тексеру; "
        "01.07.2017 бастапқы күндер үшін жаңа заңның талаптары тексерілмеген, калькулятор мұны айтады.",
        "Сот аткаруучу жана улук сот аткаруучу кызматына талапкерди макала баяндаган талаптар боюнча текшерүү; "
        "2017-жылдын 1-июлунан кийинки даталар үчүн жаңы мыйзамдын талаптары текшерилген эмес, калькулятор муну айтат.",
        "Checks a candidate for bailiff or senior bailiff against the requirements the article states; for dates "
        "from 01.07.2017 the new law's requirements were not checked, and the calculator says so.",
    ),
    currency="",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(P9, P11),
)
