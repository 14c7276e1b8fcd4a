"""The search subsystem's facade: views, the API, exports, feeds, commands, check_index and the
tools import from here, and nothing deeper (tests/test_architecture.py checks it; the one module
allowed below is documents.search_indexes, haystack's index declaration, which is made of the
field roles and the facet registry).

    params = SearchParams.from_querydict(request.GET)   # may raise ParamError
    outcome = search(params)                            # one page, facet counts, suggestion
    for pk in iter_ids(params): ...                     # every match, in order (exports, feeds)
    count_pairs(params, "province", "year")             # the matches by two facets together
    related(document)                                   # documents sharing its key words

Inside: ``facets`` (the registry), ``params`` (reading a query string), ``plan`` (the
engine-neutral plan), ``contract`` (what a backend answers), ``query``/``query_shape``/``ranking``
(the user's syntax and what ranks it), ``analysis`` (the Vietnamese tokens), ``highlight``,
``suggest``, ``related``, ``signals`` (keeping the index in step) and ``backends/`` (tantivy,
Whoosh, OpenSearch), each spelling the plan for its engine.

Names are loaded on first use: the pure modules below (analysis, query) stay importable without
Django's models being ready.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    # searching
    "search": ("service", "run_search"),
    "iter_ids": ("service", "iter_document_ids"),
    "count_pairs": ("pairs", "count_pairs"),
    "PairCounts": ("plan", "PairCounts"),
    "related": ("service", "related_documents"),
    "SearchOutcome": ("service", "SearchOutcome"),
    "SearchHit": ("service", "SearchHit"),
    "FacetValue": ("service", "FacetValue"),
    # parameters
    "SearchParams": ("params", "SearchParams"),
    "parse_date": ("dates", "parse_date"),
    "ParamError": ("errors", "ParamError"),
    "SearchUnavailable": ("errors", "SearchUnavailable"),
    "SORTS": ("params", "SORTS"),
    "MAX_PAGE": ("params", "MAX_PAGE"),
    "MAX_PAGE_SIZE": ("params", "MAX_PAGE_SIZE"),
    "MAX_Q_CHARS": ("params", "MAX_Q_CHARS"),
    "MAX_VALUE_CHARS": ("facets", "MAX_VALUE_CHARS"),
    "EXACT_VALUES": ("params", "EXACT_VALUES"),
    "SORT_RELEVANCE": ("plan", "SORT_RELEVANCE"),
    "SORT_NEWEST": ("plan", "SORT_NEWEST"),
    "SORT_OLDEST": ("plan", "SORT_OLDEST"),
    # facets
    "FACETS": ("facets", "FACETS"),
    "facet_named": ("facets", "facet_named"),
    "ON_DOCUMENT": ("facets", "ON_DOCUMENT"),
    "document_facets": ("facets", "document_facets"),
    # marking the query's words in a text
    "QueryMarks": ("highlight", "QueryMarks"),
    "query_marks": ("service", "query_marks"),
    # keeping the index in step with the database
    "batched_indexing": ("signals", "batched_indexing"),
    "index_pending": ("signals", "index_pending"),
    "index_documents": ("signals", "index_documents"),
    "sync_documents": ("signals", "sync_documents"),
    # operating the index: check_index, the benchmarks
    "search_backend": ("contract", "backend"),  # the connection's backend, checked against the contract
    "index_all": ("bulk", "index_all"),  # the parallel build rebuild_index runs
    "INDEX_BATCH": ("bulk", "BATCH"),  # its default batch of rows
    "tokens": ("analysis", "tokens"),  # a text's syllables as every backend indexes them
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
