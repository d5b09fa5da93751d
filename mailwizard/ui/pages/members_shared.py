"""The Members step's "Shared addresses" tab: info@, sales@, a list per department — suggested, ticked to add,
edited beside the list; problems in words on each row; after the run, each one's status and who its mail reaches;
the provider's console steps for what its API cannot do."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.members.shared import ORIGIN_TYPED, SharedAddress, alias_parts
from mailwizard.ui import palette, shared_text
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, status_word
from mailwizard.ui.widgets.shared_editor import SharedEditor

ADD, ADDRESS, WHO, STATUS = range(4)
TABLE_MIN_HEIGHT = 190  # the header and about four rows
CHECK_DELAY_MS = 1500  # after the last edit, the provider is asked whether the addresses are free


class SharedPanel(QWidget):
    """Signals: ``countChanged(int)`` with how many shared addresses are chosen (the tab's title shows it);
    ``edited()`` after the user changed the list (the page checks again whether Create can run)."""

    countChanged = Signal(int)
    edited = Signal()

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shared_panel")
        self.controller = controller
        self._rows: list[tuple[SharedAddress, bool]] = []   # (address, ticked) as shown
        self._parked: list[SharedAddress] = []               # typed ones unticked: kept on screen, not in the list
        self.remote_problems: list = []                      # the provider's clashes from the last check
        self._selected: tuple[bool, str] | None = None       # (ticked, local part) of the selected row
        self.intro = QLabel(objectName="shared_intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, objectName="shared_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # the rows grow to show every word instead
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ADD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._ticked)
        self._fit_rows = QTimer(self, singleShot=True, interval=0)  # once the columns have their final widths
        self._fit_rows.timeout.connect(self._fit_row_heights)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.table.itemSelectionChanged.connect(self._select)
        self.editor = SharedEditor()
        self.editor.setMinimumWidth(330)
        self.editor.setMaximumWidth(420)
        self.editor.edited.connect(self._edited)
        self.add_button = QPushButton(objectName="shared_add")
        self.remove_button = QPushButton(objectName="shared_remove")
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self._remove)
        self.console = QLabel(objectName="shared_console_steps")
        self.console.setWordWrap(True)
        self.console.setTextFormat(Qt.TextFormat.RichText)
        self.console.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.console.setOpenExternalLinks(True)
        # the console steps scroll when they are long: on a 1366×768 laptop the list keeps room for its rows
        self.console_scroll = QScrollArea(objectName="shared_console_scroll", widgetResizable=True)
        self.console_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.console_scroll.setWidget(self.console)
        self.console_scroll.viewport().setAutoFillBackground(False)  # the tab's own background, as before
        self.console.setAutoFillBackground(False)
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.console_scroll)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 1)
        body.addWidget(self.editor)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.intro)
        column.addLayout(body, 1)
        self._check_soon = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_soon.timeout.connect(self.check_remote)
        controller.sharedChecked.connect(self._checked)
        controller.sharedProgress.connect(lambda _report: self.refresh())
        controller.sharedFinished.connect(self._finished)

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "A shared address such as info@ or sales@ delivers each message to several people. Tick the ones you "
            "want, then choose who receives their mail; they are created with the accounts."))
        self.table.setHorizontalHeaderLabels([self.tr("Add"), self.tr("Address"), self.tr("Mail goes to"),
                                              self.tr("Status")])
        self.table.setAccessibleName(self.tr("Shared addresses"))
        self.console_scroll.setAccessibleName(self.tr("Steps in the admin console"))
        self.add_button.setText(self.tr("Add a shared add&ress"))
        self.remove_button.setText(self.tr("Remove i&t"))
        self.editor.retranslate()
        self.refresh()

    # --- state ---------------------------------------------------------------------------
    def chosen(self) -> list[SharedAddress]:
        return list(self.controller.shared_addresses())

    def problems(self) -> dict[str, list[str]]:
        """Full address → the texts of what is wrong with it (local checks and the provider's clashes)."""
        found: dict[str, list[str]] = {}
        for problem in [*self.controller.shared_problems(), *self.remote_problems]:
            found.setdefault(problem.subject.lower(), []).append(message(problem.key, problem.params))
        return found

    def refresh(self) -> None:
        domain, lang = self.controller.state.domain or "", self.controller.language
        chosen = self.chosen()
        ours = {a.local_part for a in chosen}
        suggested = [s for s in self.controller.shared_suggestions(lang) if s.local_part not in ours]
        self._parked = [p for p in self._parked if p.local_part not in ours]
        self._rows = [(a, True) for a in chosen] + [(a, False) for a in [*self._parked, *suggested]]
        problems, members = self.problems(), self.controller.member_list
        names = shared_text.name_of(members, domain)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for row, (item, ticked) in enumerate(self._rows):
            address = item.address(domain) or "…"
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | (Qt.ItemFlag.NoItemFlags if self._made(item) else Qt.ItemFlag.ItemIsUserCheckable))
            tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            tick.setToolTip(self.tr("Ticked: created with the accounts. Unticked: left out."))
            shown = f"{item.local_part}@{self.controller.shown_domain() or domain}" if item.local_part else "…"
            label = QTableWidgetItem(f"{shown}\n{item.name}" if item.name else shown)
            who = QTableWidgetItem(shared_text.people([names.get(r.lower(), r) for r in item.recipients])
                                   if item.recipients else self.tr("nobody yet"))
            status, text = self._status(item, ticked, address, problems.get(address.lower(), []), names)
            said = QTableWidgetItem(self.tr("{status}: {detail}").format(status=status_word(status), detail=text)
                                    if status and text else text)  # "：" in Chinese
            if status in (Status.ACTION, Status.PROBLEM):
                said.setForeground(QColor(palette.colour(status.value)))
            for column, cell in ((ADD, tick), (ADDRESS, label), (WHO, who), (STATUS, said)):
                if column != ADD:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        width = max(self.table.viewport().width(), 500)
        self.table.setColumnWidth(ADDRESS, min(220, width * 32 // 100))
        self.table.setColumnWidth(WHO, min(240, width * 30 // 100))
        self._fit_row_heights()  # after the widths: the status's words wrap onto the lines they need
        self._reselect()
        self._show_console()
        self.remove_button.setEnabled(self._current() is not None and self._current()[1]
                                      and not self._made(self._current()[0]))
        self.countChanged.emit(len(chosen))

    def _fit_row_heights(self) -> None:
        """Each row as tall as its longest cell's words wrapped in its column (Qt's own fit left some cut off)."""
        metrics = self.table.fontMetrics()
        for row in range(self.table.rowCount()):
            need = 0
            for column in (ADDRESS, WHO, STATUS):
                cell = self.table.item(row, column)
                width = max(self.table.columnWidth(column) - 12, 20)
                if cell is not None:
                    need = max(need, metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                                          cell.text()).height())
            self.table.setRowHeight(row, need + 10)

    def _made(self, item: SharedAddress) -> bool:
        domain = self.controller.state.domain or ""
        state = self.controller.shared_statuses().get(shared_text.group_key(item.address(domain)), ("",))[0]
        return state in ("created", "attempted")

    def _status(self, item: SharedAddress, ticked: bool, address: str, problems: list[str],
                names: dict[str, str]) -> tuple[Status | None, str]:
        if not ticked:
            origin = item.origin_detail if item.origin != ORIGIN_TYPED else ""
            return None, (self.tr("Suggested: the “{department}” people in your list").format(department=origin)
                          if item.origin == "department" else self.tr("Suggested") if origin else "")
        if problems:
            return Status.ACTION, " ".join(problems)
        state, error = self.controller.shared_statuses().get(shared_text.group_key(address), ("", ""))
        delivered = self.controller.shared_delivery()
        if state == "created" and address in delivered:
            wanted = [f"{r}@{self.controller.state.domain}" for r in item.recipients]
            return shared_text.reaches(address, delivered[address], wanted, names)
        if state:
            return shared_text.state_words(state, error, self.controller.provider_name())
        support = self.controller.shared_support()
        if support is None or not support.groups:
            provider = self.controller.provider_name()
            if self.controller.shared_console_steps(self.controller.language).get("groups"):
                return Status.ACTION, self.tr("Set it up in the {provider} admin console: the steps are below.").format(
                    provider=provider)
            return Status.ACTION, self.tr("MailWizard cannot create it at {provider}: set it up in the admin "
                                          "console, as a group with these people in it.").format(provider=provider)
        return None, self.tr("Will be created with the accounts")

    def _show_console(self) -> None:
        """The provider's console steps for what its API cannot do (nothing when it can do it all)."""
        support, lang = self.controller.shared_support(), self.controller.language
        steps = self.controller.shared_console_steps(lang)
        parts = []
        if self.chosen() and (support is None or not support.groups):
            parts.append(shared_text.steps_html(self.tr("To set up the shared addresses in the {provider} admin "
                                                        "console:").format(provider=self.controller.provider_name()),
                                                steps.get("groups", [])))
        if any(m.aliases for m in self.controller.member_list) and (support is None or not support.aliases):
            parts.append(shared_text.steps_html(self.tr("To add the aliases in the {provider} admin console:").format(
                provider=self.controller.provider_name()), steps.get("aliases", [])))
        if any(a.outside for a in self.chosen()) and support is not None and support.groups \
                and not support.outside_mail:
            parts.append(shared_text.steps_html(self.tr("To let people outside the company mail a shared address, in "
                                                        "the {provider} admin console:").format(
                provider=self.controller.provider_name()), steps.get("outside", [])))
        text = "".join(p for p in parts if p)
        self.console.setText(text)
        self.console_scroll.setVisible(bool(text))
        self._fit_console()

    def _fit_console(self) -> None:
        """The steps as tall as their text, no taller (the list gets the rest); a scroll bar when space is short."""
        width = max(self.console_scroll.viewport().width(), 200)
        self.console_scroll.setMaximumHeight(self.console.heightForWidth(width) + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_console()

    def _outside_note(self) -> str:
        return self.tr("{provider} does not let MailWizard set this: once the address is created, allow everyone "
                       "to send to it in the admin console (the steps are below the list).").format(
            provider=self.controller.provider_name())

    # --- the user's edits ------------------------------------------------------------------
    def _current(self) -> tuple[SharedAddress, bool] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _reselect(self) -> None:
        if self._selected is not None:
            for row, (item, ticked) in enumerate(self._rows):
                if (ticked, item.local_part) == self._selected:
                    self.table.blockSignals(True)
                    self.table.selectRow(row)
                    self.table.blockSignals(False)
                    break
        self._show_editor()

    def _select(self) -> None:
        current = self._current()
        self._selected = (current[1], current[0].local_part) if current else None
        self._show_editor()
        self.remove_button.setEnabled(current is not None and current[1] and not self._made(current[0]))

    def _show_editor(self) -> None:
        current = self._current()
        domain = self.controller.shown_domain() or self.controller.state.domain or ""
        if current is None:
            self.editor.show_item(None, [], domain, editable=False,
                                  hint=self.tr("Choose a shared address on the left to change it."))
            return
        item, ticked = current
        hint = ("" if ticked and not self._made(item) else self.tr("Created: change it in the admin console.")
                if ticked else self.tr("Tick “Add” to use this address; then you can change it here."))
        support = self.controller.shared_support()
        if ticked and item.outside and support is not None and support.groups and not support.outside_mail:
            hint = " ".join(h for h in (hint, self._outside_note()) if h)
        self.editor.show_item(item, self.controller.member_list, domain, editable=ticked and not self._made(item),
                              hint=hint)

    def _ticked(self, cell: QTableWidgetItem) -> None:
        if cell.column() != ADD:
            return
        item, was = self._rows[cell.row()]
        on = cell.checkState() == Qt.CheckState.Checked
        if on == was:
            return
        chosen = self.chosen()
        if on:
            self._parked = [p for p in self._parked if p != item]
            chosen.append(item)
        else:
            chosen = [a for a in chosen if a != item]
            if item.origin == ORIGIN_TYPED:
                self._parked.append(item)
        self._selected = (on, item.local_part)
        self._store(chosen)

    def _edited(self, changed: SharedAddress) -> None:
        current = self._current()
        if current is None or not current[1]:
            return
        chosen = [changed if a == current[0] else a for a in self.chosen()]
        self._selected = (True, changed.local_part)
        self._store(chosen)

    def add_typed(self) -> None:
        """A new shared address of the user's own: on the list, its address open for typing."""
        chosen = self.chosen()
        chosen.append(SharedAddress("", "", (), ORIGIN_TYPED, "", True))
        self._selected = (True, "")
        self._store(chosen)
        self.editor.local_part.setFocus()

    def _remove(self) -> None:
        current = self._current()
        if current is not None and current[1] and not self._made(current[0]):
            self._selected = None
            self._store([a for a in self.chosen() if a != current[0]])

    def _store(self, chosen: list[SharedAddress]) -> None:
        self.controller.set_shared_addresses(chosen)
        aliases = {a for m in self.controller.member_list for a in alias_parts(m.aliases)}
        still = {a.local_part for a in chosen} | aliases
        self.remote_problems = [p for p in self.remote_problems if p.subject.split("@", 1)[0] in still]
        self.refresh()
        self.edited.emit()
        self._check_soon.start()

    # --- the provider's answers -------------------------------------------------------------
    def check_soon(self) -> None:
        self._check_soon.start()

    def check_remote(self) -> None:
        """Ask the provider whether the chosen addresses are free (when it can be asked)."""
        asked = self.chosen() or any(m.aliases for m in self.controller.member_list)
        if asked and self.controller.shared_support() is not None and self.controller.can_create_members():
            self.controller.check_shared_remote()

    def _checked(self, problems) -> None:
        self.remote_problems = [p for p in problems if p.key == "shared.clash_existing"]
        self.refresh()

    def _finished(self, report) -> None:
        if report is not None and report.refused:
            self.remote_problems = [p for p in report.refused if p.key == "shared.clash_existing"]
        self.refresh()
