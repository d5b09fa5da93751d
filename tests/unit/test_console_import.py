"""The providers' bulk-import files: columns and order, encodings, Chinese names, CSV injection, refusals."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from mailwizard.core.members.console_import_file import (
    MESSAGE_KEYS,
    BadQuota,
    MissingValues,
    PasswordFormula,
    TooManyRows,
    UnencodableRows,
    batches,
    write_import_file,
)
from mailwizard.core.members.console_layouts import (
    BAD_LAYOUT,
    COLUMN_FIELDS,
    ImportLayout,
    LayoutError,
    generic_layout,
    layout_for,
    load_layout,
)
from mailwizard.core.members.model import Member
from mailwizard.core.members.reading import read_table
from mailwizard.core.resources import resources_dir

DOMAIN = "example.com"
LAYOUT_DIR = resources_dir() / "console_import"

# What each console file must look like: headers in order, the field behind each, the file type and encoding.
EXPECTED: dict[str, tuple[list[tuple[str, str, bool]], str, str | None]] = {
    "alibaba": ([("姓名", "display_name", True), ("邮箱账号", "address", True), ("工号", "empty", False),
                 ("邮箱密码", "password", False), ("部门", "department", False), ("分机号", "empty", False),
                 ("职务", "job_title", False), ("手机", "phone", False), ("邮箱容量(M)", "quota_mb", False)],
                "csv", "gbk"),
    "35com": ([("用户名", "local_part", True), ("姓名", "display_name", True), ("部门", "department", False)],
              "csv", "gbk"),
    "tencent": ([("姓名", "display_name", True), ("邮箱帐号", "address", True), ("手机", "phone", False),
                 ("部门", "department", False), ("职务", "job_title", False), ("初始密码", "password", False)],
                "csv", "utf-8-sig"),
    "west": ([("姓名", "display_name", True), ("邮箱地址", "address", True), ("用户名", "local_part", True),
              ("部门", "department", False), ("职位", "job_title", False), ("手机", "phone", False),
              ("初始密码", "password", False)],
             "csv", "utf-8-sig"),
}
PROVIDERS = sorted(EXPECTED)
GBK_PROVIDERS = [p for p in PROVIDERS if EXPECTED[p][2] == "gbk"]
UTF8_PROVIDERS = [p for p in PROVIDERS if EXPECTED[p][2] == "utf-8-sig"]

HYPERLINK = '=HYPERLINK("http://evil.example/x","Click")'


def _members() -> list[Member]:
    return [
        Member(display_name="张伟", local_part="zhang.wei", phone="13800138000", department="销售部",
               job_title="销售经理", quota_gb="5"),
        Member(display_name="欧阳娜娜", local_part="ouyang.nana", phone="+86 139 0013 9000", department="财务部/会计组",
               job_title="会计", quota_gb="0.5"),
        Member(display_name="曾國藩", local_part="zeng.guofan", phone="0912-345-678", department="總經理室",
               job_title="顧問"),
    ]


def _read(path: Path, layout: ImportLayout) -> list[list[str]]:
    """The file as the console would read it: decoded strictly with the layout's encoding."""
    text = path.read_bytes().decode(layout.encoding or "utf-8", errors="strict")
    return list(csv.reader(io.StringIO(text, newline="")))


def _by_field(layout: ImportLayout, row: list[str]) -> dict[str, str]:
    return {c.field: row[i] for i, c in enumerate(layout.columns) if c.field != "empty"}


def _layout(provider: str) -> ImportLayout:
    layout = load_layout(provider)
    assert layout is not None, provider
    return layout


# ---------------------------------------------------------------------------------------------- the layout files

@pytest.mark.parametrize("provider", PROVIDERS)
def test_columns_order_format_and_encoding(provider: str) -> None:
    columns, fmt, encoding = EXPECTED[provider]
    layout = _layout(provider)
    assert [(c.header, c.field, c.required) for c in layout.columns] == columns
    assert (layout.format, layout.encoding) == (fmt, encoding)
    assert layout.provider == provider


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_layout_is_sourced_dated_and_in_three_languages(provider: str) -> None:
    layout = _layout(provider)
    assert layout.sources and all(s.startswith(("https://", "http://")) for s in layout.sources)
    assert layout.source == layout.sources[0]
    assert layout.checked.year >= 2026
    # None of the four could be confirmed from a source that shows the template itself.
    assert layout.confirmed is False
    for text in (layout.menu, layout.note):
        assert text.en and text.zh_CN and text.zh_TW and text.zh_TW != text.zh_CN
    assert not layout.menu.en.isascii()                      # the English names the console's Chinese labels
    assert len(layout.steps.en) == len(layout.steps.zh_CN) == len(layout.steps.zh_TW) >= 3
    assert all(a != b for a, b in zip(layout.steps.zh_CN, layout.steps.zh_TW, strict=True))
    # Traditional Chinese written for Taiwan, not the Simplified text with a few characters changed; the
    # console's own (Simplified) labels are quoted 「…」 or in brackets （…）, so leave those out.
    taiwan = re.sub(r"「[^」]*」|（[^）]*）", "", " ".join(layout.steps.zh_TW))
    assert any(word in taiwan for word in ("檔案", "範本", "欄位", "帳號", "匯入"))
    assert not any(word in taiwan for word in ("文件", "模板", "账号", "导入", "用户", "信息"))


