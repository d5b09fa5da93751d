"""Offscreen screenshots of the Summary step after a finished run (accounts made, invitations sent), in English,
简体中文 and 繁體中文, on a 1366×768 laptop: python tools/screenshots_summary.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, languages, laptop_size, open_wizard, out_dir, wait

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.store import Store

PEOPLE = [Member("张伟", "张", "伟", "zhang.wei", "zw@163.com"),
          Member("欧阳娜娜", "欧阳", "娜娜", "ouyang.nana", "nana@qq.com"),
          Member("李娜", "李", "娜", "li.na", "lina@126.com"),
          Member("曾国藩", "曾", "国藩", "zeng.guofan", "zgf@126.com")]


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp))
            for person in PEOPLE:  # made through the provider's API on the Members step
                store.journal_put("members:google", f"{person.local_part}@example.com", "created")
            window = open_wizard(store, lang, "google", "business-starter", dns_verified=True, dns_all_ok=True,
                                 members_done=True, invitations_done=True, seats=12)
            c = window.controller
            c.set_members(PEOPLE)
            c.tasks.cancel("dns-watch")
            c.update(current=Step.SUMMARY)
            laptop_size(window)
            window.show()
            window.pages[Step.SUMMARY].refresh()
            wait(0.4)
            window.grab().save(str(out / f"summary-{lang}.png"))
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
