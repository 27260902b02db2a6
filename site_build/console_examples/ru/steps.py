# Результат — это словарь: «total», «steps» (у каждого шага формула и правовое
# основание), «warnings» и «citations» (расшифровка оснований).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["ru"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    основание:", cited["short"]["ru"] + ",", cited["label"]["ru"])

# В результате есть и входные данные следующего калькулятора по тому же делу:
# здесь — возврат пошлины после мирового соглашения в первой инстанции.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Возврат:", refund["total"], refund["currency"])
