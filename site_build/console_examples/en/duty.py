# State duty on a claim filed by an individual on 10 March 2026:
# 2 500 000 tenge of property demands and one non-property demand.
# Change the figures or the date and press Run (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # or "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("To pay:", result["total"], result["currency"])
