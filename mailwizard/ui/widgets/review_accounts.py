"""The review's "All accounts" table: every account as the provider reports it — status, last sign-in, administrator
roles, other addresses, forwarding, mailbox use — and, above it, plainly, what this provider does not report.
Fed a core/review/model ReviewSnapshot (read by attribute) and the flagged addresses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.review import model as m
from mailwizard.ui import palette
from mailwizard.ui.widgets import review_text as rt

COLUMNS = 8
FACT_OF_COLUMN = {2: m.STATUS, 3: m.ACTIVITY, 4: m.ADMIN_ROLES, 5: m.ALIASES, 6: m.FORWARDING, 7: m.QUOTA}


class ReviewAccounts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_accounts")
        self.snapshot = None
        self.provider = ""
        self.flagged: set[str] = set()
        self.note = QLabel(objectName="review_not_reported")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.note, "color: {waiting};")
        self.table = QTableWidget(0, COLUMNS, objectName="review_accounts_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_snapshot(self, snapshot, provider: str, flagged: set[str] | None = None) -> None:
        self.snapshot, self.provider, self.flagged = snapshot, provider, set(flagged or ())
        self._fill()

    def missing(self) -> list[str]:
        """The facts in the table this provider does not report (in the table's order), leaving out those the
        sign-in was refused (``refused``)."""
        if self.snapshot is None:
            return []
        return [f for f in FACT_OF_COLUMN.values() if f not in self.snapshot.reported and f not in self.refused()]

    def refused(self) -> dict[str, str]:
        """Facts the provider reports but MailWizard's sign-in may not read yet: fact -> the permission needed."""
        return dict(getattr(self.snapshot, "missing", {}) or {}) if self.snapshot is not None else {}

    def _fill(self) -> None:
        snapshot = self.snapshot
        accounts = sorted(snapshot.accounts, key=lambda a: (a.address not in self.flagged, a.address)) \
            if snapshot is not None else []
        reported, provider = (snapshot.reported if snapshot is not None else frozenset()), self.provider
        self.table.setRowCount(len(accounts))
        grey = palette.colour("waiting")
        for row, account in enumerate(accounts):
            cells = (account.name or "—", account.address, rt.status_of(account, reported),
                     rt.sign_in_of(account, reported, provider), rt.roles_of(account, reported, provider),
                     rt.aliases_of(account, reported, provider), rt.forwarding_of(account, reported, provider),
                     rt.mailbox_of(account, reported, provider))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                fact = FACT_OF_COLUMN.get(column)
                if fact is not None and fact not in reported:
                    from PySide6.QtGui import QBrush, QColor

                    item.setForeground(QBrush(QColor(grey)))
                if column == 0 and account.address in self.flagged:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(COLUMNS - 1):  # long lists of aliases wrap rather than push the table wide
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.table.resizeRowsToContents()
        self._note()

    def _note(self) -> None:
        missing, refused = self.missing(), self.refused()
        if self.snapshot is None:
            self.note.setText(QCoreApplication.translate("Review", "The accounts have not been read yet."))
        elif refused:
            self.note.setText(QCoreApplication.translate(
                "Review", "MailWizard's sign-in may not read {facts} yet (it needs the permission {needed}). Sign "
                "in to {provider} again on step 3 (DNS records), then click Check again.").format(
                provider=self.provider, needed=", ".join(sorted(set(refused.values()))),
                facts=QCoreApplication.translate("Review", ", ").join(rt.fact_name(f) for f in refused)))
        elif missing:
            self.note.setText(QCoreApplication.translate(
                "Review", "{provider} does not report {facts}, so those columns say “not reported”. Its admin "
                "console may show them.").format(
                provider=self.provider,
                facts=QCoreApplication.translate("Review", ", ").join(rt.fact_name(f) for f in missing)))
        else:
            self.note.setText(QCoreApplication.translate(
                "Review", "{n} accounts, as {provider} reports them. Accounts with something to look at come "
                "first, in bold.").format(n=len(self.snapshot.accounts), provider=self.provider))
        self.note.setVisible(bool(self.note.text()))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Review", "Name"),
            QCoreApplication.translate("Review", "Address"),
            QCoreApplication.translate("Review", "Status"),
            QCoreApplication.translate("Review", "Last sign-in"),
            QCoreApplication.translate("Review", "Administrator roles"),
            QCoreApplication.translate("Review", "Other addresses"),
            QCoreApplication.translate("Review", "Forwarded to"),
            QCoreApplication.translate("Review", "Mailbox use"),
        ])
        self.table.setAccessibleName(QCoreApplication.translate("Review", "Every account"))
        self._fill()
