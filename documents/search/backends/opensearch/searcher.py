"""Reading side of the OpenSearch backend: answers a BackendRequest like tantivy and Whoosh do.

Bodies come from vocabulary.py; this module sends them and reads the answers. Long
listings (the export, up to 100,000 ids) page with ``search_after`` on the sort keys, which end
with the unique primary key: no result window to outgrow, no scroll context to leak when the
caller stops early (the search service reads one id of a listing to see if it is empty).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator

from documents.search.plan import (
    COUNT_ONLY,
    BackendHit,
    BackendPage,
    BackendRequest,
    PairCounts,
    ordered_counts,
    pairs_from_nested,
)

from . import lexicon
from . import vocabulary as q

# The first page of a listing is small: often only its first id is read.
FIRST_CHUNK = 1_000
ID_CHUNK = 10_000


def hit_id(hit: dict) -> int:
    return int(hit["fields"][q.ID_FIELD][0])


def _hit(hit: dict, scored: bool) -> BackendHit:
    score = hit.get("_score") if scored else None
    return BackendHit(id=hit_id(hit), score=None if score is None else float(score))


def buckets(aggregation: dict) -> list[tuple[str, int]]:
    return ordered_counts([(b["key"], int(b["doc_count"])) for b in aggregation.get("buckets", ())])


def facet_counts(request: BackendRequest, aggregations: dict) -> dict[str, list[tuple[str, int]]]:
    facets = {name: buckets(answer) for name, answer in q.group_counts(request, aggregations)}
    return {name: facets[name] for name in request.facets}


class OpenSearchSearcher:
    """The reading half of the contract on OpenSearch, held by the backend
    (contract.ReadsThroughReader). ``send(body, **params)`` searches the backend's index and
    returns the answer (engine.OpenSearchBackend.send_search: it creates or checks the index
    first and turns a cluster's failures into SearchUnavailable)."""

    def __init__(self, send: Callable[..., dict]):
        self._search = send

    def search_documents(self, request: BackendRequest) -> BackendPage:
        if request.page_size == COUNT_ONLY:
            # No hits asked: the cluster counts without scoring.
            answer = self._search(q.page_body(request, 0, 0))
            facets = facet_counts(request, answer.get("aggregations", {})) if request.facets else {}
            return BackendPage(total=int(answer["hits"]["total"]["value"]), hits=[], facets=facets)
        page_size = max(1, request.page_size)
        offset = (max(1, request.page) - 1) * page_size
        scored = q.is_scored(request)
        deep = offset + page_size > q.MAX_RESULT_WINDOW
        # Beyond the result window this request brings only the total and facets; the page is
        # reached by walking the listing (at most 10,000 ids per step).
        answer = self._search(q.page_body(request, 0 if deep else offset, 0 if deep else page_size))
        if deep:
            walked = itertools.islice(self.walk(q.listing_body(request)), offset, offset + page_size)
            found = list(walked)
        else:
            found = answer["hits"]["hits"]
        return BackendPage(
            total=int(answer["hits"]["total"]["value"]),
            hits=[_hit(hit, scored) for hit in found],
            facets=facet_counts(request, answer.get("aggregations", {})) if request.facets else {},
        )

    def walk(self, body: dict) -> Iterator[dict]:
        """Every hit of a listing body, in its order, one search_after page at a time."""
        # The same shard copies answer every page, so relevance scores (replicas may count
        # deleted documents differently) and with them the search_after position stay stable.
        session = f"listing-{uuid.uuid4().hex}"
        after = None
        size = FIRST_CHUNK
        while True:
            hits = self._search(q.next_page(body, after, size), preference=session)["hits"]["hits"]
            yield from hits
            if len(hits) < size:
                return
            after = hits[-1]["sort"]
            size = ID_CHUNK

    def count_pairs(self, request: BackendRequest, first: str, second: str) -> PairCounts:
        answer = self._search(q.pairs_body(request, first, second))
        found = answer.get("aggregations", {})
        return pairs_from_nested(
            int(answer["hits"]["total"]["value"]),
            found.get("first", {}).get("buckets", []),
            found.get("second", {}).get("buckets", []),
        )

    def iter_document_ids(self, request: BackendRequest) -> Iterator[int]:
        """Every matching document id, in the request's order."""
        for hit in self.walk(q.listing_body(request)):
            yield hit_id(hit)

    # --- lexicon, for "did you mean" and related documents -------------------------------------
    def written_forms(self, prefix: str, limit: int = 50) -> list[tuple[str, int]]:
        """Terms of the suggest field under ``prefix`` with their document counts."""
        if limit <= 0:
            return []
        answer = self._search(lexicon.written_forms_body(prefix, limit))
        return lexicon.written_forms(answer.get("aggregations", {}), prefix, limit)

    def document_frequencies(self, field: str, terms: list[str]) -> tuple[int, dict[str, int]]:
        answer = self._search(q.frequencies_body(field, terms))
        named = answer.get("aggregations", {}).get("frequencies", {}).get("buckets", {})
        counts = {term: int(named.get(str(i), {}).get("doc_count", 0)) for i, term in enumerate(terms)}
        return int(answer["hits"]["total"]["value"]), counts

    def more_like(self, document_id: int, weighted_terms: dict[str, float], limit: int) -> list[int]:
        """Documents sharing the weighted compound words, best first, without the document itself."""
        if not weighted_terms or limit <= 0:
            return []
        answer = self._search(q.more_like_body(document_id, weighted_terms, limit))
        return [hit_id(hit) for hit in answer["hits"]["hits"]]

    def indexed_fingerprints(self) -> dict[str, str]:
        every = {
            "query": {"match_all": {}},
            # Both always there (haystack's own keywords), and unique together.
            "sort": [{"django_ct": {"order": "asc"}}, {q.ID_FIELD: {"order": "asc"}}],
            "track_total_hits": False,
            "_source": ["fingerprint"],
        }
        return {hit["_id"]: hit.get("_source", {}).get("fingerprint") or "" for hit in self.walk(every)}
