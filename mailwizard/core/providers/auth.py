"""Signing in to a provider: OAuth 2.0 for installed apps (authorization code + PKCE, loopback
redirect on 127.0.0.1), and a token session that refreshes itself.

Authlib does the OAuth protocol (PKCE challenge, code exchange, refresh); this module only adds
the loopback redirect listener and the hand-over to the keychain. The admin's password is typed
in their own browser, never here.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import authlib.deprecate  # noqa: F401 - installs Authlib's "always warn" filter, which the next lines override
from authlib.common.security import generate_token

from mailwizard.core.network import http_options
from mailwizard.core.providers.base import (
    AuthExpired,
    ClientSecretMissing,
    SignInCancelled,
    SignInFailed,
    Unreachable,
    WrongCredentials,
)

with warnings.catch_warnings():
    # Authlib prefers the httpx2 fork and warns when it falls back to httpx, which this app uses.
    warnings.simplefilter("ignore")
    from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError

import httpx

REFRESH_MARGIN = 120  # seconds before expiry a token is refreshed


@dataclass(frozen=True)
class OAuthEndpoints:
    authorize_url: str
    token_url: str
    revoke_url: str | None
    scopes: tuple[str, ...]
    extra_authorize: tuple[tuple[str, str], ...] = ()   # e.g. Google's access_type=offline
    # consented to at the browser sign-in only, for another resource's token got later with the refresh token
    # (Microsoft: Exchange's IMAP permission, core/providers/graph_mail_tokens.py); the code is redeemed for
    # ``scopes`` alone (one resource per token)
    consent_scopes: tuple[str, ...] = ()


class LoopbackReceiver:
    """A one-shot HTTP listener on 127.0.0.1 that catches the browser's redirect."""

    def __init__(self, done_page: str) -> None:
        self._done_page = done_page
        self._result: asyncio.Future[dict[str, str]] | None = None
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    async def __aenter__(self) -> LoopbackReceiver:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = (await asyncio.wait_for(reader.readline(), 10)).decode("latin-1")
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            target = request_line.split(" ")[1] if request_line.count(" ") >= 2 else "/"
            params = {k: v[0] for k, v in parse_qs(urlsplit(target).query).items()}
            body = self._done_page.encode("utf-8")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                         + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            await writer.drain()
            if ("code" in params or "error" in params) and self._result and not self._result.done():
                self._result.set_result(params)
        except (TimeoutError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def wait(self, timeout: float) -> dict[str, str]:
        assert self._result is not None
        return await asyncio.wait_for(self._result, timeout)


async def sign_in(endpoints: OAuthEndpoints, client_id: str, open_browser: Callable[[str], Any], *,
                  client_secret: str | None = None,
                  done_page: str = "<p>MailWizard: signed in. You can close this window.</p>",
                  timeout: float = 600) -> dict[str, Any]:
    """Run the whole browser sign-in and return the token (access, refresh, expiry)."""
    async with LoopbackReceiver(done_page) as receiver:
        # Google's desktop clients come with a "secret" that is not one (RFC 8252 §8.5); PKCE protects the code.
        client = AsyncOAuth2Client(client_id=client_id, client_secret=client_secret,
                                   scope=" ".join((*endpoints.scopes, *endpoints.consent_scopes)),
                                   redirect_uri=receiver.redirect_uri, code_challenge_method="S256",
                                   token_endpoint_auth_method="client_secret_post" if client_secret else "none",
                                   **http_options())
        try:
            verifier = generate_token(64)
            url, state = client.create_authorization_url(endpoints.authorize_url, code_verifier=verifier,
                                                         **dict(endpoints.extra_authorize))
            open_browser(url)
            try:
                params = await receiver.wait(timeout)
            except TimeoutError:
                raise SignInCancelled() from None
            if params.get("error") in ("access_denied", "consent_required"):
                raise SignInCancelled()
            if "error" in params:
                raise SignInFailed(reason=params.get("error_description") or params["error"])
            if params.get("state") != state:
                raise SignInFailed(reason="state mismatch")
            try:
                redeem = {"scope": " ".join(endpoints.scopes)} if endpoints.consent_scopes else {}
                token = await client.fetch_token(endpoints.token_url, code=params["code"], code_verifier=verifier,
                                                 **redeem)
            except OAuthError as exc:
                if exc.error == "invalid_request" and "client_secret" in (exc.description or ""):
                    raise ClientSecretMissing() from None
                if exc.error == "invalid_client":  # the browser step took the ID: the secret is what was refused
                    raise WrongCredentials(reason="client") from None
                raise SignInFailed(reason=exc.error or "token") from None
            except httpx.TransportError as exc:
                raise Unreachable(host=httpx.URL(endpoints.token_url).host or "") from exc
        finally:
            await client.aclose()
    return dict(token)


class TokenSession:
    """Keeps an access token fresh. ``on_update(token)`` is called after every refresh so the
    caller can put the new token in the keychain."""

    def __init__(self, endpoints: OAuthEndpoints, client_id: str, token: dict[str, Any],
                 on_update: Callable[[dict[str, Any]], Awaitable[None]] | None = None, *,
                 client_secret: str | None = None) -> None:
        self.endpoints, self.client_id, self.on_update = endpoints, client_id, on_update
        self.client_secret = client_secret
        self.token = dict(token)
        if "expires_at" not in self.token and "expires_in" in self.token:
            self.token["expires_at"] = time.time() + float(self.token["expires_in"])
        self._lock = asyncio.Lock()

    async def headers(self) -> dict[str, str]:
        if float(self.token.get("expires_at", 0)) - REFRESH_MARGIN < time.time():
            await self.refresh()
        return {"Authorization": f"Bearer {self.token['access_token']}"}

    async def refresh(self) -> None:
        async with self._lock:
            refresh_token = self.token.get("refresh_token")
            if not refresh_token:
                raise AuthExpired()
            client = AsyncOAuth2Client(client_id=self.client_id, client_secret=self.client_secret,
                                       token_endpoint_auth_method="client_secret_post" if self.client_secret
                                       else "none", **http_options())
            try:
                new = await client.refresh_token(self.endpoints.token_url, refresh_token=refresh_token)
            except OAuthError:
                raise AuthExpired() from None
            except httpx.TransportError as exc:
                raise Unreachable(host=httpx.URL(self.endpoints.token_url).host or "") from exc
            finally:
                await client.aclose()
            token = dict(new)
            token.setdefault("refresh_token", refresh_token)  # Google keeps the old one; Microsoft rotates
            self.token = token
        if self.on_update is not None:
            await self.on_update(self.token)

    async def revoke(self, http: httpx.AsyncClient) -> None:
        """Best effort: tell the provider to forget the grant (Disconnect)."""
        if not self.endpoints.revoke_url:
            return
        token = self.token.get("refresh_token") or self.token.get("access_token")
        with contextlib.suppress(httpx.TransportError):
            await http.post(self.endpoints.revoke_url, data={"token": token})
