"""The shared analyzer (documents.search.analysis) spelled as Whoosh analyzers.

The classes are defined at module level because Whoosh pickles the schema, analyzers included,
into the index: an index written before they lived here needs ``rebuild_index``.
"""

from __future__ import annotations

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, Token, Tokenizer

from documents.search.analysis import SYLLABLE_PATTERN, compound_terms, suggest_grams
from documents.vietnamese.normalize import canonical_tones, fold


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
    """Yields analysis.suggest_grams of a text: the lexicon "did you mean" reads."""

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
        for key in suggest_grams(value):
            token.text = key
            token.boost = 1.0
            token.stopped = False
            yield token
