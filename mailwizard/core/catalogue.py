"""The provider catalogue: the one parser of resources/providers/<id>.toml, each file read once per run.

Every fact in those files carries its source link and the date it was checked; a fact that
could not be confirmed says ``confirmed = false`` and the UI sends the user to the source
instead of showing a number. ``load_catalogue`` refuses files that break these rules, so a
careless edit fails the test suite, not the user. The `[dns]` and `[mail]` tables are read as
strictly, by core.catalogue_sections, when first asked for (``provider_dns``, ``mail_settings``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailwizard.core.catalogue_cache import cached_document
from mailwizard.core.catalogue_cache import forget as forget_cache
from mailwizard.core.catalogue_reader import CatalogueError, Reader, Text
from mailwizard.core.provider_ids import LISTED, SANDBOX
from mailwizard.core.resources import resources_dir

if TYPE_CHECKING:  # their module loads with the first DNS record or mail setting asked for, not at start-up
    from mailwizard.core.catalogue_sections import MailSettings, ProviderDns

PROVIDER_IDS = LISTED      # in the order the Provider step lists them
PRACTICE_ID = SANDBOX      # practice mode's sandbox provider (`mailwizard --practice`), never listed with the others
SETUP_VALUES = ("api", "manual")
ANTISPAM_VALUES = ("spam_and_virus", "spam_only")
SUPPORT_VALUES = ("email", "phone", "chat", "ticket", "community", "online_docs")
REGION_VALUES = ("us", "eu", "uk", "asia_pacific", "cn_mainland", "hk", "tw", "global")
PERIODS = ("month", "year")
PRICE_UNITS = ("user", "package")
LINK_KEYS = ("website", "pricing", "admin_console", "help")
_PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PROVIDER_ID = re.compile(r"^[a-z0-9]+$")


@dataclass(frozen=True)
class Fact:
    """One sourced fact. ``value`` is None when it could not be confirmed."""

    value: Any
    source: str
    checked: dt.date
    note: Text | None = None
    detail: Text | None = None

    @property
    def confirmed(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Price:
    """A plan's list price."""

    amount: float
    currency: str
    period: str  # "month" | "year"
    per: str     # "user" | "package"


@dataclass(frozen=True)
class Storage:
    """Mailbox storage per person (or pooled for all)."""

    gb: float | None   # None when unlimited
    pooled: bool = False

    @property
    def unlimited(self) -> bool:
        return self.gb is None


@dataclass(frozen=True)
class Seats:
    """How many accounts a plan allows."""

    max: int | None    # None when unlimited
    min: int = 1


@dataclass(frozen=True)
class Plan:
    """One of a provider's plans, each figure a sourced fact."""

    id: str
    name: Text
    price: Fact    # value: Price | None
    storage: Fact  # value: Storage | None
    seats: Fact    # value: Seats | None
    setup: Fact | None = None  # overrides the provider's setup fact for this plan (e.g. a free edition)


@dataclass(frozen=True)
class Provider:
    """A provider as the Provider step lists it."""

    id: str
    name: Text
    links: Mapping[str, str]
    setup: Fact      # "api" | "manual"
    antispam: Fact   # one of ANTISPAM_VALUES
    support: Fact    # tuple of SUPPORT_VALUES
    regions: Fact    # tuple of REGION_VALUES
    plans: tuple[Plan, ...]

    def plan(self, plan_id: str) -> Plan | None:
        return next((p for p in self.plans if p.id == plan_id), None)


@dataclass(frozen=True)
class ExchangeRates:
    """Rates for comparing prices in the currency of the budget, with their source."""

    base: str
    rates: Mapping[str, float]  # units of currency per one unit of base
    source: str
    checked: dt.date

    def convert(self, amount: float, source: str, target: str) -> float | None:
        if source == target:
            return amount
        if source not in self.rates or target not in self.rates:
            return None
        return amount / self.rates[source] * self.rates[target]


@dataclass(frozen=True)
class Catalogue:
    """The providers listed and the exchange rates."""

    providers: tuple[Provider, ...]
    rates: ExchangeRates

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)


# --- loading -------------------------------------------------------------------------------

def _fact(parent: Reader, key: str, read_value) -> Fact:
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


def _price(r: Reader) -> Price:
    amount = float(r.get("amount", (int, float)))
    if amount < 0:
        raise r.fail("amount", "cannot be negative")
    currency = r.get("currency", str)
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise r.fail("currency", "must be an ISO 4217 code such as USD or CNY")
    return Price(amount, currency, r.choice("period", PERIODS), r.choice("per", PRICE_UNITS))


def _storage(r: Reader) -> Storage:
    pooled = bool(r.get("pooled", bool, optional=True))
    if r.get("unlimited", bool, optional=True):
        return Storage(None, pooled)
    gb = float(r.get("gb", (int, float)))
    if gb <= 0:
        raise r.fail("gb", "must be positive")
    return Storage(gb, pooled)


