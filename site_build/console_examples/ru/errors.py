# Суммы можно писать так, как их обычно набирают. То, что калькулятор прочитать
# не может, возвращается как InputError с сообщением на языке этой страницы.
for amount in ["1 000 000", "1 000 000,50", "миллион", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# Ошибка, которую никто не перехватил, останавливает выполнение;
# её сообщение — последняя строка вывода.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
