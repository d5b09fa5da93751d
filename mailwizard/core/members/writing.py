"""Writing member lists that someone opens in Excel (export, template): atomic, with formulas neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mailwizard.core.files import atomic_write
from mailwizard.core.members.model import FIELDS, Member

EXPORT_LABELS: dict[str, str] = {
    "display_name": "Display name", "family_name": "Family name", "given_name": "Given name",
    "local_part": "Email address", "aliases": "Aliases", "personal_email": "Personal email", "phone": "Phone",
    "department": "Department", "job_title": "Job title", "quota_gb": "Quota (GB)", "permissions": "Permissions",
}

TEMPLATE_HEADERS: tuple[tuple[str, str], ...] = (
    ("display_name", "姓名 Name"), ("local_part", "邮箱账号 Email"), ("aliases", "别名 Aliases"),
    ("personal_email", "个人邮箱 Personal email"),
    ("phone", "手机 Mobile"), ("department", "部门 Department"), ("job_title", "职位 Job title"),
    ("quota_gb", "邮箱容量 Quota (GB)"), ("permissions", "权限 Permissions"),
)
TEMPLATE_ROWS: tuple[tuple[str, ...], ...] = (
    ("张伟", "zhang.wei", "zw, weizhang", "zhangwei@example.net", "13800138000", "销售部", "销售经理", "5", "user"),
    ("Li Na", "li.na", "", "lina@example.org", "+86 139 0013 9000", "财务部 Finance", "会计 Accountant", "",
     "user_admin"),
)


# Characters that make Excel / LibreOffice start a formula (OWASP CSV injection), plus their full-width forms,
# which an East-Asian IME produces and Excel also accepts as the start of a formula.
_FORMULA_START = frozenset("=+-@＝＋－＠")
_CONTROL_START = frozenset("\t\r\n")


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
