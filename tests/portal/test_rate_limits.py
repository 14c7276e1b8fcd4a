"""Exports and the API are rate-limited per client with a clear 429."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import Client

from portal import ratelimit

pytestmark = pytest.mark.django_db


# The middle of a 60-second window: the limiter counts in fixed windows of the wall clock, and
# requests that straddled a window's end started counting again (a CI run failed that way).
MID_WINDOW = 1_000_000_050.0  # its window runs from ..._020 to ..._080


@pytest.fixture
def limited(settings, monkeypatch):
    settings.PORTAL_RATE_LIMITS = {"/search/export": "3/60", "/api/": "2/60", "/search/feed": "0/60"}
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: MID_WINDOW))
    cache.clear()
    yield
    cache.clear()


def test_api_answers_429_json_after_the_limit(limited):
    client = Client(REMOTE_ADDR="10.0.0.1")
    statuses = [client.get("/api/search?q=t%E1%BB%89nh").status_code for _ in range(3)]
    assert 429 not in statuses[:2] and statuses[2] == 429
    response = client.get("/api/search")
    assert response.status_code == 429
    body = response.json()
    assert "at most 2 every 60 s" in body["error"]["message"]
    assert int(response["Retry-After"]) == 31  # what is left of the window, and one more


def test_export_limit_is_per_client_and_says_when_to_come_back(limited):
    first, second = Client(REMOTE_ADDR="10.0.0.2"), Client(REMOTE_ADDR="10.0.0.3")
    for _ in range(3):
        assert first.get("/search/export.csv").status_code != 429
    refused = first.get("/search/export.csv")
    assert refused.status_code == 429
    assert "Try again in" in refused.content.decode() and refused["Retry-After"]
    assert second.get("/search/export.csv").status_code != 429, "another client is not affected"


def test_pages_are_never_limited(limited):
    client = Client(REMOTE_ADDR="10.0.0.4")
    assert all(client.get("/").status_code == 200 for _ in range(10))


def test_a_zero_limit_switches_it_off(limited):
    client = Client(REMOTE_ADDR="10.0.0.5")
    assert all(client.get("/search/feed.atom").status_code != 429 for _ in range(5))


def test_forwarded_address_is_only_trusted_when_configured(limited, settings):
    client = Client(REMOTE_ADDR="10.0.0.6")
    for n in range(3):
        client.get("/api/search", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert client.get("/api/search", HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429
    settings.PORTAL_TRUST_X_FORWARDED_FOR = True
    assert client.get("/api/search", HTTP_X_FORWARDED_FOR="203.0.113.99").status_code != 429
