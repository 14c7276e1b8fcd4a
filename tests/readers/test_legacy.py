"""TCVN3 (ABC) and VNI: the hand-written tables, their round trip, and detection from bytes."""

from __future__ import annotations

import unicodedata

import pytest

from documents.readers import read_bytes
from documents.readers.legacy import (
    TCVN3_DECODE,
    VNI_ENCODE,
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
)

# Lowercase only where TCVN3 has no capital code: Ă Â Ê Ô Ơ Ư Đ are its only marked capitals.
SENTENCE = (
    "Sáng ngày 20 tháng 5, Đảng ủy xã đã tổ chức hội nghị sơ kết việc thực hiện nghị quyết "
    "về phát triển nông nghiệp, xây dựng nông thôn mới và chăm lo đời sống của nhân dân."
)
SECOND = (
    "Đồng chí Bí thư Huyện ủy yêu cầu các chi bộ tiếp tục đổi mới phương thức lãnh đạo, "
    "nâng cao năng lực cầm quyền và sức chiến đấu của tổ chức cơ sở Đảng trong tình hình mới."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"
BASES = "aăâeêioôơuưy"
ALL_LOWER = "đ" + "".join(unicodedata.normalize("NFC", b + t) for b in BASES for t in ["", *TONES])


def test_tcvn3_chart_known_strings() -> None:
    # The well-known look of TCVN3 text opened with a Western font, decoded by the chart.
    assert decode_tcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam".encode("cp1252")) == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )
    assert decode_tcvn3("§¶ng bé tØnh".encode("cp1252")) == "Đảng bộ tỉnh"


def test_vni_chart_known_strings() -> None:
    assert decode_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("latin-1")) == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )
    assert decode_vni("ÑAÛNG BOÄ TÆNH ñöôïc".encode("latin-1")) == "ĐẢNG BỘ TỈNH được"


def test_tcvn3_covers_every_lowercase_letter_once() -> None:
    assert sorted(TCVN3_DECODE.values()) == sorted({*ALL_LOWER, *"ĂÂÊÔƠƯĐ"} - set("aeiouy"))
    assert decode_tcvn3(encode_tcvn3(ALL_LOWER)) == ALL_LOWER


def test_vni_covers_every_letter_both_cases() -> None:
    letters = ALL_LOWER + ALL_LOWER.upper()
    marked = [ch for ch in letters if not ch.isascii()]
    assert set(marked) <= set(VNI_ENCODE)
    assert decode_vni(encode_vni(letters)) == letters


@pytest.mark.parametrize(("encode", "decode"), [(encode_tcvn3, decode_tcvn3), (encode_vni, decode_vni)])
def test_round_trip_of_a_sentence(encode, decode) -> None:
    data = encode(SENTENCE)
    assert not data.isascii()
    assert decode(data) == SENTENCE


@pytest.mark.parametrize(("encode", "name"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_detected_in_a_txt_file(tmp_path, encode, name: str) -> None:
    text = f"{SENTENCE}\r\n{SECOND}"
    path = tmp_path / "cu.txt"
    path.write_bytes(encode(text))
    from documents.readers import read_file

    result = read_file(path)
    assert result.encoding == name
    assert result.text == text


@pytest.mark.parametrize(("encode", "name"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_detected_in_a_short_line(encode, name: str) -> None:
    result = read_bytes(encode("Nghị quyết của Đảng bộ tỉnh"), ".txt")
    assert (result.text, result.encoding) == ("Nghị quyết của Đảng bộ tỉnh", name)


def test_tcvn3_capitals_with_tones_decode_lowercase() -> None:
    # .VnTimeH drew capitals from the lowercase codes: the bytes cannot tell them apart.
    assert decode_tcvn3(encode_tcvn3("ỦY BAN")) == "ủY BAN"


def test_vni_capital_typed_with_lowercase_mark() -> None:
    assert decode_vni("Aù".encode("latin-1")) == "Á"
