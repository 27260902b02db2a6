"""Markup built at site build time lives in Jinja templates under ``overrides/`` (DESIGN.md, convention 14): no
string literal of the build package writes a tag; its Python hands the templates data.

Allowed, because none of them writes markup into a page:

- a string that stands alone as a statement (a docstring), where ``<id>`` is a placeholder in prose;
- the pattern given to ``re.compile`` (``site_build/not_found.py`` finds Material's settings, the page's loads, the
  end of its head and its charset in the built 404 page);
- a regular expression's named group, ``(?P<name>`` (``site_build/glossary.py`` names one group per term).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted((ROOT / "site_build").glob("*.py"))

# A tag opens or closes: "<" then a letter or "/"; a named group of a regular expression is not one.
TAG = re.compile(r"(?<!\(\?P)<[A-Za-z/]")
# Tokens that mean nothing to the statement around them.
_NOISE = {tokenize.NL, tokenize.COMMENT}
# After these a statement starts.
_STATEMENT_START = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}
_STATEMENT_END = {tokenize.NEWLINE, tokenize.ENDMARKER}
# Python 3.12 and later tokenize the text between an f-string's fields on its own; 3.11 gives the whole f-string.
_FSTRING_MIDDLE = getattr(tokenize, "FSTRING_MIDDLE", None)


def _texts(token: tokenize.TokenInfo) -> list[str]:
    """The literal text of a string token: a plain string's value, or each text part of an f-string."""
    if token.type == _FSTRING_MIDDLE:
        return [token.string]
    node = ast.parse(token.string, mode="eval")
    return [
        n.value if isinstance(n.value, str) else n.value.decode("latin-1")
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes))
    ]


def markup_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal in ``source`` that holds a tag, leaving out what the module allows."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type not in _NOISE]
    found = []
    pattern_depth: int | None = None  # inside the pattern argument of re.compile(...), its bracket depth
    for i, token in enumerate(tokens):
        if pattern_depth is not None and token.type == tokenize.OP:
            if token.string in "([{":
                pattern_depth += 1
            elif token.string in ")]}":
                pattern_depth = pattern_depth - 1 if pattern_depth else None
            elif token.string == "," and pattern_depth == 0:
                pattern_depth = None
        elif token.string == "(" and [t.string for t in tokens[max(i - 3, 0) : i]] == ["re", ".", "compile"]:
            pattern_depth = 0
        if token.type not in (tokenize.STRING, _FSTRING_MIDDLE) or pattern_depth is not None:
            continue
        alone = (i == 0 or tokens[i - 1].type in _STATEMENT_START) and (
            i + 1 == len(tokens) or tokens[i + 1].type in _STATEMENT_END
        )
        if token.type == tokenize.STRING and alone:
            continue
        found += [(token.start[0], text) for text in _texts(token) if TAG.search(text)]
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_markup_in_the_build_package(module: Path) -> None:
    found = markup_literals(module.read_text(encoding="utf-8"))
    assert not found, f"{module.name}: markup belongs in overrides/partials/cc/*.html: {found}"


def test_the_check_sees_every_string_literal_and_allows_only_what_it_says() -> None:
    source = '''"""A module about <base> and ``<id>``."""
import re

A = re.compile(r'<script id="x">(.*?)</script>', re.S)
B = re.compile(
    "<link "  # implicit concatenation, on two lines
    r"[^>]*>"
)
GROUP = f"(?P<t{1}>" + "x" + ")"


def f(x: str) -> str:
    """Returns ``<td>`` cells."""
    y = re.compile(r"\\d+", re.S).sub("", "<b>")
    z = "<" + "i"  # no tag in a literal: the check sees literals, not what a program builds from them
    return f'<td class="{x}">' + f"{x}</td>" + "a" '<br>' + """<p>""" + b"<hr>".decode() + f"{x!r:<{y}}" + y + z
'''
    found = markup_literals(source)
    assert found == [(14, "<b>"), (16, '<td class="'), (16, "</td>"), (16, "<br>"), (16, "<p>"), (16, "<hr>")], found
