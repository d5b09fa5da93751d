"""The layouts providers' admin consoles take for a bulk import (批量导入): loaded, checked, or a generic one."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailwizard.core.catalogue_reader import LANGS, Text
from mailwizard.core.resources import resources_dir

SCHEMA = 1
FOLDER = "console_import"

# What a column can hold. "empty" is a column the console's template has and the wizard has no data for
# (工号, 分机号): it is written blank so the columns after it stay where the console expects them.
# "aliases": the member's alias addresses in full, "alias_local_parts" the parts before @, each list joined by
# ALIAS_SEPARATOR (core/members/console_import_file.py).
COLUMN_FIELDS = ("display_name", "family_name", "given_name", "address", "local_part", "personal_email", "phone",
                 "department", "job_title", "password", "quota_mb", "aliases", "alias_local_parts", "empty")
FORMATS = ("csv", "xlsx")

# A Chinese console that expects "Excel CSV" reads GBK (the ANSI code page of Simplified Chinese Windows). No
# source says any of these consoles accepts GB18030, whose four-byte sequences a GBK reader turns into garbage,
# so the writer stays with GBK and refuses a name GBK cannot store (王䶮, 𠮷) rather than write a silent "?".
# Traditional characters (曾國藩) are in GBK and pass.
ENCODINGS = ("gbk", "utf-8-sig")
ENCODING_LABELS = {"gbk": "GBK", "utf-8-sig": "UTF-8"}

BAD_LAYOUT = "console_import.bad_layout"

_PROVIDER_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_TOP_KEYS = frozenset({"schema", "provider", "confirmed", "source", "checked", "format", "encoding", "menu",
                       "steps", "note", "max_rows", "columns"})
_COLUMN_KEYS = frozenset({"header", "field", "required"})


class ConsoleImportError(Exception):
    """Base of the console import's errors (here and in console_import_file); .key is the message key, .params
    its values (strings, for the UI)."""

    def __init__(self, key: str, params: dict[str, str] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.params: dict[str, str] = dict(params or {})


class LayoutError(ConsoleImportError):
    """A layout file that is not valid (a packaging or editing mistake, not the user's)."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(BAD_LAYOUT, {"file": file, "problem": problem})
        self.file = file
        self.problem = problem


# ----------------------------------------------------------------------------------------------------- layout

@dataclass(frozen=True)
class Column:
    header: str          # exactly as the console's template has it
    field: str           # one of COLUMN_FIELDS
    required: bool = False


@dataclass(frozen=True)
class Steps:
    """Short imperative sentences for the console, in the three UI languages."""

    en: tuple[str, ...]
    zh_CN: tuple[str, ...]
    zh_TW: tuple[str, ...]

    def get(self, lang: str) -> tuple[str, ...]:
        return getattr(self, lang, None) or self.en


# A layout no source confirmed still gets a file, clearly marked in the steps: the admin copies its columns
# into the template the console offers. generic_layout() is the same idea for a provider with no layout file.
@dataclass(frozen=True)
class ImportLayout:
    provider: str
    confirmed: bool            # True only when a source showed the console's template
    source: str                # the (first) URL the layout rests on, "" for the generic layout
    checked: dt.date
    format: str                # "csv" | "xlsx"
    encoding: str | None       # "gbk" | "utf-8-sig" for csv; None for xlsx
    menu: Text                 # the console path to the import page
    steps: Steps
    note: Text                 # what was and was not confirmed
    columns: tuple[Column, ...]
    max_rows: int | None = None  # members per file the console takes (None: no known limit)
    sources: tuple[str, ...] = ()  # every URL the layout rests on; source is the first

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    @property
    def has_password_column(self) -> bool:
        return any(c.field == "password" for c in self.columns)

    @property
    def suffix(self) -> str:
        return "." + self.format

    def holds_passwords(self, passwords: Mapping[str, str] | None) -> bool:
        """Whether write_import_file() with these passwords writes any: the UI then warns to delete the file."""
        return self.has_password_column and passwords is not None and any(passwords.values())


def load_layout(provider_id: str, root: Path | None = None) -> ImportLayout | None:
    """The provider's layout from <root>/console_import/<provider_id>.toml (root: the resources folder), or None
    when the provider has none (use generic_layout()). A file that is there but not valid raises LayoutError."""
    if not _PROVIDER_ID.fullmatch(provider_id):
        return None                   # not a provider id; never a path outside the folder
    path = (root or resources_dir()) / FOLDER / f"{provider_id}.toml"
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LayoutError(path.name, str(exc)) from exc
    return parse_layout(data, path.name, expected_provider=provider_id)


def parse_layout(data: Mapping[str, Any], file: str = "<layout>", *, expected_provider: str | None = None,
                 ) -> ImportLayout:
    """Check a layout table strictly (unknown keys too: a typo must not quietly drop a column)."""

    def fail(problem: str) -> LayoutError:
        return LayoutError(file, problem)

    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}")
    if data.get("schema") != SCHEMA:
        raise fail(f"schema must be {SCHEMA}")
    provider = data.get("provider")
    if not isinstance(provider, str) or not _PROVIDER_ID.fullmatch(provider):
        raise fail("provider must be a provider id")
    if expected_provider is not None and provider != expected_provider:
        raise fail(f"provider {provider!r} in the file of {expected_provider!r}")
    confirmed = data.get("confirmed")
    if not isinstance(confirmed, bool):
        raise fail("confirmed must be true or false")
    source = data.get("source")
    sources = source if isinstance(source, list) else [source]
    if not sources or not all(isinstance(s, str) and re.match(r"https?://\S+$", s) for s in sources):
        raise fail("source must be a URL or a list of URLs")
    checked = data.get("checked")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise fail("checked must be a date (YYYY-MM-DD)")
    fmt = data.get("format")
    if fmt not in FORMATS:
        raise fail(f"format must be one of {', '.join(FORMATS)}")
    encoding = data.get("encoding")
    if fmt == "csv" and encoding not in ENCODINGS:
        raise fail(f"a csv layout needs encoding, one of {', '.join(ENCODINGS)}")
    if fmt == "xlsx" and encoding is not None:
        raise fail("an xlsx layout has no encoding")
    max_rows = data.get("max_rows")
    if max_rows is not None and (not isinstance(max_rows, int) or isinstance(max_rows, bool) or max_rows < 1):
        raise fail("max_rows must be a positive integer")
    return ImportLayout(
        provider=provider, confirmed=confirmed, source=sources[0], checked=checked, format=fmt,
        encoding=encoding, menu=_text(data, "menu", fail), steps=_steps(data, fail), note=_text(data, "note", fail),
        columns=_columns(data.get("columns"), fail), max_rows=max_rows, sources=tuple(sources),
    )


