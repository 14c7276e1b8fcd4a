"""The analyzer: syllables, canonical tone placement, folding, compound words."""

from __future__ import annotations

import pytest

from documents.search.analysis import compound_terms, tokens
from documents.search.backends.whoosh.analysis import (
    CompoundTokenizer,
    SuggestTokenizer,
    exact_analyzer,
    folded_analyzer,
)
from documents.vietnamese.normalize import normalize_text, syllables
from documents.vietnamese.segment import segment


def texts(analyzer, value: str) -> list[str]:
    return [token.text for token in analyzer(value)]


@pytest.mark.parametrize(
    ("old", "new"),
    [("Thanh Hoá", "Thanh Hóa"), ("uỷ ban", "ủy ban"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe")],
)
def test_old_and_new_tone_placement_are_one_token(old, new):
    assert texts(exact_analyzer(), old) == texts(exact_analyzer(), new)
    assert texts(folded_analyzer(), old) == texts(folded_analyzer(), new)


def test_words_with_fixed_tone_placement_are_untouched():
    assert texts(exact_analyzer(), "quý hoàn") == ["quý", "hoàn"]


def test_folding_removes_diacritics_and_maps_d_stroke():
    assert texts(folded_analyzer(), "Đảng bộ tỉnh Điện Biên") == ["dang", "bo", "tinh", "dien", "bien"]
    assert texts(exact_analyzer(), "Đảng") == ["đảng"]


def test_no_stop_words_and_no_stemming():
    # Haystack's default StemmingAnalyzer drops "an"; ours keeps every syllable.
    assert texts(exact_analyzer(), "an ninh Nghệ An Long An ở ý may to") == [
        "an", "ninh", "nghệ", "an", "long", "an", "ở", "ý", "may", "to",
    ]  # fmt: skip


def test_syllables_split_on_punctuation_and_underscore():
    assert texts(exact_analyzer(), "2043-KL/TU; Thường_vụ") == ["2043", "kl", "tu", "thường", "vụ"]


def test_positions_are_kept_for_phrases():
    positions = [t.pos for t in exact_analyzer()("giải phóng mặt bằng", positions=True)]
    assert positions == [0, 1, 2, 3]


def test_exact_tokens_match_the_normalizer_syllables():
    text = normalize_text("Ban Thường vụ Tỉnh uỷ Thanh Hoá họp, UBND tỉnh báo cáo.")
    assert texts(exact_analyzer(), text) == syllables(text) == tokens(text)


def test_compound_words_come_from_the_stored_segmentation():
    text = normalize_text("Ban Thường vụ Tỉnh ủy chỉ đạo công tác cải cách hành chính.")
    stored = segment(text)
    compounds = compound_terms(stored)
    assert compounds, stored
    # Every compound is made of the syllables the syllable fields index, in order.
    syllable_text = " ".join(syllables(text))
    for compound in compounds:
        assert compound.replace("_", " ") in syllable_text
    assert texts(CompoundTokenizer(), stored) == compounds
    assert texts(CompoundTokenizer(folded=True), "Tỉnh_ủy") == ["tinh_uy"]


def test_suggest_tokens_map_folded_to_written_forms():
    found = texts(SuggestTokenizer(), "tỉnh Thanh Hoá, năm 2023")
    assert "thanh hoa\x1fThanh Hóa" in found
    assert "hoa\x1fHóa" in found
    assert not any("2023" in token for token in found)
    # A pair never crosses punctuation.
    assert not any(token.startswith("hoa nam") for token in found)
