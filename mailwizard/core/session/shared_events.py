"""What the shared-addresses part of the members step reports (core/session/shared.py); see events.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class SharedProgress(Event):
    report: Any  # a members.shared_run.SharedReport
    signal: ClassVar[str] = "sharedProgress"


@dataclass(frozen=True)
class SharedFinished(Event):
    """The run's end: the final SharedReport (``refused``: problems that stopped it before anything was made), or
    None when it could not go on (the connection failed: ConnectionChanged says why)."""

    report: Any
    signal: ClassVar[str] = "sharedFinished"


@dataclass(frozen=True)
class SharedChecked(Event):
    """The remote clash check's answer: shared_check.SharedProblem list (shared.clash_existing), [] when clear."""

    problems: list
    signal: ClassVar[str] = "sharedChecked"
