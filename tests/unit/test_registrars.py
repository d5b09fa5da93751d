"""Registrar suggestions follow the domain's ending first, then the user's language."""

from __future__ import annotations

from mailwizard.core.registrars import load_registrars, registrars_for


def ids(language: str, domain: str | None = None) -> list[str]:
    return [r.id for r in registrars_for(language, load_registrars(), domain)]


def test_a_chinese_ending_needs_a_chinese_registrar_whatever_the_language() -> None:
    assert ids("en", "xn--fsqu00a.xn--fiqs8s")[:3] == ["aliyun", "tencent", "west"]
    assert ids("en", "example.cn")[0] == "aliyun"


def test_taiwan_endings_and_language() -> None:
    assert ids("en", "example.com.tw")[0] == "hinet"
    assert ids("zh_TW")[0] == "hinet"


def test_a_generic_ending_follows_the_language() -> None:
    assert ids("zh_CN", "example.com")[0] == "aliyun"
    assert ids("en", "example.com")[0] == "cloudflare"
    assert all(r.url.startswith("https://") for r in load_registrars())
