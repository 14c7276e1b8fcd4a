import unicodedata

import pytest

from documents.vietnamese.names import person_key, tidy_person_name
from documents.vietnamese.normalize import (
    canonical_tones,
    fold,
    normalize_text,
    normalize_whitespace,
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


def test_syllables_split_on_punctuation_and_lowercase():
    assert syllables("Kết luận số 2043-KL/TU, ngày 05/12/2023") == [
        "kết", "luận", "số", "2043", "kl", "tu", "ngày", "05", "12", "2023",
    ]  # fmt: skip


def test_person_names_are_one_person_whatever_the_spelling():
    assert tidy_person_name("  nguyễn   văn  THUỴ ") == "Nguyễn Văn Thụy"
    assert person_key("Nguyễn Văn Thuỵ") == person_key("NGUYỄN VĂN THỤY")
    assert person_key("Nguyễn Văn Thụy") != person_key("Nguyễn Văn Thủy")
