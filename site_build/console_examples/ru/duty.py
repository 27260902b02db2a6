# Госпошлина по иску физического лица, поданному 10 марта 2026 года:
# имущественные требования на 2 500 000 тенге и одно неимущественное.
# Измените суммы или дату и нажмите «Выполнить» (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # или "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("К уплате:", result["total"], result["currency"])
