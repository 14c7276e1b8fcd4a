"""A tolerant parser of what a user types into the search box.

Grammar, loosely: words (all must match), "quoted phrases", -exclusion (of a word or a phrase),
OR between two terms. Anything else is read as words: an unbalanced quote ends at the end of the
query, lone operators are ignored, punctuation and emoji separate syllables or vanish. The parser
never raises; what it had to drop is reported as notes for the page to show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from documents.vietnamese.normalize import canonical_tones

from .analysis import has_diacritics, tokens

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

# Notes the page shows (codes; the service turns them into translated sentences).
NOTE_TRUNCATED = "truncated"
NOTE_TOO_MANY_TERMS = "too_many_terms"
NOTE_ONLY_EXCLUSIONS = "only_exclusions"
NOTE_NOTHING_SEARCHABLE = "nothing_searchable"

# Given candidate syllable sequences (lowercase), the ones that are words.
WordTest = Callable[[list[tuple[str, ...]]], set[tuple[str, ...]]]

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_CHUNK = re.compile(r'(?P<neg>[-!]?)"(?P<phrase>[^"]*)(?:"|$)|(?P<word>[^\s"]+)')


@dataclass(frozen=True)
class Term:
    """A word or a phrase as index tokens. ``phrase``: kept as typed (quoted, or syllables glued
    by punctuation): the syllables must be adjacent, in order, and a quoted word is asked for even
    when it is one syllable the tiers would otherwise leave out ("tỉnh", "và")."""

    syllables: tuple[str, ...]
    phrase: bool = False
    raw: str = ""
    # Matched with its diacritics as written, even in an accent-insensitive search (abbreviations).
    exact: bool = False
    # Added by the query's expansions (abbreviations, synonyms, numbers), not typed: it widens
    # what matches but earns none of the ranking the words as typed earn.
    expansion: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.syllables)


@dataclass(frozen=True)
class Clause:
    """Alternatives of which a document must match at least one."""

    alternatives: tuple[Term, ...]


@dataclass
class ParsedQuery:
    clauses: list[Clause] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The syllables typed one after another (across words, inside phrases; abbreviations and a
    # word typed twice included), as typed: an OR or an exclusion ends a run. The ranking's
    # adjacency boosts follow them, never the expansions.
    runs: list[list[str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.clauses and not self.excluded

    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause.alternatives]

    def has_diacritics(self) -> bool:
        return any(has_diacritics(s) for term in self.positive_terms() for s in term.syllables)


def _term(raw: str) -> Term | None:
    """A chunk or a quoted text; several syllables ("KL/TU", "covid-19") must stay together."""
    syllables = tuple(tokens(raw))
    if not syllables:
        return None
    return Term(syllables=syllables, phrase=len(syllables) > 1, raw=raw)


@dataclass
class _Item:
    term: Term
    negated: bool
    # OR stood before it.
    or_before: bool
    # A bare syllable (not quoted, not several glued by punctuation): it may join a word.
    bare: bool


def _items(text: str) -> list[_Item]:
    """The query's terms in order, with the operators that bind to them."""
    items: list[_Item] = []
    pending_or = False
    negate_next = False
    for match in _CHUNK.finditer(text):
        word = match.group("word")
        if word is not None:
            if word in ("OR", "|", "||"):
                pending_or = bool(items)
                continue
            if word in ("AND", "&&", "+", "-", "!"):
                continue
            if word == "NOT":
                negate_next = True
                continue
            negated = negate_next or (word[0] in "-!" and len(word) > 1)
            body = word.lstrip("-!+") if word[0] in "-!+" else word
            term = _term(body)
            bare = term is not None and len(term.syllables) == 1
        else:
            term = _term(match.group("phrase"))
            if term is not None:
                # Quotes say "this exact word": one syllable is asked for as a phrase is.
                term = Term(term.syllables, phrase=True, raw=term.raw)
            negated = negate_next or bool(match.group("neg"))
            bare = False
        negate_next = False
        if term is None:
            continue
        items.append(_Item(term, negated, pending_or and not negated, bare))
        pending_or = False
    return items


def _joinable(items: list[_Item], start: int, width: int) -> bool:
    """items[start:start+width] may be one word: bare syllables, no operator inside."""
    window = items[start : start + width]
    return (
        len(window) == width
        and all(item.bare for item in window)
        and not any(item.negated or item.or_before for item in window[1:])
    )


def _bind_words(items: list[_Item], is_word: WordTest | None) -> list[_Item]:
    """Consecutive bare syllables that ``is_word`` recognises become one term, so that OR and
    exclusion bind to the Vietnamese word ("nông thôn OR đô thị", "-Hưng Yên"), and a query
    counts words, not syllables. Longest word first, left to right."""
    if is_word is None:
        return items
    candidates = [
        tuple(item.term.syllables[0] for item in items[i : i + width])
        for width in (3, 2)
        for i in range(len(items))
        if _joinable(items, i, width)
    ]
    words = is_word(candidates) if candidates else set()
    bound: list[_Item] = []
    i = 0
    while i < len(items):
        for width in (3, 2):
            syllables = tuple(item.term.syllables[0] for item in items[i : i + width])
            if _joinable(items, i, width) and syllables in words:
                head = items[i]
                raw = " ".join(item.term.raw for item in items[i : i + width])
                # An excluded word is excluded as written together; a wanted one needs its
                # syllables (adjacent ones rank first).
                term = Term(syllables, phrase=head.negated, raw=raw)
                bound.append(_Item(term, head.negated, head.or_before, False))
                i += width
                break
        else:
            bound.append(items[i])
            i += 1
    return bound


def parse_query(text: str | None, is_word: WordTest | None = None) -> ParsedQuery:
    """``is_word``: given candidate syllable sequences, the ones that are words (the index's
    compound words); without it every bare syllable is a word of its own."""
    parsed = ParsedQuery()
    if not text:
        return parsed
    text = unicodedata.normalize("NFC", str(text)).translate(_QUOTES)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        parsed.notes.append(NOTE_TRUNCATED)
    text = canonical_tones(text)

    seen: set[tuple] = set()
    runs: list[list[str]] = [[]]
    wanted = 0
    for item in _bind_words(_items(text), is_word):
        if item.negated or item.or_before:
            runs.append([])  # "sáp nhập tỉnh OR hợp nhất tỉnh": two runs as typed
        if not item.negated and wanted < MAX_TERMS:
            runs[-1].extend(item.term.syllables)
            wanted += 1
        term, negated = item.term, item.negated
        key = (negated, term.syllables, term.phrase)
        if negated:
            if key not in seen:
                parsed.excluded.append(term)
        elif item.or_before and parsed.clauses:
            last = parsed.clauses[-1]
            if term not in last.alternatives:
                parsed.clauses[-1] = Clause((*last.alternatives, term))
        elif key not in seen:
            parsed.clauses.append(Clause((term,)))
        seen.add(key)

    parsed.runs = [run for run in runs if run]
    if len(parsed.clauses) + len(parsed.excluded) > MAX_TERMS:
        parsed.notes.append(NOTE_TOO_MANY_TERMS)
        parsed.clauses = parsed.clauses[:MAX_TERMS]
        parsed.excluded = parsed.excluded[: max(0, MAX_TERMS - len(parsed.clauses))]
    if parsed.excluded and not parsed.clauses:
        parsed.notes.append(NOTE_ONLY_EXCLUSIONS)
    elif parsed.is_empty:
        parsed.notes.append(NOTE_NOTHING_SEARCHABLE)
    return parsed
