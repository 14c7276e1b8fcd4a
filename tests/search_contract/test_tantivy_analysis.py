"""The tantivy backend's fast term builders give exactly the shared analyzer's terms, and tantivy's
own tokenizer gives exactly our syllables once the text is canonical."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.search.analysis import folded_tokens, tokens
from documents.search.backends.tantivy.terms import (
    _TermCache,
    adjacent_pairs,
    compounds,
    fast_fold,
    suggest_prefix_in_index,
    suggest_term_from_index,
    suggest_terms,
    syllable_analyzer,
)
from documents.search.backends.whoosh.analysis import CompoundTokenizer, SuggestTokenizer
from documents.vietnamese.normalize import canonical_tones, fold

SAMPLES = sorted((Path(__file__).resolve().parent.parent.parent / "samples").glob("*.txt"))
TRICKY = "Thanh Hoá, UỶ BAN 2043-KL/TU covid-19 a_b Đắk Lắk; “Ban Thường vụ” – Nghệ An. x2 1.000 tỷ"


@pytest.mark.parametrize("text", [TRICKY, *(p.read_text(encoding="utf-8") for p in SAMPLES)])
def test_syllables_are_the_whoosh_analyzers(text):
    analyzer = syllable_analyzer()
    assert analyzer.analyze(canonical_tones(text)) == tokens(text)
    assert analyzer.analyze(fold(canonical_tones(text))) == folded_tokens(text)


def _shared_suggest_terms(text: str) -> list[str]:
    return sorted(t.text for t in SuggestTokenizer()(text))


@pytest.mark.parametrize("text", [TRICKY, *(p.read_text(encoding="utf-8") for p in SAMPLES)])
def test_suggest_terms_are_the_suggest_tokenizers(text):
    assert sorted(map(suggest_term_from_index, suggest_terms(text))) == _shared_suggest_terms(text)


def test_compounds_are_the_compound_tokenizers():
    segmented = "Ban Thường_vụ Tỉnh_uỷ Thanh_Hoá, 2043-KL/TU cải_cách hành_chính a_ Đắk_Lắk"
    exact, folded = compounds(segmented)
    assert exact.split() == [t.text for t in CompoundTokenizer()(segmented)]
    assert folded.split() == [t.text for t in CompoundTokenizer(folded=True)(segmented)]


@pytest.mark.parametrize(
    "text", [TRICKY, "e\u0301 ǅ Ω ﬁ 가각", *(p.read_text(encoding="utf-8") for p in SAMPLES)]
)
def test_fast_fold_is_fold(text):
    assert fast_fold(text) == fold(text)


@pytest.mark.parametrize("text", [TRICKY, *(p.read_text(encoding="utf-8") for p in SAMPLES)])
def test_pair_terms_are_adjacent_syllables_of_the_shared_analyzer(text):
    syllables = tokens(text)
    expected = [f"{a}_{b}" for a, b in itertools.pairwise(syllables)]
    assert adjacent_pairs(canonical_tones(text)).split() == expected


# Letters with and without marks, digits, every kind of space, clause breaks (the underscore and
# NUL among them) and a lone combining mark.
_ALPHABET = "aăâeêioôơuưyđAĐ hoáủỷ19 \u00a0\t\n\u2028\u3000,.;–“”()_\x00-/\u0301"


@given(st.text(alphabet=_ALPHABET, max_size=80))
@settings(max_examples=300, deadline=None)
def test_suggest_terms_are_the_suggest_tokenizers_for_any_text(text):
    assert sorted(map(suggest_term_from_index, suggest_terms(text))) == _shared_suggest_terms(text)


def test_the_suggestion_term_cache_empties_when_full():
    cache = _TermCache(3, str.upper)
    assert [cache[w] for w in "abc"] == ["A", "B", "C"]
    assert cache["d"] == "D" and len(cache) == 1
    assert cache["a"] == "A" and len(cache) == 2


def test_suggestion_terms_are_whole_tokens_of_the_whitespace_tokenizer():
    """The index gets the terms as one string cut at ASCII spaces (tantivy's whitespace tokenizer;
    the separator \\x1f is a space to Python, not to it): no term may hold one, and
    a pair's words, joined by SUGGEST_SPACE, come apart again for the suggestion."""
    terms = suggest_terms(TRICKY + " Thanh\u00a0Hoá x\u3000y")
    assert terms and not any(set(term) & set(" \t\n\x0b\x0c\r") for term in terms)
    assert "thanh_hoa\x1fThanh_Hóa" in terms
    assert suggest_prefix_in_index("thanh hoa\x1f") == "thanh_hoa\x1f"
    assert suggest_term_from_index("Thanh_Hóa") == "Thanh Hóa"
