"""When the regular account review is due, from what the store keeps under REVIEW_DUE_KEY: the day of the last
review (the day its report was saved), the day the clock started where there has been none yet (the first time the
set-up could be reviewed), the interval (90 days unless the admin chose another), and the due period the
scheduled reminder has told already (each period told once). Shared by the session and `mailwizard review due`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

    def to_json(self) -> dict:
        return {"last": self.last, "since": self.since, "interval_days": self.interval_days, "told": self.told,
                "logo": self.logo}

    @classmethod
    def from_json(cls, data: object) -> DueState:
        if not isinstance(data, dict):
            return cls()
        interval = data.get("interval_days")
        return cls(_day(data.get("last")), _day(data.get("since")),
                   clamp(interval) if isinstance(interval, int) and not isinstance(interval, bool)
                   else DEFAULT_INTERVAL, str(data.get("told") or ""), str(data.get("logo") or ""))

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
