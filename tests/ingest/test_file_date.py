"""A PDF's creation date is the document's date only when the text gives none: marked as such in
the evidence, with a low confidence, so the document is listed for review."""

from __future__ import annotations

import datetime as dt

import pytest

from documents.ingest.run import ingest_file
from documents.models import Document
from tests.readers.pdfgen import make_pdf

pytestmark = pytest.mark.django_db

UNDATED = ["Ban Thường vụ Tỉnh ủy Nghệ An họp bàn về chuyển đổi số trong cơ quan Đảng."]
DATED = ["Ngày 4/4/2023, Ban Thường vụ Tỉnh ủy Nghệ An họp bàn về chuyển đổi số."]
PRINTED = "D:20240917093000+07'00'"


def _ingest(tmp_path, lines: list[str], created: str | None) -> Document:
    path = tmp_path / "van-ban.pdf"
    path.write_bytes(make_pdf([lines], created=created))
    outcome = ingest_file(path)
    assert outcome.status == "ingested", outcome.reason
    return Document.objects.get(pk=outcome.document_id)


def test_the_creation_date_stands_in_for_a_date_the_text_does_not_give(tmp_path) -> None:
    document = _ingest(tmp_path, UNDATED, PRINTED)
    assert (document.date, document.date_precision) == (dt.date(2024, 9, 17), "day")
    assert document.metadata_evidence["date"] == "PDF /CreationDate 2024-09-17"
    assert document.metadata_confidence["date"] < 0.6
    assert "date" in document.review_fields


def test_the_texts_date_wins_over_the_creation_date(tmp_path) -> None:
    document = _ingest(tmp_path, DATED, PRINTED)
    assert document.date == dt.date(2023, 4, 4)
    assert "CreationDate" not in document.metadata_evidence.get("date", "")


def test_without_either_the_date_stays_empty(tmp_path) -> None:
    document = _ingest(tmp_path, UNDATED, None)
    assert document.date is None
    assert "date" not in document.metadata_evidence
