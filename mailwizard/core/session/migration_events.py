"""What the mail copy step reports (core/session/migration.py): the window adapter's signals carry them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class CopyProgress(Event):
    """A member's copy went on: ``done`` of ``total`` messages are in the new mailbox; ``seconds_left`` is the
    estimate from this run's speed (-1 while there is none yet)."""

    address: str
    done: int
    total: int
    seconds_left: int = -1
    signal: ClassVar[str] = "copyProgress"


@dataclass(frozen=True)
class MemberCopied(Event):
    """A member's old mail is all in: ``copied`` sent now, ``skipped`` found in the new mailbox already (a
    repeated copy, or a batch whose answer was lost) and not sent twice."""

    address: str
    copied: int
    skipped: int
    signal: ClassVar[str] = "memberCopied"


@dataclass(frozen=True)
class CopyFailed(Event):
    """A member's copy stopped: a message key (``migration.*``), a detail for the log (never a secret). What
    was copied stays copied and is not sent again; the old server is never changed."""

    address: str
    problem: str
    detail: str = ""
    signal: ClassVar[str] = "copyFailed"


@dataclass(frozen=True)
class CopyFinished(Event):
    """Every member's copy ended (or the copy was cancelled): ``summary`` {address: MemberStatus}."""

    summary: dict = field(default_factory=dict)
    signal: ClassVar[str] = "copyFinished"


@dataclass(frozen=True)
class TargetAccessChecked(Event):
    """Which new mailboxes a token opens (providers whose copy signs in with tokens): {login: "" when it opens,
    else the message key — migration.target_no_full_access, migration.target_needs_delegation…}."""

    found: dict = field(default_factory=dict)
    signal: ClassVar[str] = "copyAccessChecked"
