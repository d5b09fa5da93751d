"""Secrets (refresh tokens, app secrets, SMTP passwords) live only in the OS keychain.

Never in a file: where no keychain backend exists, ``SecretsUnavailable`` says so and the app
asks again each session instead. keyring is imported lazily (its backend probe costs ~0.1 s at
start-up) and every call runs off the UI thread (a locked keychain can block).
"""

from __future__ import annotations

import json
from typing import Any, Protocol

SERVICE = "MailWizard"


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
        import keyring
        from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

        backend = keyring.get_keyring()
        if "fail" in type(backend).__module__ or "Plaintext" in type(backend).__name__:
            # keyrings.alt's plaintext file is a file: refuse it, as if there were no keychain
            raise SecretsUnavailable()
        try:
            return getattr(keyring, method)(SERVICE, *args)
        except NoKeyringError as exc:
            raise SecretsUnavailable() from exc
        except PasswordDeleteError:
            return None
        except KeyringError as exc:
            raise SecretsUnavailable() from exc


class MemoryStore:
    """For tests, and for a session on a computer without a keychain: forgotten when the app ends."""

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
    return value if isinstance(value, dict) else None


async def put_json(store: SecretStore, name: str, value: dict[str, Any]) -> None:
    await store.put(name, json.dumps(value))
