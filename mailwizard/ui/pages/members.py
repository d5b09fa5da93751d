"""Step 4: the members, typed in or imported, and their accounts created exactly once each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.flow import Step
from mailwizard.core.members.model import FIELDS, PERMISSIONS, Member
from mailwizard.core.members.names import fill_addresses
from mailwizard.core.members.shared import alias_parts
from mailwizard.ui import shared_text
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.pages.base import ROW_SPACING, WizardPage
from mailwizard.ui.pages.members_run import MembersRunPanel
from mailwizard.ui.pages.members_shared import SharedPanel
from mailwizard.ui.pages.members_toolbar import MembersToolbar
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.members_model import STATUS_COLUMN, MembersModel

# Each column's width from its contents, between these bounds (pixels): the address and the personal email (the
# ones to check) get theirs in full; the name parts stay compact.
COLUMN_WIDTHS = {"display_name": (90, 170), "family_name": (50, 90), "given_name": (50, 90), "local_part": (220, 330),
                 "aliases": (80, 200),
                 "personal_email": (200, 290), "phone": (70, 130), "department": (70, 150), "job_title": (70, 150),
                 "quota_gb": (60, 110), "status": (90, 200)}


class MembersPage(WizardPage):
    step = Step.MEMBERS

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = MembersModel(controller)
        self.model.membersEdited.connect(self._edited)
        self._size_columns_soon = QTimer(self, singleShot=True, interval=0)  # once the view has the new rows
        self._size_columns_soon.timeout.connect(self.size_columns)
        self.model.modelReset.connect(self._size_columns_soon.start)
        self.model.rowsInserted.connect(self._size_columns_soon.start)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.toolbar = MembersToolbar(controller)
        self.toolbar.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.toolbar.groupChosen.connect(self.refresh)  # the "+ team group" rows are checked again
        self.layout_.addWidget(self.toolbar)
        controller.groupsLoaded.connect(self._groups_loaded)

        self.table = QTableView(objectName="members")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the list's own order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Status shown beside the address it is about: at the end of a wide table it was off screen while the
        # accounts were being created (moved on screen only: the model's columns stay in their order)
        self.table.horizontalHeader().moveSection(STATUS_COLUMN, FIELDS.index("local_part") + 1)
        # the aliases after the personal email: that one (where the invitation goes) stays in view on a laptop
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(FIELDS.index("aliases")),
                           header.visualIndex(FIELDS.index("personal_email")))
        # the people and the shared addresses, one tab each (both fit a 1366×768 laptop's window)
        people = QWidget(objectName="people_tab")
        self.people_layout = QVBoxLayout(people)
        self.people_layout.setContentsMargins(0, 6, 0, 0)
        self.people_layout.setSpacing(ROW_SPACING)
        self.people_layout.addWidget(self.table, 1)
        from mailwizard.ui.widgets.member_delegates import DepartmentDelegate, PermissionDelegate
        from mailwizard.ui.widgets.members_model import permission_text

        self.departments = DepartmentDelegate(self.table)
        self.table.setItemDelegateForColumn(FIELDS.index("department"), self.departments)
        self.permissions = PermissionDelegate(lambda: self.model.roles, permission_text, self.table)
        self.table.setItemDelegateForColumn(FIELDS.index("permissions"), self.permissions)
        controller.departmentsLoaded.connect(self.departments.set_provider_names)
        self.quota_note = QLabel(objectName="quota_note")  # why the mailbox size column is hidden
        self.quota_note.setWordWrap(True)
        self.quota_note.hide()
        self.people_layout.addWidget(self.quota_note)
        self.problem = StatusLine(objectName="member_problem")
        self.people_layout.addWidget(self.problem)

        self.add_button = QPushButton(objectName="add_member")
        self.remove_button = QPushButton(objectName="remove_member")
        self.import_button = QPushButton(objectName="import_members")
        self.export_button = QPushButton(objectName="export_members")
        self.template_button = QPushButton(objectName="template")
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self._remove_selected)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        self.template_button.clicked.connect(self._ask_template)
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button, self.export_button,
                       self.template_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        self.people_layout.addLayout(edit_row)
        self.shared = SharedPanel(controller)
        self.shared.countChanged.connect(lambda _n: self._title_tabs())
        self.shared.edited.connect(self._shared_edited)
        self.tabs = QTabWidget(objectName="members_tabs")
        self.tabs.addTab(people, "")
        self.tabs.addTab(self.shared, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.layout_.addWidget(self.tabs, 1)

        self.run = MembersRunPanel(controller, self.model, self._seat_limit)
        self.run.changed.connect(self.changed)
        self.layout_.addWidget(self.run)
        # the widgets tests and tools reach for, where they were before the page was split into panels
        self.seats, self.group = self.toolbar.seats, self.toolbar.group
        self.progress, self.progress_text = self.run.progress, self.run.progress_text
        self.cancel_button, self.create_button = self.run.cancel_button, self.run.create_button
        self.manual_done_button, self.create_status = self.run.manual_done_button, self.run.create_status

        controller.existingLoaded.connect(self._existing_loaded)
        controller.sharedFinished.connect(lambda _report: self._show_problem())
        controller.sharedChecked.connect(lambda _problems: self._show_problem())  # after the panel took them
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who needs a mailbox"))
        self.intro.setText(self.tr(
            "Add your staff one by one or import a spreadsheet. Addresses are suggested from names; you can "
            "change any of them. The personal email is where each person's invitation will go."))
        self.toolbar.retranslate()
        self.table.setAccessibleName(self.heading.text())
        self.add_button.setText(self.tr("&Add a person"))
        self.remove_button.setText(self.tr("&Remove"))
        self.import_button.setText(self.tr("&Import from spreadsheet…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.template_button.setText(self.tr("Download a &template…"))
        self.run.retranslate()
        self.shared.retranslate()
        self._title_tabs()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FIELDS))
        # the Permissions column fits its longest preset in this language ("Can manage users + team group")
        from mailwizard.ui.widgets.members_model import permission_text

        widest = max(self.table.fontMetrics().horizontalAdvance(permission_text(p)) for p in PERMISSIONS)
        self.table.horizontalHeader().resizeSection(FIELDS.index("permissions"), widest + 32)
        self.refresh()
        self.size_columns()

    def _title_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Pe&ople ({n})").format(n=len(self.model.members)))
        n = len(self.controller.shared_addresses())
        self.tabs.setTabText(1, self.tr("Shar&ed addresses ({n})").format(n=n) if n
                             else self.tr("Shar&ed addresses"))
        self.tabs.setTabToolTip(1, self.tr("info@, sales@, a list per department: addresses that reach several "
                                           "people"))

    def _tab_shown(self, index: int) -> None:
        if index == 1:
            self.shared.refresh()  # the member list may have changed: suggestions and recipients follow it
            self.shared.check_remote()

    def size_columns(self) -> None:
        """Each column as wide as its header and rows need, within COLUMN_WIDTHS (on a new list, not as cells
        are typed: a column jumping under the cursor is worse than one a little narrow)."""
        header = self.table.horizontalHeader()
        for column, field in enumerate((*FIELDS, "status")):
            if field not in COLUMN_WIDTHS or self.table.isColumnHidden(column):
                continue
            least, most = COLUMN_WIDTHS[field]
            needed = max(header.sectionSizeFromContents(column).width(), self.table.sizeHintForColumn(column) + 6)
            header.resizeSection(column, max(least, min(most, needed)))

    def edit_personal_email(self, address: str) -> bool:
        """The member with this address selected and their personal email open for typing (from the
        Invitations step's "Fix the address"); False when no one has it."""
        domain = self.controller.state.domain or ""
        row = next((r for r, m in enumerate(self.model.members) if m.address(domain) == address), None)
        if row is None:
            return False
        self.toolbar.search.clear()  # a filter could hide the row
        index = self.proxy.mapFromSource(self.model.index(row, FIELDS.index("personal_email")))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)
        return True

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.controller.state
        self.model.domain = state.domain or ""
        self.model.shown_domain = self.controller.shown_domain()
        quota = self.controller.quota_shown()
        limits = (self._max_quota(), self.controller.member_presets(), bool(state.team_group_id), quota)
        if limits != (self.model.max_quota_gb, self.model.roles, self.model.group_chosen, self.model.quota_shown):
            # another plan, provider or team group: its limits and presets apply to the rows already there
            self.model.max_quota_gb, self.model.roles, self.model.group_chosen, self.model.quota_shown = limits
            self.model.revalidate()
        self._show_quota(quota)
        self.toolbar.show_pattern(state.address_pattern)
        self.model.follow_source()
        self.model.statuses_changed()
        self._show_seats()
        self._show_problem()
        self.run.show_run_state()
        self.shared.refresh()
        self._title_tabs()

    def _show_quota(self, shown: bool) -> None:
        """The mailbox size column where something takes it; else hidden, with a short note why."""
        self.table.setColumnHidden(FIELDS.index("quota_gb"), not shown)
        self.quota_note.setVisible(not shown)
        self.quota_note.setText("" if shown else self.tr(
            "No mailbox size column: {provider}'s admin API sets no size for new accounts, so each mailbox gets "
            "the size your plan gives.").format(provider=self.controller.provider_name()))

    def _groups_loaded(self, groups: list) -> None:
        self.toolbar.show_groups(groups)

    def on_enter(self) -> None:
        super().on_enter()
        self.controller.restore_connection()
        self.controller.load_existing_users()
        self.controller.load_seats()

    def _existing_loaded(self, _existing: set[str]) -> None:
        self.model.revalidate()  # the model reads the addresses taken from the session
        self._show_problem()
        self.run.show_run_state()

    def _max_quota(self) -> float | None:
        provider = self.controller.catalogue.provider(self.controller.state.provider_id or "")
        plan = provider.plan(self.controller.state.plan_id or "") if provider else None
        storage = plan.storage.value if plan else None
        return storage.gb if storage is not None and not storage.pooled else None

    def _seat_limit(self) -> int | None:
        provider = self.controller.catalogue.provider(self.controller.state.provider_id or "")
        plan = provider.plan(self.controller.state.plan_id or "") if provider else None
        seats = plan.seats.value if plan else None
        return seats.max if seats else None

    def _plan_that_fits(self, people: int) -> str | None:
        from mailwizard.core.plans import Needs, assess, recommend
        from mailwizard.ui import format as fmt

        state = self.controller.state
        rec = recommend(assess(self.controller.catalogue, Needs(people, None, state.budget_currency)), state.region)
        if rec.assessment is None:
            return None
        return fmt.plan_title(rec.assessment.provider, rec.assessment.plan, self.controller.language)

    def _show_seats(self) -> None:
        self.toolbar.show_seats(len(self.model.members), self._seat_limit())

    def _show_problem(self) -> None:
        limit = self._seat_limit()
        if limit is not None and len(self.model.members) > limit:
            bigger = self._plan_that_fits(len(self.model.members))
            text = self.tr("Your plan holds {max} accounts and the list has {n}. Remove people or choose a larger "
                           "plan on the first step.").format(max=limit, n=len(self.model.members))
            if bigger:
                text += " " + self.tr("{plan} would hold everyone.").format(plan=bigger)
            self.problem.set_status(Status.ACTION, text)
            return
        self.model.set_alias_problems(self._alias_problems())
        rows = sorted(self.model.problems)
        if not rows and self.model.alias_problems:
            row = min(self.model.alias_problems)
            self.problem.set_status(Status.ACTION, self.tr("Row {row}: {text}").format(
                row=row + 1, text=self.model.alias_problems[row]))
            return
        if not rows:
            self.problem.set_status(None, "")
            return
        first = self.model.problems[rows[0]][0]
        text = (self.tr("Row {row}: {text}") if len(rows) == 1
                else self.tr("Row {row}: {text} ({n} rows need attention)"))
        self.problem.set_status(Status.ACTION, text.format(row=rows[0] + 1, text=message(first.key, first.params),
                                                           n=len(rows)))

    def _alias_problems(self) -> dict[int, str]:
        """Row → what the session's shared checks say about that member's aliases."""
        found: dict[int, str] = {}
        parts = [set(alias_parts(m.aliases)) for m in self.model.members]
        for key, (state, error) in self.controller.shared_statuses().items():  # after a run: taken or failed
            local = key.removeprefix("alias:").split("@", 1)[0]
            status, text = shared_text.state_words(state, error, self.controller.provider_name())
            if key.startswith("alias:") and status in (Status.ACTION, Status.PROBLEM):
                for row in (r for r, own in enumerate(parts) if local in own):
                    found.setdefault(row, f"{local}@{self.controller.shown_domain()}: {text}")
        accounts = {m.local_part.lower(): row for row, m in enumerate(self.model.members) if m.local_part}
        for problem in [*self.controller.shared_problems(), *self.shared.remote_problems]:
            local = problem.subject.split("@", 1)[0].lower()
            rows = ([accounts[local]] if local in accounts else []) if problem.key == "shared.too_many_aliases" \
                else [row for row, own in enumerate(parts) if local in own]  # the subject is the member / the alias
            for row in rows:
                found.setdefault(row, message(problem.key, problem.params))
        return found

    def _shared_edited(self) -> None:
        self._show_problem()
        self.run.show_run_state()
        self.changed.emit()

    def _edited(self) -> None:
        self._suggest_addresses()
        if any(m.aliases for m in self.model.members):
            self.shared.check_soon()  # the provider asked whether the aliases are free, once typing stops
        self._title_tabs()
        self._show_seats()
        self._show_problem()
        self.run.show_run_state()
        self.changed.emit()

    def _suggest_addresses(self) -> None:
        """Fill in an address for every row that has a name but no address yet."""
        filled = fill_addresses(self.model.members, self.controller.state.address_pattern, set())
        if filled != self.model.members:
            self.model.update_members(filled)

    def add_member(self) -> None:
        row = self.model.insert(Member())
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove_selected(self) -> None:
        rows = [self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()]
        self.model.remove(rows)

    # --- import / export (dialogs in their own module) ------------------------------------
    def _ask_import(self) -> None:
        from mailwizard.ui.widgets.import_dialog import run_import

        run_import(self, self.controller, self.model.members, self._imported,
                   pattern=self.controller.state.address_pattern, shown_domain=self.controller.shown_domain())

    def _imported(self, members: list[Member]) -> None:
        if members:
            self.model.set_members(self.model.members + members)
            self._edited()

    def _ask_export(self) -> None:
        from mailwizard.core.members.writing import write_members_csv

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export members"), "members.csv", "CSV (*.csv)")
        if path:
            self.controller.write_off_thread(write_members_csv, Path(path), list(self.model.members),
                                            self.controller.state.domain or "")

    def _ask_template(self) -> None:
        from mailwizard.core.members.writing import write_template

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save template"), "members-template.csv", "CSV (*.csv)")
        if path:
            self.controller.write_off_thread(write_template, Path(path))

    # --- creating the accounts (the run panel) -------------------------------------------
    def create_accounts(self) -> None:
        self.run.create_accounts()

    def progress_words(self, done: int, total: int, elapsed: float, *, not_created: int = 0) -> str:
        return self.run.progress_words(done, total, elapsed, not_created=not_created)

    def handover_html(self) -> str:
        return self.run.handover_html()
