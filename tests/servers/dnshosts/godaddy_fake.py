"""Loopback fake of GoDaddy's Domains API v1 DNS-record calls over a ``HostedZone``: records in (type, name)
sets without ids, ``sso-key KEY:SECRET`` checked, the 2024 refusal of small accounts (``account_refused``),
offset/limit paging, duplicates and validation refused (422), throttling (429 with ``retryAfterSec``).

    fake = GoDaddyDnsFake(hosted, credential={"key": "k", "secret": "s"}, account_refused=False, delay=0.0)

Shapes and codes as cited in ``mailwizard.core.dnshosts.godaddy``. GoDaddy keys carry no per-permission scope:
``read_only`` answers writes with the account refusal's 403 ACCESS_DENIED (unconfirmed that any key ever gets this).
Stricter than confirmed (unconfirmed): unknown body fields refused, TXT data over 1024
characters refused (GoDaddy's help states that limit for its DNS page), an empty set answers 404 NOT_FOUND.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mailwizard.sandbox.fake_http import FakeHttpServer, Fault, Request, Response
from mailwizard.sandbox.hosted_zone import HostedRecord, HostedZone

TYPES = {"A", "AAAA", "CNAME", "MX", "NS", "SOA", "SRV", "TXT"}
RECORD_KEYS = {"data", "name", "port", "priority", "protocol", "service", "ttl", "type", "weight"}
SET_KEYS = RECORD_KEYS - {"name", "type"}
MAX_PAGE = 500
TXT_MAX = 1024


class GdError(Exception):
    def __init__(self, status: int, code: str, message: str, **extra) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def _fail(error: GdError) -> Response:
    return Response(error.status, {"code": error.code, "message": error.message, **error.extra})


def _invalid(message: str, path: str = "records") -> GdError:
    return GdError(422, "INVALID_BODY", "Request body doesn't fulfill schema, see details in `fields`",
                   fields=[{"code": "UNEXPECTED_TYPE", "message": message, "path": path}])


class GoDaddyDnsFake(FakeHttpServer):
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones: Iterable[str] | None = None,
                 read_only: bool = False, delay: float = 0.0, account_refused: bool = False) -> None:
        super().__init__()
        self.zone = zone
        self.key, self.secret = credential.get("key", ""), credential.get("secret", "")
        self.allowed = None if allowed_zones is None else {z.rstrip(".").lower() for z in allowed_zones}
        self.read_only, self.account_refused = read_only, account_refused
        self.latency = delay
        base = "/v1/domains/{domain}/records"
        self._on("GET", base, self._list)
        self._on("GET", base + "/{type}", self._list)
        self._on("GET", base + "/{type}/{name}", self._list)
        self._on("PATCH", base, self._add)
        self._on("PUT", base + "/{type}/{name}", self._replace)
        self._on("DELETE", base + "/{type}/{name}", self._delete)

    @staticmethod
    def rate_limit(*, retry_after: int = 30, times: int = 1, path: str = "", method: str | None = None) -> Fault:
        return Fault.status(429, {"code": "TOO_MANY_REQUESTS", "message": "Too many requests received within interval",
                                  "retryAfterSec": retry_after}, times=times, path=path, method=method)

    def throttled(self) -> Response:
        return _fail(GdError(429, "TOO_MANY_REQUESTS", "Too many requests received within interval", retryAfterSec=1))

    def not_found(self, request: Request) -> Response:
        return _fail(GdError(404, "NOT_FOUND", f"No route for {request.method} {request.path}"))

    # --- plumbing -----------------------------------------------------------------------------
    def _on(self, method: str, pattern: str, handler: Callable[[Request], Response]) -> None:
        def run(request: Request) -> Response:
            try:
                self._authenticate(request)
                if request.params["domain"].lower() != self.zone.apex or \
                        (self.allowed is not None and self.zone.apex not in self.allowed):
                    raise GdError(404, "UNKNOWN_DOMAIN",
                                  "The given domain is not registered, or does not have a zone file")
                if self.read_only and method != "GET":
                    raise GdError(403, "ACCESS_DENIED", "Authenticated user is not allowed access")
                return handler(request)
            except GdError as error:
                return _fail(error)

        self.route(method, pattern, run)

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        if not header:
            raise GdError(401, "MISSING_CREDENTIALS", "Unauthorized : Credentials must be specified")  # (unconfirmed)
        scheme, _, pair = header.partition(" ")
        key, colon, secret = pair.partition(":")
        if scheme != "sso-key" or not colon or not key or not secret:
            raise GdError(401, "MALFORMED_CREDENTIALS", "Unauthorized : Malformed credentials")  # (unconfirmed)
        if (key, secret) != (self.key, self.secret):
            raise GdError(401, "UNABLE_TO_AUTHENTICATE", "Unauthorized : Could not authenticate API key/secret")
        if self.account_refused:
            raise GdError(403, "ACCESS_DENIED", "Authenticated user is not allowed access")

    # --- endpoints ----------------------------------------------------------------------------
    def _list(self, request: Request) -> Response:
        rtype, name = request.params.get("type"), request.params.get("name")
        if rtype is not None and rtype not in TYPES:
            raise _invalid(f"type must be one of {sorted(TYPES)}", "type")
        try:
            offset = int(request.arg("offset", "0"))
            limit = int(request.arg("limit", str(MAX_PAGE)))
        except ValueError:
            raise _invalid("offset and limit must be integers", "offset") from None
        if offset < 0 or not 1 <= limit <= MAX_PAGE:
            raise _invalid(f"limit must be 1..{MAX_PAGE}", "limit")
        records = [r for r in self.zone.all() if (rtype is None or r.rtype == rtype)
                   and (name is None or r.name == self._fqdn(name))]
        return Response(200, [self._out(r) for r in records[offset:offset + limit]])

    def _add(self, request: Request) -> Response:
        items = self._items(request, RECORD_KEYS, ("data", "name", "type"))
        new = [self._checked(item["type"], self._fqdn(item["name"]), item) for item in items]
        self._no_duplicates(new, replacing=None)
        for rtype, name, value, ttl in new:
            self.zone.add(name, rtype, value, ttl)
        return Response(200, b"")

    def _replace(self, request: Request) -> Response:
        rtype, name = request.params["type"], self._fqdn(request.params["name"])
        if rtype not in TYPES:
            raise _invalid(f"type must be one of {sorted(TYPES)}", "type")
        items = self._items(request, SET_KEYS, ("data",))
        new = [self._checked(rtype, name, item) for item in items]
        self._no_duplicates(new, replacing=(rtype, name))
        for old in self.zone.find(name, rtype):
            self.zone.delete(old.id)
        for rtype_, name_, value, ttl in new:
            self.zone.add(name_, rtype_, value, ttl)
        return Response(200, b"")

    def _delete(self, request: Request) -> Response:
        rtype, name = request.params["type"], self._fqdn(request.params["name"])
        found = self.zone.find(name, rtype)
        if not found:
            raise GdError(404, "NOT_FOUND", f"No {rtype} records found for {request.params['name']}")  # (unconfirmed)
        for old in found:
            self.zone.delete(old.id)
        return Response(204, b"")

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _items(request: Request, allowed: set[str], required: tuple[str, ...]) -> list[dict]:
        try:
            items = request.json()
        except ValueError:
            raise _invalid("body must be JSON") from None
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            raise _invalid("body must be a non-empty array of records")
        for n, item in enumerate(items):
            unknown = set(item) - allowed
            if unknown:
                raise _invalid(f"unknown property {sorted(unknown)[0]}", f"records[{n}]")
            missing = [k for k in required if k not in item]
            if missing:
                raise _invalid(f"{missing[0]} is required", f"records[{n}].{missing[0]}")
        return items

    def _checked(self, rtype: str, name: str, item: dict) -> tuple[str, str, str, int]:
        if rtype not in TYPES:
            raise _invalid(f"type must be one of {sorted(TYPES)}", "type")
        data, ttl = item["data"], item.get("ttl", 3600)
        if not isinstance(data, str) or not data:
            raise _invalid("data must be a non-empty string", "data")
        if not isinstance(ttl, int) or isinstance(ttl, bool) or not 1 <= ttl <= 604800:
            raise _invalid("ttl must be a positive integer up to 604800", "ttl")  # swagger: integer-positive
        if rtype == "TXT" and len(data) > TXT_MAX:
            raise _invalid(f"TXT data must be at most {TXT_MAX} characters", "data")
        if rtype == "MX":
            priority = item.get("priority")
            if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 65535:
                raise _invalid("MX records need a priority", "priority")
            return rtype, name, f"{priority} {self._target(data)}", ttl
        if rtype in ("CNAME", "NS"):
            return rtype, name, self._target(data), ttl
        return rtype, name, data, ttl

    def _no_duplicates(self, new: list[tuple[str, str, str, int]], replacing: tuple[str, str] | None) -> None:
        seen = {(r.rtype, r.name, r.value) for r in self.zone.all() if (r.rtype, r.name) != replacing}
        names_with_cname = {r.name for r in self.zone.all() if r.rtype == "CNAME" and (r.rtype, r.name) != replacing}
        names = {r.name for r in self.zone.all() if (r.rtype, r.name) != replacing}
        for rtype, name, value, _ in new:
            if (rtype, name, value) in seen:
                raise GdError(422, "DUPLICATE_RECORD", "Another record with the same attributes already exists")
            if name in names_with_cname or (rtype == "CNAME" and name in names):
                raise GdError(422, "CONFLICTING_RECORD", "A CNAME record cannot share its name with other records")
            seen.add((rtype, name, value))
            names.add(name)

    def _fqdn(self, relative: str) -> str:
        relative = relative.lower()
        if relative.endswith(".") or relative.startswith("."):
            raise _invalid("name must not start or end with a dot", "name")
        return self.zone.apex if relative == "@" else f"{relative}.{self.zone.apex}"

    def _target(self, data: str) -> str:
        return self.zone.apex if data.strip() == "@" else data.strip().rstrip(".").lower()

    def _relative(self, name: str) -> str:
        return "@" if name == self.zone.apex else name[: -len(self.zone.apex) - 1]

    def _out(self, record: HostedRecord) -> dict:
        out: dict = {"data": record.value, "name": self._relative(record.name), "ttl": record.ttl, "type": record.rtype}
        if record.rtype == "MX":
            priority, host = record.value.split(None, 1)
            out["data"], out["priority"] = host, int(priority)
        if record.rtype in ("CNAME", "MX", "NS") and out["data"] == self.zone.apex:
            out["data"] = "@"  # the apex as GoDaddy's DNS page writes it (unconfirmed for the API)
        return out