def _text(data: Mapping[str, Any], key: str, fail: Any) -> Text:
    table = data.get(key)
    if not isinstance(table, dict) or set(table) != set(LANGS):
        raise fail(f"{key} needs exactly {', '.join(LANGS)}")
    if not all(isinstance(table[lang], str) and table[lang].strip() for lang in LANGS):
        raise fail(f"{key} has an empty language")
    return Text(*(table[lang] for lang in LANGS))


def _steps(data: Mapping[str, Any], fail: Any) -> Steps:
    table = data.get("steps")
    if not isinstance(table, dict) or set(table) != set(LANGS):
        raise fail(f"steps needs exactly {', '.join(LANGS)}")
    lists = []
    for lang in LANGS:
        items = table[lang]
        if not isinstance(items, list) or not items or not all(isinstance(s, str) and s.strip() for s in items):
            raise fail(f"steps.{lang} must be a list of sentences")
        lists.append(tuple(items))
    if len({len(items) for items in lists}) != 1:
        raise fail("steps must have as many sentences in every language")
    return Steps(*lists)


def _columns(raw: Any, fail: Any) -> tuple[Column, ...]:
    if not isinstance(raw, list) or not raw:
        raise fail("columns missing: at least one [[columns]] table")
    columns: list[Column] = []
    for number, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise fail(f"column {number} is not a table")
        unknown = sorted(set(item) - _COLUMN_KEYS)
        if unknown:
            raise fail(f"column {number}: unknown key(s) {', '.join(unknown)}")
        header, fid, required = item.get("header"), item.get("field"), item.get("required", False)
        if not isinstance(header, str) or not header.strip() or header != header.strip():
            raise fail(f"column {number}: header must be text without surrounding spaces")
        if fid not in COLUMN_FIELDS:
            raise fail(f"column {number}: unknown field {fid!r}")
        if not isinstance(required, bool) or (required and fid == "empty"):
            raise fail(f"column {number}: required must be true or false (and false for an empty column)")
        columns.append(Column(header, fid, required))
    headers = [c.header for c in columns]
    if len(set(headers)) != len(headers):
        raise fail("two columns have the same header")
    fields = [c.field for c in columns if c.field != "empty"]
    if len(set(fields)) != len(fields):
        raise fail("two columns have the same field")
    return tuple(columns)


