"""What the screenshot tools share: an offscreen QApplication on a qasync loop, and a wait that keeps
Qt and the loop running."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    asyncio.set_event_loop(qasync.QEventLoop(app, already_running=True))
    return app


def wait(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def out_dir() -> Path:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out
