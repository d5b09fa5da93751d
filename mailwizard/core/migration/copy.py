"""The copy of one member's old mail into the new mailbox, exactly once.

Per old folder (several at once, each on its own pair of connections): the old folder is opened with EXAMINE (read
only: nothing on the old server is ever changed or deleted, and BODY.PEEK leaves \\Seen alone), its UIDs listed,
the ones the journal has not seen fetched in batches (UID ranges) while the batch before is appended — MULTIAPPEND
(RFC 3502, all or none) when the new server offers it, else pipelined APPENDs — each with its flags and INTERNALDATE.
A batch is written in the journal before its APPEND is sent and confirmed when the server's OK is read. A batch whose
answer never came (a lost line, a kill) and a folder the journal has never seen are settled by looking at the new
folder first: a message already there, by Message-ID or, lacking one, by date+from+subject+size, is not sent again.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import ssl
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from mailwizard.core.migration.folders import FolderMap, folders_from_list, map_folders
from mailwizard.core.migration.imap import ConnectionLost, ImapClient, Literal, OverQuota, Refused, quote
from mailwizard.core.migration.journal import CopyJournal, FolderRecord, compact, refusal_of
from mailwizard.core.migration.utf7 import encode

BATCH_MESSAGES = 200
BATCH_BYTES = 8 * 1024 * 1024
FOLDERS_AT_ONCE = 3
RETRIES = 3  # a lost line: connect again and carry on (the journal says where), this many times in a row
_HEADERS = b"BODY[HEADER.FIELDS (MESSAGE-ID DATE FROM SUBJECT)]"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # "ssl" | "starttls" (anything else is refused: no password in the clear)
    login: str
    password: str
    context: ssl.SSLContext | None = None  # None: the system's trusted certificates
    token: Callable[[], Awaitable[str]] | None = None  # an OAuth access token instead of the password (login_oauth)

    def __repr__(self) -> str:  # never the password
        return f"Server({self.host}:{self.port} {self.security} {self.login})"


@dataclass
class Progress:
    done: int = 0  # messages in the new mailbox (copied now, before, or found there already)
    total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    copied: int = 0  # sent by this run
    skipped: int = 0  # found on the new server already (never sent twice)
    refused: int = 0  # refused by the new server one by one (too big…): not copied, tried again next time
    refusal: str = ""  # the server's words for the last of them


def message_key(header_bytes: bytes, size: int) -> str:
    """The key a message is recognised by on the new server: its Message-ID, else a hash of its date, sender,
    subject and size."""
    head: dict[str, str] = {}
    text = re.sub(r"\r?\n[ \t]+", " ", header_bytes.decode("utf-8", "replace"))  # folded lines unfolded
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() not in head:
            head[name.strip().lower()] = " ".join(value.split())
    mid = head.get("message-id", "")
    if mid:
        return "id:" + mid.lower()
    parts = [head.get(h, "") for h in ("date", "from", "subject")]
    return "h:" + hashlib.sha256("\0".join([*parts, str(size)]).encode("utf-8", "replace")).hexdigest()


def _fetch_items(untagged: list) -> list[dict[bytes, object]]:
    out = []
    for item in untagged:
        if len(item) >= 4 and item[2] == b"FETCH" and isinstance(item[3], list):
            pairs = item[3]
            out.append({pairs[i].upper() if isinstance(pairs[i], bytes) else b"": pairs[i + 1]
                        for i in range(0, len(pairs) - 1, 2)})
    return out


class MailboxCopy:
    """``run()`` copies everything not yet copied; ``progress`` is updated as it goes and ``on_progress`` called
    after each batch; ``paused`` (an asyncio.Event set = running) is waited for between batches."""

    def __init__(self, source: Server, target: Server, journal: CopyJournal, *,
                 on_progress: Callable[[Progress], None] = lambda _p: None,
                 running: asyncio.Event | None = None, folders_at_once: int = FOLDERS_AT_ONCE,
                 batch_messages: int | None = None) -> None:
        self.source, self.target, self.journal = source, target, journal
        self.on_progress = on_progress
        self.running = running
        self.folders_at_once, self.batch_messages = folders_at_once, batch_messages or BATCH_MESSAGES
        self.progress = Progress()
        self._stats: dict[str, list[int]] = {}  # per old folder: done, bytes done, total, bytes total

    async def _open(self, server: Server, side: str) -> ImapClient:
        client = await ImapClient.connect(server.host, server.port, server.security, side=side,
                                          context=server.context)
        try:
            if server.token is not None:  # asked at each sign-in: a reconnect an hour on gets a fresh one
                await client.login_oauth(server.login, await server.token())
            else:
                await client.login(server.login, server.password)
        except BaseException:
            client.close()
            raise
        return client

    async def plan(self) -> list[FolderMap]:
        """The folders and their mapping; the folders missing on the new server made there. The old server is
        asked first: its problem (a wrong password…) is the one told."""
        src = await self._open(self.source, "source")
        try:
            dst = await self._open(self.target, "target")
        except BaseException:
            await src.logout()
            raise
        try:
            source = folders_from_list((await src.command(b'LIST "" "*"')).untagged)
            target = folders_from_list((await dst.command(b'LIST "" "*"')).untagged)
            mapping = map_folders(source, target)
            for m in mapping:
                if not m.exists:
                    reply = await dst.command(b"CREATE " + quote(encode(m.target_name)), check=False)
                    if reply.status != "OK" and "ALREADYEXISTS" not in reply.text.upper():
                        raise Refused(reply.text, "target")
                    await dst.command(b"SUBSCRIBE " + quote(encode(m.target_name)), check=False)
            return mapping
        finally:
            await asyncio.gather(src.logout(), dst.logout())

    async def run(self) -> Progress:
        mapping = await self.plan()
        queue: asyncio.Queue[FolderMap] = asyncio.Queue()
        for m in mapping:
            queue.put_nowait(m)
        workers = [asyncio.ensure_future(self._worker(queue)) for _ in range(min(self.folders_at_once,
                                                                                   len(mapping)) or 1)]
        try:
            await asyncio.gather(*workers)
        finally:
            for w in workers:
                w.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return self.progress

    async def _worker(self, queue: asyncio.Queue[FolderMap]) -> None:
        while not queue.empty():
            folder = queue.get_nowait()
            failures = 0
            while True:
                if self.running is not None:  # paused: no connection is opened meanwhile
                    await self.running.wait()
                before = self.progress.done
                try:
                    await self._folder(folder)
                    break
                except ConnectionLost:
                    # RETRIES lost lines in a row without a message copied in between stop the copy
                    failures = 1 if self.progress.done > before else failures + 1
                    if failures > RETRIES:
                        raise
                    await asyncio.sleep(0.2 * failures)

    async def _folder(self, m: FolderMap) -> None:
        src, dst = await asyncio.gather(self._open(self.source, "source"), self._open(self.target, "target"))
        try:
            await self._copy_folder(m, src, dst)
        finally:
            await asyncio.gather(src.logout(), dst.logout())

    async def _copy_folder(self, m: FolderMap, src: ImapClient, dst: ImapClient) -> None:
        reply = await src.command(b"EXAMINE " + quote(m.source.wire))
        validity = 0
        for u in reply.untagged:
            text = b" ".join(x for x in u if isinstance(x, bytes))
            if b"[UIDVALIDITY" in text.upper():
                validity = int(text.upper().split(b"[UIDVALIDITY", 1)[1].split(b"]")[0])
        folder_key = m.source.wire
        rec = self.journal.record(folder_key, validity)
        fresh = not rec.done  # never copied from here (or a new UIDVALIDITY): what the new folder holds counts
        sizes = await self._uid_sizes(src, b"1:*")
        for uid in [u for u in rec.refused if u not in sizes]:  # deleted on the old server since: not listed
            rec.refused.pop(uid)
        self._count(folder_key, rec, sizes)
        todo = sorted(uid for uid in sizes if uid not in rec.done)
        suspects = set(todo) if fresh else (rec.pending & set(todo))
        target_mailbox = quote(encode(m.target_name))
        on_target: Counter[str] | None = None
        if suspects:
            on_target = await self._target_keys(dst, target_mailbox)
            if not on_target:
                suspects = set()
        batches = self._batches(todo, sizes)
        fetching = asyncio.ensure_future(self._fetch(src, batches[0])) if batches else None
        try:
            for i in range(len(batches)):
                if self.running is not None:
                    await self.running.wait()
                messages = await fetching
                fetching = asyncio.ensure_future(self._fetch(src, batches[i + 1])) if i + 1 < len(batches) else None
                await self._append_batch(folder_key, rec, dst, target_mailbox, messages, suspects, on_target, sizes)
        finally:  # stopped part-way (a lost line, a cancel): the batch read ahead is dropped
            if fetching is not None and not fetching.done():
                fetching.cancel()

    def _count(self, folder_key: str, rec: FolderRecord, sizes: dict[int, int]) -> None:
        """The folder's numbers (again, after a retry: replaced, not added twice)."""
        already = [uid for uid in sizes if uid in rec.done]
        self._stats[folder_key] = [len(already), sum(sizes[u] for u in already), len(sizes), sum(sizes.values())]
        self._report()

    def _report(self) -> None:
        p = self.progress
        p.done, p.bytes_done, p.total, p.bytes_total = (sum(column) for column in zip(*self._stats.values(),
                                                                                      strict=True))
        self.on_progress(p)

    def _batches(self, todo: list[int], sizes: dict[int, int]) -> list[list[int]]:
        batches: list[list[int]] = []
        current: list[int] = []
        weight = 0
        for uid in todo:
            if current and (len(current) >= self.batch_messages or weight + sizes[uid] > BATCH_BYTES):
                batches.append(current)
                current, weight = [], 0
            current.append(uid)
            weight += sizes[uid]
        if current:
            batches.append(current)
        return batches

    @staticmethod
    async def _uid_sizes(client: ImapClient, uids: bytes) -> dict[int, int]:
        reply = await client.command(b"UID FETCH " + uids + b" (UID RFC822.SIZE)", check=False)
        if reply.status != "OK":  # an empty folder answers "1:*" with nothing or a NO on some servers
            return {}
        return {int(f[b"UID"]): int(f.get(b"RFC822.SIZE") or 0) for f in _fetch_items(reply.untagged)
                if f.get(b"UID")}

    @staticmethod
    async def _fetch(client: ImapClient, uids: list[int]) -> list[tuple[int, list, bytes, bytes]]:
        """(uid, flags, INTERNALDATE, bytes) of a batch, read without marking anything read (BODY.PEEK)."""
        reply = await client.command(b"UID FETCH " + compact(uids).encode() +
                                     b" (UID FLAGS INTERNALDATE BODY.PEEK[])")
        out = []
        for f in _fetch_items(reply.untagged):
            body = f.get(b"BODY[]")
            if f.get(b"UID") is None or body is None:
                continue
            flags = [x for x in (f.get(b"FLAGS") or []) if isinstance(x, bytes) and x.upper() != b"\\RECENT"]
            out.append((int(f[b"UID"]), flags, f.get(b"INTERNALDATE") or b"", bytes(body)))
        wanted = set(uids)
        return sorted((m for m in out if m[0] in wanted), key=lambda m: m[0])

    @staticmethod
    async def _target_keys(dst: ImapClient, mailbox: bytes) -> Counter[str]:
        """What the new folder holds already, by message key (a Counter: two old copies of one message are two)."""
        reply = await dst.command(b"EXAMINE " + mailbox)
        exists = any(len(u) >= 3 and u[2] == b"EXISTS" and u[1] != b"0" for u in reply.untagged)
        keys: Counter[str] = Counter()
        if exists:
            fetched = await dst.command(b"UID FETCH 1:* (RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID DATE FROM "
                                        b"SUBJECT)])")
            for f in _fetch_items(fetched.untagged):
                head = f.get(_HEADERS) or b""
                keys[message_key(bytes(head), int(f.get(b"RFC822.SIZE") or 0))] += 1
        await dst.command(b"UNSELECT" if "UNSELECT" in dst.capabilities else b"CLOSE", check=False)
        return keys

    async def _append_batch(self, folder_key: str, rec: FolderRecord, dst: ImapClient, mailbox: bytes,
                            messages: list[tuple[int, list, bytes, bytes]], suspects: set[int],
                            on_target: Counter[str] | None, sizes: dict[int, int]) -> None:
        send, already = [], []
        for msg in messages:
            uid, _flags, _date, raw = msg
            if uid in suspects and on_target:
                key = message_key(raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n", len(raw))
                if on_target[key] > 0:
                    on_target[key] -= 1
                    already.append(uid)
                    continue
            send.append(msg)
        uids = [m[0] for m in send]
        ok: list[int] = []
        refused: dict[int, str] = {}
        error: Exception | None = None
        if send:
            await self.journal.begin(folder_key, rec, uids)
            try:
                ok, refused = await self._append(dst, mailbox, send)
            except _PartlyAppended as partly:  # what went in is confirmed; the rest was refused, not lost
                ok, error = partly.ok, partly.error
        await self.journal.confirm(folder_key, rec, [*ok, *already],
                                   [refusal_of(m[0], m[3], refused[m[0]]) for m in send if m[0] in refused])
        self.progress.copied += len(ok)
        self.progress.skipped += len(already)
        stats = self._stats[folder_key]
        stats[0] += len(ok) + len(already)
        stats[1] += sum(sizes.get(u, 0) for u in (*ok, *already))
        self._report()
        if error is not None:
            raise error

    async def _append(self, dst: ImapClient, mailbox: bytes,
                      send: list[tuple[int, list, bytes, bytes]]) -> tuple[list[int], dict[int, str]]:
        """Appends the batch; returns the UIDs now on the new server and those it refused on its own (too big, RFC
        5530 [LIMIT]…) with its words: left out, counted in ``progress.refused``, journalled and tried again next
        time. Over quota → OverQuota, raised after what went in is confirmed (_PartlyAppended)."""
        def one(msg: tuple[int, list, bytes, bytes]) -> list[bytes | Literal]:
            _uid, flags, date, raw = msg
            return [b" (" + b" ".join(flags) + b")" + (b' "' + date + b'" ' if date else b" "), Literal(raw)]

        if "MULTIAPPEND" in dst.capabilities:  # all or none (RFC 3502)
            parts: list[bytes | Literal] = [b"APPEND " + mailbox]
            for msg in send:
                parts.extend(one(msg))
            reply = await dst.command(parts[0], *parts[1:], check=False)
            if reply.status == "OK":
                return [m[0] for m in send], {}
            if _over_quota(reply.text) or len(send) == 1:
                replies = [reply] * len(send)
            else:  # one message spoils the batch: each on its own, to find it
                replies = await dst.pipeline([[b"APPEND " + mailbox, *one(msg)] for msg in send])
        else:
            replies = await dst.pipeline([[b"APPEND " + mailbox, *one(msg)] for msg in send])
        ok = [m[0] for m, r in zip(send, replies, strict=True) if r.status == "OK"]
        full = next((r for r in replies if r.status != "OK" and _over_quota(r.text)), None)
        if full is not None:
            raise _PartlyAppended(ok, OverQuota(full.text, "target"))
        refused = {m[0]: r.text[:300] for m, r in zip(send, replies, strict=True) if r.status != "OK"}
        for text in refused.values():
            self.progress.refused += 1
            self.progress.refusal = text
        return ok, refused


def _over_quota(text: str) -> bool:
    """RFC 5530's [OVERQUOTA], or a server that only says "quota" in words (a [LIMIT] is the message's own size)."""
    upper = text.upper()
    return "[OVERQUOTA]" in upper or ("QUOTA" in upper and "[LIMIT]" not in upper)


class _PartlyAppended(Exception):
    def __init__(self, ok: list[int], error: Exception) -> None:
        super().__init__(str(error))
        self.ok, self.error = ok, error
