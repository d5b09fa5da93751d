"""What the activation step reports (core/session/activation.py): the window adapter's signals carry them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class ActivationRead(Event):
    """Who has signed in: an activation.ActivationReport (``reported`` False where the provider cannot tell)."""

    report: Any
    signal: ClassVar[str] = "activationRead"


@dataclass(frozen=True)
class ActivationFailed(Event):
    """Reading, or reminding, could not be done: a message key (``activation.*``, ``provider.*``, ``mailapi.*``,
    ``smtp.*``) and a detail for the log (never a secret)."""

    problem: str
    detail: str = ""
    signal: ClassVar[str] = "activationFailed"


@dataclass(frozen=True)
class RemindProgress(Event):
    done: int
    total: int
    signal: ClassVar[str] = "remindProgress"


@dataclass(frozen=True)
class RemindDone(Event):
    """One click's reminders: how many went, those whose answer was lost (uncertain: may have arrived, the admin
    decides — never resent by themselves), and those that failed with the message key saying why."""

    sent: int
    uncertain: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    signal: ClassVar[str] = "remindDone"
