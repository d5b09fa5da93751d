"""How the app reaches the internet: the operating system's certificate store (so a company proxy that
inspects TLS with its own root works), the bundled CA set as fallback, and the system proxy settings.
Verification is never turned off."""

from __future__ import annotations

import ssl
import urllib.request
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def tls_context() -> ssl.SSLContext:
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except (ImportError, OSError, ssl.SSLError):
        import certifi

        return ssl.create_default_context(cafile=certifi.where())


def system_proxy() -> str | None:
    """The HTTPS proxy from the environment, the Windows registry or macOS System Settings."""
    proxies = urllib.request.getproxies()
    return proxies.get("https") or proxies.get("http")


def http_options() -> dict[str, Any]:
    """Keyword arguments for every httpx client the app makes."""
    options: dict[str, Any] = {"verify": tls_context(), "trust_env": True}
    proxy = system_proxy()
    if proxy:
        options["proxy"] = proxy
    return options
