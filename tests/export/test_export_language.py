"""Exports and the feed speak the visitor's language: headers, sheet names, the record, the
row-limit message and the feed's title (Vietnamese by default, English on request)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from lxml import etree

from tests.corpora import export_corpus
from tests.export.helpers import fetch, read_body

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("language", "first_headers", "sheets", "record_label"),
    [
        ("vi", ["Tiêu đề", "Ngày", "Tỉnh, thành phố"], ["Kết quả", "Truy vấn"], "Sắp xếp (sort)"),
        ("en", ["Title", "Date", "Province"], ["Results", "Query"], "Sort (sort)"),
    ],
)
def test_csv_and_xlsx_headers_and_record_follow_the_language(
    client, language, first_headers, sheets, record_label
):
    export_corpus()
    rows = list(
        csv.reader(io.StringIO(read_body(fetch(client, "/search/export.csv", language)).decode("utf-8-sig")))
    )
    assert rows[0][:3] == first_headers
    workbook = openpyxl.load_workbook(io.BytesIO(read_body(fetch(client, "/search/export.xlsx", language))))
    assert workbook.sheetnames == sheets
    assert [cell.value for cell in workbook[sheets[0]][1][:3]] == first_headers
    labels = [row[0] for row in workbook[sheets[1]].iter_rows(values_only=True)]
    assert record_label in labels


@pytest.mark.parametrize(
    ("language", "expected"),
    [("vi", "vượt giới hạn xuất 3 dòng"), ("en", "more than the export limit of 3 rows")],
)
def test_row_limit_message_follows_the_language(client, settings, language, expected):
    export_corpus()
    settings.PORTAL_EXPORT_MAX_ROWS = 3
    response = fetch(client, "/search/export.json", language)
    assert response.status_code == 400
    assert expected in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("vi", "Văn bản mới – tất cả văn bản – Cổng tra cứu văn bản Đảng"),
        ("en", "New documents – all documents – Party documents search portal"),
    ],
)
def test_feed_title_and_author_follow_the_language(client, language, title):
    export_corpus()
    response = fetch(client, "/search/feed.atom", language)
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.find(ATOM + "title").text == title
    assert root.find(ATOM + "author").find(ATOM + "name").text == title.rsplit(" – ", 1)[1]
