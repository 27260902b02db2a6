{# The console's examples are Jinja templates of Python programs, one for every language (site_build/pyconsole.py). #}
{# Translators: a comment in an example program; its lines break where yours do. #}
{{ t("One claim amount after another: the duty for an individual and for a company,
printed as a small table.")|comment }}
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
{# Translators: the headings of the console example's table, over columns 14, 12 and 12 characters wide. #}
{% set claim = pt("console table", "Claim, tenge") %}
{% set individual = pt("console table", "Individual") %}
{% set company = pt("console table", "Company") %}
{# The thousands separator of the language: the second character of its 1,000,000.50 (errors.py). #}
{% set separator = t("1,000,000.50")[1] %}
print(f"{'{{ claim }}':>14} {'{{ individual }}':>12} {'{{ company }}':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
{% if separator == "," %}
    print(f"{amount:>14,} {duty['individual']:>12} {duty['legal_entity']:>12}")
{% else %}
    shown = f"{amount:>14,}".replace(",", "{{ separator }}")
    print(f"{shown} {duty['individual']:>12} {duty['legal_entity']:>12}")
{% endif %}
