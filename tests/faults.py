"""Real faults under the state folder, for the store's tests: a full disk (a tiny tmpfs when this machine lets
the tests mount one; else SQLite's own page limit, which fails with the real SQLITE_FULL), a folder that cannot
be written (chmod; as root, where chmod does not bite, the immutable attribute), a lock held by another program.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tiny_disk(where: Path, size: str = "1m") -> Iterator[Path]:
    """A real filesystem of ``size`` at ``where`` (skips where mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tiny filesystem needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte; returns the filler (delete it to free the space)."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out:
        for size in (1 << 16, 512, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError:
                pass
    return filler


@contextlib.contextmanager
def pages_capped(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every SQLite connection opened meanwhile cannot grow its file (PRAGMA max_page_count at its size):
    a write that needs a new page fails with SQLite's own SQLITE_FULL, as on a full disk."""
    real = sqlite3.connect

    def capped(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA max_page_count=1")  # never below the file's size: the file stays as big as it is
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", capped)
        yield


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` (and what is in it) cannot be written by this process: chmod, or as root chattr +i."""
    if os.name == "posix" and os.geteuid() == 0:
        if not shutil.which("chattr"):
            pytest.skip("as root, a read-only folder needs chattr")
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("this filesystem has no immutable attribute")
        try:
            yield folder
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(mode)


@contextlib.contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    """An exclusive SQLite lock on ``path``, held as another program would (a write transaction left open)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
