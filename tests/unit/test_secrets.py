"""Which of keyring's backends MailWizard uses: only the OS's own keychain, also from inside keyring's chainer."""

from __future__ import annotations

import keyring.backend
import pytest
from keyring.backends import SecretService, chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from mailwizard.core.secrets import keychain


def chainer_around(monkeypatch: pytest.MonkeyPatch, *backends) -> chainer.ChainerBackend:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(backends))
    return chainer.ChainerBackend()


@pytest.fixture
def secret_service_running():
    """As on a desktop with the Secret Service running (its priority probes D-Bus, which tests do not have)."""
    probe = SecretService.Keyring.__dict__["priority"]
    SecretService.Keyring.priority = 5
    yield
    SecretService.Keyring.priority = probe


def test_only_the_os_keychain_is_used_also_inside_keyrings_chainer(monkeypatch: pytest.MonkeyPatch,
                                                                   secret_service_running) -> None:
    service = SecretService.Keyring()
    assert keychain(service) is service
    # the chainer tries its backends in priority order and a file would take what the keychain refused
    assert keychain(chainer_around(monkeypatch, PlaintextKeyring(), service)) is service
    plain = PlaintextKeyring()
    for backend in (null.Keyring(), fail.Keyring(), plain, chainer_around(monkeypatch, plain)):
        assert keychain(backend) is None, backend
