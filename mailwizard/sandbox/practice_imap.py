"""Practice mode's IMAP servers, on 127.0.0.1 with TLS from the first byte (the practice certificate
practice_smtp.py uses): the company's "old mail server" (any login with any password: an old mailbox seeded for it,
sandbox/practice_mailboxes.py) and the practice provider's new mailboxes (the accounts the practice console made,
each with its own password). Only what MailWizard's copy and check use (RFC 3501): CAPABILITY, LOGIN,
AUTHENTICATE PLAIN (RFC 4616, SASL-IR RFC 4959), LIST with special-use flags (RFC 6154), CREATE, SUBSCRIBE,
EXAMINE/SELECT, STATUS, UID SEARCH/FETCH, APPEND with LITERAL+ (RFC 7888) and MULTIAPPEND (RFC 3502, all or
none), UNSELECT, CLOSE, ID, NOOP, LOGOUT; anything else is answered BAD, as a strict server would.

    old = PracticeImap(lambda login, password: bool(password), seed=old_mailbox).start()
    new = PracticeImap(accounts.check, seed=lambda _login: new_mailbox()).start()
    old.port, new.messages("li@example.com"), old.stop()
"""

from __future__ import annotations

import asyncio
import base64
import re
import ssl
import threading
from collections.abc import Callable

from mailwizard.core.migration.imap import Literal, parse
from mailwizard.core.migration.utf7 import decode, encode
from mailwizard.sandbox.practice_mailboxes import Mailbox, section_of
from mailwizard.sandbox.practice_smtp import certificate_paths

CAPABILITIES = (b"IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN MULTIAPPEND SPECIAL-USE UNSELECT ID "
                b"CHILDREN")
SYSTEM_FLAGS = {"\\SEEN", "\\ANSWERED", "\\FLAGGED", "\\DELETED", "\\DRAFT"}
_LITERAL = re.compile(rb"\{(\d+)(\+?)\}\r\n$")
_DATE = re.compile(r"^ ?\d{1,2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4} \d\d:\d\d:\d\d [+-]\d{4}$")
MAX_LITERAL = 50 * 1024 * 1024


class _Bad(Exception):
    """A command answered BAD (``text``) or NO (``no=True``)."""

    def __init__(self, text: str, no: bool = False) -> None:
        super().__init__(text)
        self.text, self.no = text, no


def _uids(spec: bytes, mailbox: Mailbox) -> set[int]:
    """An IMAP UID set ("1:3,7,9:*") as the UIDs it names in the mailbox."""
    top = mailbox.uidnext - 1
    wanted: set[int] = set()
    try:
        for run in spec.decode().split(","):
            first, _, last = run.partition(":")
            a = top if first == "*" else int(first)
            b = a if not last else (top if last == "*" else int(last))
            low, high = min(a, b), max(a, b)
            wanted.update(m.uid for m in mailbox.messages if low <= m.uid <= high)
    except ValueError:
        raise _Bad("Invalid UID set") from None
    return wanted


