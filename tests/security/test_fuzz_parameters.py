"""Hostile query strings on every public GET address: never a 5xx, and API errors name the parameter.

Hypothesis sends arbitrary values (emoji, control characters, 2,000-character strings, SQL, HTML,
repeated and unknown parameters) for every search parameter. The Django test client re-raises a
view's exception, so a crash fails the example as well as a 5xx status does.
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from documents.models import Document, Official, Province
from tests.factories import DocumentFactory

from .fuzzing import (
    FUZZ,
    SPECIAL_VALUES,
    ensure_corpus,
    free_text,
    get,
    long_text,
    query_pairs,
    values,
)

pytestmark = pytest.mark.django_db


def assert_api_answer(response, pairs) -> None:
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content_bytes)
    if response.status_code == 400:
        sent = {name for name, _ in pairs}
        assert body["error"]["param"] in sent, body
        assert body["error"]["message"]
    else:
        assert response.status_code == 200, body


@FUZZ
@given(pairs=query_pairs)
@example(pairs=[("page", "0")])
@example(pairs=[("page", "999")])
@example(pairs=[("date_from", "2024-05-01"), ("date_to", "2023-01-01")])
def test_search_page(client, pairs):
    ensure_corpus()
    response = get(client, "/search/", pairs)
    # 404: a page past the last one (an old link), which names the last page.
    assert response.status_code in (200, 400, 404)
    if response.status_code != 200:
        body = response.content_bytes.decode()
        # The error is said in the page, with a link that fixes it or starts again.
        assert '<div class="error" role="alert">' in body and "Bắt đầu lại" in body
    if response.status_code == 404:
        assert "Tới trang cuối" in body


@FUZZ
@given(
    name=st.one_of(st.sampled_from(["province", "official", "year", "month", "level", "nope"]), free_text),
    facet_q=values,
    pairs=query_pairs,
)
def test_facet_page(client, name, facet_q, pairs):
    ensure_corpus()
    response = get(client, f"/search/facets/{quote(name, safe='')}/", [*pairs, ("facet_q", facet_q)])
    assert response.status_code in (200, 400, 404)


@FUZZ
@given(pairs=query_pairs)
def test_api_search(client, pairs):
    ensure_corpus()
    assert_api_answer(get(client, "/api/search", pairs), pairs)


@FUZZ
@given(pairs=query_pairs)
def test_api_facets(client, pairs):
    ensure_corpus()
    assert_api_answer(get(client, "/api/facets", pairs), pairs)


@FUZZ
@given(
    ident=st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.sampled_from(["1", "01", "1.0", "1/", "1e3", "0x1", " 1", "1;DROP", "../1", "%00", "²", "9" * 40]),
        free_text.filter(bool),
    ),
    pairs=query_pairs,
)
def test_api_document(client, ident, pairs):
    ensure_corpus()
    response = get(client, f"/api/documents/{quote(ident, safe='/')}", pairs)
    assert response.status_code in (200, 301, 404)
    if response.status_code != 301:
        json.loads(response.content_bytes)


@FUZZ
@given(fmt=st.sampled_from(["csv", "xlsx", "json"]), pairs=query_pairs)
def test_exports(client, fmt, pairs):
    ensure_corpus()
    response = get(client, f"/search/export.{fmt}", pairs)
    assert response.status_code in (200, 400)
    if fmt == "json":
        body = json.loads(response.content_bytes)
        if response.status_code == 400:
            assert body["error"]["param"] in {name for name, _ in pairs}


@FUZZ
@given(pairs=query_pairs)
def test_feed(client, pairs):
    ensure_corpus()
    response = get(client, "/search/feed.atom", pairs)
    assert response.status_code in (200, 400)


@FUZZ
@given(index=st.integers(min_value=0, max_value=5), pairs=query_pairs)
def test_document_page(client, index, pairs):
    ensure_corpus()
    ids = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    pk = ids[index] if index < len(ids) else max(ids) + 1000
    response = get(client, f"/documents/{pk}/", pairs)
    assert response.status_code == (200 if index < len(ids) else 404)


@FUZZ
@given(
    slug=st.one_of(
        st.sampled_from(["thanh-hoa", "ha-noi", "thai-binh", "x", "-", "_"]), free_text.filter(bool)
    ),
    pairs=query_pairs,
)
def test_province_and_official_pages(client, slug, pairs):
    ensure_corpus()
    real_province = Province.objects.filter(documents__isnull=False).values_list("slug", flat=True).first()
    real_official = Official.objects.values_list("slug", flat=True).first()
    for path in (
        f"/provinces/{quote(slug, safe='')}/",
        f"/officials/{quote(slug, safe='')}/",
        f"/provinces/{real_province}/",
        f"/officials/{real_official}/",
    ):
        assert get(client, path, pairs).status_code in (200, 404)


# --- the layers under the views, called directly ----------------------------------------------

query_text = st.lists(
    st.one_of(free_text, st.sampled_from(['"', "-", "!", " ", "OR", "NOT", "UBND", "HĐND", "“", "»", "\\"])),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(query_text, long_text, st.sampled_from(SPECIAL_VALUES)))
def test_query_parser_never_raises(text):
    from documents.search.abbreviations import expand_abbreviations
    from documents.search.query import MAX_TERMS, parse_query

    parsed = parse_query(text)
    assert len(parsed.clauses) <= MAX_TERMS
    expand_abbreviations(parsed)


@settings(max_examples=300, deadline=None)
@given(pairs=query_pairs)
def test_search_params_raise_only_param_error(pairs):
    from django.http import QueryDict

    from documents.search.params import ParamError, SearchParams

    data = QueryDict(urlencode(pairs))
    try:
        params = SearchParams.from_querydict(data)
    except ParamError as error:
        assert error.param in {name for name, _ in pairs}
        assert error.message
    else:
        assert params.page >= 1 and 1 <= params.page_size <= 100


def test_control_characters_in_stored_documents_do_not_break_the_feed(client):
    """XML 1.0 cannot carry most C0 controls: the feed drops them instead of failing."""
    controls = "Văn bản\x01 có ký tự\x08 điều khiển\x0b giữa\x1f chữ."
    document = DocumentFactory(
        original_name="dieu-khien.txt",
        raw_text=controls,
        text=controls,  # stored as is (normalizing would turn two of them into spaces)
        title="Tiêu đề\x02 lạ\x1b",
        province_name="Thanh Hóa",
        meeting_type="ban_thuong_vu",
        officials=[{"name": "Lê\x03 Văn A", "titles": [], "roles": []}],
        chair_name="Lê\x03 Văn A",
    )
    for url in ("/search/feed.atom", "/search/feed.atom?q=%01%02ch%E1%BB%AF", document.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200, url
    body = client.get("/search/feed.atom").content.decode()
    assert "Tiêu đề lạ" in body
    assert json.loads(client.get(f"/api/documents/{document.pk}").content)["title"] == "Tiêu đề\x02 lạ\x1b"
