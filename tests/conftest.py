"""Shared fixtures. Qt runs offscreen; the network is loopback only (pytest-socket, see pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# no test reaches the computer's own keychain, nor a keyring file a test dependency (keyrings.alt) offers:
# tests that need a keychain set one with keyring.set_keyring
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.sandbox.dns_server import LoopbackDns, example_zone

# A desktop-sized screen for the window tests: Qt's offscreen screen is 800×800, and the window sizes
# itself to the screen's free area (tests/ui/test_window_size.py gives it laptop screens).
OFFSCREEN_SCREEN = {"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return []
    import json

    config = tmp_path_factory.mktemp("qt") / "screen.json"
    config.write_text(json.dumps(OFFSCREEN_SCREEN))
    return ["pytest-qt-qapp", "-platform", f"offscreen:configfile={config}"]


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
    the error (dnspython tries the next server). Nor does it stop a name lookup through the system
    resolver (getaddrinfo), whose query leaves the machine before any connect() is refused. So: block
    sendto() beyond loopback and lookups of any name but localhost too, record every blocked attempt,
    and fail the test for it — a stray query never passes as "offline"."""
    import ipaddress
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

    real_getaddrinfo = socket.getaddrinfo

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object):
        name = host.decode() if isinstance(host, bytes) else host
        if isinstance(name, str) and name and name not in LOOPBACK:
            try:
                ipaddress.ip_address(name.split("%")[0])  # an address needs no lookup; connect() guards it
            except ValueError:
                blocked.append(f"name lookup {name}")
                raise socket.gaierror(socket.EAI_NONAME, f"tests may not look up {name}: loopback only") from None
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = recording_connect  # type: ignore[method-assign]
    socket.socket.sendto = guarded_sendto  # type: ignore[method-assign]
    socket.getaddrinfo = guarded_getaddrinfo  # type: ignore[assignment]
    yield blocked
    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.sendto = real_sendto  # type: ignore[method-assign]
    socket.getaddrinfo = real_getaddrinfo  # type: ignore[assignment]
    if blocked and not request.node.get_closest_marker("expects_blocked_network"):
        pytest.fail("a test tried to reach beyond loopback: " + "; ".join(blocked))


@pytest.fixture(autouse=True)
def fail_on_contract_violation(request: pytest.FixtureRequest) -> Iterator[None]:
    """The Google and Graph fakes check every request against the providers' own API descriptions
    (tests/contract/); a request they refused fails the test that made it, even when the app took the
    400/404 in its stride."""
    from tests import contract

    contract.take()
    yield
    violations = contract.take()
    if violations and not request.node.get_closest_marker("contract_violation"):
        pytest.fail("requests outside the providers' API contract:\n" + "\n".join(violations))



@pytest.fixture(autouse=True)
def no_bare_core_application() -> Iterator[None]:
    """A test that runs the command line in another language without ``qapp`` leaves the CLI's bare
    QCoreApplication behind, and the next window test aborts the whole run (Qt cannot make a widget on it).
    Said here, on the test that left it, rather than as a crash further on."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        pytest.fail("a bare QCoreApplication outlived this test: give the test the qapp fixture")
