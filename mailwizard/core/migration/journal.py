"""The copy's journal: per member and old folder, the UIDs already copied (valid for one UIDVALIDITY, RFC 3501
§2.3.1.1) and the batch being appended now (written ahead, before the APPEND is sent). Kept in the store's journal
(scope ``migration-copy:<address>``, item the old folder's name as the server spells it); no password ever."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


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


@dataclass
class FolderRecord:
    uidvalidity: int = 0
    done: set[int] = field(default_factory=set)
    pending: set[int] = field(default_factory=set)  # sent, answer not seen: settled by looking at the target

    def to_text(self) -> str:
        return json.dumps({"v": self.uidvalidity, "done": compact(self.done), "pending": compact(self.pending)})

    @classmethod
    def from_text(cls, text: str) -> FolderRecord:
        try:
            data = json.loads(text)
            return cls(int(data["v"]), expand(data.get("done", "")), expand(data.get("pending", "")))
        except (ValueError, KeyError, TypeError):
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

    async def begin(self, folder: str, rec: FolderRecord, uids: Iterable[int]) -> None:
        rec.pending = set(uids)
        await self._put(folder, rec, "appending")

    async def confirm(self, folder: str, rec: FolderRecord, uids: Iterable[int]) -> None:
        rec.done.update(uids)
        rec.pending.clear()
        await self._put(folder, rec, "copied")

    async def _put(self, folder: str, rec: FolderRecord, state: str) -> None:
        await self._write(self.store.journal_put, self.scope, folder, state, rec.to_text())

    async def forget(self) -> None:
        for folder in list(self._records):
            await self._write(self.store.journal_put, self.scope, folder, "forgotten", "")
        self._records.clear()
