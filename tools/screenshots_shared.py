"""Offscreen screenshots of the shared addresses and aliases in practice mode, on a 1366×768 laptop: the suggestions
with one ticked, a clash said on its row, the aliases column, the addresses created with who each reaches, and the
Summary — English, 简体中文 and 繁體中文: python tools/screenshots_shared.py [OUT_DIR]."""

from __future__ import annotations

import time
from pathlib import Path

from _offscreen import application, languages, laptop_size, out_dir, wait
from PySide6.QtWidgets import QApplication

from mailwizard.core.flow import Step
from mailwizard.core.members.model import FIELDS
from mailwizard.core.members.shared import SharedAddress
from mailwizard.practice import PracticeSession
from tests.ui.shared_walk import walk_to_members


def until(predicate, seconds: float) -> bool:
    app, end = QApplication.instance(), time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def shoot(out: Path, lang: str) -> None:
    session = PracticeSession(lang, delays=(0.05, 0.1, 0.15), throttle_every=None)
    window, c = session.window, session.window.controller
    try:
        laptop_size(window)
        window.show()
        page = walk_to_members(session, until)
        panel = page.shared

        # the people, scrolled to the aliases column
        page.table.scrollTo(page.proxy.index(0, FIELDS.index("aliases")))
        wait(0.3)
        window.grab().save(str(out / f"shared-aliases-{lang}.png"))

        # the suggestions, the sales department's list ticked and open beside them
        page.tabs.setCurrentIndex(1)
        sales = next(s for s in c.shared_suggestions(c.language) if s.local_part == "sales")
        c.set_shared_addresses([sales])
        panel.refresh()
        panel.table.selectRow(0)
        wait(0.3)
        window.grab().save(str(out / f"shared-suggestions-{lang}.png"))

        # a typed address that is a member's own: said on its row, Create waits
        panel.add_typed()
        panel.editor.local_part.setText("li.na")
        panel.editor.local_part.editingFinished.emit()
        wait(0.3)
        window.grab().save(str(out / f"shared-clash-{lang}.png"))

        # fixed, then created with the accounts: each one's status and who its mail reaches
        info = next(s for s in c.shared_suggestions(c.language) if s.local_part == "info")
        c.set_shared_addresses([sales, SharedAddress("info", info.name, ("wang.fang", "li.na"), info.origin,
                                                     info.origin_detail, True)])
        panel.refresh()
        page.refresh()
        until(page.create_button.isEnabled, 10)
        page.create_accounts()
        if not until(lambda: c.state.members_done and c.shared_done(), 60):
            raise SystemExit("the shared addresses were not created")
        panel.table.clearSelection()
        wait(0.3)
        window.grab().save(str(out / f"shared-created-{lang}.png"))

        c.update(invitations_done=True)
        c.go_to(Step.SUMMARY)
        wait(0.5)
        window.grab().save(str(out / f"shared-summary-{lang}.png"))
    finally:
        session.close()
        session.languages.apply("en")


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        shoot(out, lang)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
