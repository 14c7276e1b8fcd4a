"""The Vietnamese analyzer: one definition of a search token, shared by indexing and querying on
every backend (each engine spells it: backends/*/).

A token is a syllable: a run of letters and digits (``[^\\W_]+``), lowercased, with tone marks in
canonical places (hoá→hóa). The folded variant also drops every diacritic and maps đ→d. No stop
words and no stemming: "an" (an ninh, Nghệ An) is a word here. Plain functions, no engine imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from documents.vietnamese.normalize import canonical_tones, fold

SYLLABLE_PATTERN = r"[^\W_]+"
_SYLLABLE = re.compile(SYLLABLE_PATTERN)
# Pieces of a line that a two-word suggestion may not cross.
CLAUSE_BREAK = re.compile(r"[^\w\s]+|_")
SUGGEST_SEPARATOR = "\x1f"


def suggest_grams(text: str) -> Iterator[str]:
    """ "folded form␟written form" for every word and two-word sequence of a text, once each.

    The index's lexicon then answers "which written forms does 'thanh hoa' stand for, and in how
    many documents", which is what "did you mean" needs, learned from the indexed text itself.
    """
    seen: set[str] = set()
    for clause in CLAUSE_BREAK.split(canonical_tones(text)):
        words = _SYLLABLE.findall(clause)
        for i, word in enumerate(words):
            for gram in (word, " ".join(words[i : i + 2]) if i + 1 < len(words) else None):
                if gram is None or any(ch.isdigit() for ch in gram):
                    continue
                key = suggest_key(gram) + gram
                if key not in seen:
                    seen.add(key)
                    yield key


def suggest_key(written: str) -> str:
    """The lexicon prefix under which the written forms of ``written`` are stored."""
    return fold(written.lower()) + SUGGEST_SEPARATOR


def compound_terms(segmented: str, folded: bool = False) -> list[str]:
    """Compound words of a segmentation, as index terms: lowercase, syllables joined by "_"."""
    terms = []
    for raw in segmented.split():
        parts = [p for p in raw.split("_") if p]
        if len(parts) < 2:
            continue
        syllables = [s for part in parts for s in tokens(part)]
        if len(syllables) < 2:
            continue
        term = "_".join(syllables)
        terms.append(fold(term) if folded else term)
    return terms


def tokens(text: str) -> list[str]:
    """The exact tokens of ``text``, as the index holds them."""
    return [canonical_tones(t.lower()) for t in _SYLLABLE.findall(text)]


def folded_tokens(text: str) -> list[str]:
    return [fold(t) for t in tokens(text)]


def has_diacritics(word: str) -> bool:
    return fold(word) != word
