""""Signatures and auto-replies…", third tab: the signature put in place for everyone — through the provider's
API where it has one (with the permission it needs, each person once, progress and what happened), or as files,
one folder per person with the steps for Outlook, Apple Mail, the provider's webmail and Foxmail."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine


class InstallBox(QWidget):
    installRequested = Signal()
    filesRequested = Signal()   # the window asks for the folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = ""
        self.busy = False
        self.api_box = QGroupBox(objectName="signature_api")
        self.api_status = StatusLine(objectName="signature_api_status")
        self.install = QPushButton(objectName="signature_install")
        self.install.clicked.connect(self._install)
        self.progress = QProgressBar(objectName="signature_progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.results = QLabel(objectName="signature_results")
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.api_status, 1)
        row.addWidget(self.install, 0, Qt.AlignmentFlag.AlignTop)
        api = QVBoxLayout(self.api_box)
        api.addLayout(row)
        api.addWidget(self.progress)
        api.addWidget(self.results)
        self.files_box = QGroupBox(objectName="signature_files")
        self.files_text = QLabel(objectName="signature_files_text")
        self.files_text.setWordWrap(True)
        self.files_status = StatusLine(objectName="signature_files_status")
        self.save = QPushButton(objectName="signature_save_files")
        self.save.clicked.connect(self.filesRequested)
        self.open_folder = QPushButton(objectName="signature_open_folder")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_status, 1)
        buttons.addWidget(self.save, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignTop)
        files = QVBoxLayout(self.files_box)
        files.addWidget(self.files_text)
        files.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(14)
        layout.addWidget(self.api_box)
        layout.addWidget(self.files_box)
        layout.addStretch(1)
        self.provider = ""
        self.can, self.why_not = False, ""
        self.retranslate()

    def offer(self, provider: str, can: bool, why_not: str) -> None:
        self.provider, self.can, self.why_not = provider, can, why_not
        self.install.setVisible(can)
        self._offer_text()
        self.retranslate()

    def _offer_text(self) -> None:
        if self.busy:
            return
        if self.can:
            self.api_status.set_optional(self.tr("MailWizard can put the signature in every person's mailbox at "
                                            "{provider}, each person once.").format(provider=self.provider))
        else:
            self.api_status.set_status(Status.WAITING, self.why_not or self.tr(
                "{provider} offers no way to set signatures from outside: save the files below and give each "
                "person theirs.").format(provider=self.provider), word=self.tr("By hand"))

    def _install(self) -> None:
        self.busy = True
        self.install.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.results.clear()
        self.api_status.set_status(Status.WAITING, self.tr("Putting the signature in place…"))
        self.installRequested.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} people").format(done=done, total=total))
        self.progress.setAccessibleName(self.tr("Signatures put in place"))

    def show_done(self, done: int, uncertain: list[str], failed: list[tuple[str, str]]) -> None:
        self.busy = False
        self.install.setEnabled(True)
        lines = []
        if uncertain:
            lines.append(self.tr("Not sure whether it was set (the answer was lost; MailWizard checks again next time "
                            "rather than setting it twice): {addresses}").format(addresses=", ".join(uncertain)))
        lines += [self.tr("{address}: {problem}").format(address=a, problem=p) for a, p in failed]
        self.results.setText("\n".join(lines))
        if failed or uncertain:
            self.api_status.set_status(Status.PROBLEM, self.tr("Set for {n} people; {m} not: see below.").format(
                n=done, m=len(failed) + len(uncertain)))
        else:
            self.api_status.set_status(Status.DONE, self.tr("The signature is in place for all {n} people.").format(
                n=done))

    def show_failed(self, text: str) -> None:
        self.busy = False
        self.install.setEnabled(True)
        self.progress.hide()
        self.api_status.set_status(Status.PROBLEM, text)

    def show_files(self, folder: str, count: int) -> None:
        self.folder = folder
        self.open_folder.show()
        self.files_status.set_status(Status.DONE, self.tr("Saved a folder for each of {n} people in {folder}.").format(
            n=count, folder=folder))

    def show_files_failed(self, text: str) -> None:
        self.files_status.set_status(Status.PROBLEM, text)

    def _open_folder(self) -> None:
        if self.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))

    def retranslate(self) -> None:
        self.api_box.setTitle(self.tr("Put it in everyone's mailbox"))
        self.install.setText(self.tr("&Install for everyone"))
        self.files_box.setTitle(self.tr("Or give each person their files"))
        self.files_text.setText(self.tr("One folder per person with their signature (for mail programs and as plain "
                                   "text) and the steps to add it in Outlook, Apple Mail, Foxmail and {provider}'s "
                                   "webmail.").format(provider=self.provider))
        self.save.setText(self.tr("Sa&ve the files…"))
        self.open_folder.setText(self.tr("Open the &folder"))
        if self.files_status.status is None:
            self.files_status.set_status(None, "")
        self._offer_text()
