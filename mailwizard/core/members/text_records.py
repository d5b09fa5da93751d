"""A member list saved as text, split into records: the delimiter found, quoted fields read strictly, then leniently,
every cell cleaned and the limits checked as the records are read (reading.py makes them a table)."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from operator import itemgetter

from mailwizard.core.members.limits import MAX_CELL, MAX_COLUMNS, MAX_ROWS, check_row
from mailwizard.core.members.raw_table import SAVE_AS_HINT, STRIP, UnreadableFile

DELIMITERS = (",", ";", "\t", "|")


def excel_sep_line(text: str) -> tuple[str, str | None]:
    """Excel's "sep=;" first line names the delimiter; blank it (keeping line numbers) and use it."""
    match = re.match(r"sep=(.)[ \t]*(\r\n|\n|\r)", text)
    if match and match.group(1) in DELIMITERS:
        return match.group(2) + text[match.end():], match.group(1)
    return text, None


def detect_delimiter(text: str, *, prefer_tab: bool = False) -> str | None:
    """The delimiter: csv.Sniffer on the first lines, checked against (and overruled by) field-count consistency."""
    sample = _sample(text)
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores: dict[str, tuple[float, int]] = {}
    for delimiter in DELIMITERS:
        counts = [len(cells) for cells in csv.reader(io.StringIO(sample, newline=""), _dialect(delimiter))
                  if any(c.strip(STRIP) for c in cells)]
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode >= 2 and hits / len(counts) >= 0.5:
            scores[delimiter] = (hits / len(counts), mode)
    if not scores:
        return None
    best = max(scores.values(), key=lambda s: s[0])[0]
    top = [d for d, s in scores.items() if s[0] == best]
    if prefer_tab and "\t" in top:
        return "\t"
    if sniffed in top:
        return sniffed
    return max(top, key=lambda d: scores[d][1])


def _sample(text: str, lines: int = 50, limit: int = 65536) -> str:
    """The first lines of text, whole lines only (a partial last record would skew the counts)."""
    chunk = text[:limit]
    cut = 0
    for _ in range(lines):
        nxt = chunk.find("\n", cut)
        if nxt < 0:
            return chunk if len(text) <= limit else chunk[:cut]
        cut = nxt + 1
    return chunk[:cut]


def _dialect(delimiter: str, *, strict: bool = False) -> type[csv.Dialect]:
    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    Dialect.skipinitialspace = True
    Dialect.strict = strict
    return Dialect


def text_records(text: str, delimiter: str | None) -> list[tuple[int, list[str]]]:
    """(line where the record starts, cells cleaned) of the records that hold something; quoted fields may span lines.

    Read strictly first: a quotation mark that is never closed makes every line after it one cell of one
    person, and the rest of the list would vanish into a single row. Anything else the strict reader
    dislikes (a stray quote inside a cell) is read again leniently, as people mean it."""
    if delimiter is None:
        # One column: no splitting, but a quoted cell ("Smith, John") still loses its quotes.
        delimiter = next((ch for ch in "\x1f\x1e\x1d\x1c" if ch not in text), "\x1f")
    if '"' not in text:  # no quoted field: one record per line, and none the strict reader could refuse
        return _read_lines(text, delimiter)
    try:
        return _read_records(text, delimiter, strict=True)
    except _BrokenRecord as broken:
        if broken.unclosed_quote:
            raise UnreadableFile("import.unclosed_quote", {"line": str(broken.line)}) from broken
    try:
        return _read_records(text, delimiter, strict=False)
    except _BrokenRecord as broken:
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT, "line": str(broken.line)}) from broken


def _read_lines(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """_read_records for a text without a quotation mark: each record is one line, its cells what lies between the
    delimiters (the csv module's reading of it, which only adds a skip of the spaces cleaning removes anyway), the
    lines split where the csv module splits them (\n, \r\n, \r); in C string methods, not a record at a time
    (a 20,000-row list in ~half the time: benchmarks/member_files.py)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            text = text.replace("\r", "\n")
    lines = text.split("\n")          # after the text's last line break: "", a blank record, left out as blank
    records = [(number, cells) for number, line in enumerate(lines, start=1)
               if any(cells := [c.strip(STRIP) for c in line.split(delimiter)])]   # clean_cell, inline
    if len(records) > MAX_ROWS + 2:
        raise UnreadableFile("import.too_large", {"max": f"{MAX_ROWS:,}"})
    # a row's cells are no longer than its line: most files are checked by their longest line alone
    widest = max(map(len, map(itemgetter(1), records)), default=0)
    if widest > MAX_COLUMNS or max(map(len, lines)) > MAX_CELL:
        for number, cells in records:   # the first row over a limit, as read
            if len(cells) > MAX_COLUMNS or len("".join(cells)) > MAX_CELL:
                check_row(number, cells)
    return records


class _BrokenRecord(Exception):
    def __init__(self, line: int, unclosed_quote: bool) -> None:
        super().__init__(line)
        self.line, self.unclosed_quote = line, unclosed_quote


def _read_records(text: str, delimiter: str, *, strict: bool) -> list[tuple[int, list[str]]]:
    """The records that hold something (blank ones are only counted, by their line numbers), no more than a
    header, a title and MAX_ROWS people."""
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(delimiter, strict=strict))
    records: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for cells in reader:
            cleaned = [c.strip(STRIP) for c in cells]  # clean_cell, inline: once per cell
            if any(cleaned):
                if len(cleaned) > MAX_COLUMNS or len("".join(cleaned)) > MAX_CELL:  # the sum bounds every cell
                    check_row(previous + 1, cleaned)
                records.append((previous + 1, cleaned))
                if len(records) > MAX_ROWS + 2:
                    raise UnreadableFile("import.too_large", {"max": f"{MAX_ROWS:,}"})
            previous = reader.line_num
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):   # the csv module's own limit, 131,072 characters
            raise UnreadableFile("import.cell_too_long", {"row": str(previous + 1), "max": f"{MAX_CELL:,}"}) from exc
        raise _BrokenRecord(previous + 1, "unexpected end of data" in str(exc)) from exc
    return records
