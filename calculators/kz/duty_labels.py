"""Words of the Kazakh state-duty calculator: field labels, choices, step labels and interpretation notes.

``INTERPRETATIONS`` declares the notes that are readings of the law, with what each rests on (listed on the page).
"""

from __future__ import annotations

from calculators.i18n import Text
from calculators.interpretations import Interpretation, readings
from calculators.words import pt, t

DATE = t("Date of payment")
PAYER = t("Payer")
PROCEEDING = t("Type of filing")
CLAIMS = t("Demands")
CLAIM_TYPE = t("Kind of demand")
AMOUNT = t("Amount, tenge")
ORIGINAL_PLAINTIFF = t("Plaintiff in the case (cassation rate before 21.05.2023)")
DOCUMENTS = t("Number of documents")
PAGES = t("Number of pages")
DEBTOR = t("Debtor")
EXEMPTION = t("Exemption from the duty")
PLAINTIFFS = t("Several plaintiffs (optional)")
SHARE = t("Share of the demands (0–1)")
MONTHLY = t("Monthly payment (or its change), tenge")
MONTHS = t("Months remaining")
ACTS = t("Number of arrest (encumbrance) acts")
PLEDGE_BASIS = t("The secured debt")
DEBT = t("Debt, tenge")
PLEDGE_VALUE = t("Value of the property in the pledge contract, tenge")
ORIGINAL_AMOUNT = t("Previous claim value, tenge")
NEW_AMOUNT = t("New claim value, tenge")

PAYERS: dict[str, Text] = {
    # Translators: a natural person (физическое лицо) as a payer of the state duty, as against a legal entity.
    "individual": t("Individual"),
    "legal_entity": t("Legal entity"),
    "sole_proprietor": t("Sole proprietor"),
    "farm": t("Peasant (farm) household"),
}
PROCEEDINGS: dict[str, Text] = {
    "claim": t("Claim in a first-instance court"),
    "court_order": t("Application for a court order"),
    # Translators: the appeal complaint (апелляционная жалоба), the document the duty is paid on.
    "appeal": t("Appeal"),
    "cassation": t("Cassation complaint"),
    "special_proceedings": t("Special (special-claim) proceedings"),
    "duplicate_writ": t("Duplicate writ of execution"),
    "copies": t("Repeat copies of documents"),
    "bankruptcy": t("Bankruptcy, rehabilitation, restoring solvency"),
    "arbitral_award_annulment": t("Setting aside an arbitral award"),
}
CLAIM_TYPES: dict[str, Text] = {
    "property": t("Property (money, property)"),
    # Translators: a non-property claim; the Russian adjective agrees with «требование» (neuter).
    "non_property": pt("kz.duty_labels.CLAIM_TYPES", "Non-property"),
    "moral_harm": t("Damages for moral harm"),
    "defamation_moral_harm": t("Defamation damages (on the amount)"),
    "tax_audit_notice": t("Contesting a tax-audit notice"),
    "divorce": t("Divorce"),
    "divorce_with_division": t("Divorce with division of property"),
    "housing_lease": t("Change or termination of a housing lease"),
    "lease_termination": t("Early termination of a property lease"),
    "release_from_arrest": t("Release of property from arrest"),
    "pledge_foreclosure": t("Foreclosure on pledged property"),
    "claim_increase": t("Increase of the claim value"),
    "alimony": t("Alimony (one year)"),
    "periodic_payments": t("Fixed-term periodic payments"),
    "indefinite_payments": t("Indefinite or life-long payments"),
    "payment_change": t("Decrease or increase of payments"),
    "payment_termination": t("Termination of payments"),
    "complaint_state_body": t("Complaint against a state body's act"),
}
PLEDGE_BASES: dict[str, Text] = {
    "judgment": t("Already awarded by a judgment"),
    "with_debt_claim": t("Claimed in this same claim"),
    "no_judgment": t("No judgment on the debt"),
}
DEBTORS: dict[str, Text] = {
    "legal_entity": t("Legal entity"),
    # Translators: the debtor in a bankruptcy application: a citizen (гражданин), as against a legal entity.
    "individual": pt("kz.duty_labels.DEBTORS", "Individual"),
}

