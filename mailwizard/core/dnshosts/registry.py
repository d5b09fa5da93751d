"""Which DNS hosts MailWizard can write to: a host id → its API module and the ``[api]`` table of its data file
(resources/dns_hosts/<id>.toml): the credential's fields, the least-privilege guide, where the credential is made.

The module (``mailwizard.core.dnshosts.<module>``) is imported only when a connection is made. Tests and
practice mode may put a ``HostRegistry`` of their own in front (``extra``), never a host id in generic code."""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.catalogue_reader import LANGS, Text

if TYPE_CHECKING:
    from mailwizard.core.dnshosts.api import DnsHostApi

Connector = Callable[..., "DnsHostApi"]  # (credential, *, base_url=None) -> DnsHostApi


@dataclass(frozen=True)
class CredentialField:
    """One box of the credential form: ``key`` as the module reads it; ``secret`` hidden as typed and in logs."""

    key: str
    secret: bool
    label: Text


@dataclass(frozen=True)
class HostApiInfo:
    host_id: str
    module: str
    fields: tuple[CredentialField, ...]
    guide: Text               # numbered steps to make a credential with the least privilege
    credential_url: str       # the console page where it is made
    guide_source: str         # the host's documentation the guide follows

    def field_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def secret_values(self, credential: Mapping[str, str]) -> list[str]:
        """The credential's secret parts (for hiding them in logs)."""
        return [credential[f.key] for f in self.fields if f.secret and credential.get(f.key)]


def _text(value: object, what: str, file: str) -> Text:
    if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang] for lang in LANGS):
        raise ValueError(f"{file}: [api] {what} needs en, zh_CN and zh_TW")
    return Text(*(value[lang] for lang in LANGS))


def read_api(host_id: str, data: Mapping[str, object], file: str = "") -> HostApiInfo | None:
    """The ``[api]`` table of a host's data, or None when the host has none (no API MailWizard speaks)."""
    table = data.get("api")
    if table is None:
        return None
    file = file or f"{host_id}.toml"
    if not isinstance(table, dict):
        raise ValueError(f"{file}: [api] must be a table")
    module = table.get("module")
    if not isinstance(module, str) or not module.isidentifier():
        raise ValueError(f"{file}: [api] module must name a module of mailwizard.core.dnshosts")
    fields = []
    for item in table.get("fields", []):
        if not isinstance(item, dict) or not isinstance(item.get("key"), str) or not item["key"]:
            raise ValueError(f"{file}: [api] fields need a key each")
        fields.append(CredentialField(item["key"], bool(item.get("secret", False)),
                                      _text(item.get("label"), f"label of {item['key']}", file)))
    if not fields:
        raise ValueError(f"{file}: [api] needs at least one credential field")
    for key in ("credential_url", "guide_source"):
        if not str(table.get(key, "")).startswith("https://"):
            raise ValueError(f"{file}: [api] {key} must be an https:// link")
    return HostApiInfo(host_id, module, tuple(fields), _text(table.get("guide"), "guide", file),
                       str(table["credential_url"]), str(table["guide_source"]))


@lru_cache(maxsize=8)
def _read_all(folder: Path) -> dict[str, HostApiInfo]:
    found = {}
    for path in sorted(folder.glob("*.toml")):
        info = read_api(path.stem, tomllib.loads(path.read_text(encoding="utf-8")), path.name)
        if info is not None:
            found[path.stem] = info
    return found


@dataclass(frozen=True)
class HostRegistry:
    """The hosts with an API: the data files' ``[api]`` tables, and ``extra`` (host id → (info, connector)) in
    front of them, for tests and practice."""

    root: Path | None = None
    extra: Mapping[str, tuple[HostApiInfo, Connector]] = field(default_factory=dict)

    def _folder(self) -> Path:
        from mailwizard.core.resources import resources_dir

        return (self.root or resources_dir()) / "dns_hosts"

    def api_for(self, host_id: str) -> HostApiInfo | None:
        if host_id in self.extra:
            return self.extra[host_id][0]
        return _read_all(self._folder()).get(host_id)

    def hosts(self) -> tuple[str, ...]:
        return tuple(sorted({*_read_all(self._folder()), *self.extra}))

    def connect(self, host_id: str, credential: Mapping[str, str], base_url: str | None = None) -> DnsHostApi:
        """A connection to ``host_id``'s API (``base_url`` None: the host's real API). Nothing is sent yet."""
        if host_id in self.extra:
            return self.extra[host_id][1](dict(credential), base_url=base_url)
        info = self.api_for(host_id)
        if info is None:
            raise LookupError(f"no API module for the DNS host {host_id!r}")
        module = importlib.import_module(f"mailwizard.core.dnshosts.{info.module}")
        return module.connect(dict(credential), base_url=base_url)


DEFAULT = HostRegistry()


def api_for(host_id: str) -> HostApiInfo | None:
    return DEFAULT.api_for(host_id)


def connect(host_id: str, credential: Mapping[str, str], base_url: str | None = None) -> DnsHostApi:
    return DEFAULT.connect(host_id, credential, base_url)
