"""When the regular account review is due, from what the store keeps under REVIEW_DUE_KEY: the day of the last
review (the day its report was saved), the day the clock started where there has been none yet (the first time the
set-up could be reviewed), the interval (90 days unless the admin chose another), and the due period the
scheduled reminder has told already (each period told once). Shared by the session and `mailwizard review due`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mailwizard.core.folder_lock import WATCH_NOTE, AlreadyOpen, FolderLock

REVIEW_DUE_KEY = "review-due"
DEFAULT_INTERVAL = 90
MIN_INTERVAL, MAX_INTERVAL = 7, 366


@dataclass(frozen=True)
class DueState:
    last: str | None = None      # ISO date of the last review
    since: str | None = None     # ISO date the clock started, before any review
    interval_days: int = DEFAULT_INTERVAL
    told: str = ""               # the due date (ISO) the scheduled reminder told about
    logo: str = ""               # the logo's path the admin picked for the report ("" none)
    scheduled: bool = False      # the daily reminder is registered with the operating system

    def to_json(self) -> dict:
        return {"last": self.last, "since": self.since, "interval_days": self.interval_days, "told": self.told,
                "logo": self.logo, "scheduled": self.scheduled}

    @classmethod
    def from_json(cls, data: object) -> DueState:
        if not isinstance(data, dict):
            return cls()
        interval = data.get("interval_days")
        return cls(_day(data.get("last")), _day(data.get("since")),
                   clamp(interval) if isinstance(interval, int) and not isinstance(interval, bool)
                   else DEFAULT_INTERVAL, str(data.get("told") or ""), str(data.get("logo") or ""),
                   data.get("scheduled") is True)

    def next_due(self) -> dt.date | None:
        start = self.last or self.since
        return dt.date.fromisoformat(start) + dt.timedelta(days=self.interval_days) if start else None

    def is_due(self, today: dt.date) -> bool:
        due = self.next_due()
        return due is not None and today >= due


def clamp(days: int) -> int:
    return max(MIN_INTERVAL, min(MAX_INTERVAL, int(days)))


def _day(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def today_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


@dataclass(frozen=True)
class SavedDue:
    """What the scheduled reminder reads of the saved work: when, for which domain, in which language."""

    state: DueState
    domain: str
    provider_id: str
    language: str | None


def read_due(state_dir: Path) -> SavedDue | AlreadyOpen | None:
    """Read under the folder lock, held for the read alone (as the DNS watch reads: core/watch/run.py); AlreadyOpen
    when the window has the folder (it shows the reminder itself); None when nothing is saved there."""
    from mailwizard.core.session.state import LANGUAGE_KEY, SESSION_KEY, SessionState
    from mailwizard.core.store import DB_NAME, StoreError, peek

    if not (state_dir / DB_NAME).exists():
        return None
    lock = FolderLock(state_dir)
    try:
        lock.acquire(note=WATCH_NOTE)
    except AlreadyOpen as exc:
        return exc
    except StoreError:
        return None
    try:
        values = peek(state_dir, (SESSION_KEY, LANGUAGE_KEY, REVIEW_DUE_KEY))
    except (StoreError, FileNotFoundError):
        return None
    finally:
        lock.release()
    session = values.get(SESSION_KEY)
    wizard = SessionState.from_json(session).wizard if isinstance(session, dict) else None
    language = values.get(LANGUAGE_KEY)
    return SavedDue(DueState.from_json(values.get(REVIEW_DUE_KEY)), (wizard.domain or "") if wizard else "",
                    (wizard.provider_id or "") if wizard else "", language if isinstance(language, str) else None)


def tell_once(state_dir: Path, period: str) -> bool:
    """Mark the due period ``period`` told, read and written under one hold of the folder lock: True when this run
    is the one to tell (written before it is told: a run killed in between tells nothing twice). False when told
    already (another run got there first, e.g. two scheduled runs at once), when the window has the folder, or the
    write failed. Only ``told`` changes: what the window saved meanwhile (a review done, a new interval) is kept."""
    from mailwizard.core.store import StoreError, peek, put_briefly

    lock = FolderLock(state_dir)
    try:
        lock.acquire(note=WATCH_NOTE)
    except (AlreadyOpen, StoreError):
        return False
    try:
        current = DueState.from_json(peek(state_dir, (REVIEW_DUE_KEY,)).get(REVIEW_DUE_KEY))
        due = current.next_due()
        if current.told == period or due is None or due.isoformat() != period:
            return False  # told already, or the period is no longer the one due (a review was done meanwhile)
        put_briefly(state_dir, REVIEW_DUE_KEY, {**current.to_json(), "told": period})
    except (StoreError, FileNotFoundError):
        return False
    finally:
        lock.release()
    return True
