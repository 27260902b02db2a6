"""The register of legal values (``/parameters/``): every dated value the calculators use, with its source."""

from __future__ import annotations

from html import escape

from calculators.parameters import parameters

WORDS = {
    "ru": ("с", "значение", "статус", "проверено", "источник", "сверено с текстом", "не сверено", "нет", "по"),
    "kk": (
        "бастап",
        "мәні",
        "мәртебесі",
        "тексерілді",
        "дереккөз",
        "мәтінмен салыстырылған",
        "салыстырылмаған",
        "жоқ",
        "дейін",
    ),
    "ky": (
        "баштап",
        "мааниси",
        "абалы",
        "текшерилди",
        "булак",
        "текст менен салыштырылган",
        "салыштырылган эмес",
        "жок",
        "чейин",
    ),
    "en": ("from", "value", "status", "checked", "source", "checked against the text", "not verified", "none", "until"),
}


def _value(value: object, none: str) -> str:
    if value is None:
        return none
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    if isinstance(value, list):
        # A record (a holiday: carry-over, day, name) reads as its values.
        return (
            ", ".join(
                " ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in item.values())
                if isinstance(item, dict)
                else str(item)
                for item in value
            )
            or none
        )
    return str(value)


def _cell(value: object) -> str:
    """A single figure stays on one line; a list of days or a table of rates wraps."""
    return "cc-many" if isinstance(value, (list, dict)) else "cc-num"


# The register is grouped by country, from the first part of each parameter id.
COUNTRIES = {
    "kz": {"ru": "Казахстан", "kk": "Қазақстан", "ky": "Казакстан", "en": "Kazakhstan"},
    "kg": {"ru": "Кыргызстан", "kk": "Қырғызстан", "ky": "Кыргызстан", "en": "Kyrgyzstan"},
}


def render(lang: str) -> str:
    since, value_word, status, checked, source, verified, unverified, none, until = WORDS[lang]
    blocks = []
    country = ""
    for param in sorted(parameters().values(), key=lambda p: list(COUNTRIES).index(p.id.split(".", 1)[0])):
        prefix = param.id.split(".", 1)[0]
        if prefix != country:
            country = prefix
            blocks.append(f'<h2 id="country-{country}">{escape(COUNTRIES[country][lang])}</h2>')
        rows = "".join(
            f"<tr><td>{escape(v.start.strftime('%d.%m.%Y'))}</td>"
            f'<td class="{_cell(v.value)}">{escape(_value(v.value, none))}</td>'
            f'<td class="cc-{v.status}">{verified if v.verified else unverified}'
            + (f"<br><small>{escape(v.note[lang])}</small>" if v.note else "")
            + f"</td><td>{escape(v.checked.strftime('%d.%m.%Y'))}</td>"
            f'<td><a href="{escape(v.reference["href"])}" rel="noopener">{escape(v.reference["title"])}</a></td></tr>'
            for v in param.values
        )
        limit = f" ({until} {param.until.strftime('%d.%m.%Y')})" if param.until else ""
        blocks.append(
            f'<h3 id="{escape(param.id)}">{escape(param.label[lang])}</h3><p><code>{escape(param.id)}</code>{limit}</p>'
            f"<table><thead><tr><th>{since}</th><th>{value_word}</th><th>{status}</th><th>{checked}</th><th>{source}</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    return "".join(blocks)
