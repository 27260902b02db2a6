# Жеке тұлғаның 2026 жылғы 10 наурызда берген талап қоюы бойынша мемлекеттік баж:
# 2 500 000 теңгелік мүліктік талаптар және бір мүліктік емес талап.
# Сомаларды немесе күнді өзгертіп, «Орындау» батырмасын басыңыз (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # немесе "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("Төленетін сома:", result["total"], result["currency"])
