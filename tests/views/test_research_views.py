"""The research views through Django's test client, on a real database and search index:
/compare/, /trends/, /directives/ and their CSV files, checked against the search's own totals,
and their 400 and 404 pages."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest
from django.http import QueryDict
from django.utils.html import escape

from documents.search import SearchParams
from documents.search import search as run_search
from tests.corpora import research_corpus

pytestmark = pytest.mark.django_db

Q = quote("chuyển đổi số")


@pytest.fixture
def corpus():
    return research_corpus()


def _total(query: str) -> int:
    return run_search(SearchParams.from_querydict(QueryDict(query))).total


def _csv(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def _matrix(rows) -> dict[str, dict[str, str]]:
    header = rows[0]
    return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in rows[1:]}


# --- compare ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        f"q={Q}",
        f"q={Q}&doc_type=ket_luan",
        "province=Thanh+H%C3%B3a",
        "year=2023",
        "q=m%E1%BA%B7t+b%E1%BA%B1ng",
    ],
)
def test_compare_csv_totals_equal_the_search_totals(client, corpus, query):
    rows = _csv(client.get(f"/compare.csv?{query}"))
    table = _matrix(rows)
    total = _total(query)
    assert int(table["Tổng"]["Tổng"]) == total
    # Every row's total is the sum of its cells, and the column totals add up the same way.
    for name, cells in table.items():
        values = [int(v) for key, v in cells.items() if key != "Tổng"]
        assert sum(values) == int(cells["Tổng"]), name
    assert sum(int(cells["Tổng"]) for name, cells in table.items() if name != "Tổng") == total


def test_compare_counts_by_province_and_year(client, corpus):
    table = _matrix(_csv(client.get(f"/compare.csv?q={Q}")))
    assert table["Thanh Hóa"]["2022"] == "1"
    assert table["Thanh Hóa"]["2023"] == "2"
    assert table["Thái Bình"]["2022"] == "1"
    assert table["Không rõ tỉnh, thành"]["2023"] == "1"
    # Years with nothing between 2022 and 2024 are columns; 1975 is not (no match there).
    assert list(table["Tổng"])[:3] == ["2022", "2023", "2024"]


def test_a_cell_count_equals_the_search_its_link_opens(client, corpus):
    response = client.get(f"/compare/?q={Q}")
    assert response.status_code == 200
    table = response.context["table"]
    row = next(r for r in table.rows if r.province == "Thanh Hóa")
    cell = next(c for c in row.cells if c.count == 2)
    assert cell.url.startswith("/search/?")
    linked = client.get(cell.url.replace("&amp;", "&"))
    assert linked.context["outcome"].total == 2
    body = response.content.decode()
    assert "Từ khóa: chuyển đổi số" in body  # what it was made from
    assert "/compare.csv?q=" in body


def test_compare_by_quarter_leaves_the_year_only_document_undated(client, corpus):
    table = _matrix(_csv(client.get(f"/compare.csv?q={Q}&by=quarter")))
    assert table["Thanh Hóa"]["2022-Q1"] == "1"
    assert table["Thanh Hóa"]["2023-Q2"] == "1"
    assert table["Thanh Hóa"]["Không rõ thời gian"] == "1"  # dated "2023" only
    assert int(table["Tổng"]["Tổng"]) == _total(f"q={Q}")


def test_compare_in_the_2025_boundaries_merges_thai_binh_into_hung_yen(client, corpus):
    table = _matrix(_csv(client.get("/compare.csv?boundaries=2025")))
    assert "Thái Bình" not in table
    assert table["Hưng Yên"]["2022"] == "1" and table["Hưng Yên"]["2024"] == "2"
    response = client.get("/compare/?boundaries=2025")
    row = next(r for r in response.context["table"].rows if r.province == "Hưng Yên")
    assert "province_current=H%C6%B0ng+Y%C3%AAn" in row.total.url


def test_compare_share_divides_by_the_provinces_own_documents(client, corpus):
    table = _matrix(_csv(client.get(f"/compare.csv?q={Q}&share=1")))
    # Thanh Hóa 2023: 2 of its 2 documents of 2023 mention it; 2022: 1 of 2.
    assert float(table["Thanh Hóa"]["2023"]) == 100.0
    assert float(table["Thanh Hóa"]["2022"]) == 50.0
    assert float(table["Thái Bình"]["Tổng"]) == 50.0
    page = client.get(f"/compare/?q={Q}&share=1").content.decode()
    assert "50,0 %" in page


def test_compare_shades_cells_by_bucket_with_the_number_printed(client, corpus):
    body = client.get("/compare/").content.decode()
    assert 'class="heat-5"' in body and 'class="heat-' in body
    assert 'class="gap"' in body  # 1975 … 2017: a gap column, not forty empty ones


@pytest.mark.parametrize(
    ("query", "param"),
    [("by=month", "by"), ("share=yes", "share"), ("year=20x3", "year"), ("sort=random", "sort")],
)
def test_compare_bad_parameter_is_a_400_naming_it(client, corpus, query, param):
    response = client.get(f"/compare/?{query}")
    assert response.status_code == 400
    assert f"“{param}”" in response.content.decode()
    csv_response = client.get(f"/compare.csv?{query}")
    assert csv_response.status_code == 400 and param in csv_response.content.decode()


def test_compare_in_english(client, corpus):
    response = client.get(f"/compare/?q={Q}", HTTP_ACCEPT_LANGUAGE="en")
    body = response.content.decode()
    assert "Compare provinces over time" in body
    assert "So sánh các tỉnh" not in body


def test_compare_with_no_match_says_so(client, corpus):
    response = client.get("/compare/?q=xyzzyqwerty")
    assert response.status_code == 200
    assert "Không có văn bản nào khớp" in response.content.decode()


# --- trends -------------------------------------------------------------------------------------


def test_trends_csv_gives_periods_by_queries_equal_to_the_search_totals(client, corpus):
    rows = _csv(client.get(f"/trends.csv?q={Q}&q=m%E1%BA%B7t+b%E1%BA%B1ng&doc_type=news"))
    assert rows[0] == ["Kỳ", "chuyển đổi số", "mặt bằng"]
    for column, query in ((1, f"q={Q}&doc_type=news"), (2, "q=m%E1%BA%B7t+b%E1%BA%B1ng&doc_type=news")):
        assert sum(int(row[column]) for row in rows[1:]) == _total(query)


def test_trends_draws_one_line_per_query_with_a_table_behind(client, corpus):
    response = client.get(f"/trends/?q={Q}&q=m%E1%BA%B7t+b%E1%BA%B1ng")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'role="img"' in body and "<title id=" in body and "<desc id=" in body
    assert body.count('<g class="series series-') == 2
    assert "<table" in body
    chart = response.context["chart"]
    assert [label.text for label in chart.labels][:1] == ["2022"]


def test_trends_marks_gaps_and_sparse_periods(client, corpus):
    response = client.get("/trends/")  # no query: every document, 1975 to 2024
    chart = response.context["chart"]
    assert chart.gaps, "1975 and 2017 … 2022 must be separated by a gap"
    assert chart.bands, "periods with one or two documents in the portal are marked"
    # The lines break at the gap: a segment on each side.
    assert len(chart.lines[0].segments) == 3


def test_trends_by_quarter(client, corpus):
    rows = _csv(client.get(f"/trends.csv?q={Q}&by=quarter"))
    periods = [row[0] for row in rows[1:]]
    assert "2022-Q1" in periods and "2023-Q2" in periods
    assert periods[-1] == "Không rõ thời gian"
    assert sum(int(row[1]) for row in rows[1:]) == _total(f"q={Q}")


def test_trends_table_gives_the_portals_undated_documents_too(client, corpus):
    response = client.get(f"/trends/?q={Q}&by=quarter")
    body = response.content.decode()
    undated_row = body[body.index('<th scope="row">Không rõ thời gian</th>') :].split("</tr>")[0]
    everything = _csv(client.get("/trends.csv?by=quarter"))
    portal_undated = next(row[1] for row in everything if row[0] == "Không rõ thời gian")
    # The last cell is the column "Toàn cổng": every undated document of the portal.
    assert undated_row.rsplit("<td>", 1)[1].removesuffix("</td>") == portal_undated != "0"


def test_trends_refuses_more_than_six_queries(client, corpus):
    query = "&".join(f"q=t%E1%BB%AB{n}" for n in range(7))
    response = client.get(f"/trends/?{query}")
    assert response.status_code == 400
    body = response.content.decode()
    assert "“q”" in body and "6" in body
    english = client.get(f"/trends/?{query}", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "at most 6" in english
    assert client.get(f"/trends.csv?{query}").status_code == 400


def test_trends_keeps_the_queries_when_a_filter_is_removed(client, corpus):
    response = client.get(f"/trends/?q={Q}&q=abc&doc_type=news")
    chip = next(c for c in response.context["chips"] if "news" in c.url or "Tin" in c.label)
    assert "doc_type" not in chip.url and chip.url.count("q=") == 2


# --- directives ---------------------------------------------------------------------------------


def test_directives_list_the_central_numbers_with_provinces_and_dates(client, corpus):
    rows = _csv(client.get("/directives.csv"))
    by_number = {row[0]: row for row in rows[1:]}
    assert set(by_number) == {"18-NQ/TW", "126-KL/TW", "05-CT/TW"}  # 2043-KL/TU is provincial
    resolution = by_number["18-NQ/TW"]
    assert resolution[1] == "Nghị quyết" and resolution[3].startswith("Nghị quyết số 18-NQ/TW")
    assert resolution[4:] == ["3", "4", "2022-03-10", "2024-04-30"]
    # Sorted by how many provinces cite it, most first.
    assert rows[1][0] == "18-NQ/TW"


def test_directives_sort_and_refuse_a_bad_sort(client, corpus):
    rows = _csv(client.get("/directives.csv?sort=number"))
    assert [row[0] for row in rows[1:]] == ["05-CT/TW", "126-KL/TW", "18-NQ/TW"]
    page = client.get("/directives/?sort=-first")
    assert 'aria-sort="descending"' in page.content.decode()
    bad = client.get("/directives/?sort=title")
    assert bad.status_code == 400 and "“sort”" in bad.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Thanh Hóa's documents cite 18-NQ/TW twice (2022) and 126-KL/TW once; not 05-CT/TW.
        (
            "province=Thanh+H%C3%B3a",
            {
                "18-NQ/TW": ["1", "2", "2022-03-10", "2022-11-02"],
                "126-KL/TW": ["1", "1", "2023-05-20", "2023-05-20"],
            },
        ),
        # Of 2022 only: three documents of two provinces cite 18-NQ/TW, one cites 05-CT/TW.
        (
            "year=2022&sort=number",
            {
                "05-CT/TW": ["1", "1", "2022-08-15", "2022-08-15"],
                "18-NQ/TW": ["2", "3", "2022-03-10", "2022-11-02"],
            },
        ),
        # The words narrow the documents as the search page does: the undated Hà Giang document
        # (05-CT/TW) is about land clearance, not digital transformation.
        (
            "q=gi%E1%BA%A3i+ph%C3%B3ng+m%E1%BA%B7t+b%E1%BA%B1ng&year=2022",
            {"18-NQ/TW": ["1", "1", "2022-11-02", "2022-11-02"]},
        ),
        ("province=Ngh%E1%BB%87+An&year=1975", {}),
    ],
)
def test_directives_count_only_the_documents_the_search_finds(client, corpus, query, expected):
    rows = _csv(client.get(f"/directives.csv?{query}"))
    assert {row[0]: row[4:] for row in rows[1:]} == expected
    page = client.get(f"/directives/?{query}")
    assert page.status_code == 200
    chips = [chip.label for chip in page.context["chips"]]
    assert chips and all(chip.url.startswith("?") for chip in page.context["chips"])
    # The page states what it was made from and links to that list on the search page.
    body = page.content.decode()
    assert "/search/?" in body and chips[0] in body


def test_directives_from_a_search_page_sorted_by_date(client, corpus):
    """The search page's link carries its own sort ("newest"): not an order of this table."""
    rows = _csv(client.get("/directives.csv?province=Th%C3%A1i+B%C3%ACnh&sort=newest"))
    assert [row[0] for row in rows[1:]] == ["05-CT/TW", "18-NQ/TW"]
    assert client.get("/directives/?province=Th%C3%A1i+B%C3%ACnh&sort=newest").status_code == 200


