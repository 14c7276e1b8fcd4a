"""Turns a BackendRequest into OpenSearch request bodies (the query DSL Elasticsearch 7 also
speaks): plain dicts, no client.

The clauses, fields and boosts are documents.search.query_shape's, as on every backend, so a
request finds the same documents and ranks them with the same intent. Syllables are sent through
``match`` / ``match_phrase`` rather than ``term``: the index's own analyzer then reads the query
too, so a character that Python's fold keeps but ``asciifolding`` changes still meets its indexed
form. ``text_folded`` and ``title_folded`` (folded in Python, like on tantivy) are searched, not
the ``.folded`` subfields. Compound words and facets are ``keyword`` fields: exact ``term`` / ``terms``.
"""

from __future__ import annotations

from documents.search.plan import (
    SORT_NEWEST,
    SORT_OLDEST,
    SORT_RELEVANCE,
    BackendRequest,
    effective_sort,
    facet_groups,
    pair_aggregations,
    selected_facets,
)
from documents.search.query_shape import QueryShape

# Haystack's own keyword field: in every index haystack builds, whatever our mapping adds.
ID_FIELD = "django_id"
# The primary key as a number (django_id is a string: "10" sorts before "9"), for date-sort ties
# and as the unique last sort key that search_after needs. Not "pk": haystack would pass it on to
# SearchResult, which takes pk as its own argument.
PK_FIELD = "document_pk"
# Facet values counted per facet: every value (63 + 34 provinces, some thousands of officials),
# as on Whoosh and tantivy; under the cluster's search.max_buckets (65,535 from 7.9 on).
MAX_FACET_VALUES = 50_000
# index.max_result_window's default: from + size beyond it is refused, so deeper pages walk there.
MAX_RESULT_WINDOW = 10_000
SHARED_FACETS = "facets"


# --- building blocks -----------------------------------------------------------------------------
def _any(queries: list[dict]) -> dict:
    if len(queries) == 1:
        return queries[0]
    return {"bool": {"should": queries, "minimum_should_match": 1}}


def _all(queries: list[dict]) -> dict:
    if len(queries) == 1:
        return queries[0]
    return {"bool": {"must": queries}}


def _boost(query: dict, factor: float) -> dict:
    """``query`` with its score multiplied by ``factor`` (a boost it already has included)."""
    ((kind, params),) = query.items()
    if kind in ("match", "match_phrase", "term"):
        ((field, inner),) = params.items()
        return {kind: {field: {**inner, "boost": inner.get("boost", 1.0) * factor}}}
    return {kind: {**params, "boost": params.get("boost", 1.0) * factor}}


def _word(field: str, syllable: str) -> dict:
    # "and": should the cluster's analyzer split what Python sees as one syllable, all parts count.
    return {"match": {field: {"query": syllable, "operator": "and"}}}


def _phrase_or_word(field: str, words: list[str]) -> dict:
    if len(words) == 1:
        return _word(field, words[0])
    return {"match_phrase": {field: {"query": " ".join(words), "slop": 0}}}


def _word_span(field: str, word: list[str]) -> dict:
    """A word as one span: its syllables adjacent in order. ``span_term`` is not analyzed: the
    syllables come lowercased (and folded, for a folded field) from Python; a character the
    cluster's asciifolding would change otherwise costs this ranking clause its match, nothing
    more."""
    terms = [{"span_term": {field: syllable.lower()}} for syllable in word]
    if len(terms) == 1:
        return terms[0]
    return {"span_near": {"clauses": terms, "slop": 0, "in_order": True}}


def _near(field: str, words: list[list[str]], slop: int) -> dict:
    # Each word whole, the words within ``slop`` positions of each other: a match_phrase with
    # slop would spend it inside a word too ("kiểm ... tra"), which tantivy's pair terms never do.
    clauses = [_word_span(field, word) for word in words]
    return {"span_near": {"clauses": clauses, "slop": slop, "in_order": True}}


