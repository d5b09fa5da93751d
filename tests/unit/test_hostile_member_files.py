"""Hostile member files, generated here (tests/member_file_bombs.py): each is refused fast, in bounded memory,
with a message that names the limit, never read for minutes, into gigabytes, or garbled into "valid" names."""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

import tests.member_file_bombs as bombs
from mailwizard.core.members.limits import MAX_CELL, MAX_COLUMNS
from mailwizard.core.members.raw_table import UnreadableFile
from mailwizard.core.members.reading import read_table
from mailwizard.ui.messages import message


def _sparse(path: Path) -> Path:
    with path.open("wb") as fh:
        fh.write(b"Name,Email\n")
        fh.truncate(21 * 1024 * 1024)
    return path


def _bom_then_gb18030(path: Path) -> Path:
    path.write_bytes("\ufeff姓名,邮箱\n张伟,zhang@example.com\n".encode() + "李娜,li@example.com\n".encode("gb18030"))
    return path


# (file name, how to make it, the refusal, what its message must say)
CASES: list[tuple[str, Callable[[Path], Path], str, str]] = [
    ("shared.xlsx", lambda p: bombs.huge_shared_string(p, megabytes=40), "import.unpacked_too_big", "16 MB"),
    ("packed.xlsx", lambda p: bombs.huge_shared_string(p, megabytes=10), "import.packed_too_tight", "100 to 1"),
    ("blank.xlsx", lambda p: bombs.blank_rows(p, rows=150_000), "import.too_many_sheet_rows", "100,000"),
    ("far.xlsx", bombs.far_row, "import.too_many_sheet_rows", "100,000"),
    ("wide.xlsx", lambda p: bombs.wide(p, columns=10_000, rows=2), "import.too_many_columns", "10,000 columns"),
    ("wide.csv", lambda p: p.write_text(",".join(f"c{i}" for i in range(5000)) + "\n" +
                                        ",".join("x" for _ in range(5000)) + "\n") and p,
     "import.too_many_columns", str(MAX_COLUMNS)),
    ("newlines.csv", lambda p: bombs.newlines(p, megabytes=1), "import.too_many_lines", "100,000"),
    ("cell.csv", bombs.long_cell, "import.cell_too_long", f"{MAX_CELL:,}"),
    ("cell5000.csv", lambda p: bombs.long_cell(p, characters=5000), "import.cell_too_long", f"{MAX_CELL:,}"),
    ("big.csv", _sparse, "import.file_too_big", "20 MB"),
    ("mixed.csv", bombs.mixed_utf8_gb18030, "import.mixed_encoding", "CSV UTF-8"),
    ("bom_mixed.csv", _bom_then_gb18030, "import.mixed_encoding", "CSV UTF-8"),
    ("sjis.csv", bombs.shift_jis, "import.garbled", "CSV UTF-8"),
]


@pytest.mark.parametrize(("name", "make", "key", "said"), CASES, ids=[c[0] for c in CASES])
def test_a_hostile_file_is_refused_fast_in_bounded_memory_naming_the_limit(
        tmp_path: Path, name: str, make: Callable[[Path], Path], key: str, said: str) -> None:
    path = make(tmp_path / name)
    started = time.process_time()
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    cpu = time.process_time() - started
    assert caught.value.key == key, caught.value.params
    assert cpu < 2.0, f"{cpu:.1f} s of CPU to refuse it"
    tracemalloc.start()  # a second time, measured (tracemalloc slows every allocation down)
    try:
        with pytest.raises(UnreadableFile):
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 150 * 1024 * 1024, f"{peak / 2**20:.0f} MB to refuse it"
    text = message(caught.value.key, caught.value.params)
    assert said in text and "{" not in text, text


def test_a_missing_file_is_not_said_to_be_open_in_another_program(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_table(tmp_path / "staff.xlsx")
    text = message(caught.value.key, caught.value.params)
    assert "staff.xlsx" in text and "not there any more" in text and "another program" not in text


def test_a_list_at_the_limits_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    header = ["Name", "Email", *(f"extra {i}" for i in range(MAX_COLUMNS - 2))]
    path.write_text(",".join(header) + "\n" + "Li Lei,li@example.com," + "," * (MAX_COLUMNS - 3) + "x" * MAX_CELL
                    + "\n", encoding="utf-8")
    table = read_table(path)
    assert len(table.headers) == MAX_COLUMNS and table.rows[0][1][-1] == "x" * MAX_CELL


def test_empty_rows_below_a_list_are_skipped_within_the_limit(tmp_path: Path) -> None:
    table = read_table(bombs.blank_rows(tmp_path / "blank.xlsx", rows=50_000))
    assert [cells[:2] for _n, cells in table.rows] == [["Li Lei", "li.lei@example.com"]]


def test_members_check_says_why_a_wide_file_gives_nobody(capsys, tmp_path: Path) -> None:
    from mailwizard.cli import main

    path = bombs.wide(tmp_path / "wide.xlsx", columns=10_000, rows=2)
    code = main(["members", "check", str(path), "--domain", "example.com", "--json", "--lang", "en"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2 and out["key"] == "import.too_many_columns" and "200" in out["text"]
