"""A separate process that makes the members, their aliases and the shared addresses as the window does — a session
connected with the app's ID and secret, the member list and the shared addresses set, Create — so a test can kill it
at any moment (as a crash or a power cut would) and check that the next run makes nothing twice and forgets nothing.

    python -m tests.integration.shared_worker PROVIDER_ID BASE_URL STATE_DIR

The last line is a JSON summary: the shared step's statuses, delivery check and done(), and the final report's
refused problems and failures.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import AppSecret, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.members import CREATE_TASK
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.shared_events import SharedFinished
from mailwizard.core.store import Store
from tests.integration.shared_cases import APP_ID, DOMAIN, MEMBERS, SECRET, SHARED

FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)


async def main(provider_id: str, base_url: str, state_dir: str) -> None:
    endpoints = Endpoints(GoogleEndpoints.at(base_url), GraphEndpoints.at(base_url), tencent_base=base_url,
                          alibaba_base=base_url)
    connections = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
    seen: list = []
    session = Session(Store(Path(state_dir)), load_catalogue(), LoopRunner(), frozenset(Step),
                      connections=connections, emit=seen.append, call_later=lambda _d, save: save())
    provider, account = await connections.connect_app(provider_id, AppSecret(APP_ID, SECRET))
    try:
        session.update(provider_id=provider_id, domain=DOMAIN, connected_account=account.email)
        session.provider.api = provider
        session.members.set_members(list(MEMBERS))
        session.shared.set_addresses(list(SHARED))
        session.members.create(None)
        for _ in range(6000):
            await asyncio.sleep(0.02)
            if not session.runner.is_running(CREATE_TASK):
                break
        reports = [e.report for e in seen if isinstance(e, SharedFinished)]
        report = reports[-1] if reports else None
        print(json.dumps({
            "statuses": {k: list(v) for k, v in session.shared.statuses().items()},
            "delivery": {k: list(v) for k, v in session.shared.delivery().items()},
            "done": session.shared.done(),
            "members": {k: v[0] for k, v in session.members.statuses().items()},
            "refused": [[p.subject, p.key, p.params] for p in (report.refused if report else [])],
            "failed": report.failed if report else None,
        }, ensure_ascii=False), flush=True)
    finally:
        session.runner.cancel_all()
        await provider.close()
        session.shutdown()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
