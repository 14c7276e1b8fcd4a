"""Turns a parsed user query into tantivy queries, with the ranking intent of whoosh_query.

What a document must match is the same on every backend; what ranks it: exact forms outrank
folded ones, words adjacent as typed outrank scattered ones, a title match counts more, the
query's word pairs the document's segmentation holds as compound words add weight, and the
written forms a suggestion restored rank first. Whoosh's phrase slop 1 (adjacent) is tantivy's 0.
"""

from __future__ import annotations

import itertools
import math

from tantivy import FieldType, Occur, Query, Schema, Searcher

from documents.vietnamese.normalize import fold

from .query import ParsedQuery, Term, plain_runs
from .ranking import (
    COMPOUND_BOOST,
    EXACT_BOOST,
    PAIR_BOOST,
    PREFERRED_BOOST,
    PROXIMITY_BOOST,
    TEXT_FIELDS,
    TITLE_BOOST,
    TITLE_FIELDS,
)
from .request import BackendRequest
from .tantivy_schema import PAIR_FIELDS, pair_term


def _any(queries: list[Query]) -> Query:
    if len(queries) == 1:
        return queries[0]
    return Query.boolean_query([(Occur.Should, q) for q in queries])


def _all(queries: list[Query]) -> Query:
    if len(queries) == 1:
        return queries[0]
    return Query.boolean_query([(Occur.Must, q) for q in queries])


def _boost(query: Query, boost: float) -> Query:
    return Query.boost_query(query, boost)


def _idf(doc_freq: int, docs: int) -> float:
    """BM25's inverse document frequency, as tantivy computes it."""
    return math.log(1 + (docs - doc_freq + 0.5) / (doc_freq + 0.5))


