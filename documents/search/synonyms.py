"""Names Party texts give one thing, applied at query time like the abbreviations: a query
spelling one form of a group also finds the others. The forms as typed still rank first: the
ranking's proximity and word-pair boosts follow what was typed (query.plain_runs), a synonym
only widens what matches.

To add a group, staff append a tuple of its written forms below (punctuation and capitals do
not matter: forms are compared as folded syllables); abbreviations belong in abbreviations.py.
"""

from __future__ import annotations

from dataclasses import replace

from documents.vietnamese.normalize import fold

from .analysis import tokens
from .query import Clause, ParsedQuery, Term

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("giảm nghèo bền vững", "xóa đói giảm nghèo"),
    ("phòng, chống tham nhũng, tiêu cực", "phòng, chống tham nhũng, lãng phí, tiêu cực"),
    ("sân bay", "cảng hàng không"),
)


def _forms() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    by_key: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for group in SYNONYMS:
        spelled = [tuple(tokens(form)) for form in group]
        for form in spelled:
            others = [other for other in spelled if other != form]
            by_key.setdefault(tuple(fold(s) for s in form), []).extend(others)
    return by_key


_BY_FORM = _forms()
_LONGEST = max(len(key) for key in _BY_FORM)


def _window(clauses: list[Clause]) -> list[Term] | None:
    terms = [c.alternatives[0] for c in clauses if len(c.alternatives) == 1]
    if len(terms) < len(clauses) or any(t.exact for t in terms):
        return None
    if len(terms) > 1 and any(t.phrase for t in terms):
        return None  # a quoted phrase is kept as typed
    return terms


def expand_synonyms(parsed: ParsedQuery) -> ParsedQuery:
    """The query with each synonym form it spells (over consecutive words) widened to its group."""
    clauses: list[Clause] = []
    source = parsed.clauses
    i = 0
    while i < len(source):
        for width in range(min(_LONGEST, len(source) - i), 0, -1):
            terms = _window(source[i : i + width])
            if terms is None:
                continue
            syllables = tuple(s for t in terms for s in t.syllables)
            others = _BY_FORM.get(tuple(fold(s) for s in syllables))
            if others is None:
                continue
            typed = Term(syllables, phrase=terms[0].phrase, raw=" ".join(t.raw for t in terms))
            clauses.append(Clause((typed, *(Term(o, phrase=True, raw=" ".join(o)) for o in others))))
            i += width
            break
        else:
            clauses.append(source[i])
            i += 1
    return replace(parsed, clauses=clauses)
