"""Turns a parsed user query into Whoosh queries: what a document must match, and what ranks it.

Ranking, on top of BM25F over the syllable fields, as documents.search.ranking describes it (the
weights are shared with the other backends).
"""

from __future__ import annotations

from whoosh import query as wq

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


def _syllable(s: str, folded: bool, fields: tuple[str, str]) -> wq.Query:
    exact_field, folded_field = fields
    if not folded:
        return wq.Term(exact_field, s)
    return wq.Or([wq.Term(exact_field, s, boost=EXACT_BOOST), wq.Term(folded_field, fold(s))])


def _phrase(syllables: tuple[str, ...], folded: bool, fields: tuple[str, str], slop: int = 1) -> wq.Query:
    exact_field, folded_field = fields
    exact = wq.Phrase(exact_field, list(syllables), slop=slop)
    if not folded:
        return exact
    exact.boost = EXACT_BOOST
    return wq.Or([exact, wq.Phrase(folded_field, [fold(s) for s in syllables], slop=slop)])


def term_query(term: Term, folded: bool, fields: tuple[str, str] = TEXT_FIELDS) -> wq.Query:
    folded = folded and not term.exact
    if len(term.syllables) == 1:
        return _syllable(term.syllables[0], folded, fields)
    if term.phrase:
        return _phrase(term.syllables, folded, fields)
    return wq.And([_syllable(s, folded, fields) for s in term.syllables])


def _any(queries: list[wq.Query]) -> wq.Query:
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def required_query(parsed: ParsedQuery, folded: bool, match_all: bool = True) -> wq.Query:
    """Every clause must match (or any, when not ``match_all``); no excluded term may."""
    clauses = [_any([term_query(t, folded) for t in c.alternatives]) for c in parsed.clauses]
    base: wq.Query = (wq.And(clauses) if match_all else wq.Or(clauses)) if clauses else wq.Every()
    if len(clauses) == 1:
        base = clauses[0]
    if parsed.excluded:
        base = wq.AndNot(base, _any([term_query(t, folded) for t in parsed.excluded]))
    return base


def ranking_query(parsed: ParsedQuery, folded: bool, preferred: list[tuple[str, ...]]) -> wq.Query | None:
    """Optional matches that order the documents the required query found."""
    boosts: list[wq.Query] = []
    for clause in parsed.clauses:
        title = _any([term_query(t, folded, TITLE_FIELDS) for t in clause.alternatives])
        title.boost = TITLE_BOOST
        boosts.append(title)
    compound_field = "compounds_folded" if folded else "compounds"
    for run in plain_runs(parsed):
        if len(run) > 2:
            near = _phrase(tuple(run), folded, TEXT_FIELDS, slop=1)
            near.boost = PROXIMITY_BOOST
            boosts.append(near)
        # Each adjacent pair as typed ("Lai Châu" beats "Gia Lai ... Châu Đốc").
        for i in range(len(run) - 1):
            pair = _phrase(tuple(run[i : i + 2]), folded, TEXT_FIELDS, slop=1)
            pair.boost = PAIR_BOOST
            boosts.append(pair)
        for width in (2, 3):
            for i in range(len(run) - width + 1):
                word = "_".join(fold(s) if folded else s for s in run[i : i + width])
                boosts.append(wq.Term(compound_field, word, boost=COMPOUND_BOOST))
                if folded:
                    # Compound of the exact form, when typed with diacritics.
                    boosts.append(wq.Term("compounds", "_".join(run[i : i + width]), boost=COMPOUND_BOOST))
    for words in preferred:
        if len(words) > 1:
            boosts.append(wq.Phrase("text", list(words), boost=PREFERRED_BOOST))
        for word in words:
            boosts.append(wq.Term("text", word, boost=PREFERRED_BOOST / 2))
    return wq.Or(boosts) if boosts else None
