"""The document page's full text, paragraph by paragraph, with the query's words in <mark>.

Matching is the snippets' own (documents.search.highlight): the same tone forms, phrases and
accent-insensitive folding, so what the result list marked, the page marks too.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from documents.search.abbreviations import expand_abbreviations
from documents.search.highlight import find_matches, render_marked
from documents.search.query import parse_query

MAX_MARKS = 5000  # a pathological query on a long text must not produce a huge page


def highlighted_paragraphs(text: str, q: str) -> tuple[list[SafeString], int]:
    """(paragraphs as safe HTML, number of words marked); without a query, escaped paragraphs."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    parsed = expand_abbreviations(parse_query(q)) if q and q.strip() else None
    terms = parsed.positive_terms() if parsed else []
    if not terms:
        return [mark_safe(escape(p)) for p in paragraphs], 0  # noqa: S308 - escaped
    folded = not parse_query(q).has_diacritics()
    out: list[SafeString] = []
    total = 0
    for paragraph in paragraphs:
        matches = find_matches(paragraph, terms, folded) if total < MAX_MARKS else []
        total += len(matches)
        out.append(mark_safe(render_marked(paragraph, matches, keep_whitespace=True)))  # noqa: S308 - escaped
    return out, total
