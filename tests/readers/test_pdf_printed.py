"""PDFs as offices print them (Chromium, four layouts) read back faithfully."""

from __future__ import annotations

import pytest

from documents.metadata import extract_metadata
from documents.readers import read_bytes
from documents.vietnamese.normalize import normalize_text
from tools.readers.printed import LAYOUTS, paragraphs, word_match


@pytest.mark.parametrize("layout", LAYOUTS)
def test_stored_text_matches_the_source(printed, layout: str) -> None:
    data, source = printed[layout]
    result = read_bytes(data, ".pdf")
    assert word_match(result.text, source) >= 0.98
    assert result.text_source == "text_layer"
    assert result.ocr_confidence is None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_lines_are_re_flowed_into_the_source_paragraphs(printed, layout: str) -> None:
    data, source = printed[layout]
    got = read_bytes(data, ".pdf").text.split("\n\n")
    want = paragraphs(source)
    # Paragraphs come back whole; a page or column break may hide where one ended.
    assert got[0] == want[0]
    assert sum(paragraph in want for paragraph in got) >= 0.75 * len(want)
    assert len(got) <= len(want) + 2  # not one paragraph per printed line


@pytest.mark.parametrize("layout", ["serif_fallback", "two_columns"])
def test_syllables_drawn_from_a_fallback_font_stay_whole(printed, layout: str) -> None:
    text = read_bytes(printed[layout][0], ".pdf").text
    assert "nhiệm vụ" in text
    assert "nhi ệ m" not in text


def test_the_creation_date_is_only_a_file_date(printed) -> None:
    result = read_bytes(printed["sans"][0], ".pdf")
    assert result.date is None  # never the meeting's date hint
    assert result.file_date is not None and result.file_date[:2] == "20"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_extraction_on_the_pdf_equals_extraction_on_the_text(printed, layout: str) -> None:
    data, source = printed[layout]
    result = read_bytes(data, ".pdf")
    from_pdf = extract_metadata(
        normalize_text(result.text), hints={"title": result.title, "date": result.date}
    )
    from_text = extract_metadata(normalize_text(source))
    for name in ("province", "date", "meeting_type", "doc_type", "title", "chair"):
        assert getattr(from_pdf, name) == getattr(from_text, name), name
    assert from_text.province and from_text.date and from_text.meeting_type  # the comparison means something
