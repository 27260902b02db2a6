# Сомаларды әдетте қалай терсеңіз, солай жазуға болады. Калькулятор оқи алмаған
# мән InputError ретінде осы беттің тіліндегі хабарламамен қайтарылады.
for amount in ["1 000 000", "1 000 000,50", "миллион", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# Ешкім ұстамаған қате орындауды тоқтатады;
# оның хабарламасы нәтиженің соңғы жолында шығады.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
