"""The Members step's seats line: seats in use and bought against the list, Create held when the list needs more
than are left; where the provider does not say how many were bought, said briefly; the mailbox size column hidden
where no API takes it."""

from __future__ import annotations

import pytest

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import FIELDS, Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.ui.status import Status
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import GoogleFake
from tests.servers.graph_fake import GraphFake
from tests.ui.helpers import WAIT


def connected_members_step(qtbot, open_wizard, fake, plan: tuple[str, str], secret: str | None, lang: str = "en"):
    window = open_wizard(lang)
    c = window.controller
    c.choose_plan(*plan)
    c.set_company(name="Example Ltd", contact_name="Wang Fang", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True)
    c.connections = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(fake.base_url),
                                                         GraphEndpoints.at(fake.base_url)),
                                policy=RetryPolicy(attempts=3, base_delay=0.01), rate=None)
    c.connect_provider("test-client-id", secret, ScriptedBrowser(), "ok", "…")
    qtbot.waitUntil(lambda: c.provider is not None and bool(c.state.connected_account), timeout=WAIT)
    c.tasks.cancel("dns-watch")
    assert c.go_to(Step.MEMBERS)
    return window, window.pages[Step.MEMBERS]


def people(n: int) -> list[Member]:
    return [Member(f"Person {i}", "Person", str(i), f"person{i:02d}") for i in range(n)]


@pytest.fixture
def graph():
    with GraphFake() as fake:
        sku = fake.skus[0]
        sku["prepaidUnits"]["enabled"] = sku["consumedUnits"] + 3  # three seats left
        yield fake


def test_create_is_held_when_the_list_needs_more_seats_than_are_left(qtbot, open_wizard, graph) -> None:
    window, page = connected_members_step(qtbot, open_wizard, graph, ("microsoft", "business-basic"), None)
    line = page.run.seats_line
    used, bought = graph.skus[0]["consumedUnits"], graph.skus[0]["prepaidUnits"]["enabled"]
    qtbot.waitUntil(lambda: line.isVisible() and "Seats:" in line.text(), timeout=WAIT)
    page.model.set_members(people(2))
    page._edited()
    assert line.text() == f"Seats: {used} of {bought} used · your list adds 2."
    assert page.create_button.isEnabled()

    page.model.set_members(people(5))
    page._edited()
    assert f"Seats: {used} of {bought} used · your list adds 5 — 2 more than you have." in line.text()
    assert "Buy more seats in the admin console or remove members." in line.text()
    assert not page.create_button.isEnabled()
    page.create_accounts()  # even asked directly, the session holds it
    assert not window.controller.tasks.is_running("members-create") and graph.created_user_posts == 0

    graph.skus[0]["prepaidUnits"]["enabled"] += 2  # bought in the admin center; the page reads them again
    page.on_enter()
    qtbot.waitUntil(page.create_button.isEnabled, timeout=WAIT)
    assert line.text().endswith("your list adds 5.")


def test_a_provider_that_does_not_say_how_many_were_bought_says_so_and_hides_the_size_column(
        qtbot, open_wizard) -> None:
    with GoogleFake(primary_domain="example-corp.com") as google:
        google._add_domain("example.com", verified=True)
        _window, page = connected_members_step(qtbot, open_wizard, google, ("google", "business-starter"),
                                               "test-client-secret")
        line = page.run.seats_line
        qtbot.waitUntil(line.isVisible, timeout=WAIT)
        assert line.text() == (f"Accounts at Google Workspace: {len(google.users)} · it does not report how many "
                               "seats you bought.")
        page.model.set_members(people(3))
        page._edited()
        assert page.create_button.isEnabled()
        assert page.table.isColumnHidden(FIELDS.index("quota_gb"))
        assert page.quota_note.isVisible() and "Google Workspace's admin API sets no size" in page.quota_note.text()
        before = len(google.users)
        page.create_accounts()
        qtbot.waitUntil(lambda: page.create_status.status is Status.DONE, timeout=WAIT)
        qtbot.waitUntil(lambda: f"Google Workspace: {before + 3} ·" in line.text(), timeout=WAIT)  # read again


def test_without_a_connection_the_size_column_stays_for_the_import_file(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    c = window.controller
    c.choose_plan("alibaba", "standard")
    c.set_company(name="Example Ltd", contact_name="Wang Fang", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True)
    c.tasks.cancel("dns-watch")
    assert c.go_to(Step.MEMBERS)
    page = window.pages[Step.MEMBERS]
    assert not page.table.isColumnHidden(FIELDS.index("quota_gb")) and not page.quota_note.isVisible()
    assert not page.run.seats_line.isVisible()
