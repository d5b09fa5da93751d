"""The wizard as a state machine: steps, what each needs to be done, where to resume.

Pure functions over a frozen ``WizardState``; side effects (DNS look-ups, saving) belong to
the controller. ``enabled`` is the set of steps that have a page in this build: steps whose
issue has not landed yet are left out of the flow entirely rather than shown empty.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum
from typing import Any


class Step(Enum):
    PROVIDER = "provider"
    DOMAIN = "domain"
    DNS = "dns"
    MEMBERS = "members"
    INVITATIONS = "invitations"
    SUMMARY = "summary"


ORDER = (Step.PROVIDER, Step.DOMAIN, Step.DNS, Step.MEMBERS, Step.INVITATIONS, Step.SUMMARY)


class DomainPresence(Enum):
    """What the last DNS look-up said about the company's domain."""

    UNCHECKED = "unchecked"
    EXISTS = "exists"
    NOT_REGISTERED = "not_registered"
    NO_NAMESERVERS = "no_nameservers"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Company:
    """The company as the domain step asks for it."""

    name: str = ""
    contact_name: str = ""
    contact_email: str = ""
    domain_input: str = ""   # exactly what the user typed, so it comes back as typed
    country: str = ""        # ISO 3166-1 alpha-2, as the admin chose it ("" = not asked or not answered yet)


@dataclass(frozen=True)
class WizardState:
    """Everything the wizard has been told and found, step by step; saved as it changes."""

    current: Step = Step.PROVIDER
    seats: int = 10
    budget: float | None = None
    budget_currency: str = "USD"
    region: str = "elsewhere"   # where most staff work: "cn_mainland" or "elsewhere"
    provider_id: str | None = None
    plan_id: str | None = None
    company: Company = field(default_factory=Company)
    domain: str | None = None  # the validated A-label form (xn--…) or None
    domain_presence: DomainPresence = DomainPresence.UNCHECKED
    domain_nameservers: tuple[str, ...] = ()
    dns_values: dict[str, str] = field(default_factory=dict)  # values pasted from the provider's console
    dns_verified: bool = False   # the ownership record is right at the authoritative servers
    dns_all_ok: bool = False     # every record is right everywhere
    connected_account: str = ""  # who is signed in to the provider's admin API (not a secret)
    connected_org: str = ""
    provider_verified: bool = False  # the provider itself has confirmed the domain
    oauth_client_id: str = ""        # the app registration last used (an identifier, not a secret)
    license_sku: str = ""            # Microsoft 365: the license new mailboxes get
    team_group_id: str = ""          # the group members with a "+ team group" preset join (provider's id)
    team_group_name: str = ""
    address_pattern: str = "family.given"  # how addresses are suggested from names
    members_done: bool = False       # every member's account exists at the provider
    smtp: dict[str, object] = field(default_factory=dict)  # host, port, security, username, sender (no password)
    # how each person gets their temporary password (core/session/invitations.py HANDOVERS): in the invitation
    # email ("email", changed at first sign-in), on a printed hand-over sheet ("sheet") or told in person
    password_handover: str = "sheet"
    invitation_greeting: str = ""    # "" = the default of the member's language; "{name}" is replaced
    invitation_closing: str = ""
    invitations_done: bool = False
    invitations_skipped: bool = False  # finished without email invitations (no one had a personal address)
    invitation_languages: dict[str, str] = field(default_factory=dict)  # member address → en / zh_CN / zh_TW
    logo_path: str = ""              # the company logo shown at the top of the invitation (optional)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["current"] = self.current.value
        data["domain_presence"] = self.domain_presence.value
        data["domain_nameservers"] = list(self.domain_nameservers)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WizardState:
        """Tolerant: unknown keys are ignored and bad values fall back to defaults, so a state
        saved by an older build still opens."""
        defaults = cls()
        values: dict[str, Any] = {}
        company_data = data.get("company") if isinstance(data.get("company"), dict) else {}
        company_names = {f.name for f in fields(Company)}
        values["company"] = Company(**{k: str(v) for k, v in company_data.items() if k in company_names})
        try:
            values["current"] = Step(data.get("current"))
        except ValueError:
            values["current"] = defaults.current
        try:
            values["domain_presence"] = DomainPresence(data.get("domain_presence"))
        except ValueError:
            values["domain_presence"] = defaults.domain_presence
        seats = data.get("seats")
        if isinstance(seats, int) and not isinstance(seats, bool) and seats >= 1:
            values["seats"] = seats
        budget = data.get("budget")
        if isinstance(budget, int | float) and not isinstance(budget, bool) and budget >= 0:
            values["budget"] = float(budget)
        nameservers = data.get("domain_nameservers")
        if isinstance(nameservers, list) and all(isinstance(n, str) for n in nameservers):
            values["domain_nameservers"] = tuple(nameservers)
        dns_values = data.get("dns_values")
        if isinstance(dns_values, dict):
            values["dns_values"] = {str(k): str(v) for k, v in dns_values.items() if isinstance(v, str)}
        for key in ("connected_account", "connected_org", "oauth_client_id", "license_sku", "team_group_id",
                    "team_group_name"):
            if isinstance(data.get(key), str):
                values[key] = data[key]
        if isinstance(data.get("smtp"), dict):
            values["smtp"] = {str(k): v for k, v in data["smtp"].items() if isinstance(v, str | int)}
        if isinstance(data.get("invitation_languages"), dict):
            values["invitation_languages"] = {str(k): str(v) for k, v in data["invitation_languages"].items()
                                              if v in ("en", "zh_CN", "zh_TW")}
        for key in ("invitation_greeting", "invitation_closing", "logo_path"):
            if isinstance(data.get(key), str):
                values[key] = data[key]
        if isinstance(data.get("address_pattern"), str):
            values["address_pattern"] = data["address_pattern"]
        if data.get("password_handover") in ("email", "sheet", "in_person"):
            values["password_handover"] = data["password_handover"]
        elif data.get("invitation_include_password") is True:  # saved by a build with only a yes/no box
            values["password_handover"] = "email"
        for key in ("dns_verified", "dns_all_ok", "provider_verified", "members_done",
                    "invitations_done", "invitations_skipped"):
            if isinstance(data.get(key), bool):
                values[key] = data[key]
        if data.get("region") in ("cn_mainland", "elsewhere"):
            values["region"] = data["region"]
        for key in ("budget_currency", "provider_id", "plan_id", "domain"):
            if isinstance(data.get(key), str):
                values[key] = data[key]
        return replace(defaults, **values)


