"""The activation model and each provider's rule for turning its dates into a state; the step's message keys have
texts and the window adapter carries every activation event."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import fields

from mailwizard.core.activation import (
    INVITED,
    PASSWORD_CHANGED,
    SIGNED_IN,
    UNKNOWN,
    ActivationReport,
    MemberActivation,
    moment,
    not_reported,
)
from mailwizard.core.providers import google_activation, graph_activation
from mailwizard.core.session import activation_events
from mailwizard.core.session.activation import MESSAGE_KEYS

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def test_the_epoch_google_gives_for_never_is_no_moment() -> None:
    assert moment("1970-01-01T00:00:00.000Z") is None
    assert moment("") is None and moment(None) is None and moment("garbage") is None
    assert moment("2026-03-01T08:30:00.000Z") == dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)


def test_google_states() -> None:
    made = {"creationTime": "2026-03-03T09:00:00.000Z", "name": {"fullName": "Ann Lee"}}
    never = google_activation.state_of({**made, "lastLoginTime": "1970-01-01T00:00:00.000Z",
                                        "changePasswordAtNextLogin": True}, "ann@x.com", NOW)
    assert (never.state, never.days_waiting, never.name) == (INVITED, 7, "Ann Lee")
    assert never.since == "2026-03-03T09:00:00+00:00"
    signed = google_activation.state_of({**made, "lastLoginTime": "2026-03-04T09:00:00.000Z",
                                         "changePasswordAtNextLogin": True}, "ann@x.com", NOW)
    changed = google_activation.state_of({**made, "lastLoginTime": "2026-03-04T09:00:00.000Z",
                                          "changePasswordAtNextLogin": False}, "ann@x.com", NOW)
    assert (signed.state, signed.days_waiting) == (SIGNED_IN, None) and changed.state == PASSWORD_CHANGED
    assert signed.since == "2026-03-04T09:00:00+00:00"


def test_graph_a_password_change_counts_only_after_the_creation_and_after_a_reset_by_mailwizard() -> None:
    user = {"displayName": "Bo", "createdDateTime": "2026-03-01T09:00:00Z",
            "lastPasswordChangeDateTime": "2026-03-01T09:00:01Z"}
    assert graph_activation.state_of(user, "bo@x.com", NOW).state == INVITED  # the password set at creation
    assert graph_activation.state_of(user, "bo@x.com", NOW).days_waiting == 9
    later = {**user, "lastPasswordChangeDateTime": "2026-03-02T10:00:00Z"}
    assert graph_activation.state_of(later, "bo@x.com", NOW).state == PASSWORD_CHANGED
    reset = dt.datetime(2026, 3, 2, 9, 59, 59, tzinfo=dt.UTC)  # MailWizard set a new temporary password then
    waiting = graph_activation.state_of(later, "bo@x.com", NOW, reset)
    assert waiting.state == INVITED and waiting.days_waiting == 8


def test_the_report_goes_to_the_store_and_back() -> None:
    report = ActivationReport([MemberActivation("a@x.com", "A", INVITED, "2026-03-01T09:00:00+00:00", 9),
                               MemberActivation("b@x.com", "B", PASSWORD_CHANGED, "2026-03-02T09:00:00+00:00", None)],
                              True, "https://example.com/doc", "2026-03-10T12:00:00+00:00")
    assert ActivationReport.from_json(report.to_json()) == report
    assert report.signed_in_count() == 1 and [m.address for m in report.waiting()] == ["a@x.com"]
    assert ActivationReport.from_json({"members": [["c@x.com", "", "bogus", None, None]]}).members[0].state == UNKNOWN


def test_a_provider_that_cannot_tell_reports_everyone_unknown() -> None:
    report = not_reported(["a@x.com"], "https://example.com/doc", {"a@x.com": "A"})
    assert not report.reported and report.members == [MemberActivation("a@x.com", "A", UNKNOWN, None, None)]
    assert report.waiting() == report.members and report.checked_at


def test_every_key_of_the_step_has_a_text(qapp) -> None:
    from mailwizard.ui.messages import has_text

    assert [k for k in MESSAGE_KEYS if not has_text(k)] == []


def test_the_window_adapter_carries_every_activation_event_and_intent(qapp) -> None:
    from mailwizard.ui import controller

    for event in (activation_events.ActivationRead, activation_events.ActivationFailed,
                  activation_events.RemindProgress, activation_events.RemindDone):
        assert hasattr(controller.WizardController, event.signal), event
        assert len([f for f in fields(event)]) == {"activationRead": 1, "activationFailed": 2,
                                                   "remindProgress": 2, "remindDone": 3}[event.signal]
    for intent in ("refresh_activation", "activation_report", "not_signed_in", "remind_members"):
        assert controller.INTENTS[intent].startswith("activation.")


def test_practice_reports_some_members_signed_in() -> None:
    from mailwizard.core.providers.alibaba import AlibabaEndpoints
    from mailwizard.core.providers.practice import PracticeProvider
    from mailwizard.sandbox.practice_api import APP_ID, SECRET, PracticeApi

    with PracticeApi(lambda _d: True, throttle_every=None) as api:
        api.use_domain("example.com")
        for i in range(9):
            api._new_user({"email": f"p{i}@example.com", "name": f"P{i}"}, "Temp-Pass-1x")

        async def run():
            provider = PracticeProvider(APP_ID, SECRET, AlibabaEndpoints.at(api.base_url), rate=None)
            try:
                return await provider.activation([f"p{i}@example.com" for i in range(9)] + ["ghost@example.com"])
            finally:
                await provider.close()

        report = asyncio.run(run())
    states = [m.state for m in report.members]
    assert report.reported and states[-1] == UNKNOWN
    assert states.count(PASSWORD_CHANGED) and states.count(INVITED)
    assert set(states[:-1]) == {PASSWORD_CHANGED, INVITED}
