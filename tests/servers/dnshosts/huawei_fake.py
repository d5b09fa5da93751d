"""Loopback Huawei Cloud DNS v2 API (record sets) over a ``HostedZone``, AK/SK signature verified.

As strict as Huawei: the SDK-HMAC-SHA256 signature is recomputed from the request (method, path, query as received,
the headers named in SignedHeaders — host and x-sdk-date required —, the body's SHA-256) and a mismatch or an unknown
AK is 401 APIGW.0301 "Incorrect IAM authentication information"; an X-Sdk-Date more than 15 minutes off is refused
the same way (the 15 minutes: unconfirmed). https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html
A user with only DNS ReadOnlyAccess (``read_only``) gets 403 on writes (code DNS.0030: unconfirmed); ``allowed_zones``
hides other zones. limit > 500 → 400 DNS.0006; offset < 0 → DNS.0017; a second set with the same name and type →
400 DNS.0312 "This record set already exists."; a zone that is not there → 404 DNS.0302 (unconfirmed which code);
a record set that is not there → 404 DNS.0004; a TXT value not in double quotes or with a piece over 255 bytes →
400 DNS.0308; throttling past ``limit_per_second`` → 429 APIGW.0308. The zone lists an SOA set too, as Huawei does."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

from mailwizard.core.dnshosts import huawei_signing as signing
from mailwizard.core.dnshosts.huawei_values import from_wire, txt_pieces, unquote_txt
from mailwizard.sandbox.fake_http import FakeHttpServer, Request, Response
from mailwizard.sandbox.hosted_zone import HostedZone

SKEW_SECONDS = 15 * 60


def _dns_error(status: int, code: str, message: str) -> Response:
    return Response(status, {"code": code, "message": message})


def _gateway_error(status: int, code: str, message: str) -> Response:
    return Response(status, {"error_code": code, "error_msg": message, "request_id": uuid.uuid4().hex})


class HuaweiDnsFake(FakeHttpServer):
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones: list[str] | None = None,
                 read_only: bool = False, delay: float = 0.0) -> None:
        super().__init__()
        self.zone = zone
        self.keys = {credential["access_key_id"]: credential["secret_access_key"]}
        self.allowed_zones = None if allowed_zones is None else {z.lower() for z in allowed_zones}
        self.read_only = read_only
        self.latency = delay
        self.zone_id = hashlib.md5(zone.apex.encode()).hexdigest()   # Huawei's ids are 32 hex digits
        self.set_ids: dict[tuple[str, str], str] = {}
        self._one_ttl_per_set()
        base = "/v2/zones/{zone_id}/recordsets"
        self.route("GET", "/v2/zones", self._guard(self._zones))
        self.route("GET", base, self._guard(self._list))
        self.route("POST", base, self._guard(self._create))
        self.route("GET", base + "/{recordset_id}", self._guard(self._show))
        self.route("PUT", base + "/{recordset_id}", self._guard(self._update))
        self.route("DELETE", base + "/{recordset_id}", self._guard(self._delete))

    def _one_ttl_per_set(self) -> None:
        """A record set has one TTL at Huawei: a zone seeded with differing TTLs in one set is held with the first
        value's TTL, as Huawei would hold it."""
        first: dict[tuple[str, str], int] = {}
        for record in self.zone.all():
            ttl = first.setdefault((record.name, record.rtype), record.ttl)
            if record.ttl != ttl:
                self.zone.update(record.id, ttl=ttl)

    def throttled(self) -> Response:
        return _gateway_error(429, "APIGW.0308", "The throttling threshold has been reached: policy user over "
                                                 "ratelimit,limit:20,time:1 second")

    # --- authentication ----------------------------------------------------------------
    def _check(self, request: Request) -> Response | None:
        refused = _gateway_error(401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk "
                                                    "signature fail")
        auth = signing.parse_authorization(request.headers.get("authorization", ""))
        if auth is None or auth["Access"] not in self.keys:
            return refused
        names = auth["SignedHeaders"].split(";")
        if not {"host", "x-sdk-date"} <= set(names) or any(n not in request.headers for n in names):
            return refused
        sdk_date = request.headers["x-sdk-date"]
        query = [(k, v) for k, values in request.query.items() for v in values]
        expected, _ = signing.signature(self.keys[auth["Access"]], sdk_date, request.method, request.path, query,
                                        {n: request.headers[n] for n in names}, request.body)
        if expected != auth["Signature"]:
            return refused
        try:
            sent = datetime.strptime(sdk_date, signing.DATE_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            return refused
        if abs((datetime.now(UTC) - sent).total_seconds()) > SKEW_SECONDS:
            return _gateway_error(401, "APIGW.0301", "Incorrect IAM authentication information: x-sdk-date expired")
        return None

    def _guard(self, handler):
        def guarded(request: Request) -> Response:
            refused = self._check(request)
            if refused is not None:
                return refused
            if request.method != "GET" and self.read_only:
                return _dns_error(403, "DNS.0030", "You do not have the permission to perform this operation.")
            zone_id = request.params.get("zone_id")
            if zone_id is not None and (zone_id != self.zone_id or not self._visible()):
                return _dns_error(404, "DNS.0302", "The zone does not exist.")
            return handler(request)
        return guarded

    def _visible(self) -> bool:
        return self.allowed_zones is None or self.zone.apex in self.allowed_zones

    # --- record sets over the hosted records -------------------------------------------
    def _set_id(self, name: str, rtype: str) -> str:
        return self.set_ids.setdefault((name, rtype), uuid.uuid4().hex)

    def _sets(self) -> list[dict]:
        groups: dict[tuple[str, str], list] = {}
        for record in self.zone.all():
            groups.setdefault((record.name, record.rtype), []).append(record)
        sets = [{"id": self._set_id("", "SOA"), "name": self.zone.apex + ".", "type": "SOA", "ttl": 300,
                 "records": [f"ns1.huaweicloud-dns.com. hostmaster.{self.zone.apex}. 1 7200 900 1209600 300"],
                 "default": True}]
        for (name, rtype), records in groups.items():
            sets.append({"id": self._set_id(name, rtype), "name": name + ".", "type": rtype,
                         "ttl": min(r.ttl for r in records), "records": [self._wire(r.rtype, r.value) for r in records],
                         "default": False})
        for item in sets:
            item.update(zone_id=self.zone_id, zone_name=self.zone.apex + ".", status="ACTIVE", description=None)
        return sets

    @staticmethod
    def _wire(rtype: str, value: str) -> str:
        if rtype == "TXT":
            return " ".join(f'"{p}"' for p in txt_pieces(value))
        if rtype == "MX":
            priority, host = value.split(None, 1)
            return f"{priority} {host}."
        return value + "." if rtype in ("CNAME", "NS") else value

    def _find(self, recordset_id: str) -> dict | None:
        return next((s for s in self._sets() if s["id"] == recordset_id), None)

    def _valid(self, body: dict) -> tuple[str, str, int, list[str]] | Response:
        if not str(body.get("name", "")).endswith("."):   # "FQDN ending with a dot" (CreateRecordSet's definition)
            return _dns_error(400, "DNS.0304", "Invalid record set name.")
        name = str(body.get("name", "")).rstrip(".").lower()
        rtype = str(body.get("type", "")).upper()
        records = body.get("records")
        if not (name == self.zone.apex or name.endswith("." + self.zone.apex)):
            return _dns_error(400, "DNS.0304", "Invalid record set name.")
        if rtype not in ("A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"):
            return _dns_error(400, "DNS.0307", "Invalid record set type.")
        if not isinstance(records, list) or not records:
            return _dns_error(400, "DNS.0308", "Invalid record set value.")
        values = []
        for wire in records:
            wire = str(wire)
            if rtype == "TXT":
                pieces = [p for p in wire.split('"')[1::2]]
                if not wire.startswith('"') or not wire.endswith('"') or "\\" in wire or \
                        any(len(p.encode("utf-8")) > 255 for p in pieces) or len("".join(pieces)) > 4096:
                    return _dns_error(400, "DNS.0308", "Invalid record set value.")
                values.append(unquote_txt(wire))
            elif rtype in ("MX", "CNAME", "NS") and not wire.endswith("."):
                return _dns_error(400, "DNS.0308", "Invalid record set value.")   # (unconfirmed: dot required)
            else:
                values.append(from_wire(rtype, wire))
        try:
            ttl = int(body.get("ttl", 300))
        except (TypeError, ValueError):
            return _dns_error(400, "DNS.0303", "Invalid TTL.")
        if not 1 <= ttl <= 2147483647:
            return _dns_error(400, "DNS.0303", "Invalid TTL.")
        if len(set(values)) != len(values):
            return _dns_error(400, "DNS.0308", "Duplicate record set values.")
        return name, rtype, ttl, values

    def _rewrite(self, name: str, rtype: str, ttl: int, values: list[str]) -> None:
        current = self.zone.find(name, rtype)
        for record in current:
            if record.value not in values:
                self.zone.delete(record.id)
            elif record.ttl != ttl:
                self.zone.update(record.id, ttl=ttl)
        kept = {r.value for r in current}
        for value in values:
            if value not in kept:
                self.zone.add(name, rtype, value, ttl)

    # --- handlers ----------------------------------------------------------------------
    def _zones(self, request: Request) -> Response:
        name = (request.arg("name") or "").rstrip(".").lower()
        zones = []
        if self._visible() and (not name or name in self.zone.apex):   # Huawei matches names fuzzily
            zones.append({"id": self.zone_id, "name": self.zone.apex + ".", "zone_type": "public", "ttl": 300,
                          "status": "ACTIVE", "record_num": len(self._sets())})
        return Response(200, {"zones": zones, "metadata": {"total_count": len(zones)}, "links": {}})

    def _list(self, request: Request) -> Response:
        try:
            limit, offset = int(request.arg("limit", "500")), int(request.arg("offset", "0"))
        except ValueError:
            return _dns_error(400, "DNS.0006", "The limit parameter is invalid.")
        if not 0 <= limit <= 500:
            return _dns_error(400, "DNS.0006", "The limit parameter is invalid.")
        if offset < 0:
            return _dns_error(400, "DNS.0017", "The offset parameter is invalid.")
        sets = self._sets()
        name, rtype = (request.arg("name") or "").rstrip(".").lower(), (request.arg("type") or "").upper()
        exact = request.arg("search_mode") == "equal"
        if name:
            sets = [s for s in sets if (s["name"].rstrip(".") == name if exact else name in s["name"])]
        if rtype:
            sets = [s for s in sets if s["type"] == rtype]
        return Response(200, {"recordsets": sets[offset:offset + limit], "metadata": {"total_count": len(sets)},
                              "links": {"self": f"{self.base_url}{request.path}"}})

    def _show(self, request: Request) -> Response:
        found = self._find(request.params["recordset_id"])
        return Response(200, found) if found else _dns_error(404, "DNS.0004", "No record sets found.")

    def _create(self, request: Request) -> Response:
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return _dns_error(400, "DNS.0002", "Invalid request.")
        valid = self._valid(body)
        if isinstance(valid, Response):
            return valid
        name, rtype, ttl, values = valid
        if self.zone.find(name, rtype):
            return _dns_error(400, "DNS.0312", "This record set already exists.")
        self.set_ids.pop((name, rtype), None)     # a new set gets a new id
        self._rewrite(name, rtype, ttl, values)
        return Response(202, self._find(self._set_id(name, rtype)))

    def _update(self, request: Request) -> Response:
        found = self._find(request.params["recordset_id"])
        if found is None or found["type"] == "SOA":
            return _dns_error(404, "DNS.0004", "No record sets found.")
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return _dns_error(400, "DNS.0002", "Invalid request.")
        body.setdefault("name", found["name"])
        body.setdefault("type", found["type"])
        valid = self._valid(body)
        if isinstance(valid, Response):
            return valid
        name, rtype, ttl, values = valid
        if (name + ".", rtype) != (found["name"], found["type"]):
            return _dns_error(400, "DNS.0002", "The name and type of a record set cannot change.")
        self._rewrite(name, rtype, ttl, values)
        return Response(202, self._find(found["id"]))

    def _delete(self, request: Request) -> Response:
        found = self._find(request.params["recordset_id"])
        if found is None or found["type"] == "SOA":
            return _dns_error(404, "DNS.0004", "No record sets found.")
        name = found["name"].rstrip(".")
        for record in self.zone.find(name, found["type"]):
            self.zone.delete(record.id)
        return Response(202, found)
