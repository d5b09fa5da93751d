"""Offscreen screenshots of every page in every language: python tools/screenshots.py [OUT_DIR]."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.store import Store
from mailwizard.ui.window import build_window


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        window, _ = build_window(store, load_catalogue(), ResolverConfig(("127.0.0.1",), 9), "en")
        c = window.controller
        c.update(seats=12, budget=200.0, budget_currency="USD")
        window.pages[Step.PROVIDER].refresh()
        window.show()
        for lang in ("en", "zh_CN", "zh_TW"):
            window.switch_language(lang)
            c.go_to(Step.PROVIDER)
            app.processEvents()
            window.grab().save(str(out / f"provider-{lang}.png"))
            rec = window.pages[Step.PROVIDER]._recommendation
            if rec and rec.assessment:
                c.choose_plan(rec.assessment.provider.id, rec.assessment.plan.id)
            c.go_next()
            page = window.pages[Step.DOMAIN]
            page.company_name.setText("")
            for field, text in ((page.company_name, "例子贸易有限公司"), (page.contact_name, "王芳"),
                                (page.contact_email, "wangfang@163"), (page.domain, "https://www.例子.中国/")):
                field.setText(text)
                page._edited(field)
                page._left(field)
            app.processEvents()
            window.grab().save(str(out / f"domain-problem-{lang}.png"))
            page.domain.setText("例子.中国")
            page._edited(page.domain)
            page.contact_email.setText("wangfang@163.com")
            page._edited(page.contact_email)
            c.tasks.cancel_all()
            c.update(domain_presence=DomainPresence.NOT_REGISTERED)
            page.refresh()
            app.processEvents()
            window.grab().save(str(out / f"domain-unregistered-{lang}.png"))
            c.update(domain_presence=DomainPresence.EXISTS, domain_nameservers=("ns1.dnspod.net", "ns2.dnspod.net"))
            page.refresh()
            app.processEvents()
            window.grab().save(str(out / f"domain-ok-{lang}.png"))
            chosen = (c.state.provider_id, c.state.plan_id)
            c.choose_plan("microsoft", "business-basic")  # its licences need the company's country
            page.refresh()
            app.processEvents()
            window.grab().save(str(out / f"domain-country-{lang}.png"))
            c.choose_plan(*chosen)
            page.refresh()
            c.go_next()
            app.processEvents()
            window.grab().save(str(out / f"dns-{lang}.png"))  # the step after the domain
        c.shutdown()
        store.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
