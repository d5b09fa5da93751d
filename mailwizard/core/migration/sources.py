"""The old mail services a company may be moving away from (resources/migration/sources.toml, parsed once): each
one's IMAP server, how it is secured, whether mail programs need an app password / 授权码, with its source."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mailwizard.core.catalogue_reader import CatalogueError, Reader, Text

SECURITY = ("ssl", "starttls")  # never a password over a connection without TLS
APP_PASSWORD = ("required", "if_enabled", "oauth_only", "unknown")
FILE = "migration/sources.toml"


@dataclass(frozen=True)
class SourceServer:
    """Where the old mail is: ``security`` "ssl" (TLS from the first byte) or "starttls"."""

    host: str
    port: int = 993
    security: str = "ssl"


@dataclass(frozen=True)
class SourceService:
    """One row of the table: ``name``/``note`` in three languages (note: where to get the app password)."""

    id: str
    name: Text
    server: SourceServer
    app_password: str
    password_page: str
    note: Text
    source: str
    also: tuple[str, ...]
    checked: str
    confirmed: bool

    @property
    def needs_app_password(self) -> bool:
        """A refused password here most likely means the app password / 授权码 was not used."""
        return self.app_password in ("required", "if_enabled")

    @property
    def takes_password(self) -> bool:
        """False: the service signs other programs in only through its own sign-in (OAuth), never a password."""
        return self.app_password != "oauth_only"


def _service(r: Reader) -> SourceService:
    port = r.get("port", int)
    if not 0 < port < 65536:
        raise r.fail("port", "must be 1–65535")
    also = tuple(r.get("also", list, optional=True) or ())
    if not all(isinstance(u, str) and u.startswith(("https://", "http://")) for u in also):
        raise r.fail("also", "must be links")
    page = r.get("password_page", str)
    if page and not page.startswith("https://"):
        raise r.fail("password_page", "must be an https:// link")
    return SourceService(
        id=r.get("id", str), name=r.text("name"),
        server=SourceServer(r.get("host", str).strip().lower(), port, r.choice("security", SECURITY)),
        app_password=r.choice("app_password", APP_PASSWORD), password_page=page, note=r.text("note"),
        source=_link(r, "source"), also=also, checked=str(r.get("checked", object)),
        confirmed=r.get("confirmed", bool))


def _link(r: Reader, key: str) -> str:
    value = r.get(key, str)
    if not value.startswith(("https://", "http://")):
        raise r.fail(key, "must be a link")
    return value


def parse(text: str, file: str = FILE) -> tuple[SourceService, ...]:
    data = tomllib.loads(text)
    top = Reader(file, data)
    if top.get("schema", int) != 1:
        raise top.fail("schema", "unknown schema")
    rows = top.get("service", list)
    services = tuple(_service(Reader(file, row, f"service[{i}]")) for i, row in enumerate(rows))
    ids = [s.id for s in services]
    if len(set(ids)) != len(ids):
        raise CatalogueError(f"{file}: a service id is listed twice")
    return services


@lru_cache(maxsize=1)
def load_sources(root: Path | None = None) -> tuple[SourceService, ...]:
    """Every service, in the table's order (the last, "other", has no host: the admin types it)."""
    if root is None:
        from mailwizard.core.resources import resources_dir

        root = resources_dir()
    return parse((root / FILE).read_text(encoding="utf-8"))


def source_service(service_id: str) -> SourceService | None:
    return next((s for s in load_sources() if s.id == service_id), None)
