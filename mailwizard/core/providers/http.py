"""Calling a provider's API: one httpx client per connection, retries as each provider wants them.

Google throttles with 403 userRateLimitExceeded/quotaExceeded (sometimes 429) and asks for
exponential back-off; Microsoft Graph sends 429/503 with Retry-After and a retryable 409 for
directory concurrency conflicts. A request that was sent but got no answer (time-out, dropped
connection) is an ambiguous outcome when it changes something: it is not retried blindly, the
caller decides (e.g. look the user up first).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from mailwizard.core.providers.base import (
    AlreadyExists,
    AmbiguousOutcome,
    AuthExpired,
    CertificateUntrusted,
    ProviderError,
    RateLimited,
    ServiceUnavailable,
    Unreachable,
    certificate_failed,
)

SAFE_METHODS = ("GET", "HEAD")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 1.0       # seconds; doubled each attempt, with jitter
    max_delay: float = 32.0


class RateLimiter:
    """Spaces requests evenly at ``rate`` per second across every task of one connection, and
    holds them all when the provider says "retry after N seconds" (one 429 pauses everyone)."""

    def __init__(self, rate: float | None, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.clock, self.sleep = clock, sleep
        self._next = 0.0

    async def acquire(self) -> None:
        if not self.interval and self._next <= self.clock():
            return
        now = self.clock()
        start = max(self._next, now)
        self._next = start + self.interval
        if start > now:
            await self.sleep(start - now)

    def hold(self, seconds: float) -> None:
        self._next = max(self._next, self.clock() + seconds)


class TokenRejected(Exception):
    """Raised by a classifier when the provider says the access token is invalid or expired inside an
    HTTP 200 (Tencent's errcode 40001/42001): the client renews the token once and sends the request again."""


class Retry(Exception):
    """Raised by a provider's classifier: this response may be retried, after ``delay`` if given."""

    def __init__(self, delay: float | None = None) -> None:
        super().__init__("retry")
        self.delay = delay


Classifier = Callable[[httpx.Response], None]  # raises Retry or a ProviderError; returns when OK


class ApiClient:
    def __init__(self, client: httpx.AsyncClient, classify: Classifier, policy: RetryPolicy | None = None, *,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 before: Callable[[], Awaitable[dict[str, str]]] | None = None,
                 on_unauthorized: Callable[[], Awaitable[None]] | None = None,
                 rate: float | None = None,
                 auth_params: Callable[[], Awaitable[dict[str, str]]] | None = None) -> None:
        """``before()`` returns headers (the bearer token), ``auth_params()`` query parameters (a token that
        travels in the URL); ``on_unauthorized()`` refreshes it once."""
        self.client, self.classify, self.sleep = client, classify, sleep
        self.policy = policy or RetryPolicy()
        self.before, self.on_unauthorized, self.auth_params = before, on_unauthorized, auth_params
        self.limiter = RateLimiter(rate, sleep=sleep)

    async def request(self, method: str, url: str, *, once: bool = False, classify: Classifier | None = None,
                      **kwargs: Any) -> httpx.Response:
        """``once``: a request that must never be carried out twice (sending a message): a lost answer or a server
        error (5xx, which does not say "not done") is an AmbiguousOutcome, never retried; only answers that clearly
        say "not done" (429, throttling) are tried again. ``classify``: this request's own classifier."""
        classify = classify or self.classify
        refreshed = False
        uncertain = False  # a change was sent and the server failed while answering: it may have been made
        for attempt in range(self.policy.attempts):
            headers = dict(kwargs.pop("headers", {}) or {})
            if self.before is not None:
                headers.update(await self.before())
            send = dict(kwargs)
            if self.auth_params is not None:
                send["params"] = {**(kwargs.get("params") or {}), **await self.auth_params()}
            await self.limiter.acquire()
            try:
                response = await self.client.request(method, url, headers=headers, **send)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # nothing reached the server: safe to try again, unless its certificate is not trusted (that
                # does not change in a second)
                if certificate_failed(exc):
                    raise CertificateUntrusted(host=httpx.URL(url).host or "") from exc
                if attempt + 1 == self.policy.attempts:
                    raise Unreachable(host=httpx.URL(url).host or "") from exc
                await self.sleep(self._backoff(attempt))
                continue
            except (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout,
                    httpx.PoolTimeout) as exc:
                if method not in SAFE_METHODS:
                    raise AmbiguousOutcome() from exc
                if attempt + 1 == self.policy.attempts:
                    raise ServiceUnavailable() from exc
                await self.sleep(self._backoff(attempt))
                continue
            if response.status_code == 401 and self.on_unauthorized is not None and not refreshed:
                refreshed = True
                await self.on_unauthorized()
                continue
            try:
                classify(response)
            except AlreadyExists:
                if uncertain:
                    raise AmbiguousOutcome() from None  # perhaps our own earlier attempt: the caller looks first
                raise
            except TokenRejected:
                if refreshed or self.on_unauthorized is None:
                    raise AuthExpired() from None
                refreshed = True
                await self.on_unauthorized()
                continue
            except Retry as retry:
                if once and response.status_code >= 500:
                    raise AmbiguousOutcome() from None  # the server failed while handling it: it may have been sent
                uncertain = uncertain or (method not in SAFE_METHODS and response.status_code >= 500)
                if attempt + 1 == self.policy.attempts:
                    # a server error is not "slow down": only 429/403 quota answers and a 503 with Retry-After are
                    throttled = response.status_code < 500 or (response.status_code == 503 and retry.delay is not None)
                    if not throttled:
                        raise ServiceUnavailable() from None
                    raise RateLimited(retry_after=str(retry.delay or "")) from None
                if retry.delay is not None:
                    self.limiter.hold(retry.delay)  # Retry-After pauses every request of this connection
                else:
                    await self.sleep(self._backoff(attempt))
                continue
            return response
        raise ProviderError()

    def _backoff(self, attempt: int) -> float:
        delay = min(self.policy.max_delay, self.policy.base_delay * 2 ** attempt)
        return delay * (0.5 + random.random() / 2)

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("POST", url, **kwargs)

    async def post_idempotent(self, url: str, *, json: Any, attempts: int = 3,
                              done: Callable[[ProviderError], bool] = lambda exc: isinstance(exc, AlreadyExists)
                              ) -> None:
        """A POST that is safe to send again because the provider answers a repeat as a duplicate (``done``):
        a lost answer is sent again, and "already there" — from an earlier run or the lost request — is success."""
        for _ in range(attempts):
            try:
                await self.post(url, json=json)
                return
            except AmbiguousOutcome:
                continue
            except ProviderError as exc:
                if done(exc):
                    return
                raise
        raise AmbiguousOutcome()


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def provider_api(session, classify: Classifier, *, http: httpx.AsyncClient | None, policy: RetryPolicy | None,
                 sleep: Callable[[float], Awaitable[None]] | None,
                 rate: float | None) -> tuple[httpx.AsyncClient, ApiClient]:
    """The httpx client and the retrying API client a provider module uses, signed in through ``session``."""
    from mailwizard.core.network import http_options

    client = http or httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), **http_options())
    kwargs: dict[str, Any] = {"sleep": sleep} if sleep else {}
    return client, ApiClient(client, classify, policy or RetryPolicy(), before=session.headers,
                             on_unauthorized=session.refresh, rate=rate, **kwargs)
