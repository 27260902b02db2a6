"""State duty on a civil claim in a court of Kazakhstan (first instance).

Implements the Normative Resolution of the Supreme Court No. 9 of 25.12.2006, p. 3 (each demand is an object
of the duty) and p. 5 (several property demands: duty on the total; several non-property demands: duty on
each; a claim with both: both duties), with the rates of the Tax Code in force on the payment date:
art. 610 of the 2017 code until 31.12.2025, art. 665 of the 2026 code from 01.01.2026. Every rate, cap,
MCI and rounding rule is a dated parameter (``calculators/parameters/kz``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.i18n import text
from calculators.money import RoundingRule, exact, format_amount, format_percent, round_payable
from calculators.registry import Calculator
from calculators.result import Result
from calculators.schema import Choice, Field

ID = "kz-state-duty"

DATE = text("Дата уплаты пошлины", "Баж төленген күн", "Алым төлөнгөн күн", "Date of payment")
PAYER = text("Плательщик", "Төлеуші", "Төлөөчү", "Payer")
PROCEEDING = text("Вид обращения", "Өтініш түрі", "Кайрылуунун түрү", "Type of filing")
CLAIMS = text("Требования", "Талаптар", "Талаптар", "Demands")
CLAIM_TYPE = text("Характер требования", "Талаптың сипаты", "Талаптын мүнөзү", "Kind of demand")
AMOUNT = text("Цена иска, тенге", "Талап қою бағасы, теңге", "Доонун баасы, теңге", "Claim value, tenge")

SCHEMA = (
    Field("date", "date", DATE),
    Field(
        "payer",
        "choice",
        PAYER,
        default="individual",
        choices=(
            Choice("individual", text("Физическое лицо", "Жеке тұлға", "Жеке адам", "Individual")),
            Choice("legal_entity", text("Юридическое лицо", "Заңды тұлға", "Юридикалык жак", "Legal entity")),
            Choice(
                "sole_proprietor",
                text(
                    "Индивидуальный предприниматель",
                    "Дара кәсіпкер",
                    "Жеке ишкер",
                    "Sole proprietor",
                ),
            ),
        ),
    ),
    Field(
        "proceeding",
        "choice",
        PROCEEDING,
        default="claim",
        choices=(
            Choice(
                "claim",
                text(
                    "Исковое заявление (первая инстанция)",
                    "Талап арыз (бірінші саты)",
                    "Доо арыз (биринчи инстанция)",
                    "Statement of claim (first instance)",
                ),
            ),
        ),
    ),
    Field(
        "claims",
        "list",
        CLAIMS,
        minimum=1,
        maximum=50,
        fields=(
            Field(
                "type",
                "choice",
                CLAIM_TYPE,
                choices=(
                    Choice(
                        "property",
                        text("Имущественное", "Мүліктік", "Мүлктүк", "Property (money or property)"),
                    ),
                    Choice(
                        "non_property",
                        text("Неимущественное", "Мүліктік емес", "Мүлктүк эмес", "Non-property"),
                    ),
                ),
            ),
            Field("amount", "money", AMOUNT, when={"type": ("property",)}),
        ),
    ),
)

EXAMPLE: dict[str, Any] = {
    "date": "2026-03-10",
    "payer": "individual",
    "proceeding": "claim",
    "claims": [{"type": "property", "amount": "1500000"}, {"type": "non_property"}],
}

SUMMED = text(
    "Сумма имущественных требований",
    "Мүліктік талаптардың сомасы",
    "Мүлктүк талаптардын суммасы",
    "Sum of the property demands",
)
PROPERTY_DUTY = text(
    "Пошлина с имущественных требований по ставке",
    "Мүліктік талаптардан мөлшерлеме бойынша баж",
    "Мүлктүк талаптардан ставка боюнча алым",
    "Duty on the property demands at the rate",
)
CAPPED = text(
    "Пошлина ограничена пределом в МРП",
    "Баж АЕК-пен белгіленген шекпен шектелді",
    "Алым АЭК менен белгиленген чек менен чектелди",
    "The duty is limited by the cap in MCI",
)
NON_PROPERTY = text(
    "Пошлина с неимущественного требования № {n}",
    "№ {n} мүліктік емес талаптан баж",
    "№ {n} мүлктүк эмес талаптан алым",
    "Duty on non-property demand No. {n}",
)
ROUNDED = text(
    "Округление суммы к уплате",
    "Төленетін соманы дөңгелектеу",
    "Төлөнө турган сумманы тегеректөө",
    "Rounding of the amount payable",
)
TOTAL = text("Итого пошлина к уплате", "Барлығы төленетін баж", "Бардыгы төлөнө турган алым", "Total duty payable")

CAP_ON_TOTAL = text(
    "Несколько имущественных требований сложены, и пошлина вместе с её пределом взята с общей суммы, как "
    "указывает п. 5 нормативного постановления № 9. Возможно и иное прочтение: п. 3 называет объектом "
    "обложения каждое требование.",
    "Бірнеше мүліктік талап қосылып, баж шегімен бірге жалпы сомадан алынды, № 9 нормативтік қаулының 5-"
    "тармағы осылай көрсетеді. Басқаша оқу да мүмкін: 3-тармақ әр талапты баж салу объектісі деп атайды.",
    "Бир нече мүлктүк талап кошулуп, алым анын чеги менен бирге жалпы суммадан алынды, № 9 ченемдик "
    "токтомдун 5-пункту ушундай көрсөтөт. Башкача окуу да мүмкүн: 3-пункт ар бир талапты салык салуунун "
    "объектиси деп атайт.",
    "Several property demands are added up and the duty, with its cap, is taken on the total, as p. 5 of "
    "Resolution No. 9 directs. Another reading is possible: p. 3 calls each demand an object of the duty.",
)
SOLE_PROPRIETOR = text(
    "Индивидуальный предприниматель — физическое лицо: для имущественного иска применены ставка и предел "
    "физических лиц (кодекс не выделяет предпринимателей в этом подпункте).",
    "Дара кәсіпкер — жеке тұлға: мүліктік талап қою үшін жеке тұлғалардың мөлшерлемесі мен шегі "
    "қолданылды (кодекс бұл тармақшада кәсіпкерлерді бөлек атамайды).",
    "Жеке ишкер — жеке адам: мүлктүк доо үчүн жеке адамдардын ставкасы жана чеги колдонулду (кодекс бул "
    "пунктчада ишкерлерди өзүнчө атабайт).",
    "A sole proprietor is an individual: the individuals' rate and cap apply to a property claim (the code "
    "does not name proprietors separately in this sub-point).",
)
ROUNDED_PARTS = text(
    "Пошлина с имущественных требований и с каждого неимущественного требования округляется отдельно; "
    "итог — сумма округлённых частей.",
    "Мүліктік талаптардан және әр мүліктік емес талаптан алынатын баж бөлек дөңгелектенеді; қорытынды — "
    "дөңгелектенген бөліктердің сомасы.",
    "Мүлктүк талаптардан жана ар бир мүлктүк эмес талаптан алынуучу алым өзүнчө тегеректелет; жыйынтык — "
    "тегеректелген бөлүктөрдүн суммасы.",
    "The duty on the property demands and on each non-property demand is rounded separately; the total is "
    "the sum of the rounded parts.",
)

RESOLUTION_P3 = "kz-resolution-9#p-3"
RESOLUTION_P5 = "kz-resolution-9#p-5"
CPC_SEVERAL = "kz-cpc#104-1-14"


def _payable(result: Result, key: str, duty: Decimal, rule: RoundingRule, basis: list[str]) -> Decimal:
    """Round one part of the duty, showing the rounding as a step when it changes the amount."""
    payable = round_payable(duty, rule)
    if payable != duty:
        result.step(key, ROUNDED, payable, f"{format_amount(duty)} → {format_amount(payable)}", basis)
    return payable


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day = values["date"]
    result = Result(ID, "KZT")
    mci_value = result.use(parameters.get("kz.mci"), day, "date", DATE)
    mci = mci_value.value
    rounding_value = result.use(parameters.get("kz.rounding.state_duty"), day, "date", DATE)
    rule = RoundingRule.from_value(rounding_value.value)
    rounding_basis = list(rounding_value.basis)
    payer = values["payer"]
    payer_class = "legal_entity" if payer == "legal_entity" else "individual"
    claims = values["claims"]
    parts: list[dict[str, Any]] = []

    property_claims = [(i, c) for i, c in enumerate(claims) if c["type"] == "property"]
    if property_claims:
        if payer == "sole_proprietor":
            result.warn("interpretation:sole_proprietor", SOLE_PROPRIETOR, [RESOLUTION_P5])
        base = sum((c["amount"] for _, c in property_claims), Decimal(0))
        if len(property_claims) > 1:
            formula = " + ".join(format_amount(c["amount"]) for _, c in property_claims)
            result.step(
                "property_sum", SUMMED, base, f"{formula} = {format_amount(base)}", [RESOLUTION_P5, CPC_SEVERAL]
            )
            result.warn("interpretation:cap_on_total", CAP_ON_TOTAL, [RESOLUTION_P5, RESOLUTION_P3])
        rate = result.use(parameters.get(f"kz.state_duty.property_rate.{payer_class}"), day, "date", DATE)
        duty = base * rate.value
        result.step(
            "property_duty",
            PROPERTY_DUTY,
            exact(duty),
            f"{format_amount(base)} × {format_percent(rate.value)} = {format_amount(duty)}",
            [RESOLUTION_P5, *rate.basis],
        )
        cap = result.use(parameters.get(f"kz.state_duty.property_cap_mci.{payer_class}"), day, "date", DATE)
        if cap.value is not None:
            limit = cap.value * mci
            if duty > limit:
                duty = limit
                result.step(
                    "property_cap",
                    CAPPED,
                    duty,
                    f"{format_amount(cap.value)} × {format_amount(mci)} = {format_amount(limit)}",
                    list(cap.basis),
                )
        payable = _payable(result, "property_rounding", duty, rule, rounding_basis)
        parts.append({"claims": [i for i, _ in property_claims], "type": "property", "duty": payable})

    non_property = [(i, c) for i, c in enumerate(claims) if c["type"] == "non_property"]
    for n, (i, _claim) in enumerate(non_property, start=1):
        rate = result.use(parameters.get("kz.state_duty.non_property_mci"), day, "date", DATE)
        duty = rate.value * mci
        label = {lang: template.format(n=n) for lang, template in NON_PROPERTY.items()}
        result.step(
            f"non_property_{n}",
            label,
            exact(duty),
            f"{format_amount(rate.value)} × {format_amount(mci)} = {format_amount(duty)}",
            [RESOLUTION_P5, RESOLUTION_P3, *rate.basis],
        )
        payable = _payable(result, f"non_property_{n}_rounding", duty, rule, rounding_basis)
        parts.append({"claims": [i], "type": "non_property", "duty": payable})

    if len(parts) > 1:
        result.warn("interpretation:rounded_parts", ROUNDED_PARTS, rounding_basis)
    total = sum((p["duty"] for p in parts), Decimal(0))
    total_basis = [RESOLUTION_P5]
    if property_claims and non_property:
        total_basis.append("kz-tax-code-2026#665-4" if day.year >= 2026 else "kz-tax-code-2017#610-1")
    shown = [format_amount(p["duty"]) for p in parts]
    formula = " + ".join(shown) + f" = {format_amount(total)}" if len(parts) > 1 else shown[0]
    result.step("total", TOTAL, total, formula, total_basis)
    return result.to_json(total, date=day.isoformat(), mci=mci, parts=parts)


CALCULATOR = Calculator(
    id=ID,
    title=text(
        "Государственная пошлина по иску (Казахстан)",
        "Талап қою бойынша мемлекеттік баж (Қазақстан)",
        "Доо боюнча мамлекеттик алым (Казакстан)",
        "State duty on a claim (Kazakhstan)",
    ),
    summary=text(
        "Пошлина по имущественным и неимущественным требованиям в суде первой инстанции на любую дату "
        "уплаты с 01.01.2018: ставки Налогового кодекса, пределы с 21.05.2023, МРП на дату уплаты.",
        "Бірінші сатыдағы сотта мүліктік және мүліктік емес талаптар бойынша баж, 2018 жылғы 1 қаңтардан "
        "бастап кез келген төлем күніне: Салық кодексінің мөлшерлемелері, 2023 жылғы 21 мамырдан бастап "
        "шектер, төлем күнгі АЕК.",
        "Биринчи инстанциядагы сотто мүлктүк жана мүлктүк эмес талаптар боюнча алым, 2018-жылдын "
        "1-январынан баштап каалаган төлөм күнүнө: Салык кодексинин ставкалары, 2023-жылдын 21-майынан "
        "баштап чектер, төлөм күнүндөгү АЭК.",
        "Duty on property and non-property demands in a first-instance court for any payment date from "
        "01.01.2018: Tax Code rates, caps from 21.05.2023, the MCI on the payment date.",
    ),
    currency="KZT",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
)
