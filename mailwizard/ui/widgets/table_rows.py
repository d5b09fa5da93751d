"""Word-wrapped table rows that keep the right height as the columns settle."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView


def measure_rows_when_columns_settle(table: QTableView) -> None:
    """Rows measured while stretched columns were still narrow stay several lines too tall: measure them
    again after the columns change width, once per layout pass (not once per column)."""
    timer = QTimer(table, singleShot=True, interval=0)
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