# Step labels.
STEP: dict[str, Text] = {
    "property_sum": t("Sum of the property demands"),
    "property_duty": t("Duty at the rate"),
    "cap": t("Limited by the cap"),
    "share": t("Share of the duty"),
    # Translators: MCI is the monthly calculation index (МРП, АЕК, АЭК), a unit of account; not a minimum wage.
    "fixed": t("Duty in MCI"),
    "rounding": t("Rounding of the amount payable"),
    "total": t("Total duty"),
    "lease_value": t("Claim value: rent for the remaining term"),
    "periodic_value": t("Claim value under CPC art. 104"),
    "pledge_value": t("Claim value: the debt, at most the pledge value"),
    "increase": t("Top-up: duty on the new value less duty on the previous"),
    "exempt": t("Exempt from the duty"),
    "appeal": t("Appeal: no state duty is charged"),
    "deferred": t("Payment deferred until the court's decision"),
}

NOTE: dict[str, Text] = {
    "cap_on_total": t(
        "Several property demands are added up and the duty, with its cap, is taken on the total, "
        "as p. 5 of Resolution No. 9 directs. Another reading is possible: p. 3 calls each demand "
        "an object of the duty."
    ),
    "individual_rate": t(
        "Sole proprietors and farm households pay the individuals' rates (p. 5 of Resolution No. "
        "9), except when contesting tax-audit notices."
    ),
    "rounded_parts": t("Each part of the duty is rounded separately; the total is the sum of the rounded parts."),
    "court_order_cap": t(
        "The code says “50 % of the rates of sub-point 1)” without naming a cap; we take half of "
        "the duty already limited by the cap of sub-point 1)."
    ),
    "cassation_base": t(
        "The code does not name the base of the cassation duty; we take the amount disputed in "
        "cassation that you entered, and half of the capped duty."
    ),
    "cassation_rate_claim": t(
        "Before 21.05.2023 the cassation duty followed the rate set for the claim in the dispute, "
        "so the rate of the plaintiff in the case is used."
    ),
    "shares": t(
        "The property duty is taken on the total and split between the plaintiffs by their shares, "
        "each part at its own plaintiff's rate; the cap is split by the shares too (p. 5 of "
        "Resolution No. 9: “not jointly but in proportion”). The non-property duty is per demand."
    ),
    "appeal": t(
        "The CPC requires no duty for an appeal (art. 404), and the Tax Code does not list an "
        "appeal as an object of the duty; the conclusion rests on the absence of such a rule."
    ),
    "pledge_separate": t(
        "With a simultaneous demand for the debt, the foreclosure pays separately as a non-property "
        "demand (p. 10 of Resolution No. 9: “for each demand separately”); enter the debt as a "
        "separate property demand."
    ),
    "deferred": t(
        "A citizen's consumer-protection claim: the court defers the duty until the decision and "
        "recovers it from the losing party (CPC art. 106 part 3). Nothing is paid on filing."
    ),
}

P3, P5, P10 = (f"kz-resolution-9#p-{n}" for n in (3, 5, 10))
# The warnings ``state_duty.py`` shows where it applies a reading, by code (a basis that depends on the date lists each
# code's article; the rule picks the one of its date); tests/test_interpretations.py checks the cases emit each one.
READING = readings(
    Interpretation("interpretation:cap_on_total", NOTE["cap_on_total"], (P5, P3)),
    Interpretation("interpretation:shares", NOTE["shares"], (P5,)),
    Interpretation("interpretation:individual_rate", NOTE["individual_rate"], (P5,)),
    Interpretation("interpretation:pledge_separate", NOTE["pledge_separate"], (P10,)),
    Interpretation("interpretation:court_order_cap", NOTE["court_order_cap"], (P5,)),
    Interpretation(
        "interpretation:cassation_base", NOTE["cassation_base"], ("kz-tax-code-2017#610-2", "kz-tax-code-2026#665-3")
    ),
    Interpretation("interpretation:cassation_rate_claim", NOTE["cassation_rate_claim"], ("kz-tax-code-2017#610-2",)),
    Interpretation(
        "interpretation:appeal", NOTE["appeal"], ("kz-cpc#404", "kz-tax-code-2017#609-1", "kz-tax-code-2026#664-1-1")
    ),
    Interpretation(
        "interpretation:rounded_parts", NOTE["rounded_parts"], ("kz-tax-code-2017#610-1", "kz-tax-code-2026#204")
    ),
)

UNSUPPORTED: dict[str, Text] = {
    "court_order_non_property": t("a court order on a non-property demand"),
}
