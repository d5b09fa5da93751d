"""What resources/providers/<id>.toml holds once parsed and checked: the types core.catalogue builds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LANGS = ("en", "zh_CN", "zh_TW")


@dataclass(frozen=True)
class Text:
    """A short text in the three UI languages."""

    en: str
    zh_CN: str
    zh_TW: str

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en


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
    amount: float
    currency: str
    period: str  # "month" | "year"
    per: str     # "user" | "package"


@dataclass(frozen=True)
class Storage:
    gb: float | None   # None when unlimited
    pooled: bool = False

    @property
    def unlimited(self) -> bool:
        return self.gb is None


@dataclass(frozen=True)
class Seats:
    max: int | None    # None when unlimited
    min: int = 1


@dataclass(frozen=True)
class Plan:
    id: str
    name: Text
    price: Fact    # value: Price | None
    storage: Fact  # value: Storage | None
    seats: Fact    # value: Seats | None
    setup: Fact | None = None  # overrides the provider's setup fact for this plan (e.g. a free edition)


@dataclass(frozen=True)
class Provider:
    id: str
    name: Text
    links: Mapping[str, str]
    setup: Fact      # "api" | "manual"
    antispam: Fact   # one of ANTISPAM_VALUES
    support: Fact    # tuple of SUPPORT_VALUES
    regions: Fact    # tuple of REGION_VALUES
    plans: tuple[Plan, ...]
    dns: ProviderDns | None = None     # the `[dns]` table; None only in a hand-built Provider (tests)
    mail: MailSettings | None = None   # the `[mail]` table; likewise

    def plan(self, plan_id: str) -> Plan | None:
        return next((p for p in self.plans if p.id == plan_id), None)


@dataclass(frozen=True)
class ExchangeRates:
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
    providers: tuple[Provider, ...]
    rates: ExchangeRates

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)


@dataclass(frozen=True)
class MxHost:
    host: str
    priority: int


@dataclass(frozen=True)
class DnsRecord:
    """One `[[dns.records]]` entry: a record beyond MX and SPF (verification, DKIM, a CNAME), as written."""

    key: str
    rtype: str                    # "TXT" | "CNAME"
    name: str                     # relative to the domain; may hold value fields such as {domain}
    value: str                    # may hold value fields such as {verification}
    required: bool | None         # None: as its purpose implies (a verification record is required)
    source: str
    checked: dt.date
    note: Text | None = None      # where the provider's console shows the value


@dataclass(frozen=True)
class ProviderDns:
    """A provider's `[dns]` table."""

    provider_id: str
    source: str
    spf_include: str
    spf_all: str
    spf_source: str
    verification: str                     # "txt" | "cname" | "mx"
    mx: tuple[MxHost, ...]
    mx_accepted: tuple[tuple[str, ...], ...]
    records: tuple[DnsRecord, ...] = ()
    mx_note: Text | None = None           # where the provider's console shows its MX values


@dataclass(frozen=True)
class MailSettings:
    """A provider's client settings (`[mail]`): the invitation's sign-in link and phone set-up, and the SMTP
    server offered for sending the invitations. Empty hosts: not confirmed for this provider."""

    signin_url: str
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"       # "starttls" | "tls" (implicit TLS)
    imap_host: str = ""
    imap_port: int = 993
    source: str = ""
    checked: dt.date | None = None
    note: Text | None = None
