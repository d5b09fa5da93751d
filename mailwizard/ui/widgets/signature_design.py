""""Signatures and auto-replies…", first tab: the company signature's design — which of each person's details it
shows (from the member list), the company's name, phone, website, logo and legal line — beside a live preview for
any person, as mail programs show it and as plain text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine

PERSON_FIELDS = ("title", "department", "mobile", "address")  # each person's own (SignatureDesign.show_*)
COMPANY_FIELDS = ("company", "phone", "website")
LANGUAGES = ("", "en", "zh_CN", "zh_TW")  # "": MailWizard's own



class DesignBox(QWidget):
    changed = Signal(dict)          # the design's fields (the window hands them to the session)
    previewRequested = Signal(str)  # the person's new address
    logoRequested = Signal()        # choose a logo file (the window asks where)
    logoRemoved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self.person_boxes = {f: QCheckBox(objectName=f"signature_show_{f}") for f in PERSON_FIELDS}
        self.shows = QGroupBox(objectName="signature_shows")
        shows = QVBoxLayout(self.shows)
        for box in self.person_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._changed)
            shows.addWidget(box)
        self.company_edits = {f: QLineEdit(objectName=f"signature_{f}") for f in COMPANY_FIELDS}
        self.logo_path = ""
        self.logo_label = QLabel(objectName="signature_logo_file")
        self.logo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_button = QPushButton(objectName="signature_logo")
        self.logo_button.clicked.connect(self.logoRequested)
        self.logo_remove = QPushButton(objectName="signature_logo_remove")
        self.logo_remove.clicked.connect(self.logoRemoved)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_label, 1)
        logo.addWidget(self.logo_button)
        logo.addWidget(self.logo_remove)
        self.language = QComboBox(objectName="signature_language")
        self.language.addItems(["", "English", "简体中文", "繁體中文"])
        self.language.currentIndexChanged.connect(self._changed)
        self.legal = QPlainTextEdit(objectName="signature_legal")
        self.legal.setTabChangesFocus(True)
        self.legal.setFixedHeight(72)
        self.legal.textChanged.connect(self._changed)
        self.company_box = QGroupBox(objectName="signature_company")
        form = QFormLayout(self.company_box)
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (*self.company_edits.values(), self.logo_button, self.legal,
                                              self.language), strict=True):
            label.setBuddy(field)
        for label, edit in zip(self.labels, self.company_edits.values(), strict=False):
            edit.textEdited.connect(self._changed)
            form.addRow(label, edit)
        form.addRow(self.labels[3], logo)
        self.logo_problem = StatusLine(objectName="signature_logo_problem")
        self.logo_problem.hide()
        form.addRow("", self.logo_problem)
        form.addRow(self.labels[4], self.legal)
        form.addRow(self.labels[5], self.language)
        left = QVBoxLayout()
        left.addWidget(self.shows)
        left.addWidget(self.company_box)
        left.addStretch(1)
        # the preview
        self.person = QComboBox(objectName="signature_person")
        self.person.currentIndexChanged.connect(lambda _i: self._preview())
        self.person_label = QLabel()
        self.person_label.setBuddy(self.person)
        who = QHBoxLayout()
        who.addWidget(self.person_label)
        who.addWidget(self.person, 1)
        self.html_label, self.text_label = QLabel(), QLabel()
        self.html = QTextBrowser(objectName="signature_preview_html")
        self.html.setOpenLinks(False)
        self.text = QPlainTextEdit(objectName="signature_preview_text")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.html_label.setBuddy(self.html)
        self.text_label.setBuddy(self.text)
        right = QVBoxLayout()
        right.addLayout(who)
        right.addWidget(self.html_label)
        right.addWidget(self.html, 3)
        right.addWidget(self.text_label)
        right.addWidget(self.text, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)
        self._timer = QTimer(self, singleShot=True, interval=250)  # typing: the preview follows a moment later
        self._timer.timeout.connect(self._emit)
        self.retranslate()

    def show_people(self, people: list[tuple[str, str]]) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for name, address in people:
            self.person.addItem(f"{name} <{address}>" if name else address, address)
        index = max(0, self.person.findData(current))
        self.person.setCurrentIndex(index)
        self.person.blockSignals(False)

    def current_person(self) -> str:
        return self.person.currentData() or ""

    def load(self, fields: dict) -> None:
        """The session's design, shown (no changed signal)."""
        self.loading = True
        for name, box in self.person_boxes.items():
            box.setChecked(bool(fields.get(f"show_{name}", True)))
        for name, edit in self.company_edits.items():
            if edit.text() != str(fields.get(name, "") or ""):
                edit.setText(str(fields.get(name, "") or ""))
        if self.legal.toPlainText() != str(fields.get("legal", "") or ""):
            self.legal.setPlainText(str(fields.get("legal", "") or ""))
        language = fields.get("language", "")
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.logo_path = str(fields.get("logo", "") or "")
        self.loading = False
        self._logo_text()

    def fields(self) -> dict:
        return {**{f"show_{n}": b.isChecked() for n, b in self.person_boxes.items()},
                **{n: e.text().strip() for n, e in self.company_edits.items()},
                "legal": self.legal.toPlainText().strip(),
                "language": LANGUAGES[max(0, self.language.currentIndex())]}

    def show_problem(self, text: str) -> None:
        self.logo_problem.set_status(Status.PROBLEM, text)
        self.logo_problem.show()

    def show_preview(self, html: str, text: str) -> None:
        self.html.setHtml(html)
        self.text.setPlainText(text)

    def _changed(self, *_args) -> None:
        if not self.loading:
            self._timer.start()

    def _emit(self) -> None:
        self.changed.emit(self.fields())
        self._preview()

    def _preview(self) -> None:
        if self.current_person():
            self.previewRequested.emit(self.current_person())

    def _logo_text(self) -> None:
        self.logo_problem.hide()
        if self.logo_path.startswith("data:"):
            text = self.tr("a picture, kept in each person's files")
        else:
            text = Path(self.logo_path).name if self.logo_path else self.tr("no logo")
        self.logo_label.setText(text)
        self.logo_remove.setVisible(bool(self.logo_path))

    def retranslate(self) -> None:
        self.shows.setTitle(self.tr("Each person's name, and these details from the member list"))
        for name, text in zip(PERSON_FIELDS, (self.tr("Job &title"), self.tr("&Department"), self.tr("&Mobile phone"),
                                              self.tr("Email &address")), strict=True):
            self.person_boxes[name].setText(text)
        self.company_box.setTitle(self.tr("The same for everyone"))
        for label, text in zip(self.labels, (self.tr("&Company name:"), self.tr("Company p&hone:"),
                                             self.tr("&Website:"), self.tr("Logo:"), self.tr("&Legal line:"),
                                             self.tr("La&nguage:")), strict=True):
            label.setText(text)
        self.language.setItemText(0, self.tr("The same as MailWizard's"))
        self.legal.setPlaceholderText(self.tr("e.g. This email may contain confidential information…"))
        self.logo_button.setText(self.tr("Ch&oose a logo…"))
        self.logo_remove.setText(self.tr("R&emove"))
        self.person_label.setText(self.tr("Pre&view for:"))
        self.html_label.setText(self.tr("As mail programs show it:"))
        self.text_label.setText(self.tr("As plain text (for programs that show no formatting):"))
        self._logo_text()
