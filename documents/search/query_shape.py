"""What a parsed query requires of a document and what ranks it, written once for every engine.

The clauses, the fields they search and their weights (documents.search.ranking) are decided
here; each backend passes its engine's vocabulary: how a syllable, a phrase, "any of", "all of" or
a boost are spelled for Whoosh, tantivy or OpenSearch. So the engines find the same documents
and rank them with the same intent (the contract suite checks that they do), and a change of
ranking is made in one place.

Ranking, on top of each engine's BM25 over the syllable fields: exact forms (as typed, or as the
suggestion restored them) outrank folded ones, words adjacent as typed outrank scattered ones, a
title match counts more, the query's word pairs the document's segmentation holds as compound
words add weight, and the written forms a suggestion restored rank first.
"""

from __future__ import annotations

import itertools
from typing import Generic, Protocol, TypeVar

from documents.vietnamese.normalize import fold

from .periods import typed_terms
from .plan import BackendRequest, FilterPlan, FilterVocabulary
from .query import ParsedQuery, Term
from .ranking import (
    COMPOUND_BOOST,
    EXACT_BOOST,
    NEAR_BOOST,
    NEAR_SLOP,
    PAIR_BOOST,
    PREFERRED_BOOST,
    PROXIMITY_BOOST,
    TERM_BOOST,
    TEXT_FIELDS,
    TITLE_BOOST,
    TITLE_FIELDS,
)
from .tiers import clause_groups, counted_clauses

Q = TypeVar("Q")


class Vocabulary(Protocol[Q]):
    """An engine's query objects."""

    def word(self, field: str, syllable: str) -> Q:
        """A syllable in a syllable field."""

    def phrase(self, field: str, syllables: list[str]) -> Q:
        """Syllables adjacent in the order given (a single one: its word)."""

    def adjacent(self, field: str, syllables: list[str]) -> Q:
        """A ranking signal (never a condition) that the syllables stand adjacent in the order
        given: their phrase, or what an engine reads more cheaply and nearly always agrees with
        it (tantivy: every two neighbours as a pair term)."""

    def near(self, field: str, words: list[list[str]], slop: int) -> Q:
        """Words of two syllables or more (each its syllables adjacent), in the order given,
        each within ``slop`` syllables of the one before (a body field: text or text_folded)."""

    # The engine's spelling of documents.search.plan's filters, which ``unscored`` takes.
    filters: FilterVocabulary

    def unscored(self, condition) -> Q:
        """A filter of ``filters`` as a query: it matches what the filter keeps and adds
        nothing to the score (a condition)."""

    def keyword(self, field: str, value: str) -> Q:
        """A whole term of a field that is not split into syllables (compound words)."""

    def any(self, queries: list[Q]) -> Q: ...

    def all(self, queries: list[Q]) -> Q: ...

    def boost(self, query: Q, factor: float) -> Q:
        """``query`` with its score multiplied by ``factor``."""

    def everything(self) -> Q: ...

    def excluding(self, base: Q, excluded: Q) -> Q: ...

    def ranked(self, required: Q, ranking: Q) -> Q:
        """Documents matching ``required``, scored also by the optional ``ranking``."""


