"""What the DNS watch keeps in the store, under its own key: the domain it watches, whether the operating system
runs it on a schedule, and the last outcome it told (so each is told once). The window writes it through the
session (core/session/dns_watch.py); the headless watch through store.put_briefly, holding the folder lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WATCH_KEY = "dns_watch"


@dataclass(frozen=True)
class WatchState:
    domain: str = ""
    scheduled: bool = False  # a scheduled check is registered with the operating system
    told: str = ""           # Outcome.fingerprint of the last outcome told ("" = none yet)

    def to_json(self) -> dict[str, Any]:
        return {"domain": self.domain, "scheduled": self.scheduled, "told": self.told}

    @classmethod
    def from_json(cls, data: object) -> WatchState:
        if not isinstance(data, dict):
            return cls()
        return cls(str(data.get("domain") or ""), data.get("scheduled") is True, str(data.get("told") or ""))
