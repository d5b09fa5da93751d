"""Rules of the house that a test can hold: core has no Qt, pages reach the outside world only through the
session, no import circle; the suite cannot leave the machine."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytest_socket import SocketConnectBlockedError

from mailwizard.core.dns.presence import ResolverConfig, check_presence
from tests.unit.import_graph import PACKAGE, THIRD_PARTY_QT, cycles, import_graph, module_name, reachable

CORE = Path(__file__).resolve().parents[2] / "mailwizard" / "core"


def test_nothing_under_core_imports_qt_even_through_another_module() -> None:
    graph = import_graph()
    offenders = []
    for module in (m for m in graph if m.startswith("mailwizard.core")):
        paths = reachable(graph, module)
        offenders += [" → ".join(path) for name, path in paths.items()
                      if name in THIRD_PARTY_QT or name.startswith("mailwizard.ui")]
    assert offenders == []


def _within(name: str, packages: tuple[str, ...]) -> bool:
    """The module is one of ``packages`` or inside one (profile is not profiles)."""
    return any(name == p or name.startswith(p + ".") for p in packages)


def _behind_the_session(name: str) -> bool:
    """The session (through the window's adapter) is how a page reaches the providers, the store and the sandbox
    (a provider's profile type and the id list are data outside core/providers: core/provider_profile.py,
    core/provider_ids.py)."""
    return _within(name, ("mailwizard.core.session",)) or name == "mailwizard.ui.controller"


def test_no_page_or_widget_reaches_the_providers_the_store_or_the_sandbox() -> None:
    graph = import_graph()
    offenders = []
    for module in (m for m in graph if m.startswith(("mailwizard.ui.pages", "mailwizard.ui.widgets"))):
        paths = reachable(graph, module, stop=_behind_the_session)
        offenders += [" → ".join(path) for name, path in paths.items()
                      if _within(name, ("mailwizard.core.providers", "mailwizard.sandbox"))
                      or name == "mailwizard.core.store"]
    assert offenders == []


def test_no_page_or_widget_imports_a_provider_profile_itself() -> None:
    """The adapter hands over the chosen provider's profile (controller.provider_profile); a profile module
    holds the functions that open its API, which a page must never reach for."""
    graph = import_graph()
    offenders = [f"{module} → {name}" for module, names in graph.items()
                 if module.startswith(("mailwizard.ui.pages", "mailwizard.ui.widgets"))
                 for name in names if _within(name, ("mailwizard.core.providers.profiles",))]
    assert offenders == []


def test_the_package_has_no_import_circle() -> None:
    assert cycles(import_graph()) == []


def test_no_module_is_past_400_lines() -> None:
    """One job per module: past ~400 lines a module is usually two."""
    long = {module_name(p): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_the_import_graph_sees_lazy_imports_and_circles() -> None:
    """The checks above read what they should: a lazy import inside a function is an edge, a TYPE_CHECKING one
    is not, and a circle is found."""
    graph = import_graph()
    assert "mailwizard.core.session.dns" in graph["mailwizard.core.session.session"]  # imported in a function
    assert "mailwizard.core.session.session" not in graph["mailwizard.core.session.dns"]  # TYPE_CHECKING only
    assert "PySide6" in graph["mailwizard.ui.controller"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


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