def test_directives_without_a_search_are_made_from_every_document(client, corpus):
    page = client.get("/directives/?sort=number")
    assert page.context["chips"] == [] and page.context["search_url"] is None
    assert "mọi số hiệu văn bản của Trung ương" in page.content.decode()


@pytest.mark.parametrize("query", ["year=20x", "date_from=2024-13-01", "province=" + "x" * 300])
def test_directives_refuse_a_bad_search_parameter(client, corpus, query):
    for url in (f"/directives/?{query}", f"/directives.csv?{query}"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "không hợp lệ" in response.content.decode()


def test_a_directive_shows_provinces_by_year_and_who_never_cited_it(client, corpus):
    response = client.get("/directives/18-NQ-TW/")
    assert response.status_code == 200
    body = response.content.decode()
    matrix = response.context["matrix"]
    assert [row.province for row in matrix.rows] == ["Hưng Yên", "Thái Bình", "Thanh Hóa"]
    thanh_hoa = matrix.rows[2]
    assert sum(len(cell) for cell in thanh_hoa.cells) == 2
    assert "Nghệ An" in response.context["never"] and "Thanh Hóa" not in response.context["never"]
    assert len(response.context["never"]) == 63 - 3
    first = corpus[0]
    assert f'href="/documents/{first.pk}/"' in body
    # Every citing document is one link, by its date, titled with its title.
    for document in (d for row in matrix.rows for cell in row.cells for d in cell):
        label = document.date_display or document.title[:39]
        assert f'<a href="/documents/{document.pk}/" title="{escape(document.title)}">{label}' in body


def test_a_directive_in_the_2025_boundaries(client, corpus):
    response = client.get("/directives/18-NQ-TW/?boundaries=2025")
    assert [row.province for row in response.context["matrix"].rows] == ["Hưng Yên", "Thanh Hóa"]
    assert len(response.context["never"]) == 34 - 2
    rows = _csv(client.get("/directives/18-NQ-TW.csv?boundaries=2025"))
    assert rows[0][-1] == "Tổng" and {row[0]: row[-1] for row in rows[1:]} == {
        "Hưng Yên": "2",
        "Thanh Hóa": "2",
    }


@pytest.mark.parametrize("slug", ["nonsense", "999-NQ-TW", "18-NQ", "%00", "18-NQ-TW-" + "X" * 40])
def test_a_bad_or_unknown_directive_is_a_404_page(client, corpus, slug):
    response = client.get(f"/directives/{slug}/")
    assert response.status_code == 404
    assert "<html" in response.content.decode()


def test_the_header_links_to_the_research_views(client, corpus):
    body = client.get("/").content.decode()
    for url in ("/compare/", "/trends/", "/directives/"):
        assert f'href="{url}"' in body


def test_the_search_page_links_to_the_research_views_of_its_list(client, corpus):
    body = client.get(f"/search/?q={Q}&doc_type=news&page=1").content.decode()
    assert "/compare/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;doc_type=news" in body
    assert "/trends/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;doc_type=news" in body
