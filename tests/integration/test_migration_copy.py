"""Moving the old mail in, end to end against two real Dovecot servers on loopback (tests/servers/dovecot.py):
every message copied once with its bytes, flags and date, folders mapped (Chinese names, special use), the old
server left exactly as it was; a repeated copy, a lost answer and a kill mid-copy never duplicate; a bad password,
a server without TLS and a full mailbox each stop with a clear message and lose nothing."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import ssl
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.migration import copy as copy_module
from mailwizard.core.migration import imap as imap_module
from mailwizard.core.migration.imap import ConnectionLost, ImapClient
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.migration import DONE, FAILED, PLAN_KEY, MemberCopy, SourceServer, secret_name
from mailwizard.core.session.migration_events import CopyFailed, CopyFinished, CopyProgress, MemberCopied
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from tests.servers.dovecot import TARGET_SPECIAL, LoopbackDovecot, seed_mailbox, skip_unless_dovecot

pytestmark = pytest.mark.timeout(240)
FOLDER_MAP = {"已发送": "Sent", "草稿箱": "Drafts", "已删除": "Trash", "垃圾邮件": "Junk"}
OLD_PW, NEW_PW = "old-Secret-7", "new-Secret-9"


@pytest.fixture
def servers():
    skip_unless_dovecot()
    with LoopbackDovecot() as old, LoopbackDovecot(special=TARGET_SPECIAL) as new:
        yield old, new


def trust(*servers: LoopbackDovecot) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(servers[0].ca_file))
    for s in servers[1:]:
        context.load_verify_locations(cafile=str(s.ca_file))
    return context


def add_members(old: LoopbackDovecot, new: LoopbackDovecot, count: int, per_member: int, *,
                quota: int | None = None) -> list[MemberCopy]:
    members = []
    for i in range(count):
        who = f"user{i}"
        old.add_user(f"{who}@old.example", OLD_PW + who, folders=seed_mailbox(per_member, who=who))
        new.add_user(f"{who}@new.example", NEW_PW + who, quota=quota)
        members.append(MemberCopy(f"{who}@new.example", f"{who}@new.example", f"{who}@old.example"))
    return members


def make_session(state: Path, seen: list, old: LoopbackDovecot, new: LoopbackDovecot,
                 secrets: MemoryStore | None = None) -> Session:
    s = Session(Store(state), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                call_later=lambda _d, save: save(), connections=Connections(secrets or MemoryStore(), Endpoints.real()))
    s.migration.target_server = ("127.0.0.1", new.port)
    context = trust(old, new)
    s.migration.tls_context = lambda: context
    return s


def give_passwords(s: Session, members: list[MemberCopy]) -> None:
    for m in members:
        who = m.address.split("@")[0]
        s.migration.set_password("source", m.source_login, OLD_PW + who)
        s.migration.set_password("target", m.address, NEW_PW + who)


async def until_finished(seen: list, timeout: float = 180) -> CopyFinished:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [e for e in seen if isinstance(e, CopyFinished)]
        if done:
            return done[-1]
        await asyncio.sleep(0.02)
    raise AssertionError("the copy did not finish")


def of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def expected(old: LoopbackDovecot, login: str) -> dict[str, Counter]:
    """The old mailbox as the new one should hold it: folders renamed, each message (flags, date, bytes)."""
    return {FOLDER_MAP.get(f, f): Counter(msgs) for f, msgs in old.messages(login).items()}


def held(new: LoopbackDovecot, address: str) -> dict[str, Counter]:
    return {f: Counter(msgs) for f, msgs in new.messages(address).items()}


def run_copy(s: Session, seen: list, source: SourceServer, members: list[MemberCopy]) -> CopyFinished:
    async def go() -> CopyFinished:
        give_passwords(s, members)
        s.migration.start(source, members)
        return await until_finished(seen)

    return asyncio.run(go())


def test_2000_messages_for_5_members_arrive_identical_once(servers, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    old, new = servers
    members = add_members(old, new, 5, 400)
    old.start()
    new.start()
    before = {m.source_login: old.messages(m.source_login) for m in members}
    seen: list = []
    secrets = MemoryStore()
    s = make_session(tmp_path / "state", seen, old, new, secrets)
    source = SourceServer("127.0.0.1", old.port, "ssl")
    finished = run_copy(s, seen, source, members)

    assert of(seen, CopyFailed) == []
    assert {a: st.state for a, st in finished.summary.items()} == {m.address: DONE for m in members}
    assert sorted((e.address, e.copied, e.skipped) for e in of(seen, MemberCopied)) == \
        [(m.address, 400, 0) for m in members]
    for m in members:
        assert held(new, m.address) == expected(old, m.source_login), m.address
        assert old.messages(m.source_login) == before[m.source_login]  # not a flag changed on the old server
    progress = of(seen, CopyProgress)
    assert progress and progress[-1].total == 400 and all(0 <= e.done <= e.total for e in progress)
    names = {secret_name(k, n) for m in members for k, n in (("source", m.source_login), ("target", m.address))}
    assert not names & set(secrets.values)  # the passwords went once the copy was complete
    s.store.close()  # the secret scan: no password in the store (the journal and the plan included)
    stored = b"".join(p.read_bytes() for p in (tmp_path / "state").iterdir() if p.is_file())
    assert stored and OLD_PW.encode() not in stored and NEW_PW.encode() not in stored
    assert caplog.records and OLD_PW not in caplog.text and NEW_PW not in caplog.text  # nor in the log
    s = make_session(tmp_path / "state", seen, old, new)

    # the same copy again: everything is in the journal, nothing is sent
    seen.clear()
    finished = run_copy(s, seen, source, members)
    assert sorted((e.copied, e.skipped) for e in of(seen, MemberCopied)) == [(0, 0)] * 5
    # and with the journal forgotten (another computer, a start over): every message is found there, none sent
    seen2: list = []
    s2 = make_session(tmp_path / "other", seen2, old, new)
    run_copy(s2, seen2, source, members[:2])
    assert sorted((e.copied, e.skipped) for e in of(seen2, MemberCopied)) == [(0, 400)] * 2
    for m in members:
        assert held(new, m.address) == expected(old, m.source_login), m.address


@pytest.mark.parametrize("multiappend", [True, False])
def test_a_lost_answer_is_settled_by_looking_not_by_sending_again(servers, tmp_path: Path, monkeypatch,
                                                                   multiappend: bool) -> None:
    old, new = servers
    members = add_members(old, new, 1, 300)
    old.start()
    new.start()
    real_send, real_capability = ImapClient._send, ImapClient.capability
    lost = {"n": 0}

    async def flaky(self, parts):
        tag = await real_send(self, parts)
        if parts[0].startswith(b"APPEND") and self.side == "target" and lost["n"] < 3:
            lost["n"] += 1
            await asyncio.sleep(0.2)  # the server takes the message in; its answer never arrives
            self.close()
            raise ConnectionLost("line dropped", "target")
        return tag

    async def without_multiappend(self):
        await real_capability(self)
        self.capabilities -= {"MULTIAPPEND"}

    monkeypatch.setattr(ImapClient, "_send", flaky)
    if not multiappend:  # pipelined APPENDs instead (LITERAL+)
        monkeypatch.setattr(ImapClient, "capability", without_multiappend)
    monkeypatch.setattr(copy_module, "BATCH_MESSAGES", 25)
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    run_copy(s, seen, SourceServer("127.0.0.1", old.port, "ssl"), members)
    assert of(seen, CopyFailed) == []
    assert lost["n"] == 3
    [done] = of(seen, MemberCopied)
    assert (done.copied, done.skipped) == ((225, 75) if multiappend else (297, 3))
    assert held(new, members[0].address) == expected(old, members[0].source_login)


def test_a_line_that_keeps_dropping_stops_with_a_clear_message_and_loses_nothing(servers, tmp_path: Path,
                                                                                monkeypatch) -> None:
    old, new = servers
    members = add_members(old, new, 1, 100)
    old.start()
    new.start()
    real_send = ImapClient._send

    async def dropping(self, parts):
        if parts[0].startswith(b"APPEND"):  # the line drops before the message leaves
            self.close()
            raise ConnectionLost("line dropped", "target")
        return await real_send(self, parts)

    monkeypatch.setattr(ImapClient, "_send", dropping)
    monkeypatch.setattr(copy_module, "BATCH_MESSAGES", 500)  # one batch per folder: no progress between drops
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    source = SourceServer("127.0.0.1", old.port, "ssl")
    run_copy(s, seen, source, members)
    assert [e.problem for e in of(seen, CopyFailed)] == ["migration.connection_lost"]

    monkeypatch.setattr(ImapClient, "_send", real_send)  # the line holds again: the copy is finished, once
    seen.clear()
    run_copy(s, seen, source, members)
    assert of(seen, CopyFailed) == []
    assert held(new, members[0].address) == expected(old, members[0].source_login)


KILLED = """
import asyncio, ssl, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from mailwizard.core.migration import copy as c
c.BATCH_MESSAGES = 10
from tests.integration.test_migration_copy import make_session_for_child
asyncio.run(make_session_for_child({state!r}, {old_ca!r}, {new_ca!r}, {old_port}, {new_port}))
"""


async def make_session_for_child(state: str, old_ca: str, new_ca: str, old_port: int, new_port: int) -> None:
    """The copy in a child process that the test kills part-way through."""
    context = ssl.create_default_context(cafile=old_ca)
    context.load_verify_locations(cafile=new_ca)
    s = Session(Store(Path(state)), load_catalogue(), LoopRunner(), frozenset(Step),
                call_later=lambda _d, save: save(), connections=Connections(MemoryStore(), Endpoints.real()))
    s.migration.target_server = ("127.0.0.1", new_port)
    s.migration.tls_context = lambda: context
    s.migration.folders_at_once = 2
    members = [MemberCopy("user0@new.example", "user0@new.example", "user0@old.example")]
    give_passwords(s, members)
    s.migration.start(SourceServer("127.0.0.1", old_port, "ssl"), members)
    await asyncio.sleep(600)


def test_a_kill_mid_copy_then_resume_gives_no_duplicate(servers, tmp_path: Path) -> None:
    old, new = servers
    members = add_members(old, new, 1, 1500)
    old.start()
    new.start()
    state = tmp_path / "state"
    root = str(Path(__file__).resolve().parents[2])
    script = KILLED.format(root=root, state=str(state), old_ca=str(old.ca_file), new_ca=str(new.ca_file),
                           old_port=old.port, new_port=new.port)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=root, env={**os.environ, "PYTHONPATH": root})
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # killed once part of the mail is in
            got = sum(len(v) for v in new.messages("user0@new.example").values())
            if got >= 200:
                break
            assert child.poll() is None, "the child copy ended before it was killed"
            time.sleep(0.01)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    part = sum(len(v) for v in new.messages("user0@new.example").values())
    assert 0 < part < 1500, part

    seen: list = []
    s = make_session(state, seen, old, new)
    assert s.migration.status()["user0@new.example"].state == "waiting"  # killed while copying: it waits

    async def go() -> None:
        give_passwords(s, members)
        s.migration.resume()
        await until_finished(seen)

    asyncio.run(go())
    assert of(seen, CopyFailed) == []
    [done] = of(seen, MemberCopied)
    assert held(new, "user0@new.example") == expected(old, "user0@old.example")
    assert done.copied < 1500


def test_a_bad_password_stops_with_a_clear_message(servers, tmp_path: Path) -> None:
    old, new = servers
    members = add_members(old, new, 2, 30)
    old.start()
    new.start()
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)

    async def go() -> None:
        give_passwords(s, members)
        s.migration.set_password("source", members[0].source_login, "wrong")
        s.migration.set_password("target", members[1].address, "wrong too")
        s.migration.start(SourceServer("127.0.0.1", old.port, "ssl"), members)
        await until_finished(seen)

    asyncio.run(go())
    failed = {e.address: e.problem for e in of(seen, CopyFailed)}
    assert failed == {members[0].address: "migration.source_bad_password",
                      members[1].address: "migration.target_bad_password"}
    assert all("wrong" not in e.detail for e in of(seen, CopyFailed))
    assert {a: st.state for a, st in s.migration.status().items()} == dict.fromkeys(failed, FAILED)
    for m in members:
        assert sum(len(v) for v in new.messages(m.address).values()) == 0


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_a_server_without_tls_never_gets_the_password(tmp_path: Path, security: str) -> None:
    skip_unless_dovecot()
    with LoopbackDovecot(tls=False) as old, LoopbackDovecot(special=TARGET_SPECIAL) as new:
        members = add_members(old, new, 1, 10)
        old.start()
        new.start()
        seen: list = []
        s = make_session(tmp_path / "state", seen, old, new)
        run_copy(s, seen, SourceServer("127.0.0.1", old.port, security), members)
        assert [(e.address, e.problem) for e in of(seen, CopyFailed)] == \
            [(members[0].address, "migration.source_no_tls")]
        assert "Login:" not in old.log() and "auth failed" not in old.log()
        assert sum(len(v) for v in new.messages(members[0].address).values()) == 0


def test_starttls_works_and_an_untrusted_certificate_gets_nothing(servers, tmp_path: Path) -> None:
    old, new = servers
    members = add_members(old, new, 1, 20)
    old.start()
    new.start()
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    run_copy(s, seen, SourceServer("127.0.0.1", old.imap_port, "starttls"), members)  # STARTTLS, then sign-in
    assert of(seen, CopyFailed) == [] and held(new, members[0].address) == expected(old, members[0].source_login)

    seen.clear()
    s.migration.tls_context = ssl.create_default_context  # the system's trust only: the test CA is unknown
    run_copy(s, seen, SourceServer("127.0.0.1", old.port, "ssl"), members)
    assert [e.problem for e in of(seen, CopyFailed)] == ["migration.source_untrusted"]


def test_a_full_mailbox_stops_the_copy_and_loses_nothing(servers, tmp_path: Path) -> None:
    old, new = servers
    members = add_members(old, new, 1, 300, quota=40_000)
    old.start()
    new.start()
    before = old.messages(members[0].source_login)
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    source = SourceServer("127.0.0.1", old.port, "ssl")
    run_copy(s, seen, source, members)
    [failed] = of(seen, CopyFailed)
    assert failed.problem == "migration.target_full"
    assert old.messages(members[0].source_login) == before
    part = sum(len(v) for v in new.messages(members[0].address).values())
    assert part < 300

    new.add_user(members[0].address, NEW_PW + "user0", quota=10_000_000)  # more storage given in the console
    seen.clear()
    run_copy(s, seen, source, members)
    assert of(seen, CopyFailed) == []
    assert held(new, members[0].address) == expected(old, members[0].source_login)


@pytest.mark.parametrize("multiappend", [True, False])
def test_a_message_too_big_for_the_new_server_is_told_and_the_rest_copied(tmp_path: Path, monkeypatch,
                                                                         multiappend: bool) -> None:
    skip_unless_dovecot()
    if not multiappend:
        real = ImapClient.capability

        async def without_multiappend(self):
            await real(self)
            self.capabilities -= {"MULTIAPPEND"}

        monkeypatch.setattr(ImapClient, "capability", without_multiappend)
    with LoopbackDovecot() as old, LoopbackDovecot(special=TARGET_SPECIAL, max_mail_size=3000) as new:
        members = add_members(old, new, 1, 300)  # every 50th message is ~4,000 bytes: 6 of them
        old.start()
        new.start()
        seen: list = []
        s = make_session(tmp_path / "state", seen, old, new)
        run_copy(s, seen, SourceServer("127.0.0.1", old.port, "ssl"), members)
        [failed] = of(seen, CopyFailed)
        assert failed.problem == "migration.some_refused" and failed.detail.startswith("6 refused: [LIMIT]")
        small = {f: Counter({m: n for m, n in c.items() if len(m[2]) < 3000})
                 for f, c in expected(old, members[0].source_login).items()}
        assert held(new, members[0].address) == small
        address = members[0].address
        big = sorted((f, raw) for f, msgs in old.messages(members[0].source_login).items()
                     for _flags, _date, raw in msgs if len(raw) >= 3000)
        refused = s.migration.refused(address)  # journalled: the window lists them, even after a restart
        assert len(refused) == 6 and all(r.refusal.too_big and "[LIMIT]" in r.refusal.reason for r in refused)
        assert sorted((r.folder, r.refusal.size) for r in refused) == sorted((f, len(raw)) for f, raw in big)
        assert all(r.refusal.subject.startswith("测试 ") and r.refusal.date.startswith(("Mon", "Tue", "Wed", "Thu",
                   "Fri", "Sat", "Sun")) for r in refused)

        sent: list[int] = []
        real_append = copy_module.MailboxCopy._append

        async def counted(self, dst, mailbox, send):
            sent.extend(m[0] for m in send)
            return await real_append(self, dst, mailbox, send)

        monkeypatch.setattr(copy_module.MailboxCopy, "_append", counted)
        seen.clear()
        run_copy(s, seen, SourceServer("127.0.0.1", old.port, "ssl"), members)  # still too big: only they are tried
        assert len(sent) == 6 and [e.problem for e in of(seen, CopyFailed)] == ["migration.some_refused"]
        assert len(s.migration.refused(address)) == 6 and held(new, address) == small

        new.stop()  # the new server takes bigger messages now (the admin raised the limit)
        new.max_mail_size = None
        new.start()
        sent.clear()
        seen.clear()
        run_copy(s, seen, SourceServer("127.0.0.1", old.port, "ssl"), members)
        assert of(seen, CopyFailed) == [] and len(sent) == 6  # the six, and nothing else again
        assert [(e.copied, e.skipped) for e in of(seen, MemberCopied)] == [(6, 0)]
        assert s.migration.refused(address) == []
        assert held(new, address) == expected(old, members[0].source_login)


def test_pause_holds_the_copy_and_resume_finishes_it(servers, tmp_path: Path, monkeypatch) -> None:
    old, new = servers
    members = add_members(old, new, 1, 200)
    old.start()
    new.start()
    monkeypatch.setattr(copy_module, "BATCH_MESSAGES", 10)
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)

    async def go() -> None:
        give_passwords(s, members)
        s.migration.start(SourceServer("127.0.0.1", old.port, "ssl"), members)
        while not [e for e in of(seen, CopyProgress) if e.done > 0]:
            await asyncio.sleep(0.005)
        s.migration.pause()
        await asyncio.sleep(0.5)
        held_then = sum(len(v) for v in new.messages(members[0].address).values())
        await asyncio.sleep(0.5)
        assert sum(len(v) for v in new.messages(members[0].address).values()) == held_then < 200
        assert s.migration.status()[members[0].address].state == "paused"
        s.migration.resume()
        await until_finished(seen)

    asyncio.run(go())
    assert held(new, members[0].address) == expected(old, members[0].source_login)


def test_a_server_without_literal_plus_or_multiappend_gets_the_same_copy(servers, tmp_path: Path,
                                                                         monkeypatch) -> None:
    """Each literal waits for the server's "+" (RFC 3501 §7.5) and each message is its own APPEND."""
    old, new = servers
    members = add_members(old, new, 1, 60)
    old.start()
    new.start()
    real = ImapClient.capability

    async def plain_imap4rev1(self):
        await real(self)
        self.capabilities -= {"MULTIAPPEND", "LITERAL+"}

    monkeypatch.setattr(ImapClient, "capability", plain_imap4rev1)
    real_write, written = ImapClient._write, []

    async def spy(self, data: bytes) -> None:
        written.append(data)
        await real_write(self, data)

    monkeypatch.setattr(ImapClient, "_write", spy)
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    run_copy(s, seen, SourceServer("127.0.0.1", old.port, "ssl"), members)
    assert of(seen, CopyFailed) == []
    assert held(new, members[0].address) == expected(old, members[0].source_login)
    appends = [w for w in written if b" APPEND " in w]
    assert len(appends) == 60 and all(w.endswith(b"}\r\n") and b"{" in w for w in appends)  # then waits for "+"


