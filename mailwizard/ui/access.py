"""For screen readers and the keyboard: telling assistive technology that something it shows changed, names
taken from a label that is not the field's sibling, and Tab orders for widgets made after their neighbours.
QAccessible is loaded with the first announcement (its ~3 ms are not spent before the first frame)."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, *, alert: bool = False) -> None:
    """The widget's name (a label's text, a status line's words) changed: a screen reader reads it out.
    ``alert``: a problem, read out even while the user is elsewhere. Nothing while it is not shown."""
    if not widget.isVisible():
        return
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    event = QAccessible.Event
    _send(QAccessibleEvent(widget, event.NameChanged))
    if alert:
        _send(QAccessibleEvent(widget, event.Alert))


def _send(event) -> None:  # one place, so a test can see what is announced
    from PySide6.QtGui import QAccessible

    QAccessible.updateAccessibility(event)


def name_from(label: QLabel, field: QWidget) -> None:
    """``field`` is read out as ``label`` says (a buddy names its field only when they share a parent)."""
    field.setAccessibleName(label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":："))


def tab_after(first: QWidget, *widgets: QWidget) -> None:
    """Tab goes from ``first`` through ``widgets`` in turn, then on to where it went from ``first`` before."""
    for before, after in itertools.pairwise((first, *widgets)):
        QWidget.setTabOrder(before, after)


def cell_reads(table, row: int, column: int, box) -> None:
    """A combo box set in a table's cell: its cell reads out the choice (a screen reader moving through the
    table meets the cell, not the box), and the box is named after its column."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidgetItem

    header = table.horizontalHeaderItem(column)
    box.setAccessibleName(header.text() if header is not None else "")
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # selected with its row; not edited
        table.setItem(row, column, item)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, box.currentText())


def read_in_order(splitter) -> None:
    """A screen reader reads a splitter's panes in the order of its children, which QSplitter leaves with the
    last pane first: put them in the order they stand (the z-order is all that changes)."""
    for index in range(splitter.count()):
        splitter.widget(index).raise_()
