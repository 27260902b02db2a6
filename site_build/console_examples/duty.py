{# The console's examples are Jinja templates of Python programs, one for every language (site_build/pyconsole.py). #}
{# Translators: a comment in an example program; its lines break where yours do. "Run" is the console's button of that name (keep its word). #}
{{ t("State duty on a claim filed by an individual on 10 March 2026:
2 500 000 tenge of property demands and one non-property demand.
Change the figures or the date and press Run (Ctrl+Enter).")|comment }}
result = kz_state_duty(
    date="2026-03-10",
{# Translators: a comment after the payer "individual", before the codes of the other payers. #}
    payer="individual",  # {{ t("or") }} "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
{# Translators: printed before the total and its currency, e.g. "To pay: 27163 KZT". #}
print("{{ t("To pay:") }}", result["total"], result["currency"])