def test_start_over_forgets_the_copy_passwords(tmp_path: Path) -> None:
    secrets = MemoryStore()
    s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step),
                call_later=lambda _d, save: save(), connections=Connections(secrets, Endpoints.real()))

    async def go() -> None:
        s.migration.set_password("source", " li@old.example", OLD_PW)
        s.migration.set_password("target", "li@new.example", NEW_PW)
        await asyncio.sleep(0.05)

    asyncio.run(go())
    assert set(secrets.values) == {"migration-source:li@old.example", "migration-target:li@new.example"}
    s.start_over()
    s.shutdown()  # the writer drained
    assert secrets.values == {}


def test_start_over_forgets_the_copy_passwords_an_earlier_run_kept(tmp_path: Path) -> None:
    """This run never opened the copy: the saved plan names the passwords an earlier run put in the keychain."""
    secrets = MemoryStore()
    store = Store(tmp_path / "state")
    store.put(PLAN_KEY, {"source": {"host": "imap.old.example", "port": 993, "security": "ssl"},
                         "members": [{"address": "li@new.example", "target_login": "li@new.example",
                                      "source_login": "li@old.example"}], "status": {}})

    async def earlier_run() -> None:
        await secrets.put("migration-source:li@old.example", OLD_PW)
        await secrets.put("migration-target:li@new.example", NEW_PW)
        await secrets.put("someone-else", "kept")

    asyncio.run(earlier_run())
    s = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), call_later=lambda _d, save: save(),
                connections=Connections(secrets, Endpoints.real()))
    s.start_over()
    s.shutdown()
    assert set(secrets.values) == {"someone-else"}


