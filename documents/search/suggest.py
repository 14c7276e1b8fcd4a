"""'Did you mean': diacritics restored to a query typed without them, learned from the index.

The suggest field holds, for every word and word pair of the indexed text, "folded␟written"
terms; the written form found in the most documents is the likely intent ("thanh hoa" →
"Thanh Hóa"). Pairs are tried before single words, because context decides ("hoa" alone is
"hoa", in "thanh hoa" it is "Hóa").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.vietnamese.normalize import canonical_tones, fold

from .analysis import SUGGEST_SEPARATOR, has_diacritics, suggest_key

_WORD = re.compile(r"[^\W_]+")


@dataclass
class Suggestion:
    text: str  # the whole query with diacritics restored, as the user would type it
    groups: list[tuple[str, ...]]  # restored words, lowercase, grouped as found (for ranking)
    # Some word was mistyped, not only unmarked: the service proposes it only when it finds more.
    corrected: bool = False


def _distance(a: str, b: str, most: int) -> int:
    """Edits (a letter added, dropped, changed, or two swapped) from ``a`` to ``b``; more than
    ``most`` is reported as most + 1."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return min(row[-1], most + 1)


# A syllable's letters, folded: at most this many edits from the word typed (1 for short words,
# where two edits reach almost any syllable).
def _most_edits(word: str) -> int:
    return 1 if len(word) <= 4 else 2


TYPO_CANDIDATES = 2000


def _typo(word: str, written_forms) -> tuple[str, int] | None:
    """The corpus's word nearest to ``word`` (a word the corpus does not hold) by letters, the
    first letter kept (typos there are rare, and it bounds what is read): fewest edits, then
    most documents."""
    key = suggest_key(word)
    first = key[0]
    if not first.isalpha():
        return None
    most = _most_edits(word)
    best = None
    for remainder, count in written_forms(first, TYPO_CANDIDATES):
        folded_rest, _sep, written = remainder.partition(SUGGEST_SEPARATOR)
        if not written or " " in written:
            continue  # a pair of words
        edits = _distance(key[:-1], first + folded_rest, most)
        if edits <= most and (best is None or (edits, -count) < (best[1], -best[2])):
            best = (written, edits, count)
    return (best[0], best[2]) if best else None


def _without_typos(query: str, words: list[re.Match], written_forms) -> tuple[str, bool]:
    """``query`` with each word the corpus never writes replaced by its nearest word (folded, so
    that the diacritics are then restored with the words around it), and whether any was."""
    pieces, last = [], 0
    for match in words:
        word = match.group()
        if not word.isalpha() or len(word) > MAX_GRAM_CHARS or written_forms(suggest_key(word), 1):
            continue
        typo = _typo(word, written_forms)
        if typo is not None:
            pieces += [query[last : match.start()], fold(typo[0]).lower()]
            last = match.end()
    if not pieces:
        return query, False
    return "".join(pieces) + query[last:], True


def _best_form(forms: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The written form in most documents; its commonest capitalisation but capitals only."""
    by_lower: dict[str, int] = {}
    for written, count in forms:
        by_lower[written.lower()] = by_lower.get(written.lower(), 0) + count
    if not by_lower:
        return None
    lower, total = max(by_lower.items(), key=lambda item: (item[1], item[0]))
    # Headlines in capitals ("THANH HÓA") are common but never how a word is written in a
    # sentence: the commonest form that is not all capitals, when there is one.
    casing = max(
        (f for f in forms if f[0].lower() == lower),
        key=lambda f: (not (f[0].isupper() and len(f[0]) > 1), f[1]),
    )[0]
    return casing, total


def _restore(word: str, written: str) -> str:
    """``written``'s diacritics; the user's capitals where the user typed some."""
    if word.islower() or word.isdigit():
        # A form the corpus writes only in capitals (a headline's) is not how to write it.
        return written.lower() if written.isupper() and len(written) > 1 else written
    if word.isupper() and len(word) > 1:
        return written.upper()
    return written[:1].upper() + written[1:]


# Longer than any Vietnamese word or pair of words (syllables have at most seven letters).
MAX_GRAM_CHARS = 40


def suggest(query: str, written_forms) -> Suggestion | None:
    """A suggestion for ``query`` (typed without diacritics), or None.

    ``written_forms(prefix)`` lists (written form, document count) pairs of the suggest field.
    """
    query = canonical_tones(query)
    # Capitals ("TU", "UBND") are abbreviations, not words missing their marks.
    words = [m for m in _WORD.finditer(query) if not (m.group().isupper() and len(m.group()) > 1)]
    if not words or len(words) > 12 or any(has_diacritics(m.group()) for m in words):
        return None
    query, corrected = _without_typos(query, words, written_forms)
    if corrected:
        words = [m for m in _WORD.finditer(query) if not (m.group().isupper() and len(m.group()) > 1)]
    replacements: dict[int, str] = {}
    groups: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        found = None
        for width in (2, 1):
            if i + width > len(words):
                continue
            gram = " ".join(m.group() for m in words[i : i + width])
            if len(gram) > MAX_GRAM_CHARS:
                continue  # no word is this long; OpenSearch refuses a prefix this long outright
            best = _best_form(written_forms(suggest_key(gram)))
            if best is None:
                continue
            written = best[0].split(" ")
            if len(written) == width and (has_diacritics(best[0]) or width == 1):
                found = (width, written)
                break
        if found is None:
            i += 1
            continue
        width, written = found
        group = []
        restored = [_restore(words[i + k].group(), form) for k, form in enumerate(written)]
        changed = any(r.lower() != words[i + k].group().lower() for k, r in enumerate(restored))
        for offset, form in enumerate(written):
            match = words[i + offset]
            if changed and restored[offset] != match.group():
                replacements[match.start()] = restored[offset]
            group.append(form.lower())
        groups.append(tuple(group))
        i += width
    if not replacements and not corrected:
        return None
    pieces, last = [], 0
    for match in words:
        if match.start() in replacements:
            pieces.append(query[last : match.start()])
            pieces.append(replacements[match.start()])
            last = match.end()
    pieces.append(query[last:])
    return Suggestion(
        text="".join(pieces), groups=[g for g in groups if any(map(has_diacritics, g))], corrected=corrected
    )
