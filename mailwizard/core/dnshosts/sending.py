"""Sending one request to a DNS host's API, with the rules every DNS-host module shares.

- Nothing reached the host (connection refused, DNS failure, connect time-out): tried again a few times, then
  ``Problem.UNREACHABLE`` — nothing was changed.
- The request went out and no answer came (read time-out, dropped connection) or the host failed while answering
  (HTTP 5xx): a read is tried again; a change is never sent twice — ``Problem.UNCERTAIN``, the caller reads the
  zone again to learn whether it was made.
- HTTP 429: ``Problem.RATE_LIMITED`` with the host's Retry-After.
The request is built again for every attempt (a signature carries its own timestamp)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable

import httpx

from mailwizard.core.dnshosts.api import DnsHostError, Problem
from mailwizard.core.providers.base import certificate_failed

Build = Callable[[], tuple[str, bytes, dict[str, str]]]   # → (url, body, headers)
Sleep = Callable[[float], Awaitable[None]]

_NO_ANSWER = (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout, httpx.WriteError,
              httpx.PoolTimeout)


def new_client(base_url: str | None, *, timeout: float = 15.0) -> httpx.AsyncClient:
    """The client for one DNS host connection: the app's TLS and proxy settings for the real host (``base_url``
    None), none for a loopback fake. TCP_NODELAY: a POST's headers and body go out without waiting for the
    server's delayed ACK (up to 40 ms a request otherwise)."""
    from mailwizard.core.network import http_options

    options = http_options() if base_url is None else {"trust_env": False}
    transport = httpx.AsyncHTTPTransport(verify=options.get("verify", True), trust_env=options["trust_env"],
                                         socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(timeout, connect=10.0), **options)


def retry_after(response: httpx.Response, default: float = 1.0) -> float:
    try:
        return max(0.0, float(response.headers.get("Retry-After", default)))
    except ValueError:
        return default


async def send(client: httpx.AsyncClient, build: Build, *, change: bool, what: str, attempts: int = 3,
               sleep: Sleep = asyncio.sleep) -> httpx.Response:
    """POSTs what ``build`` makes. ``what``: the host's operation name, for the details (never a secret)."""
    for attempt in range(attempts):
        last = attempt + 1 == attempts
        url, body, headers = build()
        try:
            response = await client.post(url, content=body, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if certificate_failed(exc):
                raise DnsHostError(Problem.UNREACHABLE, f"{what}: the server's certificate is not trusted") from None
            if last:
                raise DnsHostError(Problem.UNREACHABLE, f"{what}: {type(exc).__name__}") from None
            await sleep(0.5 * (attempt + 1))
            continue
        except _NO_ANSWER as exc:
            if change:
                raise DnsHostError(Problem.UNCERTAIN, f"{what}: sent, no answer ({type(exc).__name__})") from None
            if last:
                raise DnsHostError(Problem.UNREACHABLE, f"{what}: no answer ({type(exc).__name__})") from None
            await sleep(0.5 * (attempt + 1))
            continue
        if response.status_code == 429:
            raise DnsHostError(Problem.RATE_LIMITED, f"{what}: HTTP 429", retry_after=retry_after(response))
        if response.status_code >= 500:
            if change:
                raise DnsHostError(Problem.UNCERTAIN, f"{what}: sent, HTTP {response.status_code} in answer")
            if last:
                raise DnsHostError(Problem.SERVICE, f"{what}: HTTP {response.status_code}")
            await sleep(0.5 * (attempt + 1))
            continue
        return response
    raise AssertionError("unreachable")  # pragma: no cover
