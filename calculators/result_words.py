"""The words of a rendered result (``calculators.render``): its headings, the status of a legal value, the currency."""

from __future__ import annotations

from calculators.i18n import Text, text

WORDS: dict[str, Text] = {
    "total": text("Итого", "Барлығы", "Бардыгы", "Total"),
    "step": text("Шаг", "Қадам", "Кадам", "Step"),
    "amount": text("Сумма", "Сома", "Сумма", "Amount"),
    "formula": text("Расчёт", "Есеп", "Эсеп", "Computation"),
    "basis": text("Основание", "Негіз", "Негиз", "Legal basis"),
    "warnings": text(
        "Предупреждения и толкования",
        "Ескертулер мен түсіндірмелер",
        "Эскертүүлөр жана чечмелөөлөр",
        "Warnings and interpretations",
    ),
    "parameters": text(
        "Использованные значения закона",
        "Қолданылған заң мәндері",
        "Колдонулган мыйзам маанилери",
        "Legal values used",
    ),
    "value": text("Значение", "Мәні", "Мааниси", "Value"),
    "from": text("Действует с", "Қолданылу басы", "Күчүнө кирген күнү", "In force from"),
    "status": text("Статус", "Мәртебесі", "Абалы", "Status"),
    "verified": text(
        "сверено с текстом", "мәтінмен салыстырылған", "текст менен салыштырылган", "checked against the text"
    ),
    "unverified": text("не сверено", "салыстырылмаған", "салыштырылган эмес", "not verified"),
    "none": text("нет", "жоқ", "жок", "none"),
    # A rounding rule as a reader says it; {quantum} is the step it rounds to (1, 0.01).
    "rounding": text(
        "до {quantum}, половина и больше — вверх",
        "{quantum} дейін, жартысы мен одан көбі — жоғары",
        "{quantum} чейин, жарымы жана андан көбү — өйдө",
        "to {quantum}, halves and above up",
    ),
    "next": text("Дальше по этому делу", "Осы іс бойынша әрі қарай", "Ушул иш боюнча андан ары", "Next for this case"),
    "attach": text(
        "Приложите к заявлению о возврате",
        "Қайтару туралы өтінішке қоса беріңіз",
        "Кайтаруу жөнүндө арызга тиркеңиз",
        "Attach to the refund application",
    ),
}

# The sign written after an amount; a result with no currency (a date, a verdict) has none.
CURRENCY_SIGNS: dict[str, Text] = {
    "KZT": text("₸", "₸", "₸", "₸"),
    "KGS": text("сом", "сом", "сом", "som"),
}


def currency_sign(currency: str, lang: str) -> str:
    return CURRENCY_SIGNS[currency][lang] if currency else ""
