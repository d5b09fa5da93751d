"""An access token got with an application's own ID and secret — no user, no browser: Tencent Exmail's
``gettoken`` (CorpID + secret) and Alibaba Mail's OAuth ``client_credentials`` grant.

The token lives only in memory; the secret it comes from lives in the keychain. It is renewed
``margin`` seconds before it expires, and at once when the provider says it is no longer valid.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

REFRESH_MARGIN = 300.0  # seconds before expiry a token is renewed

# fetch() returns (access token, lifetime in seconds); it raises SignInFailed for a wrong ID or secret.
Fetch = Callable[[], Awaitable[tuple[str, float]]]


class AppTokenSession:
    def __init__(self, fetch: Fetch, *, margin: float = REFRESH_MARGIN,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch, self.margin, self.clock = fetch, margin, clock
        self._token = ""
        self._expires = 0.0
        self._lock = asyncio.Lock()
        self.renewals = 0  # how many tokens were fetched (tests and the practice log)

    def __repr__(self) -> str:  # never the token
        return f"AppTokenSession(renewals={self.renewals})"

    async def token(self) -> str:
        if not self._token or self._expires - self.margin <= self.clock():
            await self._renew(self._token)
        return self._token

    async def _renew(self, stale: str) -> None:
        async with self._lock:
            if self._token != stale and self._expires - self.margin > self.clock():
                return  # another task renewed it while this one waited
            token, lifetime = await self._fetch()
            self._token, self._expires = token, self.clock() + float(lifetime)
            self.renewals += 1

    async def refresh(self) -> None:
        """The provider rejected the token (expired early, revoked): get a new one."""
        await self._renew(self._token)

    async def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.token()}"}

    async def params(self) -> dict[str, str]:
        return {"access_token": await self.token()}

    async def revoke(self, _http: object) -> None:
        """Nothing to revoke: forgetting the secret (the keychain entry) is the disconnect."""
