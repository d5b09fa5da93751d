"""Which DNS resolvers to ask: a plain value, cheap to import (dnspython loads only when a query runs)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ResolverConfig:
    """Which recursive resolvers to ask. The app injects public ones; tests a loopback server."""

    nameservers: tuple[str, ...]
    port: int = 53
    timeout: float = 2.0      # per attempt
    lifetime: float = 6.0     # whole query, all servers and retries
