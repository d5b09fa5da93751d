"""Suggested shared addresses: the common ones (info@, sales@, hr@… from resources/shared/common.toml) and one list
per department found in the member list (sales@ for 销售部, else the department's name in pinyin: 品质部 → pinzhi@),
each with who receives its mail. Qt-free; the provider's console steps for what its API cannot do are read here
too (resources/shared/<provider id>.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass

from mailwizard.core.members.model import ADMIN_PRESETS, Member
from mailwizard.core.members.shared import ORIGIN_COMMON, ORIGIN_DEPARTMENT, SharedAddress

EVERYONE = "*"  # a common address's department that means every member
# What a department's name often ends with, taken off before it is compared (销售部 → 销售, Sales Dept → sales)
_SUFFIXES = ("department", "dept.", "dept", "division", "team", "group", "部门", "部門", "中心", "部", "组", "組",
             "处", "處", "科", "室")
PARTS = ("groups", "aliases", "outside")  # the console steps' sections (outside: letting outsiders mail a group)


@dataclass(frozen=True)
class CommonAddress:
    local_part: str
    name: dict[str, str]
    departments: tuple[str, ...]
    outside: bool


@dataclass(frozen=True)
class CommonData:
    reserved: frozenset[str]
    departments: dict[str, str]     # a department word as compared (department_key) → its slug
    common: tuple[CommonAddress, ...]


@functools.cache
def common_data() -> CommonData:
    """resources/shared/common.toml, parsed once."""
    from mailwizard.core.resources import resources_dir

    with open(resources_dir() / "shared" / "common.toml", "rb") as handle:
        data = tomllib.load(handle)
    words = {department_key(word): entry["slug"] for entry in data.get("department", [])
             for word in [entry["slug"], *entry.get("words", [])]}
    common = tuple(CommonAddress(c["local_part"], dict(c.get("name", {})), tuple(c.get("departments", ())),
                                 bool(c.get("outside", True))) for c in data.get("common", []))
    return CommonData(frozenset(data.get("reserved", ())), words, common)


def department_key(name: str) -> str:
    """A department's name as compared: width and case folded, spaces squeezed, a trailing 部/部门/Department… off
    ("销售部" and "銷售部門" and "Sales Dept" → 销售, 銷售, sales)."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name or "")).strip().casefold()
    for _ in range(2):  # "销售部门组"… at most two suffixes
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)].strip(" -_·")
                break
    return text


@functools.lru_cache(maxsize=4096)  # a list of 20,000 has a few dozen departments, each asked once
def department_slug(name: str) -> str:
    """The local part of a department's list: its known slug, else its name romanised (pinyin) with dots between
    words; "" when nothing usable is left."""
    from mailwizard.core.members.names import is_valid_local_part, romanise

    key = department_key(name)
    if not key:
        return ""
    known = common_data().departments.get(key)
    if known:
        return known
    # digits kept as they are ("Store 1" and "Store 2" are two lists, not one "store"; romanise drops them)
    words = ("".join(p if p.isascii() else romanise(p) for p in re.split(r"([0-9]+)", word))
             for word in re.split(r"[\s_\-·/&]+", key))
    slug = ".".join(part for part in words if part)[:64].rstrip(".")  # cut at 64: not ending in a dot
    return slug if is_valid_local_part(slug) else ""


def departments(members: list[Member] | tuple[Member, ...]) -> dict[str, tuple[str, list[str]]]:
    """slug → (the department's name as first written, its members' local parts in list order)."""
    found: dict[str, tuple[str, dict[str, None]]] = {}  # the dict: local parts in order, each once
    for member in members:
        if not member.department.strip() or not member.local_part:
            continue
        slug = department_slug(member.department)
        if slug:
            found.setdefault(slug, (member.department.strip(), {}))[1][member.local_part] = None
    return {slug: (name, list(parts)) for slug, (name, parts) in found.items()}


def suggestions(members: list[Member] | tuple[Member, ...], existing: list[SharedAddress] | tuple[SharedAddress, ...],
                lang: str) -> list[SharedAddress]:
    """The common addresses, then one list per department (named as the list writes it); none whose local part
    is taken already (by a shared address, an account or an alias of the list). A department whose slug is a
    common address's (销售部 → sales) is that address: its list, not the common one, is suggested."""
    from mailwizard.core.members.shared import alias_parts

    data = common_data()
    found = departments(members)
    taken = {a.local_part for a in existing} | {m.local_part for m in members if m.local_part}
    taken |= {alias for m in members for alias in alias_parts(m.aliases)}
    taken |= data.reserved
    outside = {c.local_part: c.outside for c in data.common}  # sales@ takes mail from outside as the common one
    lists = [SharedAddress(slug, name, tuple(parts), ORIGIN_DEPARTMENT, name, outside.get(slug, False))
             for slug, (name, parts) in found.items() if slug not in taken]
    taken |= {a.local_part for a in lists}
    everyone = tuple(dict.fromkeys(m.local_part for m in members if m.local_part))
    # an address no department answers (info@) reaches the list's administrators until the user picks others:
    # mail to it is read by someone from the first day
    admins = tuple(dict.fromkeys(m.local_part for m in members if m.local_part and m.permissions in ADMIN_PRESETS))
    out: list[SharedAddress] = []
    for common in data.common:
        if common.local_part in taken:
            continue
        recipients = dict.fromkeys(everyone if EVERYONE in common.departments else ())
        for slug in common.departments:
            recipients.update(dict.fromkeys(found.get(slug, ("", []))[1]))
        if not recipients:
            recipients = dict.fromkeys(admins)
        name = common.name.get(lang) or common.name.get("en") or common.local_part
        out.append(SharedAddress(common.local_part, name, tuple(recipients), ORIGIN_COMMON, common.local_part,
                                 common.outside))
        taken.add(common.local_part)
    return out + lists


# --- the provider's console steps ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsoleSteps:
    """One part (groups or aliases) done in the provider's console: the numbered steps per language, where they
    come from, and whether they could be confirmed there."""

    steps: dict[str, tuple[str, ...]]
    source: str = ""
    unconfirmed: bool = False

    def for_language(self, lang: str) -> list[str]:
        return list(self.steps.get(lang) or self.steps.get("en") or ())


@functools.cache
def console_steps(provider_id: str) -> dict[str, ConsoleSteps]:
    """resources/shared/<provider id>.toml: {"groups": ConsoleSteps, "aliases": ConsoleSteps} for the parts it
    has (no file: none)."""
    from mailwizard.core.resources import resources_dir

    if not re.fullmatch(r"[a-z0-9_]+", provider_id or ""):
        return {}
    path = resources_dir() / "shared" / f"{provider_id}.toml"
    if not path.is_file():
        return {}
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    out: dict[str, ConsoleSteps] = {}
    for part in PARTS:
        section = data.get(part)
        if not isinstance(section, dict):
            continue
        steps = section.get("steps", {})
        out[part] = ConsoleSteps({lang: tuple(str(s) for s in lines) for lang, lines in steps.items()
                                  if isinstance(lines, list)}, str(section.get("source", "")),
                                 bool(section.get("unconfirmed", False)))
    return out