def test_a_member_added_while_a_copy_runs_joins_it(servers, tmp_path: Path, monkeypatch) -> None:
    old, new = servers
    members = add_members(old, new, 2, 100)
    old.start()
    new.start()
    monkeypatch.setattr(copy_module, "BATCH_MESSAGES", 10)
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    source = SourceServer("127.0.0.1", old.port, "ssl")

    async def go() -> None:
        give_passwords(s, members)
        s.migration.start(source, members[:1])
        s.migration.pause()
        s.migration.start(source, members[1:])  # the first is not dropped: it goes on with the second
        assert set(s.migration.status()) == {m.address for m in members}
        s.migration.resume()
        await until_finished(seen)

    asyncio.run(go())
    assert sorted(e.address for e in of(seen, MemberCopied)) == [m.address for m in members]
    assert [p.source_login for p in s.migration.plan()[1]] == [m.source_login for m in members]
    for m in members:
        assert held(new, m.address) == expected(old, m.source_login)


@pytest.mark.parametrize("arrives", ["after_the_look", "while_the_stopped_run_waits"])
def test_a_stop_while_appends_are_on_their_way_then_start_again_copies_nothing_twice(servers, tmp_path: Path,
                                                                                     monkeypatch, arrives) -> None:
    """Stop while a batch's APPEND is on the wire (the first half at the server, the rest still travelling), then
    Start again at once: the new run may not look at the new folder until the stopped connection's commands are
    answered or the connection is gone. after_the_look: the rest arrives only once a new run has read the new
    folder (as a slow line may deliver it) — a run looking before the stopped one let go copied the batch twice;
    the fixed copy waits SETTLE, closes the line (the half APPEND is dropped) and sends the batch itself.
    while_the_stopped_run_waits: the rest arrives behind the stopped run's LOGOUT; its answer read, the new run
    finds the batch on the new server and sends none of it again."""
    old, new = servers
    members = add_members(old, new, 1, 300)
    old.start()
    new.start()
    monkeypatch.setattr(imap_module, "SETTLE", 0.5, raising=False)  # a stopped connection's answers: waited this long
    real_write, real_close, real_keys = ImapClient._write, ImapClient.close, copy_module.MailboxCopy._target_keys
    travelling: dict[ImapClient, list[bytes]] = {}
    sent = asyncio.Event()

    async def slow_line(self, data: bytes) -> None:
        if self in travelling:  # later bytes queue up behind the travelling ones
            travelling[self].append(data)
            if arrives == "while_the_stopped_run_waits" and b" LOGOUT" in data:
                deliver()
            return
        if self.side == "target" and b" APPEND " in data[:80] and not sent.is_set():
            cut = len(data) // 2
            await real_write(self, data[:cut])
            travelling[self] = [data[cut:]]
            sent.set()
            return
        await real_write(self, data)

    def cut_line(self) -> None:  # the connection closed: what was still travelling is lost with it
        travelling.pop(self, None)
        real_close(self)

    def deliver() -> None:
        for client, rest in list(travelling.items()):
            del travelling[client]
            if not client.writer.is_closing():
                client.writer.write(b"".join(rest))

    async def keys_then_deliver(dst, mailbox):
        keys = await real_keys(dst, mailbox)
        deliver()  # the new run has looked: the stopped APPEND arrives now
        return keys

    monkeypatch.setattr(ImapClient, "_write", slow_line)
    monkeypatch.setattr(ImapClient, "close", cut_line)
    monkeypatch.setattr(copy_module.MailboxCopy, "_target_keys", staticmethod(keys_then_deliver))
    seen: list = []
    s = make_session(tmp_path / "state", seen, old, new)
    s.migration.folders_at_once = 1
    source = SourceServer("127.0.0.1", old.port, "ssl")

    async def go() -> None:
        give_passwords(s, members)
        s.migration.start(source, members)
        await sent.wait()
        s.migration.cancel()
        seen.clear()
        s.migration.resume()  # Start again at once, with the kept passwords
        await until_finished(seen)

    asyncio.run(go())
    assert of(seen, CopyFailed) == []
    assert held(new, members[0].address) == expected(old, members[0].source_login)
    [done] = of(seen, MemberCopied)  # INBOX's one batch (43 of 300): sent by the stopped run or by this one
    assert (done.copied, done.skipped) == ((300, 0) if arrives == "after_the_look" else (257, 43))
