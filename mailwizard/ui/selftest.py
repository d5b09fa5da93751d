"""`--self-test`: the packaged app's smoke test. Builds every page in every language offscreen,
walks the wizard as a user would, runs a real async DNS query on the qasync loop, prints OK."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtGui import QImage

from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.provider_profile import CONNECT_BROWSER
from mailwizard.ui.i18n import LANGUAGE_CODES, LanguageManager
from mailwizard.ui.shell import MainWindow


def run_self_test(window: MainWindow, languages: LanguageManager, loop: asyncio.AbstractEventLoop) -> int:
    controller = window.controller
    # Port 9 (discard) on loopback: no network leaves the machine, yet a real query is sent.
    controller.resolvers = ResolverConfig(("127.0.0.1",), port=9, timeout=0.3, lifetime=0.6)
    controller.dns_config = check_config(["127.0.0.1:9"], ["127.0.0.1:9"], timeout=0.3)
    window.show()
    problems: list[str] = []
    report: list[str] = []

    async def walk() -> None:
        for code in LANGUAGE_CODES:
            window.switch_language(code)
            for page in window.pages.all():
                image: QImage = page.grab().toImage()
                if image.isNull() or image.width() < 100:
                    problems.append(f"{code}: page {page.step.value} did not render")
        provider = controller.catalogue.providers[0]
        controller.choose_plan(provider.id, provider.plans[0].id)
        if not controller.go_next():
            problems.append("could not leave the provider step")
        controller.set_company(name="Self-test Ltd", contact_name="Tester", contact_email="tester@example.org")
        controller.set_domain_input("例子.中国")
        controller.check_domain_presence("self-test")
        for _ in range(100):
            await asyncio.sleep(0.02)
            if not controller.tasks.is_running():
                break
        if controller.state.domain_presence is not DomainPresence.UNREACHABLE:
            problems.append(f"DNS check ended as {controller.state.domain_presence.value}")
        if not controller.go_next() or controller.state.current is not Step.DNS:
            problems.append("could not reach the DNS step")
            return
        report.extend(sign_in_forms(window, problems))
        report.extend(await dns_host_modules(problems))
        report.extend(review_report_pdf(problems))

    with loop:
        loop.run_until_complete(walk())
    window.close()
    if problems:
        print("SELF-TEST FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1
    print("\n".join([*report, "OK"]))
    return 0


def sign_in_forms(window: MainWindow, problems: list[str]) -> list[str]:
    """What the Connect box offers for each provider signed in to in the browser: "sign-in <id>: built-in app"
    (only "Sign in with …" and "Advanced") or "sign-in <id>: registration form" (a copy built without the
    publisher's app ids). The packaging tests read it from the frozen app."""
    controller, box = window.controller, window.pages[Step.DNS].connect_box
    lines = []
    for provider in controller.catalogue.providers:
        controller.choose_plan(provider.id, provider.plans[0].id)
        if controller.provider_profile.connect != CONNECT_BROWSER:
            continue
        box.refresh()
        simple = controller.sign_in_simply()
        brand = controller.provider_profile.sign_in_brand
        if box.advanced.isVisible() != simple or (brand in box.connect_button.text()) != simple:
            problems.append(f"the Connect box of {provider.id} does not show the sign-in the session chose")
        lines.append(f"sign-in {provider.id}: {'built-in app' if simple else 'registration form'}")
    return lines


async def dns_host_modules(problems: list[str]) -> list[str]:
    """Every DNS host with an API connects (nothing is sent): its module is in the bundle, loaded by name."""
    from mailwizard.core.dnshosts.registry import DEFAULT

    report = []
    for host_id in DEFAULT.hosts():
        info = DEFAULT.api_for(host_id)
        try:
            api = DEFAULT.connect(host_id, {field.key: "self-test" for field in info.fields}, "http://127.0.0.1:9")
            await api.aclose()
            report.append(f"dns host {host_id}: {info.module}")
        except Exception as exc:  # whatever went wrong is the finding
            problems.append(f"DNS host {host_id} cannot be used: {exc!r}")
    try:
        import desktop_notifier  # noqa: F401 (the watch's notifications, loaded only when it has news)
    except ImportError as exc:
        problems.append(f"desktop-notifier missing: {exc!r}")
    return report


def review_report_pdf(problems: list[str]) -> list[str]:
    """The review report's PDF in each language: its texts (resources/review_report), Qt's PDF writer, a font with
    Chinese and an SVG logo (the svg image plugin) are in the bundle: "review report <language>: <pages> page(s)"."""
    import datetime as dt
    import tempfile
    from pathlib import Path

    from mailwizard.core.review.report import LOGO_NAME, Logo, ReportData, report_html
    from mailwizard.render.pdf import write_pdf

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>'
    if QImage.fromData(svg).isNull():
        problems.append("an SVG logo cannot be read (the svg image plugin is missing)")
    lines = []
    with tempfile.TemporaryDirectory(prefix="mailwizard-selftest-") as folder:
        for code in LANGUAGE_CODES:
            data = ReportData("Self-test Ltd", "例子.中国", "Self-test", code, dt.date(2026, 1, 1),
                              logo=Logo("image/svg+xml", svg))
            try:
                pages = write_pdf(report_html(data, logo_src=LOGO_NAME), Path(folder) / f"{code}.pdf",
                                  language=code, images={LOGO_NAME: svg})
            except Exception as exc:  # whatever went wrong is the finding
                problems.append(f"the review report cannot be made in {code}: {exc!r}")
                continue
            lines.append(f"review report {code}: {pages} page(s)")
    return lines
