"""Reading a member list from a CSV/TSV/text or .xlsx file, as office managers really keep them, into a RawTable."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import NoReturn

from mailwizard.core.members.header_mapping import guess_mapping
from mailwizard.core.members.limits import (
    LIMIT_KEYS,
    MAX_CELL,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ROWS,
    check_file_size,
    check_lines,
    check_row,
    check_workbook_parts,
)
from mailwizard.core.members.raw_table import SAVE_AS_HINT, STRIP, RawTable, UnreadableFile
from mailwizard.core.members.text_decoding import decode
from mailwizard.core.members.text_records import detect_delimiter, excel_sep_line, text_records

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".tab"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
OLD_BINARY_SUFFIXES = frozenset({".xls", ".et"})          # Excel 97-2003, WPS Spreadsheets
OTHER_SHEET_SUFFIXES = frozenset({".ods", ".numbers", ".xlsb"})

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # C0 controls but tab, CR, LF: binary, not text
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name an Office-encrypted package carries inside its OLE container (UTF-16LE directory entry).
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def read_table(path: Path) -> RawTable:
    """Read the first table of a CSV/TSV/text or .xlsx file; the file's content, not only its name, decides how."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise io_problem(exc, path) from exc
    check_file_size(size)
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path, suffix)
    if suffix in OLD_BINARY_SUFFIXES or suffix in OTHER_SHEET_SUFFIXES:
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    if head.startswith(ZIP_MAGIC) and (suffix in XLSX_SUFFIXES or suffix in TEXT_SUFFIXES):
        check_workbook_parts(path)
        return _read_xlsx(path)           # also an .xlsx that someone renamed to .csv
    if suffix in XLSX_SUFFIXES:
        # Zero bytes is an empty file; anything else that is neither zip nor OLE is not a workbook.
        if size == 0:
            raise UnreadableFile("import.empty")
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    if suffix in TEXT_SUFFIXES:
        with _no_collection_while_reading():
            return _read_text(path, suffix)
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


@contextlib.contextmanager
def _no_collection_while_reading():
    """Rows make no reference cycles, yet 20,000 of them set off the cycle collector again and again: it took
    more time than the reading itself (37 → 66 ms, benchmarks/member_files.py). Paused for the read only."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def io_problem(exc: OSError, path: Path) -> UnreadableFile:
    """A file gone since it was chosen is not one "open in another program"."""
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return UnreadableFile("import.missing", {"file": path.name})
    return UnreadableFile("import.io_error", {"error": exc.strerror or str(exc), "file": path.name})


def _refuse_ole(path: Path, suffix: str) -> NoReturn:
    """An OLE2 compound file: an encrypted Office package (password) or an old binary workbook (not readable)."""
    if suffix in XLSX_SUFFIXES:
        raise UnreadableFile("import.password_protected")   # an .xlsx is a zip unless Office encrypted it
    try:
        marker = ENCRYPTED_PACKAGE in path.read_bytes()[:1_048_576]
    except OSError as exc:
        raise io_problem(exc, path) from exc
    if marker:
        raise UnreadableFile("import.password_protected")
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


def _read_text(path: Path, suffix: str) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise io_problem(exc, path) from exc
    encoding, text = decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]                   # a second BOM, left by a tool that added one to a file that had one
    if not text.strip(STRIP):
        raise UnreadableFile("import.empty")
    check_lines(text)
    controls = len(_CONTROLS.findall(text, 0, 65536))
    if controls > max(2, len(text[:65536]) // 100):
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    text, forced = excel_sep_line(text)
    delimiter = forced or detect_delimiter(text, prefer_tab=suffix in (".tsv", ".tab"))
    return _table(text_records(text, delimiter), encoding, delimiter)


def _first_sheet_with_people(sheets: list) -> RawTable:
    """The first sheet that holds a list: a cover note or instructions often come first. Nothing anywhere:
    what was wrong with the first sheet."""
    first: UnreadableFile | None = None
    for index, sheet in enumerate(sheets):
        # Some writers store a wrong used range; without resetting, read-only mode would trust it.
        sheet.reset_dimensions()
        try:
            table = _build_table(_xlsx_records(sheet), None, None)
        except UnreadableFile as exc:
            if exc.key in LIMIT_KEYS:     # too big is too big on any sheet: not a cover note to skip
                raise
            first = first or exc
            continue
        return replace(table, sheet=sheet.title) if index else table
    assert first is not None
    raise first


def _read_xlsx(path: Path) -> RawTable:
    import openpyxl  # imported late: only .xlsx needs it

    try:
        # An open file, not the path: openpyxl refuses a path whose name does not end in .xlsx (a renamed workbook).
        with path.open("rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")   # "Workbook contains no default style" and similar chatter
            workbook = openpyxl.load_workbook(fh, read_only=True, data_only=True)
            try:
                if not workbook.worksheets:
                    raise UnreadableFile("import.empty")
                return _first_sheet_with_people(workbook.worksheets)
            finally:
                workbook.close()
    except UnreadableFile:
        raise
    except OSError as exc:
        raise io_problem(exc, path) from exc
    except Exception as exc:          # zipfile/openpyxl/XML errors all mean "not a workbook we can read"
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT}) from exc


def _xlsx_records(sheet: object) -> Iterator[tuple[int, list[str]]]:
    """The rows that hold something. openpyxl yields every row down to the last one present, filling gaps one
    by one (a cell at row 1,000,000,000 is a billion rows): counted, and stopped at MAX_SHEET_ROWS."""
    for number, row in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        if number > MAX_SHEET_ROWS:
            raise UnreadableFile("import.too_many_sheet_rows", {"sheet": sheet.title,  # type: ignore[attr-defined]
                                                                "max": f"{MAX_SHEET_ROWS:,}"})
        if row and any(getattr(c, "value", None) is not None for c in row):
            yield number, [_xlsx_text(getattr(c, "value", None), getattr(c, "number_format", "General"))
                           for c in row]


def _xlsx_text(value: object, number_format: str | None) -> str:
    """A cell as the user sees it: 13800138000 stays "13800138000", never "1.38e10"; dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return _zero_pad(str(value), number_format)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return _zero_pad(str(int(value)), number_format)
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text else text
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _zero_pad(digits: str, number_format: str | None) -> str:
    """A number format of only zeros ("00000000000") is how Excel users keep leading zeros of phone numbers."""
    if number_format and set(number_format) == {"0"} and digits.isdigit():
        return digits.zfill(len(number_format))
    return digits


