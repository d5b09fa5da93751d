"""The Invitations step per provider: Google and Microsoft send from the signed-in admin's mailbox through their API
(one line, no password), the others through SMTP prefilled from the provider's settings, with the provider's word on
which password to type beside the password field."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.ui.status import Status
from tests.servers.google_fake import GoogleFake
from tests.ui.helpers import WAIT

PLANS = {"google": "business-starter", "microsoft": "business-basic", "tencent": "professional",
         "alibaba": "standard"}


def invitations_page(qtbot, open_wizard, provider: str, lang: str = "en", account: str = "admin@example.com"):
    window = open_wizard(lang)
    c = window.controller
    c.choose_plan(provider, PLANS[provider])
    c.set_company(name="例子贸易", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True, members_done=True,
             connected_account=account)
    c.tasks.cancel("dns-watch")
    assert c.go_to(Step.INVITATIONS)
    return window, window.pages[Step.INVITATIONS]


def smtp_fields_shown(page) -> bool:
    return page.username.isVisible() and page.server_box.sender.isVisible() and \
        page.server_box.password_button.isVisible()


@pytest.mark.parametrize(("provider", "name"), [("google", "Google Workspace"), ("microsoft", "Microsoft 365")])
def test_google_and_microsoft_send_from_the_admins_mailbox(qtbot, open_wizard, provider: str, name: str) -> None:
    _window, page = invitations_page(qtbot, open_wizard, provider)
    box = page.server_box
    assert box.api_line.isVisible() and box.api_line.text() == (
        f"Invitations are sent from your mailbox admin@example.com through {name} (no password needed).")
    assert not smtp_fields_shown(page) and not page.host.isVisible() and not box.password_guidance.isVisible()
    assert box.use_smtp.isVisible() and "Send by SMTP instead" in box.use_smtp.text()
    # for those who want SMTP: the provider's server, filled in, and a way back
    box.use_smtp.linkActivated.emit("smtp")
    assert smtp_fields_shown(page) and not box.api_line.isVisible() and box.use_api.isVisible()
    box.change_server.click()
    expected = {"google": ("smtp.gmail.com", 587, "STARTTLS"), "microsoft": ("smtp.office365.com", 587, "STARTTLS")}
    assert (page.host.text(), page.port.value(), box.security.currentText()) == expected[provider]
    box.use_api.linkActivated.emit("api")
    assert box.api_line.isVisible() and not smtp_fields_shown(page)


@pytest.mark.parametrize(("provider", "host", "words"), [
    ("tencent", "smtp.exmail.qq.com", "客户端专用密码"),
    ("alibaba", "smtp.qiye.aliyun.com", "三方客户端安全密码"),
])
def test_the_others_send_by_smtp_with_their_client_password_guidance(qtbot, open_wizard, provider: str, host: str,
                                                                   words: str) -> None:
    _window, page = invitations_page(qtbot, open_wizard, provider, account="")
    box = page.server_box
    assert not box.api_line.isVisible() and not box.use_smtp.isVisible() and not box.use_api.isVisible()
    assert smtp_fields_shown(page)
    assert page.server_summary.text() == f"Server {host}, port 465, SSL/TLS: as {page.controller.provider_name()} " \
                                         "gives them."
    assert box.password_guidance.isVisible() and words in box.password_guidance.text()
    # right by the password field: the row just below it
    form = box.server_form
    assert form.getWidgetPosition(box.password_guidance)[0] == form.getWidgetPosition(box.password_button)[0] + 1


def test_the_guidance_is_in_the_admins_language(qtbot, open_wizard) -> None:
    _window, page = invitations_page(qtbot, open_wizard, "tencent", lang="zh_TW", account="")
    assert "客戶端專用密碼" in page.server_box.password_guidance.text()


def test_invitations_leave_through_gmail_from_the_page(qtbot, open_wizard) -> None:
    with GoogleFake() as google:
        secrets = MemoryStore()  # signed in during an earlier session: the grant in the keychain
        secrets.values["oauth-token:google"] = json.dumps(google.issue_tokens())
        secrets.values["oauth-client:google"] = json.dumps({"client_id": "test-client-id",
                                                            "client_secret": "test-client-secret"})
        window, page = invitations_page(qtbot, open_wizard, "google")
        c = window.controller
        c.connections = Connections(secrets, Endpoints(GoogleEndpoints.at(google.base_url),
                                                       GraphEndpoints.at(google.base_url)),
                                    policy=RetryPolicy(attempts=3, base_delay=0.01))
        c.session.provider.restore()  # as the app does on start
        qtbot.waitUntil(lambda: c.session.provider.api is not None, timeout=WAIT)
        for local in ("zhang.wei", "anna.lee"):
            c.store.journal_put("members:google", f"{local}@example.com", "created")
        c.session.members.provider_changed()  # the Members step made them: its journal read again
        c.set_members([Member("张伟", "张", "伟", "zhang.wei", "zw@personal.test"),
                       Member("Anna Lee", "Lee", "Anna", "anna.lee", "anna@personal.test")])
        page.runner.pace = 0
        qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT)
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.status.status is Status.DONE, timeout=WAIT)
        sent = [(m["From"].addresses[0].addr_spec, m["To"].addresses[0].addr_spec) for m in google.sent_messages]
    assert sorted(sent) == [("admin@example.com", "anna@personal.test"), ("admin@example.com", "zw@personal.test")]
    assert c.state.invitations_done
