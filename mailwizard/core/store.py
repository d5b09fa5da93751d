"""The wizard's saved state: an SQLite file in the user data directory, with a schema version.

Only a file that really cannot be used is renamed aside (never deleted), and the caller is told where it
went: one SQLite reports damaged (SQLITE_CORRUPT, SQLITE_NOTADB, a failed quick_check), one that is empty,
misses the tables or holds a row that cannot be read, or one written by a newer MailWizard. Anything else —
a full disk, a folder that cannot be written, a lock held by another program, an I/O error — leaves the file
where it is and raises ``StoreError`` with the ``Problem``, for the window to say what is wrong and what to do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
DB_NAME = "mailwizard.sqlite3"

_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS journal (scope TEXT NOT NULL, item TEXT NOT NULL, state TEXT NOT NULL, "
    "remote_id TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL, "
    "PRIMARY KEY (scope, item))",
)
# without these an existing file is not one of ours (the journal came later: the first builds had none, so it
# is added to their files)
_REQUIRED_TABLES = frozenset({"meta", "state"})
# the session's keys (core/session/state.py; "wizard" from the builds before it): always JSON objects
_OBJECT_KEYS = ("session", "wizard")
_UNREADABLE_ROWS = ("SELECT key FROM state WHERE NOT json_valid(value) OR "
                    f"(key IN ({', '.join('?' * len(_OBJECT_KEYS))}) AND json_type(value) != 'object')")
LOW_SPACE = 1 << 20  # an I/O error with less free space than this on the state's disk is a full disk

# SQLite's primary result codes (https://www.sqlite.org/rescode.html); Python 3.11 gives the extended
# code in sqlite_errorcode (e.g. SQLITE_IOERR_SHMSIZE 4874 on a full disk), whose low byte is the primary one
_CORRUPT, _NOTADB = 11, 26
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN, _PROTOCOL, _AUTH = 3, 5, 6, 8, 10, 13, 14, 15, 23


class SetAsideReason(Enum):
    CORRUPTED = "corrupted"          # SQLite says the file is damaged, or it is not a database
    NEWER_VERSION = "newer_version"
    EMPTY = "empty"                  # 0 bytes: the computer stopped, or the disk was full, while it was made
    INCOMPLETE = "incomplete"        # a database, but without MailWizard's tables or schema version
    UNREADABLE = "unreadable"        # a saved row (the session) is not the JSON that was written


@dataclass(frozen=True)
class SetAside:
    """A previous state file that could not be used and was renamed."""

    reason: SetAsideReason
    moved_to: Path
    version: int | None = None


class Problem(Enum):
    """Why the state file cannot be read or written now; the file itself is fine and stays where it is."""

    DISK_FULL = "disk_full"
    NO_PERMISSION = "no_permission"  # a read-only folder or file, or one that belongs to someone else
    IN_USE = "in_use"                # another program holds a lock on the file
    IO_ERROR = "io_error"            # the disk failed or went away


class StoreError(Exception):
    """The state file cannot be read or written now (disk full, permissions, a lock…); nothing was moved.

    Message keys: ``store.<problem>`` when it cannot be opened, ``save.<problem>`` when a save fails."""

    def __init__(self, problem: Problem, folder: Path, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem, self.folder, self.detail = problem, folder, detail

    @property
    def key(self) -> str:
        """The message key when the saved work cannot be opened; a failed save's is ``save.<problem>``."""
        return f"store.{self.problem.value}"

    def params(self) -> dict[str, str]:
        return {"path": str(self.folder), "reason": self.detail}


def problem_of(exc: BaseException, directory: Path) -> Problem:
    """What a failed SQLite call or file operation on the state folder means for the user."""
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (_BUSY, _LOCKED, _PROTOCOL):
            return Problem.IN_USE
        if code in (_READONLY, _PERM, _CANTOPEN, _AUTH):
            return Problem.NO_PERMISSION
        if code == _FULL:
            return Problem.DISK_FULL
    elif isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return Problem.DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Problem.NO_PERMISSION
    # a full disk often shows as an I/O error (SQLite cannot grow its shared-memory file: SQLITE_IOERR_SHMSIZE)
    return Problem.DISK_FULL if _space_left(directory) < LOW_SPACE else Problem.IO_ERROR


