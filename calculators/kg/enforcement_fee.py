"""The enforcement fee on what a bailiff recovers in Kyrgyzstan.

The fee on a property document is a share of the amount recovered: 10 % under item 3 of the 2002 Regulation
(Government Resolution 20.12.2002 No. 862) and, from 01.07.2017, under Law No. 15 of 28.01.2017 as applied in
practice (General Prosecutor's Office, 2026). Neither text could be read in full, so the rate is unverified and
every result says so. The fee on non-property documents, a fee on payment within the voluntary term, and
enforcement expenses have no readable source at all and are refused as ``unsupported``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import Text, text
from calculators.money import RoundingRule, exact, format_amount, format_percent, round_payable
from calculators.result import Result
from calculators.schema import Choice, Field

ID = "kg-enforcement-fee"

DATE = text("Дата взыскания", "Өндіріп алу күні", "Өндүрүп алуу күнү", "Date of recovery")
DOCUMENT = text("Исполнительный документ", "Атқарушылық құжат", "Аткаруу документи", "Executive document")
RECOVERED = text(
    "Взыскано судебным исполнителем, сом",
    "Сот орындаушысы өндіріп алды, сом",
    "Сот аткаруучу өндүрүп алды, сом",
    "Recovered by the bailiff, som",
)
VOLUNTARY = text(
    "Должник заплатил добровольно в срок, установленный судебным исполнителем",
    "Борышкер сот орындаушысы белгілеген мерзімде өз еркімен төледі",
    "Карызкор сот аткаруучу белгилеген мөөнөттө өз ыктыяры менен төлөдү",
    "The debtor paid voluntarily within the term set by the bailiff",
)
EXPENSES = text(
    "Расходы по исполнению, сом",
    "Атқару шығыстары, сом",
    "Аткаруу чыгымдары, сом",
    "Enforcement expenses, som",
)

DOCUMENTS: dict[str, Text] = {
    "property": text(
        "Имущественного характера (взыскание денег, имущества)",
        "Мүліктік сипаттағы (ақша, мүлік өндіру)",
        "Мүлктүк мүнөздөгү (акча, мүлк өндүрүү)",
        "Property (recovery of money or property)",
    ),
    "non_property": text(
        "Неимущественного характера (совершить действие, воздержаться от него)",
        "Мүліктік емес сипаттағы (әрекет жасау не одан тартыну)",
        "Мүлктүк эмес мүнөздөгү (аракет кылуу же андан баш тартуу)",
        "Non-property (to do or not to do something)",
    ),
}

SCHEMA = (
    Field("date", "date", DATE),
    Field(
        "document", "choice", DOCUMENT, default="property", choices=tuple(Choice(k, v) for k, v in DOCUMENTS.items())
    ),
    Field("recovered_amount", "money", RECOVERED, when={"document": ("property",)}),
    Field("voluntary", "boolean", VOLUNTARY, default=False),
    Field("expenses", "money", EXPENSES, default="0"),
)

EXAMPLE: dict[str, Any] = {"date": "2026-03-10", "document": "property", "recovered_amount": "350000"}

MISSING: dict[str, Text] = {
    "non_property": text(
        "исполнительский сбор по документам неимущественного характера: статья Закона КР № 15 об исполнительском "
        "сборе не прочитана",
        "мүліктік емес сипаттағы құжаттар бойынша атқарушылық алым: Қырғыз Республикасының № 15 Заңының атқарушылық "
        "алым туралы бабы "
        "оқылмаған",
        "мүлктүк эмес мүнөздөгү документтер боюнча аткаруу жыйымы: КР № 15 Мыйзамынын аткаруу жыйымы жөнүндөгү "
        "беренеси окулган эмес",
        "the enforcement fee on non-property documents: the fee article of Kyrgyz Law No. 15 was not read",
    ),
    "voluntary": text(
        "взимается ли сбор, когда должник заплатил в срок для добровольного исполнения: Положение 2002 года "
        "связывало сбор с принудительным исполнением, правило Закона КР № 15 не прочитано",
        "борышкер өз еркімен орындау мерзімінде төлегенде алым алына ма: 2002 жылғы Ереже алымды мәжбүрлеп "
        "орындаумен байланыстырған, Қырғыз Республикасының № 15 Заңының ережесі оқылмаған",
        "карызкор ыктыярдуу аткаруу мөөнөтүндө төлөгөндө жыйым алынабы: 2002-жылдагы Жобо жыйымды мажбурлап "
        "аткаруу менен байланыштырган, КР № 15 Мыйзамынын эрежеси окулган эмес",
        "whether the fee is due when the debtor pays within the voluntary term: the 2002 Regulation tied the fee "
        "to forced execution, and the rule of Kyrgyz Law No. 15 was not read",
    ),
    "expenses": text(
        "расходы по исполнению: кто их авансирует и как они взыскиваются с должника по Закону КР № 15, не "
        "прочитано (прочитана лишь ст. 31 об оплате переводчиков)",
        "атқару шығыстары: Қырғыз Республикасының № 15 Заңы бойынша оларды кім алдын ала төлейтіні және борышкерден "
        "қалай өндірілетіні "
        "оқылмаған (тек аудармашылардың еңбекақысы туралы 31-бап оқылды)",
        "аткаруу чыгымдары: КР № 15 Мыйзамы боюнча аларды ким алдын ала төлөйт жана карызкордон кантип өндүрүлөт, "
        "окулган эмес (котормочулардын акысы жөнүндөгү 31-берене гана окулду)",
        "enforcement expenses: who advances them and how they are recovered from the debtor under Kyrgyz Law "
        "No. 15 was not read (only art. 31, on paying interpreters, was)",
    ),
}

STEP: dict[str, Text] = {
    "fee": text(
        "Исполнительский сбор: доля взысканной суммы",
        "Атқарушылық алым: өндірілген соманың үлесі",
        "Аткаруу жыйымы: өндүрүлгөн сумманын үлүшү",
        "Enforcement fee: a share of the amount recovered",
    ),
    "rounding": text(
        "Округление суммы к уплате", "Төленетін соманы дөңгелектеу", "Төлөнүүчү сумманы тегеректөө", "Rounding"
    ),
}

WHO_PAYS = text(
    "Положение 2002 года взыскивало сбор с должника сверх долга; в 2026 году Генеральная прокуратура говорила, что "
    "10 % «удерживается от взысканных средств». Из чьей доли удерживается сбор сейчас, по тексту закона не "
    "проверено: калькулятор показывает только размер сбора.",
    "2002 жылғы Ереже алымды борышкерден қарыздан тыс өндірген; 2026 жылы Бас прокуратура 10 % «өндірілген "
    "қаражаттан ұсталады» деген. Алым қазір кімнің үлесінен ұсталатыны заң мәтіні бойынша тексерілмеген: "
    "калькулятор тек алымның мөлшерін көрсетеді.",
    "2002-жылдагы Жобо жыйымды карызкордон карыздан тышкары өндүргөн; 2026-жылы Башкы прокуратура 10 % «өндүрүлгөн "
    "каражаттан кармалат» деген. Жыйым азыр кимдин үлүшүнөн кармалары мыйзамдын тексти боюнча текшерилген эмес: "
    "калькулятор жыйымдын өлчөмүн гана көрсөтөт.",
    "The 2002 Regulation recovered the fee from the debtor on top of the debt; in 2026 the General Prosecutor's "
    "Office said that 10 % “is withheld from the recovered funds”. From whose share the fee is taken now was not "
    "checked against the law: the calculator shows only the amount of the fee.",
)


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day = values["date"]
    if values["document"] == "non_property":
        raise CalcError("unsupported", "document", DOCUMENT, what=MISSING["non_property"])
    if values["voluntary"]:
        raise CalcError("unsupported", "voluntary", VOLUNTARY, what=MISSING["voluntary"])
    if values["expenses"] > 0:
        raise CalcError("unsupported", "expenses", EXPENSES, what=MISSING["expenses"])
    recovered: Decimal = values["recovered_amount"]
    result = Result(ID, "KGS")
    rate_value = result.use(parameters.get("kg.enforcement_fee.property_rate"), day, "date", DATE)
    rate: Decimal = rate_value.value
    fee = recovered * rate
    result.step(
        "fee",
        STEP["fee"],
        exact(fee),
        f"{format_amount(recovered)} × {format_percent(rate)} = {format_amount(fee)}",
        [*rate_value.basis],
    )
    rounding = result.use(parameters.get("kg.rounding.money"), day, "date", DATE)
    payable = round_payable(fee, RoundingRule.from_value(rounding.value))
    if payable != fee:
        result.step(
            "rounding",
            STEP["rounding"],
            payable,
            f"{format_amount(fee)} → {format_amount(payable)}",
            [*rate_value.basis],
        )
    result.warn("interpretation:who_pays", WHO_PAYS, list(rate_value.basis))
    return result.to_json(payable, fee=payable, recovered=recovered, rate=rate, rate_from=rate_value.start.isoformat())


CALCULATOR = Calculator(
    id=ID,
    title=text(
        "Исполнительский сбор (Кыргызстан)",
        "Атқарушылық алым (Қырғызстан)",
        "Аткаруу жыйымы (Кыргызстан)",
        "Enforcement fee (Kyrgyzstan)",
    ),
    summary=text(
        "Сбор с суммы, взысканной судебным исполнителем по имущественному исполнительному документу; что из "
        "правил не удалось проверить, сказано прямо.",
        "Мүліктік атқарушылық құжат бойынша сот орындаушысы өндірген сомадан алынатын алым; ережелердің қайсысын "
        "тексеру мүмкін болмағаны тікелей айтылады.",
        "Мүлктүк аткаруу документи боюнча сот аткаруучу өндүргөн суммадан алынуучу жыйым; эрежелердин кайсынысын "
        "текшерүү мүмкүн болбогону түз айтылат.",
        "The fee on the amount a bailiff recovers under a property document; what could not be checked is said "
        "plainly.",
    ),
    currency="KGS",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
)
