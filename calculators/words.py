"""The calculators' words, named by msgid and read from the compiled gettext catalogues in ``locale/``.

The msgid is the English text itself, so English needs no catalogue. Russian, Kazakh and Kyrgyz come from
``locale/<lang>/LC_MESSAGES/calculators.mo``, read once at import with the standard library's ``gettext``
(so the browser's memory snapshot holds them and nothing is read from disk afterwards). Where one English
word stands for two different terms (``Individual``: a natural person, or a citizen), ``pt`` adds gettext's
context. Translators edit the ``.po`` files; README, "Translations", gives the extract, update and compile
commands. As gettext does, a word missing from a catalogue (or a catalogue not compiled yet) reads as its
English msgid, so ``python -m calculators.compile`` can always import the package; ``tests/test_catalogues.py``
fails on any such word, and on a ``.mo`` older than its ``.po``, before it ships.
"""

from __future__ import annotations

import gettext
import io
from importlib import resources

from calculators.i18n import LANGS, Text

DOMAIN = "calculators"
SOURCE_LANG = "en"


def _load(lang: str) -> gettext.NullTranslations:
    mo = resources.files("calculators") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not mo.is_file():
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))


CATALOGUES: dict[str, gettext.NullTranslations] = {lang: _load(lang) for lang in LANGS if lang != SOURCE_LANG}


def _filled(words: Text, values: dict[str, str]) -> Text:
    """Put ``{name}`` values in after the lookup, so the msgid keeps the placeholder (as translators see it)."""
    if not values:
        return words
    return {lang: word.format(**values) for lang, word in words.items()}


def t(msgid: str, **values: str) -> Text:
    """The msgid (English) in every language of the site; ``values`` fill its ``{name}`` placeholders."""
    words = {lang: msgid if lang == SOURCE_LANG else CATALOGUES[lang].gettext(msgid) for lang in LANGS}
    return _filled(words, values)


def pt(context: str, msgid: str, **values: str) -> Text:
    """Like ``t``, for an English msgid that means different things in different places (gettext's msgctxt)."""
    words = {lang: msgid if lang == SOURCE_LANG else CATALOGUES[lang].pgettext(context, msgid) for lang in LANGS}
    return _filled(words, values)
