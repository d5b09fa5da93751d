"""A member file's cells as found (RawTable), how a cell is trimmed, and the error for a file we cannot read."""

from __future__ import annotations

from dataclasses import dataclass, field

SAVE_AS_HINT = "save as .xlsx or .csv"

INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
STRIP = " \t\r\n\x0b\x0c\xa0\u3000" + INVISIBLE


class UnreadableFile(Exception):
    """A file that cannot become a member list; .key is the message key, .params its values (for the UI)."""

    def __init__(self, key: str, params: dict[str, str] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.params: dict[str, str] = dict(params or {})


@dataclass(frozen=True)
class RawTable:
    """The cells as found, before mapping; kept raw so the UI can show the file and let the user fix the mapping.

    encoding is None for xlsx; delimiter is None for xlsx and for a text file of one column. Each row carries the
    line (text: the line the record starts on) or sheet row it came from, so messages can point into the file.
    """

    encoding: str | None
    delimiter: str | None
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    sheet: str | None = None   # the workbook's sheet the people were on, when it is not the first one


def clean_cell(cell: str) -> str:
    """The cell without the spaces and invisible characters (BOM, zero-width) that spreadsheets and IMEs leave."""
    return cell.strip(STRIP)
