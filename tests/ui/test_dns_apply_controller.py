"""The window's adapter carries every event of "Set up the records for me" on its own signal, with the event's
fields, and passes the pages' intents on to the session's DNS apply step."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.dnshosts.api import ZoneRecord
from mailwizard.core.dnshosts.changes import Change
from mailwizard.core.flow import Step
from mailwizard.core.session import dns_apply_events as ev
from mailwizard.core.session.dns_apply import DnsApplyStep
from mailwizard.core.store import Store
from mailwizard.ui.controller import INTENTS, WizardController
from mailwizard.ui.tasks import TaskRunner

CHANGE = Change("add", None, ZoneRecord("example.com", "MX", "1 smtp.google.com"), "dnshost.reason.add_mx", {})
SAMPLES = [ev.DnsCredentialChecked(False, "permission", "403"), ev.DnsCredentialChecked(True),
           ev.DnsApplyPreview([CHANGE], [("plan.mx_remove_old", {"old": "mx.old"})]),
           ev.DnsApplyProgress(1, 5, CHANGE), ev.DnsApplyDone(5),
           ev.DnsApplyFailed("rate_limited", "429", 2, {"seconds": "30"}), ev.DnsUndoDone()]


def test_every_dns_apply_event_reaches_its_signal_with_its_fields(qtbot, tmp_path: Path) -> None:
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
    controller.shutdown()


def test_the_dns_apply_intents_name_the_steps_methods() -> None:
    names = {k: v for k, v in INTENTS.items() if v.startswith("dns_apply.")}
    assert {v.split(".", 1)[1] for v in names.values()} >= {
        "offer", "enter", "has_credential", "set_credential", "preview", "apply", "undo", "backup_snippet",
        "apply_state"}
    assert all(callable(getattr(DnsApplyStep, v.split(".", 1)[1])) for v in names.values())
