"""What the session reports: one plain dataclass per kind of change. ``signal`` names the window adapter's
signal that carries it; ``args()`` is what that signal sends."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar


class Event:
    signal: ClassVar[str]

    def args(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]


@dataclass(frozen=True)
class StateChanged(Event):
    """Anything in the session changed; pages re-render from it."""

    signal: ClassVar[str] = "stateChanged"


@dataclass(frozen=True)
class PresenceChanged(Event):
    """The domain's presence in DNS: a PresenceResult, or None while it is being checked."""

    result: Any
    signal: ClassVar[str] = "presenceChanged"


@dataclass(frozen=True)
class DnsChecked(Event):
    result: Any  # a dns.check.CheckResult
    signal: ClassVar[str] = "dnsChecked"


@dataclass(frozen=True)
class SaveFailed(Event):
    """A save did not reach the disk: ``reason`` as the OS or SQLite said it; ``key`` the message that says why
    in words (``save.disk_full``…, from the store's Problem), with its ``params`` (the folder)."""

    reason: str
    key: str = "save.failed"
    params: dict[str, str] = field(default_factory=dict)
    signal: ClassVar[str] = "saveFailed"

    @classmethod
    def of(cls, exc) -> SaveFailed:
        """From the store's StoreError (a full disk, a read-only folder…): the words and the folder."""
        return cls(exc.detail, f"save.{exc.problem.value}", exc.params())


@dataclass(frozen=True)
class ImportFileSaved(Event):
    path: str
    holds_passwords: bool
    files: int
    signal: ClassVar[str] = "importFileSaved"


@dataclass(frozen=True)
class ImportFileFailed(Event):
    key: str
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "importFileFailed"


@dataclass(frozen=True)
class ConnectionChanged(Event):
    """The provider connection changed or failed: a message key ("" when all is well) and its parameters."""

    key: str = ""
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "connectionChanged"


@dataclass(frozen=True)
class SecretsInMemory(Event):
    """Said once a session: no keychain could keep the sign-in, so it lasts only until MailWizard closes."""

    key: str = "secrets.unavailable"
    signal: ClassVar[str] = "secretsInMemory"


@dataclass(frozen=True)
class LicensesLoaded(Event):
    options: list
    signal: ClassVar[str] = "licensesLoaded"


@dataclass(frozen=True)
class SeatsLoaded(Event):
    """Seats bought and in use as the provider reports them (a providers.base.Seats), or None: nothing known."""

    seats: Any
    signal: ClassVar[str] = "seatsLoaded"


@dataclass(frozen=True)
class ExistingLoaded(Event):
    """Local parts already taken at the provider by someone who is not one of ours."""

    local_parts: set
    signal: ClassVar[str] = "existingLoaded"


@dataclass(frozen=True)
class MembersProgress(Event):
    report: Any  # a members.bulk.BulkReport
    signal: ClassVar[str] = "membersProgress"


@dataclass(frozen=True)
class MembersFinished(Event):
    report: Any  # the final BulkReport, or None when the run could not go on
    signal: ClassVar[str] = "membersFinished"


@dataclass(frozen=True)
class DepartmentsLoaded(Event):
    names: list
    signal: ClassVar[str] = "departmentsLoaded"


@dataclass(frozen=True)
class GroupsLoaded(Event):
    groups: list
    signal: ClassVar[str] = "groupsLoaded"


@dataclass(frozen=True)
class InvitationsProgress(Event):
    report: Any  # a SendReport, or None when the statuses were read again
    signal: ClassVar[str] = "invitationsProgress"


@dataclass(frozen=True)
class InvitationsFinished(Event):
    report: Any  # the final SendReport, or None when the run could not go on
    signal: ClassVar[str] = "invitationsFinished"


@dataclass(frozen=True)
class InvitationProblem(Event):
    key: str
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "invitationProblem"


@dataclass(frozen=True)
class TestSent(Event):
    """A test invitation to the admin went out (``key`` empty) or could not (``key``: why, a message key)."""

    key: str = ""
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "testSent"
    __test__: ClassVar[bool] = False  # not a pytest test class


