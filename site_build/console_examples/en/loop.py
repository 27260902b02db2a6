# One claim amount after another: the duty for an individual and for a company,
# printed as a small table.
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
print(f"{'Claim, tenge':>14} {'Individual':>12} {'Company':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
    print(f"{amount:>14,} {duty['individual']:>12} {duty['legal_entity']:>12}")
