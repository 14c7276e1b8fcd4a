"""Turns a parsed user query into tantivy queries, as documents.search.query_shape decides for
every backend. tantivy's own part: a phrase of the body is answered from its pair terms (see
schema.Layout.pairs), weighed as the phrase of its syllables would be; Whoosh's phrase
slop 1 (adjacent) is tantivy's 0.
"""

from __future__ import annotations

import itertools
import math

from tantivy import FieldType, Occur, Query, Schema, Searcher

from documents.search.plan import BackendRequest
from documents.search.query_shape import QueryShape

from .schema import Layout
from .terms import pair_term

# A word in this share of the documents or more weighs next to nothing in BM25 (idf ~0.1).
NEGLIGIBLE_SHARE = 0.9
# The longest run of syllables whose adjacency ranks by its pair terms alone (QueryBuilder.adjacent).
MAX_PAIRED_RUN = 4


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


def _covering_pairs(syllables: int) -> list[int]:
    """Where the pairs that spell a phrase of ``syllables`` syllables start: every other one and
    the last (0, 2, 3 for five). A pair at each of these places holds every syllable in its place,
    so the pairs between them add nothing to what matches, only positions to read; and the phrase
    scores the same (_pair_weight scales it by the idf of the pairs used)."""
    return sorted({*range(0, syllables - 1, 2), syllables - 2})


def _idf(doc_freq: int, docs: int) -> float:
    """BM25's inverse document frequency, as tantivy computes it."""
    return math.log(1 + (docs - doc_freq + 0.5) / (doc_freq + 0.5))


class QueryBuilder:
    def __init__(self, schema: Schema, layout: Layout, searcher: Searcher | None = None):
        self.schema = schema
        self.layout = layout
        # Needed to weigh phrases answered from pair terms; without it they keep the pair weights.
        self.searcher = searcher
        self.shape = QueryShape(self)

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

    # --- the vocabulary of query_shape.QueryShape ----------------------------------------------
    def term(self, field: str, value: str) -> Query:
        return Query.term_query(self.schema, field, value)

    word = term
    keyword = term  # compound words are single terms too

    def phrase(self, field: str, words: list[str]) -> Query:
        """``words`` adjacent in ``field``; in the body, its pair terms adjacent."""
        if len(words) == 1:
            return self.term(field, words[0])
        pair_field = self.layout.pair_field(field)
        if pair_field is None:
            return Query.phrase_query(self.schema, field, words, slop=0)
        offsets = _covering_pairs(len(words))
        pairs = [pair_term(words[i], words[i + 1]) for i in offsets]
        if len(pairs) == 1:
            query = self.term(pair_field, pairs[0])
        else:
            placed = list(zip(offsets, pairs, strict=True))
            query = Query.phrase_query(self.schema, pair_field, placed, slop=0)
        return _boost(query, self._pair_weight(field, words, pair_field, pairs))

    def adjacent(self, field: str, words: list[str]) -> Query:
        """A ranking signal that ``words`` stand adjacent in ``field``: in the body, a run of three
        or four syllables as every pair of neighbours, each a term of the pair field read without
        positions. A phrase of pairs common in the corpus ("phát_triển", "kinh_tế") reads their
        positions in nearly every document: the costliest part of a short query's ranking. The
        pairs of so short a run overlap and are seldom all present without the run itself; a
        longer run's pairs are, and its phrase's rarest pairs leave few positions to read, so it
        stays a phrase (MAX_PAIRED_RUN). Weighed as the phrase of its syllables would be
        (_pair_weight); never what a document must match (phrase is)."""
        pair_field = self.layout.pair_field(field)
        if not 2 < len(words) <= MAX_PAIRED_RUN or pair_field is None:
            return self.phrase(field, words)
        pairs = [pair_term(a, b) for a, b in itertools.pairwise(words)]
        query = _all([self.term(pair_field, pair) for pair in pairs])
        return _boost(query, self._pair_weight(field, words, pair_field, pairs))

    def near(self, field: str, words: list[list[str]], slop: int) -> Query:
        """A sloppy phrase of the words' pair terms, each at its syllable's offset (the body has
        no syllable positions; a word of two syllables or more holds a pair). Nothing when every
        pair is in nearly every document: BM25 gives such a phrase next to no weight, and reading
        their positions in every document would be the costliest part of the ranking."""
        terms = []
        offset = 0
        for word in words:
            terms += [(offset + i, pair_term(a, b)) for i, (a, b) in enumerate(itertools.pairwise(word))]
            offset += len(word)
        pair_field = self.layout.pair_field(field)
        if self.searcher is not None:
            everywhere = NEGLIGIBLE_SHARE * self.searcher.num_docs
            if all(self.searcher.doc_freq(pair_field, term) >= everywhere for _, term in terms):
                return Query.empty_query()
        return Query.phrase_query(self.schema, pair_field, terms, slop=slop)

    any = staticmethod(_any)
    all = staticmethod(_all)
    boost = staticmethod(_boost)

    @property
    def filters(self) -> QueryBuilder:
        return self  # filters are tantivy queries too (FilterVocabulary, below)

    @staticmethod
    def unscored(condition: Query) -> Query:
        return Query.const_score_query(condition, 0.0)

    def everything(self) -> Query:
        return Query.all_query()

    def excluding(self, base: Query, excluded: Query) -> Query:
        return Query.boolean_query([(Occur.Must, base), (Occur.MustNot, excluded)])

    def ranked(self, required: Query, ranking: Query) -> Query:
        return Query.boolean_query([(Occur.Must, required), (Occur.Should, ranking)])

    # --- what a request finds -------------------------------------------------------------------
    def required(self, request: BackendRequest, within: Query | None = None) -> Query:
        """The match set alone: counting needs no ranking clauses. ``within``: the request's
        filters, which each way of matching (a group of a tier's "at least k of n") is then
        read through; the match set is the same."""
        if within is None or not request.query.clauses:
            return self.shape.required_for(request)
        return self.shape.required_for(request, self.unscored(within))

    def matching(self, request: BackendRequest, within: Query | None = None) -> Query:
        """What the request finds, scored for relevance; ``within``: the request's filters,
        which each ranking clause is then read through. A union of clauses reads its clauses a
        block of documents at a time, every document of the block scored: a filter around the
        union alone (a province: 2% of the documents) still had every clause score nearly every
        document. Each clause's score is the same (the filter adds 0)."""
        if within is None or not request.query.clauses:
            return self.shape.matching_for(request)
        parts = self.shape.ranking_parts(request.query, request.folded, request.preferred)
        required = self.shape.required_for(request)
        if not parts:
            return required
        restriction = self.unscored(within)
        restricted = [Query.boolean_query([(Occur.Must, restriction), (Occur.Must, p)]) for p in parts]
        return self.ranked(required, _any(restricted))

    def filter(self, request: BackendRequest, skip=()) -> Query | None:
        """The request's filters as documents.search.plan writes them; never scored."""
        return self.shape.filters.combined(request, skip)

    # documents.search.plan.FilterVocabulary
    def any_value(self, field: str, values: list[str]) -> Query:
        return _any([Query.term_query(self.schema, field, v, index_option="basic") for v in values])

    def number_range(self, field: str, lower: int | None, upper: int | None) -> Query:
        return Query.range_query(self.schema, field, FieldType.Integer, lower_bound=lower, upper_bound=upper)

    def filtered(self, query: Query, filter_query: Query | None) -> Query:
        if filter_query is None:
            return query
        return Query.boolean_query([(Occur.Must, query), (Occur.Must, self.unscored(filter_query))])
