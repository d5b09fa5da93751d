"""Cloudflare DNS through its API v4 with an API token (``Authorization: Bearer``).

Sources (checked 2026-12-03):
- Records: list ``GET /zones/{zone_id}/dns_records`` (``page``, ``per_page`` default 100, ``result_info.total_pages``),
  create ``POST``, edit ``PATCH /zones/{zone_id}/dns_records/{id}``, ``DELETE`` the same path —
  https://developers.cloudflare.com/api/resources/dns/subresources/records/ ; zones ``GET /zones?name=&status=active``
  — https://developers.cloudflare.com/api/resources/zones/methods/list/ . MX ``priority`` is its own field; ``ttl`` 1
  means automatic, else 60–86400 s (https://developers.cloudflare.com/dns/manage-dns-records/reference/ttl/).
- TXT ``content``: since 2024/2025 the schema says "must consist of quoted character strings (RFC 1035), each with a
  length of up to 255 bytes; strings exceeding this maximum are automatically split"
  (https://github.com/cloudflare/cloudflare-typescript/pull/1777); the API does not add the quotes itself and stores
  unquoted content as sent, with a warning in the dashboard (https://github.com/go-acme/lego/pull/2521,
  https://github.com/DNSControl/dnscontrol/issues/3172). So we send quoted 255-byte strings and read both forms.
- Errors, envelope ``{"success": false, "errors": [{"code", "message", "error_chain"?}]}``:
  6003 + 6111 "Invalid format for Authorization header" (https://github.com/kissgyorgy/cloudflare-dyndns/issues/40);
  9109 token refused, e.g. "Cannot use the access token from location" (https://github.com/jeessy2/ddns-go/issues/1341);
  10000 "Authentication error" (403) for a token without the permission
  (https://github.com/cloudflare/node-cloudflare/issues/99, https://github.com/cloudflare/cf-terraforming/issues/677) —
  told apart from a bad token with ``GET /user/tokens/verify`` ("This API Token is valid and active",
  https://github.com/putyourlightson/craft-cloudflare/issues/88); 7003 + 7000 "Could not route to …, perhaps your
  object identifier is invalid?" (https://github.com/cloudflare/cloudflare-go/issues/118); 81057 "Record already
  exists.", 81058 "An identical record already exists.", 81053 "An A, AAAA, or CNAME record with that host already
  exists." (https://github.com/NewFuture/DDNS/issues/21, https://github.com/jeessy2/ddns-go/issues/1378,
  https://github.com/cloudflare/terraform-provider-cloudflare/issues/1247); 81044 "Record does not exist."
  (https://github.com/zanjie1999/cloudflare-api-v4-ddns/issues/5); HTTP 429 with ``retry-after`` seconds after
  1200 requests per 5 minutes (https://developers.cloudflare.com/fundamentals/api/reference/limits/).
  (unconfirmed) the HTTP status of 9109 (403 seen) and the codes of a validation failure (1004 and 9xxx are taken
  as "the record's content is refused").
"""

from __future__ import annotations

import httpx

from mailwizard.core.dnshosts.api import (
    DnsHostError,
    Problem,
    ZoneRecord,
    mx_value,
    normal_name,
    normal_target,
    split_mx,
)

API = "https://api.cloudflare.com/client/v4"
CREDENTIAL_FIELDS = ("token",)
PER_PAGE = 100            # the documented default page size
GET_ATTEMPTS = 3          # reads may be retried after a dropped connection; changes never are

BAD_TOKEN = {6003, 6111, 9109, 1000}
RECORD_EXISTS = {81053, 81057, 81058}
ZONE_GONE = {7000, 7003}
RECORD_GONE = 81044


class _RecordGone(Exception):
    """81044: the record id is not (or no longer) in the zone."""


def connect(credential: dict[str, str], *, base_url: str | None = None) -> CloudflareDns:
    token = credential.get("token", "").strip()
    if token.lower().startswith("bearer "):
        token = token[7:].strip()
    if base_url is None:
        from mailwizard.core.network import http_options

        client = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), **http_options())
    else:
        client = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), trust_env=False)
    return CloudflareDns(token, base_url or API, client)


