"""A typo query lists its correction's results, as web search engines do, when no document holds
every word as typed and some hold every corrected word; ``as_typed=1`` lists the query as typed.
The page, the API, the facet counts and the exports all follow the list shown."""

from __future__ import annotations

import json

import pytest
from django.http import QueryDict

from documents.search import iter_ids
from documents.search.service import SearchParams, run_search
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    return {
        "meeting": DocumentFactory(raw_text="Thường trực Tỉnh ủy Quảng Ninh bàn giải phóng mặt bằng."),
        "progress": DocumentFactory(raw_text="Quảng Ninh đẩy nhanh tiến độ các công trình trọng điểm."),
        "other": DocumentFactory(raw_text="Quảng Bình tổng kết công tác xây dựng Đảng."),
    }


def _params(query: str, **extra: str) -> SearchParams:
    data = QueryDict(mutable=True)
    data["q"] = query
    data.update(extra)
    return SearchParams.from_querydict(data)


def test_the_correction_is_listed_when_no_document_holds_the_words_as_typed(corpus):
    outcome = run_search(_params("quang nihn"))
    assert outcome.corrected_query == "Quảng Ninh"
    assert outcome.suggestion is None  # already shown: nothing more to propose
    assert outcome.params.q == "quang nihn"  # the page still says what was typed
    assert outcome.tier_totals[0] == 2
    assert {hit.document for hit in outcome.hits[:2]} == {corpus["meeting"], corpus["progress"]}
    # Every list made from the same parameters is the correction's.
    assert list(iter_ids(_params("quang nihn"))) == list(iter_ids(_params("Quảng Ninh")))


def test_as_typed_lists_the_query_as_typed_and_proposes_the_correction(corpus):
    outcome = run_search(_params("quang nihn", as_typed="1"))
    assert outcome.corrected_query is None
    assert outcome.suggestion == "Quảng Ninh"
    assert outcome.tier_totals[0] == 0  # no document holds "nihn"
    assert list(iter_ids(_params("quang nihn", as_typed="1"))) != list(iter_ids(_params("Quảng Ninh")))


def test_a_word_corrected_to_one_without_marks_is_still_a_correction(corpus):
    # "nihn" -> "ninh": the correction changes no mark and no capital, and is listed all the same.
    assert run_search(_params("nihn")).corrected_query == "ninh"


def test_no_switch_when_the_correction_finds_no_document_with_all_its_words(corpus):
    DocumentFactory(raw_text="Khai mạc giải bóng đá thanh niên tỉnh Lào Cai.")
    outcome = run_search(_params("giai bong quang nihn"))
    assert outcome.corrected_query is None and outcome.suggestion is None
    assert outcome.tier_totals[0] == 0 and outcome.total  # the typed query's later tiers


def test_no_switch_when_a_document_holds_the_query_as_typed(corpus):
    # One alternative of the OR is in a document: the typed query has its list; the correction,
    # which finds more, is proposed only.
    outcome = run_search(_params("giai OR nihn"))
    assert outcome.corrected_query is None
    assert outcome.tier_totals[0] == 1
    assert outcome.suggestion == "giải OR ninh"


def test_the_page_shows_the_correction_and_links_the_query_as_typed(client, corpus):
    body = client.get("/search/", {"q": "quang nihn", "sort": "newest"}).content.decode()
    assert "Đang hiển thị kết quả cho <strong>Quảng Ninh</strong>." in body
    as_typed = '<a href="?q=quang+nihn&amp;sort=newest&amp;as_typed=1">quang nihn</a>'
    assert f"Tìm theo đúng từ đã gõ: {as_typed}" in body
    assert "Có phải bạn muốn tìm" not in body
    # A result opens with the words of the list shown, marked on the document page.
    opened = corpus["meeting"].get_absolute_url() + "?q=Qu%E1%BA%A3ng+Ninh&amp;sort=newest"
    assert f'href="{opened}"' in body
    page = client.get(corpus["meeting"].get_absolute_url(), {"q": "Quảng Ninh"}).content.decode()
    assert "<mark data-joined>Ninh</mark>" in page
    english = client.get("/search/", {"q": "quang nihn"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Showing results for <strong>Quảng Ninh</strong>." in english
    assert 'Search instead for <a href="?q=quang+nihn&amp;as_typed=1">quang nihn</a>' in english


def test_the_page_as_typed_proposes_the_correction_and_keeps_as_typed_until_a_new_query(client, corpus):
    response = client.get("/search/", {"q": "quang nihn", "as_typed": "1"})
    body = response.content.decode()
    assert "Đang hiển thị kết quả cho" not in body
    # The suggestion's link is a new query: read as typed again.
    assert 'Có phải bạn muốn tìm:\n    <a href="?q=Qu%E1%BA%A3ng+Ninh">Quảng Ninh</a>' in body
    assert ("as_typed", "1") in response.context["hidden_for_sort"]
    assert ("as_typed", "1") not in response.context["hidden_for_query"]


def test_the_api_names_the_corrected_query_and_accepts_as_typed(client, corpus):
    data = client.get("/api/search", {"q": "quang nihn"}, HTTP_HOST="localhost").json()
    assert data["corrected_query"] == "Quảng Ninh" and data["suggestion"] is None
    assert data["tier_counts"][0] == 2
    typed = client.get("/api/search", {"q": "quang nihn", "as_typed": "1"}, HTTP_HOST="localhost").json()
    assert typed["corrected_query"] is None and typed["suggestion"] == "Quảng Ninh"
    assert typed["tier_counts"][0] == 0
    bad = client.get("/api/search", {"q": "quang nihn", "as_typed": "maybe"}, HTTP_HOST="localhost")
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "as_typed"


def test_facets_and_exports_follow_the_list_shown(client, corpus):
    corrected = client.get("/api/facets", {"q": "Quảng Ninh"}, HTTP_HOST="localhost").json()
    facets = client.get("/api/facets", {"q": "quang nihn"}, HTTP_HOST="localhost").json()
    assert facets == corrected
    exported = client.get("/search/export.json", {"q": "quang nihn"}, HTTP_HOST="localhost")
    rows = json.loads(b"".join(exported.streaming_content))["rows"]
    expected = [corpus[name].get_absolute_url() for name in ("meeting", "progress")]
    assert sorted(row["permalink"].removeprefix("http://localhost") for row in rows[:2]) == sorted(expected)
    assert len(rows) == len(list(iter_ids(_params("Quảng Ninh"))))
