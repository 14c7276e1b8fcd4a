"""One index writer at a time, for every embedded backend.

Inside a process a lock per index path serializes our own writers; across processes the
engine's lock file does, and a writer that finds it taken waits (an ingest and a rebuild may
overlap) up to WRITER_TIMEOUT_S before saying so in words a person can act on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from haystack.exceptions import SearchBackendError

logger = logging.getLogger(__name__)

WRITER_TIMEOUT_S = 30.0
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()

Writer = TypeVar("Writer")


def write_lock(path: str) -> threading.Lock:
    """This process's lock for the index at ``path``."""
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(path, threading.Lock())


def open_writer_patiently(
    path: str,
    open_writer: Callable[[], Writer],
    locked_elsewhere: Callable[[Exception], bool],
    pause_s: float = 0.1,
) -> Writer:
    """``open_writer()``, retried while another process holds the index's lock."""
    deadline = time.monotonic() + WRITER_TIMEOUT_S
    while True:
        try:
            return open_writer()
        except Exception as error:
            if not locked_elsewhere(error):
                raise
            if time.monotonic() > deadline:
                raise SearchBackendError(
                    f"The search index at {path} stayed locked by another writer for "
                    f"{WRITER_TIMEOUT_S:.0f} s; try again when the other indexing job has finished."
                ) from None
            logger.info("search index locked by another writer; retrying")
            time.sleep(pause_s)