class PracticeImap:
    """``authenticate(login, password)`` says who may sign in; ``seed(login)`` makes a mailbox the first time."""

    def __init__(self, authenticate: Callable[[str, str], bool], seed: Callable[[str], dict[str, Mailbox]], *,
                 max_message: int | None = None) -> None:
        self.authenticate, self.seed, self.max_message = authenticate, seed, max_message
        self.accounts: dict[str, dict[str, Mailbox]] = {}
        self.lock = threading.RLock()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None

    # --- running ---------------------------------------------------------------------------------------
    def start(self) -> PracticeImap:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert, key = certificate_paths()
        context.load_cert_chain(str(cert), str(key))
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(self._loop)

            async def open_server() -> None:
                self._server = await asyncio.start_server(self._client, "127.0.0.1", 0, ssl=context)
                self.port = self._server.sockets[0].getsockname()[1]
                ready.set()

            self._loop.run_until_complete(open_server())
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="practice-imap", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        loop, server = self._loop, self._server
        if loop is None or server is None:
            return

        async def close() -> None:
            server.close()
            for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
                task.cancel()

        asyncio.run_coroutine_threadsafe(close(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(5)
        loop.close()
        self._loop = self._server = self._thread = None

    def mailbox(self, login: str) -> dict[str, Mailbox]:
        """The login's mailbox (made now if it never signed in)."""
        with self.lock:
            key = login.lower()
            if key not in self.accounts:
                self.accounts[key] = self.seed(login)
            return self.accounts[key]

    def messages(self, login: str) -> dict[str, list[tuple[frozenset[str], str, bytes]]]:
        """{folder: [(flags, INTERNALDATE, bytes)]} as held now (the tests compare the two servers)."""
        boxes = self.mailbox(login)
        with self.lock:
            return {name: [(frozenset(m.flags), m.internaldate, m.raw) for m in box.messages]
                    for name, box in boxes.items()}

    # --- one connection -----------------------------------------------------------------------------------
    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = _Connection(self, reader, writer)
        try:
            await conn.serve()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError, OSError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


class _Connection:
    def __init__(self, server: PracticeImap, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.server, self.reader, self.writer = server, reader, writer
        self.login: str | None = None
        self.selected: Mailbox | None = None
        self.read_only = True

    async def serve(self) -> None:
        self.writer.write(b"* OK [CAPABILITY " + CAPABILITIES + b"] Practice IMAP ready (loopback, practice only)\r\n")
        while True:
            segments = await self._command()
            if segments is None:
                return
            try:
                items = parse(segments)
            except ValueError:
                items = []
            if len(items) < 2 or not isinstance(items[0], bytes) or not isinstance(items[1], bytes):
                self.writer.write(b"* BAD Command line not understood\r\n")
                continue
            tag, name = items[0], items[1].upper()
            try:
                done = await self._run(tag, name, items[2:])
            except _Bad as bad:
                self.writer.write(tag + (b" NO " if bad.no else b" BAD ") + bad.text.encode() + b"\r\n")
                done = False
            await self.writer.drain()
            if done:
                return

    async def _command(self) -> list[bytes] | None:
        """One command's line pieces with its literals between them; a literal without "+" is asked for."""
        segments: list[bytes] = []
        while True:
            line = await self.reader.readline()
            if not line:
                return None
            segments.append(line)
            m = _LITERAL.search(line)
            if not m:
                return segments
            size = int(m.group(1))
            if size > MAX_LITERAL:
                raise ConnectionError("literal too big")
            if not m.group(2):
                self.writer.write(b"+ Ready for literal data\r\n")
                await self.writer.drain()
            segments.append(await self.reader.readexactly(size))

    def _send(self, line: bytes) -> None:
        self.writer.write(line + b"\r\n")

    def _ok(self, tag: bytes, text: bytes) -> None:
        self._send(tag + b" OK " + text)

    async def _run(self, tag: bytes, name: bytes, args: list) -> bool:
        """Carries out one command; True once the connection is to close."""
        if name == b"CAPABILITY":
            self._send(b"* CAPABILITY " + CAPABILITIES)
        elif name == b"NOOP":
            pass
        elif name == b"LOGOUT":
            self._send(b"* BYE Practice IMAP logging out")
            self._ok(tag, b"LOGOUT completed")
            return True
        elif name == b"ID":
            self._send(b'* ID ("name" "MailWizard practice IMAP")')
        elif self.login is None:
            if name == b"LOGIN" and len(args) == 2:
                self._sign_in(_text(args[0]), _text(args[1]))
            elif name == b"AUTHENTICATE" and args and _text(args[0]).upper() == "PLAIN":
                blob = args[1] if len(args) > 1 else None
                if blob is None:
                    self._send(b"+ ")
                    await self.writer.drain()
                    blob = (await self.reader.readline()).strip()
                self._plain(blob)
            else:
                raise _Bad("Sign in first (LOGIN or AUTHENTICATE PLAIN)")
        else:
            self._authenticated(name, args)
        self._ok(tag, name + b" completed")
        return False

    def _sign_in(self, login: str, password: str) -> None:
        if not login or not self.server.authenticate(login, password):
            raise _Bad("[AUTHENTICATIONFAILED] Authentication failed.", no=True)
        self.login = login
        self.server.mailbox(login)

    def _plain(self, blob: bytes) -> None:
        try:
            _authz, login, password = base64.b64decode(blob, validate=True).decode().split("\0")
        except (ValueError, UnicodeDecodeError):
            raise _Bad("Invalid AUTHENTICATE PLAIN response") from None
        self._sign_in(login, password)

    # --- signed in ---------------------------------------------------------------------------------------
    def _boxes(self) -> dict[str, Mailbox]:
        return self.server.mailbox(self.login or "")

    def _box(self, arg: object) -> Mailbox:
        name = decode(_text(arg))
        name = "INBOX" if name.upper() == "INBOX" else name
        box = self._boxes().get(name)
        if box is None:
            raise _Bad("[TRYCREATE] Mailbox doesn't exist: " + name, no=True)
        return box

    def _authenticated(self, name: bytes, args: list) -> None:
        with self.server.lock:
            if name == b"LIST" and len(args) == 2:
                self._list(_text(args[1]))
            elif name in (b"SELECT", b"EXAMINE") and len(args) == 1:
                self._select(self._box(args[0]), read_only=name == b"EXAMINE")
            elif name == b"CREATE" and len(args) == 1:
                box = decode(_text(args[0]))
                if box in self._boxes() or box.upper() == "INBOX":
                    raise _Bad("[ALREADYEXISTS] Mailbox already exists", no=True)
                self._boxes()[box] = Mailbox(box, uidvalidity=1_900_000_000 + len(self._boxes()))
            elif name in (b"SUBSCRIBE", b"UNSUBSCRIBE") and len(args) == 1:
                self._box(args[0])
            elif name == b"STATUS" and len(args) == 2 and isinstance(args[1], list):
                self._status(args[0], args[1])
            elif name == b"APPEND" and len(args) >= 2:
                self._append(self._box(args[0]), args[1:])
            elif name in (b"UNSELECT", b"CLOSE") and not args:
                if self.selected is None:
                    raise _Bad("No mailbox selected")
                self.selected = None
            elif name == b"UID" and len(args) >= 2 and self.selected is not None:
                sub = _text(args[0]).upper()
                if sub == "FETCH" and len(args) == 3:
                    self._fetch(_uids(args[1], self.selected), args[2])
                elif sub == "SEARCH":
                    self._search(args[1:])
                else:
                    raise _Bad("UID command not supported here")
            else:
                raise _Bad("Command not supported by the practice server, or its arguments are wrong")

    def _list(self, pattern: str) -> None:
        rule = re.compile("^" + re.escape(decode(pattern)).replace(r"\*", ".*").replace("%", "[^/]*") + "$")
        for box in self._boxes().values():
            if not rule.match(box.name):
                continue
            children = any(other.startswith(box.name + "/") for other in self._boxes())
            flags = ["\\HasChildren" if children else "\\HasNoChildren"] + ([box.special] if box.special else [])
            self._send(b'* LIST (' + " ".join(flags).encode() + b') "/" "' + encode(box.name).encode() + b'"')

    def _select(self, box: Mailbox, read_only: bool) -> None:
        self.selected, self.read_only = box, read_only
        self._send(b"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
        self._send(b"* %d EXISTS" % len(box.messages))
        self._send(b"* 0 RECENT")
        self._send(b"* OK [UIDVALIDITY %d] UIDs valid" % box.uidvalidity)
        self._send(b"* OK [UIDNEXT %d] Predicted next UID" % box.uidnext)
        self._send(b"* OK [READ-ONLY] Read-only" if read_only else b"* OK [READ-WRITE] Read-write")

    def _status(self, arg: object, items: list) -> None:
        box = self._box(arg)
        values = {"MESSAGES": len(box.messages), "UIDNEXT": box.uidnext, "UIDVALIDITY": box.uidvalidity,
                  "UNSEEN": sum("\\Seen" not in m.flags for m in box.messages), "RECENT": 0}
        asked = [_text(i).upper() for i in items]
        if any(a not in values for a in asked):
            raise _Bad("Unknown STATUS item")
        pairs = " ".join(f"{a} {values[a]}" for a in asked)
        self._send(b'* STATUS "' + encode(box.name).encode() + b'" (' + pairs.encode() + b")")

    def _search(self, criteria: list) -> None:
        box = self.selected
        assert box is not None
        words = [_text(c).upper() for c in criteria]
        if words == ["ALL"]:
            found = [m.uid for m in box.messages]
        elif len(words) == 2 and words[0] == "UID":
            found = sorted(_uids(criteria[1], box))
        else:
            raise _Bad("Only UID SEARCH ALL and UID SEARCH UID <set> here")
        self._send(b"* SEARCH" + b"".join(b" %d" % u for u in found))

    def _fetch(self, uids: set[int], items: object) -> None:
        box = self.selected
        assert box is not None
        asked = [_text(i) for i in (items if isinstance(items, list) else [items])]
        for seq, msg in enumerate(box.messages, start=1):
            if msg.uid not in uids:
                continue
            out = [b"UID %d" % msg.uid]
            for item in asked:
                upper = item.upper()
                if upper == "UID":
                    continue
                if upper == "FLAGS":
                    out.append(b"FLAGS (" + " ".join(sorted(msg.flags)).encode() + b")")
                elif upper == "INTERNALDATE":
                    out.append(b'INTERNALDATE "' + msg.internaldate.encode() + b'"')
                elif upper == "RFC822.SIZE":
                    out.append(b"RFC822.SIZE %d" % len(msg.raw))
                elif upper.startswith(("BODY[", "BODY.PEEK[")):
                    section = item[item.index("[") + 1:-1]
                    data = section_of(msg.raw, section)
                    if data is None:
                        raise _Bad("BODY section not supported here: " + section)
                    if not upper.startswith("BODY.PEEK") and not self.read_only:
                        msg.flags.add("\\Seen")  # RFC 3501 §6.4.5: BODY[] sets \Seen
                    out.append(b"BODY[" + section.encode() + b"] {%d}\r\n" % len(data) + data)
                else:
                    raise _Bad("FETCH item not supported here: " + item)
            self._send(b"* %d FETCH (" % seq + b" ".join(out) + b")")

    def _append(self, box: Mailbox, rest: list) -> None:
        """One message or several (MULTIAPPEND): all checked first, then all added, or none."""
        parsed: list[tuple[set[str], str, bytes]] = []
        i = 0
        while i < len(rest):
            flags: set[str] = set()
            date = ""
            if isinstance(rest[i], list):
                flags = {_text(f) for f in rest[i]}
                i += 1
            if i < len(rest) and not isinstance(rest[i], Literal | list):
                date = _text(rest[i])
                i += 1
            if i >= len(rest) or not isinstance(rest[i], Literal):
                raise _Bad("APPEND: a message literal expected")
            raw = bytes(rest[i])
            i += 1
            if any(f.startswith("\\") and f.upper() not in SYSTEM_FLAGS for f in flags):
                raise _Bad("APPEND: invalid system flag")
            if date and not _DATE.match(date):
                raise _Bad("APPEND: invalid date-time")
            if self.server.max_message is not None and len(raw) > self.server.max_message:
                raise _Bad("[LIMIT] Message is larger than the new mailbox accepts", no=True)
            parsed.append((flags, date or "01-Jan-2026 00:00:00 +0000", raw))
        if not parsed:
            raise _Bad("APPEND: no message")
        for flags, date, raw in parsed:
            box.add({_canonical(f) for f in flags}, date, raw)


def _canonical(flag: str) -> str:
    return "\\" + flag[1:].capitalize() if flag.upper() in SYSTEM_FLAGS else flag


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise _Bad("A string was expected")
