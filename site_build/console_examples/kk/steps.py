# Нәтиже — сөздік (dict): «total», «steps» (әр қадамның формуласы мен құқықтық
# негізі бар), «warnings» және «citations» (негіздердің толық атауы).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["kk"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    негіз:", cited["short"]["kk"] + ",", cited["label"]["kk"])

# Нәтижеде осы іс бойынша келесі калькулятордың кіріс деректері де бар:
# мұнда — бірінші сатыда татуласу келісімінен кейін бажды қайтару.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Қайтарылатын сома:", refund["total"], refund["currency"])
