"""Rules of the house that a test can hold: core has no Qt; the suite cannot leave the machine."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from pytest_socket import SocketConnectBlockedError

from mailwizard.core.dns.presence import ResolverConfig, check_presence

CORE = Path(__file__).resolve().parents[2] / "mailwizard" / "core"


def test_core_never_imports_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "qasync")]
    assert offenders == []


@pytest.mark.expects_blocked_network
def test_a_query_beyond_loopback_is_blocked() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with pytest.raises(SocketConnectBlockedError):
            sock.connect(("192.0.2.53", 53))
    finally:
        sock.close()


@pytest.mark.expects_blocked_network
def test_a_dns_query_to_a_public_resolver_is_caught_even_when_the_code_swallows_it(
    fail_on_blocked_network: list[str],
) -> None:
    import asyncio

    asyncio.run(check_presence("example.com", ResolverConfig(("192.0.2.53",), timeout=0.2, lifetime=0.4)))
    assert any("192.0.2.53" in attempt for attempt in fail_on_blocked_network)


@pytest.mark.expects_blocked_network
def test_a_name_lookup_through_the_system_resolver_is_caught_even_when_the_code_swallows_it(
    fail_on_blocked_network: list[str],
) -> None:
    import httpx

    with pytest.raises(httpx.ConnectError):  # what the app sees: the name could not be found
        httpx.get("https://oauth2.googleapis.com/token", timeout=1)
    assert fail_on_blocked_network == ["name lookup oauth2.googleapis.com"]
    assert socket.getaddrinfo("localhost", 53) and socket.getaddrinfo("127.0.0.1", 53)  # loopback still resolves


def test_the_version_matches_the_package_metadata() -> None:
    import tomllib

    import mailwizard

    project = tomllib.loads((CORE.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert mailwizard.__version__ == project["version"]
