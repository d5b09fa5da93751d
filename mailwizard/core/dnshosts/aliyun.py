"""Alibaba Cloud DNS (云解析 DNS) through its OpenAPI: RPC style, version 2015-01-09, at alidns.aliyuncs.com,
signed with an AccessKey pair (signature V3, core/dnshosts/aliyun_signing.py).

Operations: DescribeDomains (PageNumber/PageSize, TotalCount; Domains.Domain[].DomainName/PunyCode;
https://alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomains — PageSize ≤ 100 unconfirmed for this
operation, documented for its siblings, e.g. https://help.aliyun.com/document_detail/29766.html), DescribeDomainRecords
(PageNumber/PageSize ≤ 500, TotalCount; https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomainrecords
(unconfirmed page address)),
AddDomainRecord (RR, Type, Value, TTL, Priority for MX, Line; returns RecordId), UpdateDomainRecord (RecordId …),
DeleteDomainRecord (RecordId). Record names are "RR" relative to the domain ("@" for the apex); MX keeps its
preference in Priority and the host in Value; TXT values are sent and listed unquoted.

Errors (JSON ``{"Code", "Message", "RequestId"}``), mapped in ``_problem``:
- InvalidAccessKeyId.NotFound / .Inactive, SignatureDoesNotMatch, IncompleteSignature → bad credential
  (https://help.aliyun.com/en/dns/error-code, https://help.aliyun.com/document_detail/48054.html)
- Forbidden.RAM, Forbidden, NoPermission, ActionUnauthorized → permission (same pages; NoPermission unconfirmed)
- InvalidDomainName.NoExist, IncorrectDomainUser (400), DomainNotExist → zone not found
  (Alibaba Cloud DNS error codes, https://help.aliyun.com/document_detail/2355841.html; DomainNotExist from
  https://www.alibabacloud.com/help/doc-detail/29746.htm)
- DomainRecordDuplicate (400) → record exists (same error-code page); DomainRecordConflict (400) → invalid record
- Throttling, Throttling.User, Throttling.Api → rate limited (HTTP 400 at Alibaba; the wait is not documented:
  1 s assumed)
- DomainRecordConflict, QuotaExceeded.*, Invalid* → invalid record."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from mailwizard.core.dnshosts import aliyun_signing as signing
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

API_URL = "https://alidns.aliyuncs.com"
VERSION = "2015-01-09"
CREDENTIAL_FIELDS = ("access_key_id", "access_key_secret")
MX_MIN = 1              # MX Priority 1–50 (resources/dns_hosts/aliyun.toml notes): a 0 (Microsoft 365) is written
#                         as 1; the DNS checks compare MX order, not the numbers (core/dns/verdict._same_order)
RECORDS_PAGE = 500      # DescribeDomainRecords PageSize maximum
DOMAINS_PAGE = 100      # DescribeDomains PageSize maximum
READ_ATTEMPTS = 3
TIMEOUT = httpx.Timeout(20.0, connect=10.0)

BAD_CREDENTIAL = {"InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive", "SignatureDoesNotMatch",
                  "IncompleteSignature", "InvalidAccessKeyId"}
PERMISSION = {"Forbidden.RAM", "Forbidden", "NoPermission", "ActionUnauthorized", "Forbidden.NotSupportRAM"}
ZONE_NOT_FOUND = {"InvalidDomainName.NoExist", "IncorrectDomainUser", "DomainNotExist", "InvalidDomainName.NotExist"}
RECORD_EXISTS = {"DomainRecordDuplicate"}


def _problem(status: int, code: str) -> Problem:
    if code in BAD_CREDENTIAL:
        return Problem.BAD_CREDENTIAL
    if code in PERMISSION:
        return Problem.PERMISSION
    if code in ZONE_NOT_FOUND:
        return Problem.ZONE_NOT_FOUND
    if code in RECORD_EXISTS:
        return Problem.RECORD_EXISTS
    if code.startswith("Throttling") or status == 429:
        return Problem.RATE_LIMITED
    if status >= 500 or code in ("InternalError", "ServiceUnavailable", "UnknownError"):
        return Problem.SERVICE
    return Problem.INVALID_RECORD


def _a_label(name: str) -> str:
    name = normal_name(name)
    try:
        return name.encode("idna").decode("ascii")
    except UnicodeError:
        return name


class AliyunDns:
    """One AccessKey pair at Alibaba Cloud DNS. Zone ids are the DomainName the API lists."""

    def __init__(self, key_id: str, secret: str, base_url: str, client: httpx.AsyncClient) -> None:
        self._key_id, self._secret = key_id, secret
        self._base = base_url.rstrip("/")
        self._host = urlsplit(self._base).netloc
        self._client = client
        self._apex: dict[str, str] = {}

    # --- transport -------------------------------------------------------------------
    def _signed(self, action: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
        body_hash = signing.payload_hash(b"")
        signed = {"host": self._host, "x-acs-action": action, "x-acs-version": VERSION,
                  "x-acs-date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "x-acs-signature-nonce": uuid.uuid4().hex, "x-acs-content-sha256": body_hash}
        headers = dict(signed, accept="application/json",
                       authorization=signing.authorization(self._key_id, self._secret, "POST", "/", params,
                                                           signed, body_hash))
        query = signing.canonical_query(params)
        return f"{self._base}/?{query}" if query else f"{self._base}/", headers

    async def _call(self, action: str, params: dict[str, str], *, change: bool) -> dict:
        attempts = 1 if change else READ_ATTEMPTS
        for attempt in range(attempts):
            url, headers = self._signed(action, params)   # a fresh date and nonce each time
            try:
                response = await self._client.post(url, headers=headers)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if attempt + 1 < attempts:
                    continue
                raise DnsHostError(Problem.UNREACHABLE, f"{action}: {type(exc).__name__}") from None
            except httpx.HTTPError as exc:
                if change:
                    raise DnsHostError(Problem.UNCERTAIN, f"{action}: {type(exc).__name__}") from None
                if attempt + 1 < attempts:
                    continue
                raise DnsHostError(Problem.UNREACHABLE, f"{action}: {type(exc).__name__}") from None
            return self._answer(action, response, change)
        raise AssertionError("unreachable")

    @staticmethod
    def _answer(action: str, response: httpx.Response, change: bool) -> dict:
        try:
            data = response.json()
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        if response.status_code < 300 and "Code" not in data:
            return data
        code = str(data.get("Code") or f"HTTP{response.status_code}")
        problem = _problem(response.status_code, code)
        if problem is Problem.SERVICE and change:
            problem = Problem.UNCERTAIN if response.status_code in (502, 504) else problem
        retry = None
        if problem is Problem.RATE_LIMITED:
            try:
                retry = float(response.headers.get("x-acs-retry-after") or response.headers.get("retry-after") or 1)
            except ValueError:
                retry = 1.0
        detail = f"{action}: {code}: {str(data.get('Message') or '')[:200]} (RequestId {data.get('RequestId', '-')})"
        raise DnsHostError(problem, detail, retry_after=retry)

    # --- the protocol ----------------------------------------------------------------
    def _apex_of(self, zone: str) -> str:
        return self._apex.get(zone) or _a_label(zone)

    async def find_zone(self, domain: str) -> str:
        domain = _a_label(domain)
        best: tuple[str, str] | None = None
        page, seen = 1, 0
        while True:
            data = await self._call("DescribeDomains", {"PageNumber": str(page), "PageSize": str(DOMAINS_PAGE)},
                                    change=False)
            items = (data.get("Domains") or {}).get("Domain") or []
            for item in items:
                name = str(item.get("DomainName", ""))
                apex = _a_label(str(item.get("PunyCode") or name))
                if (domain == apex or domain.endswith("." + apex)) and (best is None or len(apex) > len(best[1])):
                    best = (name, apex)
            seen += len(items)
            if not items or seen >= int(data.get("TotalCount") or 0):
                break
            page += 1
        if best is None:
            raise DnsHostError(Problem.ZONE_NOT_FOUND, f"DescribeDomains: {domain} is not in this account")
        self._apex[best[0]] = best[1]
        return best[0]

    def _record(self, item: dict, apex: str) -> ZoneRecord:
        rtype = str(item.get("Type", "")).upper()
        value = str(item.get("Value", ""))
        if rtype == "MX":
            value = mx_value(item.get("Priority") or 0, value)
        elif rtype in ("CNAME", "NS"):
            value = normal_target(value)
        line = str(item.get("Line") or "default")
        extra = (("Line", line),) if line != "default" else ()
        return ZoneRecord(name=full_name(str(item.get("RR", "@")), apex), rtype=rtype, value=value,
                          ttl=int(item.get("TTL") or 600), id=str(item.get("RecordId", "")), extra=extra)

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        apex = self._apex_of(zone)
        records: list[ZoneRecord] = []
        page = 1
        while True:
            data = await self._call("DescribeDomainRecords", {"DomainName": zone, "PageNumber": str(page),
                                                              "PageSize": str(RECORDS_PAGE)}, change=False)
            items = (data.get("DomainRecords") or {}).get("Record") or []
            records.extend(self._record(item, apex) for item in items)
            if not items or len(records) >= int(data.get("TotalCount") or 0):
                return records
            page += 1

    def _params(self, zone: str, record: ZoneRecord) -> dict[str, str]:
        params = {"RR": relative_name(record.name, self._apex_of(zone)), "Type": record.rtype.upper(),
                  "TTL": str(record.ttl)}
        if record.rtype.upper() == "MX":
            priority, host = split_mx(record.value)
            params.update(Value=host, Priority=str(max(priority, MX_MIN)))
        else:
            params["Value"] = record.value
        line = dict(record.extra).get("Line")
        if line:
            params["Line"] = line
        return params

    @staticmethod
    def _as_written(record: ZoneRecord) -> ZoneRecord:
        if record.rtype.upper() != "MX":
            return record
        priority, host = split_mx(record.value)
        return replace(record, value=mx_value(max(priority, MX_MIN), host))

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        data = await self._call("AddDomainRecord", {"DomainName": zone, **self._params(zone, record)}, change=True)
        return replace(self._as_written(record), id=str(data.get("RecordId", "")))

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        await self._call("UpdateDomainRecord", {"RecordId": old.id, **self._params(zone, new)}, change=True)
        return replace(self._as_written(new), id=old.id)

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        await self._call("DeleteDomainRecord", {"RecordId": record.id}, change=True)

    async def aclose(self) -> None:
        await self._client.aclose()


def connect(credential: dict[str, str], *, base_url: str | None = None) -> AliyunDns:
    """``credential``: {"access_key_id", "access_key_secret"}; ``base_url`` None = the real API (TLS verified)."""
    from mailwizard.core.network import http_options

    options = http_options() if base_url is None else {}
    client = httpx.AsyncClient(timeout=TIMEOUT, **options)
    return AliyunDns(credential["access_key_id"].strip(), credential["access_key_secret"].strip(),
                     base_url or API_URL, client)


