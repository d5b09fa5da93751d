"""What an import gets from a spreadsheet, row by row: the one sequence behind the import preview and
`mailwizard members check`, so both show the same addresses and the same problems."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mailwizard.core.members.header_mapping import to_members
from mailwizard.core.members.model import PERMISSIONS, Member
from mailwizard.core.members.names import fill_addresses
from mailwizard.core.members.raw_table import RawTable
from mailwizard.core.members.table import CellProblem, check_table, normalise


@dataclass(frozen=True)
class ImportedRows:
    """``rows``: (the file's line, the member as it will be imported); ``problems``: by index into ``rows``,
    found beside the members already in the list, told as the file numbers its rows (a duplicate names the
    other person's line, or says they are in the list already)."""

    rows: list[tuple[int, Member]]
    problems: dict[int, list[CellProblem]] = field(default_factory=dict)

    @property
    def members(self) -> list[Member]:
        return [member for _, member in self.rows]


def read_members(table: RawTable, mapping: dict[str, int], domain: str, pattern: str,
                 existing: Sequence[Member] = (), *, roles: tuple[str, ...] = PERMISSIONS) -> ImportedRows:
    """Each row read through ``mapping`` and normalised; where the file gives a name but no address, the
    address the table will suggest from it (in ``pattern``, none that ``existing`` or another row uses, as
    the Members step does when people are typed); then checked with the wizard's rules. ``pattern`` empty:
    addresses only as the file has them."""
    rows = [(line, normalise(member)) for line, member in to_members(table, mapping, domain)]
    if pattern:
        taken = {m.local_part for m in existing if m.local_part}
        filled = fill_addresses([m for _, m in rows], pattern, taken)
        rows = [(line, member) for (line, _), member in zip(rows, filled, strict=True)]
    offset = len(existing)
    found = check_table([*existing, *(m for _, m in rows)], roles=roles, domain=domain)
    return ImportedRows(rows, {i - offset: [_as_in_file(p, rows, offset) for p in problems]
                               for i, problems in found.items() if i >= offset})


def _as_in_file(problem: CellProblem, rows: list[tuple[int, Member]], offset: int) -> CellProblem:
    """check_table numbers the rows of the whole list from 1; whoever reads a file's report counts its lines."""
    if problem.key != "member.address_duplicate":
        return problem
    other = int(problem.params["row"]) - 1
    if other < offset:
        return replace(problem, key="member.address_in_list")
    return replace(problem, params={**problem.params, "row": str(rows[other - offset][0])})
