"""The copy's parts without a server: modified UTF-7 names, the folder mapping, the journal's UID sets, the IMAP
response parser and the key a message is recognised by on the new server."""

from __future__ import annotations

import pytest

from mailwizard.core.migration.copy import message_key
from mailwizard.core.migration.folders import Folder, folders_from_list, map_folders
from mailwizard.core.migration.imap import parse
from mailwizard.core.migration.journal import FolderRecord, Refusal, compact, expand, refusal_of
from mailwizard.core.migration.utf7 import decode, encode


@pytest.mark.parametrize(("name", "wire"), [
    ("日本語", "&ZeVnLIqe-"),  # RFC 3501 §5.1.3's own example
    ("已发送", "&XfJT0ZAB-"), ("草稿箱", "&g0l6P3ux-"), ("Sent & Co", "Sent &- Co"), ("INBOX", "INBOX"),
    ("台北/日記", "&U,BTFw-/&ZeWKGA-"),
])
def test_modified_utf7_both_ways(name: str, wire: str) -> None:
    assert encode(name) == wire
    assert decode(wire) == name


def test_a_malformed_name_is_kept_as_sent() -> None:
    assert decode("&%%%-x") == "&%%%-x"


def folder(name: str, *flags: str, sep: str = "/") -> Folder:
    return Folder(name, encode(name), sep, frozenset(f.upper() for f in flags))


def test_folders_map_by_special_use_then_by_name() -> None:
    source = [folder("INBOX"), folder("Sent Messages", "\\Sent"), folder("草稿箱"), folder("已删除"),
              folder("垃圾邮件", "\\Junk"), folder("客户", "\\Noselect"), folder("客户/台北"),
              folder("[Gmail]/All Mail", "\\All"), folder("已傳送"), folder("Projects")]
    target = [folder("INBOX"), folder("Sent", "\\Sent"), folder("Drafts", "\\Drafts"),
              folder("Deleted Items", "\\Trash"), folder("Junk E-mail", "\\Junk")]
    mapped = {m.source.name: (m.target_name, m.exists) for m in map_folders(source, target)}
    assert mapped == {
        "INBOX": ("INBOX", True), "Sent Messages": ("Sent", True), "已傳送": ("Sent", True),
        "草稿箱": ("Drafts", True), "已删除": ("Deleted Items", True), "垃圾邮件": ("Junk E-mail", True),
        "客户/台北": ("客户/台北", False), "Projects": ("Projects", False),
    }  # \Noselect and \All (its mail is in the real folders) are not copied


def test_a_target_without_the_special_folder_gets_the_usual_name_and_its_separator() -> None:
    mapped = {m.source.name: m.target_name for m in map_folders(
        [folder("已发送", sep="."), folder("客户.台北", sep=".")], [folder("INBOX", sep="/")])}
    assert mapped == {"已发送": "Sent", "客户.台北": "客户/台北"}


def test_list_responses_are_read() -> None:
    untagged = [parse([b'* LIST (\\HasNoChildren \\Sent) "/" "&XfJT0ZAB-"\r\n']),
                parse([b'* LIST (\\Noselect) "." {6}\r\n', b"&W6JiN", b"\r\n"]),
                parse([b'* LIST () NIL INBOX\r\n'])]
    found = folders_from_list(untagged)
    assert [(f.name, f.separator, f.role) for f in found] == [("已发送", "/", "\\Sent"), ("&W6JiN", ".", ""),
                                                              ("INBOX", "", "\\Inbox")]
    assert not found[1].selectable


def test_a_fetch_response_with_a_literal_and_a_section_is_read() -> None:
    segments = [b'* 3 FETCH (UID 7 FLAGS (\\Seen \\Flagged) INTERNALDATE "01-Jan-2024 08:00:00 +0000" '
                b'BODY[HEADER.FIELDS (MESSAGE-ID DATE)] {12}\r\n', b"Subject: x\r\n", b' RFC822.SIZE 99)\r\n']
    assert parse(segments) == [b"*", b"3", b"FETCH", [b"UID", b"7", b"FLAGS", [b"\\Seen", b"\\Flagged"],
                               b"INTERNALDATE", b"01-Jan-2024 08:00:00 +0000",
                               b"BODY[HEADER.FIELDS (MESSAGE-ID DATE)]", b"Subject: x\r\n", b"RFC822.SIZE", b"99"]]
    assert parse([b'* OK "a \\"q\\"" NIL\r\n']) == [b"*", b"OK", b'a "q"', None]


def test_uid_sets_compact_and_expand() -> None:
    assert compact([5, 1, 2, 3, 9, 10]) == "1:3,5,9:10"
    assert expand("1:3,5,9:10") == {1, 2, 3, 5, 9, 10}
    assert compact([]) == "" and expand("") == set()
    rec = FolderRecord(42, set(range(1, 10_001)) - {500}, {20_000, 20_001})
    again = FolderRecord.from_text(rec.to_text())
    assert (again.uidvalidity, again.done, again.pending) == (42, rec.done, rec.pending)
    assert len(rec.to_text()) < 80  # 10,000 UIDs stay a short line in the journal
    assert FolderRecord.from_text("not json").done == set()


