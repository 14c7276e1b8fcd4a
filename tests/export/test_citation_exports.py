"""/search/export.ris, .bib, .csl.json and /documents/<pk>/cite.*: read back by rispy and
bibtexparser, one record per result, in the search's order."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy
from django.urls import reverse

from tests.corpora import export_corpus
from tests.factories import DocumentFactory

from .helpers import FILTERS, fetch, ids_from_permalinks, query_string, read_body, search_ids

pytestmark = pytest.mark.django_db

CSL_REQUIRED = ("id", "type", "title", "URL")


@pytest.fixture
def corpus():
    return export_corpus()


def read_ris(body: bytes) -> list[dict]:
    return rispy.loads(body.decode("utf-8"))


def read_bib(body: bytes):
    library = bibtexparser.parse_string(body.decode("utf-8"))
    assert not library.failed_blocks, [block.error for block in library.failed_blocks]
    return library.entries


def _bib_value(entry, name: str) -> str:
    return entry.fields_dict[name].value


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: query_string(f) or "all")
def test_each_citation_format_holds_the_whole_list_in_the_search_order(client, corpus, filters):
    expected = search_ids(filters)
    query = query_string(filters)

    records = read_ris(read_body(fetch(client, f"/search/export.ris?{query}")))
    assert [record["type_of_reference"] for record in records] == ["RPRT"] * len(expected)
    assert ids_from_permalinks([record["urls"][0] for record in records]) == expected

    entries = read_bib(read_body(fetch(client, f"/search/export.bib?{query}")))
    assert [entry.entry_type for entry in entries] == ["techreport"] * len(expected)
    assert ids_from_permalinks([_bib_value(entry, "url") for entry in entries]) == expected
    assert len({entry.key for entry in entries}) == len(entries)

    items = json.loads(read_body(fetch(client, f"/search/export.csl.json?{query}")))
    assert ids_from_permalinks([item["URL"] for item in items]) == expected
    for item in items:
        assert all(item.get(key) for key in CSL_REQUIRED)
        assert item["type"] == "report"


def test_a_formal_notice_carries_committee_number_place_and_exact_date(client, corpus):
    document = corpus["kl_thanh_hoa"]
    query = "q=2043-KL/TU"
    (record,) = [r for r in read_ris(read_body(fetch(client, f"/search/export.ris?{query}"))) if r["number"]]
    assert record["title"] == "Thông báo kết luận của Ban Thường vụ Tỉnh ủy"
    assert record["publisher"] == "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    assert record["number"] == "2043-KL/TU"
    assert record["place_published"] == "Thanh Hóa"
    assert record["date"] == "2023/12/05/"
    assert record["year"] == "2023"
    assert record["urls"] == [f"http://localhost/documents/{document.pk}/"]
    assert record["notes"][0].startswith("Ban Thường vụ Tỉnh ủy Thanh Hóa, Thông báo kết luận số 2043-KL/TU")

    (entry,) = [e for e in read_bib(read_body(fetch(client, f"/search/export.bib?{query}"))) if "number" in e]
    assert _bib_value(entry, "institution") == "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    assert _bib_value(entry, "number") == "2043-KL/TU"
    assert _bib_value(entry, "date") == "2023-12-05"
    assert _bib_value(entry, "month") == "dec"
    assert entry.key == f"thanhhoa2023_{document.pk}"

    items = json.loads(read_body(fetch(client, f"/search/export.csl.json?{query}")))
    (item,) = [i for i in items if "number" in i]
    assert item["issued"] == {"date-parts": [[2023, 12, 5]]}
    assert item["publisher"] == "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    assert item["publisher-place"] == "Thanh Hóa"


def test_dates_keep_their_precision(client, corpus):
    month, year = corpus["news_thanh_hoa"], corpus["lam_viec_thai_binh"]
    records = {r["urls"][0]: r for r in read_ris(read_body(fetch(client, "/search/export.ris")))}
    assert records[f"http://localhost/documents/{month.pk}/"]["date"] == "2023/06//"
    assert records[f"http://localhost/documents/{year.pk}/"]["date"] == "2024///"
    items = {i["URL"]: i for i in json.loads(read_body(fetch(client, "/search/export.csl.json")))}
    assert items[f"http://localhost/documents/{month.pk}/"]["issued"] == {"date-parts": [[2023, 6]]}
    assert items[f"http://localhost/documents/{year.pk}/"]["issued"] == {"date-parts": [[2024]]}
    undated = items[f"http://localhost/documents/{corpus['undated'].pk}/"]
    assert "issued" not in undated


def test_bibtex_escapes_latex_characters_and_newlines_never_split_a_ris_field(client):
    title = "Kết luận 100% {mục tiêu} & chỉ tiêu #1 $x_y^2~\\ hết"
    document = DocumentFactory(
        raw_text="Nội dung.\nDòng hai.",
        title=title,
        province_name="Nghệ An",
        dated="2024-03-02",
        number="7-KL/TU",
    )
    body = read_body(fetch(client, reverse("documents:cite", args=[document.pk, "bib"])))
    assert "100\\% \\{mục tiêu\\} \\& chỉ tiêu \\#1 \\$x\\_y\\^{}2\\~{}\\textbackslash{} hết".encode() in body
    (entry,) = read_bib(body)
    assert _bib_value(entry, "title").startswith("{Kết luận 100\\%")

    (record,) = read_ris(read_body(fetch(client, reverse("documents:cite", args=[document.pk, "ris"]))))
    assert record["title"] == title
    assert record["abstract"] == "Nội dung. Dòng hai."


def test_one_document_from_its_page(client, corpus):
    document = corpus["nghe_an"]
    for fmt in ("ris", "bib", "csl.json"):
        response = fetch(client, reverse("documents:cite", args=[document.pk, fmt]))
        assert response.status_code == 200
        assert response["Content-Disposition"].endswith(f'van-ban-{document.pk}.{fmt}"')
    (item,) = json.loads(fetch(client, reverse("documents:cite", args=[document.pk, "csl.json"])).content)
    assert item["number"] == "15-KL/TU" and item["publisher"] == "Ban Thường vụ Tỉnh ủy Nghệ An"
    assert fetch(client, f"/documents/{document.pk}/cite.doc").status_code == 404
    assert fetch(client, "/documents/999999/cite.ris").status_code == 404


def test_bad_parameters_are_clear_errors(client, corpus):
    response = fetch(client, "/search/export.ris?date_from=banana")
    assert response.status_code == 400
    assert "date_from" in response.content.decode()
    response = fetch(client, "/search/export.csl.json?date_from=banana")
    assert response.status_code == 400
    assert json.loads(response.content)["error"]["param"] == "date_from"


def test_row_limit_applies(client, corpus, settings):
    settings.PORTAL_EXPORT_MAX_ROWS = 3
    response = fetch(client, "/search/export.bib")
    assert response.status_code == 400
    assert "3" in response.content.decode()