class QueryBuilder:
    def __init__(self, schema: Schema, searcher: Searcher | None = None):
        self.schema = schema
        # Needed to weigh phrases answered from pair terms; without it they keep the pair weights.
        self.searcher = searcher

    def _pair_weight(self, field: str, words: list[str], pair_field: str, pairs: list[str]) -> float:
        """How much to boost a phrase of pair terms so that it scores as the phrase of its
        syllables would: tantivy weighs a phrase by the sum of its terms' idf, and a pair is
        rarer than either of its syllables, so unscaled pairs would outweigh the other clauses."""
        if self.searcher is None:
            return 1.0
        docs = max(1, self.searcher.num_docs)
        syllables = sum(_idf(self.searcher.doc_freq(field, w), docs) for w in words)
        paired = sum(_idf(self.searcher.doc_freq(pair_field, p), docs) for p in pairs)
        return syllables / paired if paired > 0 else 1.0

    def term(self, field: str, value: str) -> Query:
        return Query.term_query(self.schema, field, value)

    def _phrase_or_term(self, field: str, words: list[str]) -> Query:
        if len(words) == 1:
            return self.term(field, words[0])
        pair_field = PAIR_FIELDS.get(field)
        if pair_field is None:
            return Query.phrase_query(self.schema, field, words, slop=0)
        # The body's words adjacent as typed: its pair terms adjacent (see tantivy_schema).
        pairs = [pair_term(a, b) for a, b in itertools.pairwise(words)]
        if len(pairs) == 1:
            query = self.term(pair_field, pairs[0])
        else:
            query = Query.phrase_query(self.schema, pair_field, pairs, slop=0)
        return _boost(query, self._pair_weight(field, words, pair_field, pairs))

    def _syllable(self, s: str, folded: bool, fields: tuple[str, str]) -> Query:
        exact_field, folded_field = fields
        if not folded:
            return self.term(exact_field, s)
        return _any([_boost(self.term(exact_field, s), EXACT_BOOST), self.term(folded_field, fold(s))])

    def _phrase(self, syllables: tuple[str, ...], folded: bool, fields: tuple[str, str]) -> Query:
        exact_field, folded_field = fields
        exact = self._phrase_or_term(exact_field, list(syllables))
        if not folded:
            return exact
        folded_query = self._phrase_or_term(folded_field, [fold(s) for s in syllables])
        return _any([_boost(exact, EXACT_BOOST), folded_query])

    def term_query(self, term: Term, folded: bool, fields: tuple[str, str] = TEXT_FIELDS) -> Query:
        folded = folded and not term.exact
        if len(term.syllables) == 1:
            return self._syllable(term.syllables[0], folded, fields)
        if term.phrase:
            return self._phrase(term.syllables, folded, fields)
        return _all([self._syllable(s, folded, fields) for s in term.syllables])

    def required(self, parsed: ParsedQuery, folded: bool, match_all: bool = True) -> Query:
        """Every clause must match (or any, when not ``match_all``); no excluded term may."""
        clauses = [_any([self.term_query(t, folded) for t in c.alternatives]) for c in parsed.clauses]
        if not clauses:
            base = Query.all_query()
        elif len(clauses) == 1:
            base = clauses[0]
        else:
            occur = Occur.Must if match_all else Occur.Should
            base = Query.boolean_query([(occur, c) for c in clauses])
        if parsed.excluded:
            excluded = _any([self.term_query(t, folded) for t in parsed.excluded])
            base = Query.boolean_query([(Occur.Must, base), (Occur.MustNot, excluded)])
        return base

    def ranking(self, parsed: ParsedQuery, folded: bool, preferred: list[tuple[str, ...]]) -> Query | None:
        """Optional matches that order the documents the required query found."""
        boosts: list[Query] = []
        for clause in parsed.clauses:
            title = _any([self.term_query(t, folded, TITLE_FIELDS) for t in clause.alternatives])
            boosts.append(_boost(title, TITLE_BOOST))
        compound_field = "compounds_folded" if folded else "compounds"
        for run in plain_runs(parsed):
            if len(run) > 2:
                boosts.append(_boost(self._phrase(tuple(run), folded, TEXT_FIELDS), PROXIMITY_BOOST))
            for i in range(len(run) - 1):
                boosts.append(_boost(self._phrase(tuple(run[i : i + 2]), folded, TEXT_FIELDS), PAIR_BOOST))
            for width in (2, 3):
                for i in range(len(run) - width + 1):
                    word = "_".join(fold(s) if folded else s for s in run[i : i + width])
                    boosts.append(_boost(self.term(compound_field, word), COMPOUND_BOOST))
                    if folded:
                        exact_word = "_".join(run[i : i + width])
                        boosts.append(_boost(self.term("compounds", exact_word), COMPOUND_BOOST))
        for words in preferred:
            if len(words) > 1:
                boosts.append(_boost(self._phrase_or_term("text", list(words)), PREFERRED_BOOST))
            for word in words:
                boosts.append(_boost(self.term("text", word), PREFERRED_BOOST / 2))
        return _any(boosts) if boosts else None

    def matching(self, request: BackendRequest) -> Query:
        """What the request finds, scored for relevance."""
        required = self.required(request.query, request.folded, request.match_all)
        if not request.query.clauses:
            return required
        ranking = self.ranking(request.query, request.folded, request.preferred)
        if ranking is None:
            return required
        return Query.boolean_query([(Occur.Must, required), (Occur.Should, ranking)])

    def filter(self, request: BackendRequest, skip: str | None = None) -> Query | None:
        """Facet selections (OR within a facet, AND across) and the date range; never scored."""
        parts: list[Query] = []
        for name, values in request.filters.items():
            if name == skip or not values:
                continue
            terms = [Query.term_query(self.schema, name, v, index_option="basic") for v in values]
            parts.append(_any(terms))
        if request.date_from is not None:
            parts.append(self._range("date_end", lower=request.date_from))
        if request.date_to is not None:
            parts.append(self._range("date_start", lower=1, upper=request.date_to))
        if not parts:
            return None
        return _all(parts)

    def _range(self, field: str, lower: int | None = None, upper: int | None = None) -> Query:
        return Query.range_query(self.schema, field, FieldType.Integer, lower_bound=lower, upper_bound=upper)

    def filtered(self, query: Query, filter_query: Query | None) -> Query:
        if filter_query is None:
            return query
        return Query.boolean_query(
            [(Occur.Must, query), (Occur.Must, Query.const_score_query(filter_query, 0.0))]
        )
