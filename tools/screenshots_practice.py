"""Offscreen screenshots of Tencent Exmail's connect view and of practice mode (its DNS-host dialog, the
DNS step as records propagate, the summary): python tools/screenshots_practice.py [OUT_DIR] (English and
简体中文)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, open_wizard, out_dir, wait
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea

from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.practice import PracticeSession
from mailwizard.sandbox.tencent_fake import TencentFake


def tencent(out: Path, lang: str) -> None:
    with tempfile.TemporaryDirectory() as tmp, TencentFake(corp_id="wwcorp", secret="s3cret",
                                                           company="例子贸易有限公司") as fake:
        store = Store(Path(tmp))
        connections = Connections(MemoryStore(), Endpoints.loopback(fake.base_url))
        window = open_wizard(store, lang, "tencent", "professional", connections=connections,
                             domain_nameservers=("f1g1ns1.dnspod.net",), current=Step.DNS)
        window.show()
        window.pages[Step.DNS].on_enter()
        wait(0.5)
        box = window.pages[Step.DNS].connect_box
        box.ask_connect()
        wait(0.5)
        dialog = box.findChild(QDialog, "app_secret_dialog")
        dialog.app_id.setText("wwcorp")
        dialog.grab().save(str(out / f"tencent-dialog-{lang}.png"))
        dialog.secret.setText("s3cret")
        dialog.accept()
        wait(1.0)
        window.grab().save(str(out / f"tencent-connected-{lang}.png"))
        close_wizard(window, store)


def practice(out: Path, lang: str) -> None:
    session = PracticeSession(lang)
    window, c = session.window, session.window.controller
    window.resize(1240, 900)
    window.show()
    c.go_next()
    c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("例子.中国")
    c.check_domain_presence("")
    wait(0.6)
    c.go_next()
    dns = window.pages[Step.DNS]
    dns.on_enter()
    wait(1.0)
    dns._open_console()
    wait(0.3)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "practice_dns_host" and w.isVisible())
    for item in c.dns_result.plan.items:
        if item.action == "remove" or not item.value:
            continue
        host = "@" if item.name == c.state.domain else item.name.removesuffix("." + c.state.domain)
        priority, value = ("", item.value)
        if item.rtype == "MX":
            priority, _, value = item.value.partition(" ")
        dialog.add_row(host, item.rtype, value, priority)
    dialog.grab().save(str(out / f"practice-dns-host-{lang}.png"))
    dialog.save()
    wait(5.0)  # the first practice resolver has it, the others not yet
    dns.findChild(QScrollArea, "dns_scroll").verticalScrollBar().setValue(10_000)
    c.check_dns_now()
    wait(1.0)
    window.grab().save(str(out / f"practice-propagating-{lang}.png"))
    session.close()


def main() -> None:
    out = out_dir()
    application()
    for lang in ("en", "zh_CN", "zh_TW"):
        tencent(out, lang)
        practice(out, lang)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
