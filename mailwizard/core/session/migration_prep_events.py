"""What the moving-in preparation step reports (core/session/migration_prep.py): the window adapter's signals
carry them. Message keys are ``migprep.*`` (ui/messages/migprep.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class SourceChecked(Event):
    """The old server was tried: ``ok``, else ``problem`` (a message key ``migprep.check.*``) and ``detail``, the
    server's own words for the details line and the log (never the password)."""

    ok: bool
    problem: str = ""
    detail: str = ""
    signal: ClassVar[str] = "sourceChecked"


@dataclass(frozen=True)
class ProviderFileWritten(Event):
    """The provider's migration file is at ``path`` with ``count`` members (their passwords in it: remove it once
    the console has taken it)."""

    path: str
    count: int
    signal: ClassVar[str] = "providerFileWritten"


@dataclass(frozen=True)
class ProviderFileRemoved(Event):
    """The file was overwritten and deleted (``existed`` False: there was none at ``path``)."""

    path: str
    existed: bool = True
    signal: ClassVar[str] = "providerFileRemoved"


@dataclass(frozen=True)
class CutoverAdvice(Event):
    """The MX cut-over advice: a core/migration/cutover.CutoverPlan (the MX TTL now, the steps as message keys)."""

    plan: Any
    signal: ClassVar[str] = "cutoverAdvice"


@dataclass(frozen=True)
class MigPrepFailed(Event):
    """Writing or removing the file, or reading the MX records, failed: a message key (``migprep.*`` or
    ``save.*``), a detail for the log (never a password) and the message's parameters (``address``: the member
    whose row the file cannot hold)."""

    problem: str
    detail: str = ""
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "migprepFailed"