def test_a_message_is_known_by_its_message_id_else_by_date_sender_subject_and_size() -> None:
    head = b"From: A <a@x>\r\nSubject: Hi\r\nMessage-ID: <ABC@x>\r\nDate: Mon, 1 Jan 2024 08:00:00 +0000\r\n\r\n"
    assert message_key(head, 100) == "id:<abc@x>"
    assert message_key(b"message-id:  <ABC@x>\r\n\r\n", 5) == "id:<abc@x>"  # as HEADER.FIELDS gives it
    bare = b"From: A <a@x>\r\nSubject: Hi\r\n there\r\nDate: Mon, 1 Jan 2024 08:00:00 +0000\r\n\r\n"
    key = message_key(bare, 100)
    assert key.startswith("h:") and key == message_key(bare.replace(b"\r\n there", b" there"), 100)
    assert key != message_key(bare, 101) and key != message_key(bare.replace(b"Hi", b"Ho"), 100)
    assert message_key("Subject: 测试\r\n\r\n".encode(), 1) == message_key("Subject: 测试\r\n\r\n".encode(), 1)


def test_every_copy_problem_has_a_message(qapp) -> None:
    from mailwizard.core.migration import imap
    from mailwizard.core.session.migration import MESSAGE_KEYS
    from mailwizard.ui.messages import has_text

    errors, todo = [], [imap.ImapError]
    while todo:  # every error the IMAP client raises, found by type, on either side
        cls = todo.pop()
        errors.append(cls)
        todo += cls.__subclasses__()
    keys = {*MESSAGE_KEYS, *(cls("", side).key for cls in errors for side in ("source", "target"))}
    assert len(keys) >= 14 and {k for k in keys if not has_text(k)} == set()


def test_a_full_mailbox_is_told_from_a_message_too_big() -> None:
    from mailwizard.core.migration.copy import _over_quota

    assert _over_quota("[OVERQUOTA] Quota exceeded (mailbox for user is full)")  # Dovecot, RFC 5530
    assert _over_quota("APPEND failed: mailbox quota exceeded")  # a server without response codes
    assert not _over_quota("[LIMIT] Message larger than the per-message quota")
    assert not _over_quota("[LIMIT] Mail size is larger than the maximum size allowed by server configuration")


class _Wire:
    """A writer that keeps what is written (the server's side of the line)."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.sent.append(data)

    async def drain(self) -> None:
        return None

    def close(self) -> None:
        return None


def test_a_stop_mid_answer_leaves_it_whole_and_logout_reads_the_stopped_commands_answers_first() -> None:
    import asyncio

    from mailwizard.core.migration.imap import ImapClient

    async def go() -> None:
        reader, wire = asyncio.StreamReader(), _Wire()
        client = ImapClient(reader, wire, "target")  # type: ignore[arg-type]
        client.capabilities = frozenset({"LITERAL+"})
        fetch = asyncio.ensure_future(client.command(b"UID FETCH 1 (BODY.PEEK[HEADER])"))
        reader.feed_data(b"* 1 FETCH (UID 1 BODY[HEADER] {10}\r\nM1 OK x")  # a stop inside the literal
        for _ in range(5):
            await asyncio.sleep(0)
        fetch.cancel()
        appending = asyncio.ensure_future(client.command(b"APPEND INBOX", b" {3+}\r\nabc"))
        for _ in range(5):
            await asyncio.sleep(0)
        appending.cancel()  # stopped: the APPEND is on the wire, its answer not read
        bye = asyncio.ensure_future(client.logout())
        for _ in range(5):
            await asyncio.sleep(0)
        assert not bye.done()  # LOGOUT waits for the APPEND's answer (M2) as well as its own
        reader.feed_data(b"yz)\r\nM1 OK done\r\nM2 OK [APPENDUID 1 1] appended\r\n* BYE bye\r\n")
        for _ in range(5):
            await asyncio.sleep(0)
        assert not bye.done()  # the half-read literal ("M1 OK x…") was not taken for an answer line
        reader.feed_data(b"M3 OK logged out\r\n")
        await asyncio.wait_for(bye, 5)
        assert [d.split()[:2] for d in wire.sent] == [[b"M1", b"UID"], [b"M2", b"APPEND"], [b"M3", b"LOGOUT"]]

    asyncio.run(go())


def test_a_refused_message_is_kept_with_its_subject_date_and_the_servers_words() -> None:
    raw = (b"From: a@example.net\r\nSubject: =?utf-8?b?5rWL6K+V?= \xe6\x8a\xa5\xe4\xbb\xb7\r\n =?utf-8?q?Q_1?=\r\n"
           b"Date: Tue, 02 Jan 2024 07:20:00 +0000\r\n\r\n" + b"x" * 500)
    refusal = refusal_of(7, raw, "[LIMIT] Mail size is larger than the maximum size allowed")
    assert (refusal.uid, refusal.size, refusal.subject, refusal.date) == \
        (7, len(raw), "测试 报价 Q 1", "Tue, 02 Jan 2024 07:20:00 +0000")
    assert refusal.too_big and not Refusal(8, 10, "NO [CANNOT] message rejected by policy").too_big
    record = FolderRecord(5, {1, 2}, set(), {7: refusal})
    again = FolderRecord.from_text(record.to_text())
    assert again == record and "测试" in record.to_text()  # the store keeps the subject as it reads
