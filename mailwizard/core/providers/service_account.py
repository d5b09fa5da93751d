"""Google Workspace through the organisation's own service account with domain-wide delegation:
for organisations whose policy does not allow the browser sign-in.

The key's JSON stays in the keychain. Each access token is minted from a signed JWT (RFC 7523,
signed with joserfc) that says which administrator the service account acts as.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from joserfc import jwt
from joserfc.jwk import RSAKey

from mailwizard.core.network import http_options
from mailwizard.core.providers.base import DelegationMissing, SignInFailed, Unreachable

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
LIFETIME = 3600


@dataclass(frozen=True)
class ServiceAccountKey:
    client_email: str
    private_key: str = field(repr=False)
    token_uri: str
    subject: str  # the administrator the service account acts as

    @classmethod
    def from_json(cls, text: str, subject: str) -> ServiceAccountKey:
        """A key file as Google's console downloads it; a clear error if it is something else."""
        try:
            data = json.loads(text)
            if data.get("type") != "service_account":
                raise ValueError
            return cls(data["client_email"], data["private_key"], data.get("token_uri") or
                       "https://oauth2.googleapis.com/token", subject)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise SignInFailed(reason="not a service account key file") from None

    def to_json(self) -> str:
        return json.dumps({"type": "service_account", "client_email": self.client_email,
                           "private_key": self.private_key, "token_uri": self.token_uri, "subject": self.subject})


class ServiceAccountSession:
    """The same interface as ``TokenSession``: ``headers()``, ``refresh()``, ``revoke()``."""

    def __init__(self, key: ServiceAccountKey, scopes: tuple[str, ...]) -> None:
        self.key, self.scopes = key, scopes
        self.token: dict[str, Any] = {}
        self.account_email = key.subject

    async def headers(self) -> dict[str, str]:
        if float(self.token.get("expires_at", 0)) - 120 < time.time():
            await self.refresh()
        return {"Authorization": f"Bearer {self.token['access_token']}"}

    def assertion(self) -> str:
        now = int(time.time())
        claims = {"iss": self.key.client_email, "sub": self.key.subject, "aud": self.key.token_uri,
                  "scope": " ".join(s for s in self.scopes if s.startswith("https://")), "iat": now,
                  "exp": now + LIFETIME}
        return jwt.encode({"alg": "RS256", "typ": "JWT"}, claims, RSAKey.import_key(self.key.private_key))

    async def refresh(self) -> None:
        try:
            async with httpx.AsyncClient(timeout=20, **http_options()) as client:
                response = await client.post(self.key.token_uri,
                                             data={"grant_type": JWT_BEARER, "assertion": self.assertion()})
        except httpx.TransportError as exc:
            raise Unreachable(host=httpx.URL(self.key.token_uri).host or "") from exc
        data = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
        if response.status_code != 200:
            if data.get("error") in ("unauthorized_client", "access_denied"):
                raise DelegationMissing(needed="domain-wide delegation")
            raise SignInFailed(reason=str(data.get("error_description") or data.get("error") or response.status_code))
        self.token = {"access_token": data["access_token"],
                      "expires_at": time.time() + float(data.get("expires_in", LIFETIME))}

    async def revoke(self, http: httpx.AsyncClient) -> None:
        return None  # nothing was granted interactively; forgetting the key is the disconnect
