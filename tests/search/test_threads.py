"""Reads run beside each other: the pools, and facet counts handed over before they are done."""

from __future__ import annotations

import threading

import pytest

from documents.search.plan import PendingCounts
from documents.search.threads import beside, pool


def test_a_call_beside_runs_on_its_pool_or_now_and_hands_over_its_outcome():
    ran_on = beside("tiers", lambda: threading.current_thread().name, concurrently=True).result(timeout=10)
    assert ran_on.startswith("tiers")
    assert beside("tiers", lambda: threading.current_thread().name, concurrently=False).result() == (
        threading.current_thread().name
    )
    failing = beside("tiers", lambda: 1 / 0, concurrently=False)
    with pytest.raises(ZeroDivisionError):
        failing.result()
    assert pool("facets") is pool("facets") and pool("facets") is not pool("tiers")


def test_pending_counts_are_counted_once_when_first_read_and_raise_what_counting_raised():
    calls = []

    def counts():
        calls.append(1)
        return {"province": [("Lai Châu", 2)], "year": []}

    pending = PendingCounts(counts)
    assert calls == []
    assert pending == {"province": [("Lai Châu", 2)], "year": []}
    assert list(pending) == ["province", "year"] and pending["province"] == [("Lai Châu", 2)]
    assert dict(pending.items())["year"] == [] and len(pending) == 2
    assert calls == [1]
    broken = PendingCounts(lambda: {}["province"])
    for read in (lambda: broken.get("province"), lambda: "province" in broken, lambda: broken["year"]):
        with pytest.raises(KeyError, match="province"):
            read()
