"""The file a provider's own migration service takes, written exactly, and its console steps (sourced).

- ``imap_csv``: Microsoft 365's IMAP migration batch CSV. Header row ``EmailAddress,UserName,Password`` (the names
  exactly, no spaces), one row per mailbox: the new Microsoft 365 mailbox, the old server's login, its password; at
  most 50,000 rows and 10 MB. https://learn.microsoft.com/en-us/exchange/mailbox-migration/migrating-imap-mailboxes/
  csv-files-for-imap-migration-batches (as quoted in https://docs.microsoft.com/en-us/previous-versions/exchange-
  server/exchange-150/jj552926(v=exchg.150) and https://learn.microsoft.com/en-us/Exchange/mailbox-migration/
  csv-files-for-migration; the limits from the latter's IMAP section as quoted by third parties: unconfirmed).
- ``google_mapping``: Google Workspace's data migration service CSV, https://support.google.com/a/answer/6244351
  ("Use CSV files with the data migration service"): no header row, each entry on its own row, full email addresses,
  ``Google Workspace email address,Legacy email address,Legacy email password`` (the page's text-file format; a
  password is included "unless you are migrating from Gmail, Microsoft Exchange, or Office 365"). No quotation
  marks: a field that would need them is refused ("Delete any automatically added quotation marks", the sibling
  page https://support.google.com/a/answer/2790320).

Passwords are in the file only as it is written (never stored or logged); ``remove`` overwrites it, then deletes it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

IMAP_CSV, GOOGLE_MAPPING = "imap_csv", "google_mapping"
KINDS = (IMAP_CSV, GOOGLE_MAPPING)
MS_MAX_ROWS = 50_000
MS_MAX_BYTES = 10 * 1024 * 1024

# The console steps, each a message key (ui/messages/migprep.py) with the server's params. Microsoft: Exchange admin
# center → Migration → Add migration batch → "Migration to Exchange Online" → "IMAP migration" → a migration endpoint
# (the IMAP server, port, encryption) → upload the CSV → start the batch; https://learn.microsoft.com/en-us/exchange/
# mailbox-migration/migrating-imap-mailboxes/migrate-other-types-of-imap-mailboxes (labels from that page as of its
# new EAC version; unconfirmed here: the page could not be read in full). The mailboxes must exist first.
# Google: Admin console → Menu → Data → Data import & export → Data migration (the menu path: unconfirmed) → for
# IMAP, "Migrate" → the IMAP server address → "Test connection" (https://support.google.com/a/answer/14792325, as
# mirrored) → "Bulk upload with CSV" → "Attach file" → "Upload and start migration" (Google's help as quoted by
# https://whogohost.getgist.help/article/292-how-to-migrate-email-for-multiple-users).
STEPS = {
    IMAP_CSV: ("migprep.steps.ms.mailboxes", "migprep.steps.ms.open", "migprep.steps.ms.batch",
               "migprep.steps.ms.endpoint", "migprep.steps.ms.upload", "migprep.steps.ms.start",
               "migprep.steps.remove"),
    GOOGLE_MAPPING: ("migprep.steps.google.open", "migprep.steps.google.source", "migprep.steps.google.upload",
                     "migprep.steps.google.start", "migprep.steps.remove"),
}


FILE_KEYS = tuple(f"migprep.file.{k}" for k in ("unknown_kind", "empty", "incomplete", "bad_character",
                                                 "google_unquotable", "duplicate", "too_many", "too_big"))


@dataclass(frozen=True)
class MigrationRow:
    """One member: ``address`` the new mailbox, ``source_login`` the old server's login, ``password`` its password
    (held only until the file is written; never repr'd)."""

    address: str
    source_login: str
    password: str

    def __repr__(self) -> str:
        return f"MigrationRow({self.address!r}, {self.source_login!r}, password=***)"


class RowProblem(ValueError):
    """A row the file cannot hold: ``key`` (migprep.file.*) and the member's address (never the password)."""

    def __init__(self, key: str, address: str = "") -> None:
        super().__init__(key)
        self.key, self.address = key, address


def _check(kind: str, rows: list[MigrationRow]) -> None:
    if kind not in KINDS:
        raise RowProblem("migprep.file.unknown_kind")
    if not rows:
        raise RowProblem("migprep.file.empty")
    seen: set[str] = set()
    for row in rows:
        fields = (row.address, row.source_login, row.password)
        if not all(f.strip() for f in fields) or "@" not in row.address:
            raise RowProblem("migprep.file.incomplete", row.address)
        if any(c in f for f in fields for c in "\r\n\0"):
            raise RowProblem("migprep.file.bad_character", row.address)
        if kind == GOOGLE_MAPPING and (any(c in f for f in fields for c in ',"') or "@" not in row.source_login):
            raise RowProblem("migprep.file.google_unquotable", row.address)
        if row.address.lower() in seen:
            raise RowProblem("migprep.file.duplicate", row.address)
        seen.add(row.address.lower())
    if kind == IMAP_CSV and len(rows) > MS_MAX_ROWS:
        raise RowProblem("migprep.file.too_many")


def render(kind: str, rows: list[MigrationRow]) -> bytes:
    """The file's bytes (UTF-8, CRLF rows as Excel and the consoles write them)."""
    _check(kind, rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if kind == IMAP_CSV:
        writer.writerow(("EmailAddress", "UserName", "Password"))
        writer.writerows((r.address, r.source_login, r.password) for r in rows)
    else:
        writer.writerows((r.address, r.source_login, r.password) for r in rows)
    data = out.getvalue().encode("utf-8")
    if kind == IMAP_CSV and len(data) > MS_MAX_BYTES:
        raise RowProblem("migprep.file.too_big")
    return data


def write(path: Path, kind: str, rows: list[MigrationRow]) -> int:
    """Write the file (readable by this user only where the OS allows), return the number of members in it."""
    data = render(kind, rows)
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise (no fchmod on Windows)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    return len(rows)


def remove(path: Path) -> bool:
    """Overwrite the file with zeros (its passwords gone from the disk as far as a program can tell), then delete
    it. False: there was no such file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        block = b"\0" * 65536
        left = size
        while left > 0:
            left -= os.write(fd, block[:min(left, len(block))])
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    return True
