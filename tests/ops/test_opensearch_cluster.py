"""A real OpenSearch cluster accepts the portal's analysis and answers Vietnamese searches.

The index settings follow the portal's analyzer: syllables (a pattern tokenizer splitting on
anything that is not a letter or a digit), lowercase, a `folded` subfield that also strips the
diacritics (đ→d included), keyword fields for the facets. The cluster is the one .ci/run starts
(OPENSEARCH_URL); the failover test starts its own three nodes with .ci/opensearch.sh.
"""

from __future__ import annotations

import copy
import os
import signal
import time
import uuid

import pytest
from opensearchpy import OpenSearch

from documents.search.backends.opensearch.index_settings import ANALYSIS, SYLLABLE_SPLIT
from tests.services import own_cluster

TEXT = {
    "type": "text",
    "analyzer": "vi_syllables",
    "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
}
MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "title": TEXT,
        "text": TEXT,
        "province": {"type": "keyword"},
        "doc_type": {"type": "keyword"},
        "issued": {"type": "date"},
    },
}

# Written for these tests: three short documents of three provinces and three kinds.
DOCUMENTS = [
    {
        "title": "Nghị quyết của Ban Thường vụ Tỉnh ủy Quảng Ninh về phát triển kinh tế biển",
        "text": "Tập trung phát triển kinh tế biển gắn với bảo vệ môi trường vịnh Hạ Long.",
        "province": "Quảng Ninh",
        "doc_type": "Nghị quyết",
        "issued": "2021-03-15",
    },
    {
        "title": "Kết luận của Tỉnh ủy Đắk Lắk về công tác cán bộ",
        "text": "Đánh giá, quy hoạch và đào tạo đội ngũ cán bộ chủ chốt của tỉnh.",
        "province": "Đắk Lắk",
        "doc_type": "Kết luận",
        "issued": "2022-07-01",
    },
    {
        "title": "Chỉ thị của Tỉnh ủy Quảng Nam về phòng, chống thiên tai",
        "text": "Chủ động ứng phó với bão, lũ; bảo đảm an toàn tính mạng của nhân dân.",
        "province": "Quảng Nam",
        "doc_type": "Chỉ thị",
        "issued": "2020-09-10",
    },
]


def index_body(shards: int = 1, replicas: int = 0) -> dict:
    return {
        "settings": {
            "number_of_shards": shards,
            "number_of_replicas": replicas,
            "analysis": copy.deepcopy(ANALYSIS),
        },
        "mappings": copy.deepcopy(MAPPINGS),
    }


@pytest.fixture
def client(opensearch_url):
    client = OpenSearch(hosts=[opensearch_url], timeout=30)
    yield client
    client.close()


@pytest.fixture
def index(client):
    name = f"portal-test-{uuid.uuid4().hex[:12]}"
    created = client.indices.create(index=name, body=index_body())
    assert created["acknowledged"], created
    yield name
    client.indices.delete(index=name, ignore_unavailable=True)


@pytest.fixture
def filled(client, index):
    for number, document in enumerate(DOCUMENTS, start=1):
        client.index(index=index, id=str(number), body=document)
    client.indices.refresh(index=index)
    return index


def tokens(client, index, analyzer, text):
    answer = client.indices.analyze(index=index, body={"analyzer": analyzer, "text": text})
    return [token["token"] for token in answer["tokens"]]


def ids(answer) -> list[str]:
    return sorted(hit["_id"] for hit in answer["hits"]["hits"])


def test_the_cluster_keeps_the_analysis_it_was_given(client, index):
    settings = client.indices.get_settings(index=index)[index]["settings"]["index"]["analysis"]
    assert settings["tokenizer"]["vi_syllable"]["pattern"] == SYLLABLE_SPLIT
    assert settings["analyzer"]["vi_folded"]["filter"] == ["lowercase", "asciifolding"]
    mapping = client.indices.get_mapping(index=index)[index]["mappings"]["properties"]
    assert mapping["title"]["fields"]["folded"]["analyzer"] == "vi_folded"
    assert mapping["province"]["type"] == "keyword"


def test_syllables_are_lowercased_and_the_folded_subfield_drops_the_diacritics(client, index):
    text = "Đảng bộ tỉnh Đắk Lắk, nhiệm kỳ 2020-2025"
    assert tokens(client, index, "vi_syllables", text) == [
        "đảng",
        "bộ",
        "tỉnh",
        "đắk",
        "lắk",
        "nhiệm",
        "kỳ",
        "2020",
        "2025",
    ]
    assert tokens(client, index, "vi_folded", text) == [
        "dang",
        "bo",
        "tinh",
        "dak",
        "lak",
        "nhiem",
        "ky",
        "2020",
        "2025",
    ]


def test_an_index_setting_the_cluster_does_not_know_is_refused_loudly(client):
    from opensearchpy.exceptions import RequestError

    name = f"portal-test-{uuid.uuid4().hex[:12]}"
    body = index_body()
    body["settings"]["analysis"]["analyzer"]["vi_folded"]["filter"] = ["lowercase", "no_such_filter"]
    with pytest.raises(RequestError) as refused:
        client.indices.create(index=name, body=body)
    assert refused.value.status_code == 400 and "no_such_filter" in str(refused.value.info)
    assert not client.indices.exists(index=name)


