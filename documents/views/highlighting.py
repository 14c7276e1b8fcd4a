"""The document page's full text, paragraph by paragraph, with the query's words in <mark>.

Matching is the snippets' own (documents.search.highlight): the same tone forms, phrases and
accent-insensitive folding, so what the result list marked, the page marks too.

A match is a run of marks: the syllables of a word or phrase, or words the text parts only by a
space, a hyphen or a comma (never by a sentence's end). The page counts runs, and its previous /
next buttons (static/js/portal.js) step through them, reading the run from ``data-joined``: a
mark with it continues the one before.
"""

from __future__ import annotations

import html
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from documents.search import query_marks

MAX_MARKS = 5000  # a pathological query on a long text must not produce a huge page

# What may stand between two marks of one match (the text as written, before escaping).
_JOINER = re.compile(r"[^\w.;:!?\n]{1,3}")
_BETWEEN_MARKS = re.compile(r"</mark>([^<]{1,40})<mark>")


def _joined_runs(marked: str) -> tuple[str, int]:
    """``marked`` with each mark that continues a match flagged ``data-joined``, and how many
    marks it flagged."""
    joined = 0

    def join(found: re.Match) -> str:
        nonlocal joined
        if not _JOINER.fullmatch(html.unescape(found.group(1))):
            return found.group(0)
        joined += 1
        return f"</mark>{found.group(1)}<mark data-joined>"

    return _BETWEEN_MARKS.sub(join, marked), joined


def highlighted_paragraphs(text: str, q: str) -> tuple[list[SafeString], int]:
    """(paragraphs as safe HTML, number of matches marked); without a query, escaped paragraphs."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    marks = query_marks(q) if q and q.strip() else None
    if marks is None or not marks.terms:
        return [mark_safe(escape(p)) for p in paragraphs], 0  # noqa: S308 - escaped
    out: list[SafeString] = []
    total = matches = 0
    for paragraph in paragraphs:
        if total < MAX_MARKS:
            marked, count = marks.marked(paragraph)
            marked, joined = _joined_runs(marked)
        else:
            marked, count, joined = escape(paragraph), 0, 0
        total += count
        matches += count - joined
        out.append(mark_safe(marked))  # noqa: S308 - escaped, marks only added
    return out, matches