def generic_layout(provider_id: str = "generic") -> ImportLayout:
    """For a provider without a layout file: a UTF-8 CSV with bilingual headers to copy into the console's
    own template. Never confirmed."""
    columns = (
        Column("姓名 Name", "display_name", True),
        Column("邮箱地址 Email address", "address", True),
        Column("用户名 User name (before @)", "local_part", True),
        Column("部门 Department", "department"),
        Column("职位 Job title", "job_title"),
        Column("手机 Mobile", "phone"),
        Column("初始密码 Initial password", "password"),
    )
    steps = Steps(
        en=("Open your provider's admin console and go to the page that lists users or members.",
            "Look for Import or Batch import, and download the template it offers.",
            "Open the template and this file side by side in Excel or WPS.",
            "Copy each column of this file into the template column with the same meaning.",
            "Save the template in the format it came in and upload it.",
            "Check the import result for rows that failed and add those people by hand."),
        zh_CN=("打开服务商的管理后台，进入成员或用户列表页面。",
               "找到“导入”或“批量导入”，下载页面提供的模板。",
               "用 Excel 或 WPS 同时打开模板和本文件。",
               "把本文件的每一列复制到模板中含义相同的列。",
               "按模板原来的格式保存，然后上传。",
               "查看导入结果，把失败的人员手动添加。"),
        zh_TW=("開啟服務商的管理後台，進入成員或使用者清單頁面。",
               "找到「匯入」或「批次匯入」，下載頁面提供的範本。",
               "用 Excel 或 WPS 同時開啟範本和這個檔案。",
               "把這個檔案的每一欄複製到範本中意思相同的欄位。",
               "依範本原本的格式儲存，再上傳。",
               "查看匯入結果，把失敗的人員手動新增。"),
    )
    return ImportLayout(
        provider=provider_id, confirmed=False, source="", checked=dt.date(2026, 11, 26), format="csv",
        encoding="utf-8-sig",
        menu=Text("Your provider's admin console > users or members > Import",
                  "服务商管理后台 > 成员/用户 > 导入",
                  "服務商管理後台 > 成員／使用者 > 匯入"),
        steps=steps,
        note=Text("MailWizard has no import layout for this provider. This file is a general list to copy into the "
                  "console's own template; its column titles will not match the console's.",
                  "MailWizard 没有该服务商的导入格式。本文件是通用名单，需复制到后台自带的模板中；列标题与后台的不同。",
                  "MailWizard 沒有這家服務商的匯入格式。這個檔案是通用名單，需複製到後台內建的範本；"
                  "欄位名稱與後台的不同。"),
        columns=columns,
    )


def layout_for(provider_id: str, root: Path | None = None) -> ImportLayout:
    """load_layout(), or generic_layout() for a provider without a file."""
    return load_layout(provider_id, root) or generic_layout(provider_id)
