"""How the copy signs in to the NEW mailboxes where the provider takes no password from other programs (Google
Workspace, Microsoft 365): an OAuth access token per member from a token source the provider's profile opens
(ProviderProfile.migration_target_auth says which kind, ``open_mail_tokens`` opens it; the sources live in
core/providers/). Generic code only sees this interface and the message keys below."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

# why a member's new mailbox cannot be opened with a token (texts: ui/messages/migration.py)
NEEDS_DELEGATION = "migration.target_needs_delegation"  # Google: no domain-wide delegation for the mail scope
NO_FULL_ACCESS = "migration.target_no_full_access"      # Microsoft 365: the admin cannot open this mailbox yet
SIGNIN_AGAIN = "migration.target_signin_again"          # the sign-in (or its consent) no longer gives a token
NOT_CONNECTED = "migration.target_not_connected"        # the provider's API is not connected in this session
KEYS = (NEEDS_DELEGATION, NO_FULL_ACCESS, SIGNIN_AGAIN, NOT_CONNECTED)


class TokenProblem(Exception):
    """A token could not be had for a member: ``key`` one of KEYS; ``detail`` the provider's words (no secret)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(key)
        self.key, self.detail = key, detail[:300]


class MailTokens(Protocol):
    """One provider's tokens for the copy; each method may raise TokenProblem."""

    async def token(self, address: str) -> str:
        """An access token that opens ``address``'s mailbox over IMAP (cached until shortly before it expires)."""
        ...

    async def explain(self, address: str, reason: dict[str, str],
                      probe: Callable[[str], Awaitable[bool]]) -> str:
        """The IMAP server refused the token for ``address`` (``reason``: its JSON challenge): the message key.
        ``probe(other)``: does a token open ``other``'s mailbox (the admin's own, say)?"""
        ...
