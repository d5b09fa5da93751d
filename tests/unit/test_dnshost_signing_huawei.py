"""Our Huawei Cloud SDK-HMAC-SHA256 signer (core/dnshosts/huawei_signing.py) against the official SDK's
``huaweicloudsdkcore.signer.signer.Signer`` on the same inputs, offline."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from mailwizard.core.dnshosts import huawei_signing

signer_module = pytest.importorskip("huaweicloudsdkcore.signer.signer")
from huaweicloudsdkcore.sdk_request import SdkRequest  # noqa: E402

ZONE = "/v2/zones/ff8080825b8fc86c015b94bc6f8712c3/recordsets"
CASES = [
    ("GET", "/v2/zones", [("name", "example.com"), ("type", "public"), ("limit", "500")], b"", None),
    ("GET", ZONE, [("name", "中文.example.com."), ("marker", "a b*c/d+e"), ("limit", "500"),
                   ("offset", "0")], b"", None),
    ("POST", ZONE, [], json.dumps({"name": "example.com.", "type": "TXT", "ttl": 300,
                                   "records": ["\"v=spf1 include:spf.example.com -all\""]}).encode(),
     "application/json;charset=UTF-8"),
    ("PUT", ZONE + "/2c9eb155587228570158722b6ac30007", [("a", "2"), ("a", "1")],
     json.dumps({"records": ["\"中文 text\""]}, ensure_ascii=False).encode(), "application/json"),
    ("DELETE", ZONE + "/2c9eb155587228570158722b6ac30007", [], b"", None),
]


@pytest.mark.parametrize("case", range(len(CASES)))
@pytest.mark.parametrize("keys", [("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"),
                                  ("AK-中文", "SK with space 秘密")])
@pytest.mark.parametrize("project", [None, "0a5f2b8a3e00d2102f5ec0109e6bb0a6"])
def test_same_authorization_as_sdk(case: int, keys: tuple[str, str], project: str | None) -> None:
    method, path, query, body, content_type = CASES[case]
    headers = {"Host": "dns.myhuaweicloud.com", "X-Sdk-Date": "20261203T144000Z"}
    if content_type:
        headers["Content-Type"] = content_type
    if project:
        headers["X-Project-Id"] = project
        headers["X_Trace_Only"] = "not signed"   # the SDK leaves names with "_" out of the signature
    ours = huawei_signing.authorization(keys[0], keys[1], method, path, query, headers, body)
    request = SdkRequest(method=method, schema="https", host="dns.myhuaweicloud.com", resource_path=path,
                         query_params=[(k, v) for k, v in query], header_params=dict(headers), body=body or None)
    signed = signer_module.Signer(SimpleNamespace(ak=keys[0], sk=keys[1])).sign(request)
    assert ours == signed.header_params["Authorization"]


def test_sdk_adds_host_we_sign_it_too() -> None:
    headers = {"X-Sdk-Date": "20261203T144000Z"}
    request = SdkRequest(method="GET", schema="https", host="dns.myhuaweicloud.com", resource_path="/v2/zones",
                         query_params=[], header_params=dict(headers))
    signed = signer_module.Signer(SimpleNamespace(ak="ak", sk="sk")).sign(request)
    ours = huawei_signing.authorization("ak", "sk", "GET", "/v2/zones", [],
                                        {**headers, "Host": "dns.myhuaweicloud.com"}, b"")
    assert ours == signed.header_params["Authorization"]


def test_parse_authorization() -> None:
    value = huawei_signing.authorization("ak", "sk", "GET", "/", [], {"Host": "h", "X-Sdk-Date": "d"}, b"")
    parts = huawei_signing.parse_authorization(value)
    assert parts is not None and parts["Access"] == "ak" and parts["SignedHeaders"] == "host;x-sdk-date"
