"""Shared addresses (info@, sales@, a list per department) and personal aliases, as the wizard holds them before
and after creation. A shared address is a group at the provider: mail to it reaches each of its recipients.
Qt-free; the rules on them (suggestions, clashes) and the exactly-once run live beside this module."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where a shared address came from: a common one (info, sales, hr…), a department of the member list, or typed
ORIGIN_COMMON, ORIGIN_DEPARTMENT, ORIGIN_TYPED = "common", "department", "typed"

_SEPARATORS = re.compile(r"[\s,;，；、]+")


@dataclass(frozen=True)
class SharedAddress:
    """One shared address. ``recipients``: the members (by local part) who receive its mail."""

    local_part: str
    name: str                         # shown as the sender's name / the group's name ("Sales", "销售部")
    recipients: tuple[str, ...] = ()
    origin: str = ORIGIN_TYPED
    origin_detail: str = ""           # the department's name, or the common id ("info")
    outside: bool = True              # takes mail from outside the company (info@ on the website)

    def address(self, domain: str) -> str:
        return f"{self.local_part}@{domain}" if self.local_part else ""


def alias_parts(typed: str) -> tuple[str, ...]:
    """A member's Aliases cell → its local parts, lower-cased, in order, each once ("Lina, na.li" → lina, na.li);
    a full address typed keeps only its local part."""
    seen: list[str] = []
    for piece in _SEPARATORS.split(typed or ""):
        local = piece.split("@", 1)[0].strip().lower()
        if local and local not in seen:
            seen.append(local)
    return tuple(seen)


def typed_local_part(typed: str) -> str:
    """A shared address as typed → its local part as every entry path of the members has it: the full-width
    letters and @ of a Chinese input method as the plain ones (ｓａｌｅｓ＠… → sales), trimmed, lower-cased."""
    from mailwizard.core.members.table import _halfwidth

    return _halfwidth(typed or "").strip().split("@", 1)[0].strip().lower()
