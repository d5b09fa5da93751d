"""No OS keychain (keyring's null or fail backend, a file backend, plain or inside keyring's chainer), or one
locked after the sign-in: the connection works for the session from memory, and no token reaches the disk."""

from __future__ import annotations

import asyncio
import getpass
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import SecretService, chainer, fail, null
from keyring.errors import KeyringLocked
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import KeyringStore, SessionSecrets, keychain
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.integration.provider_helpers import ScriptedBrowser, txt_lookup
from tests.servers.google_fake import GoogleFake

GOOGLE_APP = AppRegistration("test-client-id", "test-client-secret")
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def google():
    with LoopbackDns(Zone(zones={"com"})) as dns_server, GoogleFake(primary_domain="example-corp.com",
                                                                     dns_txt=txt_lookup(dns_server.port)) as fake:
        yield fake


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG folders in the test's own folder (where a file keyring would write), no terminal prompt
    answered, and keyring's own backend put back afterwards."""
    home = tmp_path / "home"
    home.mkdir()
    for name, value in (("HOME", home), ("XDG_DATA_HOME", home / ".local/share"),
                        ("XDG_CONFIG_HOME", home / ".config"), ("USERPROFILE", home), ("LOCALAPPDATA", home)):
        monkeypatch.setenv(name, str(value))

    def no_prompt(*_args, **_kwargs):
        prompts.append(_args)
        raise EOFError("a keyring asked for a password on the terminal")

    prompts: list = []
    monkeypatch.setattr(getpass, "getpass", no_prompt)
    previous = keyring.get_keyring()
    yield home
    keyring.set_keyring(previous)
    assert not prompts, "MailWizard made a keyring prompt on the terminal"


def chainer_around(monkeypatch: pytest.MonkeyPatch, *backends) -> chainer.ChainerBackend:
    """keyring's own chainer, chaining what keyring would find installed: here, only ``backends``."""
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(backends))
    return chainer.ChainerBackend()


def encrypted_file(monkeypatch: pytest.MonkeyPatch) -> EncryptedKeyring:
    """keyrings.alt's encrypted file, which asks for its password on the terminal (its cipher library is not
    needed to see that: the prompt comes first)."""
    monkeypatch.setattr(EncryptedKeyring, "_get_crypto_impl", staticmethod(lambda: {}))
    return EncryptedKeyring()


NO_KEYCHAIN = {
    "null (discards)": lambda _mp: null.Keyring(),
    "fail": lambda _mp: fail.Keyring(),
    "plaintext file": lambda _mp: PlaintextKeyring(),
    "encrypted file (prompts on the terminal)": encrypted_file,
    "chainer around a plaintext file": lambda mp: chainer_around(mp, PlaintextKeyring()),
}


def scan(folder: Path, secrets: set[str]) -> list[str]:
    blobs = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    return [s for s in secrets if s.encode() in blobs]


@pytest.mark.parametrize("backend", list(NO_KEYCHAIN))
def test_without_a_keychain_the_session_connects_from_memory_and_writes_nothing(
        google: GoogleFake, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str) -> None:
    keyring.set_keyring(NO_KEYCHAIN[backend](monkeypatch))
    assert keychain() is None
    secrets = SessionSecrets(KeyringStore())
    endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
    conns = Connections(secrets, endpoints, policy=FAST, rate=None)

    async def scenario():
        provider, account = await conns.connect("google", GOOGLE_APP, ScriptedBrowser(), "ok")
        google.expire_all_access_tokens()  # a refresh: the new token is kept for the session too
        users = await provider.list_users()
        await provider.close()
        again, account_again = await conns.restore("google")  # later in the same session
        await again.close()
        return account, users, account_again

    account, users, account_again = asyncio.run(scenario())
    assert account.email == account_again.email == "admin@example.com"
    assert isinstance(users, list)
    assert secrets.memory_only  # the session says the sign-in lasts until MailWizard closes
    tokens = set(google.issued_tokens()) | {GOOGLE_APP.client_secret}
    assert len(tokens) >= 4
    assert scan(tmp_path, tokens) == []  # nothing in HOME (where a file keyring writes) nor anywhere else


class LockingKeychain:
    """The Secret Service (GNOME Keyring, KWallet's) as keyring drives it, in memory: it takes the sign-in, then
    the user locks it (or its unlock prompt is dismissed) and reads, or reads and writes, are refused."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.locked_reads = self.locked_writes = False
        monkeypatch.setattr(SecretService.Keyring, "get_password", self.get_password)
        monkeypatch.setattr(SecretService.Keyring, "set_password", self.set_password)
        monkeypatch.setattr(SecretService.Keyring, "delete_password", lambda _self, s, u: self.items.pop((s, u)))

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked_reads:
            raise KeyringLocked("Failed to unlock the collection!")  # SecretService.Keyring's own words
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked_writes:
            raise KeyringLocked("Failed to unlock the collection!")
        self.items[(service, username)] = password


@pytest.mark.parametrize("locked", ["reads", "reads and writes"])
def test_a_keychain_locked_after_the_sign_in_keeps_the_sessions_connection(
        google: GoogleFake, home: Path, monkeypatch: pytest.MonkeyPatch, locked: str) -> None:
    store = LockingKeychain(monkeypatch)
    keyring.set_keyring(SecretService.Keyring())
    assert keychain() is not None  # the Secret Service is a keychain
    secrets = SessionSecrets(KeyringStore())
    conns = Connections(secrets, Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url)),
                        policy=FAST, rate=None)

    async def scenario():
        provider, _account = await conns.connect("google", GOOGLE_APP, ScriptedBrowser(), "ok")
        assert ("MailWizard", "oauth-token:google") in store.items  # kept in the keychain while it was open
        store.locked_reads, store.locked_writes = True, locked == "reads and writes"
        google.expire_all_access_tokens()  # the refreshed token cannot be written (or can)
        await provider.list_users()
        await provider.close()
        again, account = await conns.restore("google")  # the keychain cannot be read: this session's memory can
        await again.list_users()
        await again.close()
        return account

    assert asyncio.run(scenario()).email == "admin@example.com"
    assert secrets.memory_only is (locked == "reads and writes")
