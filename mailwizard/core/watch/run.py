"""One round of the headless DNS watch on a state folder: the saved set-up read without keeping the window
waiting, the DNS step's own check, the outcome, told once, and the schedule removed once everything arrived.

Never in the window's way: a folder whose lock is held (the window is open) is left alone; the lock is taken only
for the few milliseconds of reading the saved set-up and of writing what was told, with a note in the lock file
that the window's start-up reads to wait those milliseconds out (app.open_state)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.folder_lock import WATCH_NOTE, AlreadyOpen, FolderLock
from mailwizard.core.session.state import LANGUAGE_KEY, SESSION_KEY, SessionState
from mailwizard.core.store import StoreError, peek, put_briefly
from mailwizard.core.watch.outcome import ARRIVED, WRONG, Outcome, decide
from mailwizard.core.watch.state import WATCH_KEY, WatchState

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckConfig, CheckResult
    from mailwizard.core.watch.schedule import WatchSchedule

log = logging.getLogger(__name__)

class Exit(IntEnum):
    """`mailwizard dns watch`'s exit codes."""

    ARRIVED = 0      # every record is right everywhere (told now or before); the schedule is removed
    WAITING = 1      # still on the way, or nobody answered (offline): nothing told
    NOTHING = 2      # no saved set-up with a domain and a provider in this folder, or it cannot be read
    WRONG = 3        # something is wrong at the DNS host (told once per new finding)
    WINDOW_OPEN = 4  # MailWizard's window has this folder open: it watches, the watch does nothing


@dataclass(frozen=True)
class Saved:
    state: SessionState
    watch: WatchState
    language: str | None


@dataclass(frozen=True)
class Report:
    code: Exit
    domain: str = ""
    outcome: Outcome | None = None
    told: bool = False          # a notification was asked for in this round
    unscheduled: bool = False   # the schedule was removed in this round


def read_saved(state_dir: Path) -> Saved | AlreadyOpen | None:
    """The saved set-up, read under the folder lock (held for the read alone); AlreadyOpen when the window has
    the folder; None when there is no saved work or it cannot be read."""
    from mailwizard.core.store import DB_NAME

    if not (state_dir / DB_NAME).exists():  # nothing saved here (and the folder is not made for it)
        return None
    lock = FolderLock(state_dir)
    try:
        lock.acquire(note=WATCH_NOTE)
    except AlreadyOpen as exc:
        return exc
    except StoreError:
        return None
    try:
        values = peek(state_dir, (SESSION_KEY, LANGUAGE_KEY, WATCH_KEY))
    except (StoreError, FileNotFoundError) as exc:
        log.info("no saved set-up to watch in %s: %s", state_dir, exc)
        return None
    finally:
        lock.release()
    session = values.get(SESSION_KEY)
    language = values.get(LANGUAGE_KEY)
    return Saved(SessionState.from_json(session) if isinstance(session, dict) else SessionState(),
                 WatchState.from_json(values.get(WATCH_KEY)), language if isinstance(language, str) else None)


def write_watch(state_dir: Path, watch: WatchState) -> bool:
    """False when the window opened the folder meanwhile (it watches now) or the write failed."""
    lock = FolderLock(state_dir)
    try:
        lock.acquire(note=WATCH_NOTE)
    except (AlreadyOpen, StoreError):
        return False
    try:
        put_briefly(state_dir, WATCH_KEY, watch.to_json())
    except StoreError as exc:
        log.warning("what the DNS watch told could not be saved: %s", exc)
        return False
    finally:
        lock.release()
    return True


async def check_as_the_dns_step(domain: str, records, config: CheckConfig) -> CheckResult:
    from mailwizard.core.dns.check import count_spf_lookups, run_check

    quick = await run_check(domain, records, config, count_spf=False)
    return await count_spf_lookups(quick, config)


async def watch_once(state_dir: Path, saved: Saved, config: CheckConfig, *,
                     tell: Callable[[Outcome, str], Awaitable[object]],
                     schedule: WatchSchedule | None) -> Report:
    """One round; ``saved`` from read_saved. ``tell(outcome, domain)`` posts the notification."""
    from mailwizard.core.dns.service import records_for

    wizard = saved.state.wizard
    if not wizard.domain or not wizard.provider_id:
        return Report(Exit.NOTHING)
    domain = wizard.domain
    watch = saved.watch if saved.watch.domain == domain else WatchState(domain, saved.watch.scheduled)
    result = await check_as_the_dns_step(domain, records_for(wizard.provider_id, domain, wizard.dns_values), config)
    outcome = decide(result, saved.state.dns_snapshot)
    code = Exit.ARRIVED if outcome.kind == ARRIVED else Exit.WRONG if outcome.kind == WRONG else Exit.WAITING
    told = outcome.news and outcome.fingerprint != watch.told
    done = outcome.kind == ARRIVED and watch.scheduled and schedule is not None
    if told or done:
        # written before it is told (and before the schedule goes): a round killed in between tells nothing twice
        new = WatchState(domain, watch.scheduled and not done, outcome.fingerprint if outcome.news else watch.told)
        if not write_watch(state_dir, new):
            return Report(Exit.WINDOW_OPEN, domain, outcome)
    if told:
        await tell(outcome, domain)
    if done:
        schedule.remove()  # last: on macOS it ends this process
    return Report(code, domain, outcome, told, done)
