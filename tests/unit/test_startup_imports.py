"""What the first window loads: the libraries it does not need wait until it is shown (start-up time,
benchmarks/bundle_size.py). A regression here once added ~25 ms: asyncio (with ssl) pulled in by an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys, tempfile, pathlib
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from mailwizard.ui.window import build_window
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.store import Store
store = Store(pathlib.Path(tempfile.mkdtemp()))
window, _ = build_window(store, load_catalogue(), lambda: None, "en")
window.show()
app.processEvents()
from PySide6 import QtCore, QtGui, QtWidgets
built = [name for module in (QtCore, QtGui, QtWidgets) for name in vars(module) if name.startswith("Q")]
print(json.dumps(built))
print(json.dumps(sorted(sys.modules)))
window.controller.shutdown()
"""
# none of these is needed to show the Provider step of a first run
LATER = ("asyncio", "ssl", "httpx", "dns", "idna", "keyring", "multiprocessing", "concurrent", "qasync",
         "aiosmtplib", "openpyxl", "pypinyin", "mailwizard.core.providers.base",
         # 17 event dataclasses (~6 ms): nothing happens before the first frame that anyone must be told of
         "mailwizard.core.session.events",
         # the DNS watch's notifications (desktop-notifier and its D-Bus client): only when it has news
         "desktop_notifier", "dbus_fast", "mailwizard.core.watch")
# PySide builds a Qt class's Python type, with all its enums, when Python first touches it: these cost
# ~5 ms together and only dialogs, links and closing use them (QEvent: a Python event handler that runs)
LATER_QT_TYPES = ("QMessageBox", "QInputDialog", "QUrl", "QEvent")


def test_the_first_window_loads_none_of_the_later_libraries(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout
    lines = out.strip().splitlines()
    modules, built = json.loads(lines[-1]), json.loads(lines[-2])
    loaded = sorted(({m.split(".")[0] for m in modules} | set(modules)) & set(LATER))
    assert loaded == [], f"loaded before the first frame: {loaded}"
    assert "QMainWindow" in built  # what is read here is what PySide built
    early = sorted(set(built) & set(LATER_QT_TYPES))
    assert early == [], f"Qt types built before the first frame: {early}"
