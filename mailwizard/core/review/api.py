"""What a provider's review module offers (core/providers/<id>_review.py), reached through the provider's
profile (ProviderProfile.open_review) so generic code never tests a provider id."""

from __future__ import annotations

from typing import Protocol

from mailwizard.core.review.model import ReviewAccount, ReviewAction, ReviewSnapshot


class ReviewApi(Protocol):
    def actions(self) -> frozenset[str]:
        """The ACTION_KINDS this provider's API can do and undo for this sign-in."""
        ...

    async def snapshot(self) -> ReviewSnapshot:
        """Every account (paged through), with what the API reports; provider errors as in base.py."""
        ...

    async def account(self, address: str) -> ReviewAccount | None:
        """One account read afresh (to settle an action whose answer was lost); None: no such account."""
        ...

    async def prepare(self, action: ReviewAction) -> dict | None:
        """Read only: what ``apply`` will return for its undo, read before anything is sent, so the session can
        write it ahead in the journal (a lost answer or a kill found done later can still be undone). None: not
        known ahead. Optional: the session does without it (such an action, found done, cannot be undone)."""
        ...

    async def apply(self, action: ReviewAction) -> dict:
        """Carry the action out, sent once (a lost answer: AmbiguousOutcome, never resent by itself). Returns
        what its undo needs (JSON-able, no secrets): e.g. the role id and scope, the forwarding's settings."""
        ...

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        """Put back what ``apply`` changed, from what it returned. Sent once, as apply."""
        ...

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        """Whether ``account`` (read afresh) shows the action done: how a lost answer is settled."""
        ...
