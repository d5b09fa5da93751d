"""Which column of a member list holds which field, from its headers as people write them; rows to Members."""

from __future__ import annotations

import re
import unicodedata

from mailwizard.core.members.model import FIELDS, Member
from mailwizard.core.members.raw_table import INVISIBLE, RawTable, clean_cell
from mailwizard.core.members.table import domain_key, local_part_of
from mailwizard.core.members.writing import unneutralise

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
    "aliases": (
        "aliases", "alias", "email aliases", "email alias", "e-mail aliases", "alias addresses", "other addresses",
        "alternate addresses", "additional addresses",
        "别名", "別名", "邮箱别名", "郵箱別名", "别名邮箱", "別名郵箱", "邮件别名", "郵件別名", "别名地址", "別名地址",
        "其他地址", "其他邮箱地址", "其他郵箱地址", "附加地址",
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

PERMISSION_IDS = ("user", "team", "user_admin", "team_admin")
_ADMIN_WORDS = frozenset({"admin", "administrator", "user_admin", "管理员", "管理員", "超级管理员", "超級管理員", "是"})
_USER_WORDS = frozenset({"", "user", "member", "普通", "普通用户", "普通用戶", "成员", "成員", "员工", "員工", "用户",
                         "用戶"})


# ---------------------------------------------------------------------------------------------------------- mapping

def _norm(header: str) -> str:
    """Header text compared the way a person reads it: full-width folded, no hints in brackets, no "*" or ":"."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = "".join(ch for ch in text if ch not in INVISIBLE)
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


class _Header:
    """A header as _match compares it, worked out once per header, not once per alias (~4 ms per table)."""

    def __init__(self, header: str) -> None:
        self.normed = _norm(header)
        self.key = _key(self.normed)
        self.segment_keys = {_key(seg) for seg in _segments(self.normed)} if self.normed else set()
        self.words = tuple(re.findall(r"[a-z0-9]+", self.normed))


def _match(header: _Header, alias_key: str, alias_norm: str, tokens: tuple[str, ...]) -> int:
    """3 = the header is the alias, 2 = one part of a bilingual header is, 1 = the header contains it, 0 = no."""
    normed = header.normed
    if not alias_key or not normed:
        return 0
    if header.key == alias_key:
        return 3
    if alias_key in header.segment_keys:
        return 2
    if alias_norm in _EXACT_ONLY or len(normed) > 30:
        return 0                          # a header is a few words; "phone" inside a sentence is not a header
    if alias_key.isascii():
        words = header.words
        n = len(tokens)
        return 1 if n and any(words[i:i + n] == tokens for i in range(len(words) - n + 1)) else 0
    return 1 if len(alias_key) >= 2 and alias_key in header.key else 0


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field id → column index, best matches first; each column and each field used at most once."""
    candidates: list[tuple[int, int, int, int, str]] = []
    for column, text in enumerate(headers):
        best: dict[str, tuple[int, int]] = {}
        header = _Header(text)
        personal = any(marker in header.normed for marker in _PERSONAL_MARKERS)
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
                values[fid] = unneutralise(clean_cell(cells[column]))
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
