"""Offscreen screenshots of the shorter practice walk: the Domain step with the sample company (the domain left to
type), and the DNS step's preview reached straight from "Set up the records for me" with the key known, showing
"Use a different key…": python tools/screenshots_known_key.py [OUT_DIR]. In English, 简体中文 and 繁體中文, the window
as the app sizes it on a 1366×768 laptop."""

from __future__ import annotations

from pathlib import Path

from _offscreen import application, languages, laptop_size, out_dir, wait, wait_until
from PySide6.QtWidgets import QApplication

from mailwizard.core.flow import Step
from mailwizard.practice import PracticeSession
from mailwizard.ui.widgets.dns_apply_dialog import PREVIEW


def shown(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def shoot(out: Path, lang: str) -> None:
    session = PracticeSession(lang, delays=(0.5, 1.0, 2.0))
    window, c = session.window, session.window.controller
    laptop_size(window)
    window.show()
    c.go_next()
    wait(0.5)
    window.grab().save(str(out / f"domain-sample-company-{lang}.png"))
    page = window.pages[Step.DOMAIN]
    page.domain.setText("example.com")
    page.domain.textEdited.emit("example.com")
    wait_until(lambda: c.state.domain_presence.value == "exists", "the domain")
    wait(0.3)
    window.grab().save(str(out / f"domain-sample-company-checked-{lang}.png"))
    c.go_next()
    dns = window.pages[Step.DNS]
    dns.connect_box.connect_button.click()  # the practice ID and secret are known: at once
    wait_until(lambda: bool(c.state.connected_account), "the connection")
    wait_until(lambda: c.dns_result is not None and all(r.ready for r in c.dns_records()), "the records")
    wait_until(c.dns_host_has_credential, "the known key")
    dns.apply_offer.set_up.click()
    wait_until(lambda: shown("dns_apply_dialog") is not None, "the preview window")
    preview = shown("dns_apply_dialog")
    wait_until(lambda: preview.stack.currentIndex() == PREVIEW, "the preview")
    wait(0.3)
    preview.grab().save(str(out / f"dns-apply-preview-known-key-{lang}.png"))
    preview.other_key.click()
    wait_until(lambda: shown("dns_credential_dialog") is not None, "the key window")
    wait(0.3)
    shown("dns_credential_dialog").grab().save(str(out / f"dns-apply-other-key-{lang}.png"))
    shown("dns_credential_dialog").reject()
    session.close()


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        shoot(out, lang)
    print(f"saved in {out}")


if __name__ == "__main__":
    main()
