"""What the shared-address integration tests share: a company of 50 members in four departments, 10 of them with an
alias, and 5 shared addresses — the data the worker (tests/integration/shared_worker.py) builds its session with, and
what the tests expect back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import ORIGIN_COMMON, ORIGIN_DEPARTMENT, SharedAddress

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = "example.com"
APP_ID, SECRET = "test-app-id", "test-secret-Xy7"
DEPARTMENTS = ("销售部", "人事部", "技术部", "Support")
SURNAMES = "王李张刘陈杨黄赵吴周"


def _member(i: int) -> Member:
    family, given = SURNAMES[i % 10], f"员{i:02d}"
    aliases = f"alias{i:02d}, a{i:02d}.other" if i < 5 else ""  # 10 aliases: two each for the first five
    return Member(f"{family}{given}", family, given, f"member{i:02d}", department=DEPARTMENTS[i % 4],
                  aliases=aliases)


MEMBERS = [_member(i) for i in range(50)]
ALIASES = sorted(f"{a.strip()}@{DOMAIN}" for m in MEMBERS for a in m.aliases.split(",") if a.strip())


def _of(department: str) -> tuple[str, ...]:
    return tuple(m.local_part for m in MEMBERS if m.department == department)


SHARED = [
    SharedAddress("info", "Info", ("member00", "member01"), ORIGIN_COMMON, "info", outside=True),
    SharedAddress("sales", "销售部", _of("销售部"), ORIGIN_DEPARTMENT, "销售部", outside=True),
    SharedAddress("hr", "人事部", _of("人事部"), ORIGIN_DEPARTMENT, "人事部", outside=False),
    SharedAddress("tech", "技术部", _of("技术部"), ORIGIN_DEPARTMENT, "技术部", outside=False),
    SharedAddress("support", "Support", _of("Support"), ORIGIN_DEPARTMENT, "Support", outside=True),
]
GROUPS = {f"{s.local_part}@{DOMAIN}": sorted(f"{r}@{DOMAIN}" for r in s.recipients) for s in SHARED}


def run_worker(provider_id: str, base_url: str, state: Path, *, kill_when: Callable[[], bool] | None = None,
               timeout: float = 120) -> dict | None:
    """The worker, to its end (its JSON summary), or killed (SIGKILL: no clean-up, as a crash) once ``kill_when()``
    holds (None then)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.shared_worker", provider_id, base_url, str(state)], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if kill_when is not None:
        deadline = time.monotonic() + timeout
        while not kill_when() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
        return None
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])
