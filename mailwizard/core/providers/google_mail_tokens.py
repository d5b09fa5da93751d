"""Google Workspace: the copy signs in to each member's new Gmail mailbox over IMAP with an access token minted for
that member by the organisation's service account (the key the Signatures step uses, held by the connected
provider's ServiceAccountSession; core/providers/service_account.py).

- OAuth 2.0 for server to server applications: a JWT signed with the service account's key, ``sub`` = the user to
  act as (domain-wide delegation), exchanged at the token URI for an access token of one hour
  (https://developers.google.com/identity/protocols/oauth2/service-account, "Delegating domain-wide authority").
- The scope for IMAP is ``https://mail.google.com/``, sent with SASL XOAUTH2 (user = the member's address)
  (https://developers.google.com/gmail/imap/xoauth2-protocol). The same page allows ``gmail.imap_admin`` for
  domain-wide delegation (all labels shown whatever the user's IMAP settings); the copy only appends, so the
  plain mail scope is asked for.
- A client without delegation for that scope: the token endpoint answers 401 ``unauthorized_client`` "Client is
  unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes
  requested." (read as DelegationMissing by ServiceAccountSession) → migration.target_needs_delegation, whose text
  names the scope to add in Admin console › Security › Access and data control › API controls › Domain-wide
  delegation (https://support.google.com/a/answer/162106).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from mailwizard.core.migration.target_auth import NEEDS_DELEGATION, SIGNIN_AGAIN, TokenProblem
from mailwizard.core.providers.base import DelegationMissing, ProviderError, Unreachable
from mailwizard.core.providers.service_account import ServiceAccountKey, ServiceAccountSession

if TYPE_CHECKING:
    from mailwizard.core.providers.base import Provider

MAIL_SCOPE = "https://mail.google.com/"


class GoogleMailTokens:
    """One ServiceAccountSession per member (its token refreshed as it runs out)."""

    def __init__(self, key: ServiceAccountKey | None) -> None:
        self.key = key
        self._sessions: dict[str, ServiceAccountSession] = {}

    async def token(self, address: str) -> str:
        if self.key is None:  # the browser sign-in cannot act as each member
            raise TokenProblem(NEEDS_DELEGATION, "connected with the browser, not a service account")
        address = address.lower()
        session = self._sessions.get(address)
        if session is None:
            session = self._sessions[address] = ServiceAccountSession(replace(self.key, subject=address),
                                                                      (MAIL_SCOPE,))
        try:
            headers = await session.headers()
        except DelegationMissing:
            raise TokenProblem(NEEDS_DELEGATION, f"no domain-wide delegation for {MAIL_SCOPE}") from None
        except Unreachable as exc:
            raise TokenProblem("migration.target_unreachable", exc.params.get("host", "")) from None
        except ProviderError as exc:
            raise TokenProblem(SIGNIN_AGAIN, exc.params.get("reason", exc.key)) from None
        return headers["Authorization"].removeprefix("Bearer ")

    async def explain(self, address: str, reason: dict[str, str],
                      probe: Callable[[str], Awaitable[bool]]) -> str:
        """Gmail refused a token Google had just issued for this member: the delegation (or IMAP for the member)
        is what to look at. (unconfirmed: which refusal Gmail gives when IMAP is off for the member)"""
        return NEEDS_DELEGATION


def open_mail_tokens(provider: Provider, admin: str) -> GoogleMailTokens:
    session = getattr(provider, "session", None)
    return GoogleMailTokens(session.key if isinstance(session, ServiceAccountSession) else None)
