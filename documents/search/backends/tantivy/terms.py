"""The terms tantivy is handed, built in Python as the shared analyzer
(documents.search.analysis) would build them: canonical and folded text, the adjacent syllable
pairs of a body field, the "did you mean" lexicon and the compound words.

Text is put in canonical form here (canonical tone places; folded fields also without
diacritics, đ→d) before tantivy sees it, so tantivy's ``simple`` tokenizer + ``lowercase`` gives
the same syllables as the Whoosh analyzer (``[^\\W_]+``, lowercased).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import tantivy

from documents.search.analysis import CLAUSE_BREAK, SUGGEST_SEPARATOR, SYLLABLE_PATTERN, compound_terms
from documents.vietnamese.normalize import canonical_tones, fold

PAIR_JOINER = "_"


def syllable_analyzer() -> tantivy.TextAnalyzer:
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase()).build()


def pair_term(first: str, second: str) -> str:
    return f"{first}{PAIR_JOINER}{second}"


def adjacent_pairs(text: str) -> str:
    """The pair terms of ``text`` as the syllable fields tokenize it (tantivy's own analyzer, so
    positions agree exactly), space-separated for the whitespace tokenizer."""
    syllables = syllable_analyzer().analyze(text)  # a new one is cheap; no sharing across threads
    return " ".join(map(PAIR_JOINER.join, itertools.pairwise(syllables)))


_SYLLABLE = re.compile(SYLLABLE_PATTERN)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=200_000)
def _folded_lower(word: str) -> tuple[str, bool]:
    """(folded lowercase form, has a digit) of a word."""
    return fold(word.lower()), bool(_DIGIT.search(word))


_FOLD_TABLE: dict[int, str] = {}


def fast_fold(text: str) -> str:
    """``normalize.fold`` of a long text, character by character through a cached table.

    fold is NFC(strip marks(NFD(text))); decomposition and stripping work per character, so a
    table of each character's stripped decomposition and one final NFC give the same string.
    """
    missing = {ch for ch in set(text) if ord(ch) not in _FOLD_TABLE}
    for ch in missing:
        decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))
        _FOLD_TABLE[ord(ch)] = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text.translate(_FOLD_TABLE))


class _TermCache(dict):
    """Formatted suggestion terms by word or word pair; emptied when full (a report's words are
    mostly the corpus's common ones, so a refill is quick) to bound the memory."""

    def __init__(self, limit: int, make):
        super().__init__()
        self.limit, self.make = limit, make

    def __missing__(self, key):
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value


# In the index, the space between the two words of a pair term is "_" ("thanh_hoa␟Thanh_Hóa"),
# so a document's suggestion terms go to tantivy as one string cut at spaces by its whitespace
# tokenizer, instead of a list of ~1,200 values each converted and indexed as a value of its own,
# which cost tantivy measurably more CPU. Words hold neither "_" (a clause break,
# analysis.CLAUSE_BREAK) nor spaces, so the terms read back unchanged.
SUGGEST_SPACE = "_"


def suggest_prefix_in_index(prefix: str) -> str:
    """A suggest_key prefix as the index spells it."""
    return prefix.replace(" ", SUGGEST_SPACE)


def suggest_term_from_index(term: str) -> str:
    """An index term (or its written part) as analysis.suggest_grams spells it."""
    return term.replace(SUGGEST_SPACE, " ")


# A clause break, as a word: not a letter, a digit or a space, so never part of a real word.
_BREAK = "\x00"
_BREAK_WORD = f" {_BREAK} "


def _word_term(word: str) -> str | None:
    key, digit = _folded_lower(word)
    return None if digit else f"{key}{SUGGEST_SEPARATOR}{word}"


def _pair_term(pair: tuple[str, str]) -> str | None:
    if _BREAK in pair:
        return None
    (key, digit), (next_key, next_digit) = _folded_lower(pair[0]), _folded_lower(pair[1])
    if digit or next_digit:
        return None
    return f"{key}{SUGGEST_SPACE}{next_key}{SUGGEST_SEPARATOR}{pair[0]}{SUGGEST_SPACE}{pair[1]}"


# ~100 bytes a word, ~200 a pair: at most ~25 MB together.
_WORD_TERMS = _TermCache(50_000, _word_term)
_PAIR_TERMS = _TermCache(100_000, _pair_term)


def suggest_terms(text: str) -> list[str]:
    """The terms analysis.suggest_grams yields, as the index spells them (SUGGEST_SPACE):
    "folded␟written" for every word and two-word sequence. Words and pairs are made unique
    before their terms are looked up (a report repeats most of its words), and a term once
    formatted is kept (the corpus repeats most of its pairs). Words with a digit are left out,
    and so are the pairs they are part of. Both shortcuts were measured on long reports."""
    # Every character is a letter or digit, a space, or a clause break (analysis.CLAUSE_BREAK),
    # so with each break turned into a word of its own the words are what str.split() gives, and
    # a pair is two neighbours of which neither is a break: one pass over the text, instead of
    # a split and a regex per clause.
    words = CLAUSE_BREAK.sub(_BREAK_WORD, canonical_tones(text)).split()
    pairs = set(itertools.pairwise(words))
    words = set(words)
    words.discard(_BREAK)
    word_terms, pair_terms = _WORD_TERMS, _PAIR_TERMS
    terms = [term for term in [word_terms[word] for word in words] if term]
    terms.extend(term for term in [pair_terms[pair] for pair in pairs] if term)
    return terms


@lru_cache(maxsize=200_000)
def _compound(raw: str) -> tuple[str, str] | None:
    found = compound_terms(raw)
    return (found[0], fold(found[0])) if found else None


def compounds(segmented: str) -> tuple[str, str]:
    """(exact, folded) compound words of a segmentation, as analysis.compound_terms gives them."""
    exact, folded = [], []
    for raw in segmented.split():
        if "_" in raw:
            found = _compound(raw)
            if found:
                exact.append(found[0])
                folded.append(found[1])
    return " ".join(exact), " ".join(folded)
