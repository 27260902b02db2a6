"""The calculators' words, named by msgid; the translations come from the catalogues in ``locale/``.

The msgid is the English text itself, so English needs no catalogue. Russian, Kazakh and Kyrgyz are written
in ``locale/<lang>/LC_MESSAGES/calculators.po``; ``calculators.compile`` puts their translated entries into
``data.json`` as plain strings (so the browser needs no ``gettext``, and the memory snapshot holds the words
already looked up). Where one English word stands for two different terms (``Individual``: a natural person,
or a citizen), ``pt`` adds gettext's context. Translators edit the ``.po`` files; README, "Translations", gives
the extract and update commands. As gettext does, a word missing from a catalogue reads as its English msgid;
``tests/test_catalogues.py`` fails on any such word before it ships.
"""

from __future__ import annotations

from calculators import datafile
from calculators.i18n import LANGS, Text

DOMAIN = "calculators"
SOURCE_LANG = "en"
CONTEXT = "\x04"  # a key with a context is ``context\x04msgid`` (calculators.compile writes it so)

WORDS: dict[str, dict[str, str]] = datafile.load()["words"]


def _filled(words: Text, values: dict[str, str]) -> Text:
    """Put ``{name}`` values in after the lookup, so the msgid keeps the placeholder (as translators see it)."""
    if not values:
        return words
    return {lang: word.format(**values) for lang, word in words.items()}


def _looked_up(key: str, msgid: str) -> Text:
    return {lang: msgid if lang == SOURCE_LANG else WORDS.get(lang, {}).get(key, msgid) for lang in LANGS}


def t(msgid: str, **values: str) -> Text:
    """The msgid (English) in every language of the site; ``values`` fill its ``{name}`` placeholders."""
    return _filled(_looked_up(msgid, msgid), values)


def pt(context: str, msgid: str, **values: str) -> Text:
    """Like ``t``, for an English msgid that means different things in different places (gettext's msgctxt)."""
    return _filled(_looked_up(f"{context}{CONTEXT}{msgid}", msgid), values)
