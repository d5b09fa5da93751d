"""Microsoft 365: the copy signs in to each member's new Exchange Online mailbox over IMAP with the ADMIN's own
access token for Exchange's IMAP permission, and the member's address as the SASL user.

- The delegated permission ``https://outlook.office.com/IMAP.AccessAsUser.All`` (the full scope, with the Outlook
  resource URL), through the authorization code flow and then the refresh token; XOAUTH2's format
  base64("user=" + userName + "^Aauth=Bearer " + accessToken + "^A^A")
  (https://learn.microsoft.com/exchange/client-developer/legacy-protocols/
  how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth). Its shared-mailbox section: the token is the
  signed-in user's, with the userName field replaced by the other mailbox's address; that user needs Full Access
  to it. (unconfirmed: that a member's own, non-shared mailbox opens the same way once Full Access is given — the
  page speaks of shared mailboxes.)
- A token is for one resource: Graph's is not accepted by Exchange's IMAP, and one sign-in cannot return both
  ("You can't get a token for several resources at once"); the browser sign-in asks consent for IMAP too (the
  Microsoft endpoints' ``consent_scopes``) and this module redeems the refresh token for the Outlook resource
  (https://learn.microsoft.com/entra/identity-platform/scenario-desktop-production, "Have the user consent upfront
  for several resources").
- A sign-in made before MailWizard asked for IMAP has no consent for it: the refresh grant is refused
  (invalid_grant, AADSTS65001 "The user or administrator has not consented to use the application…" (unconfirmed:
  the exact code for this case)) → migration.target_signin_again.
- Who may open which mailbox is Exchange's answer: a refused member while the admin's own mailbox opens →
  migration.target_no_full_access, with the Exchange admin center steps (Recipients › Mailboxes › the member ›
  Delegation › Read and manage (Full Access); learn.microsoft.com/exchange/recipients-in-exchange-online/
  manage-permissions-for-recipients).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx

from mailwizard.core.migration.target_auth import NO_FULL_ACCESS, NOT_CONNECTED, SIGNIN_AGAIN, TokenProblem
from mailwizard.core.network import http_options
from mailwizard.core.providers.auth import REFRESH_MARGIN, TokenSession

if TYPE_CHECKING:
    from mailwizard.core.providers.base import Provider

IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"


class ExchangeMailTokens:
    """One token (the admin's, for Exchange's IMAP) for every member, fetched again shortly before it runs out."""

    def __init__(self, session: TokenSession | None, admin: str) -> None:
        self.session, self.admin = session, admin.strip().lower()
        self._token: tuple[str, float] | None = None
        self._lock = asyncio.Lock()

    async def token(self, address: str) -> str:
        if self.session is None:
            raise TokenProblem(NOT_CONNECTED, "no browser sign-in")
        async with self._lock:
            if self._token is not None and self._token[1] - REFRESH_MARGIN > time.time():
                return self._token[0]
            refresh = self.session.token.get("refresh_token")
            if not refresh:
                raise TokenProblem(SIGNIN_AGAIN, "no refresh token")
            form = {"client_id": self.session.client_id, "grant_type": "refresh_token", "refresh_token": refresh,
                    "scope": f"{IMAP_SCOPE} offline_access"}
            if self.session.client_secret:
                form["client_secret"] = self.session.client_secret
            url = self.session.endpoints.token_url
            try:
                async with httpx.AsyncClient(timeout=20, **http_options()) as client:
                    response = await client.post(url, data=form)
            except httpx.TransportError:
                raise TokenProblem("migration.target_unreachable", httpx.URL(url).host or "") from None
            try:
                data = response.json()
            except ValueError:
                data = {}
            if response.status_code != 200 or not data.get("access_token"):
                # the first line of error_description carries the AADSTS code; never the refresh token
                reason = str(data.get("error_description") or data.get("error") or response.status_code)
                raise TokenProblem(SIGNIN_AGAIN, reason.splitlines()[0][:200])
            self._token = (str(data["access_token"]), time.time() + float(data.get("expires_in", 3600)))
            return self._token[0]

    async def explain(self, address: str, reason: dict[str, str],
                      probe: Callable[[str], Awaitable[bool]]) -> str:
        """Refused for a member: Full Access missing when the admin's own mailbox opens with the same token."""
        if self.admin and address.strip().lower() != self.admin and await probe(self.admin):
            return NO_FULL_ACCESS
        self._token = None  # refused as it stands: the next try asks for a new one
        return SIGNIN_AGAIN


def open_mail_tokens(provider: Provider, admin: str) -> ExchangeMailTokens:
    session = getattr(provider, "session", None)
    return ExchangeMailTokens(session if isinstance(session, TokenSession) else None, admin)
