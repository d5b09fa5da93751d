"""Writing the member list as the import file a provider's console takes, in its layout, and the refusals."""

from __future__ import annotations

import csv
import io
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from mailwizard.core.files import atomic_write
from mailwizard.core.members.console_layouts import BAD_LAYOUT, ENCODING_LABELS, ConsoleImportError, ImportLayout
from mailwizard.core.members.model import Member
from mailwizard.core.members.writing import neutralise

UNENCODABLE = "console_import.unencodable"
MISSING_VALUES = "console_import.missing_values"
TOO_MANY_ROWS = "console_import.too_many_rows"
PASSWORD_FORMULA = "console_import.password_formula"
BAD_QUOTA = "console_import.bad_quota"
MESSAGE_KEYS = (UNENCODABLE, MISSING_VALUES, TOO_MANY_ROWS, PASSWORD_FORMULA, BAD_QUOTA, BAD_LAYOUT)

ALIAS_SEPARATOR = ";"   # between a member's aliases in one cell (the layouts' "aliases" columns)
_LIST_SHOWN = 10        # rows/values named in a message; the exception's attributes keep all of them


class RowsError(ConsoleImportError):
    """Something wrong in some members. rows are 1-based positions in the members list (the wizard's table
    rows); values the offending cell texts. params "rows"/"values" name the first few for the message."""

    def __init__(self, key: str, rows: list[int], values: list[str], extra: dict[str, str] | None = None) -> None:
        shown_rows = sorted(set(rows))
        params = {"rows": _short_list([str(r) for r in shown_rows]), "values": _short_list(values)}
        params.update(extra or {})
        super().__init__(key, params)
        self.rows: tuple[int, ...] = tuple(shown_rows)
        self.values: tuple[str, ...] = tuple(values)


class UnencodableRows(RowsError):
    """Cells the layout's encoding cannot store. params: rows, values, characters, encoding ("GBK")."""

    def __init__(self, rows: list[int], values: list[str], characters: list[str], encoding: str) -> None:
        chars = list(dict.fromkeys(characters))
        super().__init__(UNENCODABLE, rows, values,
                         {"characters": " ".join(chars), "encoding": ENCODING_LABELS.get(encoding, encoding)})
        self.characters: tuple[str, ...] = tuple(chars)


class MissingValues(RowsError):
    """Members with nothing in a column the console requires. params: rows, values (empty), columns."""

    def __init__(self, rows: list[int], columns: list[str]) -> None:
        super().__init__(MISSING_VALUES, rows, [], {"columns": "、".join(dict.fromkeys(columns))})
        self.columns: tuple[str, ...] = tuple(dict.fromkeys(columns))


class PasswordFormula(RowsError):
    """Passwords starting with = + - @ (or a tab/CR): neutralising them would change the password itself."""

    def __init__(self, rows: list[int]) -> None:
        super().__init__(PASSWORD_FORMULA, rows, [])     # never the passwords themselves in a message


class BadQuota(RowsError):
    """Mailbox sizes that are not a positive number of GB, so no size in MB can be written."""

    def __init__(self, rows: list[int], values: list[str]) -> None:
        super().__init__(BAD_QUOTA, rows, values)


class TooManyRows(ConsoleImportError):
    """More members than the console takes in one file; batches() splits the list. params: count, max."""

    def __init__(self, count: int, maximum: int) -> None:
        super().__init__(TOO_MANY_ROWS, {"count": str(count), "max": str(maximum)})
        self.count = count
        self.maximum = maximum


def _short_list(items: list[str]) -> str:
    shown = ", ".join(items[:_LIST_SHOWN])
    return shown + (", …" if len(items) > _LIST_SHOWN else "")


def batches(layout: ImportLayout, members: list[Member]) -> list[list[Member]]:
    """The members in lists the console takes in one file each (one list when it has no known limit)."""
    size = layout.max_rows or max(1, len(members))
    return [members[i:i + size] for i in range(0, len(members), size)] or [[]]


# ---------------------------------------------------------------------------------------------------- writing

def write_import_file(path: Path, layout: ImportLayout, members: list[Member], domain: str,
                      passwords: dict[str, str] | None = None) -> None:
    """Write the members in the layout's columns, order, file type and encoding, atomically.

    passwords maps a member's address (local_part@domain, any case) or local part to its temporary password.
    They are written only if the layout has a password column and passwords is given. The file then holds
    temporary passwords in plain text: it is created readable by the owner only (0600 where the OS has modes),
    and the UI warns the user to delete it once the console has imported it (see ImportLayout.holds_passwords).

    Raises, before anything is written: TooManyRows (more than layout.max_rows members; see batches()),
    MissingValues (a required column empty), BadQuota, PasswordFormula (a password starting with = + - @,
    which neutralising would alter), UnencodableRows (characters the CSV encoding cannot store, e.g. 䶮 in GBK).
    OSError from the file system is not wrapped, as in writing.write_members_csv.
    """
    path = Path(path)
    if layout.max_rows is not None and len(members) > layout.max_rows:
        raise TooManyRows(len(members), layout.max_rows)
    use_passwords = layout.has_password_column and passwords is not None
    lookup = {k.strip().casefold(): v for k, v in (passwords or {}).items()} if use_passwords else {}
    rows = [_row(layout, member, domain, lookup) for member in members]
    _check_rows(layout, rows)
    data = _xlsx_bytes(layout, rows) if layout.format == "xlsx" else _csv_bytes(layout, rows)
    private = use_passwords and any(row[i] for row in rows for i, c in enumerate(layout.columns)
                                    if c.field == "password")
    atomic_write(path, data, private=private)


