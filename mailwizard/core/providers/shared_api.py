"""What a provider's API offers for shared addresses (groups) and personal aliases: the one interface the
exactly-once run (core/members/shared_run.py) and the session use. A provider module implements it over its open
Provider (ProviderProfile.open_shared); what an API cannot do is said in ``support`` and guided by console steps
(resources/shared/<provider id>.toml).

Errors are the provider errors of core/providers/base.py: AlreadyExists when the address is someone else's,
AmbiguousOutcome when a request went out and its answer was lost (never retried blindly: the run reads back first),
PermissionDenied(needed=...) for a missing scope, RateLimited / ServiceUnavailable after the module's own retries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

# who_has(): what an address already is at the provider
FREE, USER, GROUP, ALIAS = "", "user", "group", "alias"


@dataclass(frozen=True)
class SharedSupport:
    """What the API can do; the rest is done in the console with the provider's steps."""

    groups: bool              # creates shared addresses (groups) and sets who receives their mail
    aliases: bool             # adds personal aliases to accounts
    members_listed: bool      # reads a group's members back (the delivery check)
    outside_mail: bool        # can let a group take mail from outside the company
    aliases_per_user: int | None = None  # the provider's limit (cited in the module), None: none known
    source: str = ""          # the documentation the facts come from (URL)
    group_name_forbidden: str = ""  # characters the API refuses in a group's name part, beyond what any address
                                    # refuses (cited in the provider module): refused before anything is made
    group_name_max_bytes: int | None = None  # the longest group name (display name) the API takes, in UTF-8 bytes


@dataclass(frozen=True)
class RemoteGroup:
    id: str
    address: str
    name: str = ""
    created: dt.datetime | None = None  # when the provider made it, where the API says (None: not said)


class SharedApi(Protocol):
    support: SharedSupport

    async def who_has(self, address: str) -> str:
        """FREE, or what the address already is (USER, GROUP, ALIAS) — the clash check before anything is made."""
        ...

    async def find_group(self, address: str) -> RemoteGroup | None: ...

    async def create_group(self, address: str, name: str, *, outside: bool) -> RemoteGroup:
        """Makes the group (mail from outside the company accepted when ``outside``); AlreadyExists when the address
        is taken; AmbiguousOutcome when the answer was lost."""
        ...

    async def add_members(self, group: RemoteGroup, addresses: list[str]) -> None:
        """Puts each address in the group; one already in it is no error (doing it twice changes nothing)."""
        ...

    async def group_members(self, group: RemoteGroup) -> list[str]:
        """The group's member addresses as the provider lists them (lower-case)."""
        ...

    async def aliases(self, address: str) -> list[str]:
        """The account's alias addresses (lower-case)."""
        ...

    async def add_alias(self, address: str, alias: str) -> None:
        """AlreadyExists when the alias is another account's or a group's; an alias the account has already is no
        error."""
        ...


def support_before_sign_in(opener) -> SharedSupport | None:
    """What a profile's shared API can do, known without a provider (its ``support`` needs none); None where there
    is no API, or where the opener needs the signed-in provider to say."""
    if opener is None:
        return None
    try:
        return opener(None).support
    except Exception:  # an opener that needs the provider: known once signed in
        return None
