"""The company's signature design and its leave auto-reply: what the admin chooses once, kept in the store (JSON).
The person's own lines (name, title, department, mobile) come from the Members table (core/members/model.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

LANGUAGES = ("en", "zh_CN", "zh_TW")
SIGNATURE, AUTOREPLY = "signature", "autoreply"  # what can be installed (SignaturesStep.install's kind)
KINDS = (SIGNATURE, AUTOREPLY)
LOGO_BYTES = 48 * 1024  # a logo file embedded in the files as a data: URL, at most this big (an email stays light)


@dataclass(frozen=True)
class AutoReply:
    """The leave auto-reply. ``subject``/``body`` "" use the member's language's default text; the body may hold
    {name}, {start}, {end}, {company}, {contact}. ``start``/``end``: ISO dates (YYYY-MM-DD), "" for none."""

    subject: str = ""
    body: str = ""
    start: str = ""
    end: str = ""
    contact: str = ""          # who to write to meanwhile (an address), "" none

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        return _date(self.start), _date(self.end)

    def problem(self) -> str:
        """A message key when the dates cannot be used ("" when fine)."""
        start, end = self.dates()
        if (self.start and start is None) or (self.end and end is None):
            return "signature.bad_date"
        if start and end and end < start:
            return "signature.end_before_start"
        return ""


@dataclass(frozen=True)
class SignatureDesign:
    """Which of the person's lines to show, the company's own lines, and the auto-reply. ``logo``: an https://
    address (linked) or a data: URL (embedded; the files only, a provider's web signature takes links).
    ``language``: the signatures' language ("" the UI's); ``languages``: address → language for members who read
    another one (the Members table has no language column)."""

    show_title: bool = True
    show_department: bool = True
    show_mobile: bool = True
    show_address: bool = True
    company: str = ""
    phone: str = ""            # the company's line
    website: str = ""
    logo: str = ""
    legal: str = ""
    language: str = ""
    languages: dict[str, str] = field(default_factory=dict)
    autoreply: AutoReply = field(default_factory=AutoReply)

    def language_of(self, address: str, default: str) -> str:
        chosen = self.languages.get(address.lower()) or self.language or default
        return chosen if chosen in LANGUAGES else "en"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> SignatureDesign:
        """A kept design; anything unreadable in it falls back to the default for that field."""
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        kept: dict[str, Any] = {}
        for name, value in data.items():
            if name == "autoreply" and isinstance(value, dict):
                names = {f.name for f in fields(AutoReply)}
                kept[name] = AutoReply(**{k: v for k, v in value.items() if k in names and _same_type(
                    v, getattr(AutoReply(), k))})
            elif name == "languages" and isinstance(value, dict):
                kept[name] = {str(k).lower(): str(v) for k, v in value.items() if v in LANGUAGES}
            elif name in known and name not in ("autoreply", "languages") and _same_type(value, getattr(cls(), name)):
                kept[name] = value
        return replace(cls(), **kept)


def _same_type(value: Any, default: Any) -> bool:
    return type(value) is type(default)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
