"""The review's rules: which accounts need a look and why (core/review/model.py's flag kinds), each flag with the
parameters its message needs and, where the provider's API allows it, the action that deals with it. Pure: no I/O,
no Qt, no provider ids. A fact the provider does not report (ReviewSnapshot.reported) never raises a flag."""

from __future__ import annotations

import datetime as dt
import unicodedata

from mailwizard.core.activation import moment
from mailwizard.core.review.model import (
    ACTIVITY,
    ADMIN_ROLES,
    DEPARTED,
    EXTRA_ADMIN,
    FLAG_KINDS,
    FORWARDING,
    INACTIVE,
    MAILBOX_FULL,
    NEVER_SIGNED_IN,
    OUTSIDE_FORWARDING,
    PASSWORD,
    PASSWORD_UNCHANGED,
    QUOTA,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    STATUS,
    SUSPEND,
    SUSPENDED,
    ReviewAccount,
    ReviewAction,
    ReviewFlag,
    ReviewSnapshot,
    StaffList,
)

NEVER_DAYS, INACTIVE_DAYS, FULL_SHARE = 7, 90, 0.9
# Actions that could lock the signed-in admin out: never offered on their own account
LOCKOUT_ACTIONS = frozenset({SUSPEND, REMOVE_ADMIN})


def find_flags(snapshot: ReviewSnapshot, staff: StaffList | None, company_domains: frozenset[str],
               actions: frozenset[str], now: dt.datetime, *, never_days: int = NEVER_DAYS,
               inactive_days: int = INACTIVE_DAYS, full_share: float = FULL_SHARE) -> list[ReviewFlag]:
    """Every flag, in FLAG_KINDS order, then by address. ``company_domains``: the domains mail may be forwarded
    to without a flag (lower case; their subdomains too); ``actions``: what the provider's API can do for this
    sign-in (ReviewApi.actions()); ``staff``: None, no departed flags (no spreadsheet given)."""
    admin = snapshot.admin_address.strip().lower()
    domains = frozenset(_domain(d) for d in company_domains if d)
    flags: list[ReviewFlag] = []
    for account in snapshot.accounts:
        rules = _Rules(account, snapshot.reported, admin, actions, now)
        if staff is not None:
            flags += rules.departed(staff)
        flags += rules.outside_forwarding(domains)
        flags += rules.extra_admin()
        flags += rules.never_signed_in(never_days)
        flags += rules.password_unchanged()
        flags += rules.mailbox_full(full_share)
        flags += rules.suspended()
        flags += rules.inactive(inactive_days)
    order = {kind: i for i, kind in enumerate(FLAG_KINDS)}
    return sorted(flags, key=lambda f: (order[f.kind], f.address))


