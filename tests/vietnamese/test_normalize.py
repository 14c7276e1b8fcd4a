import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from documents.vietnamese.names import person_key, tidy_person_name
from documents.vietnamese.normalize import (
    canonical_tones,
    fold,
    normalize_text,
    normalize_whitespace,
    place_tones,
    syllables,
)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("hoá", "hóa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("HOÁ", "HÓA"),
        ("uỷ ban", "ủy ban"),
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ", "khỏe"),
        ("tuỳ", "tùy"),
        ("loà", "lòa"),
        ("Thuỵ", "Thụy"),
        # already canonical, or not an open oa/oe/uy rhyme: untouched
        ("hóa", "hóa"),
        ("quý", "quý"),
        ("quỷ", "quỷ"),
        ("Quỳnh", "Quỳnh"),
        ("hoàn thành", "hoàn thành"),
        ("kế hoạch", "kế hoạch"),
        ("ngoài", "ngoài"),
        ("thuế", "thuế"),
        ("thuở", "thuở"),
        ("khuya", "khuya"),
    ],
)
def test_canonical_tone_placement(written, canonical):
    assert canonical_tones(written) == canonical


# Letters around the open rhymes, their tones precomposed and combining, and separators: the
# material of every case where the shortcut for canonical texts could differ from placing tones.
_TONE_MATERIAL = st.text(
    alphabet="oOuUqQaAeEyYhtnkg"
    + "áàảãạéèẻẽẹýỳỷỹỵÁÝóòủúọ"
    + "\u0300\u0301\u0303\u0309\u0323\u0302"
    + " .,1_\n",
    max_size=40,
)


@settings(max_examples=600, deadline=None)
@given(_TONE_MATERIAL)
@example("quý thuý khoẻ hoà QUÝ THUỶ")
@example("ho\u0301a")
def test_canonical_tones_shortcut_agrees_with_placing_tones(text):
    assert canonical_tones(text) == place_tones(text)


@pytest.mark.parametrize("vowel", "áàảãạéèẻẽẹýỳỷỹỵ")
@pytest.mark.parametrize("first", ["o", "u", "qu", "O", "U"])
def test_canonical_tones_shortcut_sees_every_movable_tone(first, vowel):
    for word in (f"h{first}{vowel}", f"h{first}{vowel}".upper(), f"{first}{vowel} x", f"x{first}{vowel}."):
        assert canonical_tones(word) == place_tones(word)


def test_canonical_tones_returns_a_canonical_text_unchanged():
    text = normalize_text("Ban Thường vụ Tỉnh uỷ Thanh Hoá họp quý I")
    assert canonical_tones(text) is text


def test_canonical_tones_accepts_decomposed_input_and_returns_nfc():
    decomposed = unicodedata.normalize("NFD", "Thanh Hoá")
    assert canonical_tones(decomposed) == "Thanh Hóa"
    assert unicodedata.is_normalized("NFC", canonical_tones(decomposed))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Thanh Hóa", "Thanh Hoa"),
        ("Đảng bộ tỉnh", "Dang bo tinh"),
        ("đồng chí", "dong chi"),
        ("giải phóng mặt bằng", "giai phong mat bang"),
        ("Nghệ An", "Nghe An"),
    ],
)
def test_fold_removes_every_diacritic_and_maps_d_stroke(text, folded):
    assert fold(text) == folded


def test_whitespace_keeps_paragraphs_and_drops_invisible_characters():
    text = "Dòng  một\u00a0\t có\u200b khoảng\r\n\r\n\r\n\r\nĐoạn hai  \n"
    assert normalize_whitespace(text) == "Dòng một có khoảng\n\nĐoạn hai"


def test_normalize_text_combines_everything():
    assert normalize_text("  Ban Thường vụ Tỉnh uỷ Thanh Hoá \n") == "Ban Thường vụ Tỉnh ủy Thanh Hóa"


def test_the_icelandic_eth_is_read_as_the_vietnamese_d():
    # It looks the same as Đ/đ: older pages and converted files write it, and neither the rules
    # nor a search for "Đại hội" would know such a text.
    assert normalize_text("\u00d0ại hội \u00d0ảng bộ, \u00f0ồng chí") == "Đại hội Đảng bộ, đồng chí"


def test_syllables_split_on_punctuation_and_lowercase():
    assert syllables("Kết luận số 2043-KL/TU, ngày 05/12/2023") == [
        "kết", "luận", "số", "2043", "kl", "tu", "ngày", "05", "12", "2023",
    ]  # fmt: skip


def test_person_names_are_one_person_whatever_the_spelling():
    assert tidy_person_name("  nguyễn   văn  THUỴ ") == "Nguyễn Văn Thụy"
    assert person_key("Nguyễn Văn Thuỵ") == person_key("NGUYỄN VĂN THỤY")
    assert person_key("Nguyễn Văn Thụy") != person_key("Nguyễn Văn Thủy")
