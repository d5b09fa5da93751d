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
         "desktop_notifier", "dbus_fast", "mailwizard.core.watch",
         # html's entity table (~2 ms): a first run's provider step escapes nothing
         "html",
         # the message families other than the plan recommendation's (~3 ms): each loads with its first message
         "mailwizard.ui.messages.dns_records", "mailwizard.ui.messages.domain", "mailwizard.ui.messages.general",
         "mailwizard.ui.messages.mailapi", "mailwizard.ui.messages.members", "mailwizard.ui.messages.provider",
         "mailwizard.ui.messages.smtp", "mailwizard.ui.messages.dnshost", "mailwizard.ui.messages.watch",
         # the DNS settings (~2 ms with their dataclass): worked out when the DNS step first needs them
         "mailwizard.core.dns.config",
         # the dialogs: loaded with the first one
         "mailwizard.ui.dialogs")
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


# What the start itself (mailwizard.app.main with no options) leaves until the first frame: argparse's parser
# (with locale and shutil's help formatter), the single-window machinery (only a taken folder needs it before)
MAIN_SCRIPT = """
import builtins, json, os, sys
def shown(*args, **kwargs):
    if args and args[0] == "shown":
        sys.stdout.write(json.dumps(sorted(sys.modules)) + "\\n")
        sys.stdout.flush()
        os._exit(0)
builtins.print = shown
sys.argv = ["mailwizard"]
from mailwizard.app import main
main()
"""
MAIN_LATER = ("locale", "mailwizard.ui.single_window", "logging.handlers",
              # the user's folders on Linux are worked out without it (core/user_dirs.py)
              *(("platformdirs",) if sys.platform.startswith("linux") else ()))


def test_the_start_itself_leaves_the_option_parser_and_the_single_window_machinery_until_after(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path), "MAILWIZARD_EXIT_WHEN_SHOWN": "1"}
    out = subprocess.run([sys.executable, "-c", MAIN_SCRIPT], capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout
    modules = set(json.loads(out.strip().splitlines()[-1]))
    assert "mailwizard.ui.shell" in modules  # read when the window was up
    loaded = sorted(modules & set(MAIN_LATER + LATER))
    assert loaded == [], f"loaded before the first frame: {loaded}"
