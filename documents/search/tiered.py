"""Running a request in tiers (documents.search.tiers) on a backend of the contract: the page of
one ranked list made of the tiers one after the other (each ranked by relevance, or by the sort
asked for), with the total and the facet counts of the whole list."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from .contract import SearchBackend, reads_concurrently
from .plan import COUNT_ONLY, BackendHit, BackendPage, BackendRequest
from .threads import beside
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


def _plan(backend: SearchBackend, request: BackendRequest) -> tuple[list[int], BackendPage]:
    """The tiers' thresholds and the first page of the whole list (its total and facets): one
    request, two when the list is short and a last tier of "some of the words" is added. The
    tiers' own sizes come from the requests for their hits."""
    thresholds = tier_thresholds(len(counted_clauses(request.query))) if request.match_all else [1]
    whole = backend.search_documents(
        dataclasses.replace(_whole(request, thresholds[-1]), page=1, page_size=COUNT_ONLY)
    )
    if whole.total < FEW and thresholds[-1] > 1 and request.match_all:
        thresholds.append(1)
        whole = backend.search_documents(
            dataclasses.replace(_whole(request, 1), page=1, page_size=COUNT_ONLY)
        )
    return thresholds, whole


def _slice(
    backend: SearchBackend, request: BackendRequest, start: int, count: int, size: int
) -> tuple[list[BackendHit], int]:
    """``count`` hits of ``request`` from ``start``, read as the backend's pages of ``size``
    (a page of the list may begin inside a page of a later tier), and the request's total."""
    page = start // size + 1
    skip = start - (page - 1) * size
    hits: list[BackendHit] = []
    total = 0
    while len(hits) < skip + count:
        found = backend.search_documents(dataclasses.replace(request, page=page, page_size=size, facets=()))
        hits += found.hits
        total = found.total
        if len(found.hits) < size:
            break
        page += 1
    return hits[skip : skip + count], total


def _count(backend: SearchBackend, request: BackendRequest) -> int:
    return backend.search_documents(
        dataclasses.replace(request, page=1, page_size=COUNT_ONLY, facets=())
    ).total


def complete_total(backend: SearchBackend, request: BackendRequest) -> int:
    """How many documents hold every word of the query (its first tier), counted alone."""
    thresholds = tier_thresholds(len(counted_clauses(request.query)))
    whole = dataclasses.replace(request, match_all=True, min_clauses=None, fewer_than=None)
    return _count(backend, _tier(whole, thresholds, 0) if thresholds else whole)


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
    size = max(1, request.page_size)
    offset = (request.page - 1) * size
    first = None
    if request.match_all and len(tier_thresholds(counted)) > 1:
        # The first tier's page is read whatever the whole list's total turns out to be: both
        # at once, on a backend whose reads overlap.
        planning = beside("tiers", lambda: _plan(backend, request), reads_concurrently(backend))
        first = _slice(backend, _tier(request, tier_thresholds(counted), 0), offset, size, size)
        thresholds, whole = planning.result()
    else:
        thresholds, whole = _plan(backend, request)
    hits: list[tuple[BackendHit, int]] = []
    sizes: list[int] = []
    begin = 0
    for index in range(len(thresholds)):
        tier = _tier(request, thresholds, index)
        last = index == len(thresholds) - 1
        tier_size = whole.total - begin if last else None
        start = max(0, offset + len(hits) - begin)
        wanted = size - len(hits)
        if index == 0 and first is not None:
            found, tier_size = first  # the same slice: start is the offset, wanted the page
            hits += [(hit, 1) for hit in found]
        elif wanted > 0 and (tier_size is None or start < tier_size):
            found, tier_size = _slice(backend, tier, start, wanted, size)
            hits += [(hit, index + 1) for hit in found]
        elif tier_size is None:
            tier_size = _count(backend, tier)  # the page is full; the tier's size is still shown
        sizes.append(tier_size)
        begin += tier_size
    if not request.match_all:
        sizes = [0, *sizes]  # the fallback of "any word": none holds them all
        hits = [(hit, 2) for hit, _tier in hits]
    return TieredPage(whole.total, sizes, hits, whole.facets)


def whole_list(backend: SearchBackend, request: BackendRequest) -> BackendRequest:
    """One request finding exactly the documents of every tier together (what iter_tiered_ids
    lists tier after tier): for counting them, where their order does not matter."""
    if not request.query.clauses:
        return request
    thresholds, _whole_page = _plan(backend, dataclasses.replace(request, facets=()))
    return _whole(request, thresholds[-1])


def iter_tiered_ids(backend: SearchBackend, request: BackendRequest) -> Iterator[int]:
    """Every id of the list, tier after tier."""
    if not request.query.clauses:
        return backend.iter_document_ids(request)
    thresholds, _whole_page = _plan(backend, dataclasses.replace(request, facets=()))
    return itertools.chain.from_iterable(
        backend.iter_document_ids(_tier(request, thresholds, index)) for index in range(len(thresholds))
    )
