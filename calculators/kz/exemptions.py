"""Who is exempt from the state duty in courts: Tax Code 2017 art. 616 and Tax Code 2026 art. 668.

The catalogue (``calculators/catalogues/kz-exemptions.yaml``) names each category once, with its sub-point in
each code; the code in force on the payment date decides which sub-point is cited, and a category that code does
not have is refused for that date rather than applied.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from calculators.errors import CalcError
from calculators.i18n import LANGS, Text
from calculators.parameters import data
from calculators.schema import Choice
from calculators.words import t

NONE = Choice("none", t("None"))
CONSUMER_DEFERRAL = Choice(
    "consumer_deferral",
    t("A citizen's consumer-protection claim (deferred until the decision)"),
)
NOT_IN_CODE = t("this exemption is not in the Tax Code in force on the payment date")
UNVERIFIED = t("The exemption “{label}” is not verified against the code: {note}")


def catalogue() -> list[dict[str, Any]]:
    found: dict[str, Any] = data().get("catalogues", {}).get("kz.exemptions", {"items": []})
    items: list[dict[str, Any]] = found["items"]
    return items


def choices(with_deferral: bool = True) -> tuple[Choice, ...]:
    found = tuple(Choice(item["id"], item["label"]) for item in catalogue())
    return (NONE, *found, *((CONSUMER_DEFERRAL,) if with_deferral else ()))


def get(exemption_id: str) -> dict[str, Any]:
    return next(item for item in catalogue() if item["id"] == exemption_id)


def basis(item: dict[str, Any], day: date, code: dict[str, Any], appealing: bool = False) -> list[str]:
    """The sub-point of ``code``, the Tax Code in force on ``day`` (``kz.tax_code``); a category absent from that
    code is an input error.

    ``appealing``: the filing challenges a judicial act, so the article's closing part (exempt "also when
    appealing") is cited too.
    """
    source, key = code["source"], code["catalogue"]
    anchor = item.get(key)
    since = item.get(f"{key}_from")
    if not anchor or (since and day < date.fromisoformat(since)):
        raise CalcError("unsupported", "exemption", t("Exemption"), what=NOT_IN_CODE)
    cited = [f"{source}#{anchor}"]
    if appealing:
        note = data()["catalogues"]["kz.exemptions"]["appeals_note"]
        cited.append(f"{source}#{note[key]}")
    return cited


def unverified_note(item: dict[str, Any]) -> Text:
    note = item.get("note") or ""
    return {lang: UNVERIFIED[lang].format(label=item["label"][lang], note=note) for lang in LANGS}
