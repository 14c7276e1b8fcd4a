"""The index pages (provinces, officials, about), the discovery files, and what the search page
says instead of results: a bad parameter in the reader's words, a page past the end, what to drop."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from documents.models import Document, Official, Province
from tests.corpora import page_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(samples_dir):
    return page_corpus(samples_dir, with_samples=False)


def _body(response) -> str:
    return response.content.decode()


def test_provinces_lists_the_34_and_the_63_with_counts_and_lineage(client, corpus):
    body = _body(client.get("/provinces/"))
    assert body.count('href="/provinces/') >= 34 + 63
    hung_yen = Province.objects.get(name="Hưng Yên")
    thai_binh = Province.objects.get(name="Thái Bình")
    thai_binh_docs = Document.objects.filter(province=thai_binh).count()
    hung_yen_docs = Document.objects.filter(province=hung_yen).count()
    assert thai_binh_docs > 0
    # The new Hưng Yên counts Thái Bình's documents; the old Thái Bình row names its successor.
    row = re.search(r"<tr><td><a href=\"/provinces/hung-yen/\">Tỉnh Hưng Yên</a></td>.*?</tr>", body, re.S)
    assert row and "Thái Bình" in row.group() and f"<td>{hung_yen_docs + thai_binh_docs}</td>" in row.group()
    assert "Thành phố Thành phố" not in body and "Thành phố Hồ Chí Minh" in body


def test_the_list_of_provinces_is_plural_in_english_and_one_province_singular(client, corpus):
    english = {"accept-language": "en"}
    listing = _body(client.get("/provinces/", headers=english))
    assert "<h1>Provinces</h1>" in listing and '/provinces/">Provinces</a>' in listing
    document = Document.objects.exclude(province=None).first()
    page = _body(client.get(f"/documents/{document.pk}/", headers=english))
    assert "<dt>Province</dt>" in page and '/provinces/">Provinces</a>' in page
    vietnamese = _body(client.get("/provinces/"))
    assert "<h1>Tỉnh, thành phố</h1>" in vietnamese


def test_province_page_names_its_parts_without_itself_twice(client, corpus):
    body = _body(client.get(f"/provinces/{Province.objects.get(name='Hưng Yên').slug}/"))
    assert "chính nó" not in body
    assert "Hợp nhất từ: Hưng Yên trước 2025," in body
    hcm = _body(client.get(f"/provinces/{Province.objects.get(name='Thành phố Hồ Chí Minh').slug}/"))
    assert "<h1>Thành phố Hồ Chí Minh</h1>" in hcm


def test_officials_index_is_searchable_without_diacritics_and_paginated(client, corpus):
    everyone = client.get("/officials/")
    assert everyone.context["page"].paginator.count == Official.objects.count()
    one = Official.objects.filter(appearances__isnull=False).first()
    surname = one.name.split()[0]
    from documents.vietnamese.normalize import fold

    found = client.get("/officials/", {"q": fold(surname.lower())})
    names = [o.name for o in found.context["officials"]]
    assert one.name in names or found.context["page"].paginator.count > len(names)
    assert all(fold(surname.lower()) in fold(n.lower()) for n in names)
    # A page past the end or not a number shows a page, never an error.
    assert client.get("/officials/", {"page": "999"}).status_code == 200
    assert client.get("/officials/", {"page": "-1"}).status_code == 200


def test_about_says_what_the_portal_is_not(client, corpus):
    body = _body(client.get("/about/"))
    assert "Không phải ấn phẩm chính thức" in body
    english = _body(client.get("/about/", headers={"accept-language": "en"}))
    assert "Not an official publication" in english and "Không phải" not in english


def test_robots_keeps_crawlers_off_exports_api_feeds_and_upload(client):
    text = _body(client.get("/robots.txt"))
    for path in ("/search/export", "/search/feed", "/api/", "/upload/", "/account/"):
        assert f"Disallow: {path}" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_sitemap_lists_documents_and_provinces(client, corpus):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [e.text for e in ElementTree.fromstring(response.content).findall("s:url/s:loc", namespace)]
    assert f"http://testserver{corpus[0].get_absolute_url()}" in locations
    assert "http://testserver/provinces/thanh-hoa/" in locations


def test_opensearch_description_is_linked_from_every_page(client, corpus):
    response = client.get("/opensearch.xml")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = ElementTree.fromstring(response.content)
    url = root.find("{http://a9.com/-/spec/opensearch/1.1/}Url")
    assert url.get("template") == "http://testserver/search/?q={searchTerms}"
    assert 'rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"' in _body(
        client.get("/")
    )


def test_page_past_the_end_says_so_and_links_the_last_page(client, corpus):
    response = client.get("/search/", {"page": "999", "page_size": "2", "province": "Thanh Hóa"})
    assert response.status_code == 404
    body = _body(response)
    last = -(-Document.objects.filter(province__name="Thanh Hóa").count() // 2)
    assert f"Không có trang 999: tìm kiếm này có {last} trang." in body
    assert f"page={last}" in response.context["repair"].url and "province=" in response.context["repair"].url
    assert "19961" not in body


@pytest.mark.parametrize(
    ("query", "says", "fix"),
    [
        ("page=-1", "Không có trang “-1”: số trang là một số nguyên từ 1 trở lên.", "Về trang đầu"),
        ("page=abc", "Không có trang “abc”", "Về trang đầu"),
        (
            "date_from=2024-01-01&date_to=2023-01-01",
            "Ngày bắt đầu (01/01/2024) sau ngày kết thúc (01/01/2023).",
            "Đổi chỗ hai ngày",
        ),
        ("year=abc", "“Năm” không hợp lệ", "Bỏ “Năm”"),
    ],
)
def test_bad_parameter_message_speaks_the_readers_words(client, query, says, fix):
    response = client.get(f"/search/?{query}")
    assert response.status_code == 400
    body = _body(response)
    assert says in body and fix in body
    assert "must be" not in body and "date_to." not in body and "phải là số nguyên" not in body


def test_reversed_dates_link_swaps_them(client, corpus):
    response = client.get("/search/?date_from=2024-01-01&date_to=2023-01-01&q=x")
    assert response.context["repair"].url == "?date_from=2023-01-01&date_to=2024-01-01&q=x"


def test_empty_result_says_what_to_drop_with_the_count(client, corpus):
    in_2023 = Document.objects.filter(province__name="Thái Bình", date__year=2023).count()
    assert in_2023 == 0  # the corpus has Thái Bình in 2022 and 2024 only
    response = client.get("/search/", {"province": "Thái Bình", "year": "2023"})
    assert response.context["outcome"].total == 0
    offers = {r.label: r.count for r in response.context["relaxations"]}
    assert offers["Năm: 2023"] == Document.objects.filter(province__name="Thái Bình").count()
    assert offers["Tỉnh, thành phố: Thái Bình"] == Document.objects.filter(date__year=2023).count()
    body = _body(response)
    assert "Bỏ “Năm: 2023”" in body


def test_document_page_back_link_keeps_every_parameter(client, corpus):
    search = client.get("/search/", {"q": "chuyển đổi số", "province": "Thanh Hóa", "sort": "oldest"})
    hit = search.context["outcome"].hits[0].document
    detail = f"{hit.get_absolute_url()}{search.context['detail_suffix']}"
    assert "province=Thanh" in detail and "sort=oldest" in detail
    body = _body(client.get(detail))
    back = re.search(r'<p class="breadcrumbs"><a href="([^"]+)"', body).group(1)
    assert (
        back
        == "/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;province=Thanh+H%C3%B3a&amp;sort=oldest"
    )
