"""The copy's journal: per member and old folder, the UIDs already copied (valid for one UIDVALIDITY, RFC 3501
§2.3.1.1), the batch being appended now (written ahead, before the APPEND is sent) and the messages the new server
refused one by one (too big…: their UID, size, subject, date and the server's words — listed in the window, tried
again on the next run). Kept in the store's journal (scope ``migration-copy:<address>``, item the old folder's name
as the server spells it); no password ever."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from mailwizard.core.migration.utf7 import decode


def compact(uids: Iterable[int]) -> str:
    """{1,2,3,7} → "1:3,7" (an IMAP sequence set)."""
    ordered = sorted(set(uids))
    runs: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        runs.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(runs)


def expand(text: str) -> set[int]:
    out: set[int] = set()
    for run in filter(None, text.split(",")):
        first, _, last = run.partition(":")
        out.update(range(int(first), int(last or first) + 1))
    return out


@dataclass(frozen=True)
class Refusal:
    """A message the new server refused on its own: what the window lists about it."""

    uid: int
    size: int
    reason: str  # the server's words
    subject: str = ""
    date: str = ""

    @property
    def too_big(self) -> bool:
        """RFC 5530's [LIMIT] (or a server saying so in words): the message is bigger than the server takes."""
        upper = self.reason.upper()
        return "[LIMIT]" in upper or any(w in upper for w in ("TOO LARGE", "TOO BIG", "SIZE"))


_WORD = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")


def _words(value: str) -> str:
    """RFC 2047 encoded words decoded (the space between two of them dropped); 8-bit UTF-8 left as it is."""
    def one(m: re.Match) -> str:
        charset, kind, data = m.groups()
        try:
            raw = base64.b64decode(data + "=" * (-len(data) % 4)) if kind in "bB" else \
                binascii.a2b_qp(data.encode("ascii"), header=True)
            return raw.decode(charset, "replace")
        except (ValueError, LookupError, UnicodeEncodeError):
            return m.group(0)

    return _WORD.sub(one, re.sub(r"(\?=)\s+(?==\?)", r"\1", value))


def refusal_of(uid: int, raw: bytes, reason: str) -> Refusal:
    """A refused message as the journal keeps it: its size, its subject and date as its header gives them."""
    text = re.sub(r"\r?\n[ \t]+", " ", raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace"))
    head: dict[str, str] = {}
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() not in head:
            head[name.strip().lower()] = " ".join(value.split())
    return Refusal(uid, len(raw), reason, _words(head.get("subject", ""))[:200], head.get("date", "")[:80])


@dataclass(frozen=True)
class RefusedMessage:
    folder: str  # the old folder's name (decoded)
    refusal: Refusal


@dataclass
class FolderRecord:
    uidvalidity: int = 0
    done: set[int] = field(default_factory=set)
    pending: set[int] = field(default_factory=set)  # sent, answer not seen: settled by looking at the target
    refused: dict[int, Refusal] = field(default_factory=dict)  # refused one by one: tried again next time

    def to_text(self) -> str:
        data: dict[str, Any] = {"v": self.uidvalidity, "done": compact(self.done), "pending": compact(self.pending)}
        if self.refused:
            data["refused"] = {str(u): [r.size, r.reason, r.subject, r.date] for u, r in self.refused.items()}
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> FolderRecord:
        try:
            data = json.loads(text)
            refused = {int(u): Refusal(int(u), int(r[0]), str(r[1]), str(r[2]), str(r[3]))
                       for u, r in (data.get("refused") or {}).items()}
            return cls(int(data["v"]), expand(data.get("done", "")), expand(data.get("pending", "")), refused)
        except (ValueError, KeyError, TypeError, IndexError):
            return cls()


class CopyJournal:
    """Reads at once from the store, writes through ``write`` (the session's ``write_now``: in order with the
    saves, awaited — an APPEND is only sent after its batch is on disk)."""

    def __init__(self, store: Any, address: str,
                 write: Callable[..., Awaitable[Any]]) -> None:
        self.store, self.scope, self._write = store, f"migration-copy:{address.lower()}", write
        self._records = {item: FolderRecord.from_text(remote)
                         for item, (_state, remote, _err) in store.journal_all(self.scope).items()}

    def record(self, folder: str, uidvalidity: int) -> FolderRecord:
        """The folder's record; a new UIDVALIDITY makes the old UIDs meaningless (the target check decides)."""
        rec = self._records.get(folder)
        if rec is None or rec.uidvalidity != uidvalidity:
            rec = self._records[folder] = FolderRecord(uidvalidity)
        return rec

    def copied_count(self) -> int:
        return sum(len(r.done) for r in self._records.values())

    def refused(self) -> list[RefusedMessage]:
        """The messages the new server refused and that are not in yet, folder by folder, oldest UID first."""
        return [RefusedMessage(decode(folder), rec.refused[uid]) for folder, rec in sorted(self._records.items())
                for uid in sorted(rec.refused) if uid not in rec.done]

    async def begin(self, folder: str, rec: FolderRecord, uids: Iterable[int]) -> None:
        rec.pending = set(uids)
        await self._put(folder, rec, "appending")

    async def confirm(self, folder: str, rec: FolderRecord, uids: Iterable[int],
                      refused: Iterable[Refusal] = ()) -> None:
        """The batch's answer: ``uids`` are in the new folder; ``refused`` were refused one by one (kept, listed,
        tried again next time); the batch is no longer pending."""
        uids = set(uids)
        rec.done.update(uids)
        rec.pending.clear()
        for uid in uids:
            rec.refused.pop(uid, None)
        rec.refused.update({r.uid: r for r in refused})
        await self._put(folder, rec, "copied")

    async def _put(self, folder: str, rec: FolderRecord, state: str) -> None:
        await self._write(self.store.journal_put, self.scope, folder, state, rec.to_text())

    async def forget(self) -> None:
        for folder in list(self._records):
            await self._write(self.store.journal_put, self.scope, folder, "forgotten", "")
        self._records.clear()
