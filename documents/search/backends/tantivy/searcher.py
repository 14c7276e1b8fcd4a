"""Reading side of the tantivy backend: answers a BackendRequest like the Whoosh backend does."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tantivy import Occur, Order, Query, Schema, Searcher

from documents.search.plan import (
    COUNT_ONLY,
    SORT_NEWEST,
    SORT_OLDEST,
    BackendHit,
    BackendPage,
    BackendRequest,
    PairCounts,
    effective_sort,
    facet_groups,
    ordered_counts,
    pair_aggregations,
    pairs_from_nested,
)

from .schema import ID, NEWEST, OLDEST, PK, Layout
from .terms import suggest_prefix_in_index, suggest_term_from_index
from .vocabulary import QueryBuilder

# Facet values counted per facet: more than any facet of this corpus holds (63 + 34 provinces,
# some thousands of officials), so every value is counted, as on Whoosh.
MAX_FACET_VALUES = 100_000
ID_CHUNK = 10_000


def _sort(request: BackendRequest) -> tuple[str, Order] | None:
    sort = effective_sort(request)
    if sort == SORT_NEWEST:
        return NEWEST, Order.Desc
    if sort == SORT_OLDEST:
        return OLDEST, Order.Asc
    return None


# The aggregation that counts a match set (no index field has this name).
_TOTAL = "_matched"


def _whole_set_counted(request: BackendRequest) -> bool:
    """Whether one facet group is counted with every filter, over the request's own match set."""
    return any(not skip for _names, skip in facet_groups(request))


# The share of the index a filter may hold for the ranking clauses to be read through it: each
# clause then reads the filter too, which costs more than it saves when the filter keeps most
# documents (QueryBuilder.matching).
SELECTIVE_SHARE = 0.1


def _if_selective(searcher, request: BackendRequest, within: Query | None) -> Query | None:
    """The filters, when they keep few enough documents to read the ranking clauses through
    (a listing without words has no ranking clauses: the filters are not counted for it)."""
    if within is None or not request.query.clauses:
        return None
    kept = searcher.search(within, limit=1, count=True).count
    return within if kept <= SELECTIVE_SHARE * searcher.num_docs else None


def _match_set(searcher, builder: QueryBuilder, request: BackendRequest, skip=()) -> Query:
    """The documents the request finds through its filters (but those of the facets in ``skip``),
    without ranking clauses (counting needs no scores). Selective filters are read inside each
    way of matching too: a tier's "at least k of n" is a union of groups, which tantivy reads
    over the whole index when the filter stands around it alone."""
    within = builder.filter(request, skip)
    return builder.filtered(builder.required(request, _if_selective(searcher, request, within)), within)


def _buckets(result: dict) -> list[tuple[str, int]]:
    return ordered_counts([(b["key"], int(b["doc_count"])) for b in result.get("buckets", ())])


