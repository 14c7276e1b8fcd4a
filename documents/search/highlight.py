"""Snippets and highlighting: where the query's words are in a text, and the text with them in
<mark>.

Haystack's Whoosh highlighter analyses with StemmingAnalyzer and misses "Hóa" for "Hoá"; this
module matches with our own notion of a word. Each query syllable becomes a regular expression
run over the text as stored, so a snippet costs a few regex scans instead of tokenizing the
whole document in Python (which made a page of results slow):
- exact: the syllable in either tone placement ("hóa" also finds "hoá"), any letter case;
- accent-insensitive: every letter stands for all its accented forms ("hoa" finds "Hóa").
Every piece of the document's text is escaped: only the <mark> tags and the ellipses are ours.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from html import escape  # Django's escape without its lazy-string wrapper: the text is a str

from django.utils.safestring import SafeString, mark_safe

from documents.readers.markup_remnants import strip_markup_remnants
from documents.vietnamese.normalize import TONE_MARKS, fold

from .abbreviations import expand_abbreviations
from .query import ParsedQuery, Term, WordTest, parse_query

WINDOW_CHARS = 240  # one passage
LEAD_CHARS = 80  # context kept before the first match of a passage
OPENING_CHARS = 300  # shown when nothing matches
MAX_PASSAGES = 3
MAX_CANDIDATES = 400  # a word on every line of a long text: enough places to choose from
SNAP_CHARS = 40  # how far a passage edge moves to reach a word boundary
ELLIPSIS = "…"
_WHITESPACE = re.compile(r"\s+")
# The start of a syllable is checked in Python, not in the pattern: a pattern that begins with
# its first letters lets the regex engine jump between candidate places (several times faster).
_NOT_IN_SYLLABLE_AFTER = r"(?![^\W_])"
_BETWEEN_SYLLABLES = r"[\W_]+"


def _accent_classes() -> dict[str, str]:
    """Base letter → a character class of every letter that folds to it (lowercase)."""
    members: dict[str, set[str]] = {}
    for code in range(0x00C0, 0x1F00):
        char = chr(code)
        if char.isalpha() and char.islower():
            base = fold(char)
            if len(base) == 1 and base.isascii() and base != char:
                members.setdefault(base, set()).add(char)
    return {base: "[" + base + "".join(sorted(chars)) + "]" for base, chars in members.items()}


_ACCENT_CLASSES = _accent_classes()
_SECOND_VOWEL_TONE = re.compile(rf"(o|u)([{TONE_MARKS}])(a|e|y)$")


def _tone_spellings(syllable: str) -> set[str]:
    """The syllable as the canonical form writes it and in the other tone placement (hóa, hoá)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    other = _SECOND_VOWEL_TONE.sub(r"\1\3\2", decomposed)
    return {syllable, unicodedata.normalize("NFC", other)}


def _syllable_pattern(syllable: str, folded: bool) -> str:
    if folded:
        return "".join(_ACCENT_CLASSES.get(ch, re.escape(ch)) for ch in fold(syllable))
    spellings = sorted(_tone_spellings(syllable))
    return "(?:" + "|".join(re.escape(s) for s in spellings) + ")"


@lru_cache(maxsize=512)
def _term_regex(syllables: tuple[str, ...], folded: bool) -> re.Pattern[str]:
    """One group per syllable, so a phrase marks its words one by one."""
    inner = _BETWEEN_SYLLABLES.join(f"({_syllable_pattern(s, folded)})" for s in syllables)
    return re.compile(inner + _NOT_IN_SYLLABLE_AFTER)


# What may stand between two syllables of one run of the query's words: spaces, a hyphen, a
# comma; not the end of a sentence or a line.
_IN_RUN = re.compile(r"[^\w.;:!?\n]{1,3}")


def _may_stand_alone(term: Term, folded: bool, several: bool) -> bool:
    """Whether a syllable of ``term`` found on its own is marked: a word typed as one syllable,
    unless the query had several and this one matched without its diacritics ("hoa" in
    "Thiệu Hóa" for "thanh hoa"). A syllable of a longer word ("giải" of "giải phóng" in
    "Giải Bóng rổ") is marked only beside another of the query's."""
    if len(term.syllables) > 1:
        return False
    return not (folded and not term.exact and several)


