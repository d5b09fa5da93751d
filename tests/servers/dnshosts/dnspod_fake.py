"""Loopback fake of the DNSPod API 3.0 (dnspod.tencentcloudapi.com, 2021-03-23), its state in a HostedZone.

Strict as Tencent is: the TC3-HMAC-SHA256 signature is recomputed here (an implementation of its own, from the
documented steps, not the app's signer) and a mismatch answers AuthFailure.SignatureFailure; a timestamp more than
five minutes off answers AuthFailure.SignatureExpire; an unknown SecretId AuthFailure.SecretIdNotFound
(https://cloud.tencent.com/document/api/1427/56192). A sub-account key with only QcloudDNSPodReadOnlyAccess
(``read_only=True``) may describe but not change: AuthFailure.UnauthorizedOperation, as CAM refuses it.
Every answer is HTTP 200 with {"Response": {..., "RequestId"}}.

    fake = DnspodFake(HostedZone("example.com", served_zone), credential={"secret_id": "AKID…", "secret_key": "…"})
    fake.start(); dnspod.connect(credential, base_url=fake.base_url); fake.stop()
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from mailwizard.sandbox.fake_http import FakeHttpServer, Request, Response
from mailwizard.sandbox.hosted_zone import HostedRecord, HostedZone

VERSION = "2021-03-23"
SKEW = 300                 # "Timestamp 和服务器时间相差不得超过五分钟"
MAX_LIMIT = 3000
WRITES = {"CreateRecord", "ModifyRecord", "DeleteRecord"}
READS = {"DescribeDomain", "DescribeRecordList"}
TYPES = {"A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA", "SPF"}
_AUTH = re.compile(r"^TC3-HMAC-SHA256 Credential=([^/]+)/(\d{4}-\d{2}-\d{2})/([a-z]+)/tc3_request, "
                   r"SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$")


def _tc3(secret_key: str, date: str, service: str, method: str, content_type: str, host: str, body: bytes,
         timestamp: str) -> str:
    canonical = f"{method}\n/\n\ncontent-type:{content_type}\nhost:{host}\n\ncontent-type;host\n" + \
        hashlib.sha256(body).hexdigest()
    to_sign = f"TC3-HMAC-SHA256\n{timestamp}\n{date}/{service}/tc3_request\n" + \
        hashlib.sha256(canonical.encode()).hexdigest()
    key = ("TC3" + secret_key).encode()
    for part in (date, service, "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


class DnspodFake(FakeHttpServer):
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones: set[str] | None = None,
                 read_only: bool = False, delay: float = 0.0, clock: Callable[[], float] = time.time,
                 min_ttl: int = 1) -> None:
        super().__init__()
        self.zone, self.credential, self.allowed_zones = zone, dict(credential), allowed_zones
        self.read_only, self.latency, self.clock, self.min_ttl = read_only, delay, clock, min_ttl
        self.actions: list[str] = []
        self.route("POST", "/", self._serve)

    # --- the envelope ------------------------------------------------------------------------------
    @staticmethod
    def answer(payload: dict[str, Any]) -> Response:
        return Response(200, {"Response": {**payload, "RequestId": str(uuid.uuid4())}})

    @classmethod
    def error(cls, code: str, message: str) -> Response:
        return cls.answer({"Error": {"Code": code, "Message": message}})

    def throttled(self) -> Response:
        return self.error("RequestLimitExceeded", "请求的次数超过了频率限制。")

    def _serve(self, request: Request) -> Response:
        refused = self._authenticate(request)
        if refused is not None:
            return refused
        action = request.headers.get("x-tc-action", "")
        self.actions.append(action)
        if request.headers.get("x-tc-version") != VERSION:
            return self.error("NoSuchVersion", "接口版本不存在。")
        if action not in READS | WRITES:
            return self.error("InvalidAction", "接口不存在。")
        if self.read_only and action in WRITES:
            return self.error("AuthFailure.UnauthorizedOperation",
                              f"you are not authorized to perform operation (dnspod:{action})")
        try:
            params = json.loads(request.body.decode("utf-8"))
        except ValueError:
            return self.error("InvalidParameter.ParamInvalid", "param 格式错误。")
        domain = str(params.get("Domain", "")).rstrip(".").lower()
        try:
            domain = domain.encode("idna").decode("ascii") if domain else ""
        except UnicodeError:
            return self.error("InvalidParameter.DomainInvalid", "域名不正确，请输入主域名，如 dnspod.cn。")
        if domain != self.zone.apex:
            return self.error("InvalidParameterValue.DomainNotExists", "当前域名有误，请返回重新操作。")
        if self.allowed_zones is not None and domain not in self.allowed_zones:
            return self.error("AuthFailure.UnauthorizedOperation",
                              f"you are not authorized to perform operation (dnspod:{action}) on this resource")
        return getattr(self, "_" + action)(params)

    def _authenticate(self, request: Request) -> Response | None:
        match = _AUTH.match(request.headers.get("authorization", ""))
        if match is None:
            return self.error("AuthFailure.InvalidAuthorization", "请求头部的 Authorization 不符合腾讯云标准。")
        secret_id, date, service, signed, signature = match.groups()
        if secret_id != self.credential["secret_id"]:
            return self.error("AuthFailure.SecretIdNotFound", "密钥不存在。")
        stamp = request.headers.get("x-tc-timestamp", "")
        if not stamp.isdigit() or abs(int(stamp) - self.clock()) > SKEW:
            return self.error("AuthFailure.SignatureExpire", "签名过期。")
        content_type = request.headers.get("content-type", "")
        if (signed != "content-type;host" or service != "dnspod" or content_type != "application/json"
                or date != datetime.fromtimestamp(int(stamp), UTC).strftime("%Y-%m-%d")):
            return self.error("AuthFailure.SignatureFailure", "签名错误。")
        expected = _tc3(self.credential["secret_key"], date, service, request.method, content_type,
                        request.headers.get("host", ""), request.body, stamp)
        if not hmac.compare_digest(expected, signature):
            return self.error("AuthFailure.SignatureFailure", "签名错误。签名计算错误。")
        return None

    # --- actions -----------------------------------------------------------------------------------
    def _DescribeDomain(self, params: dict[str, Any]) -> Response:
        apex = self.zone.apex
        shown = apex.encode("ascii").decode("idna")
        return self.answer({"DomainInfo": {"DomainId": 62, "Domain": shown, "Punycode": apex, "Status": "ENABLE",
                                           "Grade": "DP_FREE", "RecordCount": len(self.zone.all())}})

    def _item(self, record: HostedRecord) -> dict[str, Any]:
        apex = self.zone.apex
        name = "@" if record.name == apex else record.name[: -len(apex) - 1]
        mx, value = 0, record.value
        if record.rtype == "MX":
            priority, host = record.value.split(None, 1)
            mx, value = int(priority), host.rstrip(".") + "."
        elif record.rtype in ("CNAME", "NS"):
            value = record.value.rstrip(".") + "."
        return {"RecordId": int(record.id), "Value": value, "Status": "ENABLE", "UpdatedOn": "2026-12-01 10:00:00",
                "Name": name, "Line": record.extra.get("RecordLine", "默认"), "LineId": "0", "Type": record.rtype,
                "Weight": None, "MonitorStatus": "", "Remark": "", "TTL": record.ttl, "MX": mx,
                "DefaultNS": False}

    def _DescribeRecordList(self, params: dict[str, Any]) -> Response:
        offset, limit = int(params.get("Offset", 0)), int(params.get("Limit", 100))
        if not 1 <= limit <= MAX_LIMIT:
            return self.error("InvalidParameterValue.LimitInvalid", "分页长度数量错误。")
        if offset < 0:
            return self.error("InvalidParameter.OffsetInvalid", "分页起始数量错误。")
        records = self.zone.all()
        page = records[offset: offset + limit]
        if not page:
            return self.error("ResourceNotFound.NoDataOfRecord", "记录列表为空。")
        return self.answer({"RecordCountInfo": {"SubdomainCount": len({r.name for r in records}),
                                                "ListCount": len(page), "TotalCount": len(records)},
                            "RecordList": [self._item(r) for r in page]})

    def _content(self, params: dict[str, Any]) -> tuple[str, str, str, int, str] | Response:
        """(fqdn, type, presentation value, ttl, line) from Create/ModifyRecord parameters, or the refusal."""
        for required in ("RecordType", "RecordLine", "Value"):
            if params.get(required) in (None, ""):
                return self.error("MissingParameter", f"缺少参数 {required}。")
        rtype, line, value = str(params["RecordType"]), str(params["RecordLine"]), str(params["Value"])
        if rtype not in TYPES:
            return self.error("InvalidParameter.RecordTypeInvalid", "记录类型不正确。")
        sub = str(params.get("SubDomain", "@")).lower()
        name = self.zone.apex if sub in ("", "@") else f"{sub}.{self.zone.apex}"
        ttl = int(params.get("TTL", 600))
        if not self.min_ttl <= ttl <= 604800:
            return self.error("LimitExceeded.RecordTtlLimit", "记录的TTL值超出了限制。")
        if len(value.encode("utf-8")) > 512:      # the TXT length limit: unconfirmed
            return self.error("InvalidParameter.RecordValueLengthInvalid", "解析记录值过长。")
        if rtype == "MX":
            if params.get("MX") is None or not 0 <= int(params["MX"]) <= 65535:
                return self.error("InvalidParameter.MxInvalid", "MX优先级不正确。")
            value = f"{int(params['MX'])} {value.rstrip('.').lower()}"
        elif rtype in ("CNAME", "NS"):
            value = value.rstrip(".").lower()
        return name, rtype, value, ttl, line

    @staticmethod
    def _line(line: str) -> dict[str, str]:
        """The line as HostedZone extra: only a line other than the Default one is a setting of the record."""
        return {} if line == "默认" else {"RecordLine": line}

    def _duplicate(self, name: str, rtype: str, value: str, line: str, but: str = "") -> bool:
        return any(r.value == value and r.extra.get("RecordLine", "默认") == line and r.id != but
                   for r in self.zone.find(name, rtype))

    def _CreateRecord(self, params: dict[str, Any]) -> Response:
        content = self._content(params)
        if isinstance(content, Response):
            return content
        name, rtype, value, ttl, line = content
        if self._duplicate(name, rtype, value, line):
            return self.error("InvalidParameter.DomainRecordExist", "记录已经存在，无需再次添加。")
        record = self.zone.add(name, rtype, value, ttl, **self._line(line))
        return self.answer({"RecordId": int(record.id)})

    def _existing(self, params: dict[str, Any]) -> HostedRecord | None:
        return self.zone.records.get(str(params.get("RecordId", "")))

    def _ModifyRecord(self, params: dict[str, Any]) -> Response:
        record = self._existing(params)
        if record is None:
            return self.error("InvalidParameter.RecordIdInvalid", "记录编号错误。")
        content = self._content(params)
        if isinstance(content, Response):
            return content
        name, rtype, value, ttl, line = content
        if self._duplicate(name, rtype, value, line, but=record.id):
            return self.error("InvalidParameter.DomainRecordExist", "记录已经存在，无需再次添加。")
        if line == "默认":
            record.extra.pop("RecordLine", None)     # the Default line is kept as no setting at all
        self.zone.update(record.id, name=name, rtype=rtype, value=value, ttl=ttl, **self._line(line))
        return self.answer({"RecordId": int(record.id)})

    def _DeleteRecord(self, params: dict[str, Any]) -> Response:
        record = self._existing(params)
        if record is None:
            return self.error("InvalidParameter.RecordIdInvalid", "记录编号错误。")
        self.zone.delete(record.id)
        return self.answer({})
