"""The staff spreadsheet for the review (core/review/staff.py): read through the members' own reading (encodings,
XLSX, headers in three languages), addresses and names kept, and the members' typed errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwizard.core.members.raw_table import UnreadableFile
from mailwizard.core.review.flags import name_key
from mailwizard.core.review.staff import NO_PEOPLE, read_staff

DATA = Path(__file__).resolve().parents[1] / "data" / "members"


def test_gbk_file_with_local_parts_becomes_company_addresses() -> None:
    staff = read_staff(DATA / "gbk_comma_zh.csv", "example.com")
    assert {"liu.yang@example.com", "chen.jing@example.com"} <= staff.addresses
    assert {"刘洋", "陈静"} <= staff.names
    assert staff.source == "gbk_comma_zh.csv" and staff.read_at


def test_bare_local_parts_without_a_domain_are_not_addresses() -> None:
    staff = read_staff(DATA / "gbk_comma_zh.csv")
    assert staff.addresses == frozenset() and "刘洋" in staff.names


def test_full_addresses_lower_case_other_domains_kept() -> None:
    staff = read_staff(DATA / "full_addresses.csv", "example.com")
    assert {"zhang.wei@example.com", "li.na@example.com", "wang.fang@other.example"} <= staff.addresses
    assert name_key("Wei Zhang") in staff.names
    assert "zw@example.net" not in staff.addresses  # a personal address is not who works here


def test_names_only_and_an_xlsx() -> None:
    assert read_staff(DATA / "names_only.csv").names >= {"张伟", "欧阳娜娜"}
    staff = read_staff(DATA / "xlsx_second_sheet.xlsx", "example.com")
    assert staff.addresses == {"zhang.wei@example.com", "li.na@example.com"}


def test_family_and_given_columns_and_outlook_addresses(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Last name,First name,Email\nLee,Ana,Ana Lee <ANA@example.com>\n张,伟,mailto:zw@example.com\n"
                    "Smith,Jo,not an address\nWu,Bo,Bo Wu <BO@Other.Example>\nXu,Al,mailto:AL@other.example\n",
                    encoding="utf-8")
    staff = read_staff(path, "example.com")
    assert staff.addresses == {"ana@example.com", "zw@example.com", "bo@other.example", "al@other.example"}
    assert {name_key("Ana Lee"), name_key("张伟"), name_key("Jo Smith")} <= staff.names


@pytest.mark.parametrize(("name", "key"), [("header_only.csv", "import.empty"), ("empty.csv", "import.empty"),
                                           ("old_binary.xls", "import.not_spreadsheet"),
                                           ("encrypted.xlsx", None)])
def test_bad_files_give_the_members_errors(name: str, key: str | None) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_staff(DATA / name, "example.com")
    assert caught.value.key.startswith("import.")
    if key:
        assert caught.value.key == key


def test_a_file_with_no_people_columns(tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text("Phone,Department\n123,Sales\n", encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_staff(path, "example.com")
    assert caught.value.key == NO_PEOPLE
    blank = tmp_path / "blank.csv"
    blank.write_text("Name,Email,Phone\n,,123\n", encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_staff(blank, "example.com")
    assert caught.value.key in (NO_PEOPLE, "import.empty")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_staff(tmp_path / "gone.csv")
    assert caught.value.key.startswith("import.")
