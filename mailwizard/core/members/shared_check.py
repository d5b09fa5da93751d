"""The checks on shared addresses and aliases before anything is made: local ones (an address that is not valid, one
that clashes with an account, another shared address or an alias, a list nobody receives, a limit of the provider)
and the remote one (an address the provider already has that is not ours). Each problem is a message key with its
parameters (ui/messages/shared.py says it in words). Qt-free."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress, alias_parts

if TYPE_CHECKING:
    from mailwizard.core.providers.shared_api import SharedApi, SharedSupport

INVALID = "shared.invalid_local_part"      # params: address, reason (a member.address_* key)
CLASH_MEMBER = "shared.clash_member"       # params: address, member (whose account has it)
CLASH_SHARED = "shared.clash_shared"       # params: address
CLASH_ALIAS = "shared.clash_alias"         # params: address, member (whose alias it is)
NO_RECIPIENTS = "shared.no_recipients"     # params: address
UNKNOWN_RECIPIENT = "shared.unknown_recipient"  # params: address, recipient
TOO_MANY_ALIASES = "shared.too_many_aliases"    # params: address, member, count, limit
RESERVED = "shared.reserved"               # params: address
CLASH_EXISTING = "shared.clash_existing"   # params: address, what (user, group, alias)
NAME_REFUSED = "shared.name_refused"       # params: address, chars (SharedSupport.group_name_forbidden)
NAME_TOO_LONG = "shared.name_too_long"     # params: address, limit (SharedSupport.group_name_max_bytes)
# Provider calls in flight at once (clash checks, aliases); bulk.create_accounts keeps 10 going to the same APIs
CONCURRENCY = 5
KEYS = (INVALID, CLASH_MEMBER, CLASH_SHARED, CLASH_ALIAS, NO_RECIPIENTS, UNKNOWN_RECIPIENT, TOO_MANY_ALIASES,
        RESERVED, CLASH_EXISTING, NAME_REFUSED, NAME_TOO_LONG)


@dataclass(frozen=True)
class SharedProblem:
    """``subject``: the full address the problem is about (a shared address, an alias, or a member's address)."""

    subject: str
    key: str
    params: dict[str, str] = field(default_factory=dict)


def full(local: str, domain: str) -> str:
    return f"{local}@{domain}" if domain else local


def _who(member: Member) -> str:
    return member.display_name.strip() or member.local_part


def check_shared(addresses: Iterable[SharedAddress], members: Iterable[Member], domain: str,
                 support: SharedSupport | None = None, reserved: Iterable[str] | None = None) -> list[SharedProblem]:
    """Every local problem of the shared addresses and the members' aliases, in the order they are listed."""
    from mailwizard.core.members.table import check_local_part

    if reserved is None:
        from mailwizard.core.members.shared_suggest import common_data

        reserved = common_data().reserved
    reserved = frozenset(reserved)
    addresses, members = list(addresses), [m for m in members if m.local_part]
    accounts = {m.local_part.lower(): m for m in members}
    problems: list[SharedProblem] = []

    def local_problem(local: str, subject: str) -> bool:
        reason = check_local_part(local)
        if reason is not None:
            problems.append(SharedProblem(subject, INVALID, {"address": subject, "reason": reason}))
            return True
        if local in reserved:
            problems.append(SharedProblem(subject, RESERVED, {"address": subject}))
            return True
        return False

    # whose alias each local part is (the first member that typed it)
    alias_owner: dict[str, Member] = {}
    for member in members:
        parts = alias_parts(member.aliases)
        limit = support.aliases_per_user if support is not None else None
        if limit is not None and len(parts) > limit:
            subject = full(member.local_part, domain)
            problems.append(SharedProblem(subject, TOO_MANY_ALIASES, {
                "address": subject, "member": _who(member), "count": str(len(parts)), "limit": str(limit)}))
        for alias in parts:
            subject = full(alias, domain)
            if local_problem(alias, subject):
                continue
            if alias in accounts:
                problems.append(SharedProblem(subject, CLASH_MEMBER, {"address": subject,
                                                                      "member": _who(accounts[alias])}))
            elif alias in alias_owner and alias_owner[alias] is not member:
                problems.append(SharedProblem(subject, CLASH_ALIAS, {"address": subject,
                                                                     "member": _who(alias_owner[alias])}))
            alias_owner.setdefault(alias, member)

    seen: set[str] = set()
    for shared in addresses:
        local = shared.local_part.strip()
        subject = full(local, domain)
        if local_problem(local, subject):
            continue
        refused = "".join(c for c in (support.group_name_forbidden if support is not None and support.groups else "")
                          if c in local)
        if refused:
            problems.append(SharedProblem(subject, NAME_REFUSED, {"address": subject, "chars": refused}))
        limit = support.group_name_max_bytes if support is not None and support.groups else None
        if limit is not None and len((shared.name or local).encode()) > limit:
            problems.append(SharedProblem(subject, NAME_TOO_LONG, {"address": subject, "limit": str(limit)}))
        if local in accounts:
            problems.append(SharedProblem(subject, CLASH_MEMBER, {"address": subject,
                                                                  "member": _who(accounts[local])}))
        elif local in alias_owner:
            problems.append(SharedProblem(subject, CLASH_ALIAS, {"address": subject,
                                                                 "member": _who(alias_owner[local])}))
        if local in seen:
            problems.append(SharedProblem(subject, CLASH_SHARED, {"address": subject}))
        seen.add(local)
        if not shared.recipients:
            problems.append(SharedProblem(subject, NO_RECIPIENTS, {"address": subject}))
        for recipient in shared.recipients:
            if recipient.lower() not in accounts:
                problems.append(SharedProblem(subject, UNKNOWN_RECIPIENT, {"address": subject,
                                                                           "recipient": recipient}))
    return problems


async def remote_problems(api: SharedApi, groups: Iterable[str], aliases: Iterable[tuple[str, str]],
                          ours: set[str]) -> list[SharedProblem]:
    """Addresses the provider has already that are not ours: ``groups`` the shared addresses, ``aliases`` (account
    address, alias address) pairs, ``ours`` the journal keys (group:…, alias:…) MailWizard made or may have made.
    An alias the account already has is no clash (added in the console: the run adopts it)."""
    import asyncio

    from mailwizard.core.providers.base import NotFound
    from mailwizard.core.providers.shared_api import ALIAS, FREE

    gate = asyncio.Semaphore(CONCURRENCY)

    async def own_aliases(account: str) -> list[str]:
        try:
            return await api.aliases(account)
        except NotFound:  # the account is not made yet (a check before Create): the alias is someone else's
            return []

    async def group(address: str) -> SharedProblem | None:
        async with gate:
            what = await api.who_has(address)
        return None if what == FREE else SharedProblem(address, CLASH_EXISTING, {"address": address, "what": what})

    async def alias(account: str, address: str) -> SharedProblem | None:
        async with gate:
            what = await api.who_has(address)
            if what == FREE or (what == ALIAS and address in await own_aliases(account)):
                return None
        return SharedProblem(address, CLASH_EXISTING, {"address": address, "what": what})

    checks = [group(a) for a in groups if f"group:{a}" not in ours]
    checks += [alias(account, a) for account, a in aliases if f"alias:{a}" not in ours]
    return [p for p in await asyncio.gather(*checks) if p is not None]
