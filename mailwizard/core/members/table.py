"""Validating the member list: every cell gets a specific message key; seats are counted against
the plan. Pure functions, shared by the Members step and `mailwizard members check`."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from mailwizard.core.domains import check_email, sendable
from mailwizard.core.members.model import PERMISSIONS, TEAM_PRESETS, Member

LOCAL_PART = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,24}$")
# Whose admin API can give the admin role and add to a group; elsewhere that is done in the provider's console.
def presets_for(role_api: bool) -> tuple[str, ...]:
    """The permission presets MailWizard can apply: all where the provider's API gives roles and groups
    (its profile's ``role_api``), else a plain member only."""
    return PERMISSIONS if role_api else ("user",)
MAX_NAME = 64  # Tencent's `name` limit (bytes vary); the strictest provider's display-name length


@dataclass(frozen=True)
class CellProblem:
    field: str
    key: str
    params: dict[str, str] = field(default_factory=dict)


def normalise(member: Member) -> Member:
    """What every entry path applies: trimmed cells, a lower-case address (mail systems ignore case), and the
    full-width letters, digits and @ of a Chinese input method as the plain ones they stand for."""
    from dataclasses import replace

    local = _halfwidth(member.local_part).strip()
    return replace(member, display_name=member.display_name.strip(), local_part=local.lower() if "@" not in local
                   else local, aliases=_halfwidth(member.aliases).strip().lower(),
                   personal_email=_halfwidth(member.personal_email).strip(),
                   phone=_halfwidth(member.phone).strip(), quota_gb=_halfwidth(member.quota_gb).strip())


def _halfwidth(text: str) -> str:
    """ｌｉ．ｎａ＠ → li.na@ and １３８ → 138 (NFKC on the full-width forms only: other text keeps its form)."""
    return "".join(unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" or ch == "\u3000" else ch
                   for ch in text)


def local_part_of(cell: str, company: str | None) -> str:
    """"zhang.wei@example.com" → "zhang.wei" when example.com is the company domain (``company``: its
    domain_key()); other text unchanged."""
    text = _halfwidth(cell).replace("＠", "@")
    angle = re.fullmatch(r".*<([^<>]+@[^<>]+)>\s*", text)     # "Zhang Wei <zhang.wei@example.com>" from Outlook
    if angle:
        text = angle.group(1).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):].strip()
    if "@" not in text:
        return cell
    local, _, host = text.rpartition("@")
    if company is not None and local and domain_key(host) == company:
        return local
    return cell


def domain_key(domain: str) -> str:
    """The domain as compared: A-labels, lower case; 例子.中国, xn--fsqu00a.xn--fiqs8s, 例子。中国 and 例子.中国.
    are one domain."""
    import idna  # loaded with the members step, not before the first window

    text = domain.strip(" \t\r\n\x0b\x0c\xa0\u3000\u200b\u200c\u200d\u2060\ufeff").rstrip(".。")
    try:
        mapped = idna.uts46_remap(text, std3_rules=False, transitional=False).rstrip(".")
        return ".".join(idna.alabel(label).decode("ascii").lower() for label in mapped.split("."))
    except (idna.IDNAError, UnicodeError, ValueError):
        return text.lower()


def check_local_part(local: str) -> str | None:
    if not local:
        return "member.address_missing"
    if "@" in local:
        return "member.address_other_domain"
    if local != local.lower():
        return "member.address_upper"
    if ".." in local:
        return "member.address_dots"
    if len(local) > 64:
        return "member.address_too_long"
    if not LOCAL_PART.match(local):
        return "member.address_invalid"
    return None