def test_every_file_in_the_folder_is_a_valid_layout_of_a_known_provider() -> None:
    providers = {p.stem for p in (resources_dir() / "providers").glob("*.toml")}
    files = sorted(LAYOUT_DIR.glob("*.toml"))
    assert {f.stem for f in files} == set(PROVIDERS)
    for path in files:
        assert path.stem in providers
        assert load_layout(path.stem) is not None


def test_a_provider_without_a_file_gets_none_and_the_generic_layout() -> None:
    assert load_layout("google") is None
    assert load_layout("../providers/west") is None          # an id, never a path
    layout = layout_for("google")
    assert layout.confirmed is False and layout.provider == "google"
    assert layout.format == "csv" and layout.encoding == "utf-8-sig"
    assert layout_for("alibaba").headers == _layout("alibaba").headers


# ----------------------------------------------------------------------------------------------------- writing

@pytest.mark.parametrize("provider", PROVIDERS)
def test_chinese_names_round_trip_in_the_layouts_encoding(provider: str, tmp_path: Path) -> None:
    layout = _layout(provider)
    target = tmp_path / f"{provider}.csv"
    write_import_file(target, layout, _members(), DOMAIN)
    data = target.read_bytes()
    if layout.encoding == "gbk":
        assert not data.startswith(b"\xef\xbb\xbf")
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")                             # really GBK, not UTF-8 under another name
        assert "曾國藩".encode("gbk") in data                 # Traditional characters are in GBK
    else:
        assert data.startswith(b"\xef\xbb\xbf")              # Excel needs the BOM to read UTF-8
    rows = _read(target, layout)
    assert rows[0] == list(layout.headers)
    assert len(rows) == 4 and all(len(r) == len(layout.columns) for r in rows)
    got = [_by_field(layout, r) for r in rows[1:]]
    assert [g["display_name"] for g in got] == ["张伟", "欧阳娜娜", "曾國藩"]
    assert [g["department"] for g in got] == ["销售部", "财务部/会计组", "總經理室"]
    if "address" in got[0]:
        assert [g["address"] for g in got] == ["zhang.wei@example.com", "ouyang.nana@example.com",
                                               "zeng.guofan@example.com"]
    if "local_part" in got[0]:
        assert [g["local_part"] for g in got] == ["zhang.wei", "ouyang.nana", "zeng.guofan"]
    if "phone" in got[0]:
        assert [g["phone"] for g in got] == ["13800138000", "13900139000", "0912-345-678"]   # +86 dropped
    assert data.count(b"\r\n") == 4                          # Excel's line ends, one per row


@pytest.mark.parametrize("provider", PROVIDERS)
def test_formulas_are_neutralised_in_every_cell(provider: str, tmp_path: Path) -> None:
    layout = _layout(provider)
    members = [Member(display_name="@SUM(A1:A9)", local_part="evil", department=HYPERLINK, job_title="＝1+1")]
    target = tmp_path / "out.csv"
    write_import_file(target, layout, members, DOMAIN)
    got = _by_field(layout, _read(target, layout)[1])
    assert got["department"] == "'" + HYPERLINK
    assert got["display_name"] == "'@SUM(A1:A9)"
    if "job_title" in got:
        assert got["job_title"] == "'＝1+1"                  # the full-width form an IME types


def test_mainland_mobiles_lose_the_country_code_and_other_plus_numbers_are_neutralised(tmp_path: Path) -> None:
    # A Chinese console wants the 11 digits; "+1 …" would make Excel compute a formula, so it gets the apostrophe.
    layout = _layout("tencent")
    target = tmp_path / "out.csv"
    members = [Member(display_name="李娜", local_part="li.na", phone="+86 139-0013-9000"),
               Member(display_name="王芳", local_part="wang.fang", phone="0086 13800138000"),
               Member(display_name="Anna", local_part="anna", phone="+1 415 555 0100")]
    write_import_file(target, layout, members, DOMAIN)
    phones = [_by_field(layout, r)["phone"] for r in _read(target, layout)[1:]]
    assert phones == ["13900139000", "13800138000", "'+1 415 555 0100"]


