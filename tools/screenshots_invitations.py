"""Offscreen screenshots of the Invitations step (preview and statuses) against a loopback SMTP server,
in English, 简体中文 and 繁體中文, on a 1366×768 laptop: python tools/screenshots_invitations.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, languages, laptop_size, open_wizard, out_dir, wait

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.store import Store
from tests.servers.smtp_server import LoopbackSmtp


def main() -> None:
    out = out_dir()
    application()

    for lang in languages():
        with LoopbackSmtp() as smtp, tempfile.TemporaryDirectory() as tmp:
            smtp.permanent["lee@personal.example"] = (550, "5.1.1 no such user")
            store = Store(Path(tmp))
            for local in ("zhang.wei", "ouyang.nana", "li.na"):  # made through Exmail's API on the Members step
                store.journal_put("members:tencent", f"{local}@example.com", "created")
            window = open_wizard(store, lang, "tencent", "professional", height=820, dns_verified=True,
                                 members_done=True,
                                 smtp={"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "smtp_security": "starttls",
                                       "smtp_username": smtp.user, "sender_address": smtp.user})
            c = window.controller
            c.set_members([Member("张伟", "张", "伟", "zhang.wei", "zw@personal.example"),
                           Member("欧阳娜娜", "欧阳", "娜娜", "ouyang.nana", "nana@personal.example"),
                           Member("李娜", "李", "娜", "li.na", "lee@personal.example")])
            c.tasks.cancel("dns-watch")
            c.go_to(Step.INVITATIONS)
            laptop_size(window)
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
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
