"""What practice mode's old mail server holds: an "old company mailbox" per login, made the first time that login
signs in, the same for the same login every time (seeded from it, no randomness) — folders with Chinese names and
special use, about 40 messages of various dates, flags and sizes, a few without a Message-ID as old mail often is —
and the parts of a message a FETCH asks for (``section_of``)."""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import hashlib
import re
from dataclasses import dataclass, field

# (name, special use) of the old mailbox's folders: 163/126-style Chinese names, one nested, one English
OLD_FOLDERS = (("INBOX", ""), ("已发送", "\\Sent"), ("草稿箱", "\\Drafts"), ("已删除", "\\Trash"),
               ("垃圾邮件", "\\Junk"), ("客户/台北", ""), ("Projects", ""))
# the new mailbox as a provider makes it: English names with their special use
NEW_FOLDERS = (("INBOX", ""), ("Sent", "\\Sent"), ("Drafts", "\\Drafts"), ("Trash", "\\Trash"), ("Junk", "\\Junk"))
MESSAGES = 40
SUBJECTS = ("Quarterly order 季度订单", "Invoice 发票", "Meeting notes 会议记录", "报价单 Quotation", "出貨通知",
            "Holiday schedule 假期安排", "Re: samples 样品", "合同草稿 Contract draft")
FLAG_SETS = ((), ("\\Seen",), ("\\Seen", "\\Answered"), ("\\Flagged",), ("\\Seen", "\\Flagged"), ("\\Seen",))
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Message:
    uid: int
    flags: set[str]
    internaldate: str  # as IMAP spells it: "01-Jun-2025 12:00:00 +0800"
    raw: bytes


@dataclass
class Mailbox:
    name: str  # Unicode; the wire spelling is its modified UTF-7
    special: str = ""
    uidvalidity: int = 1
    uidnext: int = 1
    messages: list[Message] = field(default_factory=list)

    def add(self, flags: set[str], internaldate: str, raw: bytes) -> int:
        uid = self.uidnext
        self.uidnext += 1
        self.messages.append(Message(uid, set(flags), internaldate, raw))
        return uid


def imap_date(when: dt.datetime) -> str:
    return f"{when.day:02d}-{_MONTHS[when.month - 1]}-{when.year} {when:%H:%M:%S} {when:%z}"


def _seed(login: str) -> int:
    return int.from_bytes(hashlib.sha256(login.lower().encode()).digest()[:4], "big")


def old_mailbox(login: str) -> dict[str, Mailbox]:
    """The old mailbox of ``login``: the same folders and messages for the same login, whenever it is made."""
    seed = _seed(login)
    who = login.split("@")[0] or "someone"
    folders = {name: Mailbox(name, special, uidvalidity=1_700_000_000 + i + seed % 1000)
               for i, (name, special) in enumerate(OLD_FOLDERS)}
    folders["客户"] = Mailbox("客户", "", uidvalidity=1_700_000_100)  # the parent of 客户/台北
    tz = dt.timezone(dt.timedelta(hours=8))
    base = dt.datetime(2026, 11, 20, 9, 30, tzinfo=tz)
    for n in range(MESSAGES):
        name = OLD_FOLDERS[(n + seed) % len(OLD_FOLDERS)][0]
        when = base - dt.timedelta(hours=13 * n + seed % 11)
        subject = f"{SUBJECTS[(n + seed) % len(SUBJECTS)]} #{n + 1}"
        sender = f"partner{(n + seed) % 5}@customer.example" if name != "已发送" else f"{who}@old-company.example"
        body = (f"Practice message {n + 1} for {who} (folder {name}).\r\n练习邮件，不是真实邮件。\r\n"
                + "Lorem ipsum dolor sit amet.\r\n" * (1 + (n * 7 + seed) % 40))
        headers = [f"From: {sender}", f"To: {who}@old-company.example",
                   f"Subject: {email.header.Header(subject, 'utf-8').encode()}",
                   f"Date: {email.utils.format_datetime(when)}"]
        if n % 9 != 4:  # a few old messages have none: they are recognised by date, sender, subject and size
            headers.append(f"Message-ID: <practice.{seed}.{n}@old-company.example>")
        raw = ("\r\n".join(headers) + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n" + body).encode()
        folders[name].add(set(FLAG_SETS[n % len(FLAG_SETS)]), imap_date(when), raw)
    return folders


def new_mailbox() -> dict[str, Mailbox]:
    """A new mailbox as the provider makes it: empty, with the usual folders."""
    return {name: Mailbox(name, special, uidvalidity=1_800_000_000 + i) for i, (name, special) in
            enumerate(NEW_FOLDERS)}


def section_of(raw: bytes, section: str) -> bytes | None:
    """A FETCH BODY[section] of a message (RFC 3501 §6.4.5): "" (all of it), HEADER, TEXT, HEADER.FIELDS (A B …);
    None for any other section."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    upper = section.upper()
    if not upper:
        return raw
    if upper == "HEADER":
        return head + sep
    if upper == "TEXT":
        return body
    if upper.startswith("HEADER.FIELDS (") and upper.endswith(")"):
        wanted = set(upper[len("HEADER.FIELDS ("):-1].split())
        lines = re.split(rb"\r\n(?![ \t])", head)
        kept = [line for line in lines if line.split(b":", 1)[0].strip().upper().decode(errors="replace") in wanted]
        return b"".join(line + b"\r\n" for line in kept) + b"\r\n"
    return None
