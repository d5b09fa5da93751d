"""One window per state folder, core part: the OS lock on the folder's lock file (issue 16)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mailwizard.core.folder_lock import AlreadyOpen, FolderLock, folder_key
from mailwizard.core.store import Problem, StoreError
from tests.faults import read_only

HOLD = """
import sys, pathlib
from mailwizard.core.folder_lock import FolderLock
FolderLock(pathlib.Path(sys.argv[1])).acquire()
print("held", flush=True)
sys.stdin.read()
"""


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    first = FolderLock(tmp_path).acquire()
    with pytest.raises(AlreadyOpen) as refused:
        FolderLock(tmp_path).acquire()
    assert refused.value.folder == tmp_path
    first.release()
    with FolderLock(tmp_path):
        pass


def test_other_folders_are_not_held(tmp_path: Path) -> None:
    with FolderLock(tmp_path / "real"), FolderLock(tmp_path / "practice"):
        pass


def test_the_lock_dies_with_the_process_however_it_ends(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpen):
            FolderLock(tmp_path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)  # no clean-up of its own: the OS drops the lock
        holder.wait(timeout=10)
    assert (tmp_path / "mailwizard.lock").exists()  # the file stays; only the lock counted
    with FolderLock(tmp_path):
        pass


def test_a_read_only_folder_is_a_store_problem_not_already_open(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    with read_only(folder), pytest.raises(StoreError) as raised:
        FolderLock(folder).acquire()
    assert raised.value.problem is Problem.NO_PERMISSION


def test_the_folder_key_is_the_same_for_every_spelling_of_the_path(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert folder_key(tmp_path / "a") == folder_key(tmp_path / "a" / ".." / "a")
    assert folder_key(tmp_path / "a") != folder_key(tmp_path / "b")
