"""Exports and the API are rate-limited per client with a clear 429.

The counts live in the test database (rolled back after each test) or, with REDIS_URL, in Redis,
whose keys of the limiter are removed around each test.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.test import Client

from portal import ratelimit

pytestmark = pytest.mark.django_db


# The middle of a 60-second window: the limiter counts in fixed windows of the wall clock, and
# requests that straddled a window's end started counting again (a CI run failed that way).
MID_WINDOW = 1_000_000_050.0  # its window runs from ..._020 to ..._080


def forget_redis_counts(url: str):
    if url:
        redis = ratelimit._redis(url)
        for key in redis.scan_iter("portal:ratelimit:*"):
            redis.delete(key)


@pytest.fixture
def limited(settings, monkeypatch):
    settings.PORTAL_RATE_LIMITS = {
        "/search/export": "3/60",
        "/api/": "2/60",
        "/search/feed": "0/60",
        "/compare": "2/60",
        "/trends": "2/60",
    }
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: MID_WINDOW))
    redis_url = django_settings.REDIS_URL  # a test may point it elsewhere
    forget_redis_counts(redis_url)
    yield
    forget_redis_counts(redis_url)


def test_api_answers_429_json_after_the_limit(limited):
    client = Client(REMOTE_ADDR="10.0.0.1")
    statuses = [client.get("/api/search?q=t%E1%BB%89nh").status_code for _ in range(3)]
    assert 429 not in statuses[:2] and statuses[2] == 429
    response = client.get("/api/search")
    assert response.status_code == 429
    body = response.json()
    assert "tối đa 2 yêu cầu trong 60 giây" in body["error"]["message"]
    english = client.get("/api/search", HTTP_ACCEPT_LANGUAGE="en")
    assert "at most 2 every 60 s" in english.json()["error"]["message"]
    assert int(response["Retry-After"]) == 31  # what is left of the window, and one more


def test_export_limit_is_per_client_and_says_when_to_come_back(limited):
    first, second = Client(REMOTE_ADDR="10.0.0.2"), Client(REMOTE_ADDR="10.0.0.3")
    for _ in range(3):
        assert first.get("/search/export.csv").status_code != 429
    refused = first.get("/search/export.csv")
    assert refused.status_code == 429
    assert "Hãy thử lại sau" in refused.content.decode() and refused["Retry-After"]
    assert refused["Content-Type"].startswith("text/html")
    assert (
        '<html lang="vi">' in refused.content.decode()
        and "Quá nhiều yêu cầu</h1>" in refused.content.decode()
    )
    second_language = first.get("/search/export.csv", HTTP_ACCEPT_LANGUAGE="en")
    english = second_language.content.decode()
    assert "Try again in" in english and '<html lang="en">' in english and "Too many requests</h1>" in english
    assert second.get("/search/export.csv").status_code != 429, "another client is not affected"


def test_each_research_view_is_limited_on_its_own_with_its_csv(limited):
    client = Client(REMOTE_ADDR="10.0.0.9")
    assert client.get("/compare/").status_code == 200
    assert client.get("/compare.csv").status_code == 200
    assert client.get("/compare/?by=quarter").status_code == 429
    assert client.get("/trends/?q=t%E1%BB%89nh").status_code == 200, "another view counts apart"


def test_pages_are_never_limited(limited):
    client = Client(REMOTE_ADDR="10.0.0.4")
    assert all(client.get("/").status_code == 200 for _ in range(10))


def test_a_zero_limit_switches_it_off(limited):
    client = Client(REMOTE_ADDR="10.0.0.5")
    assert all(client.get("/search/feed.atom").status_code != 429 for _ in range(5))


def test_forwarded_address_is_only_believed_from_a_declared_proxy(limited, settings):
    client = Client(REMOTE_ADDR="10.0.0.6")
    for n in range(2):
        client.get("/api/search", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert client.get("/api/search", HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.6"]
    assert client.get("/api/search", HTTP_X_FORWARDED_FOR="203.0.113.99").status_code != 429


def test_a_client_behind_the_proxy_cannot_escape_by_inventing_addresses(limited, settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.0/24"]
    proxy = Client(REMOTE_ADDR="10.0.0.7")
    # The client writes a new left-most address each time; the proxy appends the real one.
    statuses = [
        proxy.get("/api/search", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.50").status_code
        for n in range(3)
    ]
    assert statuses[2] == 429
    other = proxy.get("/api/search", HTTP_X_FORWARDED_FOR="203.0.113.51")
    assert other.status_code != 429, "another client behind the same proxy is not affected"


def test_ipv6_clients_are_counted_by_their_64_bit_prefix(limited):
    same_network = [Client(REMOTE_ADDR=f"2001:db8:aa:bb::{n}") for n in range(1, 4)]
    statuses = [client.get("/api/search").status_code for client in same_network]
    assert statuses[2] == 429, "addresses of one /64 share the limit"
    assert Client(REMOTE_ADDR="2001:db8:aa:bc::1").get("/api/search").status_code != 429


def test_a_client_over_its_limit_stays_refused_however_many_others_pass(limited):
    blocked = Client(REMOTE_ADDR="10.0.1.1")
    for _ in range(2):
        blocked.get("/api/search")
    for n in range(400):
        ratelimit.count_request(f"/api/:192.0.2.{n % 250}-{n}:60:x", 10**10)
    assert blocked.get("/api/search").status_code == 429


def test_a_counter_that_cannot_be_reached_lets_requests_through_and_logs(limited, settings, caplog):
    settings.REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port
    client = Client(REMOTE_ADDR="10.0.1.2")
    assert all(client.get("/api/search").status_code != 429 for _ in range(3))
    assert "not counted, request let through" in caplog.text