def test_searches_with_and_without_diacritics(client, filled):
    def search(query):
        return ids(client.search(index=filled, body={"query": query}))

    # Typed without diacritics, found through the folded subfield only.
    folded = {"match": {"title.folded": {"query": "quang ninh", "operator": "and"}}}
    assert search(folded) == ["1"]
    assert search({"match": {"title": {"query": "quang ninh", "operator": "and"}}}) == []
    # With diacritics the plain field tells Quảng apart from the rest.
    assert search({"match": {"title": "quảng"}}) == ["1", "3"]
    assert search({"match_phrase": {"title": "tỉnh ủy đắk lắk"}}) == ["2"]
    assert search({"match_phrase": {"text.folded": "bao dam an toan"}}) == ["3"]


def test_facets_count_and_filter_on_the_keyword_fields(client, filled):
    answer = client.search(
        index=filled,
        body={
            "size": 0,
            "query": {"match": {"title": "tỉnh ủy"}},
            "aggs": {
                "province": {"terms": {"field": "province"}},
                "doc_type": {"terms": {"field": "doc_type"}},
            },
        },
    )
    provinces = {
        bucket["key"]: bucket["doc_count"] for bucket in answer["aggregations"]["province"]["buckets"]
    }
    assert provinces == {"Quảng Ninh": 1, "Đắk Lắk": 1, "Quảng Nam": 1}
    filtered = client.search(
        index=filled,
        body={
            "query": {
                "bool": {"must": {"match": {"text": "cán bộ"}}, "filter": {"term": {"province": "Đắk Lắk"}}}
            }
        },
    )
    assert ids(filtered) == ["2"]
    # A keyword facet is exact: the folded spelling is another value.
    assert ids(client.search(index=filled, body={"query": {"term": {"province": "Dak Lak"}}})) == []


def test_the_index_is_gone_after_deletion(client):
    name = f"portal-test-{uuid.uuid4().hex[:12]}"
    client.indices.create(index=name, body=index_body())
    assert client.indices.exists(index=name)
    client.indices.delete(index=name)
    assert not client.indices.exists(index=name)


# --- three nodes, one killed ---------------------------------------------------------------
FAILOVER_DOCUMENTS = 60
SEARCH_SECONDS_AFTER_KILL = 20


@pytest.fixture
def three_nodes(opensearch_url):
    """A cluster of its own (the shared one has a single node), stopped however the test ends."""
    with own_cluster(3) as directory:
        yield directory


def read_lines(path) -> list[str]:
    with open(path, encoding="utf-8") as lines:
        return lines.read().split()


def wait_for_health(client, index, attempts=4, **conditions) -> dict:
    """The cluster's health once the conditions hold, each attempt waiting the server's default time.

    (The client takes a `timeout` argument as its own socket timeout, so the server's is left
    at its default.)
    """
    for _ in range(attempts):
        health = client.cluster.health(index=index, params=conditions, request_timeout=45)
        if not health["timed_out"]:
            return health
    return health


@pytest.mark.slow
def test_three_nodes_keep_answering_after_one_is_killed(three_nodes):
    pids = [int(pid) for pid in read_lines(f"{three_nodes}/pids")]
    urls = read_lines(f"{three_nodes}/urls")
    assert len(pids) == len(urls) == 3
    # Every node is a host: the client moves on when the one it used dies.
    client = OpenSearch(hosts=urls, timeout=30, max_retries=5, retry_on_timeout=True)
    name = "portal-failover"
    client.indices.create(index=name, body=index_body(shards=3, replicas=1))
    for number in range(FAILOVER_DOCUMENTS):
        document = dict(DOCUMENTS[number % len(DOCUMENTS)], issued=f"2020-01-{number % 28 + 1:02d}")
        client.index(index=name, id=str(number), body=document)
    client.indices.refresh(index=name)
    health = wait_for_health(client, name, wait_for_status="green")
    assert health["status"] == "green" and health["active_shards"] == 6, health

    # The elected cluster manager is the hardest node to lose: the others must elect anew.
    manager = client.cat.cluster_manager(format="json")[0]["node"]
    victim = int(manager.removeprefix("node"))
    os.kill(pids[victim], signal.SIGKILL)

    query = {"query": {"match": {"title.folded": "tinh uy"}}, "size": 0, "track_total_hits": True}
    answered, deadline = 0, time.monotonic() + SEARCH_SECONDS_AFTER_KILL
    while time.monotonic() < deadline:
        answer = client.search(index=name, body=query)
        assert answer["hits"]["total"]["value"] == FAILOVER_DOCUMENTS, answer["_shards"]
        answered += 1
    assert answered > 0

    # The survivors promote the replicas: yellow (the lost copies have no third node to go to),
    # every primary active, and writes accepted again.
    health = wait_for_health(client, name, wait_for_status="yellow", wait_for_nodes="2")
    assert not health["timed_out"] and health["active_primary_shards"] == 3, health
    client.index(index=name, id="after", body=DOCUMENTS[0], refresh=True)
    total = client.count(index=name)["count"]
    assert total == FAILOVER_DOCUMENTS + 1
    client.close()
