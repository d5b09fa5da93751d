"""Review actions killed mid-way (a crash, a power cut) against Google's fake: the next run settles each one by
reading its account — done, or not done and then sent — so every change is made exactly once and none is left
half-done; undoing after crashes puts back exactly those whose undo data was kept."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from mailwizard.core.providers.google import SCOPES
from mailwizard.core.review.model import REMOVE_ADMIN, SUSPEND, ReviewAction
from mailwizard.sandbox.fake_http import Fault
from tests.servers.google_fake import GoogleFake

ROOT = Path(__file__).resolve().parents[2]
D = "example-corp.com"
ADMIN = f"admin@{D}"
STALL = 0.15  # each suspend's answer comes late: room for a kill between sending and hearing back


def run_worker(google: GoogleFake, state: Path, mode: str, actions: list[ReviewAction], *,
               kill_after_posts: int | None = None, rng: random.Random | None = None) -> list[dict] | None:
    token = google.issue_tokens(list(SCOPES))["access_token"]
    before = threading.active_count()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.review_worker", google.base_url, token, str(state), D, ADMIN, mode,
         *(f"{a.kind}|{a.address}|{a.target}" for a in actions)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    if kill_after_posts is not None:
        deadline = time.monotonic() + 60
        while len(google.review_posts) < kill_after_posts and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, STALL * 1.5) if rng else 0)  # before, during or after the answer
        process.send_signal(signal.SIGKILL)  # no clean-up, no flush: like a crash
        process.wait(10)
        # a request the dead process had sent is handled before the restart (the fake's thread for it ends)
        deadline = time.monotonic() + 10
        while threading.active_count() > before and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)
        return None
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def test_killed_review_actions_settle_to_exactly_once(tmp_path: Path) -> None:
    rng = random.Random(20261203)
    state = tmp_path / "state"
    with GoogleFake(primary_domain=D, admin_email=ADMIN) as google:
        cases = google.seed_review()
        suspended = [cases[c] for c in ("fine", "never", "temporary", "departed", "full", "inactive", "forwarder")]
        role = ReviewAction(REMOVE_ADMIN, cases["helpdesk"], google.role_id("_HELP_DESK_ADMIN_ROLE"))
        actions = [ReviewAction(SUSPEND, a) for a in suspended[:4]] + [role] + [
            ReviewAction(SUSPEND, a) for a in suspended[4:]]
        google.inject(Fault.stall(STALL, times=1000, path="^/admin/directory/v1/users/[^/]+$", method="PUT"))
        for _ in range(3):  # three crashes at random moments
            run_worker(google, state, "act", actions, kill_after_posts=len(google.review_posts) + rng.randint(1, 2),
                       rng=rng)
        assert 0 < len(google.review_posts) < len(actions) + 1
        posts = len(google.review_posts)
        settled = run_worker(google, state, "resume", [])  # at the next start: read, never sent
        assert settled and {h["state"] for h in settled} == {"done"} and len(google.review_posts) == posts
        history = run_worker(google, state, "act", actions)
        assert {h["key"]: h["state"] for h in history} == {a.key: "done" for a in actions}
        puts = Counter(unquote(path.rsplit("/", 1)[-1]) for method, path in google.review_posts if method == "PUT")
        assert puts == Counter(suspended)  # each suspended exactly once, none twice after a crash
        assert all(google.users[a]["suspended"] for a in suspended)
        assert google.assignments_of(cases["helpdesk"]) == []
        assert sum(1 for method, _path in google.review_posts if method == "DELETE") == 1
        posts = len(google.review_posts)
        again = run_worker(google, state, "resume", [])
        assert sorted(again, key=str) == sorted(history, key=str) and len(google.review_posts) == posts
        undoable = {h["key"] for h in history if h["undoable"]}
        assert undoable  # the runs the crashes did not touch kept their undo data

        # undo everything, with a crash in the middle
        sent = len(google.review_posts)
        run_worker(google, state, "undo", actions, kill_after_posts=sent + rng.randint(1, 2), rng=rng)
        after = run_worker(google, state, "undo", actions)
        states = {h["key"]: h["state"] for h in after}
        assert {k for k, s in states.items() if s == "undone"} == undoable
        assert {k for k, s in states.items() if s == "done"} == {a.key for a in actions} - undoable
        unsuspends = Counter(unquote(path.rsplit("/", 1)[-1]) for method, path in google.review_posts[sent:]
                             if method == "PUT")
        back = {a.address for a in actions if a.key in undoable and a.kind == SUSPEND}
        assert unsuspends == Counter(back)  # each put back exactly once
        assert all(google.users[a]["suspended"] is (a not in back) for a in suspended)