@pytest.mark.parametrize("provider", GBK_PROVIDERS)
def test_a_name_gbk_cannot_store_is_refused_with_its_rows_not_turned_into_question_marks(
        provider: str, tmp_path: Path) -> None:
    layout = _layout(provider)
    target = tmp_path / "out.csv"
    target.write_bytes(b"the previous good file")
    members = [*_members(), Member(display_name="王䶮", local_part="wang.yan"),
               Member(display_name="吉野家", local_part="yoshi", department="𠮷野家")]
    with pytest.raises(UnencodableRows) as caught:
        write_import_file(target, layout, members, DOMAIN)
    error = caught.value
    assert error.key == "console_import.unencodable"
    assert error.rows == (4, 5)
    assert set(error.characters) == {"䶮", "𠮷"}
    assert error.params["encoding"] == "GBK"
    assert error.params["rows"] == "4, 5"
    assert "王䶮" in error.params["values"] and "𠮷野家" in error.params["values"]
    assert target.read_bytes() == b"the previous good file"  # nothing replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]   # no temp file left behind


@pytest.mark.parametrize("provider", UTF8_PROVIDERS)
def test_utf8_layouts_keep_characters_outside_gbk(provider: str, tmp_path: Path) -> None:
    layout = _layout(provider)
    target = tmp_path / "out.csv"
    write_import_file(target, layout, [Member(display_name="王䶮", local_part="wang.yan", department="𠮷野家")],
                      DOMAIN)
    got = _by_field(layout, _read(target, layout)[1])
    assert (got["display_name"], got["department"]) == ("王䶮", "𠮷野家")


def test_the_written_file_reads_back_through_the_wizards_own_importer(tmp_path: Path) -> None:
    target = tmp_path / "alibaba.csv"
    write_import_file(target, _layout("alibaba"), _members(), DOMAIN)
    table = read_table(target)
    assert table.encoding in ("gb18030", "gbk")
    assert table.headers[:2] == ["姓名", "邮箱账号"]
    assert [cells[0] for _n, cells in table.rows] == ["张伟", "欧阳娜娜", "曾國藩"]


# --------------------------------------------------------------------------------------------------- passwords

def test_passwords_fill_the_password_column_and_the_file_is_private(tmp_path: Path) -> None:
    layout = _layout("alibaba")
    passwords = {"Zhang.Wei@Example.com": "Tmp7xKq2Lmn9", "ouyang.nana": "Tmp8yRt3Pwv4"}
    assert layout.holds_passwords(passwords) and not layout.holds_passwords(None)
    target = tmp_path / "out.csv"
    write_import_file(target, layout, _members(), DOMAIN, passwords)
    got = [_by_field(layout, r) for r in _read(target, layout)[1:]]
    assert [g["password"] for g in got] == ["Tmp7xKq2Lmn9", "Tmp8yRt3Pwv4", ""]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_without_passwords_the_column_stays_empty_and_the_file_is_ordinary(tmp_path: Path) -> None:
    layout = _layout("tencent")
    target = tmp_path / "out.csv"
    write_import_file(target, layout, _members(), DOMAIN)
    assert all(_by_field(layout, r)["password"] == "" for r in _read(target, layout)[1:])
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_layout_without_a_password_column_never_writes_passwords(tmp_path: Path) -> None:
    layout = _layout("35com")
    assert not layout.has_password_column and not layout.holds_passwords({"zhang.wei": "Secret123abc"})
    target = tmp_path / "out.csv"
    write_import_file(target, layout, _members(), DOMAIN, {"zhang.wei@example.com": "Secret123abc"})
    assert b"Secret123abc" not in target.read_bytes()


def test_a_password_that_neutralising_would_change_is_refused_without_echoing_it(tmp_path: Path) -> None:
    with pytest.raises(PasswordFormula) as caught:
        write_import_file(tmp_path / "out.csv", _layout("alibaba"), _members(), DOMAIN,
                          {"ouyang.nana@example.com": "=Abc12345xyz"})
    assert caught.value.key == "console_import.password_formula"
    assert caught.value.rows == (2,)
    assert "=Abc12345xyz" not in repr(caught.value.params)
    assert not (tmp_path / "out.csv").exists()


