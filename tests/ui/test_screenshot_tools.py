"""The screenshot tools the README names run on a slow machine too (issue 16: tools/screenshots_connect.py read the
verification value after a fixed wait, before the connection had fetched it, and stopped with a KeyError)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# the connect tool, its Google fake answering the verification token 2.5 s late (a busy machine)
SLOW_GOOGLE = """
import sys
sys.path.insert(0, "tools")
from mailwizard.sandbox.fake_http import Fault
from tests.servers import google_fake

started = google_fake.GoogleFake.__enter__

def slow(self):
    fake = started(self)
    fake.inject(Fault.stall(2.5, path="^/siteVerification/v1/token$", method="POST"))
    return fake

google_fake.GoogleFake.__enter__ = slow
import screenshots_connect
screenshots_connect.main()
"""


def test_the_connect_screenshots_wait_for_the_connection_not_a_fixed_time(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "SCREENSHOT_LANGS": "en"}
    done = subprocess.run([sys.executable, "-c", SLOW_GOOGLE, str(tmp_path / "shots")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == [
        "connect-before-en.png", "connect-bound-en.png", "connect-verified-en.png"]


def test_the_screen_reader_transcript_walks_every_page_and_names_what_it_reads(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "SCREENSHOT_LANGS": "zh_TW"}
    done = subprocess.run([sys.executable, "tools/screen_reader_transcript.py", str(tmp_path / "out")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    text = (tmp_path / "out" / "transcript-zh_TW.txt").read_text(encoding="utf-8")
    pages = [line for line in text.splitlines() if line.startswith("==")]
    # after the Summary: the review window's tabs and its confirm, then the moving and signature windows' tabs
    assert pages[pages.index("== summary ==") + 1:] == [
        "== review ==", "== review, all accounts ==", "== review, mail records ==", "== review, report ==",
        "== review confirm ==", "== moving, old service ==", "== moving, people ==", "== moving, copy ==",
        "== moving, switching ==", "== signatures, design ==", "== signatures, put in place ==",
        "== signatures, auto-reply =="]
    assert "ProgressBar: 已建立的帳號" in text  # the Members step's progress, named in the user's language
    assert "Cell: 語言: 繁體中文" in text  # a combo box in a cell reads out its choice
