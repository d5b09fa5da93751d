"""The [api] tables of resources/dns_hosts/dnspod.toml and west.toml match their modules and speak three languages."""

from __future__ import annotations

import importlib
import tomllib

import pytest

from mailwizard.core.resources import resources_dir

LANGS = ("en", "zh_CN", "zh_TW")


@pytest.mark.parametrize("host", ["dnspod", "west"])
def test_the_api_table(host: str) -> None:
    api = tomllib.loads((resources_dir() / "dns_hosts" / f"{host}.toml").read_text("utf-8"))["api"]
    module = importlib.import_module(f"mailwizard.core.dnshosts.{api['module']}")
    assert tuple(f["key"] for f in api["fields"]) == module.CREDENTIAL_FIELDS
    assert [f["secret"] for f in api["fields"]] == [False, True]
    for text in [api["guide"], *(f["label"] for f in api["fields"])]:
        assert set(text) == set(LANGS) and all(text[lang].strip() for lang in LANGS)
    steps = [api["guide"][lang].count("\n") for lang in LANGS]
    assert len(set(steps)) == 1 and steps[0] >= 3            # the same numbered steps in every language
    assert api["credential_url"].startswith("https://") and api["guide_source"].startswith("https://")
