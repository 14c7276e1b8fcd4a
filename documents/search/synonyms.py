"""Names Party texts give one thing, applied at query time like the abbreviations: a query
spelling one form of a group also finds the others. The forms as typed still rank first: the
ranking's proximity and word-pair boosts follow what was typed (ParsedQuery.runs), a synonym
only widens what matches.

To add a group, staff append a tuple of its written forms below (punctuation and capitals do
not matter: forms are compared as folded syllables); abbreviations belong in abbreviations.py.
A group is for names of the same thing, not for related subjects ("điều động" and "luân
chuyển" cán bộ are two procedures): each form widens every search that spells another. A form
is also one word to the query parser, so OR and exclusion bind to all of it. A number inside a
form is not spelled the other ways (documents.search.numbers): give those spellings as forms.
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
    ("sáp nhập", "hợp nhất"),
    ("tinh gọn bộ máy", "sắp xếp tổ chức bộ máy"),
    ("giao quân", "giao nhận quân"),
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


def is_curated_form(syllables: tuple[str, ...]) -> bool:
    """Whether ``syllables`` spell a form of a synonym group: the query parser takes it as one
    word (so OR and exclusion bind to all of it) even where the index's segmentation never
    joined its syllables."""
    return tuple(fold(s).lower() for s in syllables) in _BY_FORM


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
            widened = (Term(o, phrase=True, raw=" ".join(o), expansion=True) for o in others)
            clauses.append(Clause((typed, *widened)))
            i += width
            break
        else:
            clauses.append(source[i])
            i += 1
    return replace(parsed, clauses=clauses)
