"""The changes MailWizard is about to make at the DNS host, as rows a person can check: grouped "Add",
"Change", "Remove", each with the record as the host's own page shows it and why it is made.

A change (core/dnshosts/changes.Change) carries ``op`` ("add" | "update" | "delete"), ``before`` / ``after``
(ZoneRecord), ``reason`` (a message key) and ``params``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from mailwizard.ui.messages import has_text, message
from mailwizard.ui.widgets.table_rows import measure_rows_when_columns_settle

ELIDE_AT = 64  # characters: a DKIM key is ~400; the rest of the row must stay in view at 1366 px
TYPE, NAME, VALUE, WHY = range(4)
OPS = ("add", "update", "delete")
translate = QCoreApplication.translate  # its calls are what lupdate reads



def group_title(op: str, count: int) -> str:
    return {"add": translate("DnsChanges", "Add ({n})"), "update": translate("DnsChanges", "Change ({n})"),
            "delete": translate("DnsChanges", "Remove ({n})")}[op].format(n=count)


def reason_text(change) -> str:
    """Why this change is made, in a sentence: the message for ``reason`` (ui/messages/dnshost.py)."""
    key, params = change.reason or "", dict(change.params or {})
    if key and has_text(key):
        return message(key, params)
    if change.op == "delete":  # a reason this window has no words for yet: what the change does, plainly
        return translate("DnsChanges", "In the way of the records your email needs")
    if change.op == "update":
        return translate("DnsChanges", "Changed to the value your provider needs")
    return translate("DnsChanges", "Needed by your email provider")


def shown_value(record) -> str:
    """The value as the host's page shows it: MX "10 mx.example.com", TXT unquoted."""
    return record.value if record is not None else ""


def elided(value: str) -> str:
    if len(value) <= ELIDE_AT:
        return value
    return value[: ELIDE_AT - 24] + "…" + value[-20:]


def grouped(changes) -> dict[str, list]:
    groups: dict[str, list] = {op: [] for op in OPS}
    for change in changes:
        groups.setdefault(change.op, []).append(change)
    return {op: items for op, items in groups.items() if items}


def host_name_field(host, name: str, domain: str) -> str:
    """The name as the host's own page shows it ("@", "_dmarc") where the host is known."""
    return host.host_field(name, domain) if host is not None and domain else name


class ChangesTree(QTableWidget):
    """The preview: a heading row per kind of change ("Add (5)"), a row per record under it, the reason wrapped
    in full (nothing essential only in a tooltip), a long value elided with the whole of it in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("dns_changes")
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrows move between rows
        header = self.horizontalHeader()
        for column in (TYPE, NAME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(VALUE, 280)
        measure_rows_when_columns_settle(self)  # the wrapped reasons measured at their final width
        self.groups: list[str] = []
        self._ops: list[str | None] = []
        self.done: set[int] = set()  # rows whose change is made
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([translate("DnsChanges", "Type"), translate("DnsChanges", "Name (host)"),
                                        translate("DnsChanges", "Value"), translate("DnsChanges", "Why")])
        self.setAccessibleName(translate("DnsChanges", "Changes to make at your DNS host"))

    def show_changes(self, changes, host=None, domain: str = "") -> None:
        from mailwizard.ui.pages.dns_records import mono

        self.clearSpans()
        self.setRowCount(0)
        self.groups, self._ops, self.done = [], [], set()
        for op, items in grouped(changes).items():
            row = self.rowCount()
            self.insertRow(row)
            title = QTableWidgetItem(group_title(op, len(items)))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 0, title)
            self.setSpan(row, 0, 1, 4)
            self.groups.append(title.text())
            self._ops.append(None)
            for change in items:
                record = change.after if change.after is not None else change.before
                value = shown_value(record)
                row = self.rowCount()
                self.insertRow(row)
                cells = (record.rtype, host_name_field(host, record.name, domain), elided(value), reason_text(change))
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    if column in (NAME, VALUE):
                        cell.setFont(mono())
                    self.setItem(row, column, cell)
                tip = value
                if change.op == "update" and change.before is not None:
                    tip = translate("DnsChanges", "Now: {before}\nAfter: {after}").format(
                        before=change.before.value, after=value)
                self.item(row, VALUE).setToolTip(tip)
                self.item(row, VALUE).setData(Qt.ItemDataRole.UserRole, value)
                self.item(row, VALUE).setData(Qt.ItemDataRole.AccessibleTextRole, value)  # read out whole
                self._ops.append(op)
        self.resizeRowsToContents()

    def mark_done(self, change, word: str) -> None:
        """A change made (or undone): its row gets the Done icon, and ``word`` for a screen reader."""
        from mailwizard.ui.status import Status, status_icon

        record = change.after if change.after is not None else change.before
        wanted = (change.op, record.rtype, record.value)
        for row, op in enumerate(self._ops):
            value = self.item(row, VALUE).data(Qt.ItemDataRole.UserRole) if op else None
            if op and (op, self.item(row, TYPE).text(), value) == wanted and row not in self.done:
                self.done.add(row)
                self.item(row, TYPE).setIcon(status_icon(self, Status.DONE))
                self.item(row, TYPE).setData(Qt.ItemDataRole.AccessibleDescriptionRole, word)
                self.scrollToItem(self.item(row, TYPE))
                return

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(group op, type, name, value shown, why) per record, for tests and tools."""
        return [(op, *(self.item(r, c).text() for c in range(4))) for r, op in enumerate(self._ops) if op]


def change_line(change, host=None, domain: str = "", *, undoing: bool = False) -> str:
    """One change in a sentence, for the progress line: "Adding MX @ 10 mx1.example.com" (undoing it: "Removing
    MX @ …")."""
    record = change.after if change.after is not None else change.before
    if undoing:
        verb = {"add": translate("DnsChanges", "Removing {record}"),
                "update": translate("DnsChanges", "Changing back {record}"),
                "delete": translate("DnsChanges", "Putting back {record}")}.get(change.op, "{record}")
    else:
        verb = {"add": translate("DnsChanges", "Adding {record}"),
                "update": translate("DnsChanges", "Changing {record}"),
                "delete": translate("DnsChanges", "Removing {record}")}.get(change.op, "{record}")
    text = f"{record.rtype} {host_name_field(host, record.name, domain)} {elided(record.value)}"
    return verb.format(record=text)