def check_member(member: Member, *, max_quota_gb: float | None = None,
                 roles: tuple[str, ...] = PERMISSIONS, group_chosen: bool = True,
                 quota: bool = True) -> list[CellProblem]:
    """``quota`` False: the mailbox size is not used (no API takes it): not checked either."""
    problems: list[CellProblem] = []
    if not member.display_name.strip():
        problems.append(CellProblem("display_name", "member.name_missing"))
    elif len(member.display_name) > MAX_NAME:
        problems.append(CellProblem("display_name", "member.name_too_long", {"max": str(MAX_NAME)}))
    key = check_local_part(member.local_part.strip())
    if key:
        problems.append(CellProblem("local_part", key, {"value": member.local_part}))
    if member.personal_email.strip() and not check_email(member.personal_email).ok:
        problems.append(CellProblem("personal_email", "member.personal_email_invalid",
                                    {"value": member.personal_email}))
    elif not sendable(member.personal_email):
        problems.append(CellProblem("personal_email", "member.personal_email_not_ascii",
                                    {"value": member.personal_email}))
    if member.phone.strip() and not PHONE.match(member.phone.strip()):
        problems.append(CellProblem("phone", "member.phone_invalid", {"value": member.phone}))
    if quota and member.quota_gb.strip():
        try:
            size = float(member.quota_gb)
        except ValueError:
            problems.append(CellProblem("quota_gb", "member.quota_invalid", {"value": member.quota_gb}))
        else:
            if not math.isfinite(size) or size <= 0:  # float() takes "nan" and "inf"
                problems.append(CellProblem("quota_gb", "member.quota_invalid", {"value": member.quota_gb}))
            elif max_quota_gb is not None and size > max_quota_gb:
                problems.append(CellProblem("quota_gb", "member.quota_over_plan",
                                            {"max": f"{max_quota_gb:g}", "value": member.quota_gb}))
    if member.permissions not in PERMISSIONS:
        problems.append(CellProblem("permissions", "member.permissions_invalid"))
    elif member.permissions not in roles:
        problems.append(CellProblem("permissions", "member.role_unsupported"))
    elif member.permissions in TEAM_PRESETS and not group_chosen:
        problems.append(CellProblem("permissions", "member.group_missing"))
    return problems


def check_table(members: list[Member], *, existing: set[str] = frozenset(),
                max_quota_gb: float | None = None, roles: tuple[str, ...] = PERMISSIONS,
                group_chosen: bool = True, domain: str = "", quota: bool = True) -> dict[int, list[CellProblem]]:
    """Problems per row index; addresses used twice in the table, or already at the provider; a personal
    email at the company's own ``domain``, where no one can read the invitation yet."""
    company = domain_key(domain) if domain else None
    counts = Counter(m.local_part.strip().lower() for m in members if m.local_part.strip())
    first_row = {}
    for index, member in enumerate(members):
        first_row.setdefault(member.local_part.strip().lower(), index)
    result: dict[int, list[CellProblem]] = {}
    for index, member in enumerate(members):
        problems = check_member(member, max_quota_gb=max_quota_gb, roles=roles, group_chosen=group_chosen,
                                quota=quota)
        local = member.local_part.strip().lower()
        if local and counts[local] > 1 and first_row[local] != index:
            other = members[first_row[local]]
            problems.append(CellProblem("local_part", "member.address_duplicate",
                                        {"value": local, "other": other.display_name or local,
                                         "row": str(first_row[local] + 1)}))  # two people can share a name
        elif local and local in existing:
            problems.append(CellProblem("local_part", "member.address_exists", {"value": local}))
        personal = member.personal_email.strip()
        if company and "@" in personal and domain_key(personal.rpartition("@")[2]) == company \
                and not any(p.field == "personal_email" for p in problems):
            problems.append(CellProblem("personal_email", "member.personal_email_company", {"value": personal}))
        if problems:
            result[index] = problems
    return result


@dataclass(frozen=True)
class SeatCount:
    used: int
    limit: int | None

    @property
    def over(self) -> bool:
        return self.limit is not None and self.used > self.limit


def seats(members: list[Member], limit: int | None, already_used: int = 0) -> SeatCount:
    return SeatCount(already_used + len(members), limit)
