"""Reads run beside each other: the pools."""

from __future__ import annotations

import threading

import pytest

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
    assert pool("tiers") is pool("tiers") and pool("tiers") is not pool("other")
