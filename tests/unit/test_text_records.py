"""A text without quotation marks is split by string methods, not the csv module (benchmarks/member_files.py): the
records, their line numbers, their cleaning and the limits are exactly the csv module's reading of it."""

from __future__ import annotations

import pytest

from mailwizard.core.members.limits import MAX_CELL, MAX_COLUMNS, MAX_ROWS
from mailwizard.core.members.raw_table import UnreadableFile
from mailwizard.core.members.text_records import _read_lines, _read_records, text_records

TEXTS = [
    "Name,Email\nLi Lei,li@example.com\n",
    "Name,Email\r\nLi Lei,li@example.com\r\n\r\nHan Mei,han@example.com",      # Excel on Windows, a blank line
    "Name,Email\rLi Lei,li@example.com\r\rHan Mei,han@example.com\r",          # classic Mac line breaks
    "Name,Email\r\nLi Lei,li@example.com\rHan Mei,han@example.com\n\n",        # all three at once
    " Name , Email \n  Li Lei ,\tli@example.com\t\n\u3000张三\u3000,\xa0zhang@example.com\u200b\n",
    "Name,Email\n   \n,,,\n , , \nLi Lei,li@example.com,,\n",                   # blank in every way
    "\ufeffName,Email\n\u200bLi Lei\u2060,li@example.com\ufeff\n",
    "Name\tEmail\tPhone\n Li Lei \t li@example.com \t 138 0013 8000 \n",          # tab: a delimiter and a space
    "Name;Email\nLi Lei ;li@example.com\n",
    "Name,Email\nLi\x00Lei,li@example.com\x0b\nHan\x0cMei,han@example.com\x1c\n",  # controls stay in their cells
    "Name,Email\nLi Lei,li@example.com\u2028Han Mei,han@example.com\x85\n",     # not line breaks for csv either
    "\n\n\nName,Email\n\nLi Lei,li@example.com",
    "only one line without a break",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "\x1f"])
def test_the_lines_are_the_csv_modules_records(text: str, delimiter: str) -> None:
    assert _read_lines(text, delimiter) == _read_records(text, delimiter, strict=True)


def test_a_text_without_quotes_is_read_by_lines_and_one_with_quotes_by_the_csv_module(monkeypatch) -> None:
    read: list[str] = []
    monkeypatch.setattr("mailwizard.core.members.text_records._read_lines",
                        lambda text, delimiter: read.append("lines") or [])
    text_records("Name,Email\nLi Lei,li@example.com\n", ",")
    assert read == ["lines"]
    assert text_records('Name,Email\n"Lei, Li",li@example.com\n', ",") == [(1, ["Name", "Email"]),
                                                                            (2, ["Lei, Li", "li@example.com"])]
    assert read == ["lines"]


@pytest.mark.parametrize("text", [
    "Name,Email\nLi Lei,li@example.com\n" + "x," * (MAX_COLUMNS + 5) + "y\n",
    "Name,Email\nLi Lei,li@example.com\n\n" + "y," + "x" * (MAX_CELL + 1) + "\n",
    "Name,Email\n" + "a" * (MAX_CELL - 5) + "," + "b" * 10 + "\n",             # each cell fits, the row does not
    "Name,Email\n" + " " * (MAX_CELL + 10) + "Li Lei,li@example.com\n",         # only spaces make the line long
    "Name,Email\n" + "Li Lei,li@example.com\n" * (MAX_ROWS + 5),
])
def test_the_limits_are_the_same_and_name_the_same_row(text: str) -> None:
    def outcome(read) -> tuple[str, dict[str, str]] | int:
        try:
            return len(read(text, ",", strict=True) if read is _read_records else read(text, ","))
        except UnreadableFile as exc:
            return exc.key, exc.params

    assert outcome(_read_lines) == outcome(_read_records)
