"""Member lists in and out of spreadsheets, as office managers really keep them.

Reading accepts CSV/TSV/"Unicode text" in the encodings Chinese and Western Office really writes (UTF-8 with or
without BOM, GB18030/GBK, Big5, UTF-16), any of the usual delimiters, and .xlsx; it refuses, with a message key,
what it cannot read (old .xls, encrypted workbooks, prose). Writing is atomic and neutralises spreadsheet formulas
(CSV injection), because an exported list is opened in Excel by someone else.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import NoReturn

from mailwizard.core.files import atomic_write
from mailwizard.core.members.model import FIELDS, Member
from mailwizard.core.members.table import domain_key, local_part_of

MAX_ROWS = 20_000                 # data rows; more is not a staff list
MAX_BYTES = 64 * 1024 * 1024      # a file this big cannot hold MAX_ROWS sensible rows
DELIMITERS = (",", ";", "\t", "|")
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".tab"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
OLD_BINARY_SUFFIXES = frozenset({".xls", ".et"})          # Excel 97-2003, WPS Spreadsheets
OTHER_SHEET_SUFFIXES = frozenset({".ods", ".numbers", ".xlsb"})
SAVE_AS_HINT = "save as .xlsx or .csv"

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name an Office-encrypted package carries inside its OLE container (UTF-16LE directory entry).
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# Header spellings per field, lower-cased. Company-address spellings go to local_part, the ones saying
# personal/private/个人/私人/备用 to personal_email; the longest, most exact spelling wins a column.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "display_name": (
        "name", "full name", "display name", "employee name", "staff name",
        "姓名", "名字", "显示名称", "顯示名稱", "显示名", "顯示名", "全名", "员工姓名", "員工姓名",
    ),
    "family_name": ("last name", "surname", "family name", "姓", "姓氏"),
    "given_name": ("first name", "given name", "forename", "名"),
    "local_part": (
        "email", "e-mail", "mail", "email address", "e-mail address", "address", "mailbox", "username", "user name",
        "account", "login", "work email", "company email",
        "邮箱", "郵箱", "信箱", "電子郵件", "电子邮件", "电子邮箱", "電子郵箱", "邮件地址", "郵件地址", "邮箱地址",
        "郵箱地址", "邮箱账号", "邮箱帐号", "郵箱賬號", "郵箱帳號", "帳號", "帐号", "账号", "賬號", "账户", "帳戶",
        "用户名", "用戶名", "企业邮箱", "企業郵箱", "公司邮箱", "公司郵箱", "工作邮箱", "工作郵箱",
        "邮箱前缀", "郵箱前綴",
    ),
    "personal_email": (
        "personal email", "personal e-mail", "private email", "private e-mail", "home email", "backup email",
        "个人邮箱", "個人郵箱", "個人信箱", "私人邮箱", "私人郵箱", "個人電子郵件", "个人电子邮件", "私人電子郵件",
        "私人电子邮件", "个人邮件", "個人郵件", "备用邮箱", "備用郵箱", "備用信箱",
    ),
    "phone": (
        "phone", "mobile", "cell", "tel", "telephone", "phone number", "mobile number", "mobile phone", "cell phone",
        "手机", "手機", "电话", "電話", "联系电话", "聯絡電話", "聯繫電話", "手机号", "手機號", "手机号码", "手機號碼",
        "电话号码", "電話號碼", "移动电话", "行動電話", "联系方式", "聯絡方式",
    ),
    "department": ("department", "dept", "division", "部门", "部門", "所属部门", "所屬部門"),
    "job_title": (
        "title", "job title", "position", "job", "职位", "職位", "职务", "職務", "岗位", "崗位", "职称", "職稱",
        "头衔", "頭銜",
    ),
    "quota_gb": (
        "quota", "mailbox size", "storage", "mailbox quota", "容量", "邮箱容量", "郵箱容量", "信箱容量", "空间", "空間",
        "存储空间", "儲存空間",
    ),
    "permissions": ("permissions", "permission", "access", "admin", "权限", "權限", "角色"),
}

# Aliases too generic to be found inside a longer header ("Home address", "Excel cell"): exact matches only.
_EXACT_ONLY = frozenset({"address", "cell", "tel", "user", "admin", "access", "account", "login", "job", "mail"})

EXPORT_LABELS: dict[str, str] = {
    "display_name": "Display name", "family_name": "Family name", "given_name": "Given name",
    "local_part": "Email address", "personal_email": "Personal email", "phone": "Phone",
    "department": "Department", "job_title": "Job title", "quota_gb": "Quota (GB)", "permissions": "Permissions",
}

TEMPLATE_HEADERS: tuple[tuple[str, str], ...] = (
    ("display_name", "姓名 Name"), ("local_part", "邮箱账号 Email"), ("personal_email", "个人邮箱 Personal email"),
    ("phone", "手机 Mobile"), ("department", "部门 Department"), ("job_title", "职位 Job title"),
    ("quota_gb", "邮箱容量 Quota (GB)"), ("permissions", "权限 Permissions"),
)
TEMPLATE_ROWS: tuple[tuple[str, ...], ...] = (
    ("张伟", "zhang.wei", "zhangwei@example.net", "13800138000", "销售部", "销售经理", "5", "user"),
    ("Li Na", "li.na", "lina@example.org", "+86 139 0013 9000", "财务部 Finance", "会计 Accountant", "", "user_admin"),
)

PERMISSION_IDS = ("user", "team", "user_admin", "team_admin")
_ADMIN_WORDS = frozenset({"admin", "administrator", "user_admin", "管理员", "管理員", "超级管理员", "超級管理員", "是"})
_USER_WORDS = frozenset({"", "user", "member", "普通", "普通用户", "普通用戶", "成员", "成員", "员工", "員工", "用户",
                         "用戶"})

# Characters that make Excel / LibreOffice start a formula (OWASP CSV injection), plus their full-width forms,
# which an East-Asian IME produces and Excel also accepts as the start of a formula.
_FORMULA_START = frozenset("=+-@＝＋－＠")
_CONTROL_START = frozenset("\t\r\n")
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_STRIP = " \t\r\n\x0b\x0c\xa0\u3000" + _INVISIBLE


class UnreadableFile(Exception):
    """A file that cannot become a member list; .key is the message key, .params its values (for the UI)."""

    def __init__(self, key: str, params: dict[str, str] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.params: dict[str, str] = dict(params or {})


@dataclass(frozen=True)
class RawTable:
    """The cells as found, before mapping; kept raw so the UI can show the file and let the user fix the mapping.

    encoding is None for xlsx; delimiter is None for xlsx and for a text file of one column. Each row carries the
    line (text: the line the record starts on) or sheet row it came from, so messages can point into the file.
    """

    encoding: str | None
    delimiter: str | None
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    sheet: str | None = None   # the workbook's sheet the people were on, when it is not the first one


# ---------------------------------------------------------------------------------------------------------- reading

def read_table(path: Path) -> RawTable:
    """Read the first table of a CSV/TSV/text or .xlsx file; the file's content, not only its name, decides how."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UnreadableFile("import.io_error", {"error": exc.strerror or str(exc), "file": path.name}) from exc
    if size > MAX_BYTES:
        raise UnreadableFile("import.too_large", {"max": str(MAX_ROWS)})
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path, suffix)
    if suffix in OLD_BINARY_SUFFIXES or suffix in OTHER_SHEET_SUFFIXES:
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    if head.startswith(ZIP_MAGIC) and (suffix in XLSX_SUFFIXES or suffix in TEXT_SUFFIXES):
        return _read_xlsx(path)           # also an .xlsx that someone renamed to .csv
    if suffix in XLSX_SUFFIXES:
        # Zero bytes is an empty file; anything else that is neither zip nor OLE is not a workbook.
        if size == 0:
            raise UnreadableFile("import.empty")
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    if suffix in TEXT_SUFFIXES:
        return _read_text(path, suffix)
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


