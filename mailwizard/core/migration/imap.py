"""A small asyncio IMAP4rev1 client (RFC 3501) for the copy: TLS always verified, no password sent unencrypted,
commands pipelined (LITERAL+, RFC 7888), MULTIAPPEND (RFC 3502) when offered. Written here rather than taken from a
package: aioimaplib (the asyncio one on PyPI) runs APPEND as a "sync" command, one message at a time, each waiting
for its continuation (its Commands table, github.com/bamthomas/aioimaplib aioimaplib/aioimaplib.py), with no
MULTIAPPEND, and imaplib blocks a thread per connection; the copy's speed comes from pipelining, which needs the tags
under our control. MULTIAPPEND is atomic: "either all messages are successfully appended, or none"
(https://www.rfc-editor.org/rfc/rfc3502).

Errors are typed (``ImapError`` subclasses, each with its ``migration.*`` message key) and never carry a secret."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import re
import ssl
from dataclasses import dataclass

from mailwizard.core.migration.sasl import OAUTHBEARER, XOAUTH2, decode_challenge, failure_reply, initial_response

TIMEOUT = 60.0  # seconds for a line of an answer, or for each piece of a message
SETTLE = TIMEOUT  # a stopped connection with commands on their way: their answers waited for this long at most
_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


class ImapError(Exception):
    """``key``: the message key (migration.*); ``side``: "source" or "target"; ``detail``: the server's words."""

    problem = "migration.server_error"

    def __init__(self, detail: str = "", side: str = "") -> None:
        super().__init__(detail)
        self.detail, self.side = detail[:300], side

    @property
    def key(self) -> str:
        return self.problem.replace("{side}", self.side or "source")


class BadLogin(ImapError):
    problem = "migration.{side}_bad_password"


class NoTls(ImapError):
    """The server offers no TLS: the password is never sent in the clear, so nothing is tried."""

    problem = "migration.{side}_no_tls"


class Untrusted(ImapError):
    problem = "migration.{side}_untrusted"


class Unreachable(ImapError):
    problem = "migration.{side}_unreachable"


class ConnectionLost(ImapError):
    problem = "migration.connection_lost"


class OverQuota(ImapError):
    problem = "migration.target_full"


class TokenRefused(ImapError):
    """The server refused the OAuth access token: ``reason`` is its JSON challenge decoded (status, schemes, scope;
    core/migration/sasl.py). The session says what it means for the provider (delegation, Full Access…)."""

    problem = "migration.target_signin_again"

    def __init__(self, detail: str = "", side: str = "", reason: dict[str, str] | None = None) -> None:
        super().__init__(detail, side)
        self.reason = dict(reason or {})


class Refused(ImapError):
    """A tagged NO/BAD: ``text`` is the server's line."""

    problem = "migration.server_error"


@dataclass(frozen=True)
class Reply:
    status: str  # OK / NO / BAD
    text: str
    untagged: list  # each a parsed list of items (bytes, list, None)


class Literal(bytes):
    """A literal's bytes in a parsed response (a message body, or a name sent as a literal)."""


def parse(segments: list[bytes]) -> list:
    """One response (its line pieces with the literals between them) → items: bytes atoms/strings, lists, None."""
    stream: list = []
    for i, seg in enumerate(segments):
        stream.append(Literal(seg) if i % 2 else seg)
    out: list = []
    stack = [out]
    for piece in stream:
        if isinstance(piece, Literal):
            stack[-1].append(piece)
            continue
        data, i, n = piece, 0, len(piece)
        while i < n:
            c = data[i:i + 1]
            if c in (b" ", b"\r", b"\n"):
                i += 1
            elif c == b"(":
                stack[-1].append([])
                stack.append(stack[-1][-1])
                i += 1
            elif c == b")":
                if len(stack) > 1:
                    stack.pop()
                i += 1
            elif c == b'"':
                j, buf = i + 1, bytearray()
                while j < n and data[j:j + 1] != b'"':
                    if data[j:j + 1] == b"\\":
                        j += 1
                    buf += data[j:j + 1]
                    j += 1
                stack[-1].append(bytes(buf))
                i = j + 1
            elif c == b"{":  # the literal's announcement: its bytes come as the next piece
                i = data.index(b"}", i) + 1
            else:
                j, depth = i, 0
                while j < n:
                    ch = data[j:j + 1]
                    if ch == b"[":
                        depth += 1
                    elif ch == b"]":
                        depth -= 1
                    elif depth == 0 and ch in b" ()\r\n":
                        break
                    j += 1
                atom = data[i:j]
                stack[-1].append(None if atom.upper() == b"NIL" else atom)
                i = j
    return out


def quote(value: str) -> bytes:
    return b'"' + value.encode().replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


class ImapClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, side: str) -> None:
        self.reader, self.writer, self.side = reader, writer, side
        self.capabilities: frozenset[str] = frozenset()
        self._tag = 0
        self._unanswered: set[bytes] = set()  # tags sent whose tagged answer has not been read
        self._half_sent = False  # a command part-written (waiting for "+"): the server cannot carry it out
        self._reading: asyncio.Task | None = None  # the answer being read (a stop never leaves one half read)

    # --- connecting ------------------------------------------------------------------------------------
    @classmethod
    async def connect(cls, host: str, port: int, security: str, *, side: str, context: ssl.SSLContext | None = None,
                      timeout: float = 20.0) -> ImapClient:
        """``security``: "ssl" (TLS from the start, port 993) or "starttls"; anything else is refused (NoTls)."""
        context = context or ssl.create_default_context()
        try:  # asyncio.timeout, not wait_for (3.11's can swallow a cancel: a stopped copy would go on)
            async with asyncio.timeout(timeout):
                if security == "ssl":
                    reader, writer = await asyncio.open_connection(host, port, ssl=context, server_hostname=host)
                else:
                    reader, writer = await asyncio.open_connection(host, port)
        except ssl.SSLCertVerificationError as exc:
            raise Untrusted(exc.verify_message or "certificate not trusted", side) from None
        except ssl.SSLError as exc:
            raise NoTls(f"TLS handshake failed: {exc.reason}", side) from None
        except (TimeoutError, OSError) as exc:
            raise Unreachable(f"{type(exc).__name__}: {exc}", side) from None
        client = cls(reader, writer, side)
        greeting = parse(await client._read_segments())
        if greeting[:2] != [b"*", b"OK"] and greeting[:2] != [b"*", b"PREAUTH"]:
            client.close()
            raise Refused(" ".join(str(g) for g in greeting[:6]), side)
        await client.capability()
        if security != "ssl":
            if "STARTTLS" not in client.capabilities:
                client.close()
                raise NoTls("the server offers no STARTTLS", side)
            await client.command(b"STARTTLS")
            try:
                async with asyncio.timeout(timeout):
                    await writer.start_tls(context, server_hostname=host)
            except ssl.SSLCertVerificationError as exc:
                client.close()
                raise Untrusted(exc.verify_message or "certificate not trusted", side) from None
            except (TimeoutError, ssl.SSLError, OSError) as exc:
                client.close()
                raise NoTls(f"TLS failed: {type(exc).__name__}", side) from None
            await client.capability()  # asked again after TLS (RFC 3501 §6.2.1)
        return client

    async def login(self, user: str, password: str) -> None:
        """AUTHENTICATE PLAIN (RFC 4616) when offered — any characters in the password —, else LOGIN."""
        if "AUTH=PLAIN" in self.capabilities:
            blob = base64.b64encode(f"\0{user}\0{password}".encode())
            if "SASL-IR" in self.capabilities:
                reply = await self.command(b"AUTHENTICATE PLAIN " + blob, check=False)
            else:
                reply = await self.command(b"AUTHENTICATE PLAIN", check=False, continuation=blob)
        elif "LOGINDISABLED" in self.capabilities:
            raise NoTls("LOGINDISABLED", self.side)
        else:
            reply = await self.command(b"LOGIN " + quote(user) + b" " + quote(password), check=False)
        if reply.status != "OK":
            raise BadLogin(reply.text, self.side)
        await self.capability()  # a server offers more once signed in (MULTIAPPEND…)

    async def login_oauth(self, user: str, token: str) -> None:
        """Signs in with an OAuth 2.0 access token: SASL XOAUTH2 when offered, else OAUTHBEARER (RFC 7628).
        Refused → TokenRefused with the server's JSON reason decoded. The token is in no log and no error."""
        mech = next((m for m in (XOAUTH2, OAUTHBEARER) if f"AUTH={m}" in self.capabilities), None)
        if mech is None:
            raise TokenRefused("the server offers neither XOAUTH2 nor OAUTHBEARER", self.side)
        blob, sent = initial_response(mech, user, token), "SASL-IR" in self.capabilities
        tag = await self._send([b"AUTHENTICATE " + mech.encode() + (b" " + blob if sent else b"")])
        reason: dict[str, str] = {}
        while True:
            first = (await self._response())[0]
            if first.startswith(b"+"):  # the empty challenge for the token, or the refusal's JSON: answered
                if not sent:
                    await self._write(blob + b"\r\n")
                    sent = True
                else:
                    reason = decode_challenge(first) or reason
                    await self._write(failure_reply(mech) + b"\r\n")
            elif first.startswith(b"* BYE"):
                raise ConnectionLost(first.decode(errors="replace").strip(), self.side)
            elif not first.startswith(b"*"):
                got, _, rest = first.partition(b" ")
                self._unanswered.discard(got)
                if got == tag:
                    break
        status, _, text = rest.partition(b" ")
        if status.upper() != b"OK":
            raise TokenRefused(f"{text.decode(errors='replace').strip()} {reason or ''}".strip(), self.side, reason)
        await self.capability()

    async def capability(self) -> None:
        reply = await self.command(b"CAPABILITY")
        for u in reply.untagged:
            if u[:2] == [b"*", b"CAPABILITY"]:
                self.capabilities = frozenset(a.decode().upper() for a in u[2:] if isinstance(a, bytes))

    def close(self) -> None:
        if self._reading is not None and not self._reading.done():
            self._reading.cancel()
        with contextlib.suppress(Exception):
            self.writer.close()

    async def logout(self) -> None:
        """LOGOUT, after the answers of every command still on its way (a stop mid-APPEND: once this returns the
        server has carried it out or never will — its answer read, the line closed by the server, or the command
        only part-written), then the line closed. A connection that stays silent is closed after SETTLE."""
        if not self._half_sent:
            with contextlib.suppress(ImapError, TimeoutError, OSError):
                async with asyncio.timeout(SETTLE if self._unanswered else 5):
                    await self._send([b"LOGOUT"])  # its tag joins the unanswered ones
                    await self._collect(sorted(self._unanswered), bye=True)
        self.close()

    # --- commands ----------------------------------------------------------------------------------------
    def _next_tag(self) -> bytes:
        self._tag += 1
        return b"M%d" % self._tag

    async def _response(self) -> list[bytes]:
        """The next answer; a cancel while it arrives leaves it to the next reader, whole (asyncio.shield)."""
        if self._reading is None:
            self._reading = asyncio.ensure_future(self._read_segments())
        segments = await asyncio.shield(self._reading)
        self._reading = None
        return segments

    async def _read_segments(self) -> list[bytes]:
        # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancel that comes as the line arrives
        segments: list[bytes] = []
        try:
            while True:
                async with asyncio.timeout(TIMEOUT):
                    line = await self.reader.readline()
                if not line:
                    raise ConnectionLost("the server closed the connection", self.side)
                segments.append(line)
                m = _LITERAL.search(line)
                if not m:
                    return segments
                size, chunks = int(m.group(1)), []
                while size > 0:  # a big message on a slow line: the time limit is for each piece, not the whole
                    async with asyncio.timeout(TIMEOUT):
                        chunk = await self.reader.read(min(size, 1 << 20))
                    if not chunk:
                        raise ConnectionLost("the server closed the connection", self.side)
                    chunks.append(chunk)
                    size -= len(chunk)
                segments.append(b"".join(chunks))
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError, ssl.SSLError, OSError) as exc:
            raise ConnectionLost(type(exc).__name__, self.side) from None

    async def _write(self, data: bytes) -> None:
        try:
            self.writer.write(data)
            await self.writer.drain()
        except (ConnectionError, ssl.SSLError, OSError) as exc:
            raise ConnectionLost(type(exc).__name__, self.side) from None

    async def _send(self, parts: list[bytes | Literal]) -> bytes:
        """Writes one command; its literals as LITERAL+ when offered, else each after the server's "+"."""
        tag = self._next_tag()
        plus = "LITERAL+" in self.capabilities
        buf = bytearray(tag + b" ")
        self._half_sent = True
        for part in parts:
            if isinstance(part, Literal):
                buf += b"{%d%s}\r\n" % (len(part), b"+" if plus else b"")
                if not plus:
                    await self._write(bytes(buf))
                    buf.clear()
                    while True:  # wait for the continuation
                        seg = await self._response()
                        if seg[0].startswith(b"+"):
                            break
                        if seg[0].startswith(tag + b" "):
                            self._half_sent = False  # refused whole: nothing of it is left on the line
                            raise Refused(seg[0].decode(errors="replace").strip(), self.side)
                buf += part
            else:
                buf += part
        buf += b"\r\n"
        self._half_sent = False  # from here the whole command is handed over (write() takes it before any wait)
        self._unanswered.add(tag)
        await self._write(bytes(buf))
        return tag

    async def _collect(self, tags: list[bytes], continuation: bytes | None = None,
                       bye: bool = False) -> dict[bytes, Reply]:
        waiting = dict.fromkeys(tags)
        untagged: list = []
        done: dict[bytes, Reply] = {}
        while len(done) < len(tags):
            segments = await self._response()
            first = segments[0]
            if first.startswith(b"+"):
                await self._write((continuation or b"") + b"\r\n")
                continuation = None
                continue
            if first.startswith(b"* BYE") and not bye:  # at LOGOUT the BYE is expected: read on to its OK
                raise ConnectionLost(first.decode(errors="replace").strip(), self.side)
            if first.startswith(b"*"):
                untagged.append(parse(segments))
                continue
            tag, _, rest = first.partition(b" ")
            self._unanswered.discard(tag)
            if tag in waiting:
                status, _, text = rest.partition(b" ")
                done[tag] = Reply(status.decode().upper(), text.decode(errors="replace").strip(), untagged)
                untagged = []
        return done

    async def command(self, line: bytes, *parts: bytes | Literal, check: bool = True,
                      continuation: bytes | None = None) -> Reply:
        tag = await self._send([line, *parts])
        reply = (await self._collect([tag], continuation))[tag]
        if check and reply.status != "OK":
            raise Refused(reply.text, self.side)
        return reply

    async def pipeline(self, commands: list[list[bytes | Literal]]) -> list[Reply]:
        """Several commands written before their answers are read (sent one by one without LITERAL+)."""
        if "LITERAL+" not in self.capabilities:
            return [await self.command(c[0], *c[1:], check=False) for c in commands]
        tags = [await self._send(c) for c in commands]
        done = await self._collect(tags)
        return [done[t] for t in tags]
