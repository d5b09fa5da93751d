"""Offscreen screenshots of the Connect box in a copy built with MailWizard's own sign-in apps (Google Workspace
and Microsoft 365, each language), and of what "Advanced" opens: python tools/screenshots_signin.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, open_wizard, out_dir, wait
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import mailwizard.core.providers.connection as connection
from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import AppRegistration
from mailwizard.core.store import Store

# what build.spec writes from the MAILWIZARD_* variables (made-up values)
BUILT_IN = {"google": AppRegistration("000000000000-example.apps.googleusercontent.com", "GOCSPX-example"),
            "microsoft": AppRegistration("00000000-0000-0000-0000-000000000000")}


def main() -> None:
    out = out_dir()
    application()
    connection.default_registration = BUILT_IN.get  # the session looks it up there
    for lang in ("en", "zh_CN", "zh_TW"):
        for provider, plan in (("google", "business-starter"), ("microsoft", "business-basic")):
            with tempfile.TemporaryDirectory() as tmp:
                store = Store(Path(tmp))
                window = open_wizard(store, lang, provider, plan, current=Step.DNS)
                window.show()
                window.pages[Step.DNS].on_enter()
                wait(0.6)
                window.grab().save(str(out / f"signin-{provider}-{lang}.png"))
                box = window.pages[Step.DNS].connect_box
                box.grab().save(str(out / f"signin-box-{provider}-{lang}.png"))

                def shoot(name: str = f"signin-advanced-{provider}-{lang}.png") -> None:
                    dialog = QApplication.activeModalWidget()
                    dialog.grab().save(str(out / name))
                    dialog.reject()

                QTimer.singleShot(400, shoot)
                box.advanced.linkActivated.emit("#")
                close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