def _refuse_ole(path: Path, suffix: str) -> NoReturn:
    """An OLE2 compound file: an encrypted Office package (password) or an old binary workbook (not readable)."""
    if suffix in XLSX_SUFFIXES:
        raise UnreadableFile("import.password_protected")   # an .xlsx is a zip unless Office encrypted it
    try:
        marker = ENCRYPTED_PACKAGE in path.read_bytes()[:1_048_576]
    except OSError as exc:
        raise UnreadableFile("import.io_error", {"error": exc.strerror or str(exc), "file": path.name}) from exc
    if marker:
        raise UnreadableFile("import.password_protected")
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


def _read_text(path: Path, suffix: str) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile("import.io_error", {"error": exc.strerror or str(exc), "file": path.name}) from exc
    encoding, text = _decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]                   # a second BOM, left by a tool that added one to a file that had one
    if not text.strip(_STRIP):
        raise UnreadableFile("import.empty")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(2, len(text[:65536]) // 100):
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})
    text, forced = _excel_sep_line(text)
    delimiter = forced or _detect_delimiter(text, prefer_tab=suffix in (".tsv", ".tab"))
    return _build_table(_text_records(text, delimiter), encoding, delimiter)


def _excel_sep_line(text: str) -> tuple[str, str | None]:
    """Excel's "sep=;" first line names the delimiter; blank it (keeping line numbers) and use it."""
    match = re.match(r"sep=(.)[ \t]*(\r\n|\n|\r)", text)
    if match and match.group(1) in DELIMITERS:
        return match.group(2) + text[match.end():], match.group(1)
    return text, None