def _space_left(directory: Path) -> int:
    for place in (directory, *directory.parents):
        try:
            return shutil.disk_usage(place).free
        except OSError:
            continue
    return LOW_SPACE


def _damaged(exc: sqlite3.Error) -> bool:
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in (_CORRUPT, _NOTADB)


class Store:
    """Thread-safe: the UI writes through a worker thread, start-up and tests call directly.

    Raises ``StoreError`` when the file cannot be opened for a reason that is not the file's own fault."""

    BUSY_TIMEOUT = 5.0  # seconds to wait for another program's lock on the file

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / DB_NAME
        self.set_aside: SetAside | None = None
        self._lock = threading.Lock()
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(problem_of(exc, directory), directory, exc.strerror or str(exc)) from exc
        try:
            self._conn = self._open()
        except _Unusable as problem:
            self.set_aside = self._move_aside(problem.reason, problem.version)
            self._conn = self._open()

    def _error(self, exc: BaseException) -> StoreError:
        return StoreError(problem_of(exc, self.directory), self.directory, str(exc))

    def _open(self) -> sqlite3.Connection:
        existed = self.path.exists()
        if existed and self.path.stat().st_size == 0:
            raise _Unusable(SetAsideReason.EMPTY)
        try:
            conn = sqlite3.connect(self.path, timeout=self.BUSY_TIMEOUT, check_same_thread=False,
                                   isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise _Unusable(SetAsideReason.CORRUPTED)
            # A new file is WAL before its first write: that commit then waits for no fsync (a rollback-journal
            # commit waits for three, ~10 ms before the first frame). A file kept from before is WAL already, or
            # (the first builds') changes only once its schema is brought up to date, so a failed open leaves it
            # as it was.
            if not existed:
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            # the schema and a first write in one transaction: a new file is made whole or not at all, and a
            # folder or file that cannot be written is found now, not at the first save
            conn.execute("BEGIN IMMEDIATE")
            self._check_schema(conn, existed)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('opened', ?)", (_now(),))
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            conn.close()
            if _damaged(exc):
                raise _Unusable(SetAsideReason.CORRUPTED) from exc
            if not existed:
                self._forget_new_empty_file()
            raise self._error(exc) from exc
        except _Unusable:
            conn.close()
            raise
        return conn

    def _check_schema(self, conn: sqlite3.Connection, existed: bool) -> None:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is not None:
                try:
                    version = int(row[0])
                except ValueError:
                    raise _Unusable(SetAsideReason.CORRUPTED) from None
                if version > SCHEMA_VERSION:
                    raise _Unusable(SetAsideReason.NEWER_VERSION, version)
                # Older versions are migrated here when a later schema exists.
        if existed and _REQUIRED_TABLES - tables:
            raise _Unusable(SetAsideReason.INCOMPLETE)
        if existed and version is None and conn.execute("SELECT count(*) FROM state").fetchone()[0]:
            raise _Unusable(SetAsideReason.INCOMPLETE)  # saved work without the version it was saved in
        for statement in _TABLES:
            conn.execute(statement)
        if version is None:
            conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        try:
            unreadable = conn.execute(_UNREADABLE_ROWS, _OBJECT_KEYS).fetchone()
        except sqlite3.OperationalError:  # an SQLite without its JSON functions (before 3.38, built without)
            unreadable = next((key for key, value in conn.execute("SELECT key, value FROM state")
                               if not _readable(key, value)), None)
        if unreadable:
            raise _Unusable(SetAsideReason.UNREADABLE)

    def _forget_new_empty_file(self) -> None:
        """A file this start made but could not fill (a full disk): no commit ever went in (the folder lock
        keeps every other MailWizard out), so nothing to keep aside; its WAL companions go with it."""
        for path in (self.path, self.path.with_name(self.path.name + "-wal"),
                     self.path.with_name(self.path.name + "-shm")):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def _move_aside(self, reason: SetAsideReason, version: int | None) -> SetAside:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        label = f"from-version-{version}" if reason is SetAsideReason.NEWER_VERSION else reason.value
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}-{counter}{self.path.suffix}")
            counter += 1
        try:
            self.path.rename(target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.rename(target.with_name(target.name + suffix))
        except OSError as exc:
            raise self._error(exc) from exc
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
        now = _now()
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT INTO state VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE "
                    "SET value=excluded.value, updated=excluded.updated", (key, encoded, now))
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    # --- the operation journal: written before an action is attempted (write-ahead) -----------
    def journal_get(self, scope: str, item: str) -> tuple[str, str, str] | None:
        """(state, remote_id, error) of one item, e.g. ("members:google", "anna@example.com")."""
        with self._lock:
            row = self._conn.execute("SELECT state, remote_id, error FROM journal WHERE scope=? AND item=?",
                                     (scope, item)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def journal_put(self, scope: str, item: str, state: str, remote_id: str = "", error: str = "") -> None:
        now = _now()
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(scope, item) DO UPDATE SET "
                    "state=excluded.state, remote_id=excluded.remote_id, error=excluded.error, "
                    "updated=excluded.updated",
                    (scope, item, state, remote_id, error, now))
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def journal_all(self, scope: str) -> dict[str, tuple[str, str, str]]:
        with self._lock:
            rows = self._conn.execute("SELECT item, state, remote_id, error FROM journal WHERE scope=?",
                                      (scope,)).fetchall()
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def clear(self) -> None:
        """Start over: forget the wizard's state (the file and its schema stay)."""
        try:
            with self._lock, self._conn:  # both or neither (a full disk fails the commit, not half of it)
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute("DELETE FROM state")
                self._conn.execute("DELETE FROM journal")
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def peek(directory: Path, keys: tuple[str, ...]) -> dict[str, Any]:
    """The values under ``keys`` (missing ones left out), read through a read-only connection without opening the
    store (no schema check, no write): the headless DNS watch, which must never keep a window waiting. Raises
    StoreError (a file that is not there: FileNotFoundError)."""
    path = directory / DB_NAME
    if not path.exists():
        raise FileNotFoundError(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=Store.BUSY_TIMEOUT)
        try:
            rows = conn.execute(f"SELECT key, value FROM state WHERE key IN ({', '.join('?' * len(keys))})",
                                keys).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(problem_of(exc, directory), directory, str(exc)) from exc
    found = {}
    for key, value in rows:
        with contextlib.suppress(json.JSONDecodeError):
            found[key] = json.loads(value)
    return found


def put_briefly(directory: Path, key: str, value: Any) -> None:
    """One value written through a connection of its own, closed at once: the headless DNS watch, which holds the
    folder lock only for these few milliseconds. The file must exist (never made here). Raises StoreError."""
    path = directory / DB_NAME
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=Store.BUSY_TIMEOUT,
                               isolation_level=None)
        try:
            conn.execute("INSERT INTO state VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE "
                         "SET value=excluded.value, updated=excluded.updated",
                         (key, json.dumps(value, ensure_ascii=False, sort_keys=True), _now()))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(problem_of(exc, directory), directory, str(exc)) from exc


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _readable(key: str, value: str) -> bool:
    try:
        decoded = json.loads(value)
    except ValueError:
        return False
    return isinstance(decoded, dict) or key not in _OBJECT_KEYS


class _Unusable(Exception):
    def __init__(self, reason: SetAsideReason, version: int | None = None) -> None:
        super().__init__(reason.value)
        self.reason, self.version = reason, version
