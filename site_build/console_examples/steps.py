{# The console's examples are Jinja templates of Python programs, one for every language (site_build/pyconsole.py). #}
{# Translators: a comment in an example program; its lines break where yours do. "total", "steps", "warnings" and "citations" are the keys of the result (keep them as they are). #}
{{ t('A result is a dict: "total", "steps" (each with its formula and legal basis),
"warnings" and "citations" (the basis ids spelled out).')|comment }}
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["{{ lang }}"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
{# Translators: printed before the legal basis of a step of the result (a paragraph or an article). #}
        print("    {{ t("basis:") }}", cited["short"]["{{ lang }}"] + ",", cited["label"]["{{ lang }}"])

{# Translators: a comment in an example program; its lines break where yours do. #}
{{ t("The result also carries the next calculator's input for the same case:
here, the refund of the duty after a settlement in the first instance.")|comment }}
{# Translators: printed before the amount refunded and its currency, e.g. "Refund: 17163 KZT". #}
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("{{ t("Refund:") }}", refund["total"], refund["currency"])