def _keyword(field: str, value: str) -> dict:
    return {"term": {field: {"value": value}}}


# --- filters: unscored conditions ----------------------------------------------------------------
class OpenSearchFilters:
    """OpenSearch's spelling of documents.search.plan's filters (unscored filter clauses)."""

    def any_value(self, field: str, values: list[str]) -> dict:
        return {"terms": {field: list(values)}}

    def number_range(self, field: str, lower: int | None, upper: int | None) -> dict:
        bounds = {}
        if lower is not None:
            bounds["gte"] = lower
        if upper is not None:
            bounds["lte"] = upper
        return {"range": {field: bounds}}

    all = staticmethod(_all)
    any = staticmethod(_any)


# --- what a document must match, and what ranks it -----------------------------------------------
class OpenSearchVocabulary:
    """OpenSearch's spelling of documents.search.query_shape's queries."""

    filters = OpenSearchFilters()

    word = staticmethod(_word)
    phrase = staticmethod(_phrase_or_word)
    adjacent = phrase  # index_phrases answers the phrase from its shingles
    near = staticmethod(_near)
    keyword = staticmethod(_keyword)
    any = staticmethod(_any)
    all = staticmethod(_all)
    boost = staticmethod(_boost)

    def unscored(self, condition: dict) -> dict:
        return {"constant_score": {"filter": condition, "boost": 0.0}}

    def everything(self) -> dict:
        return {"match_all": {}}

    def excluding(self, base: dict, excluded: dict) -> dict:
        return {"bool": {"must": [base], "must_not": [excluded]}}

    def ranked(self, required: dict, ranking: dict) -> dict:
        return {"bool": {"must": [required], "should": [ranking]}}


_SHAPE = QueryShape(OpenSearchVocabulary())
required = _SHAPE.required
ranking = _SHAPE.ranking
FILTERS = _SHAPE.filters  # documents.search.plan's filters, the plan the term boosts read too


def matching(request: BackendRequest) -> dict:
    """What the request finds, scored for relevance."""
    return _SHAPE.matching_for(request)


# --- filters and facets --------------------------------------------------------------------------
def _filtered(query: dict, parts: list[dict]) -> dict:
    if not parts:
        return query
    return {"bool": {"must": [query], "filter": parts}}


def _group_name(skip: tuple[str, ...]) -> str:
    return SHARED_FACETS if not skip else f"{SHARED_FACETS}_without_{'_'.join(skip)}"


def facet_aggregations(request: BackendRequest) -> dict:
    """One aggregation per facet group of the plan. The query already holds the selections of
    facets that are not counted; each group puts back the counted facets' selections but its own
    (the page's ``post_filter`` applies them all to the hits)."""
    own = selected_facets(request)
    aggregations = {}
    for names, skip in facet_groups(request):
        selections = FILTERS.selections(request, [name for name in own if name not in skip])
        terms = {name: {"terms": {"field": name, "size": MAX_FACET_VALUES}} for name in names}
        aggregations[_group_name(skip)] = {
            "filter": _all(selections) if selections else {"match_all": {}},
            "aggs": terms,
        }
    return aggregations


def group_counts(request: BackendRequest, aggregations: dict):
    """(facet, its aggregation's answer) for every counted facet."""
    for names, skip in facet_groups(request):
        for name in names:
            yield name, aggregations.get(_group_name(skip), {}).get(name, {})


# --- order -----------------------------------------------------------------------------------------
def sort_keys(request: BackendRequest) -> list[dict]:
    """tantivy's NEWEST / OLDEST keys (schema.py) as separate sort keys: undated documents last either
    way, ties in primary key order. The primary key also ends the relevance order, so pages and
    search_after never depend on how a shard happens to order equal scores."""
    sort = effective_sort(request)
    by_pk = {PK_FIELD: {"order": "asc"}}
    if sort == SORT_NEWEST:
        return [{"date_start": {"order": "desc"}}, by_pk]  # undated: date_start 0, last
    if sort == SORT_OLDEST:
        return [{"undated": {"order": "asc"}}, {"date_start": {"order": "asc"}}, by_pk]
    return [{"_score": {"order": "desc"}}, by_pk]