def _seats(r: Reader) -> Seats:
    minimum = r.get("min", int, optional=True) or 1
    if r.get("unlimited", bool, optional=True):
        return Seats(None, minimum)
    maximum = r.get("max", int)
    if maximum < minimum:
        raise r.fail("max", "must be at least min")
    return Seats(maximum, minimum)


def _setup(r: Reader) -> str:
    return r.choice("value", SETUP_VALUES)


def _listed(allowed: tuple[str, ...]):
    def read(r: Reader) -> tuple[str, ...]:
        values = r.get("value", list)
        if not values or any(v not in allowed for v in values):
            raise r.fail("value", f"must be a non-empty list drawn from {', '.join(allowed)}")
        return tuple(values)
    return read


def _read_toml(path: Path) -> dict[str, Any]:
    """The file's document: parsed at build time when the bundle's cache has this very text
    (core.catalogue_cache), else parsed now; checked by the caller either way."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path.name}: {exc}") from exc
    document = cached_document(path, text)
    if document is not None:
        return document
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}: {exc}") from exc


def load_provider(path: Path) -> Provider:
    """One file, every table of it checked (its `[dns]` and `[mail]` too); the listing returned."""
    from mailwizard.core.catalogue_sections import read_dns, read_mail

    data = _read_toml(path)
    provider = _provider(data, path)
    read_dns(data, path.name, provider.id)
    read_mail(data, path.name)
    return provider


def _provider(data: Mapping[str, Any], path: Path) -> Provider:
    """The listing: name, links, facts and plans."""
    r = Reader(path.name, data)
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
        pr = Reader(path.name, plan_data, f"plans[{index}]")
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
    return Provider(
        id=provider_id,
        name=name,
        links=links,
        setup=_fact(facts, "setup", _setup),
        antispam=_fact(facts, "antispam", lambda f: f.choice("value", ANTISPAM_VALUES)),
        support=_fact(facts, "support", _listed(SUPPORT_VALUES)),
        regions=_fact(facts, "regions", _listed(REGION_VALUES)),
        plans=tuple(plans),
    )


def load_rates(path: Path) -> ExchangeRates:
    r = Reader(path.name, _read_toml(path))
    rates_reader = r.table("rates")
    assert rates_reader is not None
    rates = {code: float(rates_reader.get(code, (int, float))) for code in rates_reader.data}
    base = r.get("base", str)
    if rates.get(base) != 1.0 or any(v <= 0 for v in rates.values()):
        raise r.fail("rates", "the base currency must be 1 and every rate positive")
    return ExchangeRates(base, rates, r.url("source"), r.get("checked", dt.date))


def load_catalogue(root: Path | None = None, *, practice: bool = False) -> Catalogue:
    """The six real providers; with ``practice``, only practice mode's sandbox provider."""
    return _catalogue(root or resources_dir(), practice)


def provider_record(provider_id: str, root: Path | None = None) -> Provider:
    """One provider's listing (practice mode's too)."""
    return _provider_at(root or resources_dir(), _checked_id(provider_id))


def provider_dns(provider_id: str, root: Path | None = None) -> ProviderDns:
    """The records the provider needs (`[dns]`; core.dns.expected fills them in)."""
    return _dns_at(root or resources_dir(), _checked_id(provider_id))


def mail_settings(provider_id: str, root: Path | None = None) -> MailSettings:
    """The provider's sign-in link, IMAP and SMTP servers (`[mail]`)."""
    return _mail_at(root or resources_dir(), _checked_id(provider_id))


def clear_cache() -> None:
    """Forget what was read (tests that count the reads)."""
    for cached in (_document, _provider_at, _dns_at, _mail_at, _catalogue):
        cached.cache_clear()
    forget_cache()


def _checked_id(provider_id: str) -> str:
    if not _PROVIDER_ID.fullmatch(provider_id):
        raise CatalogueError(f"{provider_id!r}: not a provider id")  # never a path outside the folder
    return provider_id


# Each file is read and parsed once per run, each table checked once: the DNS step asks for the records on
# the UI thread whenever it redraws, the invitations for the mail settings per message.
@cache
def _document(root: Path, provider_id: str) -> dict[str, Any]:
    return _read_toml(root / "providers" / f"{provider_id}.toml")


@cache
def _provider_at(root: Path, provider_id: str) -> Provider:
    return _provider(_document(root, provider_id), root / "providers" / f"{provider_id}.toml")


@cache
def _dns_at(root: Path, provider_id: str) -> ProviderDns:
    from mailwizard.core.catalogue_sections import read_dns

    _provider_at(root, provider_id)  # its schema and id checked before a table of it is trusted
    return read_dns(_document(root, provider_id), f"{provider_id}.toml", provider_id)


@cache
def _mail_at(root: Path, provider_id: str) -> MailSettings:
    from mailwizard.core.catalogue_sections import read_mail

    _provider_at(root, provider_id)
    return read_mail(_document(root, provider_id), f"{provider_id}.toml")


@cache
def _catalogue(root: Path, practice: bool) -> Catalogue:
    ids = (PRACTICE_ID,) if practice else PROVIDER_IDS
    return Catalogue(tuple(_provider_at(root, pid) for pid in ids), load_rates(root / "exchange_rates.toml"))
