"""The changes MailWizard is about to make at the DNS host, as rows a person can check: grouped "Add",
"Change", "Remove", each with the record as the host's own page shows it and why it is made.

A change (core/dnshosts/changes.Change) carries ``op`` ("add" | "update" | "delete"), ``before`` / ``after``
(ZoneRecord), ``reason`` (a message key) and ``params``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from mailwizard.ui.messages import has_text, message

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


class ChangesTree(QTreeWidget):
    """The preview: one group per kind of change, a row per record, the full value in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dns_changes")
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VALUE, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([translate("DnsChanges", "Type"), translate("DnsChanges", "Name (host)"),
                              translate("DnsChanges", "Value"), translate("DnsChanges", "Why")])
        self.setAccessibleName(translate("DnsChanges", "Changes to make at your DNS host"))

    def show_changes(self, changes, host=None, domain: str = "") -> None:
        from mailwizard.ui.pages.dns_records import mono

        self.clear()
        for op, items in grouped(changes).items():
            group = QTreeWidgetItem(self, [group_title(op, len(items))])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.UserRole, op)
            for change in items:
                record = change.after if change.after is not None else change.before
                value = shown_value(record)
                row = QTreeWidgetItem(group, [record.rtype, host_name_field(host, record.name, domain),
                                              elided(value), reason_text(change)])
                tip = value
                if change.op == "update" and change.before is not None:
                    tip = translate("DnsChanges", "Now: {before}\nAfter: {after}").format(
                        before=change.before.value, after=value)
                row.setToolTip(VALUE, tip)
                row.setToolTip(WHY, row.text(WHY))
                row.setData(VALUE, Qt.ItemDataRole.UserRole, value)
                row.setData(VALUE, Qt.ItemDataRole.AccessibleTextRole, value)  # read out whole, not elided
                for column in (NAME, VALUE):
                    row.setFont(column, mono())
        self.expandAll()

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(group op, type, name, value shown, why) per record, for tests and tools."""
        found = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            op = group.data(0, Qt.ItemDataRole.UserRole)
            for r in range(group.childCount()):
                row = group.child(r)
                found.append((op, row.text(TYPE), row.text(NAME), row.text(VALUE), row.text(WHY)))
        return found


def change_line(change, host=None, domain: str = "") -> str:
    """One change in a sentence, for the progress line: "Adding MX @ 10 mx1.example.com"."""
    record = change.after if change.after is not None else change.before
    verb = {"add": translate("DnsChanges", "Adding {record}"), "update": translate("DnsChanges", "Changing {record}"),
            "delete": translate("DnsChanges", "Removing {record}")}.get(change.op, "{record}")
    text = f"{record.rtype} {host_name_field(host, record.name, domain)} {elided(record.value)}"
    return verb.format(record=text)
