"""The one typed session: the wizard's answers, the member list, the last DNS check and the chosen resolvers,
saved together under one store key (and read from the keys older builds used)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from mailwizard.core.flow import WizardState
from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress

SESSION_KEY = "session"
LANGUAGE_KEY = "language"  # its own key: start over keeps the language the user reads
# where builds before the session layer kept the same things (read once, then written under SESSION_KEY)
LEGACY_KEYS = {"wizard": "wizard", "members": "members", "dns_snapshot": "dns_snapshot", "resolvers": "dns_resolvers"}


def member_from_json(data: object) -> Member:
    names = {f.name for f in fields(Member)}
    return Member(**{k: str(v) for k, v in data.items() if k in names}) if isinstance(data, dict) else Member()


def shared_to_json(item: SharedAddress) -> dict[str, Any]:
    return {**asdict(item), "recipients": list(item.recipients)}


def shared_from_json(data: object) -> SharedAddress | None:
    """One saved shared address; None when it cannot be read (dropped, as a bad member row would be emptied)."""
    if not isinstance(data, dict) or not isinstance(data.get("local_part"), str):
        return None
    recipients = data.get("recipients")
    return SharedAddress(data["local_part"], str(data.get("name", "")),
                         tuple(str(r) for r in recipients) if isinstance(recipients, list) else (),
                         str(data.get("origin", "typed")), str(data.get("origin_detail", "")),
                         data.get("outside") is not False)


@dataclass
class SessionState:
    """Everything a restart brings back. Replaced part by part (never mutated in place), so the writer thread
    can read it while the UI goes on."""

    wizard: WizardState = field(default_factory=WizardState)
    members: tuple[Member, ...] = ()
    dns_snapshot: dict | None = None   # what the DNS panel showed at the last check (see dns.snapshot)
    resolvers: tuple[str, ...] = ()    # the public resolvers the user chose ("IP[:PORT]"); () = the defaults
    saved_before: bool = False         # False on a first run: nothing was ever saved
    shared: tuple[SharedAddress, ...] = ()  # the shared addresses (core/session/shared.py)

    def to_json(self) -> dict[str, Any]:
        return {"wizard": self.wizard.to_json(), "members": [asdict(m) for m in self.members],
                "dns_snapshot": self.dns_snapshot, "resolvers": list(self.resolvers),
                "shared": [shared_to_json(a) for a in self.shared]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SessionState:
        """Tolerant, as WizardState.from_json: what cannot be read falls back to its default."""
        wizard = data.get("wizard")
        members = data.get("members")
        snapshot = data.get("dns_snapshot")
        resolvers = data.get("resolvers")
        shared = data.get("shared")
        return cls(
            wizard=WizardState.from_json(wizard) if isinstance(wizard, dict) else WizardState(),
            members=tuple(member_from_json(m) for m in members) if isinstance(members, list) else (),
            dns_snapshot=snapshot if isinstance(snapshot, dict) else None,
            resolvers=tuple(str(r) for r in resolvers) if isinstance(resolvers, list) else (),
            saved_before=True,
            shared=tuple(a for a in map(shared_from_json, shared) if a is not None) if isinstance(shared, list)
            else (),
        )

    @classmethod
    def load(cls, store) -> SessionState:
        data = store.get(SESSION_KEY)
        if isinstance(data, dict):
            return cls.from_json(data)
        legacy = {name: store.get(key) for name, key in LEGACY_KEYS.items()}
        if all(value is None for value in legacy.values()):
            return cls()
        return cls.from_json(legacy)
