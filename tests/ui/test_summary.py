"""The last step of a real run: what was set up, and where the admin manages it from now on."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Company, DomainPresence, Step, WizardState
from mailwizard.core.session.state import SESSION_KEY, SessionState
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns
from tests.ui.helpers import WAIT
from tests.ui.test_dns_step import bare_zone

DONE = WizardState(
    current=Step.SUMMARY, seats=3, provider_id="google", plan_id="business-starter",
    company=Company("例子贸易有限公司", "王小明", "boss@example.net", "例子.中国"), domain="xn--fsqu00a.xn--fiqs8s",
    domain_presence=DomainPresence.EXISTS, dns_verified=True, dns_all_ok=True, members_done=True,
    invitations_done=True)


def test_a_finished_run_points_to_the_admin_console_not_to_signing_up(qtbot, open_wizard, state_dir,
                                                                      monkeypatch) -> None:
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=DONE).to_json())
    store.close()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window = open_wizard("en")
    summary = window.pages[Step.SUMMARY]
    assert window.stack.currentWidget() is summary
    assert summary.intro.text().startswith("Your company email is set up.")
    body = summary.body.text()
    assert "例子.中国 (xn--fsqu00a.xn--fiqs8s)" in body and "exists on the internet" in body
    assert "https://admin.google.com/" in body and "sign up" not in body.lower()
    assert summary.open_console.text() == "&Open the Google Workspace admin console"
    summary.open_console.click()
    assert opened == [QUrl("https://admin.google.com/")]
    assert window.next_button.text() == "Fi&nish" and window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()  # the wizard ends; everything was saved already


def test_the_summary_reads_in_chinese_too(qtbot, open_wizard, state_dir) -> None:
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=DONE).to_json())
    store.close()
    window = open_wizard("zh_TW")
    summary = window.pages[Step.SUMMARY]
    assert "Your company" not in summary.intro.text() and "admin console" not in summary.open_console.text()
    body = summary.body.text()
    assert "例子.中国（xn--fsqu00a.xn--fiqs8s）" in body  # full-width punctuation in a Chinese sentence
    assert "已完成：" in body and "已完成: " not in body


@contextmanager
def summary_after_a_check(qtbot, open_wizard, state_dir, zone, **values: str):
    """A finished run reopened on the Summary with ``zone`` at a loopback DNS server: the Summary once the
    wizard's DNS check has answered."""
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=replace(DONE, domain="example.com", dns_all_ok=False,
                                 dns_values={"verification": "abc123", **values})).to_json())
    store.close()
    with LoopbackDns(zone) as host:
        server = f"127.0.0.1:{host.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
        qtbot.waitUntil(lambda: window.controller.dns_result is not None, timeout=WAIT)
        yield window.pages[Step.SUMMARY]


def test_records_still_to_fix_are_said_and_nothing_claims_to_be_set_up(qtbot, open_wizard, state_dir) -> None:
    zone = bare_zone()  # the old MX and SPF still there: the user went on once ownership was proven
    zone.set("example.com", "TXT", "google-site-verification=abc123", "v=spf1 include:spf.oldmail.net ~all")
    with summary_after_a_check(qtbot, open_wizard, state_dir, zone) as summary:
        qtbot.waitUntil(lambda: summary.intro.text().startswith("Almost done"), timeout=WAIT)
        assert "records to add or fix on step 3" in summary.body.text()
        assert "set up" not in summary.intro.text()


def test_invitations_skipped_are_not_called_sent(qtbot, open_wizard, state_dir) -> None:
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=replace(DONE, invitations_skipped=True)).to_json())
    store.close()
    body = open_wizard("en").pages[Step.SUMMARY].body.text()
    assert "not sent by email: the hand-over sheets were given out instead" in body and "all sent" not in body


def test_only_optional_records_left_do_not_say_mail_may_not_arrive(qtbot, open_wizard, state_dir) -> None:
    zone = bare_zone()  # mail works: verification, MX and SPF right; DKIM and DMARC (optional) not added yet
    zone.set("example.com", "MX", "1 smtp.google.com.")
    zone.set("example.com", "TXT", "google-site-verification=abc123",
             "v=spf1 include:spf.oldmail.net include:_spf.google.com ~all")
    with summary_after_a_check(qtbot, open_wizard, state_dir, zone) as summary:
        # DKIM's value is still to be pasted: that one needs the admin; DMARC is optional, left out
        qtbot.waitUntil(lambda: "1 record to add or fix on step 3" in summary.body.text(), timeout=WAIT)
        assert summary.intro.text().startswith("Your company email is set up.")  # not "email may not arrive"