def _row(layout: ImportLayout, member: Member, domain: str, passwords: dict[str, str]) -> list[str]:
    return [_value(column.field, member, domain, passwords) for column in layout.columns]


def _value(fid: str, member: Member, domain: str, passwords: dict[str, str]) -> str:
    local = member.local_part.strip()
    address = local if "@" in local else member.address(domain).strip()
    if fid == "address":
        return address
    if fid == "local_part":
        return local.rpartition("@")[0] if "@" in local else local
    if fid == "display_name":
        return member.display_name.strip() or _compose_name(member.family_name.strip(), member.given_name.strip())
    if fid == "password":
        if not passwords:
            return ""
        return passwords.get(address.casefold()) or passwords.get(local.casefold()) or ""
    if fid in ("aliases", "alias_local_parts"):
        from mailwizard.core.members.shared import alias_parts

        host = address.rpartition("@")[2]
        parts = alias_parts(member.aliases)
        return ALIAS_SEPARATOR.join(parts if fid == "alias_local_parts" or not host else
                                    (f"{part}@{host}" for part in parts))
    if fid == "phone":
        return _phone(member.phone)
    if fid == "quota_mb":
        return member.quota_gb.strip()      # converted (and checked) in _check_rows
    if fid == "empty":
        return ""
    return str(getattr(member, fid)).strip()


_MAINLAND_MOBILE = re.compile(r"(?:\+|00)?86[\s\-]*(1[3-9]\d(?:[\s\-]*\d){8})")


def _phone(text: str) -> str:
    """"+86 139-0013-9000" → "13900139000": Chinese consoles take the 11 digits of a mainland mobile, and a
    leading "+" would otherwise be neutralised into the data. Other numbers as typed (neutralised if need be)."""
    text = text.strip()
    match = _MAINLAND_MOBILE.fullmatch(text)
    return re.sub(r"[\s\-]", "", match.group(1)) if match else text


def _compose_name(family: str, given: str) -> str:
    """张 + 伟 → 张伟; Wei + Zhang → "Wei Zhang" (Western order when neither part is CJK)."""
    if any(0x3400 <= ord(ch) <= 0x9FFF or 0x20000 <= ord(ch) <= 0x3FFFF for ch in family + given):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _quota_mb(text: str) -> str | None:
    """"5" (GB) → "5120"; "0.5" → "512"; None when not a positive finite number."""
    try:
        gb = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    if not gb.is_finite() or gb <= 0:
        return None
    return str((gb * 1024).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _check_rows(layout: ImportLayout, rows: list[list[str]]) -> None:
    """Fill in quota_mb and raise the first kind of problem found, with every row that has it."""
    missing_rows: list[int] = []
    missing_columns: list[str] = []
    quota_rows: list[int] = []
    quota_values: list[str] = []
    formula_rows: list[int] = []
    for number, row in enumerate(rows, 1):
        for i, column in enumerate(layout.columns):
            if column.field == "quota_mb" and row[i]:
                converted = _quota_mb(row[i])
                if converted is None:
                    quota_rows.append(number)
                    quota_values.append(row[i])
                else:
                    row[i] = converted
            if column.required and not row[i]:
                missing_rows.append(number)
                missing_columns.append(column.header)
            if column.field == "password" and row[i] and neutralise(row[i]) != row[i]:
                formula_rows.append(number)
    if missing_rows:
        raise MissingValues(missing_rows, missing_columns)
    if quota_rows:
        raise BadQuota(quota_rows, quota_values)
    if formula_rows:
        raise PasswordFormula(formula_rows)
    if layout.format == "csv" and layout.encoding is not None:
        _check_encoding(layout, rows)


def _check_encoding(layout: ImportLayout, rows: list[list[str]]) -> None:
    encoding = layout.encoding or "utf-8"
    bad_rows: list[int] = []
    bad_values: list[str] = []
    bad_chars: list[str] = []
    for number, row in enumerate(rows, 1):
        for i, cell in enumerate(row):
            if layout.columns[i].field == "password":
                continue                  # generated passwords are ASCII; and never echo one in a message
            chars = [ch for ch in cell if not _encodable(ch, encoding)]
            if chars:
                bad_rows.append(number)
                bad_values.append(cell)
                bad_chars += chars
    if bad_rows:
        raise UnencodableRows(bad_rows, bad_values, bad_chars, encoding)
    # A typed password with a non-ASCII character: report the row, not the password.
    pw_rows = [n for n, row in enumerate(rows, 1) for i, c in enumerate(layout.columns)
               if c.field == "password" and not all(_encodable(ch, encoding) for ch in row[i])]
    if pw_rows:
        raise UnencodableRows(pw_rows, [], [], encoding)


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# Every cell is neutralised (CSV injection), in CSV and xlsx alike.
def _cells(layout: ImportLayout, rows: list[list[str]]) -> list[list[str]]:
    return [list(layout.headers)] + [[neutralise(cell) for cell in row] for row in rows]


def _csv_bytes(layout: ImportLayout, rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, dialect=csv.excel, lineterminator="\r\n").writerows(_cells(layout, rows))
    return buffer.getvalue().encode(layout.encoding or "utf-8-sig")   # strict: checked above


def _xlsx_bytes(layout: ImportLayout, rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook  # on use: openpyxl is slow to import

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for r, values in enumerate(_cells(layout, rows), 1):
        for c, value in enumerate(values, 1):
            cell = sheet.cell(row=r, column=c)
            cell.value = value
            cell.data_type = "s"              # text, never a formula, whatever the value looks like
            cell.number_format = "@"          # and shown as text: phone numbers keep their leading 0 / +
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
