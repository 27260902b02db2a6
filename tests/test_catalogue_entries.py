"""Both word domains, ``calculators`` and ``site``, held to the same rules.

The code names its words by msgid (``t("…")``, ``pt("context", "…")``); these tests extract the msgids the way
``scripts/translations`` does and hold the template and each language's catalogue against them. A word added to the
code without its Russian, Kazakh and Kyrgyz, an empty or fuzzy entry (a guess left by ``pybabel update``), an entry
no code uses, a template not extracted again, a ``Translators:`` note that did not reach the translators, or a
translation that lost a ``{placeholder}`` fails here rather than showing English on a page.
"""

from __future__ import annotations

import re

import pytest
from catalogue_domains import DOMAINS, TRANSLATED, Domain, keys

PLACEHOLDER = re.compile(r"\{(\w*)\}")
EACH = [pytest.param(d, lang, id=f"{d.name}-{lang}") for d in DOMAINS for lang in TRANSLATED]
BY_DOMAIN = [pytest.param(d, id=d.name) for d in DOMAINS]


@pytest.mark.parametrize(("domain", "lang"), EACH)
def test_no_word_is_missing_from_a_catalogue(domain: Domain, lang: str) -> None:
    missing = sorted(set(domain.in_code) - keys(domain.po(lang)), key=str)
    assert not missing, f"{lang}: add these msgids (scripts/translations, then translate): {missing[:10]}"


@pytest.mark.parametrize(("domain", "lang"), EACH)
def test_no_catalogue_holds_a_word_the_code_no_longer_uses(domain: Domain, lang: str) -> None:
    po = domain.po(lang)
    unused = sorted(keys(po) - set(domain.in_code), key=str)
    assert not unused, f"{lang}: entries no code uses (scripts/translations drops them): {unused[:10]}"
    assert not po.obsolete, f"{lang}: obsolete (#~) entries: {list(po.obsolete)[:10]}"


@pytest.mark.parametrize(("domain", "lang"), EACH)
def test_every_entry_is_translated_and_none_is_fuzzy(domain: Domain, lang: str) -> None:
    entries = [m for m in domain.po(lang) if m.id]
    empty = [m.id for m in entries if not (isinstance(m.string, str) and m.string.strip())]
    fuzzy = [m.id for m in entries if m.fuzzy]
    assert not empty, f"{lang}: untranslated: {empty[:10]}"
    assert not fuzzy, f"{lang}: fuzzy (check the guess, then remove the flag): {fuzzy[:10]}"


@pytest.mark.parametrize(("domain", "lang"), EACH)
def test_a_translation_keeps_the_placeholders_of_its_msgid(domain: Domain, lang: str) -> None:
    differ = [
        (m.id, m.string)
        for m in domain.po(lang)
        if m.id and set(PLACEHOLDER.findall(str(m.id))) != set(PLACEHOLDER.findall(str(m.string)))
    ]
    assert not differ, f"{lang}: {differ[:5]}"


def _note(comments: list[str]) -> list[str]:
    """A note's words, however the catalogue wrapped its lines."""
    return " ".join(comments).split()


@pytest.mark.parametrize("domain", BY_DOMAIN)
def test_the_template_lists_what_the_code_uses_with_its_notes(domain: Domain) -> None:
    template = domain.template
    assert keys(template) == set(domain.in_code), "run scripts/translations"
    stale = [m.id for m in template if m.id and _note(m.auto_comments) != _note(domain.in_code[(m.context, m.id)])]
    assert not stale, f"a Translators: note changed; run scripts/translations: {stale[:5]}"


@pytest.mark.parametrize(("domain", "lang"), EACH)
def test_each_catalogue_carries_the_notes_of_the_template(domain: Domain, lang: str) -> None:
    notes = {(m.context, m.id): m.auto_comments for m in domain.template if m.id}
    stale = [m.id for m in domain.po(lang) if m.id and m.auto_comments != notes.get((m.context, m.id))]
    assert not stale, f"{lang}: run scripts/translations: {stale[:5]}"