class _Rules:
    """The rules for one account."""

    def __init__(self, account: ReviewAccount, reported: frozenset[str], admin: str, actions: frozenset[str],
                 now: dt.datetime) -> None:
        self.account, self.reported, self.actions, self.now = account, reported, actions, now
        self.address = account.address.strip().lower()
        self.is_admin = bool(admin) and (admin == self.address or admin in (a.lower() for a in account.aliases))

    def _flag(self, kind: str, params: dict[str, str], action_kind: str = "", target: str = "") -> ReviewFlag:
        action = None
        if action_kind and action_kind in self.actions and not (self.is_admin and action_kind in LOCKOUT_ACTIONS):
            action = ReviewAction(action_kind, self.address, target)
        return ReviewFlag(self.address, kind, params, action)

    def _days_since(self, value: str | None) -> int | None:
        when = moment(value)
        return None if when is None else max(0, (self.now - when).days)

    def departed(self, staff: StaffList) -> list[ReviewFlag]:
        """Not in the latest staff spreadsheet: by address or alias first, then by name (a list of names only)."""
        if (not staff.addresses and not staff.names) or self.is_admin:
            # an empty list says nothing about who left; the signed-in account is the one doing the review (often a
            # shared admin mailbox such as Alibaba Mail's postmaster, which no staff list names)
            return []
        account = self.account
        if staff.addresses & {self.address, *(a.lower() for a in account.aliases)}:
            return []
        if account.name and name_key(account.name) in staff.names:
            return []
        # a suspended account needs no suspending; the flag stays (it may still hold a paid licence)
        if account.suspended:
            return [self._flag(DEPARTED, {"name": account.name, "suspended": "yes"}, "")]
        return [self._flag(DEPARTED, {"name": account.name}, SUSPEND)]

    def outside_forwarding(self, domains: frozenset[str]) -> list[ReviewFlag]:
        if FORWARDING not in self.reported:
            return []
        return [self._flag(OUTSIDE_FORWARDING, {"to": f.to, "how": f.how}, REMOVE_FORWARDING, f.id)
                for f in self.account.forwarding if not _inside(f.to, domains)]

    def extra_admin(self) -> list[ReviewFlag]:
        if ADMIN_ROLES not in self.reported or self.is_admin:
            return []
        return [self._flag(EXTRA_ADMIN, {"role": r.name or r.id}, REMOVE_ADMIN, r.id)
                for r in self.account.admin_roles]

    def never_signed_in(self, never_days: int) -> list[ReviewFlag]:
        account = self.account
        if ACTIVITY not in self.reported or account.last_sign_in is not None or self._suspended():
            return []
        days = self._days_since(account.created)
        if days is None or days < never_days:  # made lately, or when is not known: nothing to say yet
            return []
        return [self._flag(NEVER_SIGNED_IN, {"days": str(days)})]

    def password_unchanged(self) -> list[ReviewFlag]:
        """Signed in (or sign-ins not reported) and still on the temporary password. One who never signed in is
        the never-signed-in rule's."""
        account = self.account
        if PASSWORD not in self.reported or account.password_changed is not False or self._suspended():
            return []
        if ACTIVITY in self.reported and account.last_sign_in is None:
            return []
        return [self._flag(PASSWORD_UNCHANGED, {"last_sign_in": _date(account.last_sign_in)})]

    def mailbox_full(self, full_share: float) -> list[ReviewFlag]:
        account = self.account
        if QUOTA not in self.reported or account.used_mb is None or not account.quota_mb:
            return []
        share = account.used_mb / account.quota_mb
        if share < full_share:
            return []
        return [self._flag(MAILBOX_FULL, {"used_mb": f"{account.used_mb:.0f}", "quota_mb": f"{account.quota_mb:.0f}",
                                          "share": f"{int(share * 100)}"})]

    def suspended(self) -> list[ReviewFlag]:
        return [self._flag(SUSPENDED, {})] if self._suspended() else []

    def inactive(self, inactive_days: int) -> list[ReviewFlag]:
        account = self.account
        if ACTIVITY not in self.reported or self._suspended():
            return []
        days = self._days_since(account.last_sign_in)
        if days is None or days < inactive_days:
            return []
        return [self._flag(INACTIVE, {"days": str(days), "last_sign_in": _date(account.last_sign_in)}, SUSPEND)]

    def _suspended(self) -> bool:
        return STATUS in self.reported and self.account.suspended


def name_key(name: str) -> str:
    """A person's name as compared with the staff list: NFKC, case folded, the words in order of their letters
    ("Wei Zhang" and "zhang  WEI" are one name), no spaces between Chinese characters ("张 伟" is "张伟"), middle
    dots, commas and brackets as spaces ("Zhang, Wei", "Ana·Lee", "张伟 (David)")."""
    text = unicodedata.normalize("NFKC", name).casefold()
    for mark in "·・•,，、.()":  # after NFKC: full-width brackets are these too ("张伟（David）")
        text = text.replace(mark, " ")
    words: list[str] = []
    for word in text.split():  # Chinese characters split by spaces are one word ("张 伟 David" is "张伟 David")
        if words and _han(word) and _han(words[-1]):
            words[-1] += word
        else:
            words.append(word)
    return " ".join(sorted(words))


def _han(word: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000" for ch in word)


def _domain(text: str) -> str:
    from mailwizard.core.members.table import domain_key

    return domain_key(text)


def _inside(address: str, domains: frozenset[str]) -> bool:
    """The address is at one of the company's domains (or a subdomain of one)."""
    _, at, host = address.strip().rpartition("@")
    if not at or not host:
        return False
    host = _domain(host)
    return any(host == d or host.endswith("." + d) for d in domains)


def _date(value: str | None) -> str:
    when = moment(value)
    return when.date().isoformat() if when is not None else ""
