"""Loopback Alibaba Cloud DNS OpenAPI (2015-01-09, RPC style, signature V3) over a ``HostedZone``.

As strict as Alibaba: the V3 signature is recomputed from the request (the query as received, the headers named
in SignedHeaders, the body's SHA-256 against x-acs-content-sha256) and a mismatch is SignatureDoesNotMatch;
host and every x-acs-* header must be signed; x-acs-date more than 15 minutes off → InvalidTimeStamp.Expired;
a nonce used twice → SignatureNonceUsed (https://help.aliyun.com/document_detail/48054.html,
https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature). A RAM user with only
AliyunDNSReadOnlyAccess (``read_only``) is refused writes with Forbidden.RAM (403); a custom policy limited to some
domains (``allowed_zones``) sees and touches only those. PageSize above 500 (records) / 100 (domains) refused;
a duplicate record (same RR, Type, Value, Line) → DomainRecordDuplicate; a CNAME sharing its RR with other records
→ DomainRecordConflict (codes: https://help.aliyun.com/document_detail/2355841.html); MX Priority outside
1–50 refused (console range; the error code is unconfirmed).
Throttling past ``limit_per_second`` → 400 Throttling.User."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from mailwizard.core.dnshosts import aliyun_signing as signing
from mailwizard.sandbox.fake_http import FakeHttpServer, Request, Response
from mailwizard.sandbox.hosted_zone import HostedRecord, HostedZone

WRITES = {"AddDomainRecord", "UpdateDomainRecord", "DeleteDomainRecord"}
SKEW_SECONDS = 15 * 60


def _error(status: int, code: str, message: str) -> Response:
    return Response(status, {"RequestId": str(uuid.uuid4()).upper(), "HostId": "alidns.aliyuncs.com",
                             "Code": code, "Message": message})


class AliyunDnsFake(FakeHttpServer):
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones: list[str] | None = None,
                 read_only: bool = False, delay: float = 0.0, unicode_name: str | None = None) -> None:
        super().__init__()
        self.zone = zone
        self.keys = {credential["access_key_id"]: credential["access_key_secret"]}
        self.allowed_zones = None if allowed_zones is None else {z.lower() for z in allowed_zones}
        self.read_only = read_only
        self.latency = delay
        self.domain_name = unicode_name or zone.apex   # an IDN zone is listed by its Unicode name + PunyCode
        self.nonces: set[str] = set()
        self.route("POST", "/", self._serve)
        self.route("GET", "/", self._serve)

    def throttled(self) -> Response:
        return _error(400, "Throttling.User", "Request was denied due to user flow control.")

    # --- authentication ----------------------------------------------------------------
    def _check_signature(self, request: Request) -> Response | None:
        auth = signing.parse_authorization(request.headers.get("authorization", ""))
        if auth is None:
            return _error(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.")
        secret = self.keys.get(auth["Credential"])
        if secret is None:
            return _error(400, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
        names = auth["SignedHeaders"].split(";")
        required = {"host"} | {h for h in request.headers if h.startswith("x-acs-")}
        if not required <= set(names) or any(n not in request.headers for n in names):
            return _error(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.")
        body_hash = signing.payload_hash(request.body)
        if request.headers.get("x-acs-content-sha256") != body_hash:
            return _error(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.")
        query = {k: v[0] for k, v in request.query.items()}
        expected = signing.signature(secret, request.method, request.path, query,
                                     {n: request.headers[n] for n in names}, body_hash)
        if expected != auth["Signature"]:
            return _error(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.")
        try:
            sent = datetime.strptime(request.headers.get("x-acs-date", ""), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return _error(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.")
        if abs((datetime.now(UTC) - sent).total_seconds()) > SKEW_SECONDS:
            return _error(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
        nonce = request.headers.get("x-acs-signature-nonce", "")
        if not nonce or nonce in self.nonces:
            return _error(400, "SignatureNonceUsed", "Specified signature nonce was used already.")
        self.nonces.add(nonce)
        return None

    def _serve(self, request: Request) -> Response:
        refused = self._check_signature(request)
        if refused is not None:
            return refused
        if request.headers.get("x-acs-version") != "2015-01-09":
            return _error(400, "InvalidVersion", "Specified parameter Version is not valid.")
        action = request.headers.get("x-acs-action", "")
        params = {k: v[0] for k, v in request.query.items()}
        if action in WRITES and self.read_only:
            return _error(403, "Forbidden.RAM", "User not authorized to operate on the specified resource, "
                                                "or this API doesn't support RAM.")
        handler = getattr(self, "_" + action, None)
        if handler is None:
            return _error(404, "InvalidAction.NotFound", "Specified api is not found.")
        return handler(params)

    # --- helpers -----------------------------------------------------------------------
    def _visible(self) -> bool:
        return self.allowed_zones is None or self.zone.apex in self.allowed_zones

    def _domain(self, params: dict[str, str]) -> Response | None:
        name = params.get("DomainName", "").lower().rstrip(".")
        if name not in (self.zone.apex, self.domain_name):
            return _error(400, "IncorrectDomainUser", "The domain name does not belong to this user.")
        if not self._visible():
            return _error(403, "Forbidden.RAM", "User not authorized to operate on the specified resource.")
        return None

    def _item(self, record: HostedRecord) -> dict:
        rr = "@" if record.name == self.zone.apex else record.name[: -len(self.zone.apex) - 1]
        value, item = record.value, {}
        if record.rtype == "MX":
            priority, value = record.value.split(None, 1)
            item["Priority"] = int(priority)
        item.update(RR=rr, Type=record.rtype, Value=value, TTL=record.ttl, RecordId=record.id,
                    Line=record.extra.get("Line", "default"), Status="ENABLE", Locked=False, Weight=1,
                    DomainName=self.domain_name)
        return item

    @staticmethod
    def _page(params: dict[str, str], maximum: int) -> tuple[int, int] | Response:
        try:
            number, size = int(params.get("PageNumber", "1")), int(params.get("PageSize", "20"))
        except ValueError:
            return _error(400, "InvalidParameter", "The specified parameter PageNumber/PageSize is not valid.")
        if number < 1 or not 1 <= size <= maximum:
            return _error(400, "InvalidParameter", "The specified parameter PageSize is not valid.")
        return number, size

    def _content(self, params: dict[str, str]) -> tuple[str, str, str, int, str] | Response:
        rr, rtype = params.get("RR", "").lower(), params.get("Type", "").upper()
        value = params.get("Value", "")
        if not rr or not rtype or not value:
            return _error(400, "MissingParameter", "The input parameter RR/Type/Value is not supplied.")
        name = self.zone.apex if rr == "@" else f"{rr}.{self.zone.apex}"
        if rtype == "MX":
            priority = int(params.get("Priority") or 0)
            if not 1 <= priority <= 50:
                return _error(400, "InvalidPriority.Value", "The specified Priority is not valid.")  # (unconfirmed)
            value = f"{priority} {value.rstrip('.').lower()}"
        elif rtype in ("CNAME", "NS"):
            value = value.rstrip(".").lower()
        return name, rtype, value, int(params.get("TTL") or 600), params.get("Line", "default")

    def _clash(self, name: str, rtype: str, value: str, line: str, skip: str = "") -> Response | None:
        for other in self.zone.all():
            if other.id == skip or other.name != name:
                continue
            if other.rtype == rtype and other.value == value and other.extra.get("Line", "default") == line:
                return _error(400, "DomainRecordDuplicate", "The DNS record already exists.")
            if ("CNAME" in (rtype, other.rtype) and other.rtype != rtype) or (rtype == other.rtype == "CNAME"):
                return _error(400, "DomainRecordConflict", "The DNS record conflicts with other records.")
        return None

    # --- actions -----------------------------------------------------------------------
    def _DescribeDomains(self, params: dict[str, str]) -> Response:
        page = self._page(params, 100)
        if isinstance(page, Response):
            return page
        domains = [{"DomainName": self.domain_name, "DomainId": "00efd71a-770e-4255-b54e-6fe5659baffe",
                    "PunyCode": self.zone.apex, "RecordCount": len(self.zone.all())}] if self._visible() else []
        start = (page[0] - 1) * page[1]
        return Response(200, {"RequestId": str(uuid.uuid4()), "TotalCount": len(domains), "PageNumber": page[0],
                              "PageSize": page[1], "Domains": {"Domain": domains[start:start + page[1]]}})

    def _DescribeDomainRecords(self, params: dict[str, str]) -> Response:
        refused = self._domain(params) or None
        page = self._page(params, 500)
        if refused is not None or isinstance(page, Response):
            return refused or page
        records = self.zone.all()
        start = (page[0] - 1) * page[1]
        return Response(200, {"RequestId": str(uuid.uuid4()), "TotalCount": len(records), "PageNumber": page[0],
                              "PageSize": page[1],
                              "DomainRecords": {"Record": [self._item(r) for r in records[start:start + page[1]]]}})

    def _AddDomainRecord(self, params: dict[str, str]) -> Response:
        refused = self._domain(params)
        content = self._content(params)
        if refused is not None or isinstance(content, Response):
            return refused or content
        name, rtype, value, ttl, line = content
        clash = self._clash(name, rtype, value, line)
        if clash is not None:
            return clash
        extra = {"Line": line} if line != "default" else {}
        record = self.zone.add(name, rtype, value, ttl, **extra)
        return Response(200, {"RequestId": str(uuid.uuid4()), "RecordId": record.id})

    def _record(self, params: dict[str, str]) -> HostedRecord | Response:
        record = self.zone.records.get(params.get("RecordId", ""))
        if record is None or not self._visible():
            return _error(400, "DomainRecordNotBelongToUser", "The DNS record does not belong to this user.")
        return record

    def _UpdateDomainRecord(self, params: dict[str, str]) -> Response:
        record = self._record(params)
        if isinstance(record, Response):
            return record
        content = self._content(params)
        if isinstance(content, Response):
            return content
        name, rtype, value, ttl, line = content
        if (record.name, record.rtype, record.value, record.extra.get("Line", "default")) == (name, rtype, value,
                                                                                              line):
            return _error(400, "DomainRecordDuplicate", "The DNS record already exists.")
        clash = self._clash(name, rtype, value, line, skip=record.id)
        if clash is not None:
            return clash
        self.zone.update(record.id, name=name, rtype=rtype, value=value, ttl=ttl)
        if line == "default":
            record.extra.pop("Line", None)
        else:
            record.extra["Line"] = line
        return Response(200, {"RequestId": str(uuid.uuid4()), "RecordId": record.id})

    def _DeleteDomainRecord(self, params: dict[str, str]) -> Response:
        record = self._record(params)
        if isinstance(record, Response):
            return record
        self.zone.delete(record.id)
        return Response(200, {"RequestId": str(uuid.uuid4()), "RecordId": record.id})
