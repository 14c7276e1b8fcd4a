"""Index writes are not lost when the search engine does not answer (an OpenSearch cluster down,
a node gone and its shards not yet promoted): the documents' ids go to the task queue
(documents.tasks' queue: the database, or Redis with REDIS_URL), and the worker writes them once
the engine answers again, with growing delays between attempts.

A retried write makes each document's index entry what the database holds when it runs: an
entry for a row that exists, none for a row deleted meanwhile. So retries may run late, twice or
out of order and still leave the index equal to the database (``manage.py check_index``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from django.apps import apps
from django.utils import timezone
from django_tasks import task

from .errors import SearchUnavailable

logger = logging.getLogger(__name__)

# Seconds to wait before attempt 2, 3, ...; the last delay repeats.
RETRY_DELAYS = (10, 30, 60, 120, 300)
# About four hours of attempts; then the ids are logged for `check_index --fix`.
MAX_ATTEMPTS = 50


def delay_before(attempt: int) -> dt.timedelta:
    return dt.timedelta(seconds=RETRY_DELAYS[min(attempt, len(RETRY_DELAYS)) - 1])


def write_or_queue(pks: Iterable[int], write: Callable[[], None]) -> None:
    """Run ``write`` (an index write for the documents ``pks``); if the engine does not answer,
    queue a retry instead of failing the caller, whose database write has committed."""
    try:
        write()
    except SearchUnavailable as error:
        pks = sorted(set(pks))
        logger.warning("index update of %d document(s) queued for retry: %s", len(pks), error)
        queue_retry(pks, attempt=1)


def queue_retry(pks: list[int], attempt: int) -> None:
    if not pks:
        return
    try:
        sync_index_entries.using(run_after=timezone.now() + delay_before(attempt)).enqueue(pks, attempt)
    except Exception:  # the queue unreachable too (Redis down): nothing left to hold the ids
        logger.exception(
            "index update of documents %s lost: the queue refused the retry; run manage.py check_index --fix",
            pks,
        )


@task()
def sync_index_entries(pks: list[int], attempt: int = 1) -> str:
    """Make the index entries of the documents ``pks`` what the database holds."""
    processor = apps.get_app_config("haystack").signal_processor
    try:
        processor.sync_pks(pks)
    except SearchUnavailable as error:
        if attempt >= MAX_ATTEMPTS:
            logger.error(
                "index update of documents %s abandoned after %d attempts (%s); "
                "run manage.py check_index --fix",
                pks,
                attempt,
                error,
            )
            raise
        queue_retry(pks, attempt + 1)
        return f"search engine unavailable ({error.cause}); attempt {attempt + 1} queued"
    return f"index entries of {len(pks)} document(s) written"