def is_scored(request: BackendRequest) -> bool:
    return effective_sort(request) == SORT_RELEVANCE


def _ids_only(body: dict) -> dict:
    # The ids come from doc values: _source holds the whole text, far too much to read per hit.
    return {**body, "_source": False, "docvalue_fields": [ID_FIELD]}


# --- whole request bodies --------------------------------------------------------------------------
def listing_body(request: BackendRequest) -> dict:
    """Every match in the request's order, without paging (for ``next_page``)."""
    body = {
        "query": _filtered(matching(request), FILTERS.parts(request)),
        "sort": sort_keys(request),
        "track_total_hits": False,
    }
    if is_scored(request):
        body["track_scores"] = True  # a field in the sort would otherwise leave _score null
    return _ids_only(body)


def page_body(request: BackendRequest, offset: int, size: int) -> dict:
    """One page, the exact total and the facet counts: one request.

    The selections of counted facets move from the query to ``post_filter``: hits and total
    still honour them, while each facet's aggregation puts back only the others' selections.
    """
    own = selected_facets(request)
    body = {
        "query": _filtered(matching(request), FILTERS.parts(request, skip=own)),
        "sort": sort_keys(request),
        "from": offset,
        "size": size,
        "track_total_hits": True,
    }
    if own:
        body["post_filter"] = _all(FILTERS.selections(request, own))
    if request.facets:
        body["aggs"] = facet_aggregations(request)
    if is_scored(request):
        body["track_scores"] = True
    return _ids_only(body)


def pairs_body(request: BackendRequest, first: str, second: str) -> dict:
    """The total and the two-level counts of documents.search.plan.pair_aggregations; no hits."""
    return {
        "query": _filtered(matching(request), FILTERS.parts(request)),
        "size": 0,
        "track_total_hits": True,
        "aggs": pair_aggregations(first, second, MAX_FACET_VALUES),
    }


def next_page(body: dict, after: list | None, size: int) -> dict:
    """The next ``size`` hits of a listing after the sort values ``after`` of the last one seen."""
    page = {**body, "size": size}
    if after is not None:
        page["search_after"] = list(after)
    return page


_REGEXP_SPECIAL = set('.?+*|{}[]()"\\#@&<>~^$')


def lucene_regexp_literal(text: str) -> str:
    """``text`` as a Lucene regular expression matching exactly it (any character can be escaped)."""
    return "".join("\\" + ch if ch in _REGEXP_SPECIAL else ch for ch in text)


def frequencies_body(field: str, terms: list[str]) -> dict:
    """The document count and each term's document frequency, in one request."""
    body: dict = {"size": 0, "track_total_hits": True, "query": {"match_all": {}}}
    if terms:
        # Positions as bucket keys, read back in order: what a term holds never matters.
        named = {str(i): _keyword(field, term) for i, term in enumerate(terms)}
        body["aggs"] = {"frequencies": {"filters": {"filters": named}}}
    return body


def more_like_body(document_id: int, weighted_terms: dict[str, float], limit: int) -> dict:
    shared = [_boost(_keyword("compounds", term), float(weight)) for term, weight in weighted_terms.items()]
    query = {
        "bool": {
            "should": shared,
            "minimum_should_match": 1,
            "must_not": [_keyword(ID_FIELD, str(document_id))],
        }
    }
    by_relevance = [{"_score": {"order": "desc"}}, {PK_FIELD: {"order": "asc"}}]
    return _ids_only({"query": query, "sort": by_relevance, "size": limit, "track_total_hits": False})
