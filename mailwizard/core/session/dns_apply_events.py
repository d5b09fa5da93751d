"""What the "set up the records for me" step reports (core/session/dns_apply.py): one plain dataclass per kind of
change, each carried by the window adapter's signal named in ``signal`` (ui/controller.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class DnsCredentialChecked(Event):
    """The DNS host's credential was tried (the zone found and read): ``ok``, else ``problem`` (a
    dnshosts.api.Problem value; its message key is ``dnshost.<problem>``) and the host's own ``detail``."""

    ok: bool
    problem: str | None = None
    detail: str = ""
    signal: ClassVar[str] = "dnsCredentialChecked"


@dataclass(frozen=True)
class DnsApplyPreview(Event):
    """What applying would change: ``changes`` (dnshosts.changes.Change, in the order shown), ``warnings`` the
    plan's findings (message key, params) as the DNS step shows them."""

    changes: list
    warnings: list
    signal: ClassVar[str] = "dnsApplyPreview"


@dataclass(frozen=True)
class DnsApplyProgress(Event):
    """``done`` of ``total`` steps finished (applying or undoing); ``current`` the Change just finished."""

    done: int
    total: int
    current: Any
    signal: ClassVar[str] = "dnsApplyProgress"


@dataclass(frozen=True)
class DnsApplyDone(Event):
    applied: int
    signal: ClassVar[str] = "dnsApplyDone"


@dataclass(frozen=True)
class DnsApplyFailed(Event):
    """A preview, an apply or an undo stopped: ``problem`` a dnshosts.api.Problem value, "zone_changed" (the zone
    is not as previewed: a new preview follows), "no_credential", "store" (the backup could not be saved) or
    "no_api"; its message key is ``dnshost.<problem>`` with ``params``. ``done``: the steps finished before; the run
    can be resumed (apply) or undone."""

    problem: str
    detail: str = ""
    done: int = 0
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "dnsApplyFailed"


@dataclass(frozen=True)
class DnsUndoDone(Event):
    signal: ClassVar[str] = "dnsUndoDone"
