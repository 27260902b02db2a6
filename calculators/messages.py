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
        "«{field}»: дата должна быть раньше даты «{other}».",
        "«{field}»: күн «{other}» күнінен ерте болуы керек.",
        "«{field}»: дата «{other}» датасынан эрте болушу керек.",
        "“{field}”: the date must be earlier than “{other}”.",
    ),
    "unsupported": text(
        "Этот случай калькулятор пока не считает: {what}.",
        "Калькулятор бұл жағдайды әзірге есептемейді: {what}.",
        "Калькулятор бул учурду азырынча эсептебейт: {what}.",
        "The calculator does not handle this case yet: {what}.",
    ),
    "input_too_large": text(
        "Входные данные слишком велики (больше {max} КБ); так много полей не бывает.",
        "Кіріс деректері тым үлкен ({max} КБ артық); мұнша өріс болмайды.",
        "Киргизилген маалыматтар өтө чоң ({max} КБдан ашык); мынча талаа болбойт.",
        "The input is too large (over {max} KB); no calculator has that many fields.",
    ),
    "input_too_deep": text(
        "Входные данные вложены слишком глубоко (больше {max} уровней); у калькулятора таких полей нет.",
        "Кіріс деректері тым терең салынған ({max} деңгейден артық); калькуляторда мұндай өрістер жоқ.",
        "Киргизилген маалыматтар өтө терең салынган ({max} деңгээлден ашык); калькулятордо мындай талаалар жок.",
        "The input is nested too deeply (over {max} levels); the calculator has no such fields.",
    ),
    "text_too_long": text(
        "«{field}»: слишком длинное значение (больше {max} знаков).",
        "«{field}»: мән тым ұзын ({max} таңбадан артық).",
        "«{field}»: маани өтө узун ({max} белгиден ашык).",
        "“{field}”: the value is too long (over {max} characters).",
    ),
    "date_out_of_range": text(
        "«{field}»: дата должна быть между {start} и {end}.",
        "«{field}»: күн {start} мен {end} аралығында болуы керек.",
        "«{field}»: дата {start} менен {end} ортосунда болушу керек.",
        "“{field}”: the date must be between {start} and {end}.",
    ),
    "term_after_coverage": text(
        "«{field}»: срок оканчивается {date}, а праздники и переносы известны нам по {end} включительно.",
        "«{field}»: мерзім {date} аяқталады, ал мерекелер мен ауыстырулар бізге {end} қоса алғанда белгілі.",
        "«{field}»: мөөнөт {date} бүтөт, ал эми майрамдар жана которуулар бизге {end} кошо алганда белгилүү.",
        "“{field}”: the term ends on {date}, and the holidays and moved days are known to us up to {end}.",
    ),
    "more_than_other": text(
        "«{field}»: не может быть больше, чем «{other}» ({max}).",
        "«{field}»: «{other}» мәнінен ({max}) артық бола алмайды.",
        "«{field}»: «{other}» маанисинен ({max}) ашык боло албайт.",
        "“{field}”: cannot be more than “{other}” ({max}).",
    ),
    "implausible_birth_date": text(
        "«{field}»: возраст на дату «{other}» получается больше {max} лет; проверьте год.",
        "«{field}»: «{other}» күніне жасы {max} жастан асады; жылды тексеріңіз.",
        "«{field}»: «{other}» датасына карата курагы {max} жаштан ашат; жылды текшериңиз.",
        "“{field}”: this makes the age on “{other}” over {max} years; check the year.",
    ),
    "internal": text(
        "Внутренняя ошибка калькулятора при этих данных ({detail}). Введённое сохранено; сообщите нам, пожалуйста.",
        "Осы деректермен калькулятордың ішкі қатесі ({detail}). Енгізілгені сақталды; бізге хабарлаңыз.",
        "Бул маалыматтар менен калькулятордун ички катасы ({detail}). Киргизилгени сакталды; бизге билдириңиз.",
        "An internal error of the calculator with this input ({detail}). What you typed is kept; please tell us.",
    ),
}
