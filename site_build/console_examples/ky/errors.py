# Суммаларды адатта кандай терсеңиз, ошондой жазсаңыз болот. Калькулятор окуй
# албаган маани InputError катары ушул барактын тилиндеги билдирүү менен кайтат.
for amount in ["1 000 000", "1 000 000,50", "миллион", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# Эч ким кармабаган ката аткарууну токтотот;
# анын билдирүүсү натыйжанын акыркы сабында чыгат.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
