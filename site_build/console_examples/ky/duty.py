# Жеке адамдын 2026-жылдын 10-мартында берген доосу боюнча мамлекеттик алым:
# 2 500 000 теңгелик мүлктүк талаптар жана бир мүлктүк эмес талап.
# Суммаларды же датаны өзгөртүп, «Аткаруу» баскычын басыңыз (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # же "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("Төлөнө турган сумма:", result["total"], result["currency"])
