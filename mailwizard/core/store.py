"""The wizard's saved state: an SQLite file in the user data directory, with a schema version.

A file that cannot be read (corrupted, or written by a newer MailWizard) is never deleted:
it is renamed aside and the caller is told where it went, so nothing the user typed is lost
without a trace.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
DB_NAME = "mailwizard.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS journal (
    scope TEXT NOT NULL, item TEXT NOT NULL, state TEXT NOT NULL, remote_id TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL, PRIMARY KEY (scope, item));
"""


class SetAsideReason(Enum):
    CORRUPTED = "corrupted"
    NEWER_VERSION = "newer_version"


@dataclass(frozen=True)
class SetAside:
    """A previous state file that could not be used and was renamed."""

    reason: SetAsideReason
    moved_to: Path
    version: int | None = None


class StoreError(Exception):
    """The state file cannot be written (disk full, permissions…)."""


class Store:
    """Thread-safe: the UI writes through a worker thread, start-up and tests call directly."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / DB_NAME
        self.set_aside: SetAside | None = None
        self._lock = threading.Lock()
        directory.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = self._open()
        except _Unusable as problem:
            self.set_aside = self._move_aside(problem.reason, problem.version)
            self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise _Unusable(SetAsideReason.CORRUPTED)
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                has_state = conn.execute("SELECT count(*) FROM state").fetchone()[0]
                if has_state:
                    raise _Unusable(SetAsideReason.CORRUPTED)
                conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            else:
                try:
                    version = int(row[0])
                except ValueError:
                    raise _Unusable(SetAsideReason.CORRUPTED) from None
                if version > SCHEMA_VERSION:
                    raise _Unusable(SetAsideReason.NEWER_VERSION, version)
                # Older versions are migrated here when a later schema exists.
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _Unusable(SetAsideReason.CORRUPTED) from exc
        except _Unusable:
            conn.close()
            raise
        return conn

    def _move_aside(self, reason: SetAsideReason, version: int | None) -> SetAside:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        label = "corrupted" if reason is SetAsideReason.CORRUPTED else f"from-version-{version}"
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}-{counter}{self.path.suffix}")
            counter += 1
        self.path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        return SetAside(reason, target, version)

    def get(self, key: str) -> Any | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:
            return None

    def put(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT INTO state VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE "
                    "SET value=excluded.value, updated=excluded.updated", (key, encoded, now))
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    # --- the operation journal: written before an action is attempted (write-ahead) -----------
    def journal_get(self, scope: str, item: str) -> tuple[str, str, str] | None:
        """(state, remote_id, error) of one item, e.g. ("members:google", "anna@example.com")."""
        with self._lock:
            row = self._conn.execute("SELECT state, remote_id, error FROM journal WHERE scope=? AND item=?",
                                     (scope, item)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def journal_put(self, scope: str, item: str, state: str, remote_id: str = "", error: str = "") -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(scope, item) DO UPDATE SET "
                    "state=excluded.state, remote_id=excluded.remote_id, error=excluded.error, "
                    "updated=excluded.updated",
                    (scope, item, state, remote_id, error, now))
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    def journal_all(self, scope: str) -> dict[str, tuple[str, str, str]]:
        with self._lock:
            rows = self._conn.execute("SELECT item, state, remote_id, error FROM journal WHERE scope=?",
                                      (scope,)).fetchall()
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def clear(self) -> None:
        """Start over: forget the wizard's state (the file and its schema stay)."""
        try:
            with self._lock:
                self._conn.execute("DELETE FROM state")
                self._conn.execute("DELETE FROM journal")
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _Unusable(Exception):
    def __init__(self, reason: SetAsideReason, version: int | None = None) -> None:
        super().__init__(reason.value)
        self.reason, self.version = reason, version
