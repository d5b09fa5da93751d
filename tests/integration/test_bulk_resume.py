"""500 members: a run killed at a random moment resumes to exactly 500 accounts; Retry-After is honoured."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import members
from tests.integration.test_microsoft import connect as connect_graph
from tests.servers.google_fake import GoogleFake
from tests.servers.graph_fake import GraphFake

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = "example.com"
SCOPES = ["https://www.googleapis.com/auth/admin.directory.user"]


def run_worker(google: GoogleFake, state: Path, count: int, *, kill_after_posts: int | None = None) -> str:
    token = google.issue_tokens(SCOPES)["access_token"]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.bulk_worker", google.base_url, token, str(state), DOMAIN,
         str(count)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    if kill_after_posts is not None:
        deadline = time.monotonic() + 60
        while google.created_user_posts < kill_after_posts and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)  # no clean-up, no flush: like a crash
        process.wait(10)
        return "killed"
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


def test_killed_runs_resume_to_exactly_500_accounts(tmp_path: Path) -> None:
    rng = random.Random(20261126)
    state = tmp_path / "state"
    with GoogleFake(primary_domain="example-corp.com") as google:
        google._add_domain(DOMAIN, verified=True)
        google.inject(Fault.drop_after(times=5, path="^/admin/directory/v1/users$", method="POST"))
        google.inject(GoogleFake.rate_limit_response(times=5))
        for _ in range(3):  # three crashes at random moments
            run_worker(google, state, 500, kill_after_posts=google.created_user_posts + rng.randint(40, 120))
        assert 0 < google.created_user_posts < 500
        out = run_worker(google, state, 500)
        assert "failed 0" in out
        ours = [u for u in google.users if u.endswith("@" + DOMAIN)]
        assert len(ours) == 500
        assert google.created_user_posts == 500  # none twice
        again = run_worker(google, state, 500)
        assert again.startswith("created 0 skipped 500")
        assert google.created_user_posts == 500


def test_retry_after_is_honoured_and_already_existing_is_handled(graph_world, tmp_path: Path) -> None:
    graph, zone = graph_world
    graph.inject(GraphFake.throttle(times=1, retry_after=1, path="/v1.0/users$", method="POST"))
    store = Store(tmp_path)

    async def scenario():
        _c, provider, _a, _b = await connect_graph(graph)
        try:
            await provider.add_domain(DOMAIN)
            zone.add(DOMAIN, "TXT", f"MS={await provider.verification_value(DOMAIN)}")
            await provider.verify_domain(DOMAIN)
            people = members(DOMAIN, 5)
            await provider.create_user(people[0], None)  # created outside MailWizard's journal
            return await create_accounts(provider, people, store, concurrency=1)
        finally:
            await provider.close()

    report = asyncio.run(scenario())
    posts = [r for r in graph.requests if r.method == "POST" and r.path == "/v1.0/users"]
    throttled_at, next_at = posts[0].received, posts[1].received  # the 429, then the retry
    assert next_at - throttled_at >= 0.95
    assert report.taken == [f"user000@{DOMAIN}"]  # someone else's: reported, not duplicated
    assert len(report.created) == 4
    store.close()
