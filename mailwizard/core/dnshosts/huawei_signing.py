"""Huawei Cloud APIG AK/SK request signing (``SDK-HMAC-SHA256``), as huaweicloudsdkcore's ``Signer`` does.

Algorithm: https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-algorithm-002.html (canonical request)
and …/api-sign-algorithm-003.html (string to sign: "SDK-HMAC-SHA256\\n" + X-Sdk-Date + "\\n" + hex SHA-256 of the
canonical request; signature = hex HMAC-SHA256 with the SK). Details follow the official SDK
(huaweicloudsdkcore/signer/signer.py): the canonical URI is each unquoted path segment percent-encoded with "~"
kept and a "/" appended when missing; the query sorted by (name, value), both encoded the same way; every header
whose name has no "_" is signed, lower-cased, value trimmed; the payload hash is the body's hex SHA-256
(the empty-string hash for no body). Checked against ``Signer.sign`` in tests/unit/test_dnshost_signing_huawei.py."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote, unquote

from mailwizard.core.dnshosts.authorization import split_authorization

ALGORITHM = "SDK-HMAC-SHA256"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"


def encode(value: str) -> str:
    return quote(value, safe="~")


def canonical_uri(path: str) -> str:
    uri = "/".join(encode(segment) for segment in unquote(path).split("/"))
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(query: list[tuple[str, str]]) -> str:
    return "&".join(f"{encode(k)}={encode(v)}" for k, v in sorted(query))


def signed_header_names(headers: dict[str, str]) -> list[str]:
    return sorted(k.lower() for k in headers if "_" not in k)


def canonical_request(method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str],
                      body: bytes) -> tuple[str, list[str]]:
    names = signed_header_names(headers)
    lowered = {k.lower(): str(v).strip() for k, v in headers.items()}
    lines = "".join(f"{name}:{lowered[name]}\n" for name in names)
    body_hash = hashlib.sha256(body or b"").hexdigest()
    return (f"{method.upper()}\n{canonical_uri(path)}\n{canonical_query(query)}\n{lines}\n"
            f"{';'.join(names)}\n{body_hash}"), names


def signature(sk: str, sdk_date: str, method: str, path: str, query: list[tuple[str, str]],
              headers: dict[str, str], body: bytes) -> tuple[str, list[str]]:
    request, names = canonical_request(method, path, query, headers, body)
    string_to_sign = f"{ALGORITHM}\n{sdk_date}\n{hashlib.sha256(request.encode('utf-8')).hexdigest()}"
    return hmac.new(sk.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest(), names


def authorization(ak: str, sk: str, method: str, path: str, query: list[tuple[str, str]],
                  headers: dict[str, str], body: bytes) -> str:
    """``headers`` must hold Host and X-Sdk-Date (and Content-Type when there is a body): all of them are signed."""
    sdk_date = next(v for k, v in headers.items() if k.lower() == "x-sdk-date")
    sig, names = signature(sk, sdk_date, method, path, query, headers, body)
    return f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(names)}, Signature={sig}"


def parse_authorization(value: str) -> dict[str, str] | None:
    """{"Access", "SignedHeaders", "Signature"} from an Authorization header, None when malformed."""
    return split_authorization(value, ALGORITHM, {"Access", "SignedHeaders", "Signature"})
