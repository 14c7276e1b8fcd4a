"""Per-client rate limits for the expensive endpoints (exports, feeds, the JSON API).

A fixed window counted in Django's cache, which the settings point at a folder shared by every
server process. Over the limit: 429 with Retry-After and a message saying when to come back
(JSON for the API, plain text elsewhere).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse


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


def client_address(request) -> str:
    if settings.PORTAL_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


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
        key = f"ratelimit:{limit.prefix}:{client_address(request)}:{window}"
        # add() is a no-op when the key exists; incr() then counts this request.
        cache.add(key, 0, timeout=limit.seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=limit.seconds + 1)
            count = 1
        if count <= limit.requests:
            return None
        retry_after = max(1, int((window + 1) * limit.seconds - now) + 1)
        message = (
            f"Too many requests to {limit.prefix}: at most {limit.requests} every {limit.seconds} s "
            f"per client. Try again in {retry_after} s."
        )
        if request.path.startswith("/api/"):
            response = JsonResponse({"error": {"message": message, "retry_after": retry_after}}, status=429)
        else:
            response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(retry_after)
        return response
