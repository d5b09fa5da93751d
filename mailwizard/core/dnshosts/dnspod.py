"""DNSPod / Tencent Cloud DNS through Tencent Cloud API 3.0 (dnspod.tencentcloudapi.com, version 2021-03-23).

Every call is ``POST /`` with a JSON body, the action in ``X-TC-Action`` and a TC3-HMAC-SHA256 signature
(``dnspod_signing``). Every answer is HTTP 200 with ``{"Response": {...}}``; a failure carries
``Response.Error.Code`` (https://cloud.tencent.com/document/api/1427/56191, the SDK's ``_check_error``).

Actions used (parameters from the SDK's models, tencentcloud/dnspod/v20210323/models.py):
- DescribeDomain(Domain) → DomainInfo.Domain/Punycode (https://cloud.tencent.com/document/api/1427/56173)
- DescribeRecordList(Domain, Offset, Limit ≤ 3000) → RecordCountInfo.TotalCount, RecordList[RecordId, Name, Type,
  Value, Line, TTL, MX]; an empty zone answers ResourceNotFound.NoDataOfRecord (ErrorOnEmpty defaults to "yes")
  (https://cloud.tencent.com/document/api/1427/56166)
- CreateRecord(Domain, SubDomain, RecordType, RecordLine, Value, MX, TTL) → RecordId
  (https://cloud.tencent.com/document/api/1427/56180)
- ModifyRecord(Domain, RecordId, SubDomain, RecordType, RecordLine, Value, MX, TTL)
  (https://cloud.tencent.com/document/api/1427/56157)
- DeleteRecord(Domain, RecordId) (https://cloud.tencent.com/document/api/1427/56176)
Error codes: https://cloud.tencent.com/document/api/1427/56192 and the SDK's dnspod/v20210323/errorcodes.py."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from typing import Any

import httpx

from mailwizard.core.dnshosts import dnspod_signing, sending
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

CREDENTIAL_FIELDS = ("secret_id", "secret_key")
API_HOST = "dnspod.tencentcloudapi.com"
SERVICE = "dnspod"
VERSION = "2021-03-23"
PAGE = 3000                 # DescribeRecordList: "当前Limit最大支持3000"
DEFAULT_LINE = "默认"        # the "Default" line: answered for everyone
LINE = "RecordLine"         # ZoneRecord.extra key

_BAD_CREDENTIAL = {"AuthFailure.SecretIdNotFound", "AuthFailure.SignatureFailure", "AuthFailure.InvalidSecretId",
                   "AuthFailure.InvalidAuthorization", "AuthFailure.TokenFailure", "AuthFailure.SignatureExpire"}
_PERMISSION = {"AuthFailure.UnauthorizedOperation", "UnauthorizedOperation", "AuthFailure.MFAFailure",
               "IpNotInWhitelist", "IpInBlacklist"}
# "当前域名有误" / "域名不正确" / "域名不在您的名下" (SDK errorcodes.py); NoDataOfDomain is from the older
# API (unconfirmed for 2021-03-23)
_ZONE_NOT_FOUND = {"InvalidParameterValue.DomainNotExists", "InvalidParameter.DomainInvalid",
                   "ResourceNotFound.NoDataOfDomain", "FailedOperation.NotDomainOwner",
                   "InvalidParameter.DomainIdInvalid"}
_RECORD_EXISTS = {"InvalidParameter.DomainRecordExist"}      # "记录已经存在，无需再次添加。"
_SERVICE = {"InternalError", "FailedOperation.UnknowError", "FailedOperation.TemporaryError"}
_EMPTY = "ResourceNotFound.NoDataOfRecord"                  # "记录列表为空。"
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def problem_for(code: str) -> Problem:
    """The Problem for one Tencent Cloud error code."""
    if code in _BAD_CREDENTIAL:
        return Problem.BAD_CREDENTIAL
    if code in _PERMISSION or code.startswith("OperationDenied."):
        return Problem.PERMISSION
    if code in _ZONE_NOT_FOUND:
        return Problem.ZONE_NOT_FOUND
    if code in _RECORD_EXISTS:
        return Problem.RECORD_EXISTS
    if code.startswith("RequestLimitExceeded"):
        return Problem.RATE_LIMITED
    if code.startswith(("InvalidParameter", "LimitExceeded", "MissingParameter")):
        return Problem.INVALID_RECORD
    return Problem.SERVICE


def connect(credential: dict[str, str], *, base_url: str | None = None) -> DnsPodApi:
    secret_id, secret_key = (credential.get(k, "").strip() for k in CREDENTIAL_FIELDS)
    if not secret_id or not secret_key:
        raise DnsHostError(Problem.BAD_CREDENTIAL, "SecretId and SecretKey are both needed")
    client = sending.new_client(base_url)
    return DnsPodApi(secret_id, secret_key, client, base_url or f"https://{API_HOST}")


class DnsPodApi:
    def __init__(self, secret_id: str, secret_key: str, client: httpx.AsyncClient, base_url: str, *,
                 clock: Callable[[], float] = time.time, sleep: sending.Sleep = asyncio.sleep) -> None:
        self._id, self._key = secret_id, secret_key
        self._client, self._url = client, base_url.rstrip("/") + "/"
        self._host = httpx.URL(self._url).netloc.decode("ascii")
        self._clock, self._sleep = clock, sleep

    def __repr__(self) -> str:  # never the key
        return f"DnsPodApi({self._url})"

    async def _call(self, action: str, params: dict[str, Any], *, change: bool) -> dict[str, Any]:
        body = json.dumps(params, ensure_ascii=False).encode("utf-8")

        def build() -> tuple[str, bytes, dict[str, str]]:
            headers = dnspod_signing.signed_headers(self._id, self._key, host=self._host, action=action,
                                                    version=VERSION, body=body, timestamp=int(self._clock()),
                                                    service=SERVICE)
            return self._url, body, headers

        response = await sending.send(self._client, build, change=change, what=action, sleep=self._sleep)
        try:
            answer = response.json()["Response"]
        except (ValueError, KeyError, TypeError):
            problem = Problem.UNCERTAIN if change else Problem.SERVICE
            raise DnsHostError(problem, f"{action}: HTTP {response.status_code}, not an API answer") from None
        error = answer.get("Error")
        if error:
            code, message = str(error.get("Code", "")), str(error.get("Message", ""))
            problem = problem_for(code)
            if change and problem is Problem.SERVICE:
                problem = Problem.UNCERTAIN     # an internal error while changing: it may have been made
            detail = f"{action}: {code}: {message} (RequestId {answer.get('RequestId', '')})"
            raise DnsHostError(problem, detail, retry_after=1.0 if problem is Problem.RATE_LIMITED else None)
        return answer

    # --- the protocol --------------------------------------------------------------------------------
    async def find_zone(self, domain: str) -> str:
        labels = normal_name(domain).split(".")
        first: DnsHostError | None = None
        for i in range(len(labels) - 1):   # the name itself, then its parents down to the registrable part
            candidate = ".".join(labels[i:])
            try:
                info = (await self._call("DescribeDomain", {"Domain": candidate}, change=False))["DomainInfo"]
            except DnsHostError as exc:
                if exc.problem is not Problem.ZONE_NOT_FOUND:
                    raise
                first = first or exc
                continue
            return normal_name(info.get("Punycode") or info.get("Domain") or candidate)
        raise first or DnsHostError(Problem.ZONE_NOT_FOUND, domain)

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        records: list[ZoneRecord] = []
        offset = 0
        while True:
            try:
                answer = await self._call("DescribeRecordList", {"Domain": zone, "Offset": offset, "Limit": PAGE},
                                          change=False)
            except DnsHostError as exc:
                if exc.detail.startswith(f"DescribeRecordList: {_EMPTY}:"):
                    return records
                raise
            page = answer.get("RecordList") or []
            records.extend(self._record(zone, item) for item in page)
            offset += len(page)
            total = int((answer.get("RecordCountInfo") or {}).get("TotalCount", 0))
            if not page or offset >= total:
                return records

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        answer = await self._call("CreateRecord", {"Domain": zone, **self._fields(zone, record)}, change=True)
        return self._made(record, answer.get("RecordId"))

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        line = dict(new.extra).get(LINE) or dict(old.extra).get(LINE) or DEFAULT_LINE
        fields = self._fields(zone, new, line)
        await self._call("ModifyRecord", {"Domain": zone, "RecordId": int(old.id), **fields}, change=True)
        return self._made(new, old.id, line)

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        await self._call("DeleteRecord", {"Domain": zone, "RecordId": int(record.id)}, change=True)

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- shapes --------------------------------------------------------------------------------------
    @staticmethod
    def _fields(zone: str, record: ZoneRecord, line: str | None = None) -> dict[str, Any]:
        fields: dict[str, Any] = {"SubDomain": relative_name(record.name, zone), "RecordType": record.rtype,
                                  "RecordLine": line or dict(record.extra).get(LINE) or DEFAULT_LINE,
                                  "TTL": int(record.ttl)}
        if record.rtype == "MX":
            priority, host = split_mx(record.value)
            fields.update(Value=host + ".", MX=priority)     # the documented form: "MX : mail.dnspod.com."
        elif record.rtype in ("CNAME", "NS"):
            fields["Value"] = normal_target(record.value) + "."
        else:
            fields["Value"] = record.value
        return fields

    @staticmethod
    def _made(record: ZoneRecord, record_id: Any, line: str | None = None) -> ZoneRecord:
        if record_id in (None, ""):
            raise DnsHostError(Problem.UNCERTAIN, "the answer had no RecordId")
        line = line or dict(record.extra).get(LINE) or DEFAULT_LINE
        extra = tuple(sorted({**dict(record.extra), LINE: line}.items()))
        return ZoneRecord(record.name, record.rtype, record.value, record.ttl, str(record_id), extra)

    @staticmethod
    def _record(zone: str, item: dict[str, Any]) -> ZoneRecord:
        rtype = str(item.get("Type", "")).upper()
        value = str(item.get("Value", ""))
        if rtype == "MX":
            value = mx_value(item.get("MX") or 0, value)
        elif rtype in ("CNAME", "NS"):
            value = normal_target(value)
        elif rtype == "TXT" and value.startswith('"') and value.endswith('"'):
            # a long TXT shown as its quoted 255-byte strings (unconfirmed): joined as ZoneRecord.value wants
            value = "".join(piece.replace('\\"', '"') for piece in _QUOTED.findall(value))
        line = str(item.get("Line") or DEFAULT_LINE)
        return ZoneRecord(full_name(str(item.get("Name", "@")), zone), rtype, value, int(item.get("TTL") or 600),
                          str(item.get("RecordId", "")), ((LINE, line),))
