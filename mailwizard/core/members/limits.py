"""How big a member file may be, checked before it is parsed: a list of people is small, and a file that is not
(a workbook packed to a thousandth of its size, a million empty rows, ten thousand columns, one cell of a
gigabyte) is refused fast, in bounded memory, with a message naming the limit it broke.

The limits are generous for a staff list of MAX_ROWS people. openpyxl keeps a workbook's shared strings in
memory whole and fills gaps between rows one by one, so those are bounded here, not by what it happens to do.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from mailwizard.core.members.raw_table import SAVE_AS_HINT, UnreadableFile

MAX_ROWS = 20_000                    # people; more is not a staff list
MAX_FILE_BYTES = 20 * 1024 * 1024    # on disk: 20,000 people of 20 columns fit in a few MB
MAX_LINES = 100_000                  # a text file's lines, blank ones included (read line by line otherwise)
MAX_SHEET_ROWS = 100_000             # a sheet's rows read, empty ones included
MAX_COLUMNS = 200                    # used columns
MAX_CELL = 2_000                     # characters in one cell: a name, an address, a department, a note
# Inside an .xlsx (a zip of XML parts), as unpacked: the sheet is read as a stream; the shared strings (every
# text cell of every sheet, once) are held whole; the rest (styles, themes) is small in any workbook.
MAX_SHEET_PART = 64 * 1024 * 1024
MAX_SHARED_STRINGS = 16 * 1024 * 1024
MAX_OTHER_PART = 16 * 1024 * 1024
MAX_UNPACKED = 128 * 1024 * 1024
# Excel's XML packs about 10 to 1, a sheet of empty formatted rows about 20 to 1; deflate cannot pack more than
# about 1,030 to 1, which is what a zip bomb does.
MAX_RATIO = 100
_RATIO_FROM = 1024 * 1024            # a tiny part packs as it likes


# Refusals that hold for the whole file: another sheet is not tried instead.
LIMIT_KEYS = frozenset({"import.too_large", "import.too_many_sheet_rows", "import.too_many_columns",
                        "import.cell_too_long"})


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def check_file_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise UnreadableFile("import.file_too_big", {"size": megabytes(size), "max": megabytes(MAX_FILE_BYTES)})


def check_workbook_parts(path: Path) -> None:
    """The parts of an .xlsx as its zip directory declares them (zipfile never unpacks more than declared)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT}) from exc
    total = 0
    for part in parts:
        name = part.filename.lower()
        limit = (MAX_SHEET_PART if name.startswith("xl/worksheets/") else
                 MAX_SHARED_STRINGS if name.endswith("sharedstrings.xml") else MAX_OTHER_PART)
        if part.file_size > limit:
            raise UnreadableFile("import.unpacked_too_big", {"size": megabytes(part.file_size),
                                                              "max": megabytes(limit)})
        if part.file_size > _RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise UnreadableFile("import.packed_too_tight", {"ratio": str(part.file_size // max(part.compress_size, 1)),
                                                             "max": str(MAX_RATIO)})
        total += part.file_size
        if total > MAX_UNPACKED:
            raise UnreadableFile("import.unpacked_too_big", {"size": megabytes(total), "max": megabytes(MAX_UNPACKED)})


def check_lines(text: str) -> None:
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise UnreadableFile("import.too_many_lines", {"lines": f"{lines:,}", "max": f"{MAX_LINES:,}"})


def check_row(number: int, cells: list[str]) -> None:
    """One row as read (cells already cleaned): not wider than MAX_COLUMNS used columns, no cell over MAX_CELL."""
    if len(cells) > MAX_COLUMNS and any(cells[MAX_COLUMNS:]):
        width = len(cells)
        while not cells[width - 1]:
            width -= 1
        raise UnreadableFile("import.too_many_columns", {"row": str(number), "columns": f"{width:,}",
                                                         "max": str(MAX_COLUMNS)})
    longest = max(map(len, cells), default=0)
    if longest > MAX_CELL:
        raise UnreadableFile("import.cell_too_long", {"row": str(number), "length": f"{longest:,}",
                                                      "max": f"{MAX_CELL:,}"})
