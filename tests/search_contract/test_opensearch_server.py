"""The OpenSearch backend against a real cluster (OPENSEARCH_URL): the index it creates holds
our analysis, an index it did not make or settings the cluster refuses stop it with a clear
error, and a cluster that does not answer is a 503 on the search page and the API, never a 500.

The cluster tests skip without OPENSEARCH_URL (`.ci/opensearch.sh 1` starts one) and fail under
CI=true; the tests of an unreachable cluster need none: they point at a closed port.
"""

from __future__ import annotations

import copy
import logging
import socket
import uuid

import pytest
from opensearchpy.exceptions import RequestError

from documents.search import SearchUnavailable
from documents.search.backends.opensearch.engine import IndexSettingsRejected, OpenSearchBackend
from documents.search.plan import BackendRequest
from documents.search.query import parse_query
from tests import services
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def opensearch_url() -> str:
    return services.opensearch_url()


@pytest.fixture
def backend(opensearch_url):
    backend = OpenSearchBackend(
        "default", URL=opensearch_url, INDEX_NAME=f"server-test-{uuid.uuid4().hex[:12]}"
    )
    yield backend
    backend.conn.indices.delete(index=backend.index_name, ignore_unavailable=True)


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens once the probe is closed


def analyzed(backend, analyzer: str, text: str) -> list[str]:
    answer = backend.conn.indices.analyze(index=backend.index_name, body={"analyzer": analyzer, "text": text})
    return [token["token"] for token in answer["tokens"]]


def test_a_new_index_gets_our_analysis_and_a_strict_mapping(backend):
    backend.setup()
    assert analyzed(backend, "vi_syllables", "Thanh Hoá 2043-KL/TU") == ["thanh", "hoá", "2043", "kl", "tu"]
    assert analyzed(backend, "vi_folded", "Đảng bộ tỉnh Thanh Hóa") == ["dang", "bo", "tinh", "thanh", "hoa"]
    with pytest.raises(RequestError, match="strict_dynamic_mapping_exception"):
        backend.conn.index(index=backend.index_name, body={"stray": "a field the portal never declared"})
    backend.setup_complete = False
    backend.setup()  # the index is there now: checked, accepted


def test_an_index_made_by_something_else_is_refused(backend):
    # What a write to a missing index would leave: the cluster's own default mapping.
    backend.conn.index(index=backend.index_name, body={"text": "tự tạo"}, refresh=True)
    with pytest.raises(IndexSettingsRejected, match=r"analysis\.tokenizer\.vi_syllable.*rebuild_index"):
        backend.setup()


def test_settings_the_cluster_refuses_stop_the_setup(backend):
    expected = copy.deepcopy(backend.expected_body())
    expected["settings"]["analysis"]["tokenizer"]["vi_syllable"]["type"] = "no_such_tokenizer"
    backend._expected = expected
    with pytest.raises(
        IndexSettingsRejected, match=r"refused the portal's index settings.*no_such_tokenizer"
    ):
        backend.setup()
    assert not backend.conn.indices.exists(index=backend.index_name)


def test_writes_recreate_an_index_deleted_behind_the_backend(backend):
    from documents.search_indexes import DocumentIndex

    document = DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn.")
    backend.update(DocumentIndex(), [document])
    backend.conn.indices.delete(index=backend.index_name)  # rebuild_index in another process
    backend.update(DocumentIndex(), [document])
    mapping = backend.conn.indices.get_mapping(index=backend.index_name)[backend.index_name]["mappings"]
    assert mapping["dynamic"] == "strict" and mapping["properties"]["province"] == {"type": "keyword"}
    assert backend.indexed_fingerprints().keys() == {f"documents.document.{document.pk}"}


def test_a_closed_port_is_search_unavailable_naming_the_cause():
    url = closed_port_url()
    backend = OpenSearchBackend("default", URL=url, INDEX_NAME="portal_documents", RETRIES=0, TIMEOUT=5)
    with pytest.raises(SearchUnavailable) as raised:
        backend.search_documents(BackendRequest(query=parse_query("tỉnh")))
    assert raised.value.engine == "OpenSearch" and "no answer from the cluster" in raised.value.cause
    assert str(raised.value.summary) == "cụm máy chủ không trả lời"
    assert url.removeprefix("http://") in str(raised.value)


@pytest.fixture
def cluster_down():
    """The default connection points at a port where no cluster answers."""
    from haystack import connections

    original = connections.connections_info["default"]
    connections.connections_info["default"] = {
        "ENGINE": "documents.search.backends.opensearch.engine.OpenSearchEngine",
        "URL": closed_port_url(),
        "INDEX_NAME": "portal_documents",
        "RETRIES": 0,
        "TIMEOUT": 5,
    }
    connections.reload("default")
    yield
    connections.connections_info["default"] = original
    connections.reload("default")


@pytest.mark.parametrize(
    "path", ["/search/?q=t%E1%BB%89nh", "/search/", "/search/feed.atom?q=x", "/search/export.csv"]
)
def test_pages_say_the_search_is_unavailable(client, cluster_down, caplog, path):
    with caplog.at_level(logging.ERROR, logger="portal.search"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="vi")
    page = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"]
    # The reader's account in the page's language; the engine's own words go to the log.
    assert "OpenSearch" in page and "cụm máy chủ không trả lời" in page
    assert "no answer from the cluster" not in page
    logged = [record.getMessage() for record in caplog.records]
    assert any("127.0.0.1:" in m and "no answer from the cluster (ConnectionError)" in m for m in logged)


def test_the_unavailable_page_in_english(client, cluster_down):
    response = client.get("/search/?q=x", HTTP_ACCEPT_LANGUAGE="en")
    page = response.content.decode()
    assert response.status_code == 503
    assert "The search engine OpenSearch is not answering for now (no answer from the cluster)" in page
    assert "cụm máy chủ" not in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [("vi", "cụm máy chủ không trả lời"), ("en", "(no answer from the cluster)")],
)
@pytest.mark.parametrize("path", ["/api/search?q=x", "/api/facets"])
def test_the_api_says_the_search_is_unavailable_in_json(client, cluster_down, path, language, expected):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 503 and response["Content-Type"] == "application/json"
    assert expected in response.json()["error"]["message"]


def test_a_document_page_is_read_without_its_related_documents(client, request, caplog):
    document = DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn.")  # indexed while the engine is up
    request.getfixturevalue("cluster_down")
    with caplog.at_level(logging.ERROR):
        response = client.get(f"/documents/{document.pk}/")
    assert response.status_code == 200 and "Lai Châu" in response.content.decode()
    assert any("related documents unavailable" in record.getMessage() for record in caplog.records)
