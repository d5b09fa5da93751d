"""Who has signed in is read once at the app's start while someone has not (not only when the Invitations step or
the Summary opens), off the UI thread, whatever step the app reopens on."""

from __future__ import annotations

from dataclasses import replace

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.session.state import SESSION_KEY, SessionState
from mailwizard.core.store import Store
from tests.ui.helpers import WAIT
from tests.ui.test_summary import DONE

PEOPLE = (Member("Ann Lee", "Lee", "Ann", "ann", "ann@personal.example"),
          Member("Bo Li", "Li", "Bo", "bo", "bo@personal.example"))


def reopened_on(state_dir, step: Step, **changes) -> None:
    store = Store(state_dir)
    # West Digital: accounts made by hand in its console; its "who has signed in" answers without any network
    wizard = replace(DONE, provider_id="west", plan_id="enterprise", domain="example.com", current=step, **changes)
    store.put(SESSION_KEY, SessionState(wizard=wizard, members=PEOPLE).to_json())
    store.close()


def test_at_start_on_another_step_who_has_signed_in_is_read_once(qtbot, open_wizard, state_dir) -> None:
    reopened_on(state_dir, Step.MEMBERS)
    window = open_wizard("en")
    c = window.controller
    assert c.state.current is Step.MEMBERS
    qtbot.waitUntil(lambda: c.activation_report() is not None, timeout=WAIT)
    report = c.activation_report()
    assert [m.address for m in report.members] == ["ann@example.com", "bo@example.com"]
    assert not c.check_activation_once(), "once a run: opening the Summary later does not read again"


def test_nothing_is_read_at_start_before_the_invitations_went_out(qtbot, open_wizard, state_dir) -> None:
    reopened_on(state_dir, Step.MEMBERS, invitations_done=False)
    window = open_wizard("en")
    qtbot.wait(300)
    assert "activation" not in window.controller.session.__dict__, "nothing about activation was even loaded"