def _build_table(records: Iterable[tuple[int, list[str]]], encoding: str | None, delimiter: str | None) -> RawTable:
    """Cells cleaned, blank rows out, then _table (a sheet's rows; text is cleaned as it is read)."""
    found: list[tuple[int, list[str]]] = []
    for number, cells in records:
        cleaned = [c.strip(STRIP) for c in cells]  # clean_cell, inline: this loop runs once per cell
        if any(cleaned):
            if len(cleaned) > MAX_COLUMNS or len("".join(cleaned)) > MAX_CELL:  # the sum bounds every cell
                check_row(number, cleaned)
            found.append((number, cleaned))
            if len(found) > MAX_ROWS + 2:     # header + optional title + MAX_ROWS data rows
                raise UnreadableFile("import.too_large", {"max": f"{MAX_ROWS:,}"})
    return _table(found, encoding, delimiter)


def _table(found: list[tuple[int, list[str]]], encoding: str | None, delimiter: str | None) -> RawTable:
    """From the rows that hold something (cleaned): header = first row (a lone title row above it is skipped),
    trailing empty columns dropped, every row as wide as the table."""
    if not found:
        raise UnreadableFile("import.empty")
    start = _header_index(found)
    headers = found[start][1]
    data = found[start + 1:]
    if len(data) > MAX_ROWS:
        raise UnreadableFile("import.too_large", {"max": f"{MAX_ROWS:,}", "rows": str(len(data))})
    lists = list(map(itemgetter(1), found[start:]))
    width = _table_width(lists)
    headers = _fit(headers, width)
    # most tables have every row as wide as the table already: kept as they are (no pass over 20,000 rows in Python)
    if min(map(len, lists)) != width or max(map(len, lists)) != width:
        rows = [(number, cells if len(cells) == width else _fit(cells, width)) for number, cells in data]
    else:
        rows = data
    if _looks_like_prose(headers, rows):
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    if not rows:
        raise UnreadableFile("import.empty")
    return RawTable(encoding, delimiter, headers, rows)


def _header_index(found: list[tuple[int, list[str]]]) -> int:
    """0, unless row 0 is a lone title ("2024年新员工名单") above a row that reads as headers."""
    lone_title = len(found) >= 2 and _used_count(found[0][1]) == 1 and _used_count(found[1][1]) >= 2
    return 1 if lone_title and not guess_mapping(found[0][1]) and guess_mapping(found[1][1]) else 0


def _used_count(cells: list[str]) -> int:
    return sum(1 for c in cells if c)


def _table_width(rows: list[list[str]]) -> int:
    """The widest row, without the columns empty in every row at the right."""
    width = max(map(len, rows))
    while width and all(len(cells) < width or not cells[width - 1] for cells in rows):
        width -= 1
    return width


def _fit(cells: list[str], width: int) -> list[str]:
    return cells[:width] + [""] * (width - len(cells))


def _looks_like_prose(headers: list[str], rows: list[tuple[int, list[str]]]) -> bool:
    """A letter or note saved as .txt: sentence-long "headers", or no header we know and mostly sentence-long cells."""
    if any(_sentence_like(h) for h in headers):
        return True
    if guess_mapping(headers):
        return False
    cells = [c for c in headers if c] + [c for _n, row in rows[:10] for c in row if c]
    return bool(cells) and sum(1 for c in cells if _sentence_like(c)) * 10 >= len(cells) * 3


def _sentence_like(cell: str) -> bool:
    return len(cell) > 60 or len(cell.split()) >= 6 or (len(cell) >= 25 and _has_cjk(cell))


def _has_cjk(text: str) -> bool:
    return any(0x3400 <= ord(ch) <= 0x9FFF for ch in text)
