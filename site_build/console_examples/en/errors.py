# Amounts may be written the way people type them. What a calculator cannot read
# comes back as InputError, with the message in this page's language.
for amount in ["1 000 000", "1,000,000.50", "one million", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# An error nobody catches stops the run; its message is the last line below.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
