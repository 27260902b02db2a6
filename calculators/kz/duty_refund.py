"""Refund of the state duty in civil cases in Kazakhstan.

Implements the Normative Resolution of the Supreme Court No. 9, p. 11 (grounds, the three-year term, what to attach,
cases split into separate proceedings) and p. 11-1's reference to CPC art. 115; with the Tax Code in force on the
payment date: art. 108 of the 2017 code, arts 120–121 of the 2026 code; CPC arts 107, 115, 137, 278, 280.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.dates import format_date
from calculators.i18n import Text, joined, text
from calculators.kz import deadlines, tax_code
from calculators.money import RoundingRule, format_amount, format_percent, round_payable
from calculators.result import Result
from calculators.schema import Choice, Field

ID = "kz-duty-refund"
P11 = "kz-resolution-9#p-11"

PAID = text("Уплаченная пошлина, тенге", "Төленген баж, теңге", "Төлөнгөн алым, теңге", "Duty paid, tenge")
DATE_PAID = text("Дата уплаты", "Төленген күн", "Төлөнгөн күн", "Date of payment")
INSTANCE = text("Инстанция", "Саты", "Инстанция", "Instance")
GROUND = text("Основание", "Негіз", "Негиз", "Ground")
REQUIRED = text(
    "Пошлина по закону, тенге", "Заң бойынша баж, теңге", "Мыйзам боюнча алым, теңге", "Duty required by law, tenge"
)

INSTANCES: dict[str, Text] = {
    "first": text("Первая инстанция", "Бірінші саты", "Биринчи инстанция", "First instance"),
    "appeal": text("Апелляция", "Апелляция", "Апелляция", "Appeal"),
    "cassation": text("Кассация", "Кассация", "Кассация", "Cassation"),
    "court_order": text("Судебный приказ", "Сот бұйрығы", "Соттук буйрук", "Court order"),
}

# ground: (label, rule, Tax Code 2017 basis, Tax Code 2026 basis, CPC or resolution basis)
# rule: "settlement" (share by instance), "full", "excess", "none"
GROUNDS: dict[str, tuple[Text, str, str, str, list[str]]] = {
    "settlement": (
        text("Мировое соглашение", "Татуласу келісімі", "Элдешүү келишими", "Settlement agreement"),
        "settlement",
        "108-1-3",
        "120-4-4",
        ["kz-cpc#115-2"],
    ),
    "mediation": (
        text("Соглашение о медиации", "Медиация туралы келісім", "Медиация жөнүндө келишим", "Mediation agreement"),
        "settlement",
        "108-1-3",
        "120-4-4",
        ["kz-cpc#115-2"],
    ),
    "participative": (
        text(
            "Партисипативная процедура", "Партисипативтік рәсім", "Партисипативдик жол-жобо", "Participative procedure"
        ),
        "settlement",
        "108-1-3",
        "120-4-4",
        ["kz-cpc#115-2"],
    ),
    "arbitration_transfer": (
        text(
            "Передача дела в арбитраж",
            "Істі арбитражға беру",
            "Ишти арбитражга өткөрүү",
            "Case transferred to arbitration",
        ),
        "full",
        "108-1-2",
        "120-4-5",
        ["kz-cpc#280-1"],
    ),
    "claim_returned": (
        text("Возврат искового заявления", "Талап арызды қайтару", "Доо арызды кайтаруу", "Claim returned"),
        "full",
        "108-1-4",
        "120-4-5",
        ["kz-cpc#107"],
    ),
    "acceptance_refused": (
        text(
            "Отказ в принятии заявления",
            "Арызды қабылдаудан бас тарту",
            "Арызды кабыл алуудан баш тартуу",
            "Acceptance refused",
        ),
        "full",
        "108-1-4",
        "120-4-5",
        ["kz-cpc#107", "kz-cpc#137"],
    ),
    "not_for_court": (
        text(
            "Дело не подлежит рассмотрению в суде",
            "Іс сотта қаралуға жатпайды",
            "Иш сотто каралууга жатпайт",
            "Case not for a court",
        ),
        "full",
        "108-1-5",
        "120-4-5",
        ["kz-cpc#278-3"],
    ),
    "pretrial_not_observed": (
        text(
            "Не соблюдён досудебный порядок",
            "Сотқа дейінгі тәртіп сақталмаған",
            "Сотко чейинки тартип сакталган эмес",
            "Pre-trial procedure not observed",
        ),
        "full",
        "108-1-5",
        "120-4-5",
        ["kz-cpc#280-1"],
    ),
    "incapable_plaintiff": (
        text(
            "Иск подан недееспособным",
            "Талап арызды әрекетке қабілетсіз адам берген",
            "Доону аракетке жөндөмсүз адам берген",
            "Claim filed by an incapable person",
        ),
        "full",
        "108-1-5",
        "120-4-5",
        ["kz-cpc#280-1"],
    ),
    "cassation_returned": (
        text(
            "Возврат кассационной жалобы",
            "Кассациялық шағымды қайтару",
            "Кассациялык даттанууну кайтаруу",
            "Cassation complaint returned",
        ),
        "full",
        "108-1-7",
        "120-4-5",
        [],
    ),
    "overpayment": (
        text(
            "Уплачено больше, чем требуется",
            "Қажеттіден артық төленген",
            "Талап кылынгандан ашык төлөнгөн",
            "Paid more than required",
        ),
        "excess",
        "108-1-1",
        "120-4-6",
        [P11],
    ),
    "withdrawal": (
        text(
            "Отказ истца от иска",
            "Талапкердің талаптан бас тартуы",
            "Доогердин доодон баш тартуусу",
            "Plaintiff withdrew the claim",
        ),
        "none",
        "108-2",
        "121-2",
        ["kz-cpc#115-1"],
    ),
    "claim_reduced": (
        text(
            "Истец уменьшил требования",
            "Талапкер талаптарын азайтты",
            "Доогер талаптарын азайтты",
            "Plaintiff reduced the claim",
        ),
        "none",
        "108-2",
        "121-2",
        [],
    ),
    "court_order_cancelled": (
        text(
            "Судебный приказ отменён",
            "Сот бұйрығының күші жойылды",
            "Соттук буйрук жокко чыгарылды",
            "Court order cancelled",
        ),
        "none",
        "108-2",
        "121-2",
        ["kz-cpc#137"],
    ),
    "case_split": (
        text(
            "Требования выделены в отдельное производство",
            "Талаптар жеке іс жүргізуге бөлінді",
            "Талаптар өзүнчө өндүрүшкө бөлүндү",
            "Demands split into separate proceedings",
        ),
        "none",
        "",
        "",
        [P11],
    ),
}

SCHEMA = (
    Field("paid_amount", "money", PAID),
    Field("date_paid", "date", DATE_PAID),
    Field("instance", "choice", INSTANCE, default="first", choices=tuple(Choice(k, v) for k, v in INSTANCES.items())),
    Field("ground", "choice", GROUND, choices=tuple(Choice(k, v[0]) for k, v in GROUNDS.items())),
    Field("required_amount", "money", REQUIRED, when={"ground": ("overpayment",)}),
)

EXAMPLE: dict[str, Any] = {
    "paid_amount": "17163",
    "date_paid": "2026-03-10",
    "instance": "first",
    "ground": "settlement",
}

STEP: dict[str, Text] = {
    "share": text(
        "Возвращается доля уплаченного",
        "Төленгеннің қайтарылатын үлесі",
        "Төлөнгөндүн кайтарылуучу үлүшү",
        "Share of the payment refunded",
    ),
    "excess": text(
        "Возвращается излишек", "Артық төленгені қайтарылады", "Ашыкча төлөнгөнү кайтарылат", "The excess is refunded"
    ),
    "none": text("Пошлина не возвращается", "Баж қайтарылмайды", "Алым кайтарылбайт", "The duty is not refunded"),
    "rounding": text(
        "Округление суммы возврата",
        "Қайтарылатын соманы дөңгелектеу",
        "Кайтарылуучу сумманы тегеректөө",
        "Rounding of the refund",
    ),
    "deadline": text(
        "Последний день подачи заявления о возврате (дата уплаты + срок в годах)",
        "Қайтару туралы өтініш берудің соңғы күні (төлем күні + мерзім, жылмен)",
        "Кайтаруу жөнүндө арыз берүүнүн акыркы күнү (төлөө күнү + мөөнөт, жыл менен)",
        "Last day to apply for the refund (date of payment + term in years)",
    ),
}
NOTE: dict[str, Text] = {
    "court_order_cancelled": text(
        "Пошлина не возвращается, но засчитывается в пошлину по иску, предъявленному затем в порядке искового "
        "производства (ГПК, ст. 137).",
        "Баж қайтарылмайды, бірақ кейін талап қою тәртібімен берілген талап қою бойынша бажға есепке алынады "
        "(АПК, 137-бап).",
        "Алым кайтарылбайт, бирок кийин доо тартибинде берилген доо боюнча алымга эсептелет (ЖПК, 137-берене).",
        "Not refunded, but credited to the duty on a claim later brought in ordinary proceedings (CPC art. 137).",
    ),
    "case_split": text(
        "Пошлина, уплаченная за требования, выделенные в отдельное производство, не пересчитывается и не "
        "возвращается; по выделенному делу она повторно не уплачивается (п. 11 постановления № 9).",
        "Жеке іс жүргізуге бөлінген талаптар үшін төленген баж қайта есептелмейді және қайтарылмайды; бөлінген іс "
        "бойынша ол қайта төленбейді (№ 9 қаулының 11-тармағы).",
        "Өзүнчө өндүрүшкө бөлүнгөн талаптар үчүн төлөнгөн алым кайра эсептелбейт жана кайтарылбайт; бөлүнгөн иш "
        "боюнча ал кайра төлөнбөйт (№ 9 токтомдун 11-пункту).",
        "Duty paid on demands split into separate proceedings is neither recounted nor refunded, and is not paid "
        "again in the split case (p. 11 of Resolution No. 9).",
    ),
    "term_from_payment": text(
        "Закон считает три года со дня зачисления пошлины в бюджет; мы считаем от даты уплаты, которая обычно на "
        "день-два раньше, поэтому указанный день — безопасный.",
        "Заң үш жылды баж бюджетке есептелген күннен бастап санайды; біз әдетте бір-екі күн ерте болатын төлем "
        "күнінен санаймыз, сондықтан көрсетілген күн — қауіпсіз.",
        "Мыйзам үч жылды алым бюджетке эсептелген күндөн тартып эсептейт; биз адатта бир-эки күн эрте болгон төлөм "
        "күнүнөн эсептейбиз, ошондуктан көрсөтүлгөн күн — коопсуз.",
        "The law counts three years from the day the duty was credited to the budget; we count from the payment "
        "date, usually a day or two earlier, so the day shown is a safe one.",
    ),
    "settlement_court_order": text(
        "Для судебного приказа применена доля первой инстанции.",
        "Сот бұйрығы үшін бірінші сатының үлесі қолданылды.",
        "Соттук буйрук үчүн биринчи инстанциянын үлүшү колдонулду.",
        "For a court order the first-instance share is applied.",
    ),
}
ATTACH: list[Text] = [
    text(
        "Заявление о возврате — в орган государственных доходов по месту нахождения банка (филиала), принявшего платёж",
        "Қайтару туралы өтініш — төлемді қабылдаған банк (филиал) орналасқан жердегі мемлекеттік кірістер органына",
        "Кайтаруу жөнүндө арыз — төлөмдү кабыл алган банк (филиал) жайгашкан жердеги мамлекеттик кирешелер органына",
        "The refund application — to the state revenue office where the bank (branch) that took the payment is",
    ),
    text(
        "Подлинник платёжного документа об уплате пошлины",
        "Баж төленгені туралы төлем құжатының түпнұсқасы",
        "Алым төлөнгөнү тууралуу төлөм документинин түп нускасы",
        "The original payment document for the duty",
    ),
    text(
        "Копия определения или решения суда о возврате",
        "Қайтару туралы сот ұйғарымының немесе шешімінің көшірмесі",
        "Кайтаруу жөнүндө соттун аныктамасынын же чечиминин көчүрмөсү",
        "A copy of the court's ruling or decision on the refund",
    ),
]
ATTACH_OVERPAID = text(
    "При излишней уплате — заверенная судом копия квитанции об уплате",
    "Артық төленгенде — сот куәландырған төлем түбіртегінің көшірмесі",
    "Ашыкча төлөнгөндө — сот күбөлөндүргөн төлөм дүмүрчөгүнүн көчүрмөсү",
    "For an overpayment — the court's certified copy of the payment receipt",
)


def _add_years(day: date, years: int) -> date:
    """The same day and month ``years`` later (28 February for 29 February): how a term in years ends."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day: date = values["date_paid"]
    paid: Decimal = values["paid_amount"]
    result = Result(ID, "KZT")
    rounding = result.use(parameters.get("kz.rounding.state_duty"), day, "date_paid", DATE_PAID)
    rule = RoundingRule.from_value(rounding.value)
    label, kind, tc2017, tc2026, extra = GROUNDS[values["ground"]]
    code = tax_code.on(day, "date_paid", DATE_PAID, result)
    anchor = {"tc2017": tc2017, "tc2026": tc2026}[code["catalogue"]]
    code_basis = [f"{code['source']}#{anchor}"] if anchor else []
    basis = [*code_basis, *extra, P11]
    share = Decimal(0)
    refund = Decimal(0)
    if kind == "settlement":
        instance = values["instance"]
        pid = "kz.refund.settlement_share." + ("cassation" if instance == "cassation" else "first_appeal")
        if instance == "court_order":
            result.warn("interpretation:settlement_court_order", NOTE["settlement_court_order"], basis)
        value = result.use(parameters.get(pid), day, "date_paid", DATE_PAID)
        share = value.value
        refund = paid * share
        result.step(
            "refund",
            joined(STEP["share"], label),
            refund,
            f"{format_amount(paid)} × {format_percent(share)} = {format_amount(refund)}",
            [*value.basis, *basis],
        )
    elif kind == "full":
        share = Decimal(1)
        refund = paid
        result.step(
            "refund",
            joined(STEP["share"], label),
            refund,
            f"{format_amount(paid)} × 100 % = {format_amount(refund)}",
            basis,
        )
    elif kind == "excess":
        required: Decimal = values["required_amount"]
        refund = max(paid - required, Decimal(0))
        share = refund / paid if paid else Decimal(0)
        result.step(
            "refund",
            joined(STEP["excess"], label),
            refund,
            f"{format_amount(paid)} − {format_amount(required)} = {format_amount(refund)}"
            if paid >= required
            else f"max({format_amount(paid)} − {format_amount(required)}; 0) = 0",
            basis,
        )
    else:
        result.step("refund", joined(STEP["none"], label), Decimal(0), "0", basis)
        note = NOTE.get(values["ground"])
        if note:
            result.warn(f"note:{values['ground']}", note, basis)
    payable = round_payable(refund, rule)
    if payable != refund:
        result.step(
            "refund_rounding",
            STEP["rounding"],
            payable,
            f"{format_amount(refund)} → {format_amount(payable)}",
            list(rounding.basis),
        )
    attachments: list[Text] = []
    deadline = None
    if payable > 0:
        term = result.use(parameters.get("kz.refund.term_years"), day, "date_paid", DATE_PAID)
        deadline = _add_years(day, int(term.value))
        result.step(
            "deadline",
            STEP["deadline"],
            None,
            f"{format_date(day)} + {term.value} → {format_date(deadline)}",
            [*term.basis],
        )
        result.warn("interpretation:term_from_payment", NOTE["term_from_payment"], list(term.basis))
        attachments = [*ATTACH, *([ATTACH_OVERPAID] if kind == "excess" else [])]
    return result.to_json(
        payable,
        refund=payable,
        share=share.normalize() if share else Decimal(0),
        deadline=deadline.isoformat() if deadline else None,
        attachments=attachments,
        ground=values["ground"],
        follow_up=deadlines.follow_up("refund_application", day),
    )


CALCULATOR = Calculator(
    id=ID,
    title=text(
        "Возврат государственной пошлины (Казахстан)",
        "Мемлекеттік бажды қайтару (Қазақстан)",
        "Мамлекеттик алымды кайтаруу (Казакстан)",
        "Refund of the state duty (Kazakhstan)",
    ),
    summary=text(
        "Сколько пошлины вернут и до какого дня подать заявление: мировое соглашение, медиация, возврат иска, "
        "излишняя уплата и другие основания.",
        "Қанша баж қайтарылады және өтінішті қай күнге дейін беру керек: татуласу келісімі, медиация, талап арызды "
        "қайтару, артық төлеу және басқа негіздер.",
        "Канча алым кайтарылат жана арызды кайсы күнгө чейин берүү керек: элдешүү келишими, медиация, доо арызды "
        "кайтаруу, ашыкча төлөө жана башка негиздер.",
        "How much duty is refunded and by which day to apply: settlement, mediation, a returned claim, overpayment "
        "and other grounds.",
    ),
    currency="KZT",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=("kz-resolution-9#p-11",),
)
