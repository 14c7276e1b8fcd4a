"""Text files: Unicode encodings, Windows-1258, the legacy TCVN3/VNI fonts, and binary refusal."""

from __future__ import annotations

import codecs
import random
import unicodedata
from pathlib import Path

import pytest

from documents.readers import ReadError, read_bytes, read_file

SENTENCE = (
    "Ngày 15 tháng 3 năm 2023, Ban Thường vụ Tỉnh ủy đã chỉ đạo các cấp ủy Đảng "
    "tổ chức học tập nghị quyết của Trung ương về xây dựng, chỉnh đốn Đảng."
)
# Capitals with tone marks too: Windows-1258 and VNI can write them, TCVN3 cannot.
CAPITALS = "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH NĂM 2024"
TONES = "\u0300\u0301\u0303\u0309\u0323"
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"


def windows_1258_form(text: str) -> str:
    """Decompose only the tone marks (â ê ô ơ ư ă đ stay whole), as Windows-1258 stores text."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(mark for mark in decomposed if mark in TONES)
        rest = "".join(mark for mark in decomposed if mark not in TONES)
        out.append(unicodedata.normalize("NFC", rest) + tones)
    return "".join(out)


def read_txt_bytes(data: bytes, tmp_path: Path, name: str = "van-ban.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_file(path)


def test_utf8(tmp_path) -> None:
    result = read_txt_bytes(SENTENCE.encode("utf-8"), tmp_path)
    assert result.text == SENTENCE
    assert result.encoding == "utf-8"
    assert result.warnings == []


def test_utf8_with_bom(tmp_path) -> None:
    result = read_txt_bytes(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), tmp_path)
    assert result.text == SENTENCE  # the BOM is not part of the text
    assert result.encoding == "utf-8-sig"


def test_utf8_decomposed_is_composed(tmp_path) -> None:
    result = read_txt_bytes(unicodedata.normalize("NFD", SENTENCE).encode("utf-8"), tmp_path)
    assert result.text == SENTENCE


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [(codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be")],
)
def test_utf16_with_bom(tmp_path, bom: bytes, codec: str, expected: str) -> None:
    result = read_txt_bytes(bom + SENTENCE.encode(codec), tmp_path)
    assert result.text == SENTENCE
    assert result.encoding == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec: str) -> None:
    result = read_txt_bytes(SENTENCE.encode(codec), tmp_path)
    assert result.text == SENTENCE
    assert result.encoding == codec
    assert result.warnings


def test_utf16_cut_in_the_last_character(tmp_path) -> None:
    result = read_txt_bytes(codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le") + b"\x41", tmp_path)
    assert result.text == SENTENCE + "\ufffd"


def test_windows_1258(tmp_path) -> None:
    text = f"{CAPITALS}\n{SENTENCE}"
    data = windows_1258_form(text).encode("cp1258")
    assert "\u0301".encode("cp1258") in data  # really stored with combining tone marks
    result = read_txt_bytes(data, tmp_path)
    assert result.encoding == "cp1258"
    assert result.text == text


def test_page_date_marker_is_kept(tmp_path) -> None:
    text = f" date 2023-04 {SENTENCE}"
    assert read_txt_bytes(text.encode(), tmp_path).text == text


def test_mostly_utf8_with_a_broken_byte(tmp_path) -> None:
    data = (SENTENCE * 3).encode() + b"\xff" + SENTENCE.encode()
    result = read_txt_bytes(data, tmp_path)
    assert result.encoding == "utf-8"
    assert "\ufffd" in result.text
    assert result.warnings


def test_ascii_with_a_stray_8bit_character(tmp_path) -> None:
    text = "Minutes of the meeting with the Hanoi office. " * 40 + "Price: 100\u20ac."
    result = read_txt_bytes(text.encode("cp1258"), tmp_path)
    assert result.text == text
    assert result.warnings


def test_random_bytes_refused(tmp_path) -> None:
    data = random.Random(7).randbytes(4096)
    with pytest.raises(ReadError, match=r"^không phải văn bản: "):
        read_txt_bytes(data, tmp_path)


def test_random_high_bytes_without_nul_or_controls_refused(tmp_path) -> None:
    rng = random.Random(11)
    data = bytes(rng.choice(range(0x20, 0x100)) for _ in range(2000))
    with pytest.raises(ReadError, match=r"^không phải văn bản: .*tiếng Việt"):
        read_txt_bytes(data, tmp_path)


def test_control_characters_refused(tmp_path) -> None:
    data = SENTENCE.encode() + bytes(range(1, 9)) * 10
    with pytest.raises(ReadError, match=r"^không phải văn bản: .*điều khiển"):
        read_txt_bytes(data, tmp_path)


def test_nul_bytes_that_are_not_utf16_refused(tmp_path) -> None:
    data = b"\x00\x00\x00\x01" + SENTENCE.encode() + b"\x00" * 7
    with pytest.raises(ReadError, match=r"^không phải văn bản: .*NUL"):
        read_txt_bytes(data, tmp_path)


def test_only_a_bom_is_empty(tmp_path) -> None:
    with pytest.raises(ReadError, match="rỗng"):
        read_txt_bytes(codecs.BOM_UTF8 + b"  \n", tmp_path)


def test_read_bytes_upload_path() -> None:
    assert read_bytes(SENTENCE.encode("utf-16"), ".txt").text == SENTENCE


def test_real_documents_decode_as_utf8() -> None:
    real_files = sorted(SAMPLES_DIR.glob("*.txt"))
    assert len(real_files) == 5
    for path in real_files:
        result = read_file(path)
        assert result.encoding == "utf-8", path
        assert result.text == unicodedata.normalize("NFC", path.read_bytes().decode("utf-8")), path
        assert any(word in result.text for word in ("của", "và", "các", "Đảng")), path


def test_control_characters_are_counted_as_before_every_one_of_them():
    from documents.readers.txt import _control_share

    every = "".join(map(chr, range(0x00, 0xB0)))
    controls = [ch for ch in every if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0]
    assert _control_share(every) == len(controls) / len(every)
    assert _control_share("Thanh Hóa\t\n\r\f") == 0.0
    assert _control_share("") == 0.0
