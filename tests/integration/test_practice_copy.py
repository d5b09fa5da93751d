"""Practice mode's mail servers (sandbox/practice_imap.py) with the copy engine and the session, as practice wires
them (PracticeSurroundings): every old message arrives once — also across a stop in the middle and a start again —,
the new mailboxes take only the practice console's accounts with their passwords, and the servers answer as
strictly as a real one (BAD for what they do not know, MULTIAPPEND all or none)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.migration import copy as copy_module
from mailwizard.core.migration.imap import ImapClient, Literal, quote
from mailwizard.core.migration.utf7 import encode
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.migration import DONE, MemberCopy
from mailwizard.core.session.migration_events import CopyFailed, CopyFinished, CopyProgress, MemberCopied
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from mailwizard.sandbox.practice import PracticeSandbox
from mailwizard.sandbox.practice_mailboxes import MESSAGES
from mailwizard.sandbox.practice_smtp import client_context
from mailwizard.sandbox.practice_surroundings import OLD_DOMAIN, PracticeSurroundings

pytestmark = pytest.mark.timeout(120)
FOLDER_MAP = {"已发送": "Sent", "草稿箱": "Drafts", "已删除": "Trash", "垃圾邮件": "Junk"}
NEW_PW = "Practice-New-7x"


@pytest.fixture
def sandbox():
    box = PracticeSandbox(delays=(0.1,), throttle_every=None).start()
    box.use_domain("example.com", "Practice Trading Ltd.")
    try:
        yield box
    finally:
        box.stop()


def add_accounts(box: PracticeSandbox, count: int) -> list[MemberCopy]:
    members = []
    for i in range(count):
        address = f"p{i}@example.com"
        with box.api.lock:  # as the practice console's "create account" makes it
            box.api._new_user({"email": address, "name": f"Person {i}"}, NEW_PW + str(i))
        members.append(MemberCopy(address, address, f"p{i}@{OLD_DOMAIN}"))
    return members


def make_session(state: Path, seen: list, box: PracticeSandbox) -> Session:
    return Session(Store(state), load_catalogue(practice=True), LoopRunner(), frozenset(Step), emit=seen.append,
                   call_later=lambda _d, save: save(), surroundings=PracticeSurroundings(box),
                   connections=Connections(MemoryStore(), Endpoints.real()))


def give_passwords(s: Session, members: list[MemberCopy]) -> None:
    for i, m in enumerate(members):
        s.migration.set_password("source", m.source_login, "anything works")
        s.migration.set_password("target", m.address, NEW_PW + str(i))


def expected(box: PracticeSandbox, login: str) -> dict[str, Counter]:
    return {FOLDER_MAP.get(f, f): Counter(msgs) for f, msgs in box.old_imap.messages(login).items()}


def held(box: PracticeSandbox, address: str) -> dict[str, Counter]:
    return {f: Counter(msgs) for f, msgs in box.new_imap.messages(address).items()}


def count(box: PracticeSandbox, address: str) -> int:
    return sum(len(v) for v in box.new_imap.messages(address).values())


async def until_finished(seen: list, timeout: float = 60) -> CopyFinished:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [e for e in seen if isinstance(e, CopyFinished)]
        if done:
            return done[-1]
        await asyncio.sleep(0.005)
    raise AssertionError("the copy did not finish")


def of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def test_the_practice_copy_arrives_once_across_a_stop_and_a_start(sandbox, tmp_path: Path, monkeypatch) -> None:
    members = add_accounts(sandbox, 3)
    monkeypatch.setattr(copy_module, "BATCH_MESSAGES", 2)  # many small batches: the stop comes between two
    seen: list = []
    s = make_session(tmp_path / "state", seen, sandbox)
    source = s.migration_prep.source("practice").server  # the practice old server, as the window offers it
    assert (source.host, source.port) == ("127.0.0.1", sandbox.old_imap.port)
    assert s.migration.target() == ("127.0.0.1", sandbox.new_imap.port)
    total = len(members) * MESSAGES
    stopped: list[int] = []

    async def go() -> None:
        give_passwords(s, members)
        s.migration.start(source, members)
        while sum(count(sandbox, m.address) for m in members) < 12:
            await asyncio.sleep(0.001)
        s.migration.cancel()  # APPENDs on their way: a new run waits for them, then carries on
        await until_finished(seen)
        stopped_at = -1  # the stopped run's last APPENDs may still land: counted once the new mailboxes are still
        while stopped_at != (stopped_at := sum(count(sandbox, m.address) for m in members)):
            await asyncio.sleep(0.3)
        assert 12 <= stopped_at < total, stopped_at
        stopped.append(stopped_at)
        seen.clear()
        give_passwords(s, members)
        s.migration.start(source, members)
        finished = await until_finished(seen)
        assert {a: st.state for a, st in finished.summary.items()} == {m.address: DONE for m in members}

    asyncio.run(go())
    assert of(seen, CopyFailed) == []
    for m in members:
        assert held(sandbox, m.address) == expected(sandbox, m.source_login), m.address  # each message once
    assert sum(e.copied for e in of(seen, MemberCopied)) == total - stopped[0]  # sent again: none
    assert of(seen, CopyProgress)[-1].total == MESSAGES

    seen.clear()  # a rerun: nothing is sent again
    asyncio.run(_rerun(s, seen, source, members))
    assert [(e.copied, e.skipped) for e in of(seen, MemberCopied)] == [(0, 0)] * len(members)
    assert all(count(sandbox, m.address) == MESSAGES for m in members)


async def _rerun(s: Session, seen: list, source, members: list[MemberCopy]) -> None:
    give_passwords(s, members)
    s.migration.start(source, members)
    await until_finished(seen)


def test_the_new_mailboxes_take_only_the_consoles_accounts_and_their_passwords(sandbox, tmp_path: Path) -> None:
    members = add_accounts(sandbox, 1)
    seen: list = []
    s = make_session(tmp_path / "state", seen, sandbox)
    source = s.migration_prep.source("practice").server

    async def go() -> None:
        s.migration.set_password("source", members[0].source_login, "x")
        s.migration.set_password("target", members[0].address, "not-its-password")
        s.migration.start(source, members)
        await until_finished(seen)

    asyncio.run(go())
    assert [e.problem for e in of(seen, CopyFailed)] == ["migration.target_bad_password"]
    assert count(sandbox, members[0].address) == 0


def test_the_practice_server_answers_as_strictly_as_a_real_one(sandbox) -> None:
    add_accounts(sandbox, 1)
    sandbox.new_imap.max_message = 2000

    async def go() -> None:
        client = await ImapClient.connect("127.0.0.1", sandbox.new_imap.port, "ssl", side="target",
                                          context=client_context())
        assert {"MULTIAPPEND", "LITERAL+", "AUTH=PLAIN", "SPECIAL-USE"} <= client.capabilities
        assert (await client.command(b'SELECT "INBOX"', check=False)).status == "BAD"  # not signed in yet
        await client.login("p0@example.com", NEW_PW + "0")
        assert (await client.command(b"UID EXPUNGE 1", check=False)).status == "BAD"  # not something it knows
        small, big = b"Subject: a\r\n\r\nsmall\r\n", b"Subject: b\r\n\r\n" + b"x" * 3000 + b"\r\n"
        both = await client.command(b'APPEND "INBOX"', b" () ", Literal(small), b" () ", Literal(big), check=False)
        assert both.status == "NO" and "[LIMIT]" in both.text  # MULTIAPPEND: all or none
        assert (await client.command(b'APPEND "INBOX" (\\Bogus)', Literal(small), check=False)).status == "BAD"
        assert (await client.command(b'APPEND "Nowhere"', Literal(small), check=False)).text.startswith(
            "[TRYCREATE]")
        assert (await client.command(b'APPEND "INBOX" (\\Seen) "1-Jan-2026 08:00:00 +0800"',
                                     Literal(small))).status == "OK"
        reply = await client.command(b'STATUS "INBOX" (MESSAGES UIDNEXT)')
        assert reply.untagged[0][3] == [b"MESSAGES", b"1", b"UIDNEXT", b"2"]
        await client.command(b"CREATE " + quote(encode("客户/台北")))
        listed = await client.command(b'LIST "" "*"')
        assert [b"\\HasNoChildren", b"\\Sent"] in [u[2] for u in listed.untagged]
        assert encode("客户/台北").encode() in [u[4] for u in listed.untagged]
        await client.logout()
        wrong = await ImapClient.connect("127.0.0.1", sandbox.new_imap.port, "ssl", side="target",
                                         context=client_context())
        with pytest.raises(Exception, match="AUTHENTICATIONFAILED"):
            await wrong.login("p0@example.com", "wrong")
        wrong.close()

    asyncio.run(go())
    assert [(f, d) for f, d, _raw in sandbox.new_imap.messages("p0@example.com")["INBOX"]] == \
        [(frozenset({"\\Seen"}), "1-Jan-2026 08:00:00 +0800")]
