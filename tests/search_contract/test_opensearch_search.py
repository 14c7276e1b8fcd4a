"""The OpenSearch searcher against a fake client: what it sends, how it reads the answers.

No server here: the fake records each request body and answers in the shape OpenSearch
does (hits.total.value, docvalue ``fields``, ``sort`` values, aggregation buckets). Whether a real
cluster answers these bodies as tantivy does is the contract suite's job (OPENSEARCH_URL).
"""

from __future__ import annotations

import pytest

from documents.search.abbreviations import expand_abbreviations
from documents.search.backends.opensearch import searcher as opensearch_search
from documents.search.backends.opensearch.engine import OpenSearchBackend
from documents.search.backends.opensearch.lexicon import field_of
from documents.search.plan import BackendHit, BackendRequest
from documents.search.query import parse_query


def es_hit(pk: int, score: float | None = 1.0, sort: list | None = None) -> dict:
    hit = {"_index": "portal_test", "_id": f"documents.document.{pk}", "_score": score}
    hit["fields"] = {"django_id": [str(pk)]}
    if sort is not None:
        hit["sort"] = sort
    return hit


def answer(hits: list[dict], total: int | None = None, aggregations: dict | None = None) -> dict:
    body = {"took": 1, "timed_out": False, "hits": {"max_score": None, "hits": hits}}
    if total is not None:
        body["hits"]["total"] = {"value": total, "relation": "eq"}
    if aggregations is not None:
        body["aggregations"] = aggregations
    return body


class FakeOpenSearch:
    """Answers searches from canned responses, or pages through ``listing`` (ids in sort order)
    honouring from / size / search_after the way OpenSearch does."""

    def __init__(self, responses: list[dict] | None = None, listing: list[int] | None = None):
        self.responses = list(responses or [])
        self.listing = listing
        self.calls: list[tuple[dict, dict]] = []

    def search(self, index=None, body=None, **params):
        assert index == "portal_test"
        self.calls.append((body, params))
        if self.responses:
            return self.responses.pop(0)
        assert self.listing is not None, "no canned answer left"
        position = 0
        if "search_after" in body:
            position = self.listing.index(body["search_after"][-1]) + 1
        position += body.get("from", 0)
        chosen = self.listing[position : position + body["size"]]
        hits = [es_hit(pk, None, sort=[20240101 - i, pk]) for i, pk in enumerate(chosen, start=position)]
        return answer(hits, total=len(self.listing) if body.get("track_total_hits") else None)

    @property
    def bodies(self) -> list[dict]:
        return [body for body, _ in self.calls]


@pytest.fixture
def backend():
    backend = OpenSearchBackend("default", URL="http://127.0.0.1:9/", INDEX_NAME="portal_test")
    backend.setup_complete = True  # no server: nothing to create
    return backend


def request(text: str = "", **options) -> BackendRequest:
    return BackendRequest(query=expand_abbreviations(parse_query(text)), **options)


def test_the_backend_answers_what_the_search_service_asks(backend):
    for name in (
        "search_documents",
        "iter_document_ids",
        "written_forms",
        "document_frequencies",
        "more_like",
        "indexed_fingerprints",
    ):
        assert callable(getattr(backend, name)), name


def test_a_page_of_hits_with_scores_and_total(backend):
    backend.conn = FakeOpenSearch([answer([es_hit(7, 3.25), es_hit(3, 1.5)], total=42)])
    page = backend.search_documents(request("tỉnh", page=3, page_size=2))
    assert page.total == 42
    assert page.hits == [BackendHit(id=7, score=3.25), BackendHit(id=3, score=1.5)]
    assert page.facets == {}
    ((body, _),) = backend.conn.calls
    assert (body["from"], body["size"]) == (4, 2)


def test_a_date_sorted_page_has_no_scores(backend):
    backend.conn = FakeOpenSearch([answer([es_hit(5, None, sort=[20230404, 5])], total=1)])
    page = backend.search_documents(request("tỉnh", sort="newest"))
    assert page.hits == [BackendHit(id=5, score=None)]


def test_facets_come_back_in_tantivys_shape_from_one_request(backend):
    def terms(*buckets):
        return {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [{"key": k, "doc_count": c} for k, c in buckets],
        }

    aggregations = {
        "facets": {
            "doc_count": 5,
            "year": terms(("2023", 2), ("2021", 2), ("2024", 3)),
            "level": terms(("province", 4), ("", 1)),
        },
        "facets_without_province": {
            "doc_count": 9,
            "province": terms(("Thanh Hóa", 3), ("Hà Tĩnh", 3), ("Nghệ An", 1)),
        },
    }
    backend.conn = FakeOpenSearch([answer([es_hit(1)], total=5, aggregations=aggregations)])
    page = backend.search_documents(
        request(
            "ban",
            filters={"province": ["Thanh Hóa"]},
            facets=("province", "year", "level", "officials"),
        )
    )
    assert len(backend.conn.calls) == 1
    assert page.facets == {
        "province": [("Hà Tĩnh", 3), ("Thanh Hóa", 3), ("Nghệ An", 1)],
        "year": [("2024", 3), ("2021", 2), ("2023", 2)],
        "level": [("province", 4)],  # the empty value dropped
        "officials": [],  # no bucket: no value
    }
    assert list(page.facets) == ["province", "year", "level", "officials"]


