"""GoDaddy DNS through the Domains API v1 with a production API key (``Authorization: sso-key KEY:SECRET``).

GoDaddy's records have no ids: they live in (type, name) sets. ``GET /v1/domains/{domain}/records`` lists them
(``offset``/``limit``), ``PATCH /v1/domains/{domain}/records`` adds, ``PUT /v1/domains/{domain}/records/{type}/{name}``
replaces a whole set, ``DELETE`` the same path removes it (https://developer.godaddy.com/doc/endpoint/domains ,
operations recordGet, recordAdd, recordReplaceTypeName, recordDeleteTypeName; the swagger as generated in
https://github.com/kryptoslogic/godaddy-domainclient/blob/master/api/openapi.yaml). So a record's id here is made
from its content (type|name|value), and changing or removing ONE record re-writes its set from a fresh read of that
set, keeping every other value at the same name as GoDaddy returned it.

Errors ``{"code", "message", "fields"?}``: 401 UNABLE_TO_AUTHENTICATE "Unauthorized : Could not authenticate API
key/secret" (https://github.com/acmesh-official/acme.sh/issues/1564); 403 ACCESS_DENIED "Authenticated user is not
allowed access" — since April/May 2024 the Management and DNS APIs are "limited to accounts with 10 or more domains
and/or an active Discount Domain Club – Premier Membership plan" (https://developer.godaddy.com/getstarted#apiaccess
as quoted in https://github.com/miigotu/certbot-dns-godaddy/issues/83; GoDaddy support's mail in
https://github.com/rmbolger/Posh-ACME/pull/547); 404 UNKNOWN_DOMAIN "The given domain is not registered, or does not
have a zone file" (https://github.com/traefik/traefik/issues/6482); 422 on a duplicate, "Another record with the same
attributes already exists" (https://github.com/lmammino/godaddy-dns/issues/10; the code DUPLICATE_RECORD is
(unconfirmed)); 429 TOO_MANY_REQUESTS with ``retryAfterSec`` (swagger ErrorLimit). The account refusal is also why
the zone is found through the records endpoint, not ``GET /v1/domains/{domain}``
(https://github.com/acmesh-official/acme.sh/issues/6849).
(unconfirmed) paging of the full listing (``offset``/``limit`` are documented for the typed listing), the 600 s
minimum TTL, and 404 for a set that is already empty.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from urllib.parse import quote

import httpx

from mailwizard.core.dnshosts.api import (
    DnsHostError,
    Problem,
    ZoneRecord,
    full_name,
    mx_value,
    normal_name,
    normal_target,
    relative_name,
    split_mx,
)

API = "https://api.godaddy.com"
CREDENTIAL_FIELDS = ("key", "secret")
PAGE = 500              # (unconfirmed) records per page
MIN_TTL = 600           # (unconfirmed) GoDaddy's smallest TTL
GET_ATTEMPTS = 3
BAD_KEY = {"UNABLE_TO_AUTHENTICATE", "MALFORMED_CREDENTIALS", "MISSING_CREDENTIALS", "INVALID_CREDENTIALS"}


def connect(credential: dict[str, str], *, base_url: str | None = None) -> GoDaddyDns:
    key, secret = credential.get("key", "").strip(), credential.get("secret", "").strip()
    if base_url is None:
        from mailwizard.core.network import http_options

        client = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), **http_options())
    else:
        client = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), trust_env=False)
    return GoDaddyDns(key, secret, base_url or API, client)


def record_id(rtype: str, name: str, value: str) -> str:
    return f"{rtype}|{name}|{value}"


class GoDaddyDns:
    def __init__(self, key: str, secret: str, base_url: str, client: httpx.AsyncClient) -> None:
        self._auth = f"sso-key {key}:{secret}"
        self._base, self._client = base_url.rstrip("/"), client
        self._locks: dict[tuple[str, str, str], asyncio.Lock] = {}

    @asynccontextmanager
    async def _holding(self, zone: str, record: ZoneRecord):
        """One change at a time per (type, name) set: a set is re-written from a read of it, so two changes to
        the same set sent together (the engine sends a phase's steps together) would lose one of them."""
        lock = self._locks.setdefault((zone, record.rtype, normal_name(record.name)), asyncio.Lock())
        async with lock:
            yield

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- the protocol -----------------------------------------------------------------------
    async def find_zone(self, domain: str) -> str:
        labels = _a_label(domain).split(".")
        for start in range(0, max(len(labels) - 1, 1)):
            name = ".".join(labels[start:])
            try:
                await self._call("GET", f"/v1/domains/{quote(name)}/records", params={"offset": 0, "limit": 1})
            except DnsHostError as error:
                if error.problem in (Problem.ZONE_NOT_FOUND, Problem.INVALID_RECORD):
                    continue
                raise
            return name
        raise DnsHostError(Problem.ZONE_NOT_FOUND, f"no zone for {_a_label(domain)} in this GoDaddy account")

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        return [from_godaddy(item, zone) for item in await self._all(f"/v1/domains/{quote(zone)}/records")]

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        body = [{"type": record.rtype, "name": relative_name(record.name, zone), **_content(record)}]
        async with self._holding(zone, record):
            await self._call("PATCH", f"/v1/domains/{quote(zone)}/records", body=body)
        return _with_id(record, zone)

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        if (normal_name(old.name), old.rtype) != (normal_name(new.name), new.rtype):
            await self.delete(zone, old)
            return await self.add(zone, new)
        async with self._holding(zone, old):
            return await self._update_in_set(zone, old, new)

    async def _update_in_set(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        entries = await self._set(zone, old)
        values = [from_godaddy(e, zone).value for e in entries]
        if old.value not in values:
            if new.value in values:
                return _with_id(new, zone)  # done already (a resumed run)
            raise DnsHostError(Problem.UNCERTAIN, f"{old.rtype} {old.name}: the value to change is no longer there")
        if new.value != old.value and new.value in values:
            raise DnsHostError(Problem.RECORD_EXISTS, f"{new.rtype} {new.name} {new.value} exists already")
        index = values.index(old.value)
        kept = [_bare(e) for e in entries]
        kept[index] = _content(new)
        await self._call("PUT", self._set_path(zone, old), body=kept)
        return _with_id(new, zone)

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        async with self._holding(zone, record):
            await self._delete_from_set(zone, record)

    async def _delete_from_set(self, zone: str, record: ZoneRecord) -> None:
        entries = await self._set(zone, record)
        remaining = [e for e in entries if from_godaddy(e, zone).value != record.value]
        if len(remaining) == len(entries):
            return  # already gone
        if remaining:
            await self._call("PUT", self._set_path(zone, record), body=[_bare(e) for e in remaining])
        else:
            await self._call("DELETE", self._set_path(zone, record))

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _set_path(zone: str, record: ZoneRecord) -> str:
        return f"/v1/domains/{quote(zone)}/records/{record.rtype}/{quote(relative_name(record.name, zone), safe='@')}"

    async def _set(self, zone: str, record: ZoneRecord) -> list[dict]:
        try:
            return await self._all(self._set_path(zone, record))
        except DnsHostError as error:
            if error.problem is Problem.ZONE_NOT_FOUND and "UNKNOWN_DOMAIN" not in error.detail:
                return []  # (unconfirmed) an empty set answers 404
            raise

    async def _all(self, path: str) -> list[dict]:
        items: list[dict] = []
        while True:
            page = await self._call("GET", path, params={"offset": len(items), "limit": PAGE})
            page = [item for item in page if isinstance(item, dict)] if isinstance(page, list) else []
            items.extend(page)
            if len(page) < PAGE:
                return items

    async def _call(self, method: str, path: str, *, params: dict | None = None, body: list | None = None):
        changing = method != "GET"
        headers = {"Authorization": self._auth, "Accept": "application/json"}
        for attempt in range(1 if changing else GET_ATTEMPTS):
            try:
                response = await self._client.request(method, self._base + path, params=params, json=body,
                                                      headers=headers)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if changing or attempt == GET_ATTEMPTS - 1:
                    raise DnsHostError(Problem.UNREACHABLE, type(exc).__name__) from None
                continue
            except httpx.TransportError as exc:
                if changing:
                    raise DnsHostError(Problem.UNCERTAIN, f"{method} {path}: {type(exc).__name__}") from None
                if attempt == GET_ATTEMPTS - 1:
                    raise DnsHostError(Problem.UNREACHABLE, type(exc).__name__) from None
                continue
            if response.status_code >= 500 and not changing and attempt < GET_ATTEMPTS - 1:
                continue
            return _read(response, changing)
        raise DnsHostError(Problem.UNREACHABLE, f"{method} {path}")  # not reached


def _read(response: httpx.Response, changing: bool):
    try:
        answer = response.json() if response.content else None
    except ValueError:
        answer = None
    if response.status_code < 400:
        return answer
    error = answer if isinstance(answer, dict) else {}
    code, message = str(error.get("code", "")), str(error.get("message", ""))[:200]
    fields = "; ".join(f"{f.get('path', '')}: {f.get('message', '')}" for f in error.get("fields") or []
                       if isinstance(f, dict))
    detail = f"HTTP {response.status_code} {code} {message}" + (f" ({fields})" if fields else "")
    status = response.status_code
    if status == 429 or code == "TOO_MANY_REQUESTS":
        retry = error.get("retryAfterSec", response.headers.get("retry-after"))
        try:
            retry_after = float(retry) if retry is not None else None
        except (TypeError, ValueError):
            retry_after = None
        raise DnsHostError(Problem.RATE_LIMITED, detail, retry_after=retry_after)
    if status == 401 or code in BAD_KEY:
        raise DnsHostError(Problem.BAD_CREDENTIAL, detail)
    if code == "ACCESS_DENIED":
        raise DnsHostError(Problem.ACCOUNT_REFUSED, detail)
    if status == 403:
        raise DnsHostError(Problem.PERMISSION, detail)
    if status == 404 or code in ("UNKNOWN_DOMAIN", "NOT_FOUND"):
        raise DnsHostError(Problem.ZONE_NOT_FOUND, detail)
    if code == "DUPLICATE_RECORD" or "already exists" in message.lower():
        raise DnsHostError(Problem.RECORD_EXISTS, detail)
    if status >= 500:
        raise DnsHostError(Problem.UNCERTAIN if changing else Problem.SERVICE, detail)
    raise DnsHostError(Problem.INVALID_RECORD, detail)


def _a_label(domain: str) -> str:
    name = normal_name(domain)
    try:
        return ".".join(label if label.isascii() else label.encode("idna").decode("ascii") for label in name.split("."))
    except UnicodeError:
        return name


def from_godaddy(item: dict, zone: str) -> ZoneRecord:
    rtype = str(item.get("type", "")).upper()
    name = full_name(str(item.get("name", "@")), zone)
    data = str(item.get("data", ""))
    if rtype in ("MX", "CNAME", "NS") and data.strip() == "@":
        data = zone
    if rtype == "MX":
        value = mx_value(item.get("priority") or 0, data)
    elif rtype in ("CNAME", "NS"):
        value = normal_target(data)
    else:
        value = data
    ttl = int(item.get("ttl") or MIN_TTL)
    return ZoneRecord(name, rtype, value, ttl, record_id(rtype, name, value))


def _with_id(record: ZoneRecord, zone: str) -> ZoneRecord:
    name = full_name(record.name, zone)
    return ZoneRecord(name, record.rtype, record.value, max(record.ttl, MIN_TTL), record_id(record.rtype, name,
                      record.value), record.extra)


def _content(record: ZoneRecord) -> dict:
    """The record as a member of its set (``DNSRecordCreateTypeName``: no name, no type)."""
    if record.rtype == "MX":
        priority, host = split_mx(record.value)
        return {"data": host, "priority": priority, "ttl": max(record.ttl, MIN_TTL)}
    return {"data": record.value, "ttl": max(record.ttl, MIN_TTL)}


def _bare(entry: dict) -> dict:
    """A set member exactly as GoDaddy returned it, minus what the set's path already says."""
    return {k: v for k, v in entry.items() if k not in ("name", "type")}
