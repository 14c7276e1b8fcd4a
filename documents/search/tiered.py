"""Running a request in tiers (documents.search.tiers) on a backend of the contract: the page of
one ranked list made of the tiers one after the other (each ranked by relevance, or by the sort
asked for), with the total and the facet counts of the whole list."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from .contract import SearchBackend
from .plan import BackendHit, BackendRequest
from .tiers import FEW, counted_clauses, tier_thresholds

FIRST = 1


@dataclass
class TieredPage:
    total: int
    # The number of documents in each tier, first tier first.
    tier_totals: list[int]
    hits: list[tuple[BackendHit, int]]  # (hit, tier number from 1)
    facets: dict[str, list[tuple[str, int]]]


def _tier(request: BackendRequest, thresholds: list[int], index: int) -> BackendRequest:
    return dataclasses.replace(
        request,
        match_all=True,
        min_clauses=thresholds[index],
        fewer_than=thresholds[index - 1] if index else None,
    )


def _whole(request: BackendRequest, least: int) -> BackendRequest:
    return dataclasses.replace(request, match_all=True, min_clauses=least, fewer_than=None)


def _thresholds(backend: SearchBackend, request: BackendRequest) -> tuple[list[int], list[int], object]:
    """The tiers' thresholds, the count of documents holding at least each, and the page of the
    whole list's count (with its facets)."""
    clauses = len(counted_clauses(request.query))
    thresholds = tier_thresholds(clauses) if request.match_all else [1]
    counts = []
    whole = None
    for least in thresholds[:-1]:
        counts.append(
            backend.search_documents(
                dataclasses.replace(_whole(request, least), page_size=1, facets=())
            ).total
        )
    whole = backend.search_documents(
        dataclasses.replace(_whole(request, thresholds[-1]), page=1, page_size=1)
    )
    counts.append(whole.total)
    if whole.total < FEW and thresholds[-1] > 1 and request.match_all:
        thresholds.append(1)
        whole = backend.search_documents(dataclasses.replace(_whole(request, 1), page=1, page_size=1))
        counts.append(whole.total)
    return thresholds, counts, whole


def _slice(
    backend: SearchBackend, request: BackendRequest, start: int, count: int, size: int
) -> list[BackendHit]:
    """``count`` hits of ``request`` from ``start``, read as the backend's pages of ``size``
    (a page of the list may begin inside a page of a later tier)."""
    page = start // size + 1
    skip = start - (page - 1) * size
    hits: list[BackendHit] = []
    while len(hits) < skip + count:
        found = backend.search_documents(dataclasses.replace(request, page=page, page_size=size, facets=()))
        hits += found.hits
        if len(found.hits) < size:
            break
        page += 1
    return hits[skip : skip + count]


def search_tiers(backend: SearchBackend, request: BackendRequest) -> TieredPage:
    if not request.query.clauses:
        page = backend.search_documents(request)
        return TieredPage(page.total, [page.total], [(hit, FIRST) for hit in page.hits], page.facets)
    counted = len(counted_clauses(request.query))
    if request.match_all and len(tier_thresholds(counted)) == 1:
        # One tier unless the list is short: its page is the answer, as without tiers.
        page = backend.search_documents(request)
        if page.total >= FEW or counted == 1:
            return TieredPage(page.total, [page.total], [(hit, FIRST) for hit in page.hits], page.facets)
    thresholds, counts, whole = _thresholds(backend, request)
    sizes = [count - (counts[i - 1] if i else 0) for i, count in enumerate(counts)]
    size = max(1, request.page_size)
    offset = (request.page - 1) * size
    hits: list[tuple[BackendHit, int]] = []
    begin = 0
    for index, tier_size in enumerate(sizes):
        wanted = size - len(hits)
        if wanted <= 0:
            break
        start = max(0, offset + len(hits) - begin)
        if start < tier_size:
            found = _slice(backend, _tier(request, thresholds, index), start, wanted, size)
            hits += [(hit, index + 1) for hit in found]
        begin += tier_size
    if not request.match_all:
        sizes = [0, *sizes]  # the fallback of "any word": none holds them all
        hits = [(hit, 2) for hit, _tier in hits]
    return TieredPage(whole.total, sizes, hits, whole.facets)


def iter_tiered_ids(backend: SearchBackend, request: BackendRequest) -> Iterator[int]:
    """Every id of the list, tier after tier."""
    if not request.query.clauses:
        return backend.iter_document_ids(request)
    thresholds, _counts, _whole_page = _thresholds(backend, dataclasses.replace(request, facets=()))
    return itertools.chain.from_iterable(
        backend.iter_document_ids(_tier(request, thresholds, index)) for index in range(len(thresholds))
    )
