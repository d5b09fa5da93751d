"""Creating many accounts exactly once each, even across crashes, time-outs and reruns.

Each address goes through the journal before the provider is asked (write-ahead): "attempted"
is recorded first, "created" after. A rerun skips what was created; for an address left
"attempted" (the app stopped, or the connection dropped after the provider had acted) it asks
the provider whether the account exists before creating anything.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mailwizard.core.members.failures import failure_text
from mailwizard.core.members.model import ADMIN_PRESETS, TEAM_PRESETS, Member
from mailwizard.core.providers.base import (
    AlreadyExists,
    AmbiguousOutcome,
    NewAccount,
    NoLicenseSeats,
    Provider,
    ProviderError,
    SeatsExhausted,
)

if TYPE_CHECKING:
    from mailwizard.core.store import Store

ATTEMPTED, CREATED, FAILED, TAKEN = "attempted", "created", "failed", "taken"


@dataclass
class BulkReport:
    total: int
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)       # created by an earlier run
    failed: dict[str, str] = field(default_factory=dict)   # address → failure_text(): key and parameters
    taken: list[str] = field(default_factory=list)         # existed before MailWizard: someone else's
    statuses: dict[str, str] = field(default_factory=dict)  # address → its latest state in this run
    # The provider said every seat is in use: the accounts not yet begun were left alone (no journal entry, so
    # "not created"); a rerun after buying seats creates only them and the one refused.
    seats_full: bool = False
    not_started: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return len(self.created) + len(self.skipped) + len(self.failed) + len(self.taken)


def account_for(member: Member, domain: str, password: str, team_group: str = "", country: str = "") -> NewAccount:
    """The account to create for a row of the table: its permission preset becomes the admin role and the team
    group the provider is asked for; a name the user left in one piece fills both name fields. ``country``:
    where the company is, for a provider whose licences need it (ProviderProfile.asks_country)."""
    return NewAccount(member.address(domain), member.given_name or member.display_name,
                      member.family_name or member.display_name, member.display_name, password, True,
                      member.department, member.job_title, member.phone, country,
                      role="user_admin" if member.permissions in ADMIN_PRESETS else "user",
                      group=team_group if member.permissions in TEAM_PRESETS else "")


async def check_seats(provider: Provider, license_sku: str | None, needed: int) -> None:
    """Before anything is created: are there enough licenses for the accounts still to create?"""
    if not license_sku or needed == 0:
        return
    option = next((o for o in await provider.license_options() if o.sku_id == license_sku), None)
    available = option.available if option else 0
    if available < needed:
        raise NoLicenseSeats(sku=option.name if option else license_sku, available=str(available),
                             needed=str(needed))


async def create_accounts(
    provider: Provider,
    accounts: list[NewAccount],
    store: Store,
    *,
    license_sku: str | None = None,
    concurrency: int = 10,  # enough in flight to keep a provider at its rate limit over a slow link
    on_progress: Callable[[BulkReport], None] | None = None,
    running: asyncio.Event | None = None,
) -> BulkReport:
    """``running``: cleared to pause between accounts (the ones under way finish), set to go on."""
    scope = f"members:{provider.id}"
    journal = store.journal_all(scope)
    report = BulkReport(len(accounts))
    pending = [a for a in accounts if journal.get(a.address, ("",))[0] != CREATED]
    report.skipped = [a.address for a in accounts if a not in pending]
    await check_seats(provider, license_sku, len(pending))
    gate = asyncio.Semaphore(concurrency)

    async def one(account: NewAccount) -> None:
        async with gate:
            if running is not None:
                await running.wait()
            address = account.address
            if report.seats_full:  # no seat left: nothing more is asked of the provider in this run
                report.not_started.append(address)
                return
            earlier = (journal.get(address) or ("",))[0]
            report.statuses[address] = ATTEMPTED
            if on_progress is not None:
                on_progress(report)
            # A failure may come after the account was made (its license or role refused): a rerun looks first,
            # and finishes the account it finds, as after a crash.
            tried = earlier in (ATTEMPTED, FAILED)
            try:
                if tried and await _adopt(provider, account, license_sku):
                    outcome = CREATED
                else:
                    await asyncio.to_thread(store.journal_put, scope, address, ATTEMPTED)
                    outcome = await _create(provider, account, license_sku, attempted_before=tried)
            except ProviderError as exc:
                report.seats_full = report.seats_full or isinstance(exc, SeatsExhausted)
                reason = failure_text(exc, account.password)
                await asyncio.to_thread(store.journal_put, scope, address, FAILED, "", reason)
                report.failed[address] = reason
                report.statuses[address] = FAILED
            else:
                await asyncio.to_thread(store.journal_put, scope, address, outcome)
                (report.created if outcome == CREATED else report.taken).append(address)
                report.statuses[address] = outcome
            if on_progress is not None:
                on_progress(report)

    await asyncio.gather(*(one(a) for a in pending))
    return report


async def _adopt(provider: Provider, account: NewAccount, license_sku: str | None) -> bool:
    """An earlier attempt may have succeeded: if the account exists, finish it instead."""
    existing = await provider.find_user(account.address)
    if existing is None:
        return False
    await provider.finish_user(existing, license_sku, account.role, account.group,
                               usage_location=account.usage_location)
    return True


async def _create(provider: Provider, account: NewAccount, license_sku: str | None, *,
                  attempted_before: bool) -> str:
    for _ in range(3):
        try:
            await provider.create_user(account, license_sku)
            return CREATED
        except AmbiguousOutcome:
            # sent, but no answer: did the provider create it? ask before trying again
            if await _adopt(provider, account, license_sku):
                return CREATED
        except AlreadyExists:
            if attempted_before and await _adopt(provider, account, license_sku):
                return CREATED
            return TAKEN
    raise AmbiguousOutcome()
