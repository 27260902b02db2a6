# Доонун суммалары биринин артынан бири: жеке адам жана юридикалык жак үчүн алым
# кичинекей таблица түрүндө чыгат.
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
print(f"{'Доо, теңге':>14} {'Жеке адам':>12} {'Юр. жак':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
    shown = f"{amount:>14,}".replace(",", " ")
    print(f"{shown} {duty['individual']:>12} {duty['legal_entity']:>12}")
