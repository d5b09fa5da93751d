"""The provider catalogue: resources/providers/<id>.toml loaded, checked and compared.

Every fact in those files carries its source link and the date it was checked; a fact that
could not be confirmed says ``confirmed = false`` and the UI sends the user to the source
instead of showing a number. ``load_catalogue`` refuses files that break these rules, so a
careless edit fails the test suite, not the user.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from mailwizard.core.catalogue_model import (
    LANGS,
    Catalogue,
    DnsRecord,
    ExchangeRates,
    Fact,
    MailSettings,
    MxHost,
    Plan,
    Price,
    Provider,
    ProviderDns,
    Seats,
    Storage,
    Text,
)
from mailwizard.core.providers.profile import profiles
from mailwizard.core.resources import resources_dir

__all__ = ["LANGS", "PRACTICE_ID", "PROVIDER_IDS", "Catalogue", "CatalogueError", "DnsRecord", "ExchangeRates", "Fact",
           "MailSettings", "MxHost", "Plan", "Price", "Provider", "ProviderDns", "Seats", "Storage", "Text",
           "clear_cache", "load_catalogue", "load_provider", "load_rates", "mail_settings", "provider_dns",
           "provider_record"]

PROVIDER_IDS = tuple(p.id for p in profiles() if not p.sandbox)  # in the order the Provider step lists them
PRACTICE_ID = next(p.id for p in profiles() if p.sandbox)  # practice mode's sandbox (`mailwizard --practice`), never
                                                           # listed with the others
SETUP_VALUES = ("api", "manual")
ANTISPAM_VALUES = ("spam_and_virus", "spam_only")
SUPPORT_VALUES = ("email", "phone", "chat", "ticket", "community", "online_docs")
REGION_VALUES = ("us", "eu", "uk", "asia_pacific", "cn_mainland", "hk", "tw", "global")
PERIODS = ("month", "year")
PRICE_UNITS = ("user", "package")
LINK_KEYS = ("website", "pricing", "admin_console", "help")
SPF_ALL_VALUES = ("~all", "-all")
VERIFICATION_VALUES = ("mx", "txt", "cname")   # how the provider checks the domain is yours
RECORD_TYPES = ("TXT", "CNAME")
SMTP_SECURITY_VALUES = ("starttls", "tls")     # "tls": implicit TLS
_PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PROVIDER_ID = re.compile(r"^[a-z0-9]+$")
_HOST = re.compile(r"^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+$|^\{[a-z0-9_]+\}$")


class CatalogueError(ValueError):
    """A provider data file breaks the schema; the message names the file and the field."""


# --- loading -------------------------------------------------------------------------------

class _Reader:
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

    def table(self, key: str, *, optional: bool = False) -> _Reader | None:
        value = self.get(key, dict, optional=optional)
        if value is None:
            return None
        return _Reader(self.file, value, f"{self.path}.{key}" if self.path else key)

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


def _fact(parent: _Reader, key: str, read_value) -> Fact:
    reader = parent.table(key)
    assert reader is not None
    source = reader.url("source")
    checked = reader.get("checked", dt.date)
    note = reader.text("note", optional=True)
    detail = reader.text("detail", optional=True)
    confirmed = reader.get("confirmed", bool, optional=True)
    if confirmed is False:
        if note is None:
            raise reader.fail("note", "an unconfirmed fact needs a note saying what to check")
        return Fact(None, source, checked, note, detail)
    return Fact(read_value(reader), source, checked, note, detail)


def _price(r: _Reader) -> Price:
    amount = float(r.get("amount", (int, float)))
    if amount < 0:
        raise r.fail("amount", "cannot be negative")
    currency = r.get("currency", str)
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise r.fail("currency", "must be an ISO 4217 code such as USD or CNY")
    return Price(amount, currency, r.choice("period", PERIODS), r.choice("per", PRICE_UNITS))


def _storage(r: _Reader) -> Storage:
    pooled = bool(r.get("pooled", bool, optional=True))
    if r.get("unlimited", bool, optional=True):
        return Storage(None, pooled)
    gb = float(r.get("gb", (int, float)))
    if gb <= 0:
        raise r.fail("gb", "must be positive")
    return Storage(gb, pooled)


def _seats(r: _Reader) -> Seats:
    minimum = r.get("min", int, optional=True) or 1
    if r.get("unlimited", bool, optional=True):
        return Seats(None, minimum)
    maximum = r.get("max", int)
    if maximum < minimum:
        raise r.fail("max", "must be at least min")
    return Seats(maximum, minimum)


def _setup(r: _Reader) -> str:
    return r.choice("value", SETUP_VALUES)


def _listed(allowed: tuple[str, ...]):
    def read(r: _Reader) -> tuple[str, ...]:
        values = r.get("value", list)
        if not values or any(v not in allowed for v in values):
            raise r.fail("value", f"must be a non-empty list drawn from {', '.join(allowed)}")
        return tuple(values)
    return read


def load_provider(path: Path) -> Provider:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{path.name}: {exc}") from exc
    r = _Reader(path.name, data)
    if r.get("schema", int) != 1:
        raise r.fail("schema", "unsupported schema version")
    provider_id = r.get("id", str)
    if provider_id != path.stem:
        raise r.fail("id", f"must equal the file name ({path.stem})")
    links_reader = r.table("links")
    assert links_reader is not None
    links = {key: links_reader.url(key) for key in LINK_KEYS}
    facts = r.table("facts")
    assert facts is not None
    plans_data = r.get("plans", list)
    if not plans_data:
        raise r.fail("plans", "at least one plan is needed")
    plans = []
    for index, plan_data in enumerate(plans_data):
        pr = _Reader(path.name, plan_data, f"plans[{index}]")
        plan_id = pr.get("id", str)
        if not _PLAN_ID.match(plan_id):
            raise pr.fail("id", "use lowercase letters, digits and hyphens")
        name = pr.text("name")
        assert name is not None
        setup = _fact(pr, "setup", _setup) if "setup" in plan_data else None
        plans.append(Plan(plan_id, name, _fact(pr, "price", _price), _fact(pr, "storage", _storage),
                          _fact(pr, "seats", _seats), setup))
    if len({p.id for p in plans}) != len(plans):
        raise r.fail("plans", "plan ids must be unique")
    name = r.text("name")
    assert name is not None
    dns, mail = r.table("dns"), r.table("mail")
    assert dns is not None and mail is not None
    return Provider(
        id=provider_id,
        name=name,
        links=links,
        setup=_fact(facts, "setup", _setup),
        antispam=_fact(facts, "antispam", lambda f: f.choice("value", ANTISPAM_VALUES)),
        support=_fact(facts, "support", _listed(SUPPORT_VALUES)),
        regions=_fact(facts, "regions", _listed(REGION_VALUES)),
        plans=tuple(plans),
        dns=_dns(dns, provider_id),
        mail=_mail(mail),
    )


def _tables(r: _Reader, key: str) -> list[_Reader]:
    """An optional array of tables (``[[dns.mx]]``), each entry a reader of its own."""
    entries = r.get(key, list, optional=True) or []
    if not all(isinstance(entry, dict) for entry in entries):
        raise r.fail(key, "every entry must be a table")
    return [_Reader(r.file, entry, f"{r.path}.{key}[{i}]") for i, entry in enumerate(entries)]


def _host(r: _Reader, value: Any, key: str) -> str:
    host = value.lower().rstrip(".") if isinstance(value, str) else ""
    if not _HOST.fullmatch(host):
        raise r.fail(key, "must be a host name or a value field such as {mx_host}")
    return host


def _dns(r: _Reader, provider_id: str) -> ProviderDns:
    source = r.url("source")
    r.get("checked", dt.date)
    mx = tuple(MxHost(_host(m, m.get("host", str), "host"), m.get("priority", int)) for m in _tables(r, "mx"))
    accepted = tuple(tuple(_host(a, h, "hosts") for h in a.get("hosts", list)) for a in _tables(r, "mx_accepted"))
    records = []
    for t in _tables(r, "records"):
        rtype = t.get("type", str, optional=True) or "TXT"
        if rtype not in RECORD_TYPES:
            raise t.fail("type", f"must be one of {', '.join(RECORD_TYPES)}")
        records.append(DnsRecord(t.get("key", str), rtype, t.get("name", str, optional=True) or "@",
                                 t.get("value", str), t.get("required", bool, optional=True), t.url("source"),
                                 t.get("checked", dt.date), t.text("note", optional=True)))
    if len({record.key for record in records}) != len(records):
        raise r.fail("records", "record keys must be unique")
    return ProviderDns(
        provider_id=provider_id,
        source=source,
        spf_include=r.get("spf_include", str, optional=True) or "{spf_include}",
        spf_all=_optional_choice(r, "spf_all", SPF_ALL_VALUES),
        spf_source=r.url("spf_source") if "spf_source" in r.data else source,
        verification=_optional_choice(r, "verification", VERIFICATION_VALUES),
        mx=mx,
        mx_accepted=accepted,
        records=tuple(records),
        mx_note=r.text("mx_note", optional=True),
    )


def _mail(r: _Reader) -> MailSettings:
    signin_url = r.url("signin_url")
    ports = {key: r.get(key, int, optional=True) for key in ("smtp_port", "imap_port")}
    for key, port in ports.items():
        if port is not None and not 0 < port < 65536:
            raise r.fail(key, "must be a port number")
    return MailSettings(
        signin_url=signin_url,
        smtp_host=r.get("smtp_host", str, optional=True) or "",
        smtp_port=ports["smtp_port"] or 587,
        smtp_security=_optional_choice(r, "smtp_security", SMTP_SECURITY_VALUES),
        imap_host=r.get("imap_host", str, optional=True) or "",
        imap_port=ports["imap_port"] or 993,
        source=r.url("source"),
        checked=r.get("checked", dt.date),
        note=r.text("note", optional=True),
    )


def _optional_choice(r: _Reader, key: str, allowed: tuple[str, ...]) -> str:
    """The key's value, one of ``allowed``; the first of them when the key is absent (the default)."""
    return r.choice(key, allowed) if key in r.data else allowed[0]


