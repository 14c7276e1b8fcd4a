"""Text typed in the legacy TCVN3 (.VnTime) and VNI (VNI-Times) fonts, in every format: found by
the font name where the format keeps it, by the letters otherwise, and converted to Unicode."""

from __future__ import annotations

import io

import docx
import pytest

from documents.readers import read_bytes
from tools.readers.printed import print_text, sample_texts, word_match

from .legacy_docx import FONTS, as_typed, legacy_docx
from .programs import need

SOURCE = list(sample_texts().values())[1]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("font_in_style", [True, False], ids=["font-in-style", "font-on-runs"])
def test_a_docx_typed_in_a_legacy_font(encoding: str, font_in_style: bool) -> None:
    data = legacy_docx(SOURCE, encoding, font_in_style=font_in_style)
    as_stored = docx.Document(io.BytesIO(data)).paragraphs[2].text
    assert word_match(as_stored, SOURCE) < 0.5  # what the reader used to store

    result = read_bytes(data, ".docx")
    assert word_match(result.text, SOURCE) >= 0.98
    assert (result.text_source, result.encoding) == ("legacy_converted", encoding)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_docx_whose_font_name_was_lost_is_converted_by_its_letters(encoding: str) -> None:
    document = docx.Document()
    for line in SOURCE.splitlines():
        if line.strip():
            document.add_paragraph(as_typed(line.strip(), encoding)).runs[0].font.name = "Times New Roman"
    out = io.BytesIO()
    document.save(out)
    result = read_bytes(out.getvalue(), ".docx")
    assert word_match(result.text, SOURCE) >= 0.98
    assert (result.text_source, result.encoding) == ("legacy_converted", encoding)


def test_unicode_and_legacy_paragraphs_in_one_docx() -> None:
    document = docx.Document()
    document.add_paragraph("Thông báo kết luận của Ban Thường vụ Tỉnh ủy")
    legacy = document.add_paragraph().add_run(
        as_typed("Hội nghị thống nhất đánh giá kết quả thực hiện", "tcvn3")
    )
    legacy.font.name = FONTS["tcvn3"]
    heading = document.add_paragraph().add_run(as_typed("kết luận", "tcvn3"))
    heading.font.name = ".VnTimeH"  # the capitals font draws capitals from the lowercase codes
    out = io.BytesIO()
    document.save(out)
    assert read_bytes(out.getvalue(), ".docx").text.splitlines() == [
        "Thông báo kết luận của Ban Thường vụ Tỉnh ủy",
        "Hội nghị thống nhất đánh giá kết quả thực hiện",
        "KẾT LUẬN",
    ]


def test_accented_western_text_is_left_alone() -> None:
    document = docx.Document()
    document.add_paragraph("Café, résumé, naïve: à la carte. Übung macht den Meister, señor.")
    out = io.BytesIO()
    document.save(out)
    result = read_bytes(out.getvalue(), ".docx")
    assert result.text == "Café, résumé, naïve: à la carte. Übung macht den Meister, señor."
    assert result.text_source == "text_layer"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_web_page_in_a_legacy_font(encoding: str) -> None:
    body = "".join(
        f"<p>{as_typed(line.strip(), encoding)}</p>" for line in SOURCE.splitlines() if line.strip()
    )
    style = f"font-family: {FONTS[encoding]}"
    page = f'<html><head><meta charset="utf-8"></head><body style="{style}">{body}</body></html>'
    result = read_bytes(page.encode("utf-8"), ".html")
    assert word_match(result.text, SOURCE) >= 0.98
    assert result.text_source == "legacy_converted"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_txt_in_a_legacy_encoding_says_its_text_was_converted(encoding: str) -> None:
    from documents.readers.legacy import encode_tcvn3, encode_vni

    encode = {"tcvn3": encode_tcvn3, "vni": encode_vni}[encoding]
    result = read_bytes(encode(SOURCE), ".txt")
    assert word_match(result.text, SOURCE) >= 0.98
    assert (result.text_source, result.encoding) == ("legacy_converted", encoding)


def test_a_pdf_printed_from_a_legacy_font_document(tmp_path) -> None:
    # The PDF carries the font's codes as Latin letters, as one printed from a VNI-Times document
    # does. (Not TCVN3 here: its "ư" is the soft hyphen's code, which Chromium does not draw.)
    need("chromium")
    typed = "\n".join(as_typed(line.strip(), "vni") for line in SOURCE.splitlines() if line.strip())
    pdf = print_text(typed, "sans", tmp_path / "vni-times.pdf")
    result = read_bytes(pdf.read_bytes(), ".pdf")
    assert word_match(result.text, SOURCE) >= 0.98
    assert (result.text_source, result.encoding) == ("legacy_converted", "vni")
