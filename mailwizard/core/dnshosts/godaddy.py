"""GoDaddy DNS through the Domains API v1 with a production API key (``Authorization: sso-key KEY:SECRET``).

GoDaddy's records have no ids: they live in (type, name) sets. ``GET /v1/domains/{domain}/records`` lists them
(``offset``/``limit``), ``PATCH /v1/domains/{domain}/records`` adds, ``PUT /v1/domains/{domain}/records/{type}/{name}``
replaces a whole set, ``DELETE`` the same path removes it (https://developer.godaddy.com/doc/endpoint/domains ,
operations recordGet, recordAdd, recordReplaceTypeName, recordDeleteTypeName; the swagger as generated in
https://github.com/kryptoslogic/godaddy-domainclient/blob/master/api/openapi.yaml). So a record's id here is made
from its content (type|name|value), and changing or removing ONE record re-writes its set, keeping every other value
at the same name as GoDaddy returned it: from the zone's listing when it is fresh (the apply's own, one round earlier,
with this connection's changes since: known_sets.py), else from a fresh read of that set.

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
(unconfirmed) paging of the full listing (``offset``/``limit`` are documented for the typed listing), whether
GoDaddy keeps a TTL under 600 s as sent (the TTL is sent as it was read, so an undo restores it), and 404 for a set
that is already empty.
"""

from __future__ import annotations

import asyncio
from collections import Counter
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
from mailwizard.core.dnshosts.known_sets import KnownSets

API = "https://api.godaddy.com"
CREDENTIAL_FIELDS = ("key", "secret")
PAGE = 500              # (unconfirmed) records per page
DEFAULT_TTL = 3600      # what GoDaddy shows for a record listed without a TTL (unconfirmed)
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


class _Gate:
    """Per (zone, type, name) set: adds (PATCH, append-only) may run together; a re-write of the set (a read, then
    PUT or DELETE) runs alone, or an add landing between its read and its write would be lost."""

    def __init__(self) -> None:
        self._cond = asyncio.Condition()
        self._writing: set[tuple] = set()
        self._adding: Counter[tuple] = Counter()

    @asynccontextmanager
    async def hold(self, keys: set[tuple], *, exclusive: bool):
        def free() -> bool:
            return not keys & self._writing and (not exclusive or not any(self._adding[k] for k in keys))

        async with self._cond:
            await self._cond.wait_for(free)
            if exclusive:
                self._writing |= keys
            else:
                self._adding.update(keys)
        try:
            yield
        finally:
            async with self._cond:
                if exclusive:
                    self._writing -= keys
                else:
                    self._adding.subtract(keys)
                self._cond.notify_all()


class GoDaddyDns:
    """Changes asked for together (the engine sends a phase's steps together) are sent together: the adds as one
    ``PATCH``, the changes to one set as one read and one ``PUT`` — fewer calls against GoDaddy's rate limit."""

    def __init__(self, key: str, secret: str, base_url: str, client: httpx.AsyncClient) -> None:
        self._auth = f"sso-key {key}:{secret}"
        self._base, self._client = base_url.rstrip("/"), client
        self._gate = _Gate()
        self._adds: dict[str, list] = {}
        self._edits: dict[tuple, list] = {}
        self._tasks: set[asyncio.Task] = set()
        self._read_allowed = False  # a read answered: a later ACCESS_DENIED on a change is a missing permission
        self._known = KnownSets(_member_value)

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
        asked = self._known.asking()
        items = await self._all(f"/v1/domains/{quote(zone)}/records")
        records = [from_godaddy(item, zone) for item in items]
        self._known.listed(zone, asked, [(_key(zone, r), item) for r, item in zip(records, items, strict=True)])
        return records

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        item = {"type": record.rtype, "name": relative_name(record.name, zone), **_content(record)}
        await self._queued(self._adds, zone, (_key(zone, record), item), self._flush_adds)
        return _with_id(record, zone)

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        if _key(zone, old) != _key(zone, new):
            await self.delete(zone, old)
            return await self.add(zone, new)
        return await self._queued(self._edits, _key(zone, old), (old, new), self._flush_set)

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        await self._queued(self._edits, _key(zone, record), (record, None), self._flush_set)

    # --- changes sent together ------------------------------------------------------------------
    async def _queued(self, queues: dict, key, item, flush):
        future = asyncio.get_running_loop().create_future()
        queue = queues.setdefault(key, [])
        queue.append((item, future))
        if len(queue) == 1:
            task = asyncio.ensure_future(flush(key))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await future

    async def _flush_adds(self, zone: str) -> None:
        await asyncio.sleep(0)  # the other steps of the phase join the batch
        batch = self._adds.pop(zone)
        path = f"/v1/domains/{quote(zone)}/records"
        try:
            async with self._gate.hold({key for (key, _), _ in batch}, exclusive=False):
                try:
                    await self._call("PATCH", path, body=[item for (_, item), _ in batch])
                except DnsHostError as error:
                    if len(batch) == 1 or error.problem not in (Problem.RECORD_EXISTS, Problem.INVALID_RECORD):
                        raise
                    for (key, item), future in batch:  # one refused record must not hold back the others
                        try:
                            await self._call("PATCH", path, body=[item])
                            self._known.changed(key, "add", [item])
                            _settle(future, None)
                        except DnsHostError as single:
                            self._known.failed(key, single)
                            _settle(future, error=single)
                    return
        except Exception as error:
            for (key, _), future in batch:
                self._known.failed(key, error)
                _settle(future, error=error)
            return
        for (key, item), future in batch:
            self._known.changed(key, "add", [item])
            _settle(future, None)

    async def _flush_set(self, key: tuple) -> None:
        await asyncio.sleep(0)
        batch = self._edits.pop(key)
        zone, rtype, name = key
        outcomes: list = []
        try:
            async with self._gate.hold({key}, exclusive=True):
                known = self._known.members(key)
                entries = known if known is not None else await self._set(zone, batch[0][0][0])
                before = list(entries)
                for (old, new), future in batch:
                    try:
                        entries, result = _edited(entries, old, new, zone)
                        outcomes.append((future, result, None))
                    except DnsHostError as refused:
                        outcomes.append((future, None, refused))
                if entries != before:
                    path = f"/v1/domains/{quote(zone)}/records/{rtype}/{quote(relative_name(name, zone), safe='@')}"
                    try:
                        if entries:
                            await self._call("PUT", path, body=[_bare(e) for e in entries])
                        else:
                            await self._call("DELETE", path)
                    except Exception as error:
                        self._known.failed(key, error)
                        raise
                    self._known.changed(key, "set", entries)
        except Exception as error:
            for _, future in batch:
                _settle(future, error=error)
            return
        for future, result, refused in outcomes:
            _settle(future, result, error=refused)

    # --- helpers ------------------------------------------------------------------------------
    async def _set(self, zone: str, record: ZoneRecord) -> list[dict]:
        path = f"/v1/domains/{quote(zone)}/records/{record.rtype}/{quote(relative_name(record.name, zone), safe='@')}"
        try:
            return await self._all(path)
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
            answer = _read(response, changing, self._read_allowed)
            self._read_allowed = self._read_allowed or not changing
            return answer
        raise DnsHostError(Problem.UNREACHABLE, f"{method} {path}")  # not reached


