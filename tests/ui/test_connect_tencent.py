"""Tencent Exmail from the DNS step: the CorpID/secret dialog, the console-guided domain, errors, and the
accounts created from the Members step through the API."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.tencent_fake import TencentFake
from mailwizard.ui.status import Status
from tests.ui.helpers import WAIT
from tests.ui.test_wizard import click_row, domain_page, fill_company, provider_page, type_into


@pytest.fixture
def world():
    zone = Zone(zones={"com", "net"})
    zone.add("example.com", "NS", "ns1.example.net.")
    with LoopbackDns(zone) as dns_server, TencentFake(corp_id="wwcorp", secret="s3cret",
                                                      company="例子贸易有限公司") as fake:
        secrets = MemoryStore()
        connections = Connections(secrets, Endpoints.loopback(fake.base_url),
                                  policy=RetryPolicy(attempts=3, base_delay=0.01), rate=None)
        yield dns_server, fake, secrets, connections


def open_dns_step(qtbot, open_wizard, world):
    dns_server, _fake, _secrets, connections = world
    return dns_step_for(qtbot, open_wizard, dns_server, connections, "tencent", "professional")


def dns_step_for(qtbot, open_wizard, dns_server, connections, provider: str, plan: str):
    """The DNS step for a plan chosen by clicking its row, the company typed in, the domain found."""
    server = f"127.0.0.1:{dns_server.port}"
    window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
    window.controller.connections = connections
    page = provider_page(window)
    type_into(qtbot, page.seats, "5")
    click_row(qtbot, page, provider, plan)
    window.controller.go_next()
    fill_company(qtbot, window)
    qtbot.waitUntil(lambda: domain_page(window).presence.status not in (None, Status.WAITING), timeout=WAIT)
    window.controller.go_next()
    return window, window.pages[Step.DNS]


def app_secret_dialog(qtbot, box):
    """Click Connect and wait for the ID/secret dialog (it opens once the saved ID is read). The button waits for
    a connection's reads to end (it says "Connected" a moment before): so does the click."""
    qtbot.waitUntil(box.connect_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.findChild(QDialog, "app_secret_dialog") is not None
                    and box.findChild(QDialog, "app_secret_dialog").isVisible(), timeout=WAIT)
    return box.findChild(QDialog, "app_secret_dialog")


def fill_dialog(qtbot, box, corp_id: str, secret: str, seen: dict) -> None:
    dialog = app_secret_dialog(qtbot, box)
    seen["ok_before"] = dialog.buttons.buttons()[0].isEnabled()
    where = dialog.findChild(QLabel, "where_to_find")
    seen["where_whole"] = where.height() >= where.heightForWidth(where.width())  # its last paragraph not cut
    type_into(qtbot, dialog.app_id, corp_id)
    type_into(qtbot, dialog.secret, secret)
    seen["secret_echo"] = dialog.secret.echoMode()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)


def test_tencent_connects_with_corpid_and_secret_and_guides_the_domain(qtbot, open_wizard, world) -> None:
    _dns, fake, secrets, _conns = world
    window, page = open_dns_step(qtbot, open_wizard, world)
    box = page.connect_box
    assert box.isVisible() and box.status.status is None and "Optional" in box.status.text.text()  # an offer
    assert "ID and secret" in box.status.plain
    assert box.domain_steps.isVisible() and "域名管理" in box.domain_steps.text()
    seen: dict = {}
    fill_dialog(qtbot, box, "wwcorp", "s3cret", seen)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert seen["ok_before"] is False  # nothing typed yet: Connect is off
    assert seen["where_whole"]  # the free edition's paragraph shows too
    assert seen["secret_echo"] == QLineEdit.EchoMode.Password
    assert box.status.plain == "Connected to Tencent Exmail (ID wwcorp)."  # the API gives no company name
    assert not box.domain_status.isVisible() and box.domain_steps.isVisible()  # the console steps say it
    assert not box.problem.isVisible()
    assert '"secret": "s3cret"' in secrets.values["app-secret:tencent"]
    state_files = b"".join(p.read_bytes() for p in window.store.directory.rglob("*") if p.is_file())
    assert b"s3cret" not in state_files
    assert not [r for r in fake.requests if "domain" in r.path]  # no call the API does not have

    # the Members step creates the accounts through the same connection, in their departments
    c = window.controller
    c.tasks.cancel("dns-watch")
    c.update(dns_verified=True)
    assert c.go_to(Step.MEMBERS)
    members_page = window.pages[Step.MEMBERS]
    members_page.model.set_members([Member(display_name="张伟", family_name="张", given_name="伟",
                                           local_part="zhang.wei", department="销售部"),
                                    Member(display_name="李娜", family_name="李", given_name="娜",
                                           local_part="li.na", department="销售部")])
    members_page._edited()
    qtbot.waitUntil(lambda: members_page.create_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(members_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.state.members_done, timeout=WAIT)
    assert set(fake.users) == {"zhang.wei@example.com", "li.na@example.com"}
    assert fake.users["zhang.wei@example.com"]["name"] == "张伟"
    assert sorted(d["name"] for d in fake.departments.values()) == sorted(["例子贸易有限公司", "销售部"])


def test_a_wrong_secret_is_explained_and_not_kept(qtbot, open_wizard, world) -> None:
    _dns, _fake, secrets, _conns = world
    window, page = open_dns_step(qtbot, open_wizard, world)
    box = page.connect_box
    fill_dialog(qtbot, box, "wwcorp", "not-it", {})
    qtbot.waitUntil(lambda: box.problem.isVisible(), timeout=WAIT)
    assert box.problem.status is Status.PROBLEM
    assert "did not accept the ID or the secret" in box.problem.plain
    assert "app-secret:tencent" not in secrets.values and not window.controller.state.connected_account
    assert box.connect_button.text() == "&Connect…"


def test_an_alias_at_tencent_shows_as_taken_before_anything_is_created(qtbot, open_wizard, world) -> None:
    _dns, fake, _secrets, _conns = world
    fake.aliases.add("sales@example.com")  # an alias made in the console: not in the user list
    fake.departments[7] = {"id": 7, "name": "研发中心", "parentid": 1, "order": 0}
    window, page = open_dns_step(qtbot, open_wizard, world)
    fill_dialog(qtbot, page.connect_box, "wwcorp", "s3cret", {})
    qtbot.waitUntil(lambda: page.connect_box.status.status is Status.DONE, timeout=WAIT)
    c = window.controller
    c.tasks.cancel("dns-watch")
    c.update(dns_verified=True)
    assert c.go_to(Step.MEMBERS)
    members = window.pages[Step.MEMBERS]
    members.model.set_members([Member(display_name="销售部", local_part="sales"),
                               Member(display_name="李娜", local_part="li.na")])
    members._edited()
    members.on_enter()
    qtbot.waitUntil(lambda: "sales" in members.model.existing, timeout=WAIT)
    assert "already exists at your provider" in members.problem.plain
    assert "li.na" not in members.model.existing
    assert any(r.path.endswith("/user/batchcheck") for r in fake.requests)

    # the Department cell offers Tencent's departments (and the table's own) as the user types
    from mailwizard.core.members.model import FIELDS

    qtbot.waitUntil(lambda: members.departments.provider_names == ["研发中心"], timeout=WAIT)
    index = members.proxy.mapFromSource(members.model.index(1, FIELDS.index("department")))
    members.table.setCurrentIndex(index)
    members.table.edit(index)
    editor = next(w for w in members.table.viewport().findChildren(QLineEdit) if w.isVisible())
    assert editor.completer().model().stringList() == ["研发中心"]
