"""`--self-test --practice`: the packaged app walks practice mode from the first step to the last with no
one at the keyboard — the sandbox's DNS (with propagation), its provider API, its mail server — and prints
one JSON line: the outcome, and (practice values only) every password and token the walk used, so a test
can search the state folder and the logs for them."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import Member

DOMAIN = "example.com"


async def _until(predicate: Callable[[], bool], timeout: float, what: str, problems: list[str]) -> bool:
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return True
        await asyncio.sleep(0.05)
    problems.append(f"timed out: {what}")
    return False


def run_practice_walk(state_dir: Path, lang: str | None, loop: asyncio.AbstractEventLoop) -> int:
    from mailwizard.practice import PracticeSession
    from mailwizard.sandbox.practice import APP_ID, PASSWORD, SECRET

    session = PracticeSession(lang, delays=(0.2, 0.4, 0.6), throttle_every=4, state_dir=state_dir)
    window, sandbox = session.window, session.sandbox
    c = window.controller
    window.show()
    problems: list[str] = []
    used: list[str] = [SECRET, PASSWORD]

    async def walk() -> None:
        if not c.go_next():
            problems.append("could not leave the provider step")
            return
        c.set_company(name="Practice Ltd", contact_name="Wang Fang", contact_email="wangfang@example.org")
        c.set_domain_input(DOMAIN)
        c.check_domain_presence("")
        if not await _until(lambda: c.state.domain_presence is DomainPresence.EXISTS, 5, "domain", problems):
            return
        c.go_next()
        c.connect_app(APP_ID, SECRET, "")
        if not await _until(lambda: bool(c.state.connected_account), 10, "connect", problems):
            return
        c.check_dns_now()
        if not await _until(lambda: c.dns_result is not None, 10, "first DNS check", problems):
            return
        # what the DNS step says to type, and the old MX record deleted, as at the practice DNS host
        rows = [(n, t, v, ttl) for n, t, v, ttl in sandbox.zone.rows() if t == "NS"]
        for item in c.dns_result.plan.items:
            if item.action != "remove" and item.value:
                value = item.value.rstrip(".") + "." if item.rtype in ("MX", "CNAME") else item.value
                rows.append((item.name, item.rtype, value, 300))
        sandbox.zone.replace_all(rows)
        for _ in range(40):
            c.check_dns_now()
            if await _until(lambda: c.state.dns_all_ok, 1, "", []):
                break
        if not c.state.dns_all_ok:
            problems.append("DNS never all right")
            return
        c.go_next()
        c.set_members([Member("张伟", "张", "伟", "zhang.wei", personal_email="zhangwei@example.org"),
                       Member("Anna Chen", "Chen", "Anna", "anna.chen", personal_email="anna@example.org")])
        c.create_members(None)
        if not await _until(lambda: c.state.members_done, 30, "accounts", problems):
            return
        used.extend(c.new_passwords.values())
        c.go_next()
        if c.state.current is not Step.INVITATIONS:
            problems.append(f"at {c.state.current.value}, not invitations")
            return
        runner = window.pages[Step.INVITATIONS].runner
        runner.pace = 0.05
        runner.send()
        if not await _until(lambda: len(sandbox.smtp.messages) == 2, 20, "invitations", problems):
            return
        await _until(c.can_go_next, 5, "after invitations", problems)
        c.go_next()
        if c.state.current is not Step.SUMMARY:
            problems.append(f"ended at {c.state.current.value}")

    with loop:
        try:
            loop.run_until_complete(walk())
        finally:
            used.extend(sandbox.api.issued_tokens())
            session.close()
    print(json.dumps({"practice_walk": "failed" if problems else "ok", "problems": problems,
                      "secrets": sorted(set(used))}, ensure_ascii=False))
    sys.stdout.flush()
    return 1 if problems else 0