def load_rates(path: Path) -> ExchangeRates:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{path.name}: {exc}") from exc
    r = _Reader(path.name, data)
    rates_reader = r.table("rates")
    assert rates_reader is not None
    rates = {code: float(rates_reader.get(code, (int, float))) for code in rates_reader.data}
    base = r.get("base", str)
    if rates.get(base) != 1.0 or any(v <= 0 for v in rates.values()):
        raise r.fail("rates", "the base currency must be 1 and every rate positive")
    return ExchangeRates(base, rates, r.url("source"), r.get("checked", dt.date))


def load_catalogue(root: Path | None = None, *, practice: bool = False) -> Catalogue:
    """The six real providers; with ``practice``, only practice mode's sandbox provider. Parsed once per run."""
    return _catalogue(root or resources_dir(), practice)


def provider_record(provider_id: str, root: Path | None = None) -> Provider:
    """One provider's file (practice mode's too), parsed and checked once per run: the DNS step asks for its
    records on the UI thread whenever it redraws, the invitations for its mail settings per message."""
    if not _PROVIDER_ID.fullmatch(provider_id):
        raise CatalogueError(f"{provider_id!r}: not a provider id")  # never a path outside the folder
    return _provider_at(root or resources_dir(), provider_id)


def provider_dns(provider_id: str, root: Path | None = None) -> ProviderDns:
    """The provider's `[dns]` table: the records it needs (core.dns.expected fills them in)."""
    dns = provider_record(provider_id, root).dns
    assert dns is not None  # load_provider refuses a file without it
    return dns


def mail_settings(provider_id: str, root: Path | None = None) -> MailSettings:
    """The provider's `[mail]` table: sign-in link, IMAP and SMTP servers."""
    mail = provider_record(provider_id, root).mail
    assert mail is not None  # load_provider refuses a file without it
    return mail


def clear_cache() -> None:
    """Forget what was parsed (tests that count the parses)."""
    _provider_at.cache_clear()
    _catalogue.cache_clear()


@cache
def _provider_at(root: Path, provider_id: str) -> Provider:
    return load_provider(root / "providers" / f"{provider_id}.toml")


@cache
def _catalogue(root: Path, practice: bool) -> Catalogue:
    ids = (PRACTICE_ID,) if practice else PROVIDER_IDS
    return Catalogue(tuple(_provider_at(root, pid) for pid in ids), load_rates(root / "exchange_rates.toml"))
