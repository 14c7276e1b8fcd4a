"""The Vietnamese analyzer: one definition of a search token, shared by indexing and querying.

A token is a syllable: a run of letters and digits (``[^\\W_]+``), lowercased, with tone marks in
canonical places (hoá→hóa). The folded variant also drops every diacritic and maps đ→d. No stop
words and no stemming: "an" (an ninh, Nghệ An) is a word here. The classes are defined at module
level because Whoosh pickles the schema, analyzers included, into the index.
"""

from __future__ import annotations

import re

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, Token, Tokenizer

from documents.vietnamese.normalize import canonical_tones, fold

SYLLABLE_PATTERN = r"[^\W_]+"
_SYLLABLE = re.compile(SYLLABLE_PATTERN)
# Pieces of a line that a two-word suggestion may not cross.
_CLAUSE_BREAK = re.compile(r"[^\w\s]+|_")
SUGGEST_SEPARATOR = "\x1f"


class CanonicalTonesFilter(Filter):
    """Puts tone marks in canonical places, so "uỷ" and "ủy" are one token."""

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            if not text.isascii():
                token.text = canonical_tones(text)
            yield token


class FoldFilter(Filter):
    """Removes diacritics and maps đ→d: the accent-insensitive form of a token."""

    def __call__(self, tokens):
        for token in tokens:
            if not token.text.isascii():
                token.text = fold(token.text)
            yield token


def exact_analyzer():
    """Syllables, lowercased, canonical tones."""
    return RegexTokenizer(SYLLABLE_PATTERN) | LowercaseFilter() | CanonicalTonesFilter()


def folded_analyzer():
    """Syllables, lowercased, without diacritics."""
    return RegexTokenizer(SYLLABLE_PATTERN) | LowercaseFilter() | CanonicalTonesFilter() | FoldFilter()


class CompoundTokenizer(Tokenizer):
    """Reads a stored underthesea segmentation and yields only its compound words.

    "Ban Thường_vụ Tỉnh_ủy" gives "thường_vụ", "tỉnh_ủy" (lowercase, canonical tones; folded when
    ``folded``). Single syllables are already in the syllable fields.
    """

    def __init__(self, folded: bool = False):
        self.folded = folded

    def __eq__(self, other):
        return type(self) is type(other) and self.folded == other.folded

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for word in compound_terms(value, folded=self.folded):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = position
            position += 1
            yield token


class SuggestTokenizer(Tokenizer):
    """Yields "folded form␟written form" for every word and two-word sequence of a text.

    The index's lexicon then answers "which written forms does 'thanh hoa' stand for, and in how
    many documents", which is what "did you mean" needs, learned from the indexed text itself.
    """

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        seen: set[str] = set()
        for clause in _CLAUSE_BREAK.split(canonical_tones(value)):
            words = _SYLLABLE.findall(clause)
            for i, word in enumerate(words):
                for gram in (word, " ".join(words[i : i + 2]) if i + 1 < len(words) else None):
                    if gram is None or any(ch.isdigit() for ch in gram):
                        continue
                    key = suggest_key(gram) + gram
                    if key in seen:
                        continue
                    seen.add(key)
                    token.text = key
                    token.boost = 1.0
                    token.stopped = False
                    yield token


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
