"""The console steps for shared addresses and aliases of Tencent Exmail, Alibaba Mail, practice, West Digital and
35.com (resources/shared/<provider id>.toml): each part in the three languages, step for step, with its source; the
providers without an API for it (West Digital, 35.com) get them from the session, the others make both through their
API (profiles' open_shared)."""

from __future__ import annotations

import re

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.members.shared_suggest import console_steps
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store

PROVIDERS = ("tencent", "alibaba", "practice", "west", "35com")
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("provider_id", PROVIDERS)
def test_each_part_has_its_steps_in_three_languages_with_a_source(provider_id: str) -> None:
    steps = console_steps(provider_id)
    # outside: letting people outside the company mail a group, where the API cannot (Alibaba's who-may-send)
    assert set(steps) == {"groups", "aliases"} | ({"outside"} if provider_id in ("alibaba", "practice") else set())
    for part in steps.values():
        en, zh_cn, zh_tw = (part.for_language(lang) for lang in ("en", "zh_CN", "zh_TW"))
        assert len(en) >= 3 and len(en) == len(zh_cn) == len(zh_tw)
        assert part.steps.keys() == {"en", "zh_CN", "zh_TW"}  # none falls back to English
        assert all(HAN.search(line) for line in zh_cn + zh_tw)
        assert zh_cn != zh_tw  # Traditional characters, not the Simplified text again
        assert part.source.startswith("http") and part.unconfirmed  # nothing here is from the console itself


@pytest.mark.parametrize("provider_id", ["west", "35com"])
def test_without_an_api_the_session_gives_the_console_steps(tmp_path, provider_id: str) -> None:
    assert profile_for(provider_id).open_shared is None
    session = Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step))
    session.update(provider_id=provider_id, domain="example.com")
    assert session.shared.support() is None
    steps = session.shared.console_steps("zh_TW")
    assert steps == {**{part: console_steps(provider_id)[part].for_language("zh_TW") for part in ("groups", "aliases")},
                     "outside": []}
    assert steps["groups"] and steps["aliases"]


@pytest.mark.parametrize("provider_id", ["tencent", "alibaba", "practice"])
def test_with_an_api_both_parts_are_made_through_it_and_no_steps_are_shown(tmp_path, provider_id: str) -> None:
    session = Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step))
    session.update(provider_id=provider_id, domain="example.com")
    support = session.shared.support()  # known before signing in
    assert support is not None and support.groups and support.aliases and support.members_listed
    assert support.outside_mail is (provider_id == "tencent")  # Alibaba's who-may-send: a console step
    assert support.aliases_per_user == (5 if provider_id == "tencent" else None)
    outside = [] if support.outside_mail else console_steps(provider_id)["outside"].for_language("en")
    assert session.shared.console_steps("en") == {"groups": [], "aliases": [], "outside": outside}
    assert support.outside_mail or any("outside the company" in step for step in outside)
