"""The glossary's matcher: phrases that only look like a term are left alone, inflected true forms are kept.

Each list names a phrase from (or shaped like) the texts, its language, and the term id at stake. A false match
puts a definition on a word that does not mean it: a citizen reads the tooltip as the law.
"""

from __future__ import annotations

import pytest

from site_build.glossary import Glossary

GLOSSARY = Glossary.load()

MUST_NOT_MATCH = [
    ("kk", "Талапкердің немесе жауапкердің тарапынан көрсетілген әрекеттер", "party"),
    ("ru", "Указанные действия со стороны истца или ответчика", "party"),
    ("ru", "между судебным исполнителем, с одной стороны, и участниками", "party"),
    ("kk", "нақты сол төлеуші (талап қоюшы, арыз беруші)", "claim"),
    ("kk", "арыз төлеушіге (талап қоюшыға, арыз берушіге)", "claim"),
    ("ru", "не пересчитывается и не возвращается", "state-duty-refund"),
    ("en", "is neither recalculated nor refunded", "state-duty-refund"),
    ("en", "the duty shall not be refunded", "state-duty-refund"),
    ("en", "the market value of the property claimed", "claim"),
    ("en", "determined from the amount claimed for compensation", "claim"),
    ("kk", "оның өтінішхаты бойынша істі жүргізуге байланысты ол шеккен сот шығыстарын", "litigation-expenses"),
]

MUST_MATCH = [
    ("kk", "тараптардың өтінішхаты бойынша", "party", "тараптардың"),
    ("kk", "басқа тараптан іс бойынша шеккен", "party", "тараптан"),
    ("ru", "суд присуждает с другой стороны все понесенные ею расходы", "party", "стороны"),
    ("ru", "по ходатайству сторон", "party", "сторон"),
    ("ky", "тараптарга алардын укуктарын түшүндүрүү", "party", "тараптарга"),
    ("kk", "нақты сол төлеуші (талап қоюшы, арыз беруші)", "plaintiff", "талап қоюшы"),
    ("kk", "бастапқы талапкермен мемлекеттік баж төленбесе", "plaintiff", "талапкермен"),
    ("kk", "талап қоюдың жалпы сомасынан", "claim", "талап қоюдың"),
    ("ru", "с общей суммы иска", "claim", "иска"),
    ("en", "duty is charged on each claim separately", "claim", "claim"),
    ("en", "for claims to amend or terminate", "claim", "claims"),
    ("ru", "государственная пошлина возвращается по определению суда", "state-duty-refund", "возвращается"),
    ("en", "the state duty is refunded in full by a court ruling", "state-duty-refund", "refunded"),
    ("en", "an application for a refund is submitted", "state-duty-refund", "refund"),
    ("kk", "мемлекеттік баждан және іс жүргізуге байланысты шығындардан тұрады", "litigation-expenses", None),
    ("ru", "издержек, связанных с производством по делу", "litigation-expenses", "издержек"),
]


def _found(lang: str, phrase: str) -> list[tuple[str, str]]:
    assert GLOSSARY is not None
    return [(term["id"], match.group(0)) for match, term in GLOSSARY.find(phrase, lang)]


@pytest.mark.parametrize(("lang", "phrase", "term"), MUST_NOT_MATCH)
def test_phrases_that_only_look_like_a_term_are_not_marked(lang: str, phrase: str, term: str) -> None:
    assert term not in {found for found, _ in _found(lang, phrase)}, _found(lang, phrase)


@pytest.mark.parametrize(("lang", "phrase", "term", "words"), MUST_MATCH)
def test_true_inflected_forms_stay_marked(lang: str, phrase: str, term: str, words: str | None) -> None:
    found = _found(lang, phrase)
    assert any(t == term and (words is None or text.lower() == words.lower()) for t, text in found), found


def test_the_negation_guard_leaves_the_other_terms_of_the_sentence() -> None:
    """An excluded phrase hides one term's match, not the whole line: the state duty beside it stays marked."""
    found = _found("ru", "Государственная пошлина не возвращается")
    assert [t for t, _ in found] == ["state-duty"]
