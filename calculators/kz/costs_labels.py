"""The step labels of the distribution of court costs, in four languages (its notes are in court_costs_notes.py)."""

from __future__ import annotations

from calculators.i18n import Text
from calculators.words import t

STEP: dict[str, Text] = {
    "proportion": t("Share granted"),
    "to_plaintiff": t("Defendant reimburses the plaintiff"),
    "to_defendant": t("Plaintiff reimburses the defendant"),
    "cap": t("Cap on representative fees"),
    "not_paid": t("Duty not paid — not reimbursed"),
    "to_state": t("Recovered to the state"),
    "set_off": t("Costs mutually set off"),
    "net": t("Net: defendant pays plaintiff (negative: plaintiff pays defendant)"),
}
