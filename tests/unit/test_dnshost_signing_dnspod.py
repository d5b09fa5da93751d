"""Our TC3-HMAC-SHA256 signer against the official Tencent Cloud SDK's own signing code, on the same inputs.

tencentcloud-sdk-python-common (test-only dependency) builds the request offline here: ``CommonClient`` →
``AbstractClient._build_req_with_tc3_signature`` with the clock fixed; nothing is sent."""

from __future__ import annotations

import json
from unittest import mock

import pytest
from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.http.request import RequestInternal

from mailwizard.core.dnshosts import dnspod_signing

SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"      # the documentation's example key pair
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
HOST = "dnspod.tencentcloudapi.com"


def sdk_request(action: str, params: dict, timestamp: int) -> RequestInternal:
    client = CommonClient("dnspod", "2021-03-23", credential.Credential(SECRET_ID, SECRET_KEY), "")
    request = RequestInternal(HOST, "POST", "/", header={})
    with mock.patch("time.time", return_value=timestamp):
        client._build_req_with_tc3_signature(action, params, request)
    return request


CASES = [
    ("DescribeRecordList", {"Domain": "example.com", "Offset": 0, "Limit": 3000}, 1_767_225_600),
    ("CreateRecord", {"Domain": "例子.中国", "SubDomain": "@", "RecordType": "TXT", "RecordLine": "默认",
                      "Value": "v=spf1 include:spf.protection.outlook.com -all", "TTL": 600}, 1_796_000_123),
    ("DeleteRecord", {"Domain": "example.com", "RecordId": 162}, 1_700_000_000),
]


@pytest.mark.parametrize(("action", "params", "timestamp"), CASES)
def test_authorization_equals_the_sdk(action: str, params: dict, timestamp: int) -> None:
    request = sdk_request(action, params, timestamp)
    body = request.data.encode("utf-8")
    assert json.loads(body) == params
    ours = dnspod_signing.signed_headers(SECRET_ID, SECRET_KEY, host=HOST, action=action, version="2021-03-23",
                                         body=body, timestamp=timestamp, service="dnspod")
    assert ours["Authorization"] == request.header["Authorization"]
    for name in ("Content-Type", "X-TC-Action", "X-TC-Timestamp", "X-TC-Version"):
        assert ours[name] == request.header[name], name


@pytest.mark.parametrize("change", ["body", "timestamp", "key", "host"])
def test_a_one_byte_change_gives_another_signature(change: str) -> None:
    action, params, timestamp = CASES[1]
    request = sdk_request(action, params, timestamp)
    body, key, host = request.data.encode("utf-8"), SECRET_KEY, HOST
    if change == "body":
        body = body.replace(b"600", b"601")
    elif change == "timestamp":
        timestamp += 1
    elif change == "key":
        key = key[:-1] + "F"
    else:
        host = "dnspod.tencentcloudapi.co"
    ours = dnspod_signing.authorization(SECRET_ID, key, host=host, body=body, timestamp=timestamp, service="dnspod")
    assert ours != request.header["Authorization"]
