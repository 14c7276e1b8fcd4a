"""Reading side of the Whoosh backend: answers a BackendRequest with one kept searcher."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator

from haystack.constants import DJANGO_ID, ID
from haystack.exceptions import SearchBackendError
from whoosh import query as wq
from whoosh import sorting
from whoosh.index import EmptyIndexError
from whoosh.searching import Searcher

from documents.search.facets import index_fields
from documents.search.plan import (
    COUNT_ONLY,
    DATE_START,
    SORT_NEWEST,
    SORT_OLDEST,
    UNDATED,
    BackendHit,
    BackendPage,
    BackendRequest,
    PairCounts,
    effective_sort,
    facet_groups,
    ordered_counts,
)

from .vocabulary import FILTERS, matching_query, required_query_for

MULTI_VALUED = index_fields(multi_valued=True)

logger = logging.getLogger(__name__)
READ_ATTEMPTS = 5


class IndexBusy(SearchBackendError):
    """The index kept changing under every attempt to read it (a rebuild in another process)."""


def survives_index_changes(method):
    """Retry a read whose files another process's commit or rebuild just replaced.

    A Whoosh commit deletes the segment files it merged and a rebuild starts the index afresh;
    a searcher that opened the older table of contents can find its files gone. Reopening
    reads the new generation.
    """

    @functools.wraps(method)
    def reading(self, *args, **kwargs):
        for attempt in range(READ_ATTEMPTS):
            try:
                return method(self, *args, **kwargs)
            except (OSError, EmptyIndexError) as error:
                logger.info("search index changed while reading (%s); reopening", error)
                self.reopen()
                time.sleep(0.05 * (attempt + 1))
        raise IndexBusy("The search index is being rebuilt; please try again in a moment.")

    return reading


def _filter(request: BackendRequest, skip=()) -> wq.Query | None:
    return FILTERS.combined(request, skip)


def _sort(request: BackendRequest):
    sort = effective_sort(request)
    if sort == SORT_NEWEST:
        return [sorting.FieldFacet(UNDATED), sorting.FieldFacet(DATE_START, reverse=True)]
    if sort == SORT_OLDEST:
        return [sorting.FieldFacet(UNDATED), sorting.FieldFacet(DATE_START)]
    return None


def _facet(name: str) -> sorting.FieldFacet:
    return sorting.FieldFacet(name, allow_overlap=name in MULTI_VALUED, maptype=sorting.Count)


def _counts(groups: dict) -> list[tuple[str, int]]:
    return ordered_counts([(v.decode() if isinstance(v, bytes) else v, c) for v, c in groups.items()])


class WhooshSearcher:
    """The reading half of the contract on Whoosh, held by the backend (contract.ReadsThroughReader).

    ``current`` gives this process's kept searcher; ``reopen`` drops it and opens the index again
    (survives_index_changes calls it when another process replaced the files being read).
    """

    def __init__(self, current: Callable[[], Searcher], reopen: Callable[[], None]):
        self.searcher = current
        self.reopen = reopen

    def _queries(self, request: BackendRequest) -> wq.Query:
        return matching_query(request)

    @survives_index_changes
    def search_documents(self, request: BackendRequest) -> BackendPage:
        searcher = self.searcher()
        filter_query = _filter(request)
        if request.page_size == COUNT_ONLY:
            query = required_query_for(request)  # nothing to rank
            total = len(searcher.search(query, limit=None, scored=False, filter=filter_query, terms=False))
            return BackendPage(total=total, hits=[], facets=self._facet_counts(request, query))
        query = self._queries(request)
        sortedby = _sort(request)
        page_size = max(1, request.page_size)
        results = searcher.search(
            query,
            limit=request.page * page_size,
            filter=filter_query,
            sortedby=sortedby,
            reverse=False,
            terms=False,
            # Whoosh's block-quality skipping loops forever on some nested queries (the tiers'
            # "most of the words" groups reach it); without it every match is scored.
            optimize=False,
        )
        total = results.scored_length()
        if total >= request.page * page_size:
            # Past a full page, Whoosh without skipping reports as its length only the documents
            # it collected before the page filled; an unscored pass counts them all.
            total = len(searcher.search(query, limit=None, scored=False, filter=filter_query, terms=False))
        start = (request.page - 1) * page_size
        hits = [
            BackendHit(id=int(hit[DJANGO_ID]), score=hit.score if sortedby is None else None)
            for hit in results[start : start + page_size]
        ]
        return BackendPage(total=total, hits=hits, facets=self._facet_counts(request, query))

    def _facet_counts(self, request: BackendRequest, query: wq.Query) -> dict[str, list[tuple[str, int]]]:
        if not request.facets:
            return {}
        searcher = self.searcher()
        facets: dict[str, list[tuple[str, int]]] = {}
        for names, skip in facet_groups(request):
            results = searcher.search(
                query,
                limit=None,
                scored=False,
                filter=_filter(request, skip),
                groupedby={name: _facet(name) for name in names},
            )
            for name in names:
                facets[name] = _counts(results.groups(name))
        return {name: facets[name] for name in request.facets}

    @survives_index_changes
    def count_pairs(self, request: BackendRequest, first: str, second: str) -> PairCounts:
        pair = sorting.MultiFacet(
            [sorting.FieldFacet(first), sorting.FieldFacet(second)], maptype=sorting.Count
        )
        results = self.searcher().search(
            self._queries(request),
            limit=None,
            scored=False,
            filter=_filter(request),
            groupedby={"pair": pair},
        )
        cells: dict[tuple[str | None, str | None], int] = {}
        for key, n in results.groups("pair").items():
            # A document without a value has an empty one in Whoosh's key.
            values = tuple((v.decode() if isinstance(v, bytes) else v) or None for v in key)
            cells[values] = cells.get(values, 0) + n
        return PairCounts(sum(cells.values()), cells)

    def iter_document_ids(self, request: BackendRequest) -> Iterator[int]:
        """Every matching document id, in the request's order."""
        return iter(self._all_ids(request))

    @survives_index_changes
    def _all_ids(self, request: BackendRequest) -> list[int]:
        searcher = self.searcher()
        sortedby = _sort(request)
        results = searcher.search(
            self._queries(request),
            limit=None,
            filter=_filter(request),
            sortedby=sortedby,
            scored=sortedby is None,
            terms=False,
        )
        return [int(hit[DJANGO_ID]) for hit in results]

    # --- lexicon, for "did you mean" and related documents -------------------------------------
    @survives_index_changes
    def written_forms(self, prefix: str, limit: int = 50) -> list[tuple[str, int]]:
        """Terms of the suggest field under ``prefix`` with their document counts, the most
        frequent ``limit`` of them (as tantivy gives them; Whoosh lists terms alphabetically)."""
        reader = self.searcher().reader()
        forms = []
        for term, info in reader.iter_prefix("suggest", prefix):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            forms.append((text[len(prefix) :], info.doc_frequency()))
        return sorted(forms, key=lambda form: (-form[1], form[0]))[:limit]

    @survives_index_changes
    def document_frequencies(self, field: str, terms: list[str]) -> tuple[int, dict[str, int]]:
        reader = self.searcher().reader()
        return reader.doc_count(), {t: reader.doc_frequency(field, t) for t in terms}

    @survives_index_changes
    def more_like(self, document_id: int, weighted_terms: dict[str, float], limit: int) -> list[int]:
        """Documents sharing the weighted compound words, best first, without the document itself."""
        if not weighted_terms:
            return []
        searcher = self.searcher()
        query = wq.Or([wq.Term("compounds", t, boost=w) for t, w in weighted_terms.items()])
        own = wq.Term(DJANGO_ID, str(document_id))
        results = searcher.search(query, limit=limit, mask=own, terms=False)
        return [int(hit[DJANGO_ID]) for hit in results]

    @survives_index_changes
    def indexed_fingerprints(self) -> dict[str, str]:
        reader = self.searcher().reader()
        return {fields[ID]: fields.get("fingerprint") or "" for _, fields in reader.iter_docs()}
