"""What the account review step reports (core/session/review.py): the window adapter's signals carry them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class ReviewRead(Event):
    """Every account as the provider reports it (a review.model.ReviewSnapshot) and the flags found in it
    (list of ReviewFlag): after a read, a new staff list, or an action (the account read again)."""

    snapshot: Any
    flags: list = field(default_factory=list)
    signal: ClassVar[str] = "reviewRead"


@dataclass(frozen=True)
class ReviewFailed(Event):
    """Reading, the staff file, an action or its undo could not be done: a message key (``review.*``,
    ``provider.*``, ``import.*``), a detail for the log (never a secret) and the message's parameters."""

    problem: str
    detail: str = ""
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "reviewFailed"


@dataclass(frozen=True)
class StaffRead(Event):
    """The staff spreadsheet was read (a review.model.StaffList); a ReviewRead with the flags follows when there
    is a review to compare it with."""

    staff: Any
    signal: ClassVar[str] = "staffRead"


@dataclass(frozen=True)
class ActionDone(Event):
    """An action (review.model.ReviewAction) was carried out; ``undoable``: its undo data is kept (False when a
    lost answer was settled by reading the account: put it back in the provider's console)."""

    action: Any
    undoable: bool = True
    signal: ClassVar[str] = "reviewActionDone"


@dataclass(frozen=True)
class ActionUndone(Event):
    action: Any
    signal: ClassVar[str] = "reviewActionUndone"


@dataclass(frozen=True)
class ActionUncertain(Event):
    """The provider's answer was lost and the account read afterwards could not show whether it happened: the
    action is not sent again by itself (reading the review again, or a restart, settles it)."""

    action: Any
    undo: bool = False  # True: it was the undo whose answer was lost
    signal: ClassVar[str] = "reviewActionUncertain"


def failure_of(exc: BaseException) -> tuple[str, str, dict]:
    """ReviewFailed's (problem, detail, params) for what went wrong: no secret in any (a password left out)."""
    from mailwizard.core.members.raw_table import UnreadableFile
    from mailwizard.core.providers.base import ProviderError
    from mailwizard.core.store import StoreError

    if isinstance(exc, ProviderError):
        return exc.key, type(exc).__name__, {k: v for k, v in exc.params.items() if k != "password"}
    if isinstance(exc, UnreadableFile):
        return exc.key, "", dict(exc.params)
    if isinstance(exc, StoreError):  # the journal could not be written ahead: nothing was sent
        return f"save.{exc.problem.value}", exc.detail, exc.params()
    return "review.failed", type(exc).__name__, {}