# ------------------------------------------------------------------------------------------- values and limits

def test_quota_is_written_in_megabytes(tmp_path: Path) -> None:
    layout = _layout("alibaba")
    target = tmp_path / "out.csv"
    write_import_file(target, layout, _members(), DOMAIN)
    assert [_by_field(layout, r)["quota_mb"] for r in _read(target, layout)[1:]] == ["5120", "512", ""]


def test_a_quota_that_is_not_a_number_is_refused(tmp_path: Path) -> None:
    members = [*_members(), Member(display_name="李娜", local_part="li.na", quota_gb="five")]
    with pytest.raises(BadQuota) as caught:
        write_import_file(tmp_path / "out.csv", _layout("alibaba"), members, DOMAIN)
    assert (caught.value.key, caught.value.rows, caught.value.values) == ("console_import.bad_quota", (4,), ("five",))


def test_an_empty_required_column_is_refused_with_rows_and_headers(tmp_path: Path) -> None:
    members = [*_members(), Member(display_name="", local_part="nobody"), Member(display_name="无名", local_part="")]
    with pytest.raises(MissingValues) as caught:
        write_import_file(tmp_path / "out.csv", _layout("west"), members, DOMAIN)
    error = caught.value
    assert error.key == "console_import.missing_values"
    assert error.rows == (4, 5)
    assert set(error.columns) == {"姓名", "邮箱地址", "用户名"}


def test_the_name_is_composed_from_family_and_given_name_when_the_display_name_is_empty(tmp_path: Path) -> None:
    layout = _layout("tencent")
    target = tmp_path / "out.csv"
    members = [Member(family_name="欧阳", given_name="娜娜", local_part="ouyang.nana"),
               Member(family_name="Smith", given_name="Anna", local_part="anna.smith")]
    write_import_file(target, layout, members, DOMAIN)
    assert [_by_field(layout, r)["display_name"] for r in _read(target, layout)[1:]] == ["欧阳娜娜", "Anna Smith"]


def test_more_members_than_the_console_takes_is_refused_and_batches_split_them(tmp_path: Path) -> None:
    layout = _layout("alibaba")
    assert layout.max_rows == 3000
    members = [Member(display_name=f"员工{i}", local_part=f"user{i}") for i in range(3001)]
    with pytest.raises(TooManyRows) as caught:
        write_import_file(tmp_path / "out.csv", layout, members, DOMAIN)
    assert caught.value.params == {"count": "3001", "max": "3000"}
    parts = batches(layout, members)
    assert [len(p) for p in parts] == [3000, 1]
    for number, part in enumerate(parts):
        write_import_file(tmp_path / f"part{number}.csv", layout, part, DOMAIN)
    assert batches(_layout("west"), members) == [members]


def test_the_generic_layout_is_a_labelled_utf8_csv(tmp_path: Path) -> None:
    layout = generic_layout()
    assert layout.confirmed is False
    assert all(" " in h and not h.isascii() for h in layout.headers)      # "姓名 Name": both languages
    target = tmp_path / "generic.csv"
    write_import_file(target, layout, _members(), DOMAIN, {"zhang.wei@example.com": "Tmp7xKq2Lmn9"})
    rows = _read(target, layout)
    assert rows[0] == list(layout.headers)
    assert _by_field(layout, rows[1])["password"] == "Tmp7xKq2Lmn9"


def test_every_error_key_is_listed_for_the_ui() -> None:
    assert set(MESSAGE_KEYS) == {
        "console_import.unencodable", "console_import.missing_values", "console_import.too_many_rows",
        "console_import.password_formula", "console_import.bad_quota", "console_import.bad_layout"}


# -------------------------------------------------------------------------------------------------------- xlsx

XLSX_LAYOUT = """\
schema = 1
provider = "testxlsx"
confirmed = true
source = "https://example.org/template"
checked = 2026-11-26
format = "xlsx"
menu = { en = "Members > Import", zh_CN = "成员 > 导入", zh_TW = "成員 > 匯入" }
steps = { en = ["Upload it."], zh_CN = ["上传。"], zh_TW = ["上傳。"] }
note = { en = "Test.", zh_CN = "测试。", zh_TW = "測試。" }

[[columns]]
header = "姓名"
field = "display_name"
required = true

[[columns]]
header = "邮箱"
field = "address"
required = true

[[columns]]
header = "手机"
field = "phone"

[[columns]]
header = "部门"
field = "department"

[[columns]]
header = "容量(MB)"
field = "quota_mb"
"""


