"""Practice mode cannot reach a real provider: its provider refuses any endpoint off this computer."""

from __future__ import annotations

import pytest

from mailwizard.core.providers.alibaba import AlibabaEndpoints
from mailwizard.core.providers.base import NotConnected
from mailwizard.core.providers.practice import PracticeProvider


def test_the_practice_provider_refuses_real_hosts() -> None:
    real, sandbox = AlibabaEndpoints.at(None), AlibabaEndpoints.at("http://127.0.0.1:9")
    mixed = (AlibabaEndpoints(sandbox.token_url, real.api), AlibabaEndpoints(real.token_url, sandbox.api))
    for endpoints in (real, *mixed):
        with pytest.raises(NotConnected):  # one real host is one too many
            PracticeProvider("practice-app", "practice-secret", endpoints)


def test_the_practice_provider_accepts_the_sandbox() -> None:
    provider = PracticeProvider("practice-app", "practice-secret", AlibabaEndpoints.at("http://127.0.0.1:9"))
    assert provider.id == "practice" and "practice-secret" not in repr(provider)
