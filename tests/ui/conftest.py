"""A real wizard window on a qasync loop, with its state in a temp folder and DNS on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.core.store import Store
from mailwizard.ui.shell import MainWindow
from mailwizard.ui.window import build_window


@pytest.fixture(scope="session")
def session_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    # One qasync loop for the whole run: its stop() calls QApplication.exit(), which would
    # break every later test, so it is never stopped. already_running: Qt's own event
    # processing (qtbot.wait/waitUntil) drives the asyncio tasks.
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop
    # Close while the QApplication still exists (else __del__ at exit trips over deleted
    # signals). close() refuses a loop it believes is running; already_running set that flag.
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()


@pytest.fixture
def qloop(session_loop: asyncio.AbstractEventLoop) -> Iterator[asyncio.AbstractEventLoop]:
    asyncio.set_event_loop(session_loop)
    asyncio.events._set_running_loop(session_loop)
    yield session_loop
    for task in asyncio.all_tasks(session_loop):
        task.cancel()
    # Outside UI tests no loop runs, so plain asyncio.run() works there.
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def open_wizard(qtbot, qloop, state_dir: Path, resolvers: ResolverConfig,
                dns_server) -> Iterator[Callable[..., MainWindow]]:
    opened: list[tuple[MainWindow, Store]] = []
    loopback = f"127.0.0.1:{dns_server.port}"

    def open_(lang: str | None = "en", config: ResolverConfig | None = None, dns_config=None) -> MainWindow:
        store = Store(state_dir)
        dns_config = dns_config or check_config([loopback], [loopback], timeout=0.5)
        window, _languages = build_window(store, load_catalogue(), config or resolvers, lang, dns_config=dns_config)
        window.store = store  # so tests can inspect what was kept aside
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield open_
    for window, store in opened:
        window.close()
        store.close()
        window.languages.apply("en")  # translators are application-wide: leave none behind


def close(window: MainWindow) -> None:
    window.close()
    window.store.close()
