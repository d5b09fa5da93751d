"""The staff spreadsheet the review compares the accounts with: read through the members' own reading (CSV/XLSX,
encodings, header spellings in three languages), so a bad file gives the members' typed errors (UnreadableFile,
``import.*`` keys). What is kept: each person's company address (and any other address the file names) and name."""

from __future__ import annotations

import re
from pathlib import Path

from mailwizard.core.activation import now_utc, stamp
from mailwizard.core.members.raw_table import UnreadableFile
from mailwizard.core.review.flags import name_key
from mailwizard.core.review.model import StaffList

_ANGLE = re.compile(r".*<([^<>]+@[^<>]+)>\s*")  # "Zhang Wei <zhang.wei@example.com>", as Outlook copies it
NO_PEOPLE = "review.staff_no_people"  # the file has no column of names or addresses, or nobody in them


def read_staff(path: Path | str, domain: str | None = None) -> StaffList:
    """The people in the file: addresses (a bare "anna" in the address column is anna@``domain``) and names."""
    from mailwizard.core.members.header_mapping import guess_mapping, to_members
    from mailwizard.core.members.reading import read_table

    path = Path(path)
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    addresses: set[str] = set()
    names: set[str] = set()
    for _line, member in to_members(table, mapping, domain):
        address = _address(member.local_part, domain)
        if address:
            addresses.add(address)
        for name in _names(member.display_name, member.family_name, member.given_name):
            names.add(name)
    if not addresses and not names:
        raise UnreadableFile(NO_PEOPLE)
    return StaffList(frozenset(addresses), frozenset(names), path.name, stamp(now_utc()) or "")


def _address(cell: str, domain: str | None) -> str:
    text = cell.strip().replace("＠", "@")
    angle = _ANGLE.fullmatch(text)
    if angle:
        text = angle.group(1).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):].strip()
    if not text or any(ch.isspace() for ch in text):
        return ""
    if "@" in text:
        return text.lower()
    return f"{text}@{domain}".lower() if domain else ""


def _names(display: str, family: str, given: str) -> list[str]:
    """The name as the file writes it, and as family + given in both orders (Chinese: no space)."""
    found = [display] if display.strip() else []
    if family.strip() and given.strip():
        found += [f"{family} {given}", f"{given} {family}"]
    return [key for key in (name_key(n) for n in found) if key]
