"""Word 97-2003 .doc files, and the other things offices name .doc."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from documents.readers import ReadError, read_bytes, read_file
from tools.readers.printed import sample_texts, word_match

from .programs import need

FIXTURES = Path(__file__).parent / "fixtures"
SOURCE = next(iter(sample_texts().values()))


@pytest.mark.parametrize(
    ("name", "source"),
    [("unicode.doc", "text_layer"), ("tcvn3.doc", "legacy_converted"), ("vni.doc", "legacy_converted")],
)
def test_word_97_files_are_read_whole(name: str, source: str) -> None:
    result = read_file(FIXTURES / name)
    assert word_match(result.text, SOURCE) >= 0.98
    assert result.text_source == source
    assert result.text.splitlines()[1] == SOURCE.splitlines()[2].strip()  # paragraphs kept


def test_the_tcvn3_letter_u_horn_survives() -> None:
    # antiword and catdoc drop it (it is the soft hyphen's code): "đợc" for "được".
    assert "được" in read_file(FIXTURES / "tcvn3.doc").text


def _with_flags(data: bytes, flags: int) -> bytes:
    """The fixture with bits set in the FIB's flags (at 0x0A of the WordDocument stream)."""
    import olefile

    document = olefile.OleFileIO(io.BytesIO(data), write_mode=False)
    stream = document.openstream("WordDocument").read()
    start = data.find(stream[:64])
    assert start > 0
    (current,) = struct.unpack_from("<H", data, start + 0x0A)
    patched = bytearray(data)
    struct.pack_into("<H", patched, start + 0x0A, current | flags)
    return bytes(patched)


def test_a_password_protected_doc_is_refused_with_its_reason() -> None:
    locked = _with_flags((FIXTURES / "unicode.doc").read_bytes(), 0x0100)
    with pytest.raises(ReadError, match=r"^tệp \.doc được đặt mật khẩu \(mã hóa\) nên không đọc được$"):
        read_bytes(locked, ".doc")


def test_a_web_page_saved_as_doc_is_read_as_html_and_says_so() -> None:
    page = (
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head>'
        "<body><p>Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5.</p></body></html>"
    )
    result = read_bytes(page.encode(), ".doc")
    assert result.text == "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5."
    assert any("really a web page (HTML)" in warning for warning in result.warnings)


def test_an_empty_web_page_saved_as_doc_names_both() -> None:
    both = r"^tệp \.doc này thực ra là trang web \(HTML\): trang HTML không có chữ"
    with pytest.raises(ReadError, match=both):
        read_bytes(b"<!DOCTYPE html><html><body><script>x()</script></body></html>", ".doc")


def test_a_docx_named_doc_is_read() -> None:
    document = docx.Document()
    document.add_paragraph("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.")
    out = io.BytesIO()
    document.save(out)
    assert read_bytes(out.getvalue(), ".doc").text == "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Just some text named .doc", "không phải tệp Word .doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "tệp .doc bị hỏng"),
    ],
)
def test_what_is_not_a_word_file(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_bytes(data, ".doc")


def test_a_cut_short_doc_is_refused() -> None:
    data = (FIXTURES / "unicode.doc").read_bytes()
    with pytest.raises(ReadError, match=r"tệp \.doc bị hỏng"):
        read_bytes(data[: len(data) // 3], ".doc")


def test_odt_paragraphs_in_order() -> None:
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>THÔNG BÁO KẾT LUẬN</text:h><text:p>Ban Thường vụ<text:s/>Tỉnh ủy"
        "<text:s text:c='2'/>kết luận.<text:note><text:p>chú thích</text:p></text:note></text:p>"
        "</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    assert read_bytes(out.getvalue(), ".odt").text == "THÔNG BÁO KẾT LUẬN\nBan Thường vụ Tỉnh ủy  kết luận."


def test_an_odt_zip_bomb_is_refused() -> None:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("content.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(210):
            member.write(b"\0" * (1 << 20))
    with pytest.raises(ReadError, match=r"^từ chối: tệp \.odt \(OpenDocument\) sẽ bung ra 210 MB .*zip bomb"):
        read_bytes(out.getvalue(), ".odt")


def _rtf(paragraphs: list[str]) -> bytes:
    """An RTF file as word processors write Vietnamese: each non-ASCII letter as a \\uN escape."""
    escaped = ["".join(ch if ch.isascii() else f"\\u{ord(ch)}?" for ch in p) for p in paragraphs]
    body = "".join(f"\\pard {p}\\par\n" for p in escaped)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n" + body + "}").encode(
        "ascii"
    )


@pytest.mark.parametrize("extension", [".rtf", ".doc"])
def test_rtf_through_catdoc(extension: str) -> None:
    need("catdoc")
    paragraphs = ["THÔNG BÁO KẾT LUẬN", "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5."]
    assert read_bytes(_rtf(paragraphs), extension).text == "\n".join(paragraphs)


def test_not_rtf() -> None:
    with pytest.raises(ReadError, match=r"^không phải tệp RTF$"):
        read_bytes(b"plain text", ".rtf")
