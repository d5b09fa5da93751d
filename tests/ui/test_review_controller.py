"""The window's adapter carries every event of the account review on its own signal, with the event's fields, and
settles review actions left half-way each time the provider connects."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.flow import Step
from mailwizard.core.review.model import SUSPEND, ReviewAction, ReviewSnapshot, StaffList
from mailwizard.core.session import review_events as ev
from mailwizard.core.session.events import ConnectionChanged
from mailwizard.core.session.review import ReviewStep
from mailwizard.core.store import Store
from mailwizard.ui.controller import WizardController
from mailwizard.ui.tasks import TaskRunner

ACTION = ReviewAction(SUSPEND, "gus@example.com")
SAMPLES = [ev.ReviewRead(ReviewSnapshot(), []), ev.ReviewFailed("provider.permission_denied", "403", {"needed": "x"}),
           ev.StaffRead(StaffList()), ev.ActionDone(ACTION, False), ev.ActionUndone(ACTION),
           ev.ActionUncertain(ACTION, True)]


def controller_at(tmp_path: Path) -> WizardController:
    return WizardController(Store(tmp_path), load_catalogue(), ResolverConfig(("127.0.0.1",)), TaskRunner(),
                            frozenset(Step))


def test_every_review_event_reaches_its_signal_with_its_fields(qtbot, tmp_path: Path) -> None:
    events = {cls for _name, cls in inspect.getmembers(ev, inspect.isclass)
              if issubclass(cls, ev.Event) and cls is not ev.Event and cls.__module__ == ev.__name__}
    assert events == {type(e) for e in SAMPLES}
    controller = controller_at(tmp_path)
    for event in SAMPLES:
        received = []
        getattr(controller, event.signal).connect(lambda *args, got=received: got.append(args))
        controller.session.emit(event)
        assert received == [tuple(getattr(event, f.name) for f in dataclasses.fields(event))]
    controller.shutdown()


def test_connecting_settles_actions_left_half_way(qtbot, tmp_path: Path, monkeypatch) -> None:
    resumed: list[bool] = []
    monkeypatch.setattr(ReviewStep, "resume", lambda self: resumed.append(True))
    controller = controller_at(tmp_path)
    controller.session.emit(ConnectionChanged())  # not connected (signed out): nothing to read with
    controller.session.emit(ConnectionChanged("provider.auth_expired"))
    assert resumed == []
    controller.session.provider.api = object()
    controller.session.emit(ConnectionChanged())
    assert resumed == [True]
    controller.session.provider.api = None
    controller.shutdown()
