"""Per-client rate limits for the expensive endpoints (exports, feeds, the JSON API).

Fixed windows of the wall clock, counted where every server process (and every machine) sees
the same number: in Redis when REDIS_URL is set, else in the database. Each request adds one
with a single atomic operation that also returns the new count, so N workers let exactly the
limit through, and a count lives until its window ends (nothing is evicted to make room).
Over the limit: 429 with Retry-After and a message saying when to come back (JSON for the API,
an HTML page elsewhere). A counter that cannot be reached lets the request through and logs why:
the limits protect the service, they are not worth refusing every reader over.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import lru_cache

import redis
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .proxies import client_address, client_group

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limit:
    prefix: str
    requests: int
    seconds: int


def parse_limit(prefix: str, spec: str) -> Limit:
    """ "30/60" → at most 30 requests in each window of 60."""
    requests, _, seconds = spec.partition("/")
    return Limit(prefix, int(requests), int(seconds or 60))


def configured_limits() -> list[Limit]:
    return [parse_limit(prefix, spec) for prefix, spec in settings.PORTAL_RATE_LIMITS.items()]


# --- where the counts live ---------------------------------------------------------------------


# What a counter that cannot be reached raises.
COUNTER_ERRORS = (DatabaseError, redis.RedisError)


@lru_cache(maxsize=4)
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def count_in_redis(url: str, key: str, expires: int) -> int:
    """INCR and EXPIRE in one MULTI/EXEC: the key never outlives its window, whoever created it.
    The expiry is relative, so Redis's clock need not agree with this server's."""
    seconds_left = max(1, int(expires - time.time()) + 1)
    pipeline = _redis(url).pipeline(transaction=True)
    pipeline.incr(f"portal:ratelimit:{key}")
    pipeline.expire(f"portal:ratelimit:{key}", seconds_left)
    count, _ = pipeline.execute()
    return int(count)


def count_in_database(key: str, expires: int) -> int:
    """One upsert that returns the new count (SQLite 3.35+ and PostgreSQL both have RETURNING);
    a read after a separate write would let two processes see the same number."""
    from documents.models import RateCounter

    quote = connection.ops.quote_name
    table = quote(RateCounter._meta.db_table)
    key_column, count_column, expires_column = (quote(name) for name in ("key", "count", "expires"))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key_column}, {count_column}, {expires_column}) VALUES (%s, 1, %s) "  # noqa: S608
            f"ON CONFLICT ({key_column}) DO UPDATE SET {count_column} = {table}.{count_column} + 1 "
            f"RETURNING {count_column}",
            [key, expires],
        )
        count = cursor.fetchone()[0]
    if count == 1:
        # A window opened: the ones that have ended go (their counts can no longer matter).
        RateCounter.objects.filter(expires__lt=int(time.time())).delete()
    return count


def count_request(key: str, expires: int) -> int:
    if settings.REDIS_URL:
        return count_in_redis(settings.REDIS_URL, key, expires)
    return count_in_database(key, expires)


# --- the middleware ------------------------------------------------------------------------


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.limits = configured_limits()

    def __call__(self, request):
        limit = next((lim for lim in self.limits if request.path.startswith(lim.prefix)), None)
        if limit is not None and limit.requests > 0:
            refused = self._check(request, limit)
            if refused is not None:
                return refused
        return self.get_response(request)

    def _check(self, request, limit: Limit):
        now = time.time()
        window = int(now // limit.seconds)
        window_end = (window + 1) * limit.seconds
        key = f"{limit.prefix}:{client_group(client_address(request))}:{limit.seconds}:{window}"
        try:
            count = count_request(key, window_end)
        except COUNTER_ERRORS as error:
            logger.error("rate limit for %s not counted, request let through: %s", limit.prefix, error)
            return None
        if count <= limit.requests:
            return None
        retry_after = max(1, int(window_end - now) + 1)
        # This middleware answers before LocaleMiddleware has run: the language is read here.
        with translation.override(translation.get_language_from_request(request)):
            return self._refusal(request, limit, retry_after)

    @staticmethod
    def _refusal(request, limit: Limit, retry_after: int) -> HttpResponse:
        message = _(
            "Quá nhiều yêu cầu tới %(prefix)s: mỗi máy được tối đa %(requests)d yêu cầu trong "
            "%(seconds)d giây. Hãy thử lại sau %(retry)d giây."
        ) % {
            "prefix": limit.prefix,
            "requests": limit.requests,
            "seconds": limit.seconds,
            "retry": retry_after,
        }
        if request.path.startswith("/api/"):
            response = JsonResponse({"error": {"message": message, "retry_after": retry_after}}, status=429)
        else:
            response = HttpResponse(render_to_string("429.html", {"message": message}), status=429)
        response["Retry-After"] = str(retry_after)
        return response
