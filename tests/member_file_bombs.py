"""Hostile member files, generated where they are needed (no big binaries in the repository): small on disk,
huge or slow once opened. Shared by the tests and benchmarks/member_files.py."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>")
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _inline_row(number: int, cells: Iterable[str]) -> str:
    return f'<row r="{number}">' + "".join(
        f'<c r="{column_letter(i)}{number}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
        for i, text in enumerate(cells, start=1) if text) + "</row>"


def write_xlsx(path: Path, sheet_parts: Iterable[str], *, shared_strings: Iterable[str] = (),
               dimension: str | None = None) -> Path:
    """A minimal workbook, streamed part by part (a bomb is never held in memory while it is made)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for chunk in shared_strings:
                part.write(chunk.encode("utf-8"))
            part.write(b"</sst>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(_SHEET_HEAD.encode())
            if dimension:
                part.write(f'<dimension ref="{dimension}"/>'.encode())
            part.write(b"<sheetData>")
            for chunk in sheet_parts:
                part.write(chunk.encode("utf-8"))
            part.write(b"</sheetData></worksheet>")
    return path


def staff_rows(count: int) -> Iterator[list[str]]:
    """A plausible list: header, then ``count`` people."""
    yield ["姓名", "Email", "手机", "部门"]
    for i in range(count):
        yield [f"员工{i:05d}", f"user{i:05d}@example.com", f"138{i:08d}", "销售部" if i % 2 else "技术部"]


def staff_xlsx(path: Path, count: int) -> Path:
    return write_xlsx(path, (_inline_row(n, cells) for n, cells in enumerate(staff_rows(count), start=1)))


def staff_csv(path: Path, count: int) -> Path:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(staff_rows(count))
    return path


def huge_shared_string(path: Path, megabytes: int = 1000) -> Path:
    """One shared string of ``megabytes`` MB of one letter: deflate packs it about 1,000 to 1."""
    def text() -> Iterator[str]:
        yield "<si><t>"
        block = "A" * 1_048_576
        for _ in range(megabytes):
            yield block
        yield "</t></si>"
    return write_xlsx(path, ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], shared_strings=text())


def blank_rows(path: Path, rows: int = 1_048_576) -> Path:
    """A header and one person, then every row of the sheet present and empty (formatted, as some writers do)."""
    def parts() -> Iterator[str]:
        yield _inline_row(1, ["Name", "Email"])
        yield _inline_row(2, ["Li Lei", "li.lei@example.com"])
        for number in range(3, rows + 1):
            yield f'<row r="{number}" s="1" customFormat="1"/>'
    return write_xlsx(path, parts(), dimension=f"A1:B{rows}")


def far_row(path: Path, row: int = 1_000_000_000) -> Path:
    """A few bytes: one person, then a cell a billion rows below (openpyxl fills the gap row by row)."""
    return write_xlsx(path, [_inline_row(1, ["Name", "Email"]), _inline_row(2, ["Li Lei", "li@example.com"]),
                             _inline_row(row, ["x"])])


def wide(path: Path, columns: int = 10_000, rows: int = 20) -> Path:
    """``columns`` filled columns."""
    def parts() -> Iterator[str]:
        yield _inline_row(1, [f"Column {i}" for i in range(1, columns + 1)])
        for number in range(2, rows + 2):
            yield _inline_row(number, [f"v{number}-{i}" for i in range(1, columns + 1)])
    return write_xlsx(path, parts())


def mixed_utf8_gb18030(path: Path) -> Path:
    """A CSV whose first rows were saved as UTF-8 and the rest appended by a program writing GB18030."""
    utf8 = "姓名,邮箱\n张伟,zhang.wei@example.com\n王芳,wang.fang@example.com\n".encode()
    gb = "李娜,li.na@example.com\n刘洋,liu.yang@example.com\n陈静,chen.jing@example.com\n".encode("gb18030")
    path.write_bytes(utf8 + gb)
    return path


def shift_jis(path: Path) -> Path:
    """A short Japanese list saved by Excel on Japanese Windows (Shift-JIS / cp932), English headers: too little
    text for a guess, and read as Korean (cp949) it gives syllables no Korean name has."""
    path.write_bytes("Name,Email\n佐藤,sato@example.com\n鈴木,suzuki@example.com\n".encode("cp932"))
    return path


def newlines(path: Path, megabytes: int = 5) -> Path:
    """A header, one person, then ``megabytes`` MB of empty lines."""
    with path.open("wb") as fh:
        fh.write(b"Name,Email\nLi Lei,li@example.com\n")
        for _ in range(megabytes):
            fh.write(b"\n" * 1_048_576)
    return path


def long_cell(path: Path, characters: int = 4_000_000) -> Path:
    """One cell of ``characters`` letters in an ordinary CSV."""
    path.write_text("Name,Email,Notes\nLi Lei,li@example.com," + "x" * characters + "\n", encoding="utf-8")
    return path
