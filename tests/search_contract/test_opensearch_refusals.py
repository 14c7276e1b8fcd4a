"""A search the OpenSearch cluster refuses is the user's bad parameter, not a 500 nor a 503: a 400
page or JSON error naming ``q``, the cluster's words in the log; an index deleted behind the
portal is a 503 saying so. Against the real cluster OPENSEARCH_URL names (skipped without one,
failing under CI=true), whatever this run's SEARCH_BACKEND: the portal's connection is swapped
for the test."""

from __future__ import annotations

import logging
import uuid

import pytest

from documents.search import ParamError, SearchUnavailable
from documents.search.errors import QueryRefused
from tests.factories import DocumentFactory
from tests.services import opensearch_url

pytestmark = pytest.mark.django_db

# More words than the cluster's clause limit (1,024) allows, each asked in several fields.
TOO_MANY_WORDS = " ".join(f"tu{number}" for number in range(1500))


@pytest.fixture
def portal_on_opensearch():
    from haystack import connections

    url = opensearch_url()
    original = connections.connections_info["default"]
    connections.connections_info["default"] = {
        "ENGINE": "documents.search.backends.opensearch.engine.OpenSearchEngine",
        "URL": url,
        "INDEX_NAME": f"refusals-{uuid.uuid4().hex[:12]}",
    }
    connections.reload("default")
    backend = connections["default"].get_backend()
    try:
        DocumentFactory(raw_text="Nghị quyết của Tỉnh ủy Lai Châu về phát triển kinh tế.")
        yield backend
    finally:
        backend.conn.indices.delete(index=backend.index_name, ignore_unavailable=True)
        connections.connections_info["default"] = original
        connections.reload("default")


def test_the_fixture_searches_the_cluster(portal_on_opensearch, client):
    response = client.get("/api/search?q=Lai+Ch%C3%A2u")
    assert response.status_code == 200 and response.json()["count"] == 1


@pytest.mark.parametrize(
    "path", ["/search/", "/search/export.csv", "/search/feed.atom", "/search/facets/province/"]
)
def test_a_query_too_large_for_the_cluster_is_a_400_page_naming_q(portal_on_opensearch, client, caplog, path):
    with caplog.at_level(logging.WARNING, logger="documents.search"):
        response = client.get(path, {"q": TOO_MANY_WORDS})
    assert response.status_code == 400
    body = response.content.decode()
    assert "“q”" in body and "quá nhiều từ" in body
    assert any("too_many" in record.getMessage() for record in caplog.records), (
        "the cluster's words are logged"
    )


@pytest.mark.parametrize("path", ["/api/search", "/api/facets", "/search/export.json"])
def test_a_query_too_large_for_the_cluster_is_a_json_400_naming_q(portal_on_opensearch, client, path):
    response = client.get(path, {"q": TOO_MANY_WORDS})
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert response.json()["error"]["param"] == "q"


def test_the_english_interface_says_it_in_english(portal_on_opensearch, client):
    response = client.get("/api/search", {"q": TOO_MANY_WORDS}, headers={"accept-language": "en"})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert "words" in message and "từ" not in message


def test_any_other_query_the_cluster_refuses_is_a_parameter_error(portal_on_opensearch, caplog):
    with caplog.at_level(logging.WARNING, logger="documents.search"), pytest.raises(QueryRefused) as refused:
        portal_on_opensearch.send_search({"query": {"no_such_query": {}}})
    assert isinstance(refused.value, ParamError) and refused.value.param == "q"
    assert any("HTTP 400" in record.getMessage() for record in caplog.records)


def test_a_write_the_cluster_refuses_stays_loud(portal_on_opensearch):
    from haystack.exceptions import SearchBackendError

    from documents.search.backends.opensearch.failures import answering

    # The index's mapping is strict: a field it does not know is refused (HTTP 400).
    with pytest.raises(SearchBackendError) as refused, answering(portal_on_opensearch.where):
        portal_on_opensearch.conn.index(
            index=portal_on_opensearch.index_name, body={"no_such_field": 1}, id="x"
        )
    assert not isinstance(refused.value, ParamError)


def test_an_index_deleted_behind_the_portal_is_a_503_saying_so(portal_on_opensearch, client, caplog):
    client.get("/search/?q=Lai")  # the portal has set its index up
    portal_on_opensearch.conn.indices.delete(index=portal_on_opensearch.index_name)
    with caplog.at_level(logging.ERROR, logger="portal.search"):
        response = client.get("/api/search?q=Lai", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 503
    assert "chỉ mục tìm kiếm chưa được tạo" in response.json()["error"]["message"]
    english = client.get("/api/search?q=Lai", HTTP_ACCEPT_LANGUAGE="en").json()["error"]["message"]
    assert "the search index has not been created" in english
    # The operator's remedy is in the log, not on the reader's page.
    assert any("rebuild_index" in record.getMessage() for record in caplog.records)
    with pytest.raises(SearchUnavailable):
        portal_on_opensearch.send_search({"query": {"match_all": {}}})
