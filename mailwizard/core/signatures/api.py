"""What a provider's signature module offers (core/providers/<id>_signatures.py), reached through the provider's
profile (ProviderProfile.open_signatures) so generic code never tests a provider id.

A payload is what core/signatures/payload.py makes of a member's rendering: for SIGNATURE {"html", "text"}; for
AUTOREPLY {"subject", "html", "text", "start", "end" (ISO date-times in UTC, "" none)}."""

from __future__ import annotations

from typing import Protocol


class SignatureApi(Protocol):
    def can(self) -> dict[str, bool | str]:
        """kind → True, or a message key saying why this sign-in cannot (``signature.*``): files instead."""
        ...

    async def reaches(self, kind: str, address: str) -> bool | str:
        """Whether ``address``'s mailbox can be changed this way (True), or a message key why not (no call made)."""
        ...

    async def apply(self, kind: str, address: str, payload: dict) -> None:
        """Set it, sent once: a lost answer is AmbiguousOutcome, never sent again by itself."""
        ...

    async def applied(self, kind: str, address: str, payload: dict) -> bool:
        """Read back: whether the mailbox holds ``payload`` now (how a lost answer is settled)."""
        ...
