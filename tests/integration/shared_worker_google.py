"""A separate process that creates the members, the shared addresses and the aliases through the session as the
window does (session.members.create: the accounts, then session.shared in the same task), against Google's or
Microsoft's fake, so a test can kill it at any moment (as a crash or a power cut would) and check that the next run
makes nothing twice and forgets nothing.

    python -m tests.integration.shared_worker_google PROVIDER BASE_URL TOKEN STATE_DIR DOMAIN ADMIN COUNT

The member list (COUNT members, the first ten with an alias each) and five shared addresses are set the same way
on every run, as the saved session would give them back. The last line is JSON: the shared report and statuses.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import ORIGIN_COMMON, ORIGIN_DEPARTMENT, SharedAddress
from mailwizard.core.providers.auth import TokenSession
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store

DEPARTMENTS = ("Sales", "Finance", "Support")
POLICY = RetryPolicy(attempts=6, base_delay=0.01, max_delay=0.05)


def member_list(count: int) -> list[Member]:
    people = []
    for i in range(count):
        department = DEPARTMENTS[i % len(DEPARTMENTS)]
        people.append(Member(f"Given{i} Family{i}", f"Family{i}", f"Given{i}", f"user{i:03d}", department=department,
                             aliases=f"nick{i:03d}" if i < 10 else ""))
    return people


def shared_list(count: int) -> list[SharedAddress]:
    everyone = tuple(f"user{i:03d}" for i in range(count))
    by = {d: tuple(f"user{i:03d}" for i in range(count) if DEPARTMENTS[i % len(DEPARTMENTS)] == d)
          for d in DEPARTMENTS}
    return [SharedAddress("info", "Info", everyone[:3], ORIGIN_COMMON, "info", outside=True),
            SharedAddress("hr", "HR", everyone[3:5], ORIGIN_COMMON, "hr", outside=False),
            *(SharedAddress(d.lower(), d, by[d], ORIGIN_DEPARTMENT, d, outside=d != "Finance") for d in DEPARTMENTS)]


def provider_for(kind: str, base_url: str, token: str):
    if kind == "google":
        from mailwizard.core.providers.google import GoogleEndpoints, GoogleProvider

        endpoints = GoogleEndpoints.at(base_url)
        tokens = TokenSession(endpoints.oauth, "test-client-id", {"access_token": token, "expires_in": 3600})
        return GoogleProvider(tokens, endpoints, policy=POLICY, rate=None)
    from mailwizard.core.providers.microsoft import GraphEndpoints, MicrosoftProvider

    endpoints = GraphEndpoints.at(base_url)
    tokens = TokenSession(endpoints.oauth, "test-client-id", {"access_token": token, "expires_in": 3600})
    return MicrosoftProvider(tokens, endpoints, policy=POLICY, rate=None)


async def main(kind: str, base_url: str, token: str, state_dir: str, domain: str, admin: str, count: int) -> None:
    provider = provider_for(kind, base_url, token)
    finished: list = []

    def seen(event) -> None:
        if type(event).__name__ == "SharedFinished":
            finished.append(event)

    session = Session(Store(Path(state_dir)), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen)
    session.update(provider_id=kind, domain=domain, connected_account=admin)
    session.provider.api = provider
    session.members.set_members(member_list(count))
    session.shared.set_addresses(shared_list(count))
    try:
        session.members.create(None)
        await session.runner.idle()
        report = finished[-1].report if finished else None
        print(json.dumps({
            "report": None if report is None else {
                "created": len(report.created), "skipped": len(report.skipped), "failed": report.failed,
                "taken": report.taken, "refused": [p.key for p in report.refused]},
            "statuses": {k: v[0] for k, v in session.shared.statuses().items()},
            "delivery": {k: list(v) for k, v in session.shared.delivery().items()},
            "done": session.shared.done()}), flush=True)
    finally:
        await provider.close()
        session.shutdown()


if __name__ == "__main__":
    kind, base, token, state, domain, admin, count = sys.argv[1:8]
    asyncio.run(main(kind, base, token, state, domain, admin, int(count)))
