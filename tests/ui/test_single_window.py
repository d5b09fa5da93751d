"""One window per state folder, and saved work that cannot be opened, as a user starting MailWizard sees them:
the real app started offscreen in its own processes (issue 16)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailwizard.core.store import DB_NAME, Store
from tests.faults import fill, read_only, tiny_disk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"), "XDG_RUNTIME_DIR": str(home), "MAILWIZARD_DEBUG": "1"}


def start(env: dict[str, str], *args: str, **kwargs) -> subprocess.CompletedProcess:
    """MailWizard started to its first window and closed at once (or ended before it, saying why)."""
    return subprocess.run([sys.executable, "-m", "mailwizard", "--lang", "en", *args], capture_output=True,
                          text=True, env={**env, "MAILWIZARD_EXIT_WHEN_SHOWN": "1"}, timeout=120, **kwargs)


@pytest.fixture
def first_window(tmp_path: Path, env: dict[str, str]) -> Iterator:
    """A window that stays open (on ``--state-dir`` given, or the default folder), until the test ends."""
    started: list[subprocess.Popen] = []

    def open_(*args: str) -> tuple[subprocess.Popen, Path]:
        log = tmp_path / f"first-{len(started)}.log"
        with open(log, "w") as err:
            process = subprocess.Popen([sys.executable, "-m", "mailwizard", "--lang", "en", *args], env=env,
                                       stdout=subprocess.DEVNULL, stderr=err)
        started.append(process)
        deadline = time.monotonic() + 90
        while "listening for later starts" not in log.read_text():
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        return process, log

    yield open_
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def test_a_second_start_on_the_same_folder_brings_the_first_forward_and_ends(tmp_path: Path, env, first_window):
    state = tmp_path / "state"
    first, first_log = first_window("--state-dir", str(state))
    second = start(env, "--state-dir", str(state / ".." / "state"))  # the same folder, spelt otherwise
    assert second.returncode == 0, second.stderr
    assert "shown" not in second.stdout  # no second window
    assert f"MailWizard is already open with this saved work ({state / '..' / 'state'}), and its window has " \
           "been brought forward." in second.stderr
    deadline = time.monotonic() + 10
    while "this window came forward" not in first_log.read_text():
        assert time.monotonic() < deadline, first_log.read_text()
        time.sleep(0.1)
    assert first.poll() is None  # the first window goes on

    first.send_signal(signal.SIGKILL)  # a crash: no clean-up of its own
    first.wait(timeout=10)
    third = start(env, "--state-dir", str(state))  # not blocked by a lock or socket the crash left
    assert third.returncode == 0 and "shown" in third.stdout, third.stderr


def test_practice_mode_and_other_folders_are_not_blocked_by_the_real_window(tmp_path: Path, env, first_window):
    first_window()  # the real window, on the default state folder
    practice = start(env, "--practice")
    assert practice.returncode == 0 and "shown" in practice.stdout, practice.stderr
    other = start(env, "--state-dir", str(tmp_path / "other"))
    assert other.returncode == 0 and "shown" in other.stdout, other.stderr


def saved(folder: Path) -> bytes:
    store = Store(folder)
    store.put("session", {"wizard": {"company": {"name": "例子贸易"}}})
    store.journal_put("members:google", "anna@example.com", "created", "u-1")
    store.close()
    return (folder / DB_NAME).read_bytes()


def left_alone(folder: Path, before: bytes) -> bool:
    """The saved work where it was, as it was, and nothing renamed aside."""
    aside = [p.name for p in folder.iterdir() if p.name.startswith("mailwizard.") and "-20" in p.name]
    return (folder / DB_NAME).read_bytes() == before and aside == []


def test_a_read_only_state_folder_is_explained_not_a_crash(tmp_path: Path, env) -> None:
    state = tmp_path / "state"
    before = saved(state)
    with read_only(state):
        started = start(env, "--state-dir", str(state))
    assert started.returncode == 1 and "shown" not in started.stdout
    assert "Traceback" not in started.stderr
    assert f"MailWizard is not allowed to write in the folder with your saved work, {state}" in started.stderr
    assert left_alone(state, before)


def test_a_full_disk_at_start_is_explained_and_the_work_kept(tmp_path: Path, env) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        state = disk / "state"
        before = saved(state)
        (state / "mailwizard.lock").touch()  # made by an earlier start (a full disk has no room for it)
        fill(disk)
        started = start(env, "--state-dir", str(state))
        assert started.returncode == 1 and "shown" not in started.stdout
        assert "Traceback" not in started.stderr
        assert "The disk with your saved work is full" in started.stderr
        assert left_alone(state, before)
