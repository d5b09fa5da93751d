"""The headless DNS watch never keeps the window from opening: it holds the folder lock for milliseconds with a
note, and the window's start waits those out; a lock held by a window is not waited for."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from mailwizard.app import acquire_waiting_out_the_watch
from mailwizard.core.folder_lock import WATCH_NOTE, AlreadyOpen, FolderLock


def test_a_start_during_the_watchs_milliseconds_waits_and_opens(tmp_path: Path) -> None:
    watch = FolderLock(tmp_path).acquire(note=WATCH_NOTE)
    threading.Timer(0.15, watch.release).start()
    window = FolderLock(tmp_path)
    acquire_waiting_out_the_watch(window)
    window.release()


def test_a_start_while_a_window_has_the_folder_does_not_wait(tmp_path: Path) -> None:
    with FolderLock(tmp_path):
        started = time.monotonic()
        with pytest.raises(AlreadyOpen):
            acquire_waiting_out_the_watch(FolderLock(tmp_path))
        assert time.monotonic() - started < 0.5
