"""The warnings of the court-costs calculator (``court_costs.py``): the law's discretion and our readings of it.

Each entry is shown to the user where the calculator makes the choice it describes; ``INTERPRETATIONS`` declares
those the calculator's page lists. ``mci_date`` is not among them: its words carry the MCI of two dates.
"""

from __future__ import annotations

from decimal import Decimal

from calculators.i18n import Text
from calculators.interpretations import Interpretation, readings
from calculators.money import format_amount
from calculators.words import t

NOTE: dict[str, Text] = {
    # Non-property claims: CPC art. 113 part 1 ("reasonable limits, at most 300 MCI") and resolution p. 14
    # paragraph 2 (a documented but excessive fee is weighed by good faith, fairness and reasonableness).
    "discretion": t(
        "The court may reduce representative fees to reasonable limits and put all costs on a party "
        "that abused its procedural rights or broke the pre-trial procedure (CPC art. 109 part 2, "
        "art. 113): the computation shows the most the law allows to recover."
    ),
    "defendant_cap": t(
        "For the defendant the cap on representative fees is taken on the dismissed part of the claim: "
        "the law speaks of the “satisfied part” and names no base for the defendant."
    ),
    "admission": t(
        "When a defendant not at fault admits the claim, costs fall on the plaintiff: we take it "
        "that the plaintiff bears its own costs and reimburses the defendant's."
    ),
    "other_ground": t(
        "For other grounds of leaving a claim without consideration the law does not distribute "
        "costs; each side bears its own. On items 1, 2 and 5 of art. 279 the duty is refunded — see "
        "the refund calculator."
    ),
    "settlement_refund": t(
        "On a settlement the duty is refunded from the budget (100 % in first and appeal instance, "
        "50 % in cassation) — see the refund calculator."
    ),
    # Property claims: resolution p. 14 paragraph 1 says the fee within the art. 113 cap is not reduced on a
    # party's motion or at the court's discretion; art. 109 part 2 (abuse, pre-trial procedure) still applies.
    "abuse": t(
        "On a property claim, representative fees within the set share of the part granted are not "
        "reduced on a party's motion or at the court's discretion (Resolution No. 9, p. 14). The court may "
        "still put all costs on a party that abused its procedural rights or broke the pre-trial "
        "procedure (CPC art. 109 part 2): the computation shows what the law allows to recover."
    ),
    # CPC art. 109 part 1 shares costs "in proportion to the satisfied part"; for non-property demands the law
    # gives no measure, so the share of demands granted is our reading.
    "demand_share": t(
        "For a non-property claim the share granted is taken as the share of demands granted: the "
        "law (CPC art. 109 part 1) speaks of the proportion of the satisfied part but does not say "
        "how to measure it without a claim value."
    ),
}

# The warnings ``court_costs.py`` shows where it applies a reading, by code.
DISCRETION_BASIS = ("kz-cpc#109-2", "kz-cpc#113-1", "kz-resolution-9#p-14")
READING = readings(
    Interpretation("discretion:reasonable", NOTE["discretion"], DISCRETION_BASIS),
    Interpretation("discretion:abuse", NOTE["abuse"], DISCRETION_BASIS),
    Interpretation("interpretation:defendant_cap", NOTE["defendant_cap"], ("kz-cpc#113-1",)),
    Interpretation("interpretation:demand_share", NOTE["demand_share"], ("kz-cpc#109-1",)),
    Interpretation("interpretation:admission", NOTE["admission"], ("kz-cpc#115-1", "kz-resolution-9#p-17")),
    Interpretation("interpretation:other_ground", NOTE["other_ground"], ("kz-cpc#279", "kz-cpc#280-1")),
)


def mci_date(cap: Decimal, decision_mci: Decimal, paid_mci: Decimal) -> Text:
    """CPC art. 113 part 1 caps a non-property fee in MCI (``cap``) without naming the date of the MCI.

    Shown only where the candidate dates (the decision, the payment of the fee) fall under different MCIs.
    """
    # Translators: {cap} is the cap as a number of MCI; {decision} and {paid} are amounts in tenge (the MCI on
    # each date); all three already formatted.
    return t(
        "The {cap} MCI cap uses the MCI on the decision date ({decision} tenge). The law does not say which "
        "date's MCI applies; with the MCI on the day the representative was paid ({paid} tenge) the "
        "cap would differ.",
        cap=format_amount(cap),
        decision=format_amount(decision_mci),
        paid=format_amount(paid_mci),
    )
