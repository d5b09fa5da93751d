"""Offscreen screenshots of the Members step: the table with problems, the import preview, creation in
progress, the empty list — English, 简体中文 and 繁體中文, on a 1366×768 laptop:
python tools/screenshots_members.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, languages, laptop_size, open_wizard, out_dir, wait
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import GoogleFake

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "members"
PEOPLE = [("张伟", "zhang.wei", "zw@163.com", "销售部"), ("欧阳娜娜", "", "nana@qq.com", "市场部"),
          ("单雄信", "", "xiongxin@163.com", "财务部"), ("张伟", "zhang.wei", "", "技术部"),
          ("Anna Lee", "", "anna.lee@", "Sales"), ("曾国藩", "", "zgf@126.com", "行政部")]


def main() -> None:
    out = out_dir()
    application()

    for lang in languages():
        with GoogleFake(primary_domain="example-corp.com") as google, tempfile.TemporaryDirectory() as tmp:
            google._add_domain("example.com", verified=True)
            store = Store(Path(tmp))
            connections = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(google.base_url),
                                                               GraphEndpoints.at(google.base_url)), rate=None)
            window = open_wizard(store, lang, "google", "business-starter", connections=connections, height=800,
                                 dns_verified=True)
            c = window.controller
            c.connect_provider("test-client-id", "test-client-secret", ScriptedBrowser(), "ok", "…")
            wait(1.0)
            c.tasks.cancel("dns-watch")
            c.go_to(Step.MEMBERS)
            laptop_size(window)
            window.show()
            page = window.pages[Step.MEMBERS]
            wait(0.2)
            window.grab().save(str(out / f"members-empty-{lang}.png"))
            page.model.set_members([Member(n, local_part=a, personal_email=e, department=d) for n, a, e, d in PEOPLE])
            page._edited()
            wait(0.3)
            window.grab().save(str(out / f"members-problems-{lang}.png"))

            def grab_dialog(lang: str = lang) -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is None:  # the file is still being read
                    QTimer.singleShot(100, grab_dialog)
                    return
                wait(0.2)
                dialog.grab().save(str(out / f"members-import-{lang}.png"))
                dialog.reject()

            QTimer.singleShot(300, grab_dialog)
            from mailwizard.ui.widgets.import_dialog import run_import
            run_import(page, c, [], lambda _members: None, str(CORPUS / "duplicate_addresses.csv"))
            wait(1.5)
            page.model.set_members([Member(f"成员{i}", local_part=f"member{i:02d}") for i in range(40)])
            page._edited()
            google.inject(Fault.stall(0.1, times=40, path="^/admin/directory/v1/users$", method="POST"))
            page.create_accounts()
            wait(1.2)
            window.grab().save(str(out / f"members-creating-{lang}.png"))
            c.cancel_members()
            wait(0.3)
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
