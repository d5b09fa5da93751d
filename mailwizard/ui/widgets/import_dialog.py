"""Importing members from a spreadsheet: choose the file, check how its columns were understood,
see which rows have problems and why, then import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.members.header_mapping import guess_mapping
from mailwizard.core.members.importing import read_members
from mailwizard.core.members.model import Member
from mailwizard.core.members.raw_table import RawTable, UnreadableFile
from mailwizard.core.members.reading import io_problem
from mailwizard.ui import palette
from mailwizard.ui.messages import message
from mailwizard.ui.widgets.members_model import column_title

PREVIEW_ROWS = 300
_MAPPED = ("display_name", "family_name", "given_name", "local_part", "personal_email", "phone", "department",
           "job_title", "quota_gb")

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    def __init__(self, table: RawTable, source: str, domain: str, existing: list[Member],
                 parent: QWidget | None = None, *, pattern: str = "", shown_domain: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import from {file}").format(file=source))
        self.table, self.domain, self.existing = table, domain, existing
        self.pattern, self.shown_domain = pattern, shown_domain or domain
        self.members: list[tuple[int, Member]] = []
        self.problems: dict[int, list] = {}
        found = QLabel(self.tr("Read 1 row. Check that each kind of information comes from the right column:")
                        if len(table.rows) == 1 else
                        self.tr("Read {rows} rows. Check that each kind of information comes from the right "
                                "column:").format(rows=len(table.rows)))
        if table.sheet:  # the first sheets held no list (a cover note): say where the people were found
            found.setText(self._sentences(self.tr("The list is on the sheet “{sheet}”.").format(sheet=table.sheet),
                                          found.text()))
        # how the file was read, for whoever helps when names come out garbled; no term the user needs
        found.setToolTip(self.tr("Read as {encoding}, separated by “{delimiter}”").format(
            encoding=table.encoding or "Excel",
            delimiter={"\t": "Tab", ",": ",", ";": ";", "|": "|"}.get(table.delimiter or "", table.delimiter or "—")))
        found.setWordWrap(True)
        grid = QGridLayout()
        self.columns: dict[str, QComboBox] = {}
        mapping = guess_mapping(table.headers)
        for position, field in enumerate(_MAPPED):
            combo = QComboBox(objectName=f"map_{field}")
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(combo.findData(mapping.get(field, -1)))
            combo.currentIndexChanged.connect(self._preview)
            self.columns[field] = combo
            label = QLabel(column_title(field))
            label.setBuddy(combo)
            grid.addWidget(label, position // 3, (position % 3) * 2)
            grid.addWidget(combo, position // 3, (position % 3) * 2 + 1)
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 4, objectName="import_preview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.setAccessibleName(self.tr("What will be imported"))
        self.preview.setTabKeyNavigation(False)
        # the problem and how to fix it, wrapped in full (cut at the dialog's edge, the fix was the part lost)
        self.preview.setWordWrap(True)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(found)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self._preview()

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.columns.items() if c.currentData() is not None
                and c.currentData() >= 0}

    def _sentences(self, first: str, second: str) -> str:
        """Two sentences in a row: Chinese writes them without a space between."""
        return self.tr("{first} {second}").format(first=first, second=second)

    def _preview(self) -> None:
        # the same sequence as `mailwizard members check`: what the table will get, an address suggested from
        # the name where the file has none, checked beside the members already in the list
        imported = read_members(self.table, self.mapping(), self.domain, self.pattern, self.existing)
        self.members, self.problems = imported.rows, imported.problems
        good, bad = len(self.members) - len(self.problems), len(self.problems)
        ready = self.tr("1 row is ready.") if good == 1 else self.tr("{n} rows are ready.").format(n=good)
        problems = (self.tr("1 row has a problem: it is imported too, marked in red, so you can fix it in the table "
                            "before creating accounts.") if bad == 1 else
                    self.tr("{n} rows have a problem: they are imported too, marked in red, so you can fix them in "
                            "the table before creating accounts.").format(n=bad) if bad else "")
        self.summary.setText(self._sentences(ready, problems) if problems else ready)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), column_title("display_name"),
                                                column_title("local_part"), self.tr("Problem")])
        shown = self.members[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for row, (line, member) in enumerate(shown):
            problems = self.problems.get(row, [])
            cells = [str(line), member.display_name,
                     f"{member.local_part}@{self.shown_domain}" if member.local_part and "@" not in member.local_part
                     else member.local_part,
                     "; ".join(message(p.key, p.params) for p in problems) or self.tr("OK")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problems:
                    item.setForeground(QColor(palette.colour("problem")))
                self.preview.setItem(row, column, item)
        for column in range(3):
            self.preview.resizeColumnToContents(column)
        self.preview.resizeRowsToContents()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Import 1 row") if len(self.members) == 1
            else self.tr("&Import {n} rows").format(n=len(self.members)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.members))


def import_problem(exc: BaseException, path: Path) -> tuple[str, dict[str, str]]:
    """What went wrong reading a member file, as a message key and its parameters: the real reason, not "open
    in another program" for every error."""
    if isinstance(exc, UnreadableFile):
        return exc.key, exc.params
    if isinstance(exc, OSError):
        problem = io_problem(exc, path)
        return problem.key, problem.params
    log.error("member file not read: %s", type(exc).__name__)
    return "import.failed", {"error": type(exc).__name__}


def run_import(parent: QWidget, controller, existing: list[Member], then: Callable[[list[Member]], None],
               path: str | None = None, *, pattern: str = "", shown_domain: str = "") -> None:
    """The whole import: file chooser, reading (off the UI thread, through the window's task runner), mapping
    and preview; ``then(members)`` with the rows the user imported."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, QDialog.tr("Import members"), "",
                                              QDialog.tr("Spreadsheets") + " (*.xlsx *.csv *.txt *.tsv)")
    if not path:
        return
    domain = controller.state.domain or ""

    def preview(table: RawTable) -> None:
        dialog = ImportDialog(table, Path(path).name, domain, existing, parent, pattern=pattern,
                              shown_domain=shown_domain)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            then([m for _, m in dialog.members])

    def unreadable(exc: BaseException) -> None:
        from mailwizard.ui.dialogs import show_problem

        show_problem(parent, message(*import_problem(exc, Path(path))))

    # the dialogs open from Qt's loop, not from inside the reading task (a modal loop must not run in a task)
    controller.read_member_file(Path(path), on_read=lambda table: QTimer.singleShot(0, lambda: preview(table)),
                                on_error=lambda exc: QTimer.singleShot(0, lambda: unreadable(exc)))