def test_an_xlsx_layout_round_trips_through_openpyxl_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    (tmp_path / "console_import").mkdir()
    (tmp_path / "console_import" / "testxlsx.toml").write_text(XLSX_LAYOUT, encoding="utf-8")
    layout = load_layout("testxlsx", tmp_path)
    assert layout is not None and layout.format == "xlsx" and layout.encoding is None
    members = [*_members(), Member(display_name="王䶮", local_part="wang.yan", phone="0912345678",
                                   department=HYPERLINK)]
    target = tmp_path / "out.xlsx"
    write_import_file(target, layout, members, DOMAIN)
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["姓名", "邮箱", "手机", "部门", "容量(MB)"]
    assert [v[0] for v in values[1:]] == ["张伟", "欧阳娜娜", "曾國藩", "王䶮"]   # no encoding limit in xlsx
    assert values[1][1] == "zhang.wei@example.com" and values[1][4] == "5120"
    assert values[4][2] == "0912345678"                      # text: the leading 0 stays
    formula_cell = sheet.cell(row=5, column=4)
    assert formula_cell.value == "'" + HYPERLINK and formula_cell.data_type == "s"


# -------------------------------------------------------------------------------------------- broken layouts

def _broken(tmp_path: Path, edit: str, replacement: str) -> Path:
    folder = tmp_path / "console_import"
    folder.mkdir(exist_ok=True)
    text = (LAYOUT_DIR / "alibaba.toml").read_text(encoding="utf-8")
    assert edit in text, edit
    (folder / "alibaba.toml").write_text(text.replace(edit, replacement, 1), encoding="utf-8")
    return tmp_path


def _without_columns(text: str) -> str:
    return text.split("[[columns]]", 1)[0]


BROKEN = {  # case: (text, replacement, what the problem must say)
    "unknown field": ('field = "job_title"', 'field = "job_titel"', "unknown field 'job_titel'"),
    "unknown key": ('format = "csv"', 'format = "csv"\nformt = "csv"', "unknown key(s) formt"),
    "csv without encoding": ('encoding = "gbk"', "", "needs encoding"),
    "unknown encoding": ('encoding = "gbk"', 'encoding = "gb18030"', "needs encoding, one of gbk"),
    "unknown format": ('format = "csv"', 'format = "xls"', "format must be one of"),
    "wrong provider": ('provider = "alibaba"', 'provider = "tencent"', "provider 'tencent'"),
    "not a date": ("checked = 2026-11-26", 'checked = "yesterday"', "checked must be a date"),
    "missing language": ('zh_TW = "管理後台 >', 'zh_HK = "管理後台 >', "exactly en, zh_CN, zh_TW"),
    "duplicate header": ('header = "分机号"', 'header = "工号"', "same header"),
    "unknown column key": ('header = "职务"', 'header = "职务"\nrequred = true', "unknown key(s) requred"),
    "not TOML": ("[menu]", "[menu", "line 15"),
    "required empty column": ('field = "empty"              # employee number',
                              'field = "empty"\nrequired = true  #', "false for an empty column"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_loader_refuses_a_broken_layout(case: str, tmp_path: Path) -> None:
    edit, replacement, says = BROKEN[case]
    root = _broken(tmp_path, edit, replacement)
    with pytest.raises(LayoutError) as caught:
        load_layout("alibaba", root)
    assert caught.value.key == BAD_LAYOUT
    assert caught.value.params["file"] == "alibaba.toml"
    assert says in caught.value.params["problem"]  # refused for this reason, not for some other


def test_the_loader_refuses_a_layout_without_columns(tmp_path: Path) -> None:
    folder = tmp_path / "console_import"
    folder.mkdir()
    text = (LAYOUT_DIR / "alibaba.toml").read_text(encoding="utf-8")
    (folder / "alibaba.toml").write_text(_without_columns(text), encoding="utf-8")
    with pytest.raises(LayoutError, match=r"console_import\.bad_layout") as caught:
        load_layout("alibaba", tmp_path)
    assert "columns" in caught.value.problem


def test_the_unchanged_copy_loads_so_the_broken_cases_fail_for_their_edit(tmp_path: Path) -> None:
    folder = tmp_path / "console_import"
    folder.mkdir()
    shutil.copy(LAYOUT_DIR / "alibaba.toml", folder / "alibaba.toml")
    layout = load_layout("alibaba", tmp_path)
    assert layout is not None and layout.headers == _layout("alibaba").headers
    assert set(COLUMN_FIELDS) >= {c.field for c in layout.columns}
