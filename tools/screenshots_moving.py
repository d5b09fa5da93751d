"""Offscreen screenshots of "Move old mail in…" and "Signatures and auto-replies…" (issue 19) in practice mode on a
1366×768 laptop, in English, 简体中文 and 繁體中文: the Summary with its ways in, each tab of both windows.
Practice mode has no old mail server: the check's answer, the copy's progress and the provider's migration file
are shown as the session reports them for a real one (the windows' own methods, no server is asked).
python tools/screenshots_moving.py [OUT_DIR]."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('screen_1366x768.json')}")

from _offscreen import application, languages, laptop_size, out_dir, wait

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the practice walk the accessibility test takes

from screenshots_review import until  # its walk, without "Change the ID…" (the keychain)

from mailwizard.core.flow import Step
from mailwizard.core.migration.cutover import advise
from mailwizard.practice import PracticeSession
from tests.ui.a11y_walk import walk_practice

OLD = {"en": "old-example.com", "zh_CN": "old-example.com", "zh_TW": "old-example.com"}
LEGAL = {"en": "This email and its attachments are confidential and meant only for the person it is addressed to.",
         "zh_CN": "本邮件及其附件含有保密信息，仅供收件人使用。",
         "zh_TW": "本郵件及其附件含有機密資訊，僅供收件人使用。"}


def shoot(out: Path, lang: str) -> None:
    session = PracticeSession(lang)
    window = session.window
    laptop_size(window)
    window.show()
    walk_practice(session, lambda _where, _root: None, until, review=False)
    summary = window.pages[Step.SUMMARY]
    wait(0.3)
    window.grab().save(str(out / f"summary-{lang}.png"))
    summary.more.open_moving()
    moving = summary.more.moving_window
    source = moving.source
    source.service.setCurrentIndex(next(i for i, s in enumerate(source.sources) if s.id == "exmail"))
    source.login.setText(f"wang.fang@{OLD[lang]}")
    source.show_checked(True, "")
    moving._ready()
    wait(0.3)
    moving.grab().save(str(out / f"moving-source-{lang}.png"))
    moving.tabs.setCurrentIndex(1)
    for row in moving.people.rows:
        row.login.setText(row.person.address.replace("example.com", OLD[lang]))
        row.password.setText("xxxxxxxx")
    moving._ready()
    wait(0.3)
    moving.grab().save(str(out / f"moving-people-{lang}.png"))
    moving.tabs.setCurrentIndex(2)
    copy = moving.copy
    copy.set_running(True)
    rows = list(copy.rows)
    copy.copied(rows[0], 1840, 0)
    copy.progress(rows[1], 950, 3120, 420)
    copy.progress(rows[2], 120, 2210, 1380)
    wait(0.3)
    moving.grab().save(str(out / f"moving-copy-{lang}.png"))
    moving.tabs.setCurrentIndex(3)
    moving._advice(advise("example.com", 3600, ("10 mx.old-example.com",), ("mx.example.com",)))
    wait(0.3)
    moving.grab().save(str(out / f"moving-cutover-{lang}.png"))
    moving.tabs.setCurrentIndex(1)
    # Microsoft 365's own IMAP migration (practice's provider runs none): its file and console steps
    from mailwizard.core.migration.provider_files import IMAP_CSV, STEPS

    steps = [(key, {"host": "imap.exmail.qq.com", "port": "993", "security": "SSL"}) for key in STEPS[IMAP_CSV]]
    moving.controller.session.migration_prep.provider_file_steps = lambda _server=None: steps
    moving.people.provider_name = "Microsoft 365"
    moving.source.offer_provider_file("Microsoft 365", True)
    moving.source.by_provider.setChecked(True)
    wait(0.3)
    moving.grab().save(str(out / f"moving-provider-file-{lang}.png"))
    moving.close()

    summary.more.open_signatures()
    signatures = summary.more.signatures_window
    design = signatures.design
    design.company_edits["company"].setText(window.controller.state.company.name)
    design.company_edits["phone"].setText("+86 10 8888 6666")
    design.company_edits["website"].setText("https://www.example.com")
    design.legal.setPlainText(LEGAL[lang])
    design._emit()
    wait(0.5)
    signatures.grab().save(str(out / f"signatures-design-{lang}.png"))
    for index, name in ((1, "install"), (2, "autoreply")):
        signatures.tabs.setCurrentIndex(index)
        wait(0.4)
        signatures.grab().save(str(out / f"signatures-{name}-{lang}.png"))
    signatures.close()
    session.close()


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        shoot(out, lang)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