class CloudflareDns:
    def __init__(self, token: str, base_url: str, client: httpx.AsyncClient) -> None:
        self._token, self._base, self._client = token, base_url.rstrip("/"), client

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- the protocol ---------------------------------------------------------------
    async def find_zone(self, domain: str) -> str:
        labels = a_label(domain).split(".")
        for start in range(0, max(len(labels) - 1, 1)):
            name = ".".join(labels[start:])
            answer = await self._call("GET", "/zones", params={"name": name, "status": "active"})
            for zone in answer.get("result") or []:
                if normal_name(zone.get("name", "")) == name:
                    return str(zone["id"])
        raise DnsHostError(Problem.ZONE_NOT_FOUND, f"no active zone for {a_label(domain)} in this account")

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        records: list[ZoneRecord] = []
        page = 1
        while True:
            answer = await self._call("GET", f"/zones/{zone}/dns_records", params={"page": page, "per_page": PER_PAGE})
            records.extend(from_cloudflare(item) for item in answer.get("result") or [])
            info = answer.get("result_info") or {}
            if page >= int(info.get("total_pages") or 1):
                return records
            page += 1

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        answer = await self._call("POST", f"/zones/{zone}/dns_records", body=to_cloudflare(record))
        return from_cloudflare(answer["result"])

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        body = to_cloudflare(new if new.extra else ZoneRecord(new.name, new.rtype, new.value, new.ttl, extra=old.extra))
        try:
            answer = await self._call("PATCH", f"/zones/{zone}/dns_records/{old.id}", body=body)
        except _RecordGone:
            raise DnsHostError(Problem.UNCERTAIN, f"81044 record {old.id} is no longer in the zone") from None
        return from_cloudflare(answer["result"])

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        try:
            await self._call("DELETE", f"/zones/{zone}/dns_records/{record.id}")
        except _RecordGone:
            return  # already gone: what a resumed run wants

    # --- HTTP and errors ---------------------------------------------------------------
    async def _call(self, method: str, path: str, *, params: dict | None = None, body: dict | None = None) -> dict:
        changing = method != "GET"
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        for attempt in range(1 if changing else GET_ATTEMPTS):
            try:
                response = await self._client.request(method, self._base + path, params=params, json=body,
                                                      headers=headers)
                break
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if changing or attempt == GET_ATTEMPTS - 1:
                    raise DnsHostError(Problem.UNREACHABLE, type(exc).__name__) from None
            except httpx.TransportError as exc:
                if changing:
                    raise DnsHostError(Problem.UNCERTAIN, f"{method} {path}: {type(exc).__name__}") from None
                if attempt == GET_ATTEMPTS - 1:
                    raise DnsHostError(Problem.UNREACHABLE, type(exc).__name__) from None
        return await self._read(response, changing)

    async def _read(self, response: httpx.Response, changing: bool) -> dict:
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        if not isinstance(answer, dict):
            answer = {}
        if response.status_code < 400 and answer.get("success", True):
            return answer
        errors = _errors(answer)
        codes = {code for code, _ in errors}
        detail = f"HTTP {response.status_code} " + "; ".join(f"{c} {m}" for c, m in errors)
        if response.status_code == 429 or 971 in codes:
            raise DnsHostError(Problem.RATE_LIMITED, detail, retry_after=_retry_after(response))
        if RECORD_GONE in codes:
            raise _RecordGone(detail)
        if codes & RECORD_EXISTS:
            raise DnsHostError(Problem.RECORD_EXISTS, detail)
        if codes & ZONE_GONE:
            raise DnsHostError(Problem.ZONE_NOT_FOUND, detail)
        if codes & BAD_TOKEN or response.status_code == 401:
            raise DnsHostError(Problem.BAD_CREDENTIAL, detail)
        if 10000 in codes or response.status_code == 403:
            problem = Problem.PERMISSION if await self._token_active() else Problem.BAD_CREDENTIAL
            raise DnsHostError(problem, detail)
        if response.status_code >= 500:
            raise DnsHostError(Problem.UNCERTAIN if changing else Problem.SERVICE, detail)
        if response.status_code == 404:
            raise DnsHostError(Problem.ZONE_NOT_FOUND, detail)
        raise DnsHostError(Problem.INVALID_RECORD, detail)

    async def _token_active(self) -> bool:
        """``GET /user/tokens/verify``: a valid, active token that was refused lacks a permission."""
        try:
            response = await self._client.get(self._base + "/user/tokens/verify",
                                              headers={"Authorization": f"Bearer {self._token}"})
            answer = response.json()
        except (httpx.HTTPError, ValueError):
            return False
        return response.status_code == 200 and isinstance(answer, dict) and \
            (answer.get("result") or {}).get("status") == "active"


