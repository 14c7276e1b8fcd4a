"""The client is the right-most address a declared proxy appended; nobody else is believed.

Spoofing: the left-most X-Forwarded-For addresses are the client's own writing and never name
it; X-Forwarded-Proto counts only from a declared proxy.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.test import RequestFactory

from portal.proxies import TrustedProxyMiddleware, client_address, client_group, parse_trusted_proxies
from tests.portal.helpers import settings_in_subprocess


def request_from(peer: str, forwarded: str | None = None, **headers):
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", REMOTE_ADDR=peer, **headers)


def test_without_declared_proxies_the_peer_is_the_client(settings):
    settings.PORTAL_TRUSTED_PROXIES = []
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_the_right_most_address_the_proxy_appended_is_the_client(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.1"]
    spoofed = request_from("10.0.0.1", "1.2.3.4, 5.6.7.8, 203.0.113.9")
    assert client_address(spoofed) == "203.0.113.9"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"]
    chained = request_from("10.0.0.1", "1.2.3.4, 203.0.113.9, 2001:db8:ffff::7, 10.2.0.3")
    assert client_address(chained) == "203.0.113.9"


def test_an_undeclared_peer_cannot_name_a_client(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.1"]
    assert client_address(request_from("203.0.113.9", "10.0.0.1, 198.51.100.1")) == "203.0.113.9"


def test_a_request_made_by_the_proxy_itself_is_the_proxys(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.1"]
    assert client_address(request_from("10.0.0.1")) == "10.0.0.1"
    assert client_address(request_from("10.0.0.1", "")) == "10.0.0.1"


def test_what_is_no_address_never_becomes_the_client(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.0/8"]
    # Past a trusted hop, rubbish: the client is unknown, the last proxy is all that is sure.
    assert client_address(request_from("10.0.0.1", "<script>, 10.0.0.2")) == "10.0.0.2"
    assert client_address(request_from("10.0.0.1", " , ,")) == "10.0.0.1"


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("203.0.113.9:51000", "203.0.113.9"),
        ("::ffff:203.0.113.9", "203.0.113.9"),
    ],
)
def test_addresses_as_proxies_write_them(settings, written, address):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.1"]
    assert client_address(request_from("10.0.0.1", written)) == address


def test_ipv6_clients_are_grouped_by_their_64_bit_prefix():
    assert client_group("2001:db8:1:2:aaaa::1") == client_group("2001:db8:1:2:bbbb::9") == "2001:db8:1:2::/64"
    assert client_group("2001:db8:1:3::1") != client_group("2001:db8:1:2::1")
    assert client_group("203.0.113.9") == "203.0.113.9"
    assert client_group("203.0.113.10") != client_group("203.0.113.9")


def test_a_proxy_list_entry_that_is_no_address_names_the_variable():
    assert parse_trusted_proxies(" 10.0.0.1, 10.1.0.0/16 ,") == ["10.0.0.1", "10.1.0.0/16"]
    with pytest.raises(ImproperlyConfigured, match=r"PORTAL_TRUSTED_PROXIES: 'proxy\.local'"):
        parse_trusted_proxies("10.0.0.1, proxy.local")


def https_seen(peer: str, proto: str) -> str:
    middleware = TrustedProxyMiddleware(lambda request: HttpResponse(str(request.is_secure())))
    return middleware(request_from(peer, HTTP_X_FORWARDED_PROTO=proto)).content.decode()


def test_https_is_believed_from_a_declared_proxy_only(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.1"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert https_seen("10.0.0.1", "https") == "True"
    assert https_seen("203.0.113.9", "https") == "False"


def test_the_ssl_header_is_read_only_behind_a_declared_proxy(tmp_path):
    base = {"PORTAL_DATA_DIR": str(tmp_path), "DJANGO_SECRET_KEY": "x" * 50}
    expression = "getattr(settings, 'SECURE_PROXY_SSL_HEADER', None)"
    alone = settings_in_subprocess(base, expression)
    assert alone.returncode == 0 and alone.stdout.strip() == "None", alone.stderr
    behind = settings_in_subprocess({**base, "PORTAL_TRUSTED_PROXIES": "10.0.0.1"}, expression)
    assert behind.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')", behind.stderr


def test_the_old_switch_alone_is_refused_with_the_new_name(tmp_path):
    base = {"PORTAL_DATA_DIR": str(tmp_path), "DJANGO_SECRET_KEY": "x" * 50}
    old = settings_in_subprocess({**base, "PORTAL_TRUST_X_FORWARDED_FOR": "1"}, "settings.DEBUG")
    assert old.returncode != 0 and "replaced by PORTAL_TRUSTED_PROXIES" in old.stderr
    bad = settings_in_subprocess({**base, "PORTAL_TRUSTED_PROXIES": "10.0.0.300"}, "settings.DEBUG")
    assert bad.returncode != 0 and "PORTAL_TRUSTED_PROXIES: '10.0.0.300'" in bad.stderr
