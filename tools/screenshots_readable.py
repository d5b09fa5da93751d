"""Every page of practice mode (and its dialogs) in a dark palette, in English, 简体中文 and 繁體中文, to look for
unreadable colours and clipped text: python tools/screenshots_readable.py [OUT_DIR] [--light].

At 150 % on a 1920×1080 screen, as issue 20 asks:
    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=tools/screen_1920x1080.json \\
        python tools/screenshots_readable.py /work/shots/a11y20"""

from __future__ import annotations

import os
import sys

from _offscreen import application, out_dir, wait
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleFactory

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.practice import PracticeSession
from mailwizard.sandbox.practice import APP_ID, SECRET
from mailwizard.ui import palette

MEMBERS = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "members", "utf8_comma_en.csv")


def until(predicate, seconds: float) -> None:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return
        wait(0.05)


def shoot(widget, out, name: str) -> None:
    widget.grab().save(str(out / f"{name}.png"))


def dialog_named(name: str):
    until(lambda: any(w.objectName() == name and w.isVisible() for w in QApplication.topLevelWidgets()), 5)
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())


def seven_servers(dns, result) -> None:
    """The live grid as outside practice mode: the DNS host and the six public DNS servers (the same verdicts)."""
    import dataclasses

    from mailwizard.core.dns.check import DEFAULT_RESOLVERS
    from mailwizard.core.dns.probe import Vantage

    vantages = (Vantage("authoritative", "198.51.100.7"), *(Vantage("resolver", a) for _, a in DEFAULT_RESOLVERS))
    records = tuple(dataclasses.replace(r, cells=tuple(dataclasses.replace(r.cells[0], vantage=v.label)
                                                       for v in vantages)) for r in result.records)
    delays, dns.panel.practice_delays = dns.panel.practice_delays, {}
    dns.panel.show_result(dataclasses.replace(result, vantages=vantages, records=records))
    dns.size_panes()
    wait(0.3)
    dns.panel.practice_delays = delays


def walk(out, lang: str, tag: str) -> None:
    session = PracticeSession(lang, delays=(0.2, 0.4, 0.6), throttle_every=None)
    window, sandbox, c = session.window, session.sandbox, session.window.controller
    window.show()
    wait(0.5)
    shoot(window, out, f"1-provider-{tag}-{lang}")
    c.go_next()
    c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    window.pages[Step.DOMAIN].refresh()
    c.check_domain_presence("")
    until(lambda: c.state.domain_presence is DomainPresence.EXISTS, 5)
    wait(0.3)
    shoot(window, out, f"2-domain-{tag}-{lang}")
    c.go_next()
    dns = window.pages[Step.DNS]
    until(lambda: c.dns_result is not None, 5)
    wait(0.3)
    shoot(window, out, f"3-dns-{tag}-{lang}")
    seven_servers(dns, c.dns_result)
    shoot(window, out, f"3-dns-seven-servers-{tag}-{lang}")
    dns.panel.show_result(c.dns_result)
    dns.connect_box.connect_button.click()
    secret = dialog_named("app_secret_dialog")
    shoot(secret, out, f"3-dns-connect-dialog-{tag}-{lang}")
    secret.app_id.setText(APP_ID)
    secret.secret.setText(SECRET)
    secret.accept()
    until(lambda: bool(c.state.connected_account), 10)
    dns.open_console.click()
    host = dialog_named("practice_dns_host")
    shoot(host, out, f"3-dns-host-dialog-{tag}-{lang}")
    host.reject()
    rows = [(n, t, v, ttl) for n, t, v, ttl in sandbox.zone.rows() if t == "NS"]
    for item in c.dns_result.plan.items:
        if item.action != "remove" and item.value:
            rows.append((item.name, item.rtype, item.value.rstrip(".") + "." if item.rtype in ("MX", "CNAME")
                         else item.value, 300))
    sandbox.zone.replace_all(rows)
    for _ in range(20):
        c.check_dns_now()
        until(lambda: c.state.dns_all_ok, 1)
        if c.state.dns_all_ok:
            break
    until(lambda: c.state.provider_verified, 5)
    wait(0.3)
    shoot(window, out, f"3-dns-done-{tag}-{lang}")
    scroll = dns.findChild(QScrollArea, "dns_scroll")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    wait(0.2)
    shoot(window, out, f"3-dns-done-bottom-{tag}-{lang}")
    c.go_next()
    members = window.pages[Step.MEMBERS]
    from mailwizard.ui.widgets.import_dialog import run_import

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "import_dialog":
            QTimer.singleShot(50, look)
            return
        shoot(dialog, out, f"4-members-import-{tag}-{lang}")
        dialog.accept()

    QTimer.singleShot(50, look)
    run_import(members, c, [], members._imported, MEMBERS)
    until(lambda: len(members.model.members) == 3, 10)
    wait(0.3)
    shoot(window, out, f"4-members-{tag}-{lang}")
    members.create_button.click()
    until(lambda: c.state.members_done, 30)
    wait(0.3)
    shoot(window, out, f"4-members-created-{tag}-{lang}")
    c.go_next()
    invitations = window.pages[Step.INVITATIONS]
    invitations.runner.pace = 0.02
    wait(0.5)
    shoot(window, out, f"5-invitations-{tag}-{lang}")
    until(invitations.send_button.isEnabled, 5)
    invitations.send_button.click()
    until(c.can_go_next, 20)
    wait(0.3)
    shoot(window, out, f"5-invitations-sent-{tag}-{lang}")
    c.go_next()
    wait(0.5)
    shoot(window, out, f"6-summary-{tag}-{lang}")
    session.close()
    session.languages.apply("en")


def main() -> None:
    app = application()
    light = "--light" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.argv[1:] = args
    out = out_dir()
    app.setPalette(QStyleFactory.create("Fusion").standardPalette() if light else palette.dark_palette())
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    tag = f"{'light' if light else 'dark'}-{int(float(scale) * 100)}"
    for lang in ("en", "zh_CN", "zh_TW"):
        walk(out, lang, tag)
    print(out)


if __name__ == "__main__":
    main()
