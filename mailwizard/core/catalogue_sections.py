"""The `[dns]` and `[mail]` tables of resources/providers/<id>.toml, read strictly (after start-up, when asked)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mailwizard.core.catalogue_reader import Reader, Text

SPF_ALL_VALUES = ("~all", "-all")
VERIFICATION_VALUES = ("mx", "txt", "cname")   # how the provider checks the domain is yours
RECORD_TYPES = ("TXT", "CNAME")
SMTP_SECURITY_VALUES = ("starttls", "tls")     # "tls": implicit TLS
# a host name whose labels may hold value fields: "mx1.qiye.aliyun.com", "{mx_host}", "{domain_dashed}.mail.example"
_LABEL = r"(?:[a-z0-9_-]|\{[a-z0-9_]+\})+"
_HOST = re.compile(rf"^(?:{_LABEL}\.)*{_LABEL}$")


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
    verification: str                     # one of VERIFICATION_VALUES
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
    smtp_security: str = "starttls"       # one of SMTP_SECURITY_VALUES
    imap_host: str = ""
    imap_port: int = 993
    source: str = ""
    checked: dt.date | None = None
    note: Text | None = None
    # What to type as the SMTP password where the provider wants a password made for mail programs (Tencent
    # Exmail's 客户端专用密码, Alibaba Mail's 三方客户端安全密码): shown beside the password field
    client_password: Text | None = None
    client_password_source: str = ""


def read_dns(data: Mapping[str, Any], file: str, provider_id: str) -> ProviderDns:
    r = Reader(file, data).table("dns")
    assert r is not None
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


def read_mail(data: Mapping[str, Any], file: str) -> MailSettings:
    r = Reader(file, data).table("mail")
    assert r is not None
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
        client_password=r.text("client_password", optional=True),
        client_password_source=r.url("client_password_source") if "client_password_source" in r.data else "",
    )


def _tables(r: Reader, key: str) -> list[Reader]:
    """An optional array of tables (``[[dns.mx]]``), each entry a reader of its own."""
    entries = r.get(key, list, optional=True) or []
    if not all(isinstance(entry, dict) for entry in entries):
        raise r.fail(key, "every entry must be a table")
    return [Reader(r.file, entry, f"{r.path}.{key}[{i}]") for i, entry in enumerate(entries)]


def _host(r: Reader, value: Any, key: str) -> str:
    host = value.lower().rstrip(".") if isinstance(value, str) else ""
    if not _HOST.fullmatch(host):
        raise r.fail(key, "must be a host name or a value field such as {mx_host}")
    return host


def _optional_choice(r: Reader, key: str, allowed: tuple[str, ...]) -> str:
    """The key's value, one of ``allowed``; the first of them when the key is absent (the default)."""
    return r.choice(key, allowed) if key in r.data else allowed[0]
