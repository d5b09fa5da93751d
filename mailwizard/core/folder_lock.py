"""One window per state folder: an OS lock on ``mailwizard.lock`` in the folder, held while the window is open.

The operating system drops the lock when the process ends, however it ends (a crash, kill -9, a power cut),
so a lock is never left behind that says a window is open when none is. The file itself stays; only the lock
on it counts. (The window's "come forward" message to the first window is the UI's part: ui/single_window.py.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mailwizard.core.store import StoreError, problem_of

LOCK_NAME = "mailwizard.lock"
WATCH_NOTE = "dns-watch"  # the headless DNS watch's note in the lock file: it holds the lock for milliseconds


class AlreadyOpen(Exception):
    """Another MailWizard holds this state folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


def folder_key(folder: Path) -> str:
    """A short name for the folder, the same for every spelling of its path (the local server's name)."""
    import hashlib  # loads OpenSSL (~3 ms): wanted after the first frame, not before it

    resolved = os.path.normcase(str(folder.expanduser().resolve()))
    return "mailwizard-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, note: str = "") -> FolderLock:
        """Raises AlreadyOpen, or StoreError when the folder cannot be made or written (a read-only folder…).
        ``note``: who holds it, written after the process id (the DNS watch, see held_briefly)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(problem_of(exc, self.folder), self.folder, exc.strerror or str(exc)) from exc
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyOpen(self.folder) from None
        self._fd = fd
        try:  # who holds it, for a person who looks and for a start that finds it held (held_briefly)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {note}".strip().encode() + b"\n")
        except OSError:
            pass
        return self

    def held_briefly(self, note: str) -> bool:
        """The lock file names a holder that keeps the lock only for milliseconds (``note``): worth waiting for.
        Also True when the file cannot be read (Windows refuses to read a locked byte): a short wait costs little."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").split()[1:2] == [note]
        except OSError:
            return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0, whether or not the file has one; OSError when held

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not fcntl/lockf: its lock belongs to this open file, so a second open in the same process is
        # refused too (the tests), and it is not dropped when some other descriptor of the file is closed
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
