""""Move old mail in…", second tab: for each person, the old login and password MailWizard copies with (kept in
the keychain or only until MailWizard closes, removed when that person's copy is done) — or, when the new
provider copies the mail itself, the file its admin console asks for and the console's steps."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine


@dataclass(frozen=True)
class Person:
    name: str
    address: str       # the new mailbox
    old_login: str = ""
    new_password_known: bool = False  # MailWizard made it and still holds it (not typed again)


@dataclass
class Row:
    person: Person
    login: QLineEdit
    password: QLineEdit
    new_password: QLineEdit


class PeopleBox(QWidget):
    changed = Signal()
    fileRequested = Signal()         # save the provider's migration file (the window asks where)
    removeRequested = Signal()       # overwrite and delete the file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.intro = QLabel(objectName="moving_people_intro")
        self.intro.setWordWrap(True)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(12)
        self.scroll = QScrollArea(objectName="moving_people")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_widget)
        self.headers = [QLabel() for _ in range(5)]
        # the provider's own migration: the file and the console's steps
        self.file_panel = QWidget(objectName="moving_file_panel")
        self.steps = QLabel(objectName="moving_file_steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setOpenExternalLinks(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.file_status = StatusLine(objectName="moving_file_status")
        self.save_file = QPushButton(objectName="moving_save_file")
        self.save_file.clicked.connect(self.fileRequested)
        self.remove_file = QPushButton(objectName="moving_remove_file")
        self.remove_file.clicked.connect(self.removeRequested)
        self.remove_file.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_status, 1)
        file_row.addWidget(self.save_file, 0, Qt.AlignmentFlag.AlignTop)
        file_row.addWidget(self.remove_file, 0, Qt.AlignmentFlag.AlignTop)
        panel = QVBoxLayout(self.file_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addLayout(file_row)
        panel.addWidget(self.steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.file_panel)
        self.by_provider = False
        self.by_token = False  # the new mailboxes open with the admin's sign-in: no new password column
        self.provider_name = ""
        self.retranslate()

    def show_people(self, people: list[Person]) -> None:
        kept = {r.person.address: (r.login.text(), r.password.text()) for r in self.rows}
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() not in self.headers:
                item.widget().deleteLater()
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        self.rows = []
        for i, person in enumerate(people, start=1):
            name, address = QLabel(person.name), QLabel(person.address)
            address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            login = QLineEdit(objectName=f"moving_login_{i}")
            password = QLineEdit(objectName=f"moving_password_{i}")
            password.setEchoMode(QLineEdit.EchoMode.Password)
            new_password = QLineEdit(objectName=f"moving_new_password_{i}")
            new_password.setEchoMode(QLineEdit.EchoMode.Password)
            old_login, old_password = kept.get(person.address, (person.old_login, ""))
            login.setText(old_login)
            login.setCursorPosition(0)
            password.setText(old_password)
            for field in (login, password, new_password):
                field.textEdited.connect(lambda _t: self.changed.emit())
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(address, i, 1)
            self.grid.addWidget(login, i, 2)
            self.grid.addWidget(password, i, 3)
            self.grid.addWidget(new_password, i, 4)
            self.rows.append(Row(person, login, password, new_password))
        self.grid.setRowStretch(len(people) + 1, 1)
        for column, stretch in ((2, 2), (3, 1), (4, 1)):  # the old login wide enough to read who it is
            self.grid.setColumnStretch(column, stretch)
        previous = self.scroll  # Tab: row by row, before the file's buttons (made long before the rows)
        for row in self.rows:
            for field in (row.login, row.password, row.new_password):
                QWidget.setTabOrder(previous, field)
                previous = field
        QWidget.setTabOrder(previous, self.save_file)
        QWidget.setTabOrder(self.save_file, self.remove_file)
        self.use_provider_file(self.by_provider)

    def given(self) -> list[tuple[Person, str, str, str]]:
        """Each person with an old login and password typed (the ones to copy), and the new mailbox's password
        typed ("" when MailWizard holds it, or for the provider's file)."""
        return [(r.person, r.login.text().strip(), r.password.text(), r.new_password.text()) for r in self.rows
                if r.login.text().strip() and r.password.text()
                and (self.by_provider or self.by_token or r.new_password.text() or r.person.new_password_known)]

    def clear_passwords(self, addresses: set[str] | None = None) -> None:
        for row in self.rows:
            if addresses is None or row.person.address in addresses:
                row.password.clear()
                row.new_password.clear()

    def use_provider_file(self, on: bool, steps_html: str = "") -> None:
        self.by_provider = on
        self.file_panel.setVisible(on)
        self.headers[4].setVisible(not on and not self.by_token)
        for row in self.rows:
            row.new_password.setVisible(not on and not self.by_token)
        if steps_html:
            self.steps.setText(steps_html)
        self.retranslate()

    def show_file_written(self, path: str, count: int) -> None:
        self.remove_file.setEnabled(True)
        self.clear_passwords()  # in the file only: never kept here either
        self.file_status.set_status(Status.ACTION, self.tr(
            "Saved {path} for {n} people. It holds their old passwords: upload it as the steps below say, then "
            "remove it.").format(path=path, n=count))

    def show_file_removed(self) -> None:
        self.remove_file.setEnabled(False)
        self.file_status.set_status(Status.DONE, self.tr("The file was overwritten and deleted."))

    def show_file_problem(self, text: str) -> None:
        self.file_status.set_status(Status.PROBLEM, text)

    def retranslate(self) -> None:
        if self.by_provider:
            self.intro.setText(self.tr("Type each person's old login and password: {provider} signs in to the old "
                                  "service with them. Leave a row empty to skip that person.").format(
                provider=self.provider_name))
        elif self.by_token:
            self.intro.setText(self.tr("Type each person's old login and password (ask them, or reset it on the old "
                                  "service). MailWizard opens the new mailboxes with your sign-in to {provider}, as "
                                  "below, and keeps the old passwords only until that person's mail is copied. Leave "
                                  "a row empty to skip that person.").format(provider=self.provider_name))
        else:
            self.intro.setText(self.tr("Type each person's old login and password (ask them, or reset it on the old "
                                  "service), and the password of their new mailbox where MailWizard does not know it. "
                                  "MailWizard keeps these passwords only until that person's mail is copied. Leave a "
                                  "row empty to skip that person."))
        for header, text in zip(self.headers, (self.tr("Name"), self.tr("New address"), self.tr("Old login"),
                                               self.tr("Old password"), self.tr("New mailbox's password")),
                                strict=True):
            header.setText(f"<b>{text}</b>")
        for row in self.rows:
            name = row.person.name
            row.login.setAccessibleName(self.tr("Old login of {name}").format(name=name))
            row.login.setPlaceholderText(self.tr("usually their old email address"))
            row.password.setAccessibleName(self.tr("Old password of {name}").format(name=name))
            row.new_password.setAccessibleName(self.tr("New mailbox's password of {name}").format(name=name))
            row.new_password.setPlaceholderText(self.tr("known to MailWizard") if row.person.new_password_known else "")
        self.scroll.setAccessibleName(self.tr("Each person's logins and passwords"))
        self.save_file.setText(self.tr("Sa&ve the migration file…"))
        self.remove_file.setText(self.tr("&Delete the file"))
        if self.file_status.status in (None, Status.ACTION) and not self.remove_file.isEnabled():
            self.file_status.set_status(Status.ACTION, self.tr("Type the logins and passwords above, save the file, "
                                                          "then follow the steps below. The passwords go only into the "
                                                          "file."))
