"""Counting a search's whole list by two facets together (a province and a period): the
research views' tables. The engine counts, as it counts the search page's facets; no id of the
list leaves it. The list is the one iter_ids gives (its tiers and its fallback alike), so a
table's total is the search's total."""

from __future__ import annotations

from . import query as q
from .facets import BY_FIELD
from .params import SearchParams
from .plan import PairCounts
from .service import _backend, _fallbacks, _plan
from .tiered import whole_list


class NotCountable(ValueError):
    pass


def count_pairs(params: SearchParams, first: str, second: str, *, using: str = "default") -> PairCounts:
    """The documents matching ``params`` (page ignored) by their values of the facet index
    fields ``first`` and ``second`` together; each must hold one value per document."""
    for name in (first, second):
        facet = BY_FIELD.get(name)
        if facet is None or facet.multi_valued:
            raise NotCountable(f"{name!r} is not a single-valued facet field")
    plan = _plan(params, using, facets=False)
    if q.NOTE_NOTHING_SEARCHABLE in plan.parsed.notes:
        return PairCounts(0, {})
    backend = _backend(using)
    for relax, _note in _fallbacks(plan):
        counts = backend.count_pairs(whole_list(backend, plan.request), first, second)
        if counts.total:
            return counts
        relax(plan.request)
    return backend.count_pairs(whole_list(backend, plan.request), first, second)
