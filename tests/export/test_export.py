"""/search/export.csv, .xlsx and .json: the whole filtered list, same order, one column list."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from django.http import FileResponse, StreamingHttpResponse

from documents.export.columns import COLUMNS, KEYS
from tests.corpora import export_corpus

from .helpers import FILTERS, fetch, ids_from_permalinks, query_string, read_body, search_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    return export_corpus()


def read_csv(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def read_xlsx(body: bytes):
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    return workbook


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: query_string(f) or "all")
def test_every_format_holds_the_whole_list_in_the_search_order(client, corpus, filters):
    expected = search_ids(filters)
    query = query_string(filters)
    permalink = KEYS.index("permalink")

    rows = read_csv(read_body(fetch(client, f"/search/export.csv?{query}")))
    assert rows[0] == [column.header for column in COLUMNS]
    assert ids_from_permalinks([row[permalink] for row in rows[1:]]) == expected

    sheet = read_xlsx(read_body(fetch(client, f"/search/export.xlsx?{query}")))["Kết quả"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == [column.header for column in COLUMNS]
    assert ids_from_permalinks([row[permalink] for row in values[1:]]) == expected

    data = json.loads(read_body(fetch(client, f"/search/export.json?{query}")))
    assert data["record"]["count"] == len(expected)
    assert ids_from_permalinks([row["permalink"] for row in data["rows"]]) == expected


def test_the_list_is_not_cut_at_a_page(client, corpus):
    response = fetch(client, "/search/export.csv?page_size=2&page=3")
    assert len(read_csv(read_body(response))) - 1 == len(corpus)


def test_responses_stream(client, corpus):
    assert isinstance(fetch(client, "/search/export.csv"), StreamingHttpResponse)
    assert isinstance(fetch(client, "/search/export.json"), StreamingHttpResponse)
    xlsx = fetch(client, "/search/export.xlsx")
    assert isinstance(xlsx, FileResponse)
    for extension in ("csv", "xlsx", "json"):
        disposition = fetch(client, f"/search/export.{extension}")["Content-Disposition"]
        assert disposition.startswith("attachment;") and disposition.endswith(f'.{extension}"')


def test_csv_is_utf8_with_bom_and_formulas_are_inert(client, corpus):
    body = read_body(fetch(client, "/search/export.csv"))
    assert body[:3] == b"\xef\xbb\xbf"
    assert "Thanh Hóa".encode() in body
    titles = [row[0] for row in read_csv(body)[1:]]
    assert '\'=HYPERLINK("http://evil") Hội nghị Tỉnh ủy' in titles
    assert "'+Hội nghị Tỉnh ủy Thái Bình" in titles
    assert "'-Làm việc với Đảng ủy Khối" in titles
    assert "'@Kết luận về an ninh" in titles
    for row in read_csv(body):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_row_values_citation_and_plain_snippet(client, corpus):
    body = read_body(
        fetch(client, "/search/export.json?q=giải phóng mặt bằng&province=Thanh Hóa&sort=oldest")
    )
    rows = json.loads(body)["rows"]
    assert list(rows[0]) == list(KEYS)
    notice = next(row for row in rows if row["number"] == "2043-KL/TU")
    document = corpus["kl_thanh_hoa"]
    assert notice["title"] == "Thông báo kết luận của Ban Thường vụ Tỉnh ủy"
    assert notice["date"] == "2023-12-05"
    assert notice["province"] == "Thanh Hóa" and notice["province_current"] == "Thanh Hóa"
    assert notice["meeting_type"] == "Ban Thường vụ"
    assert notice["doc_type"] == "Thông báo kết luận"
    assert notice["officials"] == "Đỗ Trọng Hưng; Nguyễn Doãn Anh"
    assert notice["permalink"] == f"http://localhost/documents/{document.pk}/"
    assert notice["citation"].startswith(
        "Ban Thường vụ Tỉnh ủy Thanh Hóa, Thông báo kết luận số 2043-KL/TU ngày 05/12/2023, "
        f"http://localhost/documents/{document.pk}/ (truy cập "
    )
    assert notice["citation"].endswith(").")
    assert "giải phóng mặt bằng" in notice["snippet"] and "<mark>" not in notice["snippet"]
    news = next(row for row in rows if row["period"])
    assert news["period"] == "quý II/2023" and news["date"] == "2023-06"
    assert news["number"] is None


def test_xlsx_layout_formulas_and_record_sheet(client, corpus):
    body = read_body(fetch(client, "/search/export.xlsx?q=hội nghị&province=Thanh Hóa&province=Thái Bình"))
    workbook = read_xlsx(body)
    assert workbook.sheetnames == ["Kết quả", "Truy vấn"]
    sheet = workbook["Kết quả"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["A"].width == COLUMNS[0].width
    titles = {
        sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=1) for r in range(2, sheet.max_row + 1)
    }
    evil = titles['=HYPERLINK("http://evil") Hội nghị Tỉnh ủy']
    assert evil.data_type == "s"  # text, never a formula
    for row in sheet.iter_rows(min_row=2):
        assert [c for c in row if c.data_type not in ("s", "n")] == []
    record = {row[0]: row[1] for row in workbook["Truy vấn"].iter_rows(values_only=True)}
    count = sheet.max_row - 1
    assert record["Số văn bản"] == str(count)
    assert record["Từ khóa tìm kiếm (q)"] == "hội nghị"
    assert record["Tỉnh, thành phố (province)"] == "Thanh Hóa; Thái Bình"
    assert record["Đường dẫn tìm kiếm"].startswith("http://localhost/search/?q=")
    assert record["Thời điểm xuất"]


def test_json_record_reproduces_the_search(client, corpus):
    data = json.loads(
        read_body(fetch(client, "/search/export.json?year=2024&meeting_type=ban_chap_hanh&page=2"))
    )
    record = data["record"]
    assert record["filters"] == {"year": ["2024"], "meeting_type": ["ban_chap_hanh"]}
    assert record["count"] == len(data["rows"]) == 3
    assert "page=" not in record["search_url"]
    assert [column["key"] for column in record["columns"]] == list(KEYS)
    # The recorded search URL gives the same list on the search page's own parameters.
    search_query = record["search_url"].split("?", 1)[1]
    again = json.loads(read_body(fetch(client, f"/search/export.json?{search_query}")))
    assert again["rows"] == data["rows"]


def test_above_the_row_limit_a_clear_400(client, corpus, settings):
    settings.PORTAL_EXPORT_MAX_ROWS = 3
    for extension in ("csv", "xlsx"):
        response = fetch(client, f"/search/export.{extension}")
        assert response.status_code == 400
        text = response.content.decode()
        assert "9" in text and "3" in text and "thu hẹp bộ lọc" in text
    response = fetch(client, "/search/export.json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["count"] == 9 and error["limit"] == 3
    # A narrower search fits.
    assert fetch(client, "/search/export.csv?province=Thanh Hóa").status_code == 200


def test_bad_parameter_is_a_400_naming_it(client, corpus):
    response = fetch(client, "/search/export.json?year=20x4")
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "year"
    response = fetch(client, "/search/export.csv?sort=random")
    assert response.status_code == 400
    assert "sort" in response.content.decode()


def test_rows_are_read_one_chunk_at_a_time(corpus, django_assert_num_queries):
    from documents.export.rows import documents_in_order

    ids = [*(document.pk for document in reversed(corpus.values())), 999_999]
    with django_assert_num_queries(7):  # the provinces once, then 3 chunks × (documents + officials)
        found = list(documents_in_order(ids, chunk_size=4))
    assert [document.pk for document in found] == ids[:-1]


def test_export_links_include_carries_the_search():
    from django.template.loader import render_to_string

    html = render_to_string(
        "documents/_export_links.html", {"query": "q=gi%E1%BA%A3i&province=Ngh%E1%BB%87+An"}
    )
    for url in ("/search/export.xlsx", "/search/export.csv", "/search/export.json", "/search/feed.atom"):
        assert f'href="{url}?q=gi%E1%BA%A3i&amp;province=Ngh%E1%BB%87+An"' in html
    bare = render_to_string("documents/_export_links.html", {"query": ""})
    assert 'href="/search/export.csv"' in bare


def test_head_gives_the_count_without_exporting(client, corpus):
    response = client.head("/search/export.csv?province=Thanh Hóa", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["X-Result-Count"] == "2"
    assert response.content == b""
