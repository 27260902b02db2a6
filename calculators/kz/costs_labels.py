"""The step labels of the distribution of court costs, in four languages (its notes are in court_costs_notes.py)."""

from __future__ import annotations

from calculators.i18n import Text, text

STEP: dict[str, Text] = {
    "proportion": text(
        "Доля удовлетворённой части",
        "Қанағаттандырылған бөліктің үлесі",
        "Канааттандырылган бөлүктүн үлүшү",
        "Share granted",
    ),
    "to_plaintiff": text(
        "Ответчик возмещает истцу",
        "Жауапкер талапкерге өтейді",
        "Жоопкер доогерге төлөйт",
        "Defendant reimburses the plaintiff",
    ),
    "to_defendant": text(
        "Истец возмещает ответчику",
        "Талапкер жауапкерге өтейді",
        "Доогер жоопкерге төлөйт",
        "Plaintiff reimburses the defendant",
    ),
    "cap": text(
        "Предел расходов на представителя",
        "Өкіл шығыстарының шегі",
        "Өкүлдүн чыгымдарынын чеги",
        "Cap on representative fees",
    ),
    "not_paid": text(
        "Пошлина не уплачивалась — не возмещается",
        "Баж төленбеген — өтелмейді",
        "Алым төлөнгөн эмес — төлөнбөйт",
        "Duty not paid — not reimbursed",
    ),
    "to_state": text(
        "Взыскивается в доход государства",
        "Мемлекет кірісіне өндіріледі",
        "Мамлекеттин кирешесине өндүрүлөт",
        "Recovered to the state",
    ),
    "set_off": text(
        "Расходы взаимно погашены", "Шығыстар өзара өтелді", "Чыгымдар өз ара жоюлду", "Costs mutually set off"
    ),
    "net": text(
        "Итог: ответчик платит истцу (минус — истец ответчику)",
        "Қорытынды: жауапкер талапкерге төлейді (минус — талапкер жауапкерге)",
        "Жыйынтык: жоопкер доогерге төлөйт (минус — доогер жоопкерге)",
        "Net: defendant pays plaintiff (negative: plaintiff pays defendant)",
    ),
}