def test_a_page_beyond_the_result_window_is_walked_to(backend, monkeypatch):
    monkeypatch.setattr(opensearch_search, "FIRST_CHUNK", 4)
    monkeypatch.setattr(opensearch_search, "ID_CHUNK", 6)
    monkeypatch.setattr(opensearch_search.q, "MAX_RESULT_WINDOW", 10)
    listing = list(range(100, 130))
    backend.conn = FakeOpenSearch([answer([], total=30)], listing=listing)
    page = backend.search_documents(request("", sort="oldest", page=4, page_size=4))
    assert page.total == 30
    assert [hit.id for hit in page.hits] == listing[12:16]
    first, *walked = backend.conn.bodies
    assert (first["from"], first["size"]) == (0, 0)  # total and facets only
    assert [b["size"] for b in walked] == [4, 6, 6]
    assert all("from" not in b for b in walked)
    assert walked[1]["search_after"] == [20240101 - 3, 103]


def test_every_id_in_order_over_several_search_after_pages(backend, monkeypatch):
    monkeypatch.setattr(opensearch_search, "FIRST_CHUNK", 3)
    monkeypatch.setattr(opensearch_search, "ID_CHUNK", 5)
    listing = [9, 4, 11, 2, 8, 30, 1, 7, 5, 6, 3, 12]
    backend.conn = FakeOpenSearch(listing=listing)
    assert list(backend.iter_document_ids(request("tỉnh", sort="newest"))) == listing
    bodies = backend.conn.bodies
    assert [b["size"] for b in bodies] == [3, 5, 5]
    assert "search_after" not in bodies[0]
    assert bodies[1]["search_after"][-1] == 11 and bodies[2]["search_after"][-1] == 7
    assert all(b["sort"] == bodies[0]["sort"] and "from" not in b for b in bodies)
    # One session: every page from the same shard copies.
    preferences = {params["preference"] for _, params in backend.conn.calls}
    assert len(preferences) == 1


def test_a_listing_ending_on_a_full_page_asks_once_more(backend, monkeypatch):
    monkeypatch.setattr(opensearch_search, "FIRST_CHUNK", 2)
    monkeypatch.setattr(opensearch_search, "ID_CHUNK", 3)
    backend.conn = FakeOpenSearch(listing=[1, 2, 3, 4, 5])
    assert list(backend.iter_document_ids(request())) == [1, 2, 3, 4, 5]
    assert [b["size"] for b in backend.conn.bodies] == [2, 3, 3]


def test_reading_one_id_costs_one_small_request(backend):
    backend.conn = FakeOpenSearch(listing=list(range(1, 5000)))
    ids = backend.iter_document_ids(request("tỉnh"))
    assert backend.conn.calls == []  # nothing asked before the first id is wanted
    assert next(ids) == 1
    assert [b["size"] for b in backend.conn.bodies] == [opensearch_search.FIRST_CHUNK]


def test_written_forms_are_the_suffixes_with_counts_commonest_first(backend):
    buckets = [
        {"key": "thanh hoa\x1fThanh Hóa", "doc_count": 3},
        {"key": "thanh hoa\x1fThanh Hoa", "doc_count": 1},
    ]
    field = field_of("thanh")
    backend.conn = FakeOpenSearch([answer([], aggregations={field: {"forms": {"buckets": buckets}}})])
    assert backend.written_forms("thanh hoa\x1f", limit=10) == [("Thanh Hóa", 3), ("Thanh Hoa", 1)]
    assert backend.conn.bodies[0]["aggs"][field]["aggs"]["forms"]["terms"]["size"] == 10
    assert backend.written_forms("x\x1f", limit=0) == []
    assert len(backend.conn.calls) == 1


def test_document_frequencies_from_one_request(backend):
    named = {"0": {"doc_count": 4}, "1": {"doc_count": 0}}
    backend.conn = FakeOpenSearch([answer([], total=12, aggregations={"frequencies": {"buckets": named}})])
    total, frequencies = backend.document_frequencies("compounds", ["cải_cách", "xyz_abc", "hành_chính"])
    assert total == 12
    assert frequencies == {"cải_cách": 4, "xyz_abc": 0, "hành_chính": 0}
    assert len(backend.conn.calls) == 1


def test_more_like_excludes_the_document_and_keeps_the_order(backend):
    backend.conn = FakeOpenSearch([answer([es_hit(8, 4.0), es_hit(2, 3.0)])])
    assert backend.more_like(5, {"cải_cách": 2.0, "hành_chính": 1.0}, 3) == [8, 2]
    body = backend.conn.bodies[0]
    assert body["query"]["bool"]["must_not"] == [{"term": {"django_id": {"value": "5"}}}]
    assert body["size"] == 3
    assert backend.more_like(5, {}, 3) == [] and backend.more_like(5, {"a_b": 1.0}, 0) == []
    assert len(backend.conn.calls) == 1


def test_indexed_fingerprints_are_by_haystack_identifiers(backend):
    backend.conn = FakeOpenSearch(listing=[3, 1, 2])
    assert backend.indexed_fingerprints().keys() == {
        "documents.document.1",
        "documents.document.2",
        "documents.document.3",
    }
    assert backend.conn.bodies[0]["sort"][0] == {"django_ct": {"order": "asc"}}


def test_the_index_is_set_up_before_the_first_search(backend):
    backend.setup_complete = False
    ready = []

    def setup():
        ready.append(True)
        backend.setup_complete = True

    backend.setup = setup
    backend.conn = FakeOpenSearch([answer([], total=0), answer([], total=0)])
    backend.search_documents(request("tỉnh"))
    backend.search_documents(request("tỉnh"))
    assert ready == [True]
