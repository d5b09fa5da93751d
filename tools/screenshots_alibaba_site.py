"""Offscreen screenshots of connecting to Alibaba Mail at the site where the account was opened, against two
loopback fakes (the China site and Singapore): python tools/screenshots_alibaba_site.py [OUT_DIR].

Per language: the App ID + secret dialog as it opens (region "elsewhere": Singapore offered), the wrong-site
explanation (China-site credentials tried at Singapore), and connected at Singapore."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, open_wizard, out_dir, wait
from PySide6.QtWidgets import QDialog

from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.alibaba_fake import AlibabaFake


def main() -> None:
    out = out_dir()
    application()
    for lang in ("en", "zh_CN", "zh_TW"):
        with tempfile.TemporaryDirectory() as tmp, \
                AlibabaFake(site="cn", app_id="cn-app", secret="cn-secret") as china, \
                AlibabaFake(site="sg", app_id="sg-app", secret="sg-secret", org_name="Example Pte. Ltd.",
                            mx_verified=True) as singapore:
            store = Store(Path(tmp))
            endpoints = Endpoints.loopback(china.base_url)
            endpoints = Endpoints(endpoints.google, endpoints.microsoft,
                                  alibaba_sites={"cn": china.base_url, "sg": singapore.base_url})
            window = open_wizard(store, lang, "alibaba", "free", connections=Connections(MemoryStore(), endpoints),
                                 current=Step.DNS, region="elsewhere")
            window.show()
            window.pages[Step.DNS].on_enter()
            wait(0.5)
            box = window.pages[Step.DNS].connect_box
            box.ask_connect()
            wait(0.8)
            dialog = box.findChild(QDialog, "app_secret_dialog")
            dialog.grab().save(str(out / f"alibaba-site-dialog-{lang}.png"))
            dialog.app_id.setText("cn-app")
            dialog.secret.setText("cn-secret")
            dialog.accept()  # China-site credentials, Singapore chosen
            wait(1.5)
            window.grab().save(str(out / f"alibaba-site-wrong-{lang}.png"))
            box.ask_connect()
            wait(0.8)
            dialog = next(d for d in box.findChildren(QDialog, "app_secret_dialog") if d.isVisible())
            dialog.app_id.setText("sg-app")
            dialog.secret.setText("sg-secret")
            dialog.accept()
            wait(1.5)
            window.grab().save(str(out / f"alibaba-site-connected-{lang}.png"))
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
