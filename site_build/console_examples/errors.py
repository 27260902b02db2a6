{# The console's examples are Jinja templates of Python programs, one for every language (site_build/pyconsole.py). #}
{# Translators: a comment in an example program; its lines break where yours do. #}
{{ t("Amounts may be written the way people type them. What a calculator cannot read
comes back as InputError, with the message in this page's language.")|comment }}
{# Translators: one million and fifty tiyn, written the way people type an amount in your language; its second character (the thousands separator) also groups the amounts of the example with a table. #}
for amount in ["1 000 000", "{{ t("1,000,000.50") }}", "{{ t("one million") }}", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

{# Translators: a comment in an example program; its lines break where yours do. #}
{{ t("An error nobody catches stops the run; its message is the last line below.")|comment }}
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