def _decode(data: bytes) -> tuple[str, str]:
    """(encoding, text): BOMs first, then strict UTF-8, then GB18030 vs Big5 by content, then charset-normalizer."""
    if not data:
        raise UnreadableFile("import.empty")
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),   # before UTF-16: FF FE 00 00 starts both
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, name in boms:
        if data.startswith(bom):
            try:
                return name, data.decode(name)
            except UnicodeDecodeError as exc:
                raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT}) from exc
    if b"\x00" in data[:65536]:
        return _decode_utf16_without_bom(data)
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """NUL bytes in a text file: UTF-16 without BOM if they sit in every other byte, else binary."""
    sample = data[:65536]
    half = max(1, len(sample) // 2)
    even = sum(1 for b in sample[0::2] if b == 0) / half
    odd = sum(1 for b in sample[1::2] if b == 0) / half
    name = "utf-16-le" if odd > 0.3 and even < 0.05 else "utf-16-be" if even > 0.3 and odd < 0.05 else None
    if name is not None:
        try:
            return name, data.decode(name)
        except UnicodeDecodeError:
            pass
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """A Chinese ANSI code page (GB18030 covers GBK/GB2312; Big5 family), else cp1252, else charset-normalizer.

    Big5 bytes nearly always also decode as GBK (as gibberish) and short GBK text often decodes as Big5, so a strict
    decode does not decide. In order: a header we know ("姓名", "部門") in one reading only; the share of everyday
    characters of each reading's own standard; on a close call, charset-normalizer when there is enough text to
    judge, and GB18030 (the far more common one) when there is not.
    """
    candidates: list[tuple[int, float, str, str]] = []
    gb = _try_decode(data, ("gb18030",))
    if gb is not None:
        candidates.append((_known_headers(gb[1]), _plausibility(gb[1], "gb2312"), *gb))
    big5 = _try_decode(data, ("big5", "cp950", "big5hkscs"))
    if big5 is not None:
        candidates.append((_known_headers(big5[1]), _plausibility(big5[1], "big5"), *big5))
    if len(candidates) == 2 and candidates[0][0] != candidates[1][0]:
        best = max(candidates, key=lambda c: c[0])
        return best[2], best[3]
    candidates.sort(key=lambda c: c[1], reverse=True)
    if len(candidates) == 2 and candidates[0][1] - candidates[1][1] < 0.15 and candidates[1][1] >= 0.5:
        picked = "gb18030"
        if sum(1 for b in data[:65536] if b >= 0x80) >= 48:
            picked = _charset_normalizer_pick(data, ["gb18030", "big5"]) or picked
        for _hits, _score, name, text in candidates:
            if (name == "gb18030") == picked.startswith("gb"):
                return name, text
    if candidates and candidates[0][1] >= 0.5:
        return candidates[0][2], candidates[0][3]
    western = _try_decode(data, ("cp1252",))
    if western is not None and _looks_western(western[1]):
        return western
    picked_any = _charset_normalizer_pick(data, None)
    if picked_any is not None:
        try:
            return picked_any, data.decode(picked_any)
        except (UnicodeDecodeError, LookupError):
            pass
    if candidates:
        return candidates[0][2], candidates[0][3]
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


_CJK_ALIASES = tuple(sorted({a for names in HEADER_ALIASES.values() for a in names if len(a) >= 2 and not a.isascii()}))


def _known_headers(text: str) -> int:
    """How many header words we know appear near the top of text: a decoding that shows "姓名" is the right one."""
    head = text[:4096]
    return sum(1 for alias in _CJK_ALIASES if alias in head)


def _looks_western(text: str) -> bool:
    """Windows-1252 text (Excel on Western European Windows): accented letters next to ASCII letters, not in runs."""
    text = text[:65536]
    high = [i for i, ch in enumerate(text) if ord(ch) >= 0x80]
    if not high:
        return True
    letters = sum(1 for i in high if text[i].isalpha() and ord(text[i]) < 0x250)
    marks = set(high)
    isolated = sum(1 for i in high if i - 1 not in marks and i + 1 not in marks)
    return letters >= 0.9 * len(high) and isolated >= 0.7 * len(high)


def _try_decode(data: bytes, names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        try:
            return name, data.decode(name)
        except UnicodeDecodeError:
            continue
    return None


def _charset_normalizer_pick(data: bytes, isolation: list[str] | None) -> str | None:
    from charset_normalizer import from_bytes  # imported late: it loads frequency tables at import

    best = from_bytes(data[:1_048_576], cp_isolation=isolation).best()
    if best is None:
        return None
    return str(best.encoding).replace("_", "-").lower()


def _plausibility(text: str, standard: str) -> float:
    """Share (0..1) of the non-ASCII characters that are everyday characters of the standard (gb2312 or big5)."""
    scores: list[float] = []
    for ch in text:
        if ord(ch) < 0x80:
            continue
        if len(scores) >= 20_000:
            break
        scores.append(_char_weight(ch, standard))
    return sum(scores) / len(scores) if scores else 1.0


def _char_weight(ch: str, standard: str) -> float:
    code = ord(ch)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        return 1.0                        # CJK punctuation and full-width forms: everyday in both
    if 0xE000 <= code <= 0xF8FF:
        return 0.0                        # private use: bytes the other standard leaves undefined
    is_han = 0x4E00 <= code <= 0x9FFF
    try:
        lead = ch.encode(standard)[0]
    except UnicodeEncodeError:
        return 0.3 if is_han else 0.0     # a rare extension character
    if not is_han:
        return 0.2                        # kana, box drawing, Greek…: legal, unusual in a staff list
    if standard == "gb2312":
        return 1.0 if 0xB0 <= lead <= 0xD7 else 0.6      # level 1 = the 3,755 common hanzi
    return 1.0 if 0xA4 <= lead <= 0xC6 else 0.6          # Big5 frequently used characters


def _detect_delimiter(text: str, *, prefer_tab: bool = False) -> str | None:
    """The delimiter: csv.Sniffer on the first lines, checked against (and overruled by) field-count consistency."""
    sample = _sample(text)
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores: dict[str, tuple[float, int]] = {}
    for delimiter in DELIMITERS:
        counts = [len(cells) for cells in csv.reader(io.StringIO(sample, newline=""), _dialect(delimiter))
                  if any(c.strip(_STRIP) for c in cells)]
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


def _text_records(text: str, delimiter: str | None) -> list[tuple[int, list[str]]]:
    """(line where the record starts, cells); quoted fields may span lines.

    Read strictly first: a quotation mark that is never closed makes every line after it one cell of one
    person, and the rest of the list would vanish into a single row. Anything else the strict reader
    dislikes (a stray quote inside a cell) is read again leniently, as people mean it."""
    if delimiter is None:
        # One column: no splitting, but a quoted cell ("Smith, John") still loses its quotes.
        delimiter = next((ch for ch in "\x1f\x1e\x1d\x1c" if ch not in text), "\x1f")
    try:
        return _read_records(text, delimiter, strict=True)
    except _BrokenRecord as broken:
        if broken.unclosed_quote:
            raise UnreadableFile("import.unclosed_quote", {"line": str(broken.line)}) from broken
    try:
        return _read_records(text, delimiter, strict=False)
    except _BrokenRecord as broken:
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT, "line": str(broken.line)}) from broken


