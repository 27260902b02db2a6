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
from calculators.calculator import Calculator
from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.words import t

ID = "kg-bailiff-eligibility"
P9 = "kg-enforcement-article#p-9"
P11 = "kg-enforcement-article#p-11"

DATE = t("Date of appointment")
POSITION = t("Position")
BIRTH = t("Date of birth")
CITIZEN = t("Citizen of Kyrgyzstan")
EDUCATION = t("Higher legal education")
RECORD = t("Has a criminal record")
HEALTH = t("Health allows the duties to be performed")
EXPERIENCE = t("Experience as a bailiff, full months")

POSITIONS: dict[str, Text] = {
    "bailiff": t("Bailiff"),
    "senior": t("Senior bailiff"),
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

LAW_15 = t(
    "the requirements for a bailiff under Kyrgyz Law No. 15 of 28.01.2017 (in force from "
    "01.07.2017): the requirements article was not read, and the article on this site describes "
    "the earlier 2002 law"
)

CHECK: dict[str, Text] = {
    "citizen": CITIZEN,
    "age": t("Age at least the minimum"),
    "education": EDUCATION,
    "record": t("No criminal record"),
    "health": HEALTH,
    "experience": t("Experience as a bailiff"),
}
SHORT: dict[str, Text] = {
    "citizen": t("citizenship"),
    "age": t("age"),
    "education": t("education"),
    "record": t("criminal record"),
    "health": t("health"),
    "experience": t("experience"),
}
MET = t("met")
UNMET = t("not met")
VERDICT = {
    True: t("Meets the requirements (per the article, 2002 law)"),
    False: t("Does not meet the requirements: {unmet}"),
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
    title=t("Who may be a bailiff (Kyrgyzstan)"),
    summary=t(
        "Checks a candidate for bailiff or senior bailiff against the requirements the article "
        "states; for dates from 01.07.2017 the new law's requirements were not checked, and the "
        "calculator says so."
    ),
    currency="",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(P9, P11),
)
