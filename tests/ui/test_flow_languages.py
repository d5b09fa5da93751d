"""The whole of both steps in each language: what the user reads at each moment is in their language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mailwizard.core.dns.hosts import load_hosts
from mailwizard.core.flow import Step
from mailwizard.ui.status import Status
from tests.ui.conftest import close
from tests.ui.helpers import WAIT, translation
from tests.ui.test_wizard import click_row, type_into


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_both_steps_end_to_end(qtbot, open_wizard, lang: str) -> None:
    window = open_wizard(lang)
    provider = window.pages[Step.PROVIDER]
    assert provider.heading.text() == translation(lang, "ProviderPage", "Choose your email provider")
    type_into(qtbot, provider.seats, "8")
    click_row(qtbot, provider, "microsoft", "business-basic")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    page = window.pages[Step.DOMAIN]
    assert page.heading.text() == translation(lang, "DomainPage", "Your company and its domain")
    type_into(qtbot, page.company_name, "例子貿易")
    type_into(qtbot, page.contact_name, "Lee")
    type_into(qtbot, page.contact_email, "lee@example.org")
    type_into(qtbot, page.domain, "lee@例子.中国")  # an address pasted instead of a domain
    assert page.hints[page.domain].text() == translation(
        lang, "Messages", "This is an email address. Type only the part after @.")
    assert page.use_suggestion.text() == translation(lang, "DomainPage", "&Use {domain}").format(domain="例子.中国")
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.presence.status is Status.DONE, timeout=WAIT)
    exists = translation(lang, "Messages", "{domain} is registered. Its DNS settings are managed at {host}: on "
                         "step 3 you add a few records there.")
    dnspod = next(h for h in load_hosts() if h.id == "dnspod").name.get(lang)
    assert page.presence.plain == exists.format(domain="例子.中国", host=dnspod)  # the host's name, not its servers
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    dns = window.pages[Step.DNS]
    assert window.stack.currentWidget() is dns
    assert dns.heading.text() == translation(lang, "DnsPage", "Add the DNS records")

    close(window)
    again = open_wizard(None)
    assert again.stack.currentWidget() is again.pages[Step.DNS]
    assert again.controller.language == lang
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.pages[Step.DOMAIN].domain.text() == "例子.中国"
