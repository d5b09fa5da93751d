"""The wizard's state machine, table-style, no window."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mailwizard.core.flow import (
    Company,
    DomainPresence,
    Step,
    WizardState,
    can_enter,
    is_complete,
    next_step,
    previous_step,
    resume_step,
    visible_steps,
)

ENABLED = frozenset({Step.PROVIDER, Step.DOMAIN, Step.SUMMARY})
COMPANY = Company("Example Ltd", "Wang Fang", "wangfang@163.com", "example.com")
CHOSEN = WizardState(provider_id="google", plan_id="business-starter")
FILLED = replace(CHOSEN, company=COMPANY, domain="example.com", domain_presence=DomainPresence.EXISTS)


def test_only_enabled_steps_are_shown_in_order() -> None:
    assert visible_steps(ENABLED) == [Step.PROVIDER, Step.DOMAIN, Step.SUMMARY]
    assert visible_steps(frozenset(Step)) == list(Step)


@pytest.mark.parametrize(("state", "step", "complete"), [
    (WizardState(), Step.PROVIDER, False),
    (replace(WizardState(), provider_id="google"), Step.PROVIDER, False),
    (CHOSEN, Step.PROVIDER, True),
    (CHOSEN, Step.DOMAIN, False),
    (FILLED, Step.DOMAIN, True),
    (replace(FILLED, domain_presence=DomainPresence.UNREACHABLE), Step.DOMAIN, True),
    (replace(FILLED, domain_presence=DomainPresence.UNCHECKED), Step.DOMAIN, True),
    (replace(FILLED, domain_presence=DomainPresence.NOT_REGISTERED), Step.DOMAIN, False),
    (replace(FILLED, domain=None), Step.DOMAIN, False),
    (replace(FILLED, company=replace(COMPANY, name="  ")), Step.DOMAIN, False),
    (replace(FILLED, company=replace(COMPANY, contact_email="wangfang")), Step.DOMAIN, False),
    (FILLED, Step.SUMMARY, False),
])
def test_completion(state: WizardState, step: Step, complete: bool) -> None:
    assert is_complete(step, state) is complete


@pytest.mark.parametrize(("state", "expected_next", "expected_back"), [
    (WizardState(), None, None),
    (CHOSEN, Step.DOMAIN, None),
    (replace(CHOSEN, current=Step.DOMAIN), None, Step.PROVIDER),
    (replace(FILLED, current=Step.DOMAIN), Step.SUMMARY, Step.PROVIDER),
    (replace(FILLED, current=Step.SUMMARY), None, Step.DOMAIN),
])
def test_next_and_back(state: WizardState, expected_next: Step | None, expected_back: Step | None) -> None:
    assert next_step(state, ENABLED) is expected_next
    assert previous_step(state, ENABLED) is expected_back


def test_guards_keep_later_steps_closed_until_earlier_ones_are_done() -> None:
    assert can_enter(Step.PROVIDER, WizardState(), ENABLED)
    assert not can_enter(Step.DOMAIN, WizardState(), ENABLED)
    assert can_enter(Step.DOMAIN, CHOSEN, ENABLED)
    assert not can_enter(Step.SUMMARY, CHOSEN, ENABLED)
    assert can_enter(Step.SUMMARY, FILLED, ENABLED)
    assert not can_enter(Step.DNS, FILLED, ENABLED)  # not in this build


@pytest.mark.parametrize(("state", "resume"), [
    (replace(FILLED, current=Step.SUMMARY), Step.SUMMARY),
    (replace(CHOSEN, current=Step.DOMAIN), Step.DOMAIN),
    (replace(WizardState(), current=Step.SUMMARY), Step.PROVIDER),      # saved step no longer reachable
    (replace(CHOSEN, current=Step.SUMMARY), Step.DOMAIN),
    (replace(FILLED, current=Step.DNS), Step.SUMMARY),                  # a step this build does not have
])
def test_resume_point(state: WizardState, resume: Step) -> None:
    assert resume_step(state, ENABLED) is resume


def test_state_survives_json_and_tolerates_damage() -> None:
    assert WizardState.from_json(FILLED.to_json()) == FILLED
    damaged = FILLED.to_json() | {"current": "nowhere", "seats": -3, "budget": "lots", "domain_presence": 7,
                                   "company": {"name": "X", "unknown": "y"}, "extra": 1}
    state = WizardState.from_json(damaged)
    assert state.current is Step.PROVIDER and state.seats == 10 and state.budget is None
    assert state.company.name == "X" and state.domain == "example.com"
