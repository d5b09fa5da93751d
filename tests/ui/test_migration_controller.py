"""The window's adapter carries every event of the mail copy on its own signal, with the event's fields, and each
copy intent reaches session.migration."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.flow import Step
from mailwizard.core.session import migration_events as ev
from mailwizard.core.session.migration import DONE, MemberStatus, MigrationStep
from mailwizard.core.store import Store
from mailwizard.ui.controller import INTENTS, WizardController
from mailwizard.ui.tasks import TaskRunner

SAMPLES = [ev.CopyProgress("li@example.com", 10, 400, 42), ev.MemberCopied("li@example.com", 390, 10),
           ev.CopyFailed("li@example.com", "migration.target_full", "[OVERQUOTA]"),
           ev.CopyFinished({"li@example.com": MemberStatus(DONE, 400, 400)}),
           ev.TargetAccessChecked({"li@example.com": "", "wang@example.com": "migration.target_no_full_access"})]


def test_every_copy_event_reaches_its_signal_with_its_fields(qtbot, tmp_path: Path) -> None:
    events = {cls for _name, cls in inspect.getmembers(ev, inspect.isclass)
              if issubclass(cls, ev.Event) and cls is not ev.Event and cls.__module__ == ev.__name__}
    assert events == {type(e) for e in SAMPLES}
    controller = WizardController(Store(tmp_path), load_catalogue(), ResolverConfig(("127.0.0.1",)), TaskRunner(),
                                  frozenset(Step))
    for event in SAMPLES:
        received = []
        getattr(controller, event.signal).connect(lambda *args, got=received: got.append(args))
        controller.session.emit(event)
        assert received == [tuple(getattr(event, f.name) for f in dataclasses.fields(event))]
    assert controller.copy_status() == {} and controller.copy_plan() is None
    controller.shutdown()


def test_every_copy_intent_reaches_the_step() -> None:
    intents = {k: v for k, v in INTENTS.items() if v.startswith("migration.")}
    assert set(intents) == {"set_copy_password", "start_copy", "pause_copy", "resume_copy", "cancel_copy",
                            "copy_status", "copy_plan", "copy_target", "copy_running", "copy_refused",
                            "copy_target_auth", "check_copy_access"}
    for intent, target in intents.items():
        assert callable(getattr(MigrationStep, target.partition(".")[2])), intent