def _read(response: httpx.Response, changing: bool, read_allowed: bool = False):
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
    if code == "ACCESS_DENIED" and not (changing and read_allowed):
        raise DnsHostError(Problem.ACCOUNT_REFUSED, detail)  # the 2024 small-account refusal: reads refused too
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
    ttl = int(item.get("ttl") or DEFAULT_TTL)
    return ZoneRecord(name, rtype, value, ttl, record_id(rtype, name, value))


def _member_value(key: tuple[str, str, str], entry: dict) -> str:
    return from_godaddy({**entry, "type": key[1], "name": "@"}, key[0]).value


def _key(zone: str, record: ZoneRecord) -> tuple[str, str, str]:
    return zone, record.rtype, normal_name(record.name)


def _settle(future: asyncio.Future, result=None, *, error: BaseException | None = None) -> None:
    if future.done():  # its caller was cancelled
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def _edited(entries: list[dict], old: ZoneRecord, new: ZoneRecord | None, zone: str) -> tuple[list[dict], object]:
    """The set with ``old`` changed to ``new`` (or removed when None), every other member as it was."""
    values = [from_godaddy({**e, "type": old.rtype, "name": "@"}, zone).value for e in entries]
    if new is None:
        if old.value not in values:
            return entries, None  # already gone
        index = values.index(old.value)
        return entries[:index] + entries[index + 1:], None
    if old.value not in values:
        if new.value in values:
            return entries, _with_id(new, zone)  # done already (a resumed run)
        raise DnsHostError(Problem.UNCERTAIN, f"{old.rtype} {old.name}: the value to change is no longer there")
    if new.value != old.value and new.value in values:
        raise DnsHostError(Problem.RECORD_EXISTS, f"{new.rtype} {new.name} {new.value} exists already")
    index = values.index(old.value)
    return [*entries[:index], _content(new), *entries[index + 1:]], _with_id(new, zone)


def _with_id(record: ZoneRecord, zone: str) -> ZoneRecord:
    name = full_name(record.name, zone)
    return ZoneRecord(name, record.rtype, record.value, record.ttl, record_id(record.rtype, name, record.value),
                      record.extra)


def _content(record: ZoneRecord) -> dict:
    """The record as a member of its set (``DNSRecordCreateTypeName``: no name, no type)."""
    if record.rtype == "MX":
        priority, host = split_mx(record.value)
        return {"data": host, "priority": priority, "ttl": record.ttl}
    return {"data": record.value, "ttl": record.ttl}


def _bare(entry: dict) -> dict:
    """A set member exactly as GoDaddy returned it, minus what the set's path already says."""
    return {k: v for k, v in entry.items() if k not in ("name", "type")}
