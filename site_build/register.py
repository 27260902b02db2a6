"""The register of legal values (``/parameters/``): every dated value the calculators use, with its source."""

from __future__ import annotations

from typing import Any

from calculators.parameters import Parameter, parameters
from calculators.render import shown_value
from site_build.templating import macro
from site_build.words import by_lang, pt, t

WORDS = by_lang(
    {
        # Translators: "from <date>": the day a value takes effect.
        "from": pt("register: a value applies from a date", "from"),
        "value": t("value"),
        "status": t("status"),
        # Translators: the date a value was last checked against its source.
        "checked": t("checked"),
        "source": t("source"),
        # Translators: a legal value was checked against the text of its source (status "verified").
        "verified": t("checked against the text"),
        "unverified": t("not verified"),
        # Translators: an empty value (no figure applies).
        "none": t("none"),
        # Translators: "until <date>": the last day a parameter covers.
        "until": pt("register: a parameter covers up to a date", "until"),
        # The date since which every value of a parameter file was checked against its source (``last_checked``),
        # and the note a value checked more than a year ago carries on why it still holds.
        "file": t("Values file"),
        "since": t("every value checked against its source on or after"),
        "holds": t("why the value still holds"),
    }
)


def _cell(value: object) -> str:
    """A single figure stays on one line; a list of days or a table of rates wraps."""
    return "cc-many" if isinstance(value, (list, dict)) else "cc-num"


def _files(lang: str) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for param in parameters().values():
        if param.last_checked is not None:
            found[param.file] = param.last_checked.strftime("%d.%m.%Y")
    return sorted(found.items())


def files_table(lang: str) -> str:
    """One row per parameter file: the date since which all its values were checked."""
    return str(macro("register.html", "files_table")(WORDS[lang], _files(lang)))


# The register is grouped by country, from the first part of each parameter id.
COUNTRIES = {"kz": t("Kazakhstan"), "kg": t("Kyrgyzstan")}


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
                "value": shown_value(v.value, none),
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
    words = WORDS[lang]
    countries: list[dict[str, Any]] = []
    for param in sorted(parameters().values(), key=lambda p: list(COUNTRIES).index(p.id.split(".", 1)[0])):
        prefix = param.id.split(".", 1)[0]
        if not countries or countries[-1]["id"] != prefix:
            countries.append({"id": prefix, "name": COUNTRIES[prefix][lang], "parameters": []})
        countries[-1]["parameters"].append(_parameter(param, lang, words["none"]))
    return str(macro("register.html", "register")(words, _files(lang), countries))
