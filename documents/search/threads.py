"""This process's thread pools for reads of the index that run beside each other.

tantivy releases the GIL while it searches, so two of its reads of one page (the total of a
tiered list and its first tier's page: documents.search.tiered) take the time of the longer one
instead of both. Facet groups were counted on a pool too; repeated timed runs showed no gain
from it, so they are counted one after the other again. A pool per purpose and process: a task
never waits on another task of its own pool (with every worker waiting, that would wait
forever), and a forked child inherits the parent's pool objects but not their threads, so it
makes its own.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

WORKERS = 2
_POOLS: dict[tuple[int, str], ThreadPoolExecutor] = {}
_LOCK = threading.Lock()


def pool(purpose: str) -> ThreadPoolExecutor:
    """The pool of ``purpose`` ("tiers") in this process."""
    key = (os.getpid(), purpose)
    with _LOCK:
        found = _POOLS.get(key)
        if found is None:
            found = _POOLS[key] = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix=purpose)
    return found


def beside(purpose: str, call: Callable[[], T], concurrently: bool) -> Future:
    """``call`` started on the pool of ``purpose`` when ``concurrently``; otherwise run now (a
    backend whose reads would only queue behind each other), its outcome in a finished Future."""
    if concurrently:
        return pool(purpose).submit(call)
    done: Future = Future()
    try:
        done.set_result(call())
    except Exception as error:
        done.set_exception(error)
    return done
