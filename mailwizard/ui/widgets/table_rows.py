"""Word-wrapped table rows that keep the right height as the columns settle, and tables as tall as their rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView


def measure_rows_when_columns_settle(table: QTableView, then: Callable[[], None] | None = None) -> None:
    """Rows measured while stretched columns were still narrow stay several lines too tall: measure them
    again after the columns change width, once per layout pass (not once per column); ``then`` follows."""
    timer = QTimer(table, singleShot=True, interval=0)
    timer.timeout.connect(table.resizeRowsToContents)
    if then is not None:
        timer.timeout.connect(then)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())


def rows_height(table: QTableView, rows: int | None = None) -> int:
    """The height that shows the header and ``rows`` rows (all of them by default) with no scroll bar."""
    model = table.model()
    count = model.rowCount() if model is not None else 0
    shown = count if rows is None else min(rows, count)
    header = table.horizontalHeader()
    height = sum(table.rowHeight(r) for r in range(shown)) + 2 * table.frameWidth()
    if not header.isHidden():
        height += header.sizeHint().height()
    if not table.horizontalScrollBar().isHidden():
        height += table.horizontalScrollBar().sizeHint().height()
    return height


def hug_rows(table: QTableView, *, least_rows: int = 1) -> None:
    """The table exactly as tall as its rows (at least ``least_rows`` high): inside a scrolling column, a table
    with a scroll bar of its own was a scroll area inside a scroll area."""
    empty = table.verticalHeader().defaultSectionSize()
    count = table.model().rowCount() if table.model() is not None else 0
    table.setFixedHeight(rows_height(table) + max(0, least_rows - count) * empty)
