"""Creating many accounts exactly once each, even across crashes, time-outs and reruns.

Each address goes through the journal before the provider is asked (write-ahead): "attempted"
is recorded first, with the time of the first attempt, "created" after. A rerun skips what was created; for an
address left "attempted" (the app stopped, or the connection dropped after the provider had acted) it asks
the provider whether the account exists before creating anything.

Whose is an account that exists? One that existed before our first attempt is someone else's ("taken"). One that
exists after an attempt of ours whose outcome we do not know (no answer, a server error, a retry answered
"already exists") is ours: it is read back, finished (licence, role, group) and recorded "created" — unless the
provider's own creation time shows it was there before our first attempt. Where the provider does not say
when an account was made, the journal's "attempted" decides.
"""

from __future__ import annotations

import asyncio
import datetime as dt
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
# How far apart the provider's clock and this computer's may be when comparing an account's creation time with our
# first attempt: a day, more than a computer set to the wrong time zone is off (UTC-12 to UTC+14). An account made
# within it before our first attempt cannot be told from ours by its time; then the journal decides.
CLOCK_MARGIN = dt.timedelta(days=1)
# Seconds to wait before reading an account back again when the provider said it exists but a read does not show it
# yet (a directory replica that has not seen the new account, learn.microsoft.com's "eventual consistency").
READ_BACK_WAITS = (1.0, 3.0)


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
            earlier, first = (journal.get(address) or ("", ""))[:2]
            report.statuses[address] = ATTEMPTED
            if on_progress is not None:
                on_progress(report)
            # A failure may come after the account was made (its license or role refused): a rerun looks first,
            # and finishes the account it finds, as after a crash.
            tried = earlier in (ATTEMPTED, FAILED)
            since = _moment(first) if tried else dt.datetime.now(dt.UTC)  # our first attempt (None: not known)
            first = since.isoformat(timespec="seconds") if since else ""
            try:
                outcome = await _settle(provider, account, license_sku, since) if tried else None
                if outcome is None:
                    await asyncio.to_thread(store.journal_put, scope, address, ATTEMPTED, first)
                    outcome = await _create(provider, account, license_sku, since, ours=tried)
            except ProviderError as exc:
                report.seats_full = report.seats_full or isinstance(exc, SeatsExhausted)
                reason = failure_text(exc, account.password)
                await asyncio.to_thread(store.journal_put, scope, address, FAILED, first, reason)
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


def _moment(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


async def _settle(provider: Provider, account: NewAccount, license_sku: str | None,
                  since: dt.datetime | None) -> str | None:
    """After an attempt of ours whose outcome is not known, read the account back: None when it is not there;
    TAKEN when the provider's creation time shows it was there before our first attempt (``since``); else it is
    ours, finished like a new one (doing that twice changes nothing) and CREATED."""
    existing = await provider.find_user(account.address)
    if existing is None:
        return None
    if since is not None and existing.created is not None and existing.created < since - CLOCK_MARGIN:
        return TAKEN
    await provider.finish_user(existing, license_sku, account.role, account.group,
                               usage_location=account.usage_location)
    return CREATED


async def _create(provider: Provider, account: NewAccount, license_sku: str | None, since: dt.datetime | None, *,
                  ours: bool) -> str:
    """``ours``: an attempt of ours came before this one (the journal said so), so an account found may be ours."""
    for _ in range(3):
        try:
            await provider.create_user(account, license_sku)
            return CREATED
        except AmbiguousOutcome:
            ours = True  # sent, but no answer (or a server error): did the provider create it? look before retrying
        except AlreadyExists:
            if not ours:
                return TAKEN  # there before our first attempt: someone else's
            # made by our own attempt whose answer was lost: read it back, giving a lagging replica time to show it
            for wait in (0.0, *READ_BACK_WAITS):
                await asyncio.sleep(wait)
                if (outcome := await _settle(provider, account, license_sku, since)) is not None:
                    return outcome
            raise AmbiguousOutcome() from None  # it exists but cannot be read yet: a rerun finds and finishes it
        if (outcome := await _settle(provider, account, license_sku, since)) is not None:
            return outcome
    raise AmbiguousOutcome()
