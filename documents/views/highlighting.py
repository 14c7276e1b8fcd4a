"""The document page's full text, paragraph by paragraph, with the query's words in <mark>.

Matching is the snippets' own (documents.search.highlight): the same tone forms, phrases and
accent-insensitive folding, so what the result list marked, the page marks too.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from documents.search import query_marks

MAX_MARKS = 5000  # a pathological query on a long text must not produce a huge page


def highlighted_paragraphs(text: str, q: str) -> tuple[list[SafeString], int]:
    """(paragraphs as safe HTML, number of words marked); without a query, escaped paragraphs."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    marks = query_marks(q) if q and q.strip() else None
    if marks is None or not marks.terms:
        return [mark_safe(escape(p)) for p in paragraphs], 0  # noqa: S308 - escaped
    out: list[SafeString] = []
    total = 0
    for paragraph in paragraphs:
        if total < MAX_MARKS:
            html, count = marks.marked(paragraph)
        else:
            html, count = escape(paragraph), 0
        total += count
        out.append(mark_safe(html))  # noqa: S308 - escaped
    return out, total
