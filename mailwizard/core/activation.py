"""Who has signed in: each member's activation as the provider reports it, and the rules that turn the provider's
dates into a state. The provider modules read their own fields (core/providers/<id>_activation.py or the module);
this holds what they share. No Qt, no provider ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

INVITED, SIGNED_IN, PASSWORD_CHANGED, UNKNOWN = "invited", "signed_in", "password_changed", "unknown"
STATES = (INVITED, SIGNED_IN, PASSWORD_CHANGED, UNKNOWN)
ACTIVE = (SIGNED_IN, PASSWORD_CHANGED)


@dataclass(frozen=True)
class MemberActivation:
    address: str
    name: str
    state: str  # one of STATES
    since: str | None  # ISO date-time: when invited (the account made), signed in, or changed the password
    days_waiting: int | None  # for "invited": days since the account was made; else None

    @property
    def signed_in(self) -> bool:
        return self.state in ACTIVE


@dataclass(frozen=True)
class ActivationReport:
    members: list[MemberActivation] = field(default_factory=list)
    reported: bool = True  # False: the provider has no API that says who has signed in
    source: str = ""  # the documentation the states come from (a URL)
    checked_at: str = ""  # ISO, UTC

    def waiting(self) -> list[MemberActivation]:
        """Those not (known to be) signed in."""
        return [m for m in self.members if not m.signed_in]

    def signed_in_count(self) -> int:
        return sum(1 for m in self.members if m.signed_in)

    def to_json(self) -> dict:
        return {"members": [[m.address, m.name, m.state, m.since, m.days_waiting] for m in self.members],
                "reported": self.reported, "source": self.source, "checked_at": self.checked_at}

    @classmethod
    def from_json(cls, data: dict) -> ActivationReport:
        members = [MemberActivation(str(a), str(n), s if s in STATES else UNKNOWN, since, days)
                   for a, n, s, since, days in data.get("members", [])]
        return cls(members, bool(data.get("reported", False)), str(data.get("source", "")),
                   str(data.get("checked_at", "")))


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def moment(value: object) -> dt.datetime | None:
    """An RFC 3339 / ISO 8601 time as an aware datetime; None when missing, unreadable or the Unix epoch (which
    some APIs give for "never")."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return None if when.timestamp() <= 0 else when


def stamp(when: dt.datetime | None) -> str | None:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds") if when is not None else None


def invited(address: str, name: str, created: dt.datetime | None, now: dt.datetime) -> MemberActivation:
    """Account made, never signed in: waiting since it was made."""
    days = max(0, (now - created).days) if created is not None else None
    return MemberActivation(address, name, INVITED, stamp(created), days)


def unknown(address: str, name: str = "") -> MemberActivation:
    return MemberActivation(address, name, UNKNOWN, None, None)


def not_reported(addresses: list[str], source: str, names: dict[str, str] | None = None) -> ActivationReport:
    """A provider whose API says nothing about sign-ins: every member "unknown", ``reported=False``."""
    names = names or {}
    return ActivationReport([unknown(a, names.get(a.lower(), "")) for a in addresses], False, source,
                            stamp(now_utc()) or "")