class _BrokenRecord(Exception):
    def __init__(self, line: int, unclosed_quote: bool) -> None:
        super().__init__(line)
        self.line, self.unclosed_quote = line, unclosed_quote


def _read_records(text: str, delimiter: str, *, strict: bool) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(delimiter, strict=strict))
    records: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for cells in reader:
            records.append((previous + 1, cells))
            previous = reader.line_num
    except csv.Error as exc:
        raise _BrokenRecord(previous + 1, "unexpected end of data" in str(exc)) from exc
    return records


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
            if exc.key == "import.too_large":
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
        raise UnreadableFile("import.io_error", {"error": exc.strerror or str(exc), "file": path.name}) from exc
    except Exception as exc:          # zipfile/openpyxl/XML errors all mean "not a workbook we can read"
        raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT}) from exc


def _xlsx_records(sheet: object) -> Iterator[tuple[int, list[str]]]:
    for number, row in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        yield number, [_xlsx_text(getattr(c, "value", None), getattr(c, "number_format", "General")) for c in row]


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


def _clean(cell: str) -> str:
    return cell.strip(_STRIP)


def _build_table(records: Iterable[tuple[int, list[str]]], encoding: str | None, delimiter: str | None) -> RawTable:
    """Blank rows out, header = first non-blank row (a lone title row above it is skipped), trailing empty columns
    dropped, every row as wide as the table."""
    found: list[tuple[int, list[str]]] = []
    for number, cells in records:
        cleaned = [_clean(c) for c in cells]
        if any(cleaned):
            found.append((number, cleaned))
            if len(found) > MAX_ROWS + 2:     # header + optional title + MAX_ROWS data rows
                raise UnreadableFile("import.too_large", {"max": str(MAX_ROWS)})
    if not found:
        raise UnreadableFile("import.empty")
    start = _header_index(found)
    headers = found[start][1]
    data = found[start + 1:]
    if len(data) > MAX_ROWS:
        raise UnreadableFile("import.too_large", {"max": str(MAX_ROWS), "rows": str(len(data))})
    width = max(_used_width(cells) for _n, cells in found[start:])
    headers = _fit(headers, width)
    rows = [(number, _fit(cells, width)) for number, cells in data]
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