class TantivySearcher:
    """The reading half of the contract on tantivy, held by the backend
    (contract.ReadsThroughReader): ``current`` gives the index's current searcher, which follows
    commits; ``schema`` and ``layout`` are the index's (schema.py)."""

    def __init__(self, current: Callable[[], Searcher], schema: Schema, layout: Layout):
        self.searcher = current
        self.schema = schema
        self.layout = layout

    def _builder(self, searcher=None) -> QueryBuilder:
        return QueryBuilder(self.schema, self.layout, searcher)

    def _search(self, searcher, query, limit: int, offset: int, sort):
        if sort is None:
            return searcher.search(query, limit=limit, offset=offset, count=True)
        field, order = sort
        return searcher.search(
            query, limit=limit, offset=offset, count=True, order_by_field=field, order=order
        )

    def search_documents(self, request: BackendRequest) -> BackendPage:
        searcher = self.searcher()
        builder = self._builder(searcher)
        if request.page_size == COUNT_ONLY and request.facets and _whole_set_counted(request):
            # The facets counted with every filter read the whole match set already: they count
            # it too, instead of a second pass for the total (a tiers' "most of the words" set
            # is the costliest query a page asks).
            facets, total = self._count_facets(searcher, builder, request, with_total=True)
            return BackendPage(total=total, hits=[], facets=facets)
        facets = self._count_facets(searcher, builder, request)[0] if request.facets else {}
        if request.page_size == COUNT_ONLY:
            # The match set unscored: the ranking clauses would be computed for nothing.
            query = Query.const_score_query(_match_set(searcher, builder, request), 0.0)
            total = searcher.search(query, limit=1, count=True).count
            return BackendPage(total=total, hits=[], facets=facets)
        within = builder.filter(request)
        query = builder.matching(request, _if_selective(searcher, request, within))
        sort = _sort(request)
        page_size = max(1, request.page_size)
        result = self._search(
            searcher,
            builder.filtered(query, within),
            page_size,
            (request.page - 1) * page_size,
            sort,
        )
        pks = searcher.fast_field_values(PK, [address for _, address in result.hits])
        hits = [
            BackendHit(id=int(pk), score=float(key) if sort is None else None)
            for (key, _), pk in zip(result.hits, pks, strict=True)
        ]
        return BackendPage(total=result.count, hits=hits, facets=facets)

    def _count_facets(
        self, searcher, builder: QueryBuilder, request: BackendRequest, with_total: bool = False
    ) -> tuple[dict[str, list[tuple[str, int]]], int | None]:
        """The request's facet counts, one aggregation per group (plan.facet_groups);
        ``with_total``: also the size of the match set, from the group counted with every filter
        (every document holds a pk)."""
        counted: dict[str, list[tuple[str, int]]] = {}
        total = None
        for names, skip in facet_groups(request):
            found, group_total = self._count_group(
                searcher, builder, request, names, skip, with_total=with_total and not skip
            )
            counted.update(found)
            total = group_total if group_total is not None else total
        return {name: counted[name] for name in request.facets}, total

    def _count_group(
        self, searcher, builder: QueryBuilder, request: BackendRequest, names, skip, with_total=False
    ) -> tuple[dict[str, list[tuple[str, int]]], int | None]:
        """The counts of the facets ``names`` over the match set without the selections of
        ``skip``, and ``with_total`` its size."""
        spec = {name: {"terms": {"field": name, "size": MAX_FACET_VALUES}} for name in names}
        if with_total:
            spec[_TOTAL] = {"value_count": {"field": PK}}
        result = searcher.aggregate(_match_set(searcher, builder, request, skip), spec)
        total = int(result[_TOTAL]["value"]) if with_total else None
        return {name: _buckets(result.get(name, {})) for name in names}, total

    def count_pairs(self, request: BackendRequest, first: str, second: str) -> PairCounts:
        searcher = self.searcher()
        builder = self._builder(searcher)
        query = _match_set(searcher, builder, request)
        total = searcher.search(query, limit=1, count=True).count
        if not total:
            return PairCounts(0, {})
        found = searcher.aggregate(query, pair_aggregations(first, second, MAX_FACET_VALUES))
        return pairs_from_nested(
            total, found.get("first", {}).get("buckets", []), found.get("second", {}).get("buckets", [])
        )

    def iter_document_ids(self, request: BackendRequest) -> Iterator[int]:
        """Every matching document id, in the request's order."""
        searcher = self.searcher()
        builder = self._builder(searcher)
        sort = _sort(request)
        within = builder.filter(request)
        query = builder.filtered(builder.matching(request, _if_selective(searcher, request, within)), within)
        total = searcher.num_docs
        if total == 0:
            return
        result = self._search(searcher, query, total, 0, sort)
        addresses = [address for _, address in result.hits]
        for start in range(0, len(addresses), ID_CHUNK):
            for pk in searcher.fast_field_values(PK, addresses[start : start + ID_CHUNK]):
                yield int(pk)

    # --- lexicon, for "did you mean" and related documents -------------------------------------
    def written_forms(self, prefix: str, limit: int = 50) -> list[tuple[str, int]]:
        """Terms of the suggest field under ``prefix`` with their document counts."""
        indexed = suggest_prefix_in_index(prefix)
        terms = self.searcher().terms_with_prefix("suggest", indexed, limit=limit)
        return [(suggest_term_from_index(term[len(indexed) :]), count) for term, count in terms]

    def document_frequencies(self, field: str, terms: list[str]) -> tuple[int, dict[str, int]]:
        searcher = self.searcher()
        return searcher.num_docs, {t: searcher.doc_freq(field, t) for t in terms}

    def more_like(self, document_id: int, weighted_terms: dict[str, float], limit: int) -> list[int]:
        """Documents sharing the weighted compound words, best first, without the document itself."""
        if not weighted_terms or limit <= 0:
            return []
        searcher = self.searcher()
        builder = self._builder()
        shared = [
            (Occur.Should, Query.boost_query(builder.term("compounds", t), float(w)))
            for t, w in weighted_terms.items()
        ]
        own = Query.term_query(self.schema, PK, int(document_id), index_option="basic")
        query = Query.boolean_query([*shared, (Occur.MustNot, own)])
        result = searcher.search(query, limit=limit, count=False)
        return [int(pk) for pk in searcher.fast_field_values(PK, [a for _, a in result.hits])]

    def indexed_fingerprints(self) -> dict[str, str]:
        searcher = self.searcher()
        total = searcher.num_docs
        if not total:
            return {}
        result = searcher.search(Query.all_query(), limit=total, count=False)
        found = {}
        for _, address in result.hits:
            stored = searcher.doc(address)
            found[stored.get_first(ID)] = stored.get_first(self.layout.fingerprint) or ""
        return found
