"""What the search service asks of a backend, and what it gets back: plain values, so every
backend (Whoosh today, tantivy or Elasticsearch later) answers the same request."""

from __future__ import annotations

from dataclasses import dataclass, field

from .query import ParsedQuery

SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_OLDEST = "oldest"


@dataclass
class BackendRequest:
    query: ParsedQuery
    # True: syllables are compared without diacritics (exact forms still rank first).
    folded: bool = False
    # False: a document needs only some of the words (the fallback when none has them all).
    match_all: bool = True
    # Written forms the user probably meant ("giải phóng mặt bằng" for "giai phong mat bang"):
    # documents containing them rank first.
    preferred: list[tuple[str, ...]] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet → values (OR within)
    date_from: int | None = None  # yyyymmdd
    date_to: int | None = None
    sort: str = SORT_RELEVANCE
    page: int = 1
    page_size: int = 20
    facets: tuple[str, ...] = ()


@dataclass
class BackendHit:
    id: int
    score: float | None


@dataclass
class BackendPage:
    total: int
    hits: list[BackendHit]
    facets: dict[str, list[tuple[str, int]]]
