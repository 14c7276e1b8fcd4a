"""Turns a parsed user query into Whoosh queries: what a document must match, and what ranks it,
as documents.search.query_shape decides for every backend."""

from __future__ import annotations

import copy

from whoosh import matching
from whoosh import query as wq

from documents.search.query_shape import QueryShape


class _Near(wq.SpanNear2):
    """Spans in the order given, each within ``slop`` positions of the one before, with the
    query's boost applied (Whoosh's own span queries ignore it)."""

    def __init__(self, qs, slop):
        super().__init__(qs, slop=slop, ordered=True, mindist=1)
        self.boost = 1.0

    def matcher(self, searcher, context=None):
        found = super().matcher(searcher, context)
        return found if self.boost == 1.0 else matching.WrappingMatcher(found, boost=self.boost)


class WhooshFilters:
    """Whoosh's spelling of documents.search.plan's filters."""

    def any_value(self, field: str, values: list[str]) -> wq.Query:
        terms = [wq.Term(field, value) for value in values]
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def number_range(self, field: str, lower: int | None, upper: int | None) -> wq.Query:
        return wq.NumericRange(field, lower, upper)

    def all(self, filters: list[wq.Query]) -> wq.Query:
        return wq.And(filters)

    def any(self, filters: list[wq.Query]) -> wq.Query:
        return wq.Or(filters)


class WhooshVocabulary:
    """Whoosh's spelling of documents.search.query_shape's queries."""

    filters = WhooshFilters()

    def word(self, field: str, syllable: str) -> wq.Query:
        return wq.Term(field, syllable)

    keyword = word  # compound words are single terms too

    def phrase(self, field: str, syllables: list[str]) -> wq.Query:
        if len(syllables) == 1:
            return wq.Term(field, syllables[0])
        return wq.Phrase(field, syllables, slop=1)  # Whoosh's slop 1 is "adjacent"

    adjacent = phrase  # positions are read anyway: the phrase itself ranks

    def near(self, field: str, words: list[list[str]], slop: int) -> wq.Query:
        # Each word's syllables adjacent (a span of its own), then the words within ``slop``
        # syllables of each other: a phrase with slop would spend it inside a word too ("kiểm
        # ... tra"), which tantivy's pair terms never do. Whoosh's distance 1 is "adjacent".
        spans = [
            _Near([wq.Term(field, s) for s in word], slop=1) if len(word) > 1 else wq.Term(field, word[0])
            for word in words
        ]
        return _Near(spans, slop=slop + 1)

    def any(self, queries: list[wq.Query]) -> wq.Query:
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def all(self, queries: list[wq.Query]) -> wq.Query:
        return queries[0] if len(queries) == 1 else wq.And(queries)

    def boost(self, query: wq.Query, factor: float) -> wq.Query:
        boosted = copy.copy(query)  # a query may be a part of another one
        boosted.boost = query.boost * factor
        return boosted

    def unscored(self, condition: wq.Query) -> wq.Query:
        return wq.ConstantScoreQuery(condition, 0.0)

    def everything(self) -> wq.Query:
        return wq.Every()

    def excluding(self, base: wq.Query, excluded: wq.Query) -> wq.Query:
        return wq.AndNot(base, excluded)

    def ranked(self, required: wq.Query, ranking: wq.Query) -> wq.Query:
        return wq.AndMaybe(required, ranking)


_SHAPE = QueryShape(WhooshVocabulary())
required_query = _SHAPE.required
ranking_query = _SHAPE.ranking
matching_query = _SHAPE.matching_for
required_query_for = _SHAPE.required_for
FILTERS = _SHAPE.filters  # documents.search.plan's filters, the plan the term boosts read too
