"""Creating 1,000 accounts: as fast as the provider's rate limit allows, without freezing the window.

Run: python benchmarks/bulk_create.py (after the test install). A loopback Google Directory fake
answers after 20 ms and allows 100 requests per second (past that: 403 userRateLimitExceeded, as
Google does). The floor is 1,000 / 100 = 10 s; target: ratio <= 1.15. Meanwhile a 10 ms Qt timer
measures the longest stall of the Qt event loop the run runs on (qasync); target <= 50 ms.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.providers.auth import TokenSession
from mailwizard.core.providers.google import GoogleEndpoints, GoogleProvider
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.store import Store
from tests.integration.provider_helpers import members
from tests.servers.google_fake import GoogleFake

COUNT, LATENCY, LIMIT = 1000, 0.020, 100


def main() -> None:
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    stalls: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        stalls.append((now - last[0]) * 1000 - 10)
        last[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(beat)

    # The fake provider runs in its own process, as a real one runs on its own machine: its threads
    # must not compete with the app for this process's interpreter lock.
    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=Path(__file__).resolve().parent.parent)
    base_url, token = server.stdout.readline().split()
    with tempfile.TemporaryDirectory() as tmp:
        endpoints = GoogleEndpoints.at(base_url)
        session = TokenSession(endpoints.oauth, "test-client-id", {"access_token": token, "expires_in": 3600})
        # the client's own limiter is set to the provider's documented rate, here the fake's
        provider = GoogleProvider(session, endpoints, policy=RetryPolicy(base_delay=0.2), rate=LIMIT)
        store = Store(Path(tmp))

        async def run() -> tuple[float, int]:
            heartbeat.start()
            last[0] = time.perf_counter()
            start = time.perf_counter()
            report = await create_accounts(provider, members("example.com", COUNT), store)  # the app's default
            wall = time.perf_counter() - start
            heartbeat.stop()
            await provider.close()
            return wall, len(report.created)

        with loop:
            wall, created = loop.run_until_complete(run())
        store.close()
    server.stdin.write("stats\n")
    server.stdin.flush()
    throttled, posts = (int(x) for x in server.stdout.readline().split())
    server.stdin.close()
    server.wait(10)
    assert posts == created, "every account created exactly once"
    floor = COUNT / LIMIT
    max_stall = max(stalls[1:] or [0.0])
    print(f"{created} accounts in {wall:.2f} s (floor {floor:.0f} s, {throttled} answers throttled); "
          f"longest event-loop stall {max_stall:.1f} ms")
    print(json.dumps({"benchmark": "bulk_create", "wall_s": round(wall, 3), "ratio": round(wall / floor, 3),
                      "max_stall_ms": round(max_stall, 1), "created": created, "target_ratio": 1.15,
                      "target_stall_ms": 50}))


def serve() -> None:
    with GoogleFake(primary_domain="example-corp.com") as google:
        google._add_domain("example.com", verified=True)
        google.latency, google.limit_per_second = LATENCY, LIMIT
        token = google.issue_tokens(["https://www.googleapis.com/auth/admin.directory.user"])["access_token"]
        print(google.base_url, token, flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                print(getattr(google, "throttled_count", 0), google.created_user_posts, flush=True)


if __name__ == "__main__":
    serve() if sys.argv[1:] == ["--serve"] else main()
