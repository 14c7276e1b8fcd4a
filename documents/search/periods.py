"""Terms of office typed in a query ("đại hội nhiệm kỳ 2015-2020"): a Party or state body's term
is written as its first and last years. A document dated outside the term mostly names it in
passing (the next congress reviews "nhiệm kỳ 2015-2020" in 2020), so the words of documents
dated within it, or undated, count more (documents.search.query_shape, ranking.TERM_BOOST): a
share of each one's own score, the same on every engine, never a condition.

A term is taken to begin a year before its first year (the congresses and elections that open
it are prepared then) and to end the year before its last one (in its last year the next
term's congresses are held).
"""

from __future__ import annotations

import itertools
import re

from .query import ParsedQuery

_YEAR = re.compile(r"(19|20)\d\d")
LONGEST_TERM = 10  # years


def _years(syllables: tuple[str, ...]) -> list[int] | None:
    return [int(s) for s in syllables] if all(_YEAR.fullmatch(s) for s in syllables) else None


def typed_terms(parsed: ParsedQuery) -> list[tuple[int, int]]:
    """The date ranges (yyyymmdd, inclusive) of the terms of office the query's words name:
    two years in one word ("2015-2020") or in two words in a row ("2015 – 2020")."""
    typed = [clause.alternatives[0].syllables for clause in parsed.clauses]
    spelled = [syllables for syllables in typed if len(syllables) == 2]
    spelled += [one + two for one, two in itertools.pairwise(typed) if len(one) == len(two) == 1]
    ranges = []
    for years in map(_years, spelled):
        if years is not None and 0 < years[1] - years[0] <= LONGEST_TERM:
            first, last = years
            ranges.append(((first - 1) * 10000 + 101, (last - 1) * 10000 + 1231))
    return ranges
