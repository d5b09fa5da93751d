"""Shared fixtures. Qt runs offscreen; the network is loopback only (pytest-socket, see pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.sandbox.dns_server import LoopbackDns, example_zone


@pytest.fixture
def dns_server() -> Iterator[LoopbackDns]:
    with LoopbackDns(example_zone()) as server:
        yield server


@pytest.fixture
def resolvers(dns_server: LoopbackDns) -> ResolverConfig:
    return ResolverConfig(("127.0.0.1",), dns_server.port, timeout=0.5, lifetime=1.5)


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


@pytest.fixture(autouse=True)
def fail_on_blocked_network(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """pytest-socket blocks connect() beyond loopback, but not sendto() on an unconnected UDP
    socket, which is how dnspython's async resolver sends queries; and code under test may catch
    the error (dnspython tries the next server). So: block sendto() beyond loopback too, record
    every blocked attempt, and fail the test for it — a stray query never passes as "offline"."""
    import socket

    from pytest_socket import SocketConnectBlockedError

    guarded_connect = socket.socket.connect
    real_sendto = socket.socket.sendto
    blocked: list[str] = []

    def recording_connect(sock: socket.socket, *args: object) -> None:
        try:
            guarded_connect(sock, *args)
        except SocketConnectBlockedError as exc:
            blocked.append(str(exc))
            raise

    def guarded_sendto(sock: socket.socket, data: bytes, *args: object) -> int:
        address = args[-1]
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and host not in LOOPBACK:
            blocked.append(f"sendto {host}")
            raise PermissionError(f"tests may not send to {host}: loopback only")
        return real_sendto(sock, data, *args)

    socket.socket.connect = recording_connect  # type: ignore[method-assign]
    socket.socket.sendto = guarded_sendto  # type: ignore[method-assign]
    yield blocked
    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.sendto = real_sendto  # type: ignore[method-assign]
    if blocked and not request.node.get_closest_marker("expects_blocked_network"):
        pytest.fail("a test tried to reach beyond loopback: " + "; ".join(blocked))
