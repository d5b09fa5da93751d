""""Move old mail in…", opened from the Summary: the old service and its server (checked first), each person's
old login, the copy with its progress (or the new provider's own migration file and console steps), and how to
switch the domain's mail over. It sends intents through the controller and renders what the session reports."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import duration, message
from mailwizard.ui.pages.side_window import SideWindow
from mailwizard.ui.status import Status
from mailwizard.ui.widgets.moving_access import AccessBox
from mailwizard.ui.widgets.moving_copy import CopyBox
from mailwizard.ui.widgets.moving_cutover import CutoverBox
from mailwizard.ui.widgets.moving_people import PeopleBox, Person
from mailwizard.ui.widgets.moving_source import PROVIDER, SourceBox, SourceChoice

SOURCE, PEOPLE, COPY, CUTOVER = range(4)



class MovingWindow(SideWindow):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__("moving", parent)
        self.controller = controller
        self.written = ""  # the provider's migration file, while it exists
        self.plan = None  # the last cut-over advice
        self.source = SourceBox()
        self.people = PeopleBox()
        self.access = AccessBox()  # tokens instead of the new mailboxes' passwords: what to give, and a check
        self.people.layout().insertWidget(2, self.access)
        self.copy = CopyBox()
        self.cutover = CutoverBox()
        self.tabs = QTabWidget(objectName="moving_tabs")
        for widget in (self.source, self.people, self.copy, self.cutover):
            self.tabs.addTab(widget, "")
        self.body.addWidget(self.tabs, 1)
        self.finish()
        self.source.methodChanged.connect(self._method)
        self.source.serverChanged.connect(self._ready)
        self.source.checkRequested.connect(self._check)
        self.people.changed.connect(self._ready)
        self.people.fileRequested.connect(self._save_file)
        self.people.removeRequested.connect(self._remove_file)
        self.access.checkRequested.connect(lambda: self.controller.check_copy_access(
            [p.address for p in self._people()]))
        self.copy.startRequested.connect(self._start)
        self.copy.pauseRequested.connect(self._pause)
        self.copy.resumeRequested.connect(self._resume)
        self.copy.cancelRequested.connect(self._cancel)
        self.cutover.checkRequested.connect(self._cutover)
        self._wire()
        self.retranslate()

    def _wire(self) -> None:
        c = self.controller
        c.sourceChecked.connect(self._checked)
        c.providerFileWritten.connect(self._file_written)
        c.providerFileRemoved.connect(lambda _path, _existed: self.people.show_file_removed())
        c.cutoverAdvice.connect(self._advice)
        c.migprepFailed.connect(self._prep_failed)
        c.copyProgress.connect(lambda a, done, total, left: self.copy.progress(a, done, total,
                                                                              left if left >= 0 else None))
        c.memberCopied.connect(self._copied)
        c.copyFailed.connect(lambda a, key, _detail: self.copy.failed(a, key, self._params(), self._refused(a, key)))
        c.copyFinished.connect(self._finished)
        c.copyAccessChecked.connect(lambda found: self.access.show_found(found, self._access_texts(found)))

    def _refused(self, address: str, key: str) -> list:
        """The messages the new server refused for this person (kept in the copy's journal), to list them."""
        return self.controller.copy_refused(address) if address and key == "migration.some_refused" else []

    def _params(self) -> dict:
        server = self.source.server()
        return {"provider": self.controller.provider_name(), "host": server.host, "port": str(server.port),
                "service": self.source.current().name if self.source.current() else ""}

    def _access_texts(self, found: dict) -> dict:
        return {key: message(key, self._params()) for key in set(dict(found or {}).values()) if key}

    # --- opening -----------------------------------------------------------------------------------
    def start(self) -> None:
        self.source.show_sources(self._sources())
        self.source.offer_provider_file(self.controller.provider_name(), self.controller.provider_file_kind() != "")
        self.people.provider_name = self.controller.provider_name()
        self.people.by_token = bool(self.controller.copy_target_auth())
        self.access.show_kind(self.controller.copy_target_auth())
        people = self._people()
        self.people.show_people(people)
        self._known_logins()
        self.copy.show_people([(p.name, p.address) for p in people])
        self._saved_copy()
        self._method(self.source.chosen_method())
        self._practice()
        self.cutover.check.click()

    def _saved_copy(self) -> None:
        """A copy started earlier (MailWizard closed or killed since): where each person stands."""
        running = self.controller.copy_running()
        for address, st in self.controller.copy_status().items():
            row = self.copy.rows.get(address)
            if row is None:
                continue
            row.done, row.total = st.copied, st.total
            row.state = {"done": "done", "failed": "failed", "copying": "copying", "paused": "paused"}.get(
                st.state, "waiting")
            row.set_problem(st.problem, self._params(), self._refused(address, st.problem))
            row.show()
        self.copy.set_running(running)

    def _practice(self) -> None:
        if self.controller.in_practice:
            self.status.set_status(Status.WAITING, self.tr(
                "The old mail server is on this computer, with an old mailbox for every login (any password works), "
                "and the copy goes into the practice mailboxes. Nothing real is copied."),
                word=self.tr("Practice"))
        else:
            self.status.set_status(None, "")
        self.status.setVisible(self.controller.in_practice)

    def _known_logins(self) -> None:
        """Practice: each person's old login and password (any works there) filled in for the rehearsal."""
        for row in self.people.rows:
            known = self.controller.surroundings.migration_login(row.person.address)
            if known and not row.login.text():
                row.login.setText(known[0])
                row.login.setCursorPosition(0)  # the start of the login shown, not its domain
                row.password.setText(known[1])
                if not self.source.login.text():
                    self.source.fill_login(*known)

    def _sources(self) -> list[SourceChoice]:
        lang = self.controller.language
        return [SourceChoice(s.id, s.name.get(lang), s.server.host, s.server.port, s.server.security,
                             s.password_page, s.note.get(lang)) for s in self.controller.migration_sources()]

    def _people(self) -> list[Person]:
        domain, known = self.controller.state.domain or "", self.controller.new_passwords
        return [Person(m.display_name or m.local_part, m.address(domain), "", m.address(domain) in known)
                for m in self.controller.members if m.local_part]

    # --- the admin's choices -----------------------------------------------------------------------
    def _method(self, method: str) -> None:
        self.people.use_provider_file(method == PROVIDER, self._steps_html() if method == PROVIDER else "")
        self.tabs.setTabVisible(COPY, method != PROVIDER)
        self.access.setVisible(method != PROVIDER and self.people.by_token)
        self.retranslate()
        self._ready()

    def _steps_html(self) -> str:
        from mailwizard.core.migration.sources import SourceServer

        server = self.source.server()
        steps = self.controller.provider_file_steps(SourceServer(server.host, server.port, server.security)
                                                    if server.host else None)
        params = {"provider": self.controller.provider_name()}
        return "<ol>" + "".join(f"<li style='margin-bottom:4px'>{html.escape(message(k, {**params, **p}))}</li>"
                                for k, p in steps) + "</ol>"

    def _ready(self) -> None:
        if self.people.by_provider:
            self.people.steps.setText(self._steps_html())
        saved = self.controller.copy_plan()
        left = saved is not None and any(st.state != "done" for st in self.controller.copy_status().values())
        if not self.source.checked_ok and not left:
            self.copy.set_ready(False, self.tr("First check the old server on tab 1."))
        elif not self.people.given() and not left:
            self.copy.set_ready(False, self.tr("Type at least one person's old login and passwords on tab 2."))
        else:
            self.copy.set_ready(True)

    def _check(self, server) -> None:
        from mailwizard.core.migration.sources import SourceServer

        self.controller.check_migration_source(SourceServer(server.host, server.port, server.security),
                                               server.login, server.password, server.source_id)

    def _checked(self, ok: bool, problem: str, detail: str) -> None:
        key = problem if problem.startswith("migprep.") else f"migprep.check.{problem}"
        text = "" if ok else message(key, self._params())
        if detail and not ok:
            text = self.tr("{problem} (The server said: {detail})").format(problem=text, detail=detail)
        self.source.show_checked(ok, text)
        self._ready()

    def _save_file(self) -> None:
        from mailwizard.core.migration.provider_files import MigrationRow

        rows = [MigrationRow(p.address, login, password) for p, login, password, _new in self.people.given()]
        if not rows:
            self.people.show_file_problem(self.tr("Type at least one person's old login and password above first."))
            return
        name = "migration.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the migration file"), str(Path.home() / name),
                                              self.tr("CSV files") + " (*.csv)")
        if path:
            self.write_file(path, rows)

    def write_file(self, path: str, rows: list) -> None:
        self.written = path
        self.controller.write_provider_file(path, rows)

    def _file_written(self, path: str, count: int) -> None:
        self.written = path
        self.people.show_file_written(path, count)

    def _remove_file(self) -> None:
        if self.written:
            self.controller.remove_provider_file(self.written)

    def _prep_failed(self, key: str, _detail: str, params) -> None:
        text = message(key, {**self._params(), **dict(params or {})})
        if key.startswith("migprep.cutover"):
            self.cutover.show_problem(text)
        else:
            self.people.show_file_problem(text)

    def _start(self) -> None:
        from mailwizard.core.session.migration import MemberCopy, SourceServer

        given = self.people.given()
        if not given:  # a copy cut off earlier: it goes on with the passwords kept for it
            self.copy.set_running(True)
            self.controller.resume_copy()
            return
        known, c = self.controller.new_passwords, self.controller
        for person, login, password, new_password in given:
            c.set_copy_password("source", login, password)
            if not self.people.by_token:  # else the new mailbox opens with the admin's sign-in
                c.set_copy_password("target", person.address, new_password or known.get(person.address, ""))
        server = self.source.server()
        self.people.clear_passwords({p.address for p, *_rest in given})
        self.copy.set_running(True)
        c.start_copy(SourceServer(server.host, server.port, server.security),
                     [MemberCopy(p.address, p.address, login) for p, login, *_rest in given])

    def _finished(self, status) -> None:
        """The copy ended (done, failed or stopped): each person as the session has them."""
        for address, st in dict(status or {}).items():
            row = self.copy.rows.get(address)
            if row is not None and st.state in ("cancelled", "waiting") and row.state != "done":
                row.state = "stopped"
                row.show()
        self.copy.finished()

    def _copied(self, address: str, copied: int, skipped: int) -> None:
        self.copy.copied(address, copied, skipped)

    def _pause(self) -> None:
        self.controller.pause_copy()
        self.copy.set_running(True, paused=True)

    def _resume(self) -> None:
        self.controller.resume_copy()
        self.copy.set_running(True, paused=False)

    def _cancel(self) -> None:
        self.controller.cancel_copy()  # → copyFinished

    def _cutover(self) -> None:
        self.controller.migration_cutover()

    def _advice(self, plan) -> None:
        self.plan = plan  # rendered again in another language
        provider = self.controller.provider_name()
        steps = [message(s.key, {"provider": provider, "domain": plan.domain, **s.params}) for s in plan.steps]
        if plan.already_new:
            headline, status = self.tr("The domain's mail already goes to {provider}.").format(provider=provider), \
                Status.DONE
        elif plan.ttl is None:
            headline, status = self.tr("{domain} has no mail (MX) record yet, or it could not be read.").format(
                domain=plan.domain), Status.ACTION
        else:
            headline, status = self.tr("Other mail servers remember where {domain}'s mail goes for {time} now. To "
                                       "switch without losing mail:").format(domain=plan.domain,
                                                                             time=duration(plan.ttl)), Status.ACTION
        self.cutover.show_advice(status, headline, steps)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move old mail in — MailWizard"))
        self.heading.setText(self.tr("Move the old mail in"))
        self.intro.setText(self.tr("Copy everyone's mail from the service the company used until now into the new "
                              "mailboxes, with its folders, dates and read/unread marks. Nothing is deleted from the "
                              "old service."))
        copying = self.tabs.isTabVisible(COPY)
        for index, text in enumerate((self.tr("&1 Old service"), self.tr("&2 People"), self.tr("&3 Copy"),
                                      self.tr("&4 Switching over") if copying else self.tr("&3 Switching over"))):
            self.tabs.setTabText(index, text)
        for widget in (self.source, self.people, self.copy, self.cutover):
            widget.retranslate()
        if self.access.found is not None:
            self.access.show_found(self.access.found, self._access_texts(self.access.found))
        if self.isVisible():
            self._practice()
            self._ready()  # the copy tab's "why not yet" in the new language too (opening the window says it anew)
        if self.plan is not None:
            self._advice(self.plan)
