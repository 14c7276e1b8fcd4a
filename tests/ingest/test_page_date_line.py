"""The page's date line (" date 2023-04 ...", which the crawler writes before a page's text) is
metadata, not body text: extraction reads it, readers never see it (snippets, the document page,
the exports' snippet column) and searches never match it."""

from __future__ import annotations

import pytest

from documents.ingest.prepare import prepare_document, without_date_line
from documents.ingest.reasons import FileRefused
from documents.models import Document

BODY = "Ban Chấp hành Đảng bộ tỉnh chỉ rõ hạn chế trong công tác giải phóng mặt bằng."


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (f" date 2023-04 {BODY}", BODY),
        (f"date 2024-11-05\n\n{BODY}", BODY),
        (BODY, BODY),
        (f"Tin ngày 5/4: date 2023-04 {BODY}", f"Tin ngày 5/4: date 2023-04 {BODY}"),  # only a first line
    ],
)
def test_the_date_line_is_taken_off_the_front_only(text, body):
    assert without_date_line(text) == body


def test_the_stored_text_lacks_the_line_and_the_metadata_still_reads_it():
    prepared = prepare_document(f" date 2023-04 {BODY}".encode(), "bai.txt", "d" * 64)
    assert prepared.text == BODY and "date" not in prepared.segmented
    assert prepared.raw_text.startswith(" date 2023-04 ")  # the reader's text as it was
    assert prepared.metadata["date"] == "2023-04"  # the line's month: the text gives no date


def test_a_page_of_a_date_line_alone_has_no_text():
    with pytest.raises(FileRefused):
        prepare_document(b" date 2023-04 \n", "bai.txt", "e" * 64)


@pytest.mark.django_db
def test_the_samples_pages_show_no_date_line(client, ingested_samples):
    dated = Document.objects.get(original_name="000_e5e8a9902a8cde1c.txt")
    assert dated.raw_text.lstrip().startswith("date 2023-04")
    assert not dated.text.startswith("date") and dated.date_iso == "2023-04"
    page = client.get(dated.get_absolute_url()).content.decode()
    assert "date 2023-04" not in page
    search = client.get("/search/", {"q": "hạn chế, có mặt yếu kém"}).content.decode()
    assert dated.get_absolute_url() in search and "date 2023-04" not in search
    # no document holds "date" beside "2023" (those with 2023 alone are the second tier); as
    # typed, or the list would be its typo correction's
    typed = client.get("/search/", {"q": "date 2023", "as_typed": "1"}).context["outcome"]
    assert typed.tier_totals[0] == 0
    export = b"".join(client.get("/search/export.csv", {"q": "hạn chế"}).streaming_content).decode()
    assert "Bên cạnh việc ghi nhận" in export and "date 2023-04" not in export


def test_a_text_written_with_the_eth_is_stored_and_segmented_with_the_vietnamese_d():
    with_eth = BODY.replace("Đ", "\u00d0")
    prepared = prepare_document(with_eth.encode(), "bai.txt", "f" * 64)
    assert prepared.text == BODY and "\u00d0" not in prepared.segmented
