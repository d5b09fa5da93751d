"""Huawei Cloud DNS (云解析服务) through its v2 API, signed with an AK/SK pair (core/dnshosts/huawei_signing.py).

Huawei keeps record *sets* (one name + type, its values in ``records``); the protocol speaks single records, so
each value becomes one ``ZoneRecord`` with the synthesised id ``"<recordset id>|<value>"``, and changing one value
rewrites its set keeping the set's other values: as the apply's own listing showed the set when that was asked for
less than 2 s earlier, with this connection's writes since (core/dnshosts/known_sets.py), else from a fresh read
(core/dnshosts/huawei_sets.py: one write per set at a time, the changes sent together folded into it).

API (https://support.huaweicloud.com/intl/en-us/api-dns/dns_api_62001.html and siblings):
GET /v2/zones?type=public&name=… (zones, metadata.total_count), GET /v2/zones/{zone_id}/recordsets?limit=…&offset=…
(limit ≤ 500; recordsets, metadata.total_count; https://support.huaweicloud.com/intl/en-us/api-dns/dns_api_64004.html),
GET/PUT/DELETE /v2/zones/{zone_id}/recordsets/{recordset_id}, POST /v2/zones/{zone_id}/recordsets with
{name (FQDN with the final dot), type, ttl, records: [...]}. A TXT value is one or more double-quoted strings of at most
255 bytes ("\\"v=spf1 …\\""; https://support.huaweicloud.com/intl/en-us/api-dns/dns_api_64001.html and
resources/dns_hosts/huawei.toml's note); MX "10 mx.example.com."; CNAME targets end with a dot.
Endpoint: https://dns.myhuaweicloud.com, the global DNS endpoint DDNS tools use for public zones (unconfirmed: the
official SDK lists only region endpoints such as https://dns.cn-north-4.myhuaweicloud.com,
github.com/huaweicloud/huaweicloud-sdk-python-v3 huaweicloud-sdk-dns/huaweicloudsdkdns/v2/region/dns_region.py).
X-Project-Id is sent only when the credential carries a "project_id" (whether the global endpoint needs it:
unconfirmed).

Errors: DNS ``{"code", "message"}`` (https://support.huaweicloud.com/intl/en-us/api-dns/ErrorCode.html) or API
gateway ``{"error_code", "error_msg"}`` (https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html):
- APIGW.0301 (401, incorrect IAM authentication information: unknown AK or a bad signature), DNS.0005 → bad credential
- APIGW.0302 / APIGW.0306 (403), DNS.0013 / DNS.0030 (403) → permission (DNS.0030 unconfirmed)
- DNS.0302 / DNS.0101 / DNS.1206 zone not found (unconfirmed which one the v2 API returns; all mapped)
- DNS.0312 (400, "This record set already exists"), DNS.0335 → record exists
- APIGW.0308 (429, throttling threshold reached), DNS.0014 / DNS.0021 → rate limited
- other 4xx DNS codes (DNS.0303 ttl, DNS.0304 name, DNS.0307 type, DNS.0308 value, …) → invalid record."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

import httpx

from mailwizard.core.dnshosts import huawei_signing as signing
from mailwizard.core.dnshosts.api import (
    DnsHostError,
    Problem,
    ZoneRecord,
    normal_name,
)
from mailwizard.core.dnshosts.huawei_sets import SetWriter, ValueChange
from mailwizard.core.dnshosts.huawei_values import from_wire, to_wire
from mailwizard.core.dnshosts.known_sets import KnownSets

API_URL = "https://dns.myhuaweicloud.com"
CREDENTIAL_FIELDS = ("access_key_id", "secret_access_key")
PAGE = 500
READ_ATTEMPTS = 3
TIMEOUT = httpx.Timeout(20.0, connect=10.0)

BAD_CREDENTIAL = {"APIGW.0301", "APIGW.0303", "APIGW.0305", "DNS.0005", "DNS.0040"}
PERMISSION = {"APIGW.0302", "APIGW.0306", "DNS.0013", "DNS.0030", "DNS.1802"}
ZONE_NOT_FOUND = {"DNS.0302", "DNS.0101", "DNS.1206", "DNS.0301"}
RECORD_EXISTS = {"DNS.0312", "DNS.0335"}
RATE_LIMITED = {"APIGW.0308", "DNS.0014", "DNS.0021"}


def _problem(status: int, code: str) -> Problem:
    for codes, problem in ((BAD_CREDENTIAL, Problem.BAD_CREDENTIAL), (PERMISSION, Problem.PERMISSION),
                           (ZONE_NOT_FOUND, Problem.ZONE_NOT_FOUND), (RECORD_EXISTS, Problem.RECORD_EXISTS),
                           (RATE_LIMITED, Problem.RATE_LIMITED)):
        if code in codes:
            return problem
    if status == 401:
        return Problem.BAD_CREDENTIAL
    if status == 403:
        return Problem.PERMISSION
    if status == 429:
        return Problem.RATE_LIMITED
    if status >= 500:
        return Problem.SERVICE
    return Problem.INVALID_RECORD


class _Gone(Exception):
    """The record set asked for does not exist (any more)."""


class HuaweiDns:
    """One AK/SK pair at Huawei Cloud DNS. Zone ids are Huawei's zone ids."""

    def __init__(self, ak: str, sk: str, base_url: str, client: httpx.AsyncClient, project_id: str = "") -> None:
        self._ak, self._sk, self._project = ak, sk, project_id
        self._base = base_url.rstrip("/")
        self._host = urlsplit(self._base).netloc
        self._client = client
        self._known = KnownSets()   # zone → the sets as listed, with this connection's writes since
        self._writers: dict[tuple[str, str, str], SetWriter] = {}   # (zone, type, name) → its writer

    # --- transport -------------------------------------------------------------------
    def _signed(self, method: str, path: str, query: list[tuple[str, str]], body: bytes
                ) -> tuple[str, dict[str, str]]:
        headers = {"Host": self._host, "X-Sdk-Date": datetime.now(UTC).strftime(signing.DATE_FORMAT)}
        if body:
            headers["Content-Type"] = "application/json;charset=UTF-8"
        if self._project:
            headers["X-Project-Id"] = self._project
        headers["Authorization"] = signing.authorization(self._ak, self._sk, method, path, query, headers, body)
        url = self._base + path + (f"?{signing.canonical_query(query)}" if query else "")
        return url, headers

    async def _call(self, method: str, path: str, query: list[tuple[str, str]] | None = None,
                    body: dict | None = None, *, missing_ok: bool = False) -> dict:
        import json

        change = method != "GET"
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else b""
        attempts = 1 if change else READ_ATTEMPTS
        what = f"{method} {path}"
        for attempt in range(attempts):
            url, headers = self._signed(method, path, query or [], payload)
            try:
                response = await self._client.request(method, url, headers=headers, content=payload or None)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if attempt + 1 < attempts:
                    continue
                raise DnsHostError(Problem.UNREACHABLE, f"{what}: {type(exc).__name__}") from None
            except httpx.HTTPError as exc:
                if change:
                    raise DnsHostError(Problem.UNCERTAIN, f"{what}: {type(exc).__name__}") from None
                if attempt + 1 < attempts:
                    continue
                raise DnsHostError(Problem.UNREACHABLE, f"{what}: {type(exc).__name__}") from None
            return self._answer(what, response, change, missing_ok)
        raise AssertionError("unreachable")

    @staticmethod
    def _answer(what: str, response: httpx.Response, change: bool, missing_ok: bool) -> dict:
        try:
            data = response.json()
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
        if response.status_code < 300:
            return data
        code = str(data.get("code") or data.get("error_code") or f"HTTP{response.status_code}")
        if missing_ok and response.status_code == 404 and code not in ZONE_NOT_FOUND:
            raise _Gone(code)
        problem = _problem(response.status_code, code)
        if problem is Problem.SERVICE and change and response.status_code in (502, 504):
            problem = Problem.UNCERTAIN
        retry = None
        if problem is Problem.RATE_LIMITED:
            try:
                retry = float(response.headers.get("retry-after") or 1)
            except ValueError:
                retry = 1.0
        message = str(data.get("message") or data.get("error_msg") or "")[:200]
        raise DnsHostError(problem, f"{what}: {code}: {message}", retry_after=retry)

    # --- the protocol ----------------------------------------------------------------
    async def find_zone(self, domain: str) -> str:
        labels = normal_name(domain).split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            data = await self._call("GET", "/v2/zones", [("type", "public"), ("name", candidate)])
            for zone in data.get("zones") or []:
                if normal_name(str(zone.get("name", ""))) == candidate:
                    return str(zone["id"])
        raise DnsHostError(Problem.ZONE_NOT_FOUND, f"GET /v2/zones: {domain} is not in this account")

    def _path(self, zone: str, recordset: str = "") -> str:
        path = f"/v2/zones/{quote(zone, safe='')}/recordsets"
        return f"{path}/{quote(recordset, safe='')}" if recordset else path

    @staticmethod
    def _records(recordset: dict) -> list[ZoneRecord]:
        rtype = str(recordset.get("type", "")).upper()
        name = normal_name(str(recordset.get("name", "")))
        ttl = int(recordset.get("ttl") or 300)
        values = [from_wire(rtype, str(v)) for v in recordset.get("records") or []]
        return [ZoneRecord(name, rtype, v, ttl, id=f"{recordset['id']}|{v}") for v in values]

    async def _sets(self, zone: str, query: list[tuple[str, str]]) -> list[dict]:
        sets: list[dict] = []
        while True:
            data = await self._call("GET", self._path(zone),
                                    [*query, ("limit", str(PAGE)), ("offset", str(len(sets)))])
            page = data.get("recordsets") or []
            sets.extend(page)
            if not page or len(sets) >= int((data.get("metadata") or {}).get("total_count") or 0):
                return sets

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        asked = self._known.asking()
        sets = [s for s in await self._sets(zone, []) if str(s.get("type", "")).upper() != "SOA"]
        self._known.listed(zone, asked, [((zone, str(s.get("type", "")).upper(), normal_name(str(s.get("name", "")))),
                                          s) for s in sets])
        return [r for s in sets for r in self._records(s)]

    def _writer(self, zone: str, name: str, rtype: str) -> SetWriter:
        key = (zone, rtype, name)
        writer = self._writers.get(key)
        if writer is None:
            async def find() -> dict | None:  # search_mode "equal": exact search (dns_api_64004.html, seen in
                # its es-us translation https://support.huaweicloud.com/intl/es-us/api-dns/dns_api_64004.html)
                sets = await self._sets(zone, [("name", name + "."), ("type", rtype), ("search_mode", "equal")])
                return next((s for s in sets if normal_name(str(s.get("name", ""))) == name
                             and str(s.get("type", "")).upper() == rtype), None)

            async def write(recordset: dict | None, values: list[str], ttl: int) -> dict:
                body = {"name": name + ".", "type": rtype, "ttl": ttl, "records": [to_wire(rtype, v) for v in values]}
                if recordset is None:
                    made = await self._call("POST", self._path(zone), body=body)
                elif not values:
                    with contextlib.suppress(_Gone):
                        await self._call("DELETE", self._path(zone, str(recordset["id"])), missing_ok=True)
                    return {}
                else:
                    made = await self._call("PUT", self._path(zone, str(recordset["id"])), body=body)
                # the set as sent (kept as known for the next re-write), with the id Huawei gave it
                return {**made, **body, "id": made.get("id") or (recordset or {}).get("id", "")}

            writer = SetWriter(key, find, write, self._known)
            self._writers[key] = writer
        return writer

    async def _change(self, zone: str, name: str, rtype: str, change: ValueChange, ttl: int) -> dict:
        def values(recordset: dict) -> list[str]:
            return [r.value for r in self._records(recordset)]

        return await self._writer(zone, normal_name(name), rtype.upper()).submit(change, values, ttl)

    @staticmethod
    def _made(record: ZoneRecord, recordset: dict) -> ZoneRecord:
        return replace(record, id=f"{recordset.get('id', '')}|{record.value}",
                       ttl=int(recordset.get("ttl") or record.ttl))

    @staticmethod
    def _writable(record: ZoneRecord) -> None:
        try:
            to_wire(record.rtype, record.value)
        except ValueError as exc:
            raise DnsHostError(Problem.INVALID_RECORD, f"{record.name} {record.rtype}: {exc}") from None

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        self._writable(record)
        made = await self._change(zone, record.name, record.rtype, ValueChange("add", new=record.value), record.ttl)
        return self._made(record, made)

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        if (normal_name(old.name), old.rtype.upper()) != (normal_name(new.name), new.rtype.upper()):
            self._writable(new)
            await self.delete(zone, old)
            return await self.add(zone, new)
        self._writable(new)
        made = await self._change(zone, new.name, new.rtype, ValueChange("replace", old.value, new.value, new.ttl),
                                  new.ttl)
        return self._made(new, made)

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        await self._change(zone, record.name, record.rtype, ValueChange("remove", old=record.value), record.ttl)

    async def aclose(self) -> None:
        await self._client.aclose()


def connect(credential: dict[str, str], *, base_url: str | None = None) -> HuaweiDns:
    """``credential``: {"access_key_id", "secret_access_key"} (+ optional "project_id")."""
    from mailwizard.core.network import http_options

    options = http_options() if base_url is None else {}
    client = httpx.AsyncClient(timeout=TIMEOUT, **options)
    return HuaweiDns(credential["access_key_id"].strip(), credential["secret_access_key"].strip(),
                     base_url or API_URL, client, credential.get("project_id", "").strip())