def _used_width(cells: list[str]) -> int:
    width = len(cells)
    while width and not cells[width - 1]:
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


# ---------------------------------------------------------------------------------------------------------- mapping

def _norm(header: str) -> str:
    """Header text compared the way a person reads it: full-width folded, no hints in brackets, no "*" or ":"."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = "".join(ch for ch in text if ch not in _INVISIBLE)
    text = re.sub(r"[(\[{<《【「].*?[)\]}>》】」]", " ", text)
    text = re.sub(r"[*:#?!]+", " ", text)
    return " ".join(text.split())


def _key(text: str) -> str:
    return re.sub(r"[\s\-_.·・/'’]+", "", text)


def _segments(normed: str) -> list[str]:
    """"姓名 Name" → ["姓名", "name"]: bilingual headers, split by separators and by script."""
    parts: list[str] = []
    for piece in re.split(r"[/|,;、\n]+", normed):
        parts += [p.strip() for p in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+", piece)]
    return [p for p in parts if _key(p)]


def _alias_index() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(field, alias key, alias normalised, alias ASCII tokens) for every alias."""
    return [(fid, _key(_norm(alias)), _norm(alias), tuple(re.findall(r"[a-z0-9]+", _norm(alias))))
            for fid, aliases in HEADER_ALIASES.items() for alias in aliases]


_ALIASES = _alias_index()
_PERSONAL_MARKERS = ("个人", "個人", "私人", "备用", "備用", "personal", "private", "home", "backup")


