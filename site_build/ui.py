"""Words of the calculator widget, by msgid: form controls, runtime states, the printed certificate.

The words of a result itself (headings, statuses) are the renderer's: ``calculators.result_words``. ``UI[lang][name]``
gives a word in one language (the templates, the runtime's data attributes and the tests read it so).
"""

from __future__ import annotations

from site_build.words import by_lang, t

WORDS = {
    "calculate": t("Calculate"),
    # Translators: adds one more row (a claim, a party) to a repeated part of the form.
    "add": t("Add"),
    "remove": t("Remove"),
    # Translators: the heading of the column that numbers the rows of a form ("№" in ru/kk/ky).
    "item": t("No."),
    "example": t("An example computed when the site was built. Change the inputs and it recomputes in your browser."),
    "loading": t("Loading Python in the browser…"),
    "ready": t("Ready: the computation runs on your device; nothing you type is sent anywhere."),
    "pending": t("Computing…"),
    # A fault of the runtime (docs/assets/court-calc-faults.js): what failed, then what the page still shows.
    "fault_load": t("The in-browser computation could not start: a file it needs did not load or is damaged."),
    "fault_crash": t("The in-browser computation stopped: the program failed or ran out of memory."),
    # Translators: {seconds} is a number of seconds, filled in by the browser.
    "fault_timeout": t("The computation gave no answer within {seconds} s and was stopped."),
    # Translators: “Retry” is the button of the same name (keep it the same as that word).
    "fault_keep": t(
        "Below is the example computed when the site was built, not your result; what you typed is kept. Press “Retry”."
    ),
    "fault_detail": t("Details"),
    "retry": t("Retry"),
    "example_mark": t("Example computed when the site was built — not your result"),
    "invalid": t("Correct the marked fields."),
    "link_invalid": t(
        "The link's input (?input=) could not be read: "
        "it is not a JSON object with the calculator's fields. Fill in the form."
    ),
    # Translators: the placeholder of a date field: the order of day, month and year as people type them.
    "date_hint": t("DD.MM.YYYY"),
    "share": t("Link to this computation"),
    "copied": t("Link copied"),
    "print": t("Print the computation"),
    # Translators: the heading of the printed computation (a certificate of how the amount was reached).
    "certificate": t("Computation"),
    "not_found": t("There is no such page on this site."),
    # Translators: the link to the home page of the site in this catalogue's own language.
    "home": t("The home page in English"),
    "inputs": t("Inputs"),
    # Translators: followed by a date: the edition of the law (in force on that day) the computation applied.
    "law_as_of": t("Law as of"),
    "address": t("Address of this computation"),
    # Translators: the disclaimer printed under every computation; "legal advice" is a lawyer's advice.
    "advice": t(
        "This is not legal advice: the computation helps you check an amount;"
        " it does not replace a lawyer's advice or a court's decision."
    ),
}
UI: dict[str, dict[str, str]] = by_lang(WORDS)

# The names of the colour scheme switch in the header (theme.palette in mkdocs.yml, in English there), shown as its
# tooltip and read out by screen readers; overrides/partials/palette.html writes them in the page's language.
PALETTE = [
    # Translators: the header's button that turns the site's colours dark (its tooltip).
    t("Switch to the dark colour scheme"),
    # Translators: the header's button that turns the site's colours light again (its tooltip).
    t("Switch to the light colour scheme"),
]


def chrome_word(english: str, lang: str) -> str:
    """A name of the site's chrome given in English in mkdocs.yml (``PALETTE``), in ``lang``; unknown: as given."""
    for word in PALETTE:
        if word["en"] == english:
            return word[lang]
    return english