def test_an_optional_record_left_out_is_named_not_counted_as_wrong(qtbot, open_wizard, state_dir) -> None:
    from tests.integration.test_dns_check import DKIM, google_zone

    zone = google_zone()
    zone.set("_dmarc.example.com", "TXT")  # DMARC (optional) not added
    with summary_after_a_check(qtbot, open_wizard, state_dir, zone, dkim=DKIM) as summary:
        qtbot.waitUntil(lambda: "optional and not added yet" in summary.body.text(), timeout=WAIT)
        assert "all that mail needs is correct; optional and not added yet: Anti-spoofing policy (DMARC)" in \
            summary.body.text()
        assert summary.intro.text().startswith("Your company email is set up.")


def test_a_check_that_cannot_reach_the_dns_does_not_undo_a_proven_ownership(qtbot, open_wizard,
                                                                            state_dir) -> None:
    """Reopened offline on step 5: the time-out said nothing about ownership, so steps 4-6 stay open."""
    from mailwizard.core.dns.service import check_config
    from mailwizard.core.store import Store
    from mailwizard.sandbox.dns_server import SilentDns
    from tests.ui.conftest import close

    store = Store(state_dir)
    state = replace(DONE, current=Step.INVITATIONS, domain="example.com", dns_all_ok=False, invitations_done=False,
                    dns_values={"verification": "abc123"})
    store.put(SESSION_KEY, SessionState(wizard=state).to_json())
    store.close()
    with SilentDns() as silent:
        server = f"127.0.0.1:{silent.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.3))
        qtbot.waitUntil(lambda: window.controller.dns_result is not None, timeout=WAIT)
        assert window.controller.dns_result.ownership_unread
        assert window.controller.state.dns_verified and window.controller.state.current is Step.INVITATIONS
        assert window.sidebar.item(3).flags() & Qt.ItemFlag.ItemIsEnabled  # Members is still reachable
        close(window)
        again = open_wizard(None, dns_config=check_config([server], [server], timeout=0.3))
        assert again.controller.state.current is Step.INVITATIONS  # not sent back to step 3


def test_reopened_offline_the_summary_does_not_claim_the_email_is_set_up(qtbot, open_wizard, state_dir) -> None:
    from mailwizard.sandbox.dns_server import SilentDns

    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=replace(DONE, domain="example.com", dns_all_ok=False,
                                 dns_values={"verification": "abc123"})).to_json())
    store.close()
    with SilentDns() as silent:
        server = f"127.0.0.1:{silent.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.3))
        qtbot.waitUntil(lambda: window.controller.dns_result is not None, timeout=WAIT)
        intro = window.pages[Step.SUMMARY].intro.text()
        assert intro.startswith("The accounts exist, but the DNS records could not be checked just now")
        assert "is set up" not in intro


def test_the_cost_is_for_the_accounts_that_exist_not_the_headcount_of_step_one(qtbot, open_wizard,
                                                                                state_dir) -> None:
    from mailwizard.core.catalogue import load_catalogue
    from mailwizard.core.members.model import Member
    from mailwizard.core.plans import Needs, assess
    from mailwizard.ui import format as fmt

    people = tuple(Member(f"Person {i}", local_part=f"p{i}") for i in range(5))
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=replace(DONE, seats=12, members_done=False), members=people).to_json())
    for person in people[:2]:  # two accounts made; the rest not (yet)
        store.journal_put("members:google", person.address(DONE.domain), "created", "id", "")
    store.close()
    window = open_wizard("en")
    summary = window.pages[Step.SUMMARY]
    summary.refresh()
    catalogue = load_catalogue()
    google = catalogue.provider("google")
    plan = google.plan("business-starter")

    def cost(seats: int) -> str:
        ours = next(a for a in assess(catalogue, Needs(seats, None, DONE.budget_currency)) if a.plan is plan)
        return fmt.money(ours.monthly, DONE.budget_currency)

    body = summary.body.text()
    assert f"{cost(2)} a month for the 2 accounts that exist" in body
    assert "2 of 5 accounts exist" in body
    assert cost(12) not in body and "12 people" not in body


def test_before_any_account_exists_the_headcount_planned_is_priced_and_said_so(qtbot, open_wizard,
                                                                               state_dir) -> None:
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=replace(DONE, members_done=False)).to_json())
    store.close()
    window = open_wizard("en")
    body = window.pages[Step.SUMMARY].body.text()
    assert "a month for 3 people (the number planned in step 1; no account exists yet)" in body
