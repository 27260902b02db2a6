"""Words of the Kazakh deadlines calculator in four languages: fields, units, steps, warnings."""

from __future__ import annotations

from calculators.i18n import Text
from calculators.words import t

TERM = t("Which term")
EVENT = t("Date of the event the term runs from")
EVENT_HELP = t(
    "For an appeal, the day the decision was made in final form (not the day its operative part "
    "was announced); for a refund, the day of payment."
)
LENGTH = t("Length of the term")
UNIT = t("Unit")
CUSTOM = t("A term of known length (set by the court or stated in the law)")
UNITS: dict[str, Text] = {
    "calendar_days": t("calendar days"),
    "working_days": t("working days"),
    "months": t("months"),
    "years": t("years"),
}

STEP: dict[str, Text] = {
    "start": t("The term starts on the day after the event"),
    "end": t("The term runs out ({unit}: {length}): {day}"),
    "working": t("Only working days count ({length}): the last is {day}; weekend days passed over: {weekends}"),
    "day_off": t("Day off {day}: {reason}"),
    "shift": t("The last day fell on a day off: the term ends on the next working day, {day}"),
    "cutoff": t(
        "Until 24:00 Astana time (UTC{offset}) on {day} by post or electronically; in person at the "
        "court, until its working day ends"
    ),
}
CUTOFF_POST = t("until 24:00 Astana time (UTC{offset}) — by post, other means of communication, electronically")
CUTOFF_COURT = t("in person at the court — until the court's working day ends under its internal rules")

WARN: dict[str, Text] = {
    "provisional": t(
        "The date of Kurban Ait, {day}, is provisional and may move by a day; if it moves, the last "
        "day of the term may change. Check the Labour Ministry's announcement."
    ),
    "disputed": t("The term runs through {day}, whose status the sources dispute: {note}"),
    "final_form": t(
        "The term runs from the day the act was made in final form (up to five working days after "
        "its operative part is announced, CPC art. 223 part 4). If you know only the announcement "
        "day, the term may end later."
    ),
    "restoration": t(
        "A term missed for a valid reason may be restored by the court (CPC art. 126): apply within "
        "one month of learning of the violation of your rights."
    ),
    "no_extension": t(
        "The last day, {day}, is a day off. {law} does not say whether such a term moves to the "
        "next working day ({next}); we do not move it: file by {day} or ask the court (the "
        "authority)."
    ),
    "calendar_unknown": t(
        "Kazakhstan's calendar for {day} is not known to us yet: if {day} turns out to be a day "
        "off, a CPC term ends on the next working day. Check again nearer the date."
    ),
    "custom": t(
        "A term of known length is counted under the CPC's rules (arts 122–123); take the length of "
        "a term set by the court from its act."
    ),
}
LAWS: dict[str, Text] = {
    "tax": t("The Tax Code"),
    "enforcement": t("The Law on enforcement proceedings"),
}
TITLE = t("Procedural deadlines (Kazakhstan)")
SUMMARY = t(
    "The last day to appeal, file a private complaint or cassation, object to a court order, "
    "apply for a duty refund and more, on Kazakhstan's calendar, with every day off passed over "
    "and its source."
)
