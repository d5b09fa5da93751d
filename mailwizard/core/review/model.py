"""What the review reads and what it finds: plain values shared by the provider readers (core/providers/
<id>_review.py), the rules (core/review/flags.py), the session step and the report. No Qt, no provider ids."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# What a provider may or may not report (ReviewSnapshot.reported); the window says plainly which it does not
ACTIVITY, PASSWORD, ADMIN_ROLES, ALIASES, FORWARDING, QUOTA, STATUS = (
    "activity", "password", "admin_roles", "aliases", "forwarding", "quota", "status")
FACTS = (STATUS, ACTIVITY, PASSWORD, ADMIN_ROLES, ALIASES, FORWARDING, QUOTA)

# Flag kinds (ReviewFlag.kind), in the order the review lists them
DEPARTED = "departed"                  # not in the latest staff spreadsheet the admin gave
OUTSIDE_FORWARDING = "outside_forwarding"  # mail forwarded to an address outside the company's domains
EXTRA_ADMIN = "extra_admin"            # an admin role on an account other than the signed-in admin's
NEVER_SIGNED_IN = "never_signed_in"    # made N days ago or more and never used
PASSWORD_UNCHANGED = "password_unchanged"  # signed in, still on the temporary password
MAILBOX_FULL = "mailbox_full"          # mailbox use at or above FULL_SHARE of its quota
SUSPENDED = "suspended"                # suspended / sign-in blocked (may still hold a paid licence)
INACTIVE = "inactive"                  # no sign-in for INACTIVE_DAYS where the provider reports activity
FLAG_KINDS = (DEPARTED, OUTSIDE_FORWARDING, EXTRA_ADMIN, NEVER_SIGNED_IN, PASSWORD_UNCHANGED, MAILBOX_FULL,
              SUSPENDED, INACTIVE)

# Actions (ReviewAction.kind) a provider may allow (ReviewApi.actions())
SUSPEND = "suspend"                    # undo: unsuspend
REMOVE_ADMIN = "remove_admin"          # target: the role's id; undo: give the role back
REMOVE_FORWARDING = "remove_forwarding"  # target: the forwarding's id (address or rule id); undo: put it back
ACTION_KINDS = (SUSPEND, REMOVE_ADMIN, REMOVE_FORWARDING)


@dataclass(frozen=True)
class AdminRole:
    id: str      # the provider's id for the role (or the assignment), what REMOVE_ADMIN's target names
    name: str    # as the provider's console calls it ("Super Admin", "Global Administrator")


@dataclass(frozen=True)
class Forwarding:
    id: str      # the provider's id (the forwarding address itself, or an inbox rule's id)
    to: str      # the address mail goes to
    how: str = ""  # "auto" (the mailbox's forwarding setting) or "rule" (an inbox rule)


@dataclass(frozen=True)
class ReviewAccount:
    id: str                              # the provider's id
    address: str                         # primary address, lower case
    name: str = ""
    suspended: bool = False
    created: str | None = None           # ISO 8601, UTC
    last_sign_in: str | None = None      # ISO; None: never, or not reported (see ReviewSnapshot.reported)
    password_changed: bool | None = None  # False: still the temporary password; None: not reported
    admin_roles: tuple[AdminRole, ...] = ()
    aliases: tuple[str, ...] = ()
    forwarding: tuple[Forwarding, ...] = ()
    used_mb: float | None = None         # mailbox use; None: not reported
    quota_mb: float | None = None        # None: not reported or unlimited

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> ReviewAccount:
        return cls(**{**data, "admin_roles": tuple(AdminRole(**r) for r in data.get("admin_roles", ())),
                      "aliases": tuple(data.get("aliases", ())),
                      "forwarding": tuple(Forwarding(**f) for f in data.get("forwarding", ()))})


@dataclass(frozen=True)
class ReviewSnapshot:
    """Every account as the provider reports it, at one moment."""

    accounts: tuple[ReviewAccount, ...] = ()
    admin_address: str = ""              # who MailWizard is signed in as (never flagged as an extra admin)
    reported: frozenset[str] = frozenset()  # the FACTS this provider's API reports (the rest: "not reported")
    sources: dict[str, str] = field(default_factory=dict)  # fact -> the documentation it is read from (a URL)
    checked_at: str = ""                 # ISO, UTC
    # fact -> the permission (OAuth scope) this sign-in lacks to read it: not reported now, but signing in again
    # (or adding the scope to a service account's delegation) would have it reported
    missing: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"accounts": [a.to_json() for a in self.accounts], "admin_address": self.admin_address,
                "reported": sorted(self.reported), "sources": dict(self.sources), "checked_at": self.checked_at,
                "missing": dict(self.missing)}

    @classmethod
    def from_json(cls, data: dict) -> ReviewSnapshot:
        return cls(tuple(ReviewAccount.from_json(a) for a in data.get("accounts", ())),
                   str(data.get("admin_address", "")), frozenset(data.get("reported", ())),
                   dict(data.get("sources", {})), str(data.get("checked_at", "")),
                   {str(k): str(v) for k, v in dict(data.get("missing") or {}).items()})


@dataclass(frozen=True)
class StaffList:
    """The people in the latest staff spreadsheet the admin gave: their addresses and names, as read."""

    addresses: frozenset[str] = frozenset()  # lower case
    names: frozenset[str] = frozenset()      # normalised (casefolded, spaces collapsed)
    source: str = ""                         # the file's name (not its path), for the report
    read_at: str = ""


@dataclass(frozen=True)
class ReviewFlag:
    address: str
    kind: str                                # one of FLAG_KINDS
    params: dict[str, str] = field(default_factory=dict)  # for the message: days, to, role, share, …
    action: ReviewAction | None = None       # the button, where the provider's API allows it


@dataclass(frozen=True)
class ReviewAction:
    kind: str                                # one of ACTION_KINDS
    address: str
    target: str = ""                         # REMOVE_ADMIN: the role id; REMOVE_FORWARDING: the forwarding id

    @property
    def key(self) -> str:
        """Names the action in journals: the same action on the same thing is the same key."""
        return f"{self.kind}:{self.address.lower()}:{self.target}"