def is_complete(step: Step, state: WizardState) -> bool:
    if step is Step.PROVIDER:
        return state.provider_id is not None and state.plan_id is not None
    if step is Step.DOMAIN:
        c = state.company
        if not (c.name.strip() and c.contact_name.strip() and c.contact_email and state.domain):
            return False  # the usual answer on a first run, without loading idna and the suffix list
        from mailwizard.core.domains import check_email

        filled = check_email(c.contact_email).ok
        # Offline or half-delegated is allowed (checked again later); a domain that does not
        # exist at all cannot receive mail, so the user must register it first.
        return filled and state.domain_presence is not DomainPresence.NOT_REGISTERED
    if step is Step.DNS:
        # The next steps need ownership proven; the rest keeps being watched and shown as pending.
        return state.dns_verified
    if step is Step.MEMBERS:
        return state.members_done
    if step is Step.INVITATIONS:
        return state.invitations_done
    if step is Step.SUMMARY:
        return False  # the end: never "done" so the wizard has somewhere to rest
    return False      # Members/Invitations: decided by their own issues' state


def visible_steps(enabled: frozenset[Step]) -> list[Step]:
    return [s for s in ORDER if s in enabled]


def can_enter(step: Step, state: WizardState, enabled: frozenset[Step]) -> bool:
    """A step may be entered when every visible step before it is complete."""
    steps = visible_steps(enabled)
    if step not in steps:
        return False
    return all(is_complete(s, state) for s in steps[: steps.index(step)])


def next_step(state: WizardState, enabled: frozenset[Step]) -> Step | None:
    steps = visible_steps(enabled)
    if state.current not in steps or not is_complete(state.current, state):
        return None
    index = steps.index(state.current)
    return steps[index + 1] if index + 1 < len(steps) else None


def previous_step(state: WizardState, enabled: frozenset[Step]) -> Step | None:
    steps = visible_steps(enabled)
    if state.current not in steps:
        return None
    index = steps.index(state.current)
    return steps[index - 1] if index > 0 else None


def resume_step(state: WizardState, enabled: frozenset[Step]) -> Step:
    """The saved step if it may still be entered, else the first unfinished one."""
    if can_enter(state.current, state, enabled):
        return state.current
    for step in visible_steps(enabled):
        if not is_complete(step, state):
            return step
    return visible_steps(enabled)[-1]
