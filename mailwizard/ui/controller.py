"""Owns the wizard state, saves it as the user goes, and is the only caller of core services."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mailwizard.core import flow
from mailwizard.core.catalogue import Catalogue
from mailwizard.core.dns.presence import PresenceResult, ResolverConfig, check_presence
from mailwizard.core.domains import check_domain
from mailwizard.core.flow import DomainPresence, Step, WizardState
from mailwizard.core.registrars import load_registrars
from mailwizard.core.store import Store, StoreError
from mailwizard.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

STATE_KEY = "wizard"
LANGUAGE_KEY = "language"
SAVE_DELAY_MS = 300
PRESENCE_TASK = "domain-presence"


class WizardController(QObject):
    """Signals: ``stateChanged()`` after any change; ``presenceChanged(object)`` with a
    ``PresenceResult`` (or None while checking); ``saveFailed(str)`` with the reason."""

    stateChanged = Signal()
    presenceChanged = Signal(object)
    saveFailed = Signal(str)

    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        resolvers: ResolverConfig,
        tasks: TaskRunner,
        enabled: frozenset[Step],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.catalogue, self.resolvers, self.tasks = store, catalogue, resolvers, tasks
        self.enabled = enabled
        self.language = "en"  # the UI language, for the catalogue's own three-language texts
        self.registrars = load_registrars()
        saved = store.get(STATE_KEY)
        state = WizardState.from_json(saved) if isinstance(saved, dict) else WizardState()
        self._state = replace(state, current=flow.resume_step(state, enabled))
        # One worker keeps writes in order and off the UI thread.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_now)

    # --- state ---------------------------------------------------------------------------
    @property
    def state(self) -> WizardState:
        return self._state

    def update(self, **changes: Any) -> None:
        new = replace(self._state, **changes)
        if new == self._state:
            return
        self._state = new
        self._save_timer.start()
        self.stateChanged.emit()

    def choose_plan(self, provider_id: str, plan_id: str) -> None:
        self.update(provider_id=provider_id, plan_id=plan_id)

    def set_company(self, **fields: str) -> None:
        self.update(company=replace(self._state.company, **fields))

    def set_domain_input(self, text: str) -> None:
        verdict = check_domain(text)
        domain = verdict.ascii if verdict.ok else None
        changes: dict[str, Any] = {"company": replace(self._state.company, domain_input=text), "domain": domain}
        if domain != self._state.domain:
            self.tasks.cancel(PRESENCE_TASK)
            changes["domain_presence"] = DomainPresence.UNCHECKED
            changes["domain_nameservers"] = ()
        self.update(**changes)

    # --- navigation ----------------------------------------------------------------------
    def steps(self) -> list[Step]:
        return flow.visible_steps(self.enabled)

    def can_go_next(self) -> bool:
        return flow.next_step(self._state, self.enabled) is not None

    def go_next(self) -> bool:
        target = flow.next_step(self._state, self.enabled)
        if target is None:
            return False
        self.update(current=target)
        return True

    def go_back(self) -> bool:
        target = flow.previous_step(self._state, self.enabled)
        if target is None:
            return False
        self.update(current=target)
        return True

    def go_to(self, step: Step) -> bool:
        if not flow.can_enter(step, self._state, self.enabled):
            return False
        self.update(current=step)
        return True

    def start_over(self) -> None:
        self.tasks.cancel_all()
        self._save_timer.stop()
        self._writer.submit(lambda: None).result()  # let a pending write finish first
        self.store.clear()
        language = self.store.get(LANGUAGE_KEY)
        self._state = WizardState(budget_currency=self._state.budget_currency)
        if language:
            self.store.put(LANGUAGE_KEY, language)
        self.stateChanged.emit()

    # --- services ------------------------------------------------------------------------
    def check_domain_presence(self, label: str) -> None:
        domain = self._state.domain
        if not domain:
            return
        self.presenceChanged.emit(None)

        def done(result: PresenceResult) -> None:
            if self._state.domain != domain:
                return  # the user typed another domain meanwhile
            self.update(domain_presence=result.presence, domain_nameservers=result.nameservers)
            self.presenceChanged.emit(result)

        self.tasks.run(PRESENCE_TASK, check_presence(domain, self.resolvers), label=label, on_result=done)

    def cancel_presence_check(self) -> None:
        self.tasks.cancel(PRESENCE_TASK)

    # --- saving --------------------------------------------------------------------------
    def save_language(self, language: str) -> None:
        self._writer.submit(self._write, LANGUAGE_KEY, language)

    def _save_now(self) -> None:
        self._writer.submit(self._write, STATE_KEY, self._state.to_json())

    def _write(self, key: str, value: Any) -> None:
        try:
            self.store.put(key, value)
        except StoreError as exc:
            log.error("saving %s failed: %s", key, exc)
            self.saveFailed.emit(str(exc))  # queued to the UI thread by Qt

    def flush(self) -> None:
        """Write now and wait: called when the window closes."""
        if self._save_timer.isActive():
            self._save_timer.stop()
        self._writer.submit(self._write, STATE_KEY, self._state.to_json()).result()

    def shutdown(self) -> None:
        if self._writer._shutdown:  # closed already (closeEvent can come twice)
            return
        self.tasks.cancel_all()
        self.flush()
        self._writer.shutdown(wait=True)
