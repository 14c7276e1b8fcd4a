"""The engine-neutral plan of a search: what the service asks of a backend and what it gets back,
in plain values, and the rules every backend follows, written once here:

- filters: the values of one facet are alternatives (OR), facets and the date range all apply
  (AND); a date range keeps a document whose known date (a day, a month or a year) overlaps it
  (a term of office typed in the query, documents.search.periods, keeps undated ones too);
- facet groups: a facet with a selection is counted without its own selection, so its other
  values stay visible to widen the search; facets without one are counted together;
- the effective sort: relevance needs words to rank by; with none, newest first.

A backend spells the primitives (a FilterVocabulary for filters; documents.search.query_shape's
Vocabulary for queries) and runs the groups; see documents.search.contract for what it answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from .query import ParsedQuery

SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_OLDEST = "oldest"

# Index fields of the date range, as yyyymmdd integers (0: undated); a partial date covers its
# whole month or year. "undated" is 1 for a document without a date, which sorts last.
DATE_START = "date_start"
DATE_END = "date_end"
UNDATED = "undated"


@dataclass
class BackendRequest:
    query: ParsedQuery
    # True: syllables are compared without diacritics (exact forms still rank first).
    folded: bool = False
    # False: a document needs only some of the words (the fallback when none has them all).
    match_all: bool = True
    # Tiers (documents.search.tiers): a document needs only this many of the clauses...
    min_clauses: int | None = None
    # ...and, when set, holds fewer than this many (it is not in an earlier tier).
    fewer_than: int | None = None
    # Written forms the user probably meant ("giải phóng mặt bằng" for "giai phong mat bang"):
    # documents containing them rank first.
    preferred: list[tuple[str, ...]] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)  # index field → values (OR within)
    date_from: int | None = None  # yyyymmdd
    date_to: int | None = None
    sort: str = SORT_RELEVANCE
    page: int = 1
    # 0: only the total and the facet counts, no hits: nothing is ranked (COUNT_ONLY).
    page_size: int = 20
    facets: tuple[str, ...] = ()  # index fields to count


# The page size of a request that wants its total and facet counts alone: a backend skips the
# ranking clauses, which cost more than finding the documents (the tiers' counts ask this way).
COUNT_ONLY = 0


@dataclass
class BackendHit:
    id: int
    score: float | None


@dataclass
class BackendPage:
    total: int
    hits: list[BackendHit]
    facets: dict[str, list[tuple[str, int]]]


@dataclass
class PairCounts:
    """A two-level facet: the matches counted by their values of two single-valued fields
    together (a province and a period). None stands for a document without a value in that field,
    so the cells add up to the total."""

    total: int
    cells: dict[tuple[str | None, str | None], int]


def pair_aggregations(first: str, second: str, size: int) -> dict:
    """The aggregations pairs_from_nested reads, in the JSON tantivy and OpenSearch share."""
    second_terms = {"terms": {"field": second, "size": size}}
    return {
        "first": {"terms": {"field": first, "size": size}, "aggs": {"second": second_terms}},
        "second": second_terms,
    }


def pairs_from_nested(total: int, nested: list[dict], seconds: list[dict]) -> PairCounts:
    """PairCounts from a terms aggregation of the first field holding one of the second
    (``nested``, each bucket's sub-aggregation named "second") and one of the second field alone
    (``seconds``), as tantivy and OpenSearch answer both. Aggregations leave out documents
    without a value; subtracting what the buckets hold gives those cells."""
    cells: dict[tuple[str | None, str | None], int] = {}
    paired_by_second: dict[str, int] = {}
    for bucket in nested:
        first = str(bucket["key"])
        inner = 0
        for sub in bucket.get("second", {}).get("buckets", ()):
            second, n = str(sub["key"]), int(sub["doc_count"])
            cells[(first, second)] = n
            paired_by_second[second] = paired_by_second.get(second, 0) + n
            inner += n
        cells[(first, None)] = int(bucket["doc_count"]) - inner
    for bucket in seconds:
        second = str(bucket["key"])
        cells[(None, second)] = int(bucket["doc_count"]) - paired_by_second.get(second, 0)
    cells[(None, None)] = total - sum(cells.values())
    return PairCounts(total, {key: n for key, n in cells.items() if n})


F = TypeVar("F")


class FilterVocabulary(Protocol[F]):
    """An engine's spelling of the filters: unscored conditions on whole values and numbers."""

    def any_value(self, field: str, values: list[str]) -> F:
        """The field holds one of ``values`` (whole values, never words)."""

    def number_range(self, field: str, lower: int | None, upper: int | None) -> F:
        """lower <= field <= upper; None leaves that end open."""

    def all(self, filters: list[F]) -> F: ...

    def any(self, filters: list[F]) -> F: ...


class FilterPlan(Generic[F]):
    def __init__(self, vocabulary: FilterVocabulary[F]):
        self.v = vocabulary

    def selections(self, request: BackendRequest, fields) -> list[F]:
        """The facet selections of ``fields``, each one spelled (OR within a facet)."""
        return [self.v.any_value(name, request.filters[name]) for name in fields if request.filters.get(name)]

    def parts(self, request: BackendRequest, skip=()) -> list[F]:
        """Every condition of the request but the selections of the facets in ``skip``."""
        parts = self.selections(request, [name for name in request.filters if name not in skip])
        return parts + self.overlapping(request.date_from, request.date_to)

    def overlapping(self, lower: int | None, upper: int | None) -> list[F]:
        """The conditions of a date range ``lower``..``upper`` (yyyymmdd; None leaves that end
        open): the document's span ends on or after the range's start and starts (dated: from 1)
        on or before its end. An undated document never overlaps."""
        parts = []
        if lower is not None:
            parts.append(self.v.number_range(DATE_END, lower, None))
        if upper is not None:
            parts.append(self.v.number_range(DATE_START, 1, upper))
        return parts

    def overlapping_or_undated(self, lower: int, upper: int) -> F:
        """A document dated within ``lower``..``upper`` as ``overlapping`` reads it, or undated
        (it may be of those years): the term of office a query names (documents.search.periods)."""
        undated = self.v.number_range(DATE_START, 0, 0)
        return self.v.any([self.v.all(self.overlapping(lower, upper)), undated])

    def combined(self, request: BackendRequest, skip=()) -> F | None:
        """All of ``parts`` as one filter (None: nothing to filter)."""
        parts = self.parts(request, skip)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else self.v.all(parts)


def selected_facets(request: BackendRequest) -> list[str]:
    """The counted facets with a selection: each is counted without it."""
    return [name for name in request.facets if request.filters.get(name)]


def facet_groups(request: BackendRequest) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(facets counted together, the facets whose selections their count leaves out)."""
    own = selected_facets(request)
    shared = tuple(name for name in request.facets if name not in own)
    groups: list[tuple[tuple[str, ...], tuple[str, ...]]] = [(shared, ())] if shared else []
    return groups + [((name,), (name,)) for name in own]


def effective_sort(request: BackendRequest) -> str:
    if request.sort == SORT_RELEVANCE and not request.query.clauses:
        return SORT_NEWEST  # nothing to rank by
    return request.sort


def ordered_counts(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A facet's counts as every backend returns them: most frequent first, then by value;
    documents without a value are not a value."""
    kept = [(str(value), count) for value, count in counts if value not in (None, "")]
    return sorted(kept, key=lambda vc: (-vc[1], vc[0]))
