"""The review's "Report and reminder" tab: the company's logo for the report, "Save the review report…" (a folder;
a dated HTML page and PDF), what was saved, when the last review was, and how often to be reminded. It only shows
and asks: ``saveRequested(str folder)``, ``logoChosen(str path)`` ("" to go without), ``intervalChanged(int)``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.activation_panel import day

LOGO_FILTER = "*.png *.jpg *.jpeg *.svg"


class ReviewReport(QWidget):
    saveRequested = Signal(str)
    logoChosen = Signal(str)
    intervalChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_report")
        self.logo_path = ""
        self.saved: list[str] = []
        self.due = None  # ReviewDue-shaped: last, interval_days, due
        self.busy = False
        self._problem = ""
        self.about = QLabel(objectName="review_report_about")
        self.about.setWordWrap(True)
        self.logo_label = QLabel(objectName="review_logo_label")
        self.logo_name = QLabel(objectName="review_logo_name")
        self.logo_name.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_choose = QPushButton(objectName="review_logo_choose")
        self.logo_choose.clicked.connect(self._choose_logo)
        self.logo_clear = QPushButton(objectName="review_logo_clear")
        self.logo_clear.clicked.connect(lambda: self._set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_name)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_clear)
        logo_row.addStretch(1)
        self.interval_label = QLabel(objectName="review_interval_label")
        self.interval = QSpinBox(objectName="review_interval", minimum=7, maximum=730, value=90, singleStep=30)
        self.interval_label.setBuddy(self.interval)
        self.interval.editingFinished.connect(lambda: self.intervalChanged.emit(self.interval.value()))
        form = QFormLayout()
        form.addRow(self.logo_label, logo_row)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval)
        interval_row.addStretch(1)
        reminder = QFormLayout()
        reminder.addRow(self.interval_label, interval_row)
        self.last = StatusLine(objectName="review_last")
        self.save = QPushButton(objectName="review_save")
        self.save.clicked.connect(self._choose_folder)
        self.result = StatusLine(objectName="review_saved")
        self.result.hide()
        self.open_folder = QPushButton(objectName="review_open_folder")
        self.open_folder.hide()
        self.open_folder.clicked.connect(self._open_folder)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save)
        save_row.addWidget(self.open_folder)
        save_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.last)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(self.result)
        layout.addSpacing(12)
        layout.addLayout(reminder)
        layout.addStretch(1)
        self.retranslate()

    # --- what the session reports ---------------------------------------------------------------------
    def show_logo(self, path: str) -> None:
        self.logo_path = path or ""
        self._logo()

    def show_due(self, due) -> None:
        self.due = due
        if due is not None and not self.interval.hasFocus():
            self.interval.setValue(int(due.interval_days))
        self._last()

    def show_saving(self) -> None:
        self.busy, self._problem = True, ""
        self.save.setEnabled(False)
        self.result.show()
        self.result.set_status(Status.WAITING, QCoreApplication.translate("Review", "Saving the report…"))

    def show_saved(self, paths: list[str]) -> None:
        self.busy, self._problem, self.saved = False, "", [str(p) for p in paths]
        self.save.setEnabled(True)
        self._saved()

    def show_failed(self, problem: str) -> None:
        self.busy, self._problem = False, problem
        self.save.setEnabled(True)
        self.result.show()
        self.result.set_status(Status.PROBLEM, problem)

    # --- the admin's choices ----------------------------------------------------------------------------
    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("Review", "Choose the company's logo"), str(Path.home()),
            QCoreApplication.translate("Review", "Images ({patterns})").format(patterns=LOGO_FILTER))
        if path:
            self._set_logo(path)

    def _set_logo(self, path: str) -> None:
        self.show_logo(path)
        self.logoChosen.emit(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("Review", "Choose where to save the review report"), str(Path.home()))
        if folder:
            self.show_saving()
            self.saveRequested.emit(folder)

    def _open_folder(self) -> None:
        if self.saved:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.saved[0]).parent)))

    # --- texts ------------------------------------------------------------------------------------------
    def _logo(self) -> None:
        self.logo_name.setText(Path(self.logo_path).name if self.logo_path else
                               QCoreApplication.translate("Review", "none: the report shows the company's name only"))
        self.logo_clear.setVisible(bool(self.logo_path))

    def _saved(self) -> None:
        if not self.saved:
            self.result.hide()
            self.open_folder.hide()
            return
        names = QCoreApplication.translate("Review", " and ").join(Path(p).name for p in self.saved)
        self.result.show()
        self.result.set_status(Status.DONE, QCoreApplication.translate(
            "Review", "Saved {files} in {folder}. Keep them with the company's records.").format(
            files=names, folder=str(Path(self.saved[0]).parent)))
        self.open_folder.show()

    def _last(self) -> None:
        due = self.due
        if due is None:
            self.last.set_status(None, "")
            self.last.hide()
            return
        self.last.show()
        if due.last is None and not due.due:  # the first review: the words above say what saving does
            self.last.set_status(None, "")
            self.last.hide()
        elif due.last is None:
            self.last.set_status(Status.ACTION, QCoreApplication.translate(
                "Review", "A review is due: none has been saved since the set-up (every {n} days).").format(
                n=due.interval_days))
        elif due.due:
            self.last.set_status(Status.ACTION, QCoreApplication.translate(
                "Review", "The last review was on {date}: a new one is due (every {n} days).").format(
                date=day(due.last), n=due.interval_days))
        else:
            self.last.set_status(Status.DONE, QCoreApplication.translate(
                "Review", "Last reviewed on {date}. MailWizard reminds you when {n} days have passed.").format(
                date=day(due.last), n=due.interval_days))

    def retranslate(self) -> None:
        self.about.setText(QCoreApplication.translate(
            "Review", "The review report is a dated page with every account and what was found and done, saved as a "
                      "web "
            "page (HTML) and a PDF for the company's records. Saving it marks this review as done."))
        self.logo_label.setText(QCoreApplication.translate("Review", "Company &logo:"))
        self.logo_label.setBuddy(self.logo_choose)
        self.logo_choose.setText(QCoreApplication.translate("Review", "C&hoose the logo…"))
        self.logo_clear.setText(QCoreApplication.translate("Review", "&Without a logo"))
        self.interval_label.setText(QCoreApplication.translate("Review", "Remind me to review e&very:"))
        self.interval.setSuffix(QCoreApplication.translate("Review", " days"))
        self.save.setText(QCoreApplication.translate("Review", "&Save the review report…"))
        self.open_folder.setText(QCoreApplication.translate("Review", "&Open the folder"))
        self._logo()
        self._last()
        if self._problem:
            self.show_failed(self._problem)
        elif not self.busy:
            self._saved()
