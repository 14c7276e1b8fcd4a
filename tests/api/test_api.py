"""/api/search, /api/documents/<id>, /api/facets and /api/openapi.json."""

from __future__ import annotations

import pytest

from tests.corpora import export_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    return export_corpus()


def _get(client, url: str, **extra):
    return client.get(url, HTTP_HOST="localhost", **extra)


def test_search_returns_results_and_facets(client, corpus):
    response = _get(client, "/api/search?q=giải phóng mặt bằng&province=Thanh Hóa")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["count"] == 2 and data["page"] == 1 and data["num_pages"] == 1
    assert data["next"] is None and data["previous"] is None
    result = next(r for r in data["results"] if r["id"] == corpus["kl_thanh_hoa"].pk)
    assert result == {
        "id": corpus["kl_thanh_hoa"].pk,
        "title": "Thông báo kết luận của Ban Thường vụ Tỉnh ủy",
        "title_extracted": "Thông báo kết luận của Ban Thường vụ Tỉnh ủy",
        "date": "2023-12-05",
        "province": "Thanh Hóa",
        "province_current": "Thanh Hóa",
        "meeting_type": "ban_thuong_vu",
        "doc_type": "thong_bao_ket_luan",
        "level": None,
        "term": None,
        "number": "2043-KL/TU",
        "url": f"http://localhost/documents/{corpus['kl_thanh_hoa'].pk}/",
        "api_url": f"http://localhost/api/documents/{corpus['kl_thanh_hoa'].pk}",
        "snippet": result["snippet"],
        "tier": 1,
        "missing": [],
    }
    assert data["tier_counts"][0] >= 1 and sum(data["tier_counts"]) == data["count"]
    assert "<mark>giải</mark>" in result["snippet"]
    provinces = {v["value"]: v for v in data["facets"]["province"]}
    assert provinces["Thanh Hóa"]["selected"] is True
    # OR within a facet: the other provinces are still counted.
    assert provinces["Nghệ An"]["count"] == 3 and provinces["Nghệ An"]["selected"] is False


def test_search_pages_link_to_each_other(client, corpus):
    data = _get(client, "/api/search?page_size=4&sort=newest").json()
    assert data["count"] == 9 and data["num_pages"] == 3 and len(data["results"]) == 4
    second = _get(client, data["next"].replace("http://localhost", "")).json()
    assert second["page"] == 2 and second["previous"].endswith("page=1")
    assert not {r["id"] for r in data["results"]} & {r["id"] for r in second["results"]}


def test_page_size_is_capped(client, corpus):
    assert _get(client, "/api/search?page_size=100").status_code == 200
    response = _get(client, "/api/search?page_size=101")
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "page_size"


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("year=23", "year"),
        ("month=2023-13", "month"),
        ("meeting_type=picnic", "meeting_type"),
        ("sort=random", "sort"),
        ("page=0", "page"),
        ("page=²", "page"),
        ("page_size=abc", "page_size"),
        ("date_from=2024-01-01&date_to=2023-01-01", "date_from"),
        ("exact=maybe", "exact"),
    ],
)
def test_bad_parameter_is_400_json_naming_it(client, corpus, query, param):
    for endpoint in ("/api/search", "/api/facets"):
        if param in ("page", "page_size") and endpoint == "/api/facets":
            continue
        response = _get(client, f"{endpoint}?{query}")
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["param"] == param and error["message"]


def test_document_has_metadata_officials_text_and_page_url(client, corpus):
    document = corpus["kl_thanh_hoa"]
    response = _get(client, f"/api/documents/{document.pk}")
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == document.pk
    assert data["number"] == "2043-KL/TU" and data["date"] == "2023-12-05" and data["date_precision"] == "day"
    assert data["province"] == "Thanh Hóa" and data["meeting_type"] == "ban_thuong_vu"
    assert data["officials"][0] == {
        "name": "Đỗ Trọng Hưng",
        "titles": ["Bí thư Tỉnh ủy"],
        "roles": ["chủ trì"],
    }
    assert [o["name"] for o in data["officials"]] == ["Đỗ Trọng Hưng", "Nguyễn Doãn Anh"]
    assert data["text"] == document.text
    assert data["url"] == f"http://localhost/documents/{document.pk}/"
    assert data["original_url"] == f"http://localhost/documents/{document.pk}/original"
    assert _get(client, data["url"].replace("http://localhost", "")).status_code == 200


def test_unknown_document_is_404_json(client, corpus):
    for url in ("/api/documents/999999", "/api/documents/abc", "/api/nothing-here"):
        response = _get(client, url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json()["error"]["message"]


def test_other_methods_are_405_json(client, corpus):
    response = client.post("/api/search", HTTP_HOST="localhost")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["error"]["message"]


def test_facets_without_results(client, corpus):
    data = _get(client, "/api/facets?meeting_type=ban_chap_hanh").json()
    assert data["count"] == 5
    assert set(data) == {"count", "facets"}
    years = {v["value"]: v["count"] for v in data["facets"]["year"]}
    assert years == {"2023": 2, "2024": 3}


def test_openapi_schema_is_served_and_describes_the_api(client):
    response = _get(client, "/api/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.1")
    assert set(schema["paths"]) == {"/api/search", "/api/facets", "/api/documents/{id}"}
    page_size = next(
        p for p in schema["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "page_size"
    )
    assert page_size["schema"]["maximum"] == 100


def test_a_document_without_an_extracted_title_is_called_by_its_first_sentence(client):
    from tests.factories import DocumentFactory

    untitled = DocumentFactory(raw_text="Ban Thường vụ Tỉnh ủy họp bàn về đất đai. Câu thứ hai.")
    data = _get(client, f"/api/documents/{untitled.pk}").json()
    assert data["title"] == "Ban Thường vụ Tỉnh ủy họp bàn về đất đai."
    assert data["title_extracted"] is None  # the stored title is the file's name
    found = _get(client, "/api/search?q=đất đai").json()["results"]
    assert [(r["title"], r["title_extracted"]) for r in found] == [(data["title"], None)]
    schema = _get(client, "/api/openapi.json").json()["components"]["schemas"]
    assert schema["Document"]["properties"]["title_extracted"]["type"] == ["string", "null"]
