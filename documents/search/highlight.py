"""Snippets: the best two or three passages of a document, matched words in <mark>.

Haystack's Whoosh highlighter analyses with StemmingAnalyzer and misses "Hóa" for "Hoá"; this
one reads the text with our own tokens. Every piece of the document's text is escaped: only the
<mark> tags and the ellipses are ours.
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from documents.vietnamese.normalize import canonical_tones, fold

from .query import ParsedQuery, Term

_SYLLABLE = re.compile(r"[^\W_]+")
_WHITESPACE = re.compile(r"\s+")
WINDOW = 36  # tokens per passage
MAX_PASSAGES = 3
ELLIPSIS = "…"


@lru_cache(maxsize=100_000)
def _forms(word: str) -> tuple[str, str]:
    """(exact token, folded token) of a word of the text; the vocabulary is small, so cached."""
    exact = canonical_tones(word.lower())
    return exact, fold(exact)


def _matches(term: Term, tokens: list[str], folded_tokens: list[str], folded: bool) -> list[int]:
    """Token indices where ``term`` occurs (as a phrase when it is one)."""
    use_folded = folded and not term.exact
    wanted = [fold(s) for s in term.syllables] if use_folded else list(term.syllables)
    seq = folded_tokens if use_folded else tokens
    if len(wanted) == 1 or not term.phrase:
        wanted_set = set(wanted)
        return [i for i, t in enumerate(seq) if t in wanted_set]
    width = len(wanted)
    hits = []
    for i in range(len(seq) - width + 1):
        if seq[i] == wanted[0] and seq[i : i + width] == wanted:
            hits.extend(range(i, i + width))
    return hits


def snippet(text: str, parsed: ParsedQuery, folded: bool = False) -> SafeString:
    spans = [(m.start(), m.end()) for m in _SYLLABLE.finditer(text)]
    if not spans:
        return mark_safe(escape(_squash(text[:300])))  # noqa: S308 - escaped
    forms = [_forms(text[a:b]) for a, b in spans]
    tokens = [exact for exact, _ in forms]
    folded_tokens = [folded_form for _, folded_form in forms] if folded else tokens
    marked: dict[int, int] = {}  # token index → term number
    for number, term in enumerate(parsed.positive_terms()):
        for index in _matches(term, tokens, folded_tokens, folded):
            marked.setdefault(index, number)
    passages = _best_windows(marked, len(tokens))
    if not passages:
        passages = [(0, min(len(tokens), WINDOW * 2))]
    parts = [_render(text, spans, marked, start, end) for start, end in passages]
    lead = ELLIPSIS + " " if passages[0][0] > 0 else ""
    trail = " " + ELLIPSIS if passages[-1][1] < len(spans) else ""
    return mark_safe(lead + f" {ELLIPSIS} ".join(parts) + trail)  # noqa: S308 - every text piece is escaped


def _best_windows(marked: dict[int, int], count: int) -> list[tuple[int, int]]:
    candidates = []
    for index in sorted(marked):
        start = max(0, index - WINDOW // 3)
        end = min(count, start + WINDOW)
        inside = [marked[i] for i in range(start, end) if i in marked]
        candidates.append((len(set(inside)) * 10 + len(inside), -start, start, end))
    chosen: list[tuple[int, int]] = []
    for _score, _neg, start, end in sorted(candidates, reverse=True):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
        if len(chosen) == MAX_PASSAGES:
            break
    return sorted(chosen)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _render(text: str, spans, marked: dict[int, int], start: int, end: int) -> str:
    out = []
    cursor = spans[start][0]
    for i in range(start, end):
        a, b = spans[i]
        out.append(escape(_WHITESPACE.sub(" ", text[cursor:a])))
        word = escape(text[a:b])
        out.append(f"<mark>{word}</mark>" if i in marked else word)
        cursor = b
    # Punctuation right after the last word (a full stop, a closing quote) belongs to the passage.
    tail = re.match(r"[^\w\s]*", text[cursor:]).group()
    out.append(escape(tail))
    return "".join(out)
