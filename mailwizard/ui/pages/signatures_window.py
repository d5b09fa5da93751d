""""Signatures and auto-replies…", opened from the Summary: the company signature designed once with a live
preview per person, put in place through the provider's API or saved as files, and the leave auto-reply with its
dates. It sends intents through the controller and renders what the session reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.side_window import SideWindow
from mailwizard.ui.widgets.signature_design import DesignBox
from mailwizard.ui.widgets.signature_install import InstallBox
from mailwizard.ui.widgets.signature_reply import ReplyBox

DESIGN, INSTALL, REPLY = range(3)


def tr(text: str) -> str:
    return QCoreApplication.translate("Signatures", text)


class SignaturesWindow(SideWindow):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__("signatures", parent)
        self.controller = controller
        self.design = DesignBox()
        self.install = InstallBox()
        self.reply = ReplyBox()
        self.tabs = QTabWidget(objectName="signatures_tabs")
        for widget in (self.design, self.install, self.reply):
            self.tabs.addTab(widget, "")
        self.body.addWidget(self.tabs, 1)
        self.design.logoRequested.connect(self._choose_logo)
        self.install.filesRequested.connect(self._choose_folder)
        self._wire()
        self.status.hide()
        self.retranslate()

    def _wire(self) -> None:
        """The session's signature events (filled in once the session step exists)."""

    def start(self) -> None:
        people = self._people()
        self.design.show_people(people)
        self.reply.show_people(people)

    def _people(self) -> list[tuple[str, str]]:
        domain = self.controller.state.domain or ""
        return [(m.display_name or m.local_part, m.address(domain)) for m in self.controller.members if m.local_part]

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the company's logo"), "",
                                              tr("Pictures") + " (*.png *.jpg *.jpeg *.gif)")
        if path:
            self.design.set_logo(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Where to save the signature files"))
        if folder:
            self.save_files(folder)

    def save_files(self, folder: str) -> None:
        pass

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Signatures and auto-replies — MailWizard"))
        self.heading.setText(tr("Signatures and auto-replies"))
        self.intro.setText(tr("Design the company signature once: each person gets it with their own name and "
                              "details. Then put it in place for everyone, and set a leave auto-reply when someone "
                              "is away."))
        for index, text in enumerate((tr("&1 Signature"), tr("&2 Put it in place"), tr("&3 Leave auto-reply"))):
            self.tabs.setTabText(index, text)
        for widget in (self.design, self.install, self.reply):
            widget.retranslate()
