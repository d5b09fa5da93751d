"""Secrets (refresh tokens, app secrets, SMTP passwords) live only in the OS keychain.

Never in a file: only the OS's own keychains count (macOS Keychain, Windows Credential Manager, the Secret
Service, KWallet). keyring's null backend (which discards), its fail backend, and any file backend
(keyrings.alt's plaintext or encrypted file, which prompts on a terminal), also inside keyring's chainer,
count as no keychain: ``SecretsUnavailable``. ``SessionSecrets`` keeps this session's secrets in memory in
front of the keychain, so a computer without one (or a keychain locked later) still works until the app
closes. keyring is imported lazily (its backend probe costs ~0.1 s at start-up) and every call runs off
the UI thread (a locked keychain can block).
"""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Any, Protocol

SERVICE = "MailWizard"
# keyring's backends that are the operating system's own keychain (github.com/jaraco/keyring, keyring/backends/)
KEYCHAINS = frozenset({"keyring.backends.macOS", "keyring.backends.Windows", "keyring.backends.SecretService",
                       "keyring.backends.libsecret", "keyring.backends.kwallet"})
# what in a secret's JSON is secret: its values are hidden in logs and journals (core/logs.hide)
_SECRET_FIELDS = ("token", "secret", "password", "private_key", "assertion")

log = logging.getLogger(__name__)


def _to_thread(function, *args):
    import asyncio

    return asyncio.to_thread(function, *args)


class SecretsUnavailable(Exception):
    """No usable keychain on this computer."""

    key = "secrets.unavailable"


class SecretStore(Protocol):
    async def get(self, name: str) -> str | None: ...

    async def put(self, name: str, value: str) -> None: ...

    async def delete(self, name: str) -> None: ...


class KeyringStore:
    async def get(self, name: str) -> str | None:
        return await _to_thread(self._call, "get_password", name)

    async def put(self, name: str, value: str) -> None:
        await _to_thread(self._call, "set_password", name, value)

    async def delete(self, name: str) -> None:
        try:
            await _to_thread(self._call, "delete_password", name)
        except SecretsUnavailable:
            raise
        except Exception:  # nothing stored under that name: already gone
            pass

    @staticmethod
    def _call(method: str, *args: str) -> Any:
        from keyring.errors import PasswordDeleteError

        backend = keychain()
        if backend is None:
            raise SecretsUnavailable()
        try:
            return getattr(backend, method)(SERVICE, *args)
        except PasswordDeleteError:
            return None
        except Exception as exc:  # locked, refused, its service gone (D-Bus errors are not all KeyringErrors)
            log.debug("keychain %s failed: %s", method, type(exc).__name__)
            raise SecretsUnavailable() from exc


def keychain(backend: Any = None):
    """The OS keychain among keyring's backends (``backend``, else keyring's choice; inside a chainer, the first
    of its backends that is one), or None: never a file, never one that discards or prompts on a terminal."""
    if backend is None:
        import keyring

        backend = keyring.get_keyring()
    from keyring.backends.chainer import ChainerBackend

    candidates = backend.backends if isinstance(backend, ChainerBackend) else [backend]
    return next((b for b in candidates if type(b).__module__ in KEYCHAINS), None)


class SessionSecrets:
    """The keychain with this session's memory in front of it. Every secret is kept in memory as it is put, so
    the session goes on when there is no keychain (``memory_only`` then says so) or when the keychain fails
    later (locked); the keychain is asked only for what this session has not seen."""

    def __init__(self, keychain_store: SecretStore) -> None:
        self.keychain = keychain_store
        self.values: dict[str, str] = {}
        self.memory_only = False  # a secret could not be kept in the keychain: it is forgotten when the app ends

    async def get(self, name: str) -> str | None:
        if name in self.values:
            return self.values[name]
        try:
            value = await self.keychain.get(name)
        except SecretsUnavailable:
            return None
        if value is not None:
            _hide_text(value)
            self.values[name] = value
        return value

    async def put(self, name: str, value: str) -> None:
        _hide_text(value)
        self.values[name] = value
        try:
            await self.keychain.put(name, value)
        except SecretsUnavailable:
            self.memory_only = True

    async def delete(self, name: str) -> None:
        self.values.pop(name, None)
        with contextlib.suppress(SecretsUnavailable):
            await self.keychain.delete(name)


class MemoryStore:
    """For tests and practice mode: forgotten when the app ends."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    async def get(self, name: str) -> str | None:
        return self.values.get(name)

    async def put(self, name: str, value: str) -> None:
        self.values[name] = value

    async def delete(self, name: str) -> None:
        self.values.pop(name, None)


async def get_json(store: SecretStore, name: str) -> dict[str, Any] | None:
    raw = await store.get(name)
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return None
    if not isinstance(value, dict):
        return None
    _hide_fields(value)
    return value


async def put_json(store: SecretStore, name: str, value: dict[str, Any]) -> None:
    _hide_fields(value)
    await store.put(name, json.dumps(value))


def kept_only_in_memory(store: SecretStore) -> bool:
    """True once a secret could not go into the keychain (SessionSecrets): it lasts until the app closes."""
    return bool(getattr(store, "memory_only", False))


def _hide_text(value: str) -> None:
    """A password kept as it is (SMTP's): hidden in logs too. JSON is hidden field by field (get_json, put_json)."""
    if not value.lstrip().startswith("{"):
        from mailwizard.core.logs import hide

        hide(value)


def _hide_fields(value: dict[str, Any]) -> None:
    """The secret fields' values (tokens, secrets, keys) are hidden wherever logs or journals might quote them."""
    from mailwizard.core.logs import hide

    for key, item in value.items():
        if isinstance(item, str) and any(word in key.lower() for word in _SECRET_FIELDS):
            hide(item)