class QueryShape(Generic[Q]):
    def __init__(self, vocabulary: Vocabulary[Q]):
        self.v = vocabulary
        self.filters = FilterPlan(vocabulary.filters)

    def _syllable(self, s: str, folded: bool, fields: tuple[str, str]) -> Q:
        exact_field, folded_field = fields
        if not folded:
            return self.v.word(exact_field, s)
        exact = self.v.boost(self.v.word(exact_field, s), EXACT_BOOST)
        return self.v.any([exact, self.v.word(folded_field, fold(s))])

    def _phrase(
        self, syllables: tuple[str, ...], folded: bool, fields: tuple[str, str], ranking: bool = False
    ) -> Q:
        """The syllables adjacent; ``ranking``: only as a ranking signal (Vocabulary.adjacent)."""
        exact_field, folded_field = fields
        spell = self.v.adjacent if ranking else self.v.phrase
        exact = spell(exact_field, list(syllables))
        if not folded:
            return exact
        folded_phrase = spell(folded_field, [fold(s) for s in syllables])
        return self.v.any([self.v.boost(exact, EXACT_BOOST), folded_phrase])

    def term_query(self, term: Term, folded: bool, fields: tuple[str, str] = TEXT_FIELDS) -> Q:
        folded = folded and not term.exact
        if len(term.syllables) == 1:
            return self._syllable(term.syllables[0], folded, fields)
        if term.phrase:
            return self._phrase(term.syllables, folded, fields)
        return self.v.all([self._syllable(s, folded, fields) for s in term.syllables])

    def required(
        self,
        parsed: ParsedQuery,
        folded: bool,
        match_all: bool = True,
        min_clauses: int | None = None,
        fewer_than: int | None = None,
        within: Q | None = None,
    ) -> Q:
        """Every clause must match (or any, when not ``match_all``; or ``min_clauses`` of them,
        and fewer than ``fewer_than``: a tier); no excluded term may. ``within``: an unscored
        condition (the request's filters) put inside each alternative way of matching, so an
        engine looks for each way only among the documents it keeps; the caller still applies
        its filters around the whole."""
        v = self.v
        clauses = [
            v.any([self.term_query(t, folded) for t in c.alternatives]) for c in counted_clauses(parsed)
        ]
        if not clauses:
            base = v.everything()
        elif min_clauses or within is not None:
            base = self._at_least(clauses, min_clauses or (len(clauses) if match_all else 1), within)
        else:
            base = v.all(clauses) if match_all else v.any(clauses)
        excluded = [self.term_query(t, folded) for t in parsed.excluded]
        if fewer_than and clauses:
            excluded.append(self._at_least(clauses, fewer_than))
        if excluded:
            base = v.excluding(base, v.any(excluded))
        return base

    def _at_least(self, clauses: list[Q], least: int, within: Q | None = None) -> Q:
        """At least ``least`` of ``clauses``, written with all/any alone so that every engine
        spells it (documents.search.tiers keeps the number of groups small)."""
        if within is not None:
            # Each group is read through ``within`` (an engine reads a union's members through
            # a filter around the union far less cheaply than each member through it).
            if least >= len(clauses):
                return self.v.all([within, *clauses])
            groups = [(clause,) for clause in clauses] if least <= 1 else clause_groups(clauses, least)
            return self.v.any([self.v.all([within, *group]) for group in groups])
        if least >= len(clauses):
            return self.v.all(clauses)
        if least <= 1:
            return self.v.any(clauses)
        return self.v.any([self.v.all(list(group)) for group in clause_groups(clauses, least)])

    def required_for(self, request: BackendRequest, within: Q | None = None) -> Q:
        """The match set of a request (its tier included), unscored; ``within``: see required."""
        return self.required(
            request.query,
            request.folded,
            request.match_all,
            request.min_clauses,
            request.fewer_than,
            within,
        )

    def matching_for(self, request: BackendRequest) -> Q:
        """What a request finds (its tier included), scored for relevance."""
        required = self.required_for(request)
        if not request.query.clauses:
            return required
        ranking = self.ranking(request.query, request.folded, request.preferred)
        return required if ranking is None else self.v.ranked(required, ranking)

    def ranking(self, parsed: ParsedQuery, folded: bool, preferred: list[tuple[str, ...]]) -> Q | None:
        """Optional matches that order the documents the required query found."""
        boosts = self.ranking_parts(parsed, folded, preferred)
        return self.v.any(boosts) if boosts else None

    def ranking_parts(self, parsed: ParsedQuery, folded: bool, preferred: list[tuple[str, ...]]) -> list[Q]:
        """The optional matches of ``ranking``, one by one (an engine may restrict each)."""
        v = self.v
        boosts: list[Q] = []
        for clause in counted_clauses(parsed):
            title = v.any([self.term_query(t, folded, TITLE_FIELDS) for t in clause.alternatives])
            boosts.append(v.boost(title, TITLE_BOOST))
        for run in parsed.runs:
            boosts += self._run_boosts(run, folded)
        boosts += self._near_boosts(parsed, folded)
        boosts += self._term_boosts(parsed, folded)
        for words in preferred:
            if len(words) > 1:
                boosts.append(v.boost(v.adjacent("text", list(words)), PREFERRED_BOOST))
            for word in words:
                boosts.append(v.boost(v.word("text", word), PREFERRED_BOOST / 2))
        return boosts

    def _term_boosts(self, parsed: ParsedQuery, folded: bool) -> list[Q]:
        """Documents dated within a term of office the query names, or undated (see periods):
        their words count again, by TERM_BOOST (a share of their own score on every engine)."""
        terms = typed_terms(parsed)
        if not terms:
            return []
        words = self.v.any(
            [self.term_query(t, folded) for c in counted_clauses(parsed) for t in c.alternatives]
        )
        dated = [self.v.unscored(self.filters.overlapping_or_undated(*term)) for term in terms]
        return [self.v.boost(self.v.all([condition, words]), TERM_BOOST) for condition in dated]

    def _near_boosts(self, parsed: ParsedQuery, folded: bool) -> list[Q]:
        """Each two words typed one after the other, found near each other. Only words of two
        syllables or more: a lone syllable ("tỉnh") is near something in every document."""
        typed = [clause.alternatives[0] for clause in counted_clauses(parsed)]
        field = "text_folded" if folded else "text"
        boosts = []
        for first, second in itertools.pairwise(typed):
            if first.exact or second.exact or len(first.syllables) < 2 or len(second.syllables) < 2:
                continue
            words = [[fold(s) if folded else s for s in term.syllables] for term in (first, second)]
            boosts.append(self.v.boost(self.v.near(field, words, NEAR_SLOP), NEAR_BOOST))
        return boosts

    def _run_boosts(self, run: list[str], folded: bool) -> list[Q]:
        """Syllables typed in a row: the whole run adjacent, each adjacent pair, and the
        compound words of two or three of them the documents' segmentation holds."""
        v = self.v
        boosts: list[Q] = []
        compound_field = "compounds_folded" if folded else "compounds"
        if len(run) > 2:
            boosts.append(
                v.boost(self._phrase(tuple(run), folded, TEXT_FIELDS, ranking=True), PROXIMITY_BOOST)
            )
        # Each adjacent pair as typed ("Lai Châu" beats "Gia Lai ... Châu Đốc").
        for i in range(len(run) - 1):
            pair = tuple(run[i : i + 2])
            boosts.append(v.boost(self._phrase(pair, folded, TEXT_FIELDS, ranking=True), PAIR_BOOST))
        for width in (2, 3):
            for i in range(len(run) - width + 1):
                word = "_".join(fold(s) if folded else s for s in run[i : i + width])
                boosts.append(v.boost(v.keyword(compound_field, word), COMPOUND_BOOST))
                if folded:
                    # Compound of the exact form, when typed with diacritics.
                    exact_word = "_".join(run[i : i + width])
                    boosts.append(v.boost(v.keyword("compounds", exact_word), COMPOUND_BOOST))
        return boosts

    def matching(
        self, parsed: ParsedQuery, folded: bool, match_all: bool, preferred: list[tuple[str, ...]]
    ) -> Q:
        """What the query finds, scored for relevance."""
        required = self.required(parsed, folded, match_all)
        if not parsed.clauses:
            return required
        ranking = self.ranking(parsed, folded, preferred)
        return required if ranking is None else self.v.ranked(required, ranking)
