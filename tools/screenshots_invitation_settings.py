"""Offscreen screenshots of the Invitations step's sending settings per provider — Google Workspace and Microsoft 365
send from the signed-in admin's mailbox (one line), Tencent Exmail and Alibaba Mail through SMTP with their client
password guidance — in English, 简体中文 and 繁體中文: python tools/screenshots_invitation_settings.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, open_wizard, out_dir, wait

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.store import Store

PROVIDERS = (("google", "business-starter", "admin@example.com"),
             ("microsoft", "business-basic", "admin@example.com"),
             ("tencent", "professional", ""),
             ("alibaba", "standard", ""))


def main() -> None:
    out = out_dir()
    application()
    for provider, plan, account in PROVIDERS:
        for lang in ("en", "zh_CN", "zh_TW"):
            with tempfile.TemporaryDirectory() as tmp:
                store = Store(Path(tmp))
                for local in ("zhang.wei", "ouyang.nana"):  # made on the Members step
                    store.journal_put(f"members:{provider}", f"{local}@example.com", "created")
                window = open_wizard(store, lang, provider, plan, height=820, dns_verified=True, members_done=True,
                                     connected_account=account)
                c = window.controller
                c.set_members([Member("张伟", "张", "伟", "zhang.wei", "zw@personal.example"),
                               Member("欧阳娜娜", "欧阳", "娜娜", "ouyang.nana", "nana@personal.example")])
                c.tasks.cancel("dns-watch")
                c.go_to(Step.INVITATIONS)
                window.show()
                page = window.pages[Step.INVITATIONS]
                page.refresh()
                wait(0.4)
                window.grab().save(str(out / f"invitation-settings-{provider}-{lang}.png"))
                close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
