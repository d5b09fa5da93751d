"""Reading the provider data files (resources/providers/*.toml): typed access to a table, with errors that
name the file and the field; shared by the catalogue and its [dns]/[mail] sections."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LANGS = ("en", "zh_CN", "zh_TW")


class CatalogueError(ValueError):
    """A provider data file breaks the schema; the message names the file and the field."""


@dataclass(frozen=True)
class Text:
    """A short text in the three UI languages."""

    en: str
    zh_CN: str
    zh_TW: str

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en


class Reader:
    """Typed access to one TOML table with errors that name the file and field."""

    def __init__(self, file: str, data: Mapping[str, Any], path: str = "") -> None:
        self.file, self.data, self.path = file, data, path

    def fail(self, key: str, problem: str) -> CatalogueError:
        where = f"{self.path}.{key}" if self.path else key
        return CatalogueError(f"{self.file}: {where}: {problem}")

    def get(self, key: str, kind: type | tuple[type, ...], *, optional: bool = False) -> Any:
        if key not in self.data:
            if optional:
                return None
            raise self.fail(key, "missing")
        value = self.data[key]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(key, "must be a number")
        if not isinstance(value, kind):
            raise self.fail(key, f"must be {getattr(kind, '__name__', kind)}")
        return value

    def table(self, key: str, *, optional: bool = False) -> Reader | None:
        value = self.get(key, dict, optional=optional)
        if value is None:
            return None
        return Reader(self.file, value, f"{self.path}.{key}" if self.path else key)

    def text(self, key: str, *, optional: bool = False) -> Text | None:
        sub = self.table(key, optional=optional)
        if sub is None:
            return None
        values = [sub.get(lang, str) for lang in LANGS]
        if not all(v.strip() for v in values):
            raise self.fail(key, "every language needs a text")
        return Text(*values)

    def url(self, key: str) -> str:
        value = self.get(key, str)
        if not value.startswith("https://"):
            raise self.fail(key, "must be an https:// link")
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.get(key, str)
        if value not in allowed:
            raise self.fail(key, f"must be one of {', '.join(allowed)}")
        return value
