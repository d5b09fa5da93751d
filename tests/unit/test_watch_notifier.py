"""The desktop notification: desktop-notifier loads only when the watch has news, and a desktop without a
notification service (no D-Bus session here) is a logged warning, never a failed watch."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from typing import ClassVar

SCRIPT = """
import json, sys
from mailwizard.cli import parser
import mailwizard.cli_watch, mailwizard.core.watch.run, mailwizard.core.watch.schedule
import mailwizard.core.watch.notifier
parser().parse_args(["dns", "watch", "--state-dir", "x"])
print(json.dumps(sorted(sys.modules)))
"""


def test_the_watch_loads_desktop_notifier_only_to_tell() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    modules = json.loads(out.strip().splitlines()[-1])
    assert not [m for m in modules if m.startswith(("desktop_notifier", "dbus_fast", "PySide6.QtWidgets"))]


class FakeNotifier:
    sent: ClassVar[list[tuple[str, str, str]]] = []
    fails = False

    def __init__(self, app_name: str, app_icon=None) -> None:
        self.app_name = app_name

    async def send(self, title: str, message: str) -> str:
        if self.fails:
            raise OSError("no notification service")
        self.sent.append((self.app_name, title, message))
        return "id"


def test_a_notification_goes_through_desktop_notifier_and_a_missing_service_is_a_warning(monkeypatch,
                                                                                          caplog) -> None:
    import desktop_notifier

    from mailwizard.core.watch.notifier import desktop_notify

    monkeypatch.setattr(desktop_notifier, "DesktopNotifier", FakeNotifier)
    assert asyncio.run(desktop_notify("Title", "All the email records have arrived")) is True
    assert FakeNotifier.sent == [("MailWizard", "Title", "All the email records have arrived")]
    monkeypatch.setattr(FakeNotifier, "fails", True)
    assert asyncio.run(desktop_notify("Title", "Body")) is False
    assert "notification could not be posted: OSError" in caplog.text