def _in_runs(text: str, found: list[tuple[int, int, int]], alone: list[bool]) -> list[tuple[int, int, int]]:
    """The matches that may stand alone, and the others when next to another match."""

    def joined(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
        return _IN_RUN.fullmatch(text[a[1] : b[0]]) is not None

    kept = []
    for i, match in enumerate(found):
        if (
            alone[i]
            or (i and joined(found[i - 1], match))
            or (i + 1 < len(found) and joined(match, found[i + 1]))
        ):
            kept.append(match)
    return kept


def find_matches(text: str, terms: list[Term], folded: bool) -> list[tuple[int, int, int]]:
    """(start, end, term number) of the query's syllables in ``text``, in order, as they matched:
    phrases whole, a word's syllables together (documents.search.highlight._may_stand_alone)."""
    # Patterns are lowercase and run on the lowercased text (much faster than IGNORECASE);
    # offsets carry over unless lowercasing changed the length (a rare dotted capital I).
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    text = lowered
    several = sum(len(term.syllables) for term in terms) > 1
    found: dict[int, tuple[int, int, int]] = {}
    alone: dict[int, bool] = {}
    for number, term in enumerate(terms):
        syllables = term.syllables if term.phrase else term.syllables[:1]
        regexes = [_term_regex(syllables, folded and not term.exact)]
        if not term.phrase:  # a multi-syllable word that is not a phrase: each syllable alone
            regexes += [_term_regex((s,), folded and not term.exact) for s in term.syllables[1:]]
        # A phrase's syllables are a run; a syllable looked for on its own may not be.
        may_stand_alone = term.phrase or _may_stand_alone(term, folded, several)
        for regex in regexes:
            groups = range(1, (regex.groups or 0) + 1)
            for match in regex.finditer(text):
                at = match.start()
                if at and text[at - 1].isalnum():  # it begins inside a syllable
                    continue
                for group in groups:
                    start, end = match.span(group)
                    if start not in found:
                        found[start] = (start, end, number)
                        alone[start] = may_stand_alone
                    elif may_stand_alone:
                        alone[start] = True
    order = sorted(found)
    return _in_runs(text, [found[start] for start in order], [alone[start] for start in order])


# Stand-ins for the tags while a passage is collapsed and escaped whole (one call each instead
# of one per piece between matches); a text holding either is rendered piece by piece.
_OPEN, _CLOSE = "\x02", "\x03"


def render_marked(
    text: str,
    matches: list[tuple[int, int, int]],
    start: int = 0,
    end: int | None = None,
    *,
    keep_whitespace: bool = False,
) -> str:
    """``text[start:end]`` escaped with its matches in <mark>; runs of white space become one
    space unless ``keep_whitespace``."""
    end = len(text) if end is None else end
    spans = []
    # Matches are in order of their starts: only those from ``start`` on can be inside.
    for a, b, _ in matches[bisect.bisect_left(matches, start, key=_match_start) :]:
        if a >= end:
            break
        if b <= end:
            spans.append((a, b))
    if _OPEN in text or _CLOSE in text or any(text[a:b].split() != [text[a:b]] for a, b in spans):
        return _render_pieces(text, spans, start, end, keep_whitespace)
    out, cursor = [], start
    for a, b in spans:
        out += (text[cursor:a], _OPEN, text[a:b], _CLOSE)
        cursor = b
    out.append(text[cursor:end])
    # A match holds no white space (checked above), so collapsing the whole passage collapses
    # exactly the pieces between the matches; escaping is one character at a time.
    joined = "".join(out) if keep_whitespace else _WHITESPACE.sub(" ", "".join(out))
    return escape(joined).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def _render_pieces(
    text: str, spans: list[tuple[int, int]], start: int, end: int, keep_whitespace: bool
) -> str:
    def plain(piece: str) -> str:
        return escape(piece if keep_whitespace else _WHITESPACE.sub(" ", piece))

    out, cursor = [], start
    for a, b in spans:
        out.append(plain(text[cursor:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        cursor = b
    out.append(plain(text[cursor:end]))
    return "".join(out)


def _match_start(match: tuple[int, int, int]) -> int:
    return match[0]


def snippet(text: str, parsed: ParsedQuery, folded: bool = False) -> SafeString:
    """The best two or three passages of ``text`` for the query, matched words in <mark>."""
    text = strip_markup_remnants(text)  # a document stored before its reader dropped them
    matches = find_matches(text, parsed.positive_terms(), folded)
    passages = _passages(text, matches)
    parts = [render_marked(text, matches, a, b).strip() for a, b in passages]
    return mark_safe(_join(text, passages, parts))  # noqa: S308 - every text piece is escaped


def plain_snippet(text: str, parsed: ParsedQuery, folded: bool = False) -> str:
    """The same passages as ``snippet``, as plain text (for exports: no markup, no escaping)."""
    text = strip_markup_remnants(text)
    passages = _passages(text, find_matches(text, parsed.positive_terms(), folded))
    parts = [_WHITESPACE.sub(" ", text[a:b]).strip() for a, b in passages]
    return _join(text, passages, parts)


def _passages(text: str, matches: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    return _best_windows(text, matches) or [(0, _snap_end(text, min(len(text), OPENING_CHARS)))]


def _join(text: str, passages: list[tuple[int, int]], parts: list[str]) -> str:
    lead = ELLIPSIS + " " if passages[0][0] > 0 else ""
    trail = " " + ELLIPSIS if passages[-1][1] < len(text.rstrip()) else ""
    return lead + f" {ELLIPSIS} ".join(parts) + trail


def _best_windows(text: str, matches: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping passages with the most distinct query words, then the most matches."""
    starts = [a for a, _, _ in matches]
    ends = [b for _, b, _ in matches]
    numbers = [number for _, _, number in matches]
    length = len(text)
    candidates = []
    previous = None
    for first in starts[:MAX_CANDIDATES]:
        start = _snap_start(text, max(0, first - LEAD_CHARS))
        if start == previous:
            continue  # the same passage again: it can be chosen once only anyway
        previous = start
        end = _snap_end(text, min(length, start + WINDOW_CHARS))
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if high > low and max(ends[low:high]) > end:
            inside = [numbers[i] for i in range(low, high) if ends[i] <= end]
        else:
            inside = numbers[low:high]
        candidates.append((len(set(inside)) * 10 + len(inside), -start, start, end))
    chosen: list[tuple[int, int]] = []
    for _score, _neg, start, end in sorted(candidates, reverse=True):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
        if len(chosen) == MAX_PASSAGES:
            break
    return sorted(chosen)


# A white space character (str.isspace's, which \s matches in a str pattern), and the last one
# before where a search ends.
_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"\s\S*\Z")


def _snap_start(text: str, start: int) -> int:
    """Move a passage start back to the beginning of the word it falls in (not far)."""
    limit = max(0, start - SNAP_CHARS)
    space = _LAST_SPACE.search(text, limit, start)
    if space is not None:
        return space.start() + 1
    return limit if limit == 0 or text[limit - 1].isspace() else start


def _snap_end(text: str, end: int) -> int:
    """Move a passage end forward to the end of its word, punctuation after it included."""
    limit = min(len(text), end + SNAP_CHARS)
    space = _SPACE.search(text, end, limit)
    return space.start() if space is not None else max(end, limit)


class QueryMarks:
    """The words of a query as the result list marks them (abbreviations expanded; diacritics
    ignored when the search ignored them), for the document page and the exports."""

    def __init__(
        self, q: str, *, exact: bool = False, folded: bool | None = None, is_word: WordTest | None = None
    ):
        # ``is_word``: the index's words (documents.search.service.query_marks), so that a word's
        # syllables are marked together, as the search matched them.
        parsed = parse_query(q or "", is_word)
        # ``folded``: whether the search matched ignoring diacritics (the outcome says so, also
        # when it fell back to that); by default the search's first choice.
        self.folded = folded if folded is not None else not exact and not parsed.has_diacritics()
        self.query = expand_abbreviations(parsed)
        self.terms = self.query.positive_terms()

    def plain_snippet(self, text: str) -> str:
        return plain_snippet(text, self.query, self.folded)

    def marked(self, text: str, *, keep_whitespace: bool = True) -> tuple[str, int]:
        """``text`` escaped with the query's words in <mark>, and how many were marked."""
        matches = find_matches(text, self.terms, self.folded) if self.terms else []
        return render_marked(text, matches, keep_whitespace=keep_whitespace), len(matches)
