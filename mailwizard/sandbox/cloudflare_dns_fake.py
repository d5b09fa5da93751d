"""Loopback fake of Cloudflare's API v4 for DNS records, over a ``HostedZone`` (so every change reaches the
loopback authoritative DNS server). Practice mode runs it inside the app (``accept_any_token=True``: any token
works and nothing leaves the computer), so it imports nothing from the tests and nothing from core.

    fake = CloudflareDnsFake(hosted, credential={"token": "x" * 40}, read_only=False, delay=0.0).start()
    fake.base_url  # pass as connect(..., base_url=fake.base_url)
    fake.inject(CloudflareDnsFake.rate_limit(retry_after=3, method="POST")); fake.requests; fake.stop()

Shapes and codes as cited in ``mailwizard.core.dnshosts.cloudflare``. Stricter than the real service where it was
not confirmed (marked "(unconfirmed)"): an unknown body field is refused (400, 9207), TXT content with broken
quoting is refused (1004), an A/AAAA/CNAME clash answers 81053 whatever the other record's type.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from mailwizard.sandbox.fake_http import FakeHttpServer, Fault, Request, Response
from mailwizard.sandbox.hosted_zone import HostedRecord, HostedZone

TOKEN_FORMAT = re.compile(r"^[A-Za-z0-9_-]{40}$")     # Cloudflare tokens are 40 characters (unconfirmed charset)
RECORD_FIELDS = {"type", "name", "content", "ttl", "priority", "proxied", "comment", "tags", "settings", "id"}
TYPES = {"A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"}
LIST_QUERY = {"page", "per_page", "type", "name", "content", "order", "direction", "match"}
PROXIABLE = {"A", "AAAA", "CNAME"}


class CfError(Exception):
    def __init__(self, status: int, code: int, message: str, chain: tuple[tuple[int, str], ...] = ()) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.chain = status, code, message, chain


def _fail(error: CfError) -> Response:
    item: dict = {"code": error.code, "message": error.message}
    if error.chain:
        item["error_chain"] = [{"code": c, "message": m} for c, m in error.chain]
    return Response(error.status, {"success": False, "errors": [item], "messages": [], "result": None})


def _ok(result, info: dict | None = None) -> Response:
    body = {"success": True, "errors": [], "messages": [], "result": result}
    if info is not None:
        body["result_info"] = info
    return Response(200, body)


def _invalid(message: str, code: int = 9000) -> CfError:
    return CfError(400, 1004, "DNS Validation Error", ((code, message),))  # (unconfirmed) chain codes


class CloudflareDnsFake(FakeHttpServer):
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones: Iterable[str] | None = None,
                 read_only: bool = False, delay: float = 0.0, accept_any_token: bool = False) -> None:
        super().__init__()
        self.zone = zone
        self.token = credential.get("token", "")
        self.allowed = None if allowed_zones is None else {z.rstrip(".").lower() for z in allowed_zones}
        self.read_only, self.accept_any_token = read_only, accept_any_token
        self.latency = delay
        self.zone_id = hashlib.md5(zone.apex.encode()).hexdigest()
        self._raw: dict[str, tuple[str, str]] = {}   # record id → (value it was stored for, content as sent)
        self._stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        base = "/client/v4"
        self._on("GET", base + "/user/tokens/verify", self._verify, auth=False)
        self._on("GET", base + "/zones", self._zones)
        self._on("GET", base + "/zones/{zone}/dns_records", self._list)
        self._on("POST", base + "/zones/{zone}/dns_records", self._create)
        for method in ("PATCH", "PUT"):
            self._on(method, base + "/zones/{zone}/dns_records/{record}", self._edit)
        self._on("DELETE", base + "/zones/{zone}/dns_records/{record}", self._delete)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/client/v4"

    @staticmethod
    def rate_limit(*, retry_after: int = 1, times: int = 1, path: str = "", method: str | None = None) -> Fault:
        return Fault.status(429, _fail(CfError(429, 971, "Please wait and consider throttling your request speed"))
                            .body, headers={"Retry-After": str(retry_after)}, times=times, path=path, method=method)

    def throttled(self) -> Response:
        response = _fail(CfError(429, 971, "Please wait and consider throttling your request speed"))
        response.headers["Retry-After"] = "1"
        return response

    def not_found(self, request: Request) -> Response:
        return _fail(CfError(400, 7003, f"Could not route to {request.path}, perhaps your object identifier is "
                                        "invalid?", ((7000, "No route for that URI"),)))

    # --- plumbing -----------------------------------------------------------------------------
    def _on(self, method: str, pattern: str, handler: Callable[[Request], Response], auth: bool = True) -> None:
        def run(request: Request) -> Response:
            try:
                if auth:
                    self._authenticate(request)
                    if "zone" in request.params:
                        self._zone_access(request)
                return handler(request)
            except CfError as error:
                return _fail(error)

        self.route(method, pattern, run)

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization")
        if header is None:
            raise CfError(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers")  # (unconfirmed)
        token = request.bearer
        if not token or (not self.accept_any_token and not TOKEN_FORMAT.match(token)):
            raise CfError(400, 6003, "Invalid request headers", ((6111, "Invalid format for Authorization header"),))
        if not self.accept_any_token and token != self.token:
            raise CfError(403, 9109, "Invalid access token")  # (unconfirmed) message and status

    def _visible(self) -> bool:
        return self.allowed is None or self.zone.apex in self.allowed

    def _zone_access(self, request: Request) -> None:
        if request.params["zone"] != self.zone_id:
            raise CfError(400, 7003, f"Could not route to {request.path}, perhaps your object identifier is "
                                     "invalid?", ((7000, "No route for that URI"),))
        if not self._visible() or (self.read_only and request.method != "GET"):
            raise CfError(403, 10000, "Authentication error")

    # --- endpoints ----------------------------------------------------------------------------
    def _verify(self, request: Request) -> Response:
        token = request.bearer
        if not token or (not self.accept_any_token and token != self.token):
            return _fail(CfError(401, 1000, "Invalid API Token"))  # (unconfirmed) code and status
        return Response(200, {"success": True, "errors": [], "result": {"id": "f" * 32, "status": "active"},
                              "messages": [{"code": 10000, "message": "This API Token is valid and active",
                                            "type": None}]})

    def _zones(self, request: Request) -> Response:
        name, status = request.arg("name"), request.arg("status")
        page, per_page = self._paging(request, default=20, low=5, high=50)
        zones = []
        if self._visible() and (name is None or name.lower() == self.zone.apex) and status in (None, "active"):
            zones.append({"id": self.zone_id, "name": self.zone.apex, "status": "active", "paused": False,
                          "type": "full", "name_servers": ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"]})
        return self._page(zones, page, per_page)

    def _list(self, request: Request) -> Response:
        unknown = set(request.query) - LIST_QUERY
        if unknown:
            raise CfError(400, 9207, f"Unknown query parameter: {sorted(unknown)[0]}")  # (unconfirmed)
        page, per_page = self._paging(request, default=100, low=1, high=5_000_000)
        records = [r for r in self.zone.all()
                   if (request.arg("type") is None or r.rtype == request.arg("type").upper())
                   and (request.arg("name") is None or r.name == request.arg("name").rstrip(".").lower())]
        return self._page([self._out(r) for r in records], page, per_page)

    def _create(self, request: Request) -> Response:
        fields = self._body(request, required=("type", "name", "content"))
        rtype, name, value, ttl, extra, raw = self._checked(fields)
        self._clash(rtype, name, value, None)
        record = self.zone.add(name, rtype, value, ttl, **extra)
        if raw is not None:
            self._raw[record.id] = (value, raw)
        return _ok(self._out(record))

    def _edit(self, request: Request) -> Response:
        record = self._record(request)
        fields = self._body(request, required=("type", "name", "content") if request.method == "PUT" else ())
        merged = {"type": record.rtype, "name": record.name, "ttl": record.ttl, **self._current(record), **fields}
        rtype, name, value, ttl, extra, raw = self._checked(merged)
        self._clash(rtype, name, value, record.id)
        self.zone.update(record.id, name=name, rtype=rtype, value=value, ttl=ttl, **extra)
        if "proxied" not in extra:
            record.extra.pop("proxied", None)
        self._raw.pop(record.id, None)
        if raw is not None:
            self._raw[record.id] = (value, raw)
        return _ok(self._out(record))

    def _delete(self, request: Request) -> Response:
        record = self._record(request)
        self.zone.delete(record.id)
        self._raw.pop(record.id, None)
        return _ok({"id": record.id})

    # --- helpers ------------------------------------------------------------------------------
    def _record(self, request: Request) -> HostedRecord:
        record = self.zone.records.get(request.params["record"])
        if record is None:
            raise CfError(404, 81044, "Record does not exist.")
        return record

    @staticmethod
    def _paging(request: Request, *, default: int, low: int, high: int) -> tuple[int, int]:
        try:
            page, per_page = int(request.arg("page", "1")), int(request.arg("per_page", str(default)))
        except ValueError:
            raise CfError(400, 1004, "Invalid page or per_page") from None  # (unconfirmed)
        if page < 1 or not low <= per_page <= high:
            raise CfError(400, 1004, "Invalid page or per_page")
        return page, per_page

    @staticmethod
    def _page(items: list, page: int, per_page: int) -> Response:
        chunk = items[(page - 1) * per_page: page * per_page]
        return _ok(chunk, {"page": page, "per_page": per_page, "count": len(chunk), "total_count": len(items),
                           "total_pages": math.ceil(len(items) / per_page)})

    @staticmethod
    def _body(request: Request, *, required: tuple[str, ...]) -> dict:
        try:
            body = request.json()
        except ValueError:
            raise CfError(400, 9207, "Request body is invalid.") from None  # (unconfirmed) code
        if not isinstance(body, dict):
            raise CfError(400, 9207, "Request body is invalid.")
        unknown = set(body) - RECORD_FIELDS
        if unknown:
            raise CfError(400, 9207, f"Request body is invalid: unknown field {sorted(unknown)[0]}")
        missing = [f for f in required if f not in body]
        if missing:
            raise _invalid(f"{missing[0]} is required")
        return body

    def _current(self, record: HostedRecord) -> dict:
        out = self._out(record)
        current = {"content": out["content"], "proxied": out["proxied"]}
        if "priority" in out:
            current["priority"] = out["priority"]
        return current

    def _checked(self, fields: dict) -> tuple[str, str, str, int, dict[str, str], str | None]:
        rtype = str(fields["type"]).upper()
        if rtype not in TYPES:
            raise _invalid("Invalid DNS record type", 9020)
        name = self._fqdn(fields["name"])
        content = fields["content"]
        if not isinstance(content, str) or not content.strip():
            raise _invalid("content is required", 9008)
        ttl = fields.get("ttl", 1)
        if not isinstance(ttl, int) or isinstance(ttl, bool) or not (ttl == 1 or 60 <= ttl <= 86400):
            raise CfError(400, 9021, "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.")
        extra: dict[str, str] = {}
        proxied = fields.get("proxied")
        if proxied is not None:
            if not isinstance(proxied, bool):
                raise _invalid("proxied must be a boolean", 9003)
            if proxied and rtype not in PROXIABLE:
                raise CfError(400, 9004, "This record type cannot be proxied.")  # (unconfirmed) code
            if proxied:
                extra["proxied"] = "true"  # kept only when on, so a record restored as it was compares equal
        raw = None
        if rtype == "MX":
            priority = fields.get("priority")
            if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 65535:
                raise _invalid("MX records require a priority between 0 and 65535", 9102)
            value = f"{priority} {self._host(content)}"
        elif rtype in ("CNAME", "NS"):
            value = self._host(content)
        elif rtype == "TXT":
            value, raw = self._txt(content)
        elif rtype == "A":
            try:
                ipaddress.IPv4Address(content)
            except ValueError:
                raise CfError(400, 9005, "Content for A record must be a valid IPv4 address.") from None
            value = content
        else:
            value = content
        return rtype, name, value, ttl, extra, raw

    def _fqdn(self, name) -> str:
        if not isinstance(name, str) or not name or not name.isascii():
            raise _invalid("DNS record name must be in Punycode", 9007)
        name = name.rstrip(".").lower()
        apex = self.zone.apex
        if name == "@" or name == apex:
            return apex
        return name if name.endswith("." + apex) else f"{name}.{apex}"

    @staticmethod
    def _host(content: str) -> str:
        host = content.strip().rstrip(".").lower()
        if not re.fullmatch(r"[a-z0-9_*]([a-z0-9_.-]*[a-z0-9])?", host):
            raise _invalid(f"Invalid hostname: {content}", 9006)
        return host

    @staticmethod
    def _txt(content: str) -> tuple[str, str]:
        """Quoted character-strings → (joined text, content split at 255 bytes); unquoted content kept as sent."""
        if not content.lstrip().startswith('"'):
            return content, content
        strings: list[bytes] = []
        for match in re.finditer(r'\s*"((?:[^"\\]|\\.)*)"\s*|(.)', content, flags=re.S):
            if match.group(2) is not None:
                raise _invalid("TXT content must be quoted character strings", 9011)  # (unconfirmed)
            piece = re.sub(r"\\(\d{3}|.)", lambda m: chr(int(m.group(1))) if m.group(1).isdigit() else m.group(1),
                           match.group(1), flags=re.S)
            data = piece.encode("utf-8")
            strings.extend(data[i:i + 255] for i in range(0, len(data), 255))
        text = b"".join(strings).decode("utf-8", "replace")
        escaped = (s.decode("utf-8", "replace").replace("\\", "\\\\").replace('"', '\\"') for s in strings)
        return text, " ".join(f'"{s}"' for s in escaped)

    def _clash(self, rtype: str, name: str, value: str, own_id: str | None) -> None:
        for other in self.zone.all():
            if other.id == own_id or other.name != name:
                continue
            if other.rtype == rtype and other.value == value:
                raise CfError(400, 81058, "An identical record already exists.")
            if rtype == "CNAME" or other.rtype == "CNAME":
                raise CfError(400, 81053, "An A, AAAA, or CNAME record with that host already exists.")

    def _out(self, record: HostedRecord) -> dict:
        out: dict = {"id": record.id, "zone_id": self.zone_id, "zone_name": self.zone.apex, "name": record.name,
                     "type": record.rtype, "ttl": record.ttl, "proxiable": record.rtype in PROXIABLE,
                     "proxied": record.extra.get("proxied") == "true", "locked": False, "comment": None, "tags": [],
                     "settings": {}, "meta": {}, "created_on": self._stamp, "modified_on": self._stamp}
        if record.rtype == "MX":
            priority, host = record.value.split(None, 1)
            out["priority"], out["content"] = int(priority), host
        elif record.rtype == "TXT":
            stored = self._raw.get(record.id)
            if stored is not None and stored[0] == record.value:
                out["content"] = stored[1]
            else:  # made outside the API (a seeded zone): shown as the dashboard now stores it, quoted
                data = record.value.encode("utf-8")
                parts = [data[i:i + 255] for i in range(0, len(data), 255)] or [b""]
                out["content"] = " ".join('"' + p.decode("utf-8", "replace").replace("\\", "\\\\")
                                          .replace('"', '\\"') + '"' for p in parts)
        else:
            out["content"] = record.value
        return out
