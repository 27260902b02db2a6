"""Error messages by machine code, in the four languages of the site.

Placeholders: ``{field}`` is the label of the field in the same language; others come from the error.
"""

from __future__ import annotations

from calculators.i18n import Text
from calculators.words import t

MESSAGES: dict[str, Text] = {
    "invalid_json": t("The input is not valid JSON: {detail}."),
    "not_an_object": t("The input must be a JSON object with the calculator's fields."),
    "unknown_calculator": t("There is no calculator “{name}”."),
    "unknown_field": t("Unknown field “{name}”."),
    "required": t("Fill in “{field}”."),
    "invalid_number": t("“{field}”: enter an amount in figures, for example 1,000,000.50."),
    "negative_amount": t("“{field}”: the amount cannot be negative."),
    "too_many_decimals": t("“{field}”: at most two decimal places."),
    "amount_too_large": t("“{field}”: the amount is too large (over {max})."),
    "invalid_integer": t("“{field}”: enter a whole number from {min} to {max}."),
    "invalid_date": t("“{field}”: enter a real date as YYYY-MM-DD or DD.MM.YYYY."),
    "date_before_coverage": t("“{field}”: the calculator covers dates from {start}; {date} is earlier."),
    "date_after_coverage": t("“{field}”: the legal values are known to us up to {end}; {date} cannot be computed."),
    "invalid_choice": t("“{field}”: choose one of: {choices}."),
    "empty_list": t("“{field}”: add at least one item."),
    "too_many_items": t("“{field}”: at most {max} items."),
    "invalid_share": t("“{field}”: a share is a number above 0 and at most 1, for example 0.5."),
    "shares_not_one": t("“{field}”: the plaintiffs' shares must add up to 1."),
    "amount_zero": t("“{field}”: the amount must be above zero."),
    "date_order": t("“{field}”: the date must be earlier than “{other}”."),
    "unsupported": t("The calculator does not handle this case yet: {what}."),
    "input_too_large": t("The input is too large (over {max} KB); no calculator has that many fields."),
    "input_too_deep": t("The input is nested too deeply (over {max} levels); the calculator has no such fields."),
    "text_too_long": t("“{field}”: the value is too long (over {max} characters)."),
    "date_out_of_range": t("“{field}”: the date must be between {start} and {end}."),
    "term_after_coverage": t(
        "“{field}”: the term ends on {date}, and the holidays and moved days are known to us up to {end}."
    ),
    "more_than_other": t("“{field}”: cannot be more than “{other}” ({max})."),
    "implausible_birth_date": t("“{field}”: this makes the age on “{other}” over {max} years; check the year."),
    "internal": t(
        "An internal error of the calculator with this input ({detail}). What you typed is kept; please tell us."
    ),
}
