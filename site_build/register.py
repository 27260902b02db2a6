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


# The date since which every value of a parameter file was checked against its source (``last_checked``), and
# the note a value checked more than a year ago carries on why it still holds.
CHECKED = {
    "ru": ("Файл значений", "все значения сверены с источником не раньше", "почему значение остаётся в силе"),
    "kk": ("Мәндер файлы", "барлық мәндер дереккөзбен салыстырылды, ең ерте күні", "мән неге күшінде қалады"),
    "ky": ("Маанилер файлы", "бардык маанилер булак менен салыштырылды, эң эрте күнү", "маани эмне үчүн күчүндө калат"),
    "en": ("Values file", "every value checked against its source on or after", "why the value still holds"),
}


def files_table(lang: str) -> str:
    """One row per parameter file: the date since which all its values were checked."""
    file_word, since_word, _ = CHECKED[lang]
    found: dict[str, str] = {}
    for param in parameters().values():
        if param.last_checked is not None:
            found[param.file] = param.last_checked.strftime("%d.%m.%Y")
    rows = "".join(f"<tr><td><code>{escape(f)}</code></td><td>{escape(d)}</td></tr>" for f, d in sorted(found.items()))
    return (
        f'<table class="cc-checked"><thead><tr><th>{file_word}</th><th>{since_word}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


# The register is grouped by country, from the first part of each parameter id.
COUNTRIES = {
    "kz": {"ru": "Казахстан", "kk": "Қазақстан", "ky": "Казакстан", "en": "Kazakhstan"},
    "kg": {"ru": "Кыргызстан", "kk": "Қырғызстан", "ky": "Кыргызстан", "en": "Kyrgyzstan"},
}


def render(lang: str) -> str:
    since, value_word, status, checked, source, verified, unverified, none, until = WORDS[lang]
    file_word, since_word, holds_word = CHECKED[lang]
    blocks = [files_table(lang)]
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
            + (f"<br><small>{holds_word}: {escape(v.still_holds[lang])}</small>" if v.still_holds else "")
            + f"</td><td>{escape(v.checked.strftime('%d.%m.%Y'))}</td>"
            f'<td><a href="{escape(v.reference["href"])}" rel="noopener">{escape(v.reference["title"])}</a></td></tr>'
            for v in param.values
        )
        limit = f" ({until} {param.until.strftime('%d.%m.%Y')})" if param.until else ""
        if param.last_checked is not None:
            limit += (
                f' <span class="cc-file" data-last-checked="{param.last_checked.isoformat()}">· {file_word} '
                f"<code>{escape(param.file)}</code>: {since_word} {param.last_checked.strftime('%d.%m.%Y')}</span>"
            )
        blocks.append(
            f'<h3 id="{escape(param.id)}">{escape(param.label[lang])}</h3><p><code>{escape(param.id)}</code>{limit}</p>'
            f"<table><thead><tr><th>{since}</th><th>{value_word}</th><th>{status}</th><th>{checked}</th><th>{source}</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    return "".join(blocks)
