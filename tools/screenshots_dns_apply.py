"""Offscreen screenshots of "Set up the records for me" in practice mode (the practice DNS host speaks Cloudflare's
API on loopback): python tools/screenshots_dns_apply.py [OUT_DIR].

The offer on the DNS step, the key dialog with its guide (and a refused key), the preview, the changes being
made, the result on the page beside the live panel, the undo's confirmation and the page after it, and a run the
host stops half-way — in English,
简体中文 and 繁體中文, the window as the app sizes it on a 1366×768 laptop.
"""

from __future__ import annotations

from pathlib import Path

from _offscreen import application, languages, laptop_size, out_dir, wait, wait_until
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mailwizard.core.flow import Step
from mailwizard.practice import PracticeSession
from mailwizard.sandbox.cloudflare_dns_fake import CloudflareDnsFake
from mailwizard.sandbox.practice import APP_ID, SECRET
from mailwizard.ui.widgets.dns_apply_dialog import PREVIEW


def shown(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def shoot(out: Path, lang: str) -> None:
    session = PracticeSession(lang, delays=(0.5, 1.0, 2.0))
    window, c, sandbox = session.window, session.window.controller, session.sandbox
    laptop_size(window)
    window.show()
    c.go_next()
    c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.check_domain_presence("")
    wait_until(lambda: c.state.domain_presence.value == "exists", "the domain")
    c.go_next()
    dns = window.pages[Step.DNS]
    c.connect_app(APP_ID, SECRET, "")
    wait_until(lambda: bool(c.state.connected_account), "the connection")
    wait_until(lambda: c.dns_result is not None and all(r.ready for r in c.dns_records()), "the records")
    offer = dns.apply_offer
    wait_until(offer.set_up.isVisible, "the offer")
    wait(0.5)
    window.grab().save(str(out / f"dns-apply-offer-{lang}.png"))

    # the key: practice's, known as a keychain would know it, refused (as a real host refuses a revoked key): the
    # key's window opens saying why; another refused one, then the practice one again
    sandbox.dns_api.accept_any_token, sandbox.dns_api.token = False, "b" * 40
    offer.set_up.click()
    wait_until(lambda: shown("dns_credential_dialog") is not None, "the key dialog")
    key = shown("dns_credential_dialog")
    wait(0.3)
    key.grab().save(str(out / f"dns-apply-key-{lang}.png"))
    key.fields["token"].setText("a" * 40)
    key.ok.click()
    wait_until(lambda: key.status.status is not None and key.status.status.value == "problem", "the refusal")
    wait(0.2)
    key.grab().save(str(out / f"dns-apply-key-refused-{lang}.png"))
    sandbox.dns_api.accept_any_token = True
    key.ok.click()

    wait_until(lambda: shown("dns_apply_dialog") is not None, "the preview window")
    preview = shown("dns_apply_dialog")
    wait_until(lambda: preview.stack.currentIndex() != 0, "the zone read")
    if preview.stack.currentIndex() != PREVIEW:
        raise SystemExit(f"no preview: {preview.result.plain} ({preview.details.text()})")
    wait(0.3)
    preview.grab().save(str(out / f"dns-apply-preview-{lang}.png"))
    sandbox.dns_api.latency = 0.4  # slow enough to see the changes being made
    preview.apply_button.click()
    wait_until(lambda: preview.progress.value() >= 2, "the run under way")
    preview.grab().save(str(out / f"dns-apply-progress-{lang}.png"))
    wait_until(offer.undo.isVisible, "the result")
    sandbox.dns_api.latency = 0.0
    for _ in range(20):
        c.check_dns_now()
        wait(0.5)
        if c.state.dns_all_ok:
            break
    wait(0.5)
    window.grab().save(str(out / f"dns-apply-result-{lang}.png"))

    def confirm() -> None:
        box = shown("dns_undo_confirm")
        if box is None:
            QTimer.singleShot(100, confirm)
            return
        box.grab().save(str(out / f"dns-apply-undo-confirm-{lang}.png"))
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    QTimer.singleShot(300, confirm)
    offer.undo.click()
    wait_until(lambda: offer.result.plain.startswith(("Undone", "已撤销", "已復原")), "the undo")
    wait(1.0)
    window.grab().save(str(out / f"dns-apply-undone-{lang}.png"))

    # once more, the host refusing the last step for a long while: the failure, what was made, what to do
    offer.set_up.click()  # the key is known: straight to the preview
    wait_until(lambda: shown("dns_apply_dialog") is not None, "the preview window again")
    again = shown("dns_apply_dialog")
    wait_until(lambda: again.stack.currentIndex() == PREVIEW, "the preview again")
    sandbox.dns_api.inject(CloudflareDnsFake.rate_limit(retry_after=600, times=100, method="DELETE"))
    again.apply_button.click()
    wait_until(lambda: again.result.status is not None and again.result.status.value == "problem", "the failure")
    wait(0.3)
    again.grab().save(str(out / f"dns-apply-failed-{lang}.png"))
    again.reject()  # not left open for the next language's session to find
    session.close()


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        shoot(out, lang)
    print(f"saved in {out}")


if __name__ == "__main__":
    main()
