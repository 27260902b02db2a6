"""The register of legal values (``/parameters/``): every dated value the calculators use, with its source."""

from __future__ import annotations

from typing import Any

from calculators.parameters import Parameter, parameters
from site_build.templating import macro

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


def _files(lang: str) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for param in parameters().values():
        if param.last_checked is not None:
            found[param.file] = param.last_checked.strftime("%d.%m.%Y")
    return sorted(found.items())


def _words(lang: str) -> dict[str, str]:
    keys = ("from", "value", "status", "checked", "source", "verified", "unverified", "none", "until")
    file_word, since_word, holds_word = CHECKED[lang]
    return dict(zip(keys, WORDS[lang], strict=True)) | {"file": file_word, "since": since_word, "holds": holds_word}


def files_table(lang: str) -> str:
    """One row per parameter file: the date since which all its values were checked."""
    return str(macro("register.html", "files_table")(_words(lang), _files(lang)))


# The register is grouped by country, from the first part of each parameter id.
COUNTRIES = {
    "kz": {"ru": "Казахстан", "kk": "Қазақстан", "ky": "Казакстан", "en": "Kazakhstan"},
    "kg": {"ru": "Кыргызстан", "kk": "Қырғызстан", "ky": "Кыргызстан", "en": "Kyrgyzstan"},
}


def _parameter(param: Parameter, lang: str, none: str) -> dict[str, Any]:
    checked = param.last_checked
    return {
        "id": param.id,
        "label": param.label[lang],
        "until": param.until.strftime("%d.%m.%Y") if param.until else "",
        "file": param.file,
        "last_checked": checked.strftime("%d.%m.%Y") if checked else "",
        "last_checked_iso": checked.isoformat() if checked else "",
        "rows": [
            {
                "start": v.start.strftime("%d.%m.%Y"),
                "value": _value(v.value, none),
                "cell": _cell(v.value),
                "status": v.status,
                "verified": v.verified,
                "note": v.note[lang] if v.note else "",
                "still_holds": v.still_holds[lang] if v.still_holds else "",
                "checked": v.checked.strftime("%d.%m.%Y"),
                "href": v.reference["href"],
                "title": v.reference["title"],
            }
            for v in param.values
        ],
    }


def render(lang: str) -> str:
    words = _words(lang)
    countries: list[dict[str, Any]] = []
    for param in sorted(parameters().values(), key=lambda p: list(COUNTRIES).index(p.id.split(".", 1)[0])):
        prefix = param.id.split(".", 1)[0]
        if not countries or countries[-1]["id"] != prefix:
            countries.append({"id": prefix, "name": COUNTRIES[prefix][lang], "parameters": []})
        countries[-1]["parameters"].append(_parameter(param, lang, words["none"]))
    return str(macro("register.html", "register")(words, _files(lang), countries))
