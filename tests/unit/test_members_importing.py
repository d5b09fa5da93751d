"""The rows an import gets, as the import preview and `members check` both read them."""

from __future__ import annotations

from pathlib import Path

from mailwizard.core.members.header_mapping import guess_mapping
from mailwizard.core.members.importing import read_members
from mailwizard.core.members.model import Member
from mailwizard.core.members.reading import read_table


def test_names_get_addresses_none_already_taken_and_duplicates_are_told_by_the_files_lines(tmp_path: Path) -> None:
    source = tmp_path / "staff.csv"
    source.write_text("Name,Email\n张伟,\nLi Na,li.na\nLi Na (Shanghai),li.na\nWang Fang,wang.fang\n", encoding="utf-8")
    table = read_table(source)
    imported = read_members(table, guess_mapping(table.headers), "example.com", "family.given",
                            [Member("张伟", "张", "伟", "zhang.wei"), Member("王芳", local_part="wang.fang")])
    assert [(line, m.local_part) for line, m in imported.rows] == [
        (2, "zhang.w"), (3, "li.na"), (4, "li.na"), (5, "wang.fang")]  # zhang.wei is taken in the list
    assert imported.members[0].family_name == "张" and imported.members[0].given_name == "伟"
    assert [(p.key, p.params["row"]) for p in imported.problems[2]] == [("member.address_duplicate", "3")]
    assert [p.key for p in imported.problems[3]] == ["member.address_in_list"]
    assert set(imported.problems) == {2, 3}


def test_without_a_pattern_addresses_are_only_what_the_file_has(tmp_path: Path) -> None:
    source = tmp_path / "staff.csv"
    source.write_text("Name\n张伟\n", encoding="utf-8")
    table = read_table(source)
    imported = read_members(table, guess_mapping(table.headers), "example.com", "")
    assert imported.members[0].local_part == ""
    assert [p.key for p in imported.problems[0]] == ["member.address_missing"]
