"""Offscreen screenshots of the account review (issue 18) in practice mode on a 1366×768 laptop, in English, 简体中文
and 繁體中文: the Summary with its way in (and the due banner), each tab of the review window after a staff
spreadsheet was given and one action done, and the confirm: python tools/screenshots_review.py [OUT_DIR]."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from _offscreen import application, languages, laptop_size, out_dir, wait, wait_until
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the practice walk the accessibility test takes

from screenshots_activation import until  # its walk, without "Change the ID…" (the keychain)

from mailwizard.core.flow import Step
from mailwizard.core.review import model as m
from mailwizard.practice import PracticeSession
from tests.ui.a11y_walk import walk_practice


def confirm_when_shown(go: bool, shoot=None) -> None:
    def look() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "review_confirm"
                    and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, look)
            return
        if shoot is not None:
            shoot(box)
        (box.go if go else box.cancel).click()

    QTimer.singleShot(50, look)


def shoot(out: Path, lang: str) -> None:
    session = PracticeSession(lang)
    window = session.window
    laptop_size(window)
    window.show()
    walk_practice(session, lambda _where, _root: None, until, review=False)
    c = window.controller
    summary = window.pages[Step.SUMMARY]
    entry = summary.review
    entry.open_button.click()
    review = entry.window_
    page = review.page
    wait_until(lambda: page.snapshot is not None and not page.reading, "the accounts")
    wait_until(lambda: not page.records._busy, "the mail records")
    snapshot, _flags = c.last_review()
    staff = Path(tempfile.mkdtemp()) / ("staff.csv" if lang == "en" else "员工名单.csv")
    staying = [a for a in snapshot.accounts if not a.address.startswith(("old.projects@", "intern@"))]
    staff.write_text("Name,Email\n" + "".join(f"{a.name},{a.address}\n" for a in staying), encoding="utf-8")
    page.set_staff(str(staff))
    wait_until(lambda: any(card.flag.kind == m.DEPARTED for card in page.flags.cards), "the staff list")
    card = next(card for card in page.flags.cards if card.flag.kind == m.OUTSIDE_FORWARDING)
    confirm_when_shown(False, lambda box: (wait(0.3), box.grab().save(str(out / f"review-confirm-{lang}.png"))))
    card.act.click()
    admin = next(card for card in page.flags.cards if card.flag.kind == m.EXTRA_ADMIN)
    action = admin.flag.action
    confirm_when_shown(True)
    admin.act.click()
    wait_until(lambda: page.flags.state_of(action) == "done", "the action")
    wait(0.8)  # the account read again
    for index, name in enumerate(("flags", "accounts", "records", "report")):
        page.tabs.setCurrentIndex(index)
        wait(0.3)
        review.grab().save(str(out / f"review-{name}-{lang}.png"))
    report = page.report
    report.show_saving()
    report.saveRequested.emit(tempfile.mkdtemp())
    wait_until(lambda: report.saved and not report.busy, "the report", timeout=90)
    wait(0.3)
    review.grab().save(str(out / f"review-report-saved-{lang}.png"))
    review.close()
    summary.on_enter()
    wait(0.3)
    window.grab().save(str(out / f"review-summary-{lang}.png"))
    # the Summary at a later start: the review overdue (the report step's clock moved on)
    c.session.review_report.today = lambda: dt.datetime.now(dt.UTC).date() + dt.timedelta(days=120)
    summary.on_enter()
    wait(0.3)
    window.grab().save(str(out / f"review-summary-due-{lang}.png"))
    session.close()


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        shoot(out, lang)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
