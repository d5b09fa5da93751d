""""Move old mail in…", opened from the Summary: the old service and its server (checked first), each person's
old login, the copy with its progress (or the new provider's own migration file and console steps), and how to
switch the domain's mail over. It sends intents through the controller and renders what the session reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.side_window import SideWindow
from mailwizard.ui.status import Status
from mailwizard.ui.widgets.moving_copy import CopyBox
from mailwizard.ui.widgets.moving_cutover import CutoverBox
from mailwizard.ui.widgets.moving_people import PeopleBox, Person
from mailwizard.ui.widgets.moving_source import PROVIDER, SourceBox

SOURCE, PEOPLE, COPY, CUTOVER = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("Moving", text)


class MovingWindow(SideWindow):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__("moving", parent)
        self.controller = controller
        self.source = SourceBox()
        self.people = PeopleBox()
        self.copy = CopyBox()
        self.cutover = CutoverBox()
        self.tabs = QTabWidget(objectName="moving_tabs")
        for widget in (self.source, self.people, self.copy, self.cutover):
            self.tabs.addTab(widget, "")
        self.body.addWidget(self.tabs, 1)
        self.source.methodChanged.connect(self._method)
        self.source.serverChanged.connect(self._ready)
        self.source.checkRequested.connect(self._check)
        self.people.changed.connect(self._ready)
        self.people.fileRequested.connect(self._save_file)
        self.people.removeRequested.connect(self._remove_file)
        self.copy.startRequested.connect(self._start)
        self.copy.pauseRequested.connect(self._pause)
        self.copy.resumeRequested.connect(self._resume)
        self.copy.cancelRequested.connect(self._cancel)
        self.cutover.checkRequested.connect(self._cutover)
        self._wire()
        self.retranslate()

    def _wire(self) -> None:
        """The session's migration events (filled in once the session steps exist)."""

    # --- opening -----------------------------------------------------------------------------------
    def start(self) -> None:
        self.source.show_sources(self._sources())
        self.source.offer_provider_file(self.controller.provider_name(), self._file_kind() != "")
        people = self._people()
        self.people.show_people(people)
        self.copy.show_people([(p.name, p.address) for p in people])
        self._method(self.source.chosen_method())
        self._practice()

    def _practice(self) -> None:
        if self.controller.in_practice:
            self.status.set_status(Status.WAITING, tr(
                "Practice mode has no old mail server to copy from: the check and the copy need the company's real "
                "old service. The rest can be looked at."))
        else:
            self.status.set_status(None, "")
        self.status.setVisible(self.controller.in_practice)

    def _sources(self) -> list:
        return []

    def _file_kind(self) -> str:
        return ""

    def _people(self) -> list[Person]:
        domain = self.controller.state.domain or ""
        return [Person(m.display_name or m.local_part, m.address(domain), m.address(domain))
                for m in self.controller.members if m.local_part]

    # --- the admin's choices -----------------------------------------------------------------------
    def _method(self, method: str) -> None:
        self.people.use_provider_file(method == PROVIDER, self._steps_html())
        self.tabs.setTabVisible(COPY, method != PROVIDER)
        self._ready()

    def _steps_html(self) -> str:
        return ""

    def _ready(self) -> None:
        if not self.source.checked_ok:
            self.copy.set_ready(False, tr("First check the old server on tab 1."))
        elif not self.people.given():
            self.copy.set_ready(False, tr("Type at least one person's old login and password on tab 2."))
        else:
            self.copy.set_ready(True)

    def _check(self, server) -> None:
        pass

    def _save_file(self) -> None:
        pass

    def _remove_file(self) -> None:
        pass

    def _start(self) -> None:
        pass

    def _pause(self) -> None:
        pass

    def _resume(self) -> None:
        pass

    def _cancel(self) -> None:
        pass

    def _cutover(self) -> None:
        pass

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Move old mail in — MailWizard"))
        self.heading.setText(tr("Move the old mail in"))
        self.intro.setText(tr("Copy everyone's mail from the service the company used until now into the new "
                              "mailboxes, with its folders, dates and read/unread marks. Nothing is deleted from the "
                              "old service."))
        for index, text in enumerate((tr("&1 Old service"), tr("&2 People"), tr("&3 Copy"),
                                      tr("&4 Switching over"))):
            self.tabs.setTabText(index, text)
        for widget in (self.source, self.people, self.copy, self.cutover):
            widget.retranslate()
        if self.isVisible():
            self._practice()
