# Натыйжа — сөздүк (dict): «total», «steps» (ар бир кадамдын формуласы жана
# укуктук негизи бар), «warnings» жана «citations» (негиздердин толук аталышы).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["ky"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    негиз:", cited["short"]["ky"] + ",", cited["label"]["ky"])

# Натыйжада ошол эле иш боюнча кийинки калькулятордун кирүүчү маалыматтары да бар:
# бул жерде — биринчи инстанцияда элдешүү келишиминен кийин алымды кайтаруу.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Кайтарылат:", refund["total"], refund["currency"])
