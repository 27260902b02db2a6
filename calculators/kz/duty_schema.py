"""The input of the state duty calculator: its fields, the demand types valued by months, and the example."""

from __future__ import annotations

from typing import Any

from calculators.i18n import Text
from calculators.kz import exemptions
from calculators.kz.duty_labels import (
    ACTS,
    AMOUNT,
    CLAIM_TYPE,
    CLAIM_TYPES,
    CLAIMS,
    DATE,
    DEBT,
    DEBTOR,
    DEBTORS,
    DOCUMENTS,
    EXEMPTION,
    MONTHLY,
    MONTHS,
    NEW_AMOUNT,
    ORIGINAL_AMOUNT,
    ORIGINAL_PLAINTIFF,
    PAGES,
    PAYER,
    PAYERS,
    PLAINTIFFS,
    PLEDGE_BASES,
    PLEDGE_BASIS,
    PLEDGE_VALUE,
    PROCEEDING,
    PROCEEDINGS,
    SHARE,
)
from calculators.schema import Choice, Field

WITH_CLAIMS = ("claim", "court_order", "cassation", "arbitral_award_annulment")
AMOUNT_TYPES = ("property", "defamation_moral_harm", "tax_audit_notice", "divorce_with_division")
# Claims for payments, valued by CPC art. 104 p. 1 sub-p. 5–9: the parameter that limits the months counted.
PERIODIC = {
    "alimony": "kz.claim_value.alimony_months",
    "periodic_payments": "kz.claim_value.fixed_term_max_months",
    "indefinite_payments": "kz.claim_value.indefinite_max_months",
    "payment_change": "kz.claim_value.change_max_months",
    "payment_termination": "kz.claim_value.termination_max_months",
}


def _choices(table: dict[str, Text]) -> tuple[Choice, ...]:
    return tuple(Choice(k, v) for k, v in table.items())


CLAIM_FIELDS = (
    Field("type", "choice", CLAIM_TYPE, choices=_choices(CLAIM_TYPES)),
    Field("amount", "money", AMOUNT, when={"type": AMOUNT_TYPES}, positive=True),
    Field("monthly_payment", "money", MONTHLY, when={"type": ("lease_termination", *PERIODIC)}),
    Field(
        "remaining_months",
        "integer",
        MONTHS,
        when={"type": ("lease_termination", "periodic_payments", "payment_change", "payment_termination")},
        minimum=1,
        maximum=1200,
    ),
    Field("acts", "integer", ACTS, default=1, when={"type": ("release_from_arrest",)}, minimum=1, maximum=100),
    Field(
        "pledge_basis", "choice", PLEDGE_BASIS, when={"type": ("pledge_foreclosure",)}, choices=_choices(PLEDGE_BASES)
    ),
    Field("debt", "money", DEBT, when={"type": ("pledge_foreclosure",), "pledge_basis": ("no_judgment",)}),
    Field(
        "pledge_value", "money", PLEDGE_VALUE, when={"type": ("pledge_foreclosure",), "pledge_basis": ("no_judgment",)}
    ),
    Field("original_amount", "money", ORIGINAL_AMOUNT, when={"type": ("claim_increase",)}),
    Field("new_amount", "money", NEW_AMOUNT, when={"type": ("claim_increase",)}),
    Field("exemption", "choice", EXEMPTION, default="none", choices=exemptions.choices()),
)

SCHEMA = (
    Field("date", "date", DATE),
    Field("payer", "choice", PAYER, default="individual", choices=_choices(PAYERS)),
    Field("proceeding", "choice", PROCEEDING, default="claim", choices=_choices(PROCEEDINGS)),
    Field(
        "original_plaintiff",
        "choice",
        ORIGINAL_PLAINTIFF,
        default="individual",
        when={"proceeding": ("cassation",)},
        choices=_choices({k: PAYERS[k] for k in ("individual", "legal_entity")}),
    ),
    Field(
        "debtor",
        "choice",
        DEBTOR,
        default="legal_entity",
        when={"proceeding": ("bankruptcy",)},
        choices=_choices(DEBTORS),
    ),
    Field("documents", "integer", DOCUMENTS, default=1, when={"proceeding": ("copies",)}, minimum=1, maximum=1000),
    Field("pages", "integer", PAGES, default=1, when={"proceeding": ("copies",)}, minimum=0, maximum=100000),
    Field("exemption", "choice", EXEMPTION, default="none", choices=exemptions.choices(with_deferral=True)),
    Field(
        "plaintiffs",
        "list",
        PLAINTIFFS,
        required=False,
        when={"proceeding": ("claim",)},
        maximum=20,
        fields=(
            Field("payer", "choice", PAYER, default="individual", choices=_choices(PAYERS)),
            Field("share", "money", SHARE),
        ),
    ),
    Field("claims", "list", CLAIMS, minimum=1, maximum=50, when={"proceeding": WITH_CLAIMS}, fields=CLAIM_FIELDS),
)

EXAMPLE: dict[str, Any] = {
    "date": "2026-03-10",
    "payer": "individual",
    "proceeding": "claim",
    "claims": [{"type": "property", "amount": "1500000"}, {"type": "non_property"}],
}