def _errors(answer: dict) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for error in answer.get("errors") or []:
        if not isinstance(error, dict):
            continue
        for item in [error, *(error.get("error_chain") or [])]:
            try:
                found.append((int(item.get("code")), str(item.get("message", ""))[:200]))
            except (TypeError, ValueError):
                continue
    return found


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(float(response.headers.get("retry-after", "")), 0.0)
    except ValueError:
        return None


# --- records both ways ----------------------------------------------------------------------
def a_label(domain: str) -> str:
    name = normal_name(domain)
    try:
        return ".".join(label.encode("idna").decode("ascii") if not label.isascii() else label
                        for label in name.split("."))
    except UnicodeError:
        return name


def from_cloudflare(item: dict) -> ZoneRecord:
    rtype = str(item.get("type", "")).upper()
    content = str(item.get("content", ""))
    if rtype == "MX":
        value = mx_value(item.get("priority") or 0, content)
    elif rtype in ("CNAME", "NS"):
        value = normal_target(content)
    elif rtype in ("TXT", "SPF"):
        value = unquote_txt(content)
    else:
        value = content
    extra = []
    if rtype in ("A", "AAAA", "CNAME") and item.get("proxied") is not None:
        extra.append(("proxied", "true" if item["proxied"] else "false"))
    return ZoneRecord(normal_name(str(item.get("name", ""))), rtype, value, int(item.get("ttl") or 1),
                      str(item.get("id", "")), tuple(sorted(extra)))


def to_cloudflare(record: ZoneRecord) -> dict:
    body: dict = {"type": record.rtype, "name": a_label(record.name), "ttl": _ttl(record.ttl)}
    if record.rtype == "MX":
        priority, host = split_mx(record.value)
        body["content"], body["priority"] = host, priority
    elif record.rtype == "TXT":
        body["content"] = quote_txt(record.value)
    else:
        body["content"] = record.value
    proxied = dict(record.extra).get("proxied")
    if proxied is not None and record.rtype in ("A", "AAAA", "CNAME"):
        body["proxied"] = proxied == "true"
    return body


def _ttl(ttl: int) -> int:
    return 1 if ttl == 1 else min(max(int(ttl), 60), 86400)


def quote_txt(text: str) -> str:
    """RFC 1035 character-strings, each at most 255 bytes (cut between characters), quotes and backslashes escaped."""
    chunks, current, size = [], "", 0
    for char in text:
        length = len(char.encode("utf-8"))
        if size + length > 255:
            chunks.append(current)
            current, size = "", 0
        current, size = current + char, size + length
    chunks.append(current)
    return " ".join('"' + c.replace("\\", "\\\\").replace('"', '\\"') + '"' for c in chunks)


def unquote_txt(content: str) -> str:
    """The text of quoted character-strings joined with nothing between them; unquoted content as it is."""
    text = content.strip()
    if not text.startswith('"'):
        return content
    out, i = bytearray(), 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        if text[i] != '"':
            return content
        i += 1
        while True:
            if i >= len(text):
                return content  # an unterminated string: not ours to guess
            char = text[i]
            if char == '"':
                i += 1
                break
            if char == "\\" and i + 1 < len(text):
                if text[i + 1:i + 4].isdigit() and len(text[i + 1:i + 4]) == 3:
                    out.append(int(text[i + 1:i + 4]) & 0xFF)
                    i += 4
                    continue
                char, i = text[i + 1], i + 1
            out.extend(char.encode("utf-8"))
            i += 1
    return out.decode("utf-8", "replace")
