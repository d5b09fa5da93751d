"""The DNS hosts MailWizard can write to: each data file's [api] table read and checked, its module imported only
when a connection is made, and every host module named by a data file speaking the protocol with the same
credential fields the form asks for."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest

from mailwizard.core.dnshosts.registry import HostRegistry, read_api

API = """
[api]
module = "nosuchhost"
fields = [{ key = "token", secret = true, label = { en = "API token", zh_CN = "API 令牌", zh_TW = "API 權杖" } }]
guide = { en = "1. Open the console.", zh_CN = "1. 打开控制台。", zh_TW = "1. 開啟主控台。" }
credential_url = "https://example.com/tokens"
guide_source = "https://example.com/docs/tokens"
"""
RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "dns_hosts"


def test_an_api_table_is_read_with_its_fields_and_guide() -> None:
    info = read_api("somehost", tomllib.loads(API))
    assert info.module == "nosuchhost" and info.field_keys() == ("token",)
    assert info.fields[0].secret and info.fields[0].label.get("zh_TW") == "API 權杖"
    assert info.guide.get("zh_CN") == "1. 打开控制台。" and info.credential_url == "https://example.com/tokens"
    assert info.secret_values({"token": "abc"}) == ["abc"]
    assert read_api("somehost", {}) is None  # no [api]: records are added by hand


@pytest.mark.parametrize("broken", [
    API.replace(', zh_TW = "API 權杖"', ""),                     # a label without one of the languages
    API.replace("https://example.com/tokens", "http://example.com/tokens"),  # not https
    API.replace('module = "nosuchhost"', 'module = "../evil"'),  # not a module name
    API.replace('fields = [', 'fields = [] #'),                   # no credential field
])
def test_a_broken_api_table_is_refused_naming_the_file(broken: str) -> None:
    with pytest.raises(ValueError, match=r"x\.toml"):
        read_api("x", tomllib.loads(broken), "x.toml")


def test_the_module_is_imported_only_when_connecting(tmp_path: Path) -> None:
    (tmp_path / "dns_hosts").mkdir()
    (tmp_path / "dns_hosts" / "somehost.toml").write_text(API, encoding="utf-8")
    hosts = HostRegistry(root=tmp_path)
    assert hosts.api_for("somehost").host_id == "somehost" and hosts.api_for("other") is None
    with pytest.raises(ModuleNotFoundError, match=r"mailwizard\.core\.dnshosts\.nosuchhost"):
        hosts.connect("somehost", {"token": "t"})
    with pytest.raises(LookupError):
        hosts.connect("other", {})


def test_every_host_with_an_api_has_a_module_that_asks_for_the_same_fields() -> None:
    hosts = HostRegistry(root=RESOURCES.parent)
    for host_id in hosts.hosts():
        info = hosts.api_for(host_id)
        module = importlib.import_module(f"mailwizard.core.dnshosts.{info.module}")
        assert tuple(module.CREDENTIAL_FIELDS) == info.field_keys(), host_id
        assert callable(module.connect), host_id
