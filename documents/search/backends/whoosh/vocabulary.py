"""Turns a parsed user query into Whoosh queries: what a document must match, and what ranks it,
as documents.search.query_shape decides for every backend."""

from __future__ import annotations

import copy

from whoosh import query as wq

from documents.search.query_shape import QueryShape


class WhooshVocabulary:
    """Whoosh's spelling of documents.search.query_shape's queries."""

    def word(self, field: str, syllable: str) -> wq.Query:
        return wq.Term(field, syllable)

    keyword = word  # compound words are single terms too

    def phrase(self, field: str, syllables: list[str]) -> wq.Query:
        if len(syllables) == 1:
            return wq.Term(field, syllables[0])
        return wq.Phrase(field, syllables, slop=1)  # Whoosh's slop 1 is "adjacent"

    def near(self, field: str, words: list[list[str]], slop: int) -> wq.Query:
        # Whoosh's slop is the gap allowed between each two syllables, 1 for adjacent.
        return wq.Phrase(field, [s for word in words for s in word], slop=slop + 1)

    def any(self, queries: list[wq.Query]) -> wq.Query:
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def all(self, queries: list[wq.Query]) -> wq.Query:
        return queries[0] if len(queries) == 1 else wq.And(queries)

    def boost(self, query: wq.Query, factor: float) -> wq.Query:
        boosted = copy.copy(query)  # a query may be a part of another one
        boosted.boost = query.boost * factor
        return boosted

    def everything(self) -> wq.Query:
        return wq.Every()

    def excluding(self, base: wq.Query, excluded: wq.Query) -> wq.Query:
        return wq.AndNot(base, excluded)

    def ranked(self, required: wq.Query, ranking: wq.Query) -> wq.Query:
        return wq.AndMaybe(required, ranking)


class WhooshFilters:
    """Whoosh's spelling of documents.search.plan's filters."""

    def any_value(self, field: str, values: list[str]) -> wq.Query:
        terms = [wq.Term(field, value) for value in values]
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def number_range(self, field: str, lower: int | None, upper: int | None) -> wq.Query:
        return wq.NumericRange(field, lower, upper)

    def all(self, filters: list[wq.Query]) -> wq.Query:
        return wq.And(filters)


_SHAPE = QueryShape(WhooshVocabulary())
required_query = _SHAPE.required
ranking_query = _SHAPE.ranking
matching_query = _SHAPE.matching_for
required_query_for = _SHAPE.required_for
