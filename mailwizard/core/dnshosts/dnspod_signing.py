"""Tencent Cloud API 3.0 request signing, TC3-HMAC-SHA256 (签名方法 v3), for the DNSPod API.

Steps as documented (https://cloud.tencent.com/document/api/1427/56189, "签名方法 v3") and as the official SDK
does them (tencentcloud-sdk-python-common, ``AbstractClient._get_tc3_signature`` and ``Sign.sign_tc3``):

1. canonical request: ``POST\\n/\\n\\ncontent-type:<ct>\\nhost:<host>\\n\\ncontent-type;host\\n<sha256(body)>``
   (an empty query string for POST; only ``content-type`` and ``host`` are signed);
2. string to sign: ``TC3-HMAC-SHA256\\n<timestamp>\\n<date>/<service>/tc3_request\\n<sha256(canonical)>``, the
   date being the UTC day of the timestamp;
3. signing key: HMAC-SHA256 chain ``"TC3"+SecretKey`` → date → service → ``"tc3_request"``; signature = hex HMAC of
   the string to sign;
4. ``Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request, SignedHeaders=content-type;host,
   Signature=<signature>``.

The server refuses a timestamp more than five minutes from its clock (AuthFailure.SignatureExpire,
https://cloud.tencent.com/document/api/1427/56192). Nothing here logs or keeps the secret key."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

ALGORITHM = "TC3-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host"
JSON = "application/json"     # what the SDK sends for a POST with a JSON body


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def utc_date(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def canonical_request(*, method: str, path: str, query: str, content_type: str, host: str, body: bytes) -> str:
    headers = f"content-type:{content_type}\nhost:{host}\n"
    return "\n".join((method, path, query, headers, SIGNED_HEADERS, _sha256_hex(body)))


def string_to_sign(canonical: str, *, timestamp: int, service: str) -> str:
    scope = f"{utc_date(timestamp)}/{service}/tc3_request"
    return "\n".join((ALGORITHM, str(timestamp), scope, _sha256_hex(canonical.encode("utf-8"))))


def signature(secret_key: str, to_sign: str, *, timestamp: int, service: str) -> str:
    key = _hmac(("TC3" + secret_key).encode("utf-8"), utc_date(timestamp))
    key = _hmac(key, service)
    key = _hmac(key, "tc3_request")
    return hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization(secret_id: str, secret_key: str, *, host: str, body: bytes, timestamp: int, service: str,
                  content_type: str = JSON, method: str = "POST", path: str = "/", query: str = "") -> str:
    canonical = canonical_request(method=method, path=path, query=query, content_type=content_type, host=host,
                                  body=body)
    sig = signature(secret_key, string_to_sign(canonical, timestamp=timestamp, service=service),
                    timestamp=timestamp, service=service)
    return (f"{ALGORITHM} Credential={secret_id}/{utc_date(timestamp)}/{service}/tc3_request, "
            f"SignedHeaders={SIGNED_HEADERS}, Signature={sig}")


def signed_headers(secret_id: str, secret_key: str, *, host: str, action: str, version: str, body: bytes,
                   timestamp: int, service: str, region: str = "") -> dict[str, str]:
    """Every header of one API 3.0 call (the common parameters travel as X-TC-* headers with signature v3)."""
    headers = {
        "Authorization": authorization(secret_id, secret_key, host=host, body=body, timestamp=timestamp,
                                       service=service),
        "Content-Type": JSON,
        "Host": host,
        "X-TC-Action": action,
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Version": version,
    }
    if region:
        headers["X-TC-Region"] = region
    return headers
