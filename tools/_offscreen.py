"""What the screenshot tools share: an offscreen QApplication on a qasync loop, a wait that keeps Qt
and the loop running, and a wizard opened for the same example company (and closed again)."""

from __future__ import annotations

import asyncio
import atexit
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import DomainPresence
from mailwizard.core.store import Store
from mailwizard.ui.shell import MainWindow
from mailwizard.ui.window import build_window
from mailwizard.ui.window_size import default_size

UNREACHABLE = "127.0.0.1:9"  # the discard port: no DNS server answers there
LAPTOP = QRect(0, 0, 1366, 728)  # a 1366×768 laptop screen's free area with a 40-pixel taskbar


def laptop_size(window: MainWindow) -> None:
    """The window as the app sizes it on a 1366×768 laptop."""
    window.resize(default_size(LAPTOP))


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    atexit.register(_close, loop)
    return app


def _close(loop: qasync.QEventLoop) -> None:
    """Stop the loop's worker threads before Python tears Qt down (else "QThread: Destroyed while thread is
    still running" aborts the tool at exit). close() refuses a loop it thinks runs: already_running set that."""
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()


def wait(seconds: float) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(condition, what: str, timeout: float = 30.0) -> None:
    """Keep Qt and the loop running until ``condition()`` holds: a fixed wait was too short on a busy machine
    (tools/screenshots_connect.py read the verification value before the connection had fetched it)."""
    app = QApplication.instance()
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"gave up after {timeout:g} s waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def languages() -> tuple[str, ...]:
    """The languages to shoot: all three, or those in SCREENSHOT_LANGS (e.g. "en,zh_TW")."""
    chosen = tuple(code for code in os.environ.get("SCREENSHOT_LANGS", "").split(",") if code)
    return chosen or ("en", "zh_CN", "zh_TW")


def out_dir() -> Path:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def open_wizard(store: Store, lang: str, provider: str, plan: str, *, resolver_port: int = 9, dns_config=None,
                connections=None, height: int = 900, **state) -> MainWindow:
    """The wizard for 例子贸易有限公司 / example.com with the plan chosen and the domain found; ``state``
    moves it further (e.g. ``current=Step.DNS``)."""
    window, _ = build_window(store, load_catalogue(), ResolverConfig(("127.0.0.1",), resolver_port), lang,
                             dns_config=dns_config or check_config([UNREACHABLE], [UNREACHABLE], timeout=0.2),
                             connections=connections)
    window.resize(1240, height)
    c = window.controller
    c.choose_plan(provider, plan)
    c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, **state)
    return window


def close_wizard(window: MainWindow, store: Store) -> None:
    window.controller.shutdown()
    window.close()
    store.close()
    window.languages.apply("en")  # the next language's window starts from a clean slate
