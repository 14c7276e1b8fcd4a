"""Who the client is, behind the reverse proxies a deployment declares (PORTAL_TRUSTED_PROXIES).

Each proxy appends the address it got the request from to X-Forwarded-For, so everything left of
what a trusted proxy appended was written by the client and may be invented. The walk therefore
starts on the right: the direct peer (REMOTE_ADDR), then each appended address in turn, for as
long as the address belongs to a trusted proxy; the first one that does not is the client.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# One client per IPv6 /64: that is what a single subscriber is usually handed, and counting each
# of its addresses apart would give it 2**64 rate limits.
IPV6_CLIENT_PREFIX = 64


def parse_trusted_proxies(spec: str, variable: str = "PORTAL_TRUSTED_PROXIES") -> list[str]:
    """ "10.0.0.1, 10.1.0.0/16" → the same, checked: an entry that is no address nor network
    names the variable and itself."""
    entries = [entry.strip() for entry in spec.split(",") if entry.strip()]
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError as error:
            raise ImproperlyConfigured(
                f"{variable}: {entry!r} is not an IP address or network ({error})"
            ) from None
    return entries


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def trusted_networks() -> tuple[Network, ...]:
    return _networks(tuple(settings.PORTAL_TRUSTED_PROXIES))


def parse_address(text: str) -> Address | None:
    """An address as proxies write it: bare, "[v6]:port" or "v4:port"; None when it is none."""
    text = text.strip()
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_trusted_proxy(address: Address | None) -> bool:
    return address is not None and any(address in network for network in trusted_networks())


def client_address(request) -> str:
    """The client's address as the trusted proxies saw it; the peer's without them."""
    peer = request.META.get("REMOTE_ADDR", "")
    address = parse_address(peer)
    if not is_trusted_proxy(address):
        return str(address) if address is not None else peer or "unknown"
    forwarded = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(forwarded):
        hop_address = parse_address(hop)
        if hop_address is None:
            # A trusted proxy writes addresses; anything else came from further left.
            break
        address = hop_address
        if not is_trusted_proxy(address):
            break
    return str(address)


def client_group(address: str) -> str:
    """The key a client is counted under: its address, or its /64 for IPv6."""
    parsed = parse_address(address)
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_CLIENT_PREFIX}", strict=False))
    return str(parsed) if parsed is not None else address[:64]


class TrustedProxyMiddleware:
    """X-Forwarded-Proto is believed from a declared proxy only: from anyone else it is dropped,
    so SECURE_PROXY_SSL_HEADER cannot be fed by a client that reaches the server directly."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_trusted_proxy(parse_address(request.META.get("REMOTE_ADDR", ""))):
            request.META.pop("HTTP_X_FORWARDED_PROTO", None)
        return self.get_response(request)
