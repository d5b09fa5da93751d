"""Practice mode cannot reach a real provider: its provider refuses any endpoint off this computer."""

from __future__ import annotations

import pytest

from mailwizard.core.providers.alibaba import AlibabaEndpoints
from mailwizard.core.providers.base import NotConnected
from mailwizard.core.providers.practice import PracticeProvider


def test_the_practice_provider_refuses_real_hosts() -> None:
    with pytest.raises(NotConnected):
        PracticeProvider("practice-app", "practice-secret", AlibabaEndpoints.at(None))


def test_the_practice_provider_accepts_the_sandbox() -> None:
    provider = PracticeProvider("practice-app", "practice-secret", AlibabaEndpoints.at("http://127.0.0.1:9"))
    assert provider.id == "practice" and "practice-secret" not in repr(provider)
