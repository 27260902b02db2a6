"""Error messages by machine code, in the four languages of the site.

Placeholders: ``{field}`` is the label of the field in the same language; others come from the error.
"""

from __future__ import annotations

from calculators.i18n import Text, text

MESSAGES: dict[str, Text] = {
    "invalid_json": text(
        "Входные данные не являются корректным JSON: {detail}.",
        "Кіріс деректері дұрыс JSON емес: {detail}.",
        "Киргизилген маалыматтар туура JSON эмес: {detail}.",
        "The input is not valid JSON: {detail}.",
    ),
    "not_an_object": text(
        "Входные данные должны быть объектом JSON с полями калькулятора.",
        "Кіріс деректері калькулятор өрістері бар JSON нысаны болуы керек.",
        "Киргизилген маалыматтар калькулятордун талаалары бар JSON объектиси болушу керек.",
        "The input must be a JSON object with the calculator's fields.",
    ),
    "unknown_calculator": text(
        "Калькулятор «{name}» не найден.",
        "«{name}» калькуляторы табылмады.",
        "«{name}» калькулятору табылган жок.",
        "There is no calculator “{name}”.",
    ),
    "unknown_field": text(
        "Неизвестное поле «{name}».",
        "Белгісіз өріс: «{name}».",
        "Белгисиз талаа: «{name}».",
        "Unknown field “{name}”.",
    ),
    "required": text(
        "Заполните поле «{field}».",
        "«{field}» өрісін толтырыңыз.",
        "«{field}» талаасын толтуруңуз.",
        "Fill in “{field}”.",
    ),
    "invalid_number": text(
        "«{field}»: введите сумму цифрами, например 1 000 000,50.",
        "«{field}»: соманы цифрмен жазыңыз, мысалы 1 000 000,50.",
        "«{field}»: сумманы цифралар менен жазыңыз, мисалы 1 000 000,50.",
        "“{field}”: enter an amount in figures, for example 1,000,000.50.",
    ),
    "negative_amount": text(
        "«{field}»: сумма не может быть отрицательной.",
        "«{field}»: сома теріс сан бола алмайды.",
        "«{field}»: сумма терс сан боло албайт.",
        "“{field}”: the amount cannot be negative.",
    ),
    "too_many_decimals": text(
        "«{field}»: не больше двух знаков после запятой.",
        "«{field}»: үтірден кейін екі таңбадан артық болмауы керек.",
        "«{field}»: үтүрдөн кийин экиден ашык белги болбошу керек.",
        "“{field}”: at most two decimal places.",
    ),
    "amount_too_large": text(
        "«{field}»: сумма слишком велика (больше {max}).",
        "«{field}»: сома тым үлкен ({max} артық).",
        "«{field}»: сумма өтө чоң ({max} ашык).",
        "“{field}”: the amount is too large (over {max}).",
    ),
    "invalid_integer": text(
        "«{field}»: введите целое число от {min} до {max}.",
        "«{field}»: {min} мен {max} аралығындағы бүтін санды жазыңыз.",
        "«{field}»: {min} менен {max} ортосундагы бүтүн санды жазыңыз.",
        "“{field}”: enter a whole number from {min} to {max}.",
    ),
    "invalid_date": text(
        "«{field}»: введите существующую дату в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.",
        "«{field}»: нақты күнді ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде жазыңыз.",
        "«{field}»: чыныгы датаны ЖЖЖЖ-АА-КК же КК.АА.ЖЖЖЖ түрүндө жазыңыз.",
        "“{field}”: enter a real date as YYYY-MM-DD or DD.MM.YYYY.",
    ),
    "date_before_coverage": text(
        "«{field}»: расчёт возможен для дат начиная с {start}; {date} — раньше.",
        "«{field}»: есеп {start} бастап жүргізіледі; {date} одан ерте.",
        "«{field}»: эсеп {start} баштап жүргүзүлөт; {date} андан эрте.",
        "“{field}”: the calculator covers dates from {start}; {date} is earlier.",
    ),
    "date_after_coverage": text(
        "«{field}»: значения закона известны нам по {end} включительно; для {date} расчёт невозможен.",
        "«{field}»: заң мәндері бізге {end} қоса алғанда белгілі; {date} үшін есептеу мүмкін емес.",
        "«{field}»: мыйзамдын маанилери бизге {end} кошо алганда белгилүү; {date} үчүн эсептөө мүмкүн эмес.",
        "“{field}”: the legal values are known to us up to {end}; {date} cannot be computed.",
    ),
    "invalid_choice": text(
        "«{field}»: выберите одно из значений: {choices}.",
        "«{field}»: мына мәндердің бірін таңдаңыз: {choices}.",
        "«{field}»: төмөнкү маанилердин бирин тандаңыз: {choices}.",
        "“{field}”: choose one of: {choices}.",
    ),
    "empty_list": text(
        "«{field}»: добавьте хотя бы один элемент.",
        "«{field}»: кемінде бір элемент қосыңыз.",
        "«{field}»: жок дегенде бир элемент кошуңуз.",
        "“{field}”: add at least one item.",
    ),
    "too_many_items": text(
        "«{field}»: не больше {max} элементов.",
        "«{field}»: {max} элементтен аспауы керек.",
        "«{field}»: {max} элементтен ашпашы керек.",
        "“{field}”: at most {max} items.",
    ),
    "invalid_share": text(
        "«{field}»: доля — число больше 0 и не больше 1, например 0,5.",
        "«{field}»: үлес — 0-ден үлкен және 1-ден аспайтын сан, мысалы 0,5.",
        "«{field}»: үлүш — 0дөн чоң жана 1ден ашпаган сан, мисалы 0,5.",
        "“{field}”: a share is a number above 0 and at most 1, for example 0.5.",
    ),
    "shares_not_one": text(
        "«{field}»: доли истцов в сумме должны составлять 1.",
        "«{field}»: талапкерлердің үлестерінің қосындысы 1-ге тең болуы керек.",
        "«{field}»: доогерлердин үлүштөрүнүн суммасы 1ге барабар болушу керек.",
        "“{field}”: the plaintiffs' shares must add up to 1.",
    ),
    "amount_zero": text(
        "«{field}»: сумма должна быть больше нуля.",
        "«{field}»: сома нөлден үлкен болуы керек.",
        "«{field}»: сумма нөлдөн чоң болушу керек.",
        "“{field}”: the amount must be above zero.",
    ),
    "date_order": text(
        "«{field}»: дата не может быть раньше даты «{other}».",
        "«{field}»: күн «{other}» күнінен ерте болмауы керек.",
        "«{field}»: дата «{other}» датасынан эрте болбошу керек.",
        "“{field}”: the date cannot be earlier than “{other}”.",
    ),
    "unsupported": text(
        "Этот случай калькулятор пока не считает: {what}.",
        "Калькулятор бұл жағдайды әзірге есептемейді: {what}.",
        "Калькулятор бул учурду азырынча эсептебейт: {what}.",
        "The calculator does not handle this case yet: {what}.",
    ),
}
