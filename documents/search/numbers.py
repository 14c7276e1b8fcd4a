"""Numbers written in words or in figures are one number: "chính quyền hai cấp" also finds
"chính quyền 2 cấp", "lần thứ nhất" also "lần thứ I" and "lần thứ 1". Applied at query time like
the synonyms (documents.search.synonyms), the form as typed ranking first.

A number is only rewritten beside a word it counts or orders: alone, "2" would match nearly every
document (dates, numbers of resolutions), and "năm", "tư", "một" are also "year", "private", "a".
So a cardinal (hai..mười, 2..10) is rewritten with the word after it ("hai cấp"), an ordinal
after "thứ" (nhất, I, 1). A number that is a word of its own in the query is joined to that word
into one clause, whose other spellings are phrases.
"""

from __future__ import annotations

from dataclasses import replace

from documents.vietnamese.normalize import fold

from .query import Clause, ParsedQuery, Term

# "năm" (year), "tư" (private), "một" (a, one) are left out: as cardinals they are other words.
_CARDINALS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ORDINALS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ORDINAL_MARK = "thu"  # "thứ", folded: the word before an ordinal
_CARDINAL_WORDS = {str(n): word for word, n in _CARDINALS.items()}
_ORDINAL_WORDS = {str(n): word for word, n in _ORDINALS.items()}
_FOLDED_ORDINALS = {fold(word): n for word, n in _ORDINALS.items()}
_ROMAN_VALUES = {roman.lower(): n for n, roman in enumerate(_ROMAN, start=1)}


def _cardinal(syllable: str) -> list[str]:
    """Other spellings of a cardinal as written (marks included: "sau" is "after", not "sáu")."""
    if syllable in _CARDINALS:
        return [str(_CARDINALS[syllable])]
    if syllable in _CARDINAL_WORDS:
        return [_CARDINAL_WORDS[syllable]]
    return []


def _ordinal(syllable: str) -> list[str]:
    """Other spellings of an ordinal after "thứ" (there, "nhat" can only be "nhất")."""
    number = _FOLDED_ORDINALS.get(fold(syllable)) or _ROMAN_VALUES.get(syllable)
    if number is None and syllable.isdigit() and 1 <= int(syllable) <= len(_ROMAN):
        number = int(syllable)
    if number is None:
        return []
    forms = [_ORDINAL_WORDS[str(number)], _ROMAN[number - 1].lower(), str(number)]
    return [form for form in forms if form != syllable and fold(form) != fold(syllable)]


def spellings(syllables: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other spellings of ``syllables`` with one of its numbers rewritten."""
    found: list[tuple[str, ...]] = []
    for i, syllable in enumerate(syllables):
        if i and fold(syllables[i - 1]) == _ORDINAL_MARK:
            others = _ordinal(syllable)
        elif i + 1 < len(syllables):
            others = _cardinal(syllable)
        else:
            others = []
        for other in others:
            spelled = (*syllables[:i], other, *syllables[i + 1 :])
            if spelled not in found:
                found.append(spelled)
    return found


def _plain(clause: Clause) -> Term | None:
    """The clause's one term, when it may join or be rewritten (not an OR, not an abbreviation)."""
    if len(clause.alternatives) != 1 or clause.alternatives[0].exact:
        return None
    return clause.alternatives[0]


def _joins(first: Term | None, second: Term | None) -> bool:
    """A number that is a clause of its own, with the word it counts or follows."""
    if first is None or second is None or first.phrase or second.phrase:
        return False
    if len(second.syllables) == 1 and fold(first.syllables[-1]) == _ORDINAL_MARK:
        return bool(_ordinal(second.syllables[0]))
    return len(first.syllables) == 1 and bool(_cardinal(first.syllables[0]))


def expand_numbers(parsed: ParsedQuery) -> ParsedQuery:
    """The query with each number beside its word also spelled the other ways."""
    clauses: list[Clause] = []
    source = parsed.clauses
    i = 0
    while i < len(source):
        term = _plain(source[i])
        following = _plain(source[i + 1]) if i + 1 < len(source) else None
        width = 2 if _joins(term, following) else 1
        if term is None or (width == 1 and len(term.syllables) < 2):
            clauses.append(source[i])
            i += 1
            continue
        if width == 2:
            term = Term(term.syllables + following.syllables, raw=f"{term.raw} {following.raw}")
        others = tuple(
            Term(s, phrase=True, raw=" ".join(s), expansion=True) for s in spellings(term.syllables)
        )
        clauses.append(Clause((term, *others)))
        i += width
    return replace(parsed, clauses=clauses)