def _match(header: str, alias_key: str, alias_norm: str, tokens: tuple[str, ...]) -> int:
    """3 = the header is the alias, 2 = one part of a bilingual header is, 1 = the header contains it, 0 = no."""
    normed = _norm(header)
    if not alias_key or not normed:
        return 0
    if _key(normed) == alias_key:
        return 3
    if any(_key(seg) == alias_key for seg in _segments(normed)):
        return 2
    if alias_norm in _EXACT_ONLY or len(normed) > 30:
        return 0                          # a header is a few words; "phone" inside a sentence is not a header
    if alias_key.isascii():
        words = tuple(re.findall(r"[a-z0-9]+", normed))
        n = len(tokens)
        return 1 if n and any(words[i:i + n] == tokens for i in range(len(words) - n + 1)) else 0
    return 1 if len(alias_key) >= 2 and alias_key in _key(normed) else 0


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field id → column index, best matches first; each column and each field used at most once."""
    candidates: list[tuple[int, int, int, int, str]] = []
    for column, header in enumerate(headers):
        best: dict[str, tuple[int, int]] = {}
        personal = any(marker in _norm(header) for marker in _PERSONAL_MARKERS)
        for fid, alias_key, alias_norm, tokens in _ALIASES:
            if personal and fid == "local_part":
                continue                  # "个人邮箱地址", "Private e-mail address": never the company address
            score = _match(header, alias_key, alias_norm, tokens)
            if score and (score, len(alias_key)) > best.get(fid, (0, 0)):
                best[fid] = (score, len(alias_key))
        for fid, (score, length) in best.items():
            # Among exact matches the leftmost column wins; among "contains" the longer (more specific) spelling.
            candidates.append((score, length if score == 1 else 0, -column, -FIELDS.index(fid), fid))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _score, _length, neg_column, _order, fid in sorted(candidates, reverse=True):
        if fid not in mapping and -neg_column not in used:
            mapping[fid] = -neg_column
            used.add(-neg_column)
    return {fid: mapping[fid] for fid in FIELDS if fid in mapping}


# ---------------------------------------------------------------------------------------------------------- members

def to_members(table: RawTable, mapping: dict[str, int], domain: str | None) -> list[tuple[int, Member]]:
    """(source line, Member) for every row with something in a mapped column; values as typed, for validation."""
    company = domain_key(domain) if domain else None
    members: list[tuple[int, Member]] = []
    for number, cells in table.rows:
        values: dict[str, str] = {}
        for fid, column in mapping.items():
            if fid in FIELDS and 0 <= column < len(cells):
                values[fid] = unneutralise(_clean(cells[column]))
        if not any(values.values()):
            continue
        if "local_part" in values:
            values["local_part"] = local_part_of(values["local_part"], company)
        if "permissions" in values:
            values["permissions"] = _permissions(values["permissions"])
        members.append((number, Member(**values)))
    return members


_TEAM_WORDS = ("team", "group", "团队", "團隊", "群组", "群組", "小组", "小組")


def _permissions(cell: str) -> str:
    """"管理员", "admin", "成员 + 团队", "user_admin", … → a preset id; anything else is kept to be flagged."""
    word = _norm(cell)
    if word in PERMISSION_IDS:
        return word
    team = any(t in word for t in _TEAM_WORDS)
    for t in _TEAM_WORDS:
        word = word.replace(t, "")
    word = word.strip(" +&/,，、和与與")
    if word in _ADMIN_WORDS:
        return "team_admin" if team else "user_admin"
    if word in _USER_WORDS:
        return "team" if team else "user"
    return cell


# ---------------------------------------------------------------------------------------------------------- writing

def neutralise(cell: str) -> str:
    """Prefix an apostrophe to a cell Excel would run as a formula (OWASP CSV injection): = + - @ TAB CR."""
    return "'" + cell if _dangerous(cell.lstrip("'")) else cell


def unneutralise(cell: str) -> str:
    """Undo neutralise(), so an exported list imports back unchanged."""
    return cell[1:] if cell.startswith("'") and _dangerous(cell.lstrip("'")) else cell


def _dangerous(cell: str) -> bool:
    # Also after leading spaces: some spreadsheet programs trim them before deciding that a cell is a formula.
    return cell[:1] in _CONTROL_START or cell.lstrip(" \xa0\u3000")[:1] in _FORMULA_START


def write_members_csv(path: Path, members: list[Member], domain: str) -> None:
    """Export as UTF-8 with BOM (Excel on Chinese Windows reads it right), comma, English labels, full addresses."""
    rows = [[EXPORT_LABELS[fid] for fid in FIELDS]]
    for member in members:
        row = []
        for fid in FIELDS:
            value = str(getattr(member, fid))
            if fid == "local_part":
                value = value if "@" in value else member.address(domain)
            row.append(neutralise(value))
        rows.append(row)
    _write_csv(Path(path), rows)


def write_template(path: Path) -> None:
    """A CSV to fill in: bilingual headers that guess_mapping recognises, and two example rows."""
    rows = [[label for _fid, label in TEMPLATE_HEADERS]] + [[neutralise(c) for c in row] for row in TEMPLATE_ROWS]
    _write_csv(Path(path), rows)


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    """Atomic: a half-written export never replaces a good one (the temp file sits beside it, then os.replace)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, dialect=csv.excel, lineterminator="\r\n").writerows(rows)
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
