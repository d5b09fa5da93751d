"""Offscreen screenshots of the Invitations step (preview and statuses) against a loopback SMTP server,
in English and 简体中文: python tools/screenshots_invitations.py [OUT_DIR]."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _offscreen import application, out_dir
from _offscreen import wait as _wait

from mailwizard.app import build_window
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import Member
from mailwizard.core.store import Store
from tests.servers.smtp_server import LoopbackSmtp


def main() -> None:
    out = out_dir()
    app = application()

    def wait(seconds: float) -> None:
        _wait(app, seconds)

    for lang in ("en", "zh_CN"):
        with LoopbackSmtp() as smtp, tempfile.TemporaryDirectory() as tmp:
            smtp.permanent["lee@personal.example"] = (550, "5.1.1 no such user")
            store = Store(Path(tmp))
            window, _ = build_window(store, load_catalogue(), ResolverConfig(("127.0.0.1",), 9), lang,
                                     dns_config=check_config(["127.0.0.1:9"], ["127.0.0.1:9"], timeout=0.2))
            c = window.controller
            window.resize(1240, 820)
            c.choose_plan("tencent", "professional")
            c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
            c.set_domain_input("example.com")
            c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True, members_done=True,
                     smtp={"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "smtp_security": "starttls",
                           "smtp_username": smtp.user, "sender_address": smtp.user})
            c.set_members([Member("张伟", "张", "伟", "zhang.wei", "zw@personal.example"),
                           Member("欧阳娜娜", "欧阳", "娜娜", "ouyang.nana", "nana@personal.example"),
                           Member("李娜", "李", "娜", "li.na", "lee@personal.example")])
            c.tasks.cancel("dns-watch")
            c.go_to(Step.INVITATIONS)
            window.show()
            page = window.pages[Step.INVITATIONS]
            page.runner.tls_context, page.runner.pace = smtp.client_context(), 0
            page.refresh()
            wait(0.4)
            window.grab().save(str(out / f"invitations-preview-{lang}.png"))
            page.set_password(smtp.password)
            wait(0.2)
            page.send()
            wait(1.5)
            window.grab().save(str(out / f"invitations-statuses-{lang}.png"))
            c.shutdown()
            window.close()
            store.close()
            window.languages.apply("en")
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
