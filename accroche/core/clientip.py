"""The real client address behind trusted reverse proxies: one function for the lockout, the rate limits and logs.

Configuration (settings, from the environment):
- ``TRUSTED_PROXY_COUNT`` — how many proxies in front of the application append to ``X-Forwarded-For`` (nginx alone:
  1). The client is the address that many hops from the right of ``X-Forwarded-For`` + ``REMOTE_ADDR``.
- ``TRUSTED_PROXIES`` — or a list of proxy addresses/networks (``10.0.0.0/8``): hops are skipped from the right while
  they belong to the list; the first address outside it is the client.
With neither (the default), ``X-Forwarded-For`` is ignored: anybody can write that header.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

MAX_HEADER_LENGTH = 1024


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]):
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in proxies if item.strip())


def _parse(address: str):
    try:
        return ipaddress.ip_address(address.strip())
    except ValueError:
        return None


def client_ip(request) -> str:
    """The client's address as a string ('' when unknown); never an address the client could choose freely."""
    remote = _parse(request.META.get("REMOTE_ADDR", "") or "")
    count = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))
    if remote is None:
        return ""
    if not count and not networks:
        return str(remote)
    header = (request.META.get("HTTP_X_FORWARDED_FOR", "") or "")[:MAX_HEADER_LENGTH]
    forwarded = [_parse(part) for part in header.split(",") if part.strip()]
    chain = [*forwarded, remote]
    if networks:
        for hop in reversed(chain):
            if hop is None:
                break  # a garbled hop: stop at the last address we could trust
            if not any(hop in network for network in networks):
                return str(hop)
            remote = hop
        return str(remote)
    if len(chain) <= count:
        return str(chain[0]) if chain[0] is not None else str(remote)
    candidate = chain[-(count + 1)]
    return str(candidate) if candidate is not None else str(chain[-count])


def truncated_ip(request) -> str:
    """The address with its host part removed (IPv4 /24, IPv6 /48), for logs that must not identify a person."""
    address = _parse(client_ip(request))
    if address is None:
        return ""
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False).network_address)
