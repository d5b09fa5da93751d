"""Step 4: the members, typed in or imported, and their accounts created exactly once each."""

from __future__ import annotations

import html
import time
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from mailwizard.core.flow import Step
from mailwizard.core.members.bulk import BulkReport
from mailwizard.core.members.failures import read_failure
from mailwizard.core.members.model import FIELDS, PERMISSIONS, Member
from mailwizard.core.members.names import PATTERNS, fill_addresses
from mailwizard.core.members.table import roles_for
from mailwizard.core.session.members import CREATE_TASK
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import duration, message
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.members_model import STATUS_COLUMN, MembersModel

PATTERN_EXAMPLES = {"family.given": "zhang.wei", "given.family": "wei.zhang", "familygiven": "zhangwei",
                    "initialfamily": "wzhang", "givenfamily": "weizhang"}


class MembersPage(WizardPage):
    step = Step.MEMBERS

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = MembersModel()
        self.model.membersEdited.connect(self._edited)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.pattern_label = QLabel()
        self.pattern = QComboBox(objectName="pattern")
        for pattern in PATTERNS:
            self.pattern.addItem(PATTERN_EXAMPLES.get(pattern, pattern), pattern)
        self.pattern.currentIndexChanged.connect(self._pattern_changed)
        self.search = QLineEdit(objectName="search")
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.seats = QLabel(objectName="seats_used")
        top = QHBoxLayout()
        top.addWidget(self.pattern_label)
        top.addWidget(self.pattern)
        top.addWidget(self.search, 1)
        top.addWidget(self.seats)
        self.layout_.addLayout(top)
        # the group whose shared drive, calendar and files the "+ team group" presets give (Google, Microsoft)
        self.group_label = QLabel(objectName="team_group_label")
        self.group = QComboBox(objectName="team_group")
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_label)
        group_row.addWidget(self.group, 1)
        self.layout_.addLayout(group_row)
        self._groups: list = []
        self.group_label.hide()
        self.group.hide()
        controller.groupsLoaded.connect(self._groups_loaded)
        self.group.currentIndexChanged.connect(self._group_chosen)

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
        self.layout_.addWidget(self.table, 1)
        from mailwizard.ui.widgets.member_delegates import DepartmentDelegate, PermissionDelegate
        from mailwizard.ui.widgets.members_model import permission_text

        self.departments = DepartmentDelegate(self.table)
        self.table.setItemDelegateForColumn(FIELDS.index("department"), self.departments)
        self.permissions = PermissionDelegate(lambda: self.model.roles, permission_text, self.table)
        self.table.setItemDelegateForColumn(FIELDS.index("permissions"), self.permissions)
        controller.departmentsLoaded.connect(self.departments.set_provider_names)
        self.problem = StatusLine(objectName="member_problem")
        self.layout_.addWidget(self.problem)

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
        self.layout_.addLayout(edit_row)

        self.progress = QProgressBar(objectName="create_progress")
        self.progress_text = QLabel(objectName="create_progress_text")
        self.pause_button = QPushButton(objectName="pause", checkable=True)
        self.pause_button.toggled.connect(controller.pause_members)
        self.cancel_button = QPushButton(objectName="cancel_create")
        self.cancel_button.clicked.connect(controller.cancel_members)
        self.create_button = QPushButton(objectName="create_accounts")
        self.create_button.clicked.connect(self.create_accounts)
        self.handover_button = QPushButton(objectName="handover")
        self.handover_button.clicked.connect(self._ask_handover)
        self.manual_done_button = QPushButton(objectName="manual_done")
        self.manual_done_button.clicked.connect(self._manual_done)
        self.create_status = StatusLine(objectName="create_status")
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.progress_text)
        run_row.addWidget(self.pause_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.handover_button)
        run_row.addWidget(self.manual_done_button)
        run_row.addWidget(self.create_button)
        self.layout_.addWidget(self.create_status)
        self.layout_.addLayout(run_row)
        self._started = 0.0
        self._last_report: BulkReport | None = None   # the last creation run's, for what it left to say
        self._last_progress: tuple[int, int, float, int] | None = None

        controller.membersProgress.connect(self._progress)
        controller.existingLoaded.connect(self._existing_loaded)
        controller.membersFinished.connect(self._finished)
        controller.importFileSaved.connect(self._import_file_saved)
        controller.importFileFailed.connect(self._import_file_failed)
        self._layout = None
        self._import_problem: tuple[str, dict] | None = None  # why the last import file could not be written
        controller.connectionChanged.connect(lambda *_: self._show_run_state())
        controller.tasks.activityChanged.connect(self._show_run_state)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who needs a mailbox"))
        self.intro.setText(self.tr(
            "Add your staff one by one or import a spreadsheet. Addresses are suggested from names; you can "
            "change any of them. The personal email is where each person's invitation will go."))
        self.pattern_label.setText(self.tr("Addresses like:"))
        self.search.setPlaceholderText(self.tr("Search"))
        self.add_button.setText(self.tr("Add a person"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import from spreadsheet…"))
        self.export_button.setText(self.tr("Export…"))
        self.template_button.setText(self.tr("Download a template…"))
        self.pause_button.setText(self.tr("Pause"))
        self.handover_button.setText(self.tr("Print hand-over sheets…"))
        self.manual_done_button.setText(self.tr("I have imported the file"))
        self.cancel_button.setText(self.tr("Stop creating"))
        self.cancel_button.setToolTip(self.tr("Accounts already created stay; the rest can be created later."))
        self.group_label.setText(self.tr("Team group for “+ team group” (its shared drive, calendar and files):"))
        if self.group.count():
            self.group.setItemText(0, self.tr("None chosen"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FIELDS))
        # the Permissions column fits its longest preset in this language ("Can manage users + team group")
        from mailwizard.ui.widgets.members_model import permission_text

        widest = max(self.table.fontMetrics().horizontalAdvance(permission_text(p)) for p in PERMISSIONS)
        self.table.horizontalHeader().resizeSection(FIELDS.index("permissions"), widest + 32)
        self._show_progress_words()
        self.refresh()

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.controller.state
        self.model.domain = state.domain or ""
        self.model.shown_domain = self.controller.shown_domain()
        limits = (self._max_quota(), roles_for(self.controller.state.provider_id), bool(state.team_group_id))
        if limits != (self.model.max_quota_gb, self.model.roles, self.model.group_chosen):
            # another plan, provider or team group: its limits and presets apply to the rows already there
            self.model.max_quota_gb, self.model.roles, self.model.group_chosen = limits
            self.model.revalidate()
        index = self.pattern.findData(state.address_pattern)
        if index >= 0 and index != self.pattern.currentIndex():
            self.pattern.blockSignals(True)
            self.pattern.setCurrentIndex(index)
            self.pattern.blockSignals(False)
        if self.model.members != self.controller.members:
            self.model.set_members(self.controller.members)
        self.model.set_statuses(self.controller.member_statuses())
        self._show_seats()
        self._show_problem()
        self._show_run_state()

    def _groups_loaded(self, groups: list) -> None:
        self._groups = list(groups)
        with QSignalBlocker(self.group):
            self.group.clear()
            self.group.addItem(self.tr("None chosen"), "")
            for group in self._groups:
                label = f"{group.name} <{group.address}>" if group.address else group.name
                self.group.addItem(label, group.id)
            self.group.setCurrentIndex(max(self.group.findData(self.controller.state.team_group_id), 0))
        self.group_label.setVisible(bool(self._groups))
        self.group.setVisible(bool(self._groups))
        self._group_chosen()

    def _group_chosen(self) -> None:
        index = self.group.currentIndex()
        group_id = self.group.currentData() or ""
        name = self._groups[index - 1].name if group_id and 0 < index <= len(self._groups) else ""
        if (group_id, name) != (self.controller.state.team_group_id, self.controller.state.team_group_name):
            self.controller.update(team_group_id=group_id, team_group_name=name)
            self.refresh()  # the "+ team group" rows are checked again

    def on_enter(self) -> None:
        super().on_enter()
        self.controller.restore_connection()
        self.controller.load_existing_users()

    def _existing_loaded(self, existing: set[str]) -> None:
        self.model.existing = set(existing)
        self.model.revalidate()
        self._show_problem()
        self._show_run_state()

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
        used, limit = len(self.model.members), self._seat_limit()
        if limit is None:
            self.seats.setText(self.tr("1 person") if used == 1 else self.tr("{n} people").format(n=used))
        else:
            people = self.tr("1 person") if used == 1 else self.tr("{n} people").format(n=used)
            self.seats.setText(self.tr("{people} · your plan allows up to {max}").format(people=people, max=limit))
        self.seats.setStyleSheet("color: #b3261e;" if limit is not None and used > limit else "")

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
        rows = sorted(self.model.problems)
        if not rows:
            self.problem.set_status(None, "")
            return
        first = self.model.problems[rows[0]][0]
        text = (self.tr("Row {row}: {text}") if len(rows) == 1
                else self.tr("Row {row}: {text} ({n} rows need attention)"))
        self.problem.set_status(Status.ACTION, text.format(row=rows[0] + 1, text=message(first.key, first.params),
                                                           n=len(rows)))

    def _edited(self) -> None:
        self._suggest_addresses()
        self.controller.set_members(self.model.members)
        self._show_seats()
        self._show_problem()
        self._show_run_state()
        self.changed.emit()

    def _suggest_addresses(self) -> None:
        """Fill in an address for every row that has a name but no address yet."""
        filled = fill_addresses(self.model.members, self.controller.state.address_pattern, set())
        if filled != self.model.members:
            self.model.members[:] = filled
            self.model.revalidate()

    def _pattern_changed(self) -> None:
        self.controller.update(address_pattern=self.pattern.currentData())

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

        state = self.controller.state
        imported = run_import(self, state.domain or "", self.model.members, pattern=state.address_pattern,
                              shown_domain=self.controller.shown_domain())
        if imported:
            self.model.set_members(self.model.members + imported)
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

    # --- creating the accounts -----------------------------------------------------------
    def create_accounts(self) -> None:
        if self._by_hand():
            self._ask_import_file()
            return
        self._started = time.monotonic()
        self._last_report = None
        self._last_progress = None
        self.controller.create_members(None)  # the page shows its own progress, pause and cancel
        self._show_run_state()

    def _show_run_state(self) -> None:
        running = self.controller.tasks.is_running(CREATE_TASK)
        members = self.model.members
        statuses = self.controller.member_statuses()
        domain = self.controller.state.domain or ""
        remaining = [m for m in members if statuses.get(m.address(domain), ("",))[0] != "created"]
        blocked = bool(self.model.problems) or (self._seat_limit() is not None and len(members) > self._seat_limit())
        by_hand = self._by_hand()
        self.handover_button.setVisible(bool(self.controller.new_passwords) and not running)
        self.manual_done_button.setVisible(by_hand and bool(members) and not self.controller.state.members_done)
        if by_hand:
            # no admin API: the provider's console imports a file, and the admin tells us when it is done
            self.create_button.setText(self.tr("Save the import file…"))
            self.create_button.setEnabled(bool(members) and not blocked)
            provider, done = self.controller.provider_name(), self.controller.state.members_done
            if done:
                self.create_status.set_status(Status.DONE, self._all_exist(len(members)))
            elif self._import_problem is not None:
                self.create_status.set_status(Status.PROBLEM, message(*self._import_problem))
            elif self.controller.can_connect():
                self.create_status.set_status(Status.ACTION, self.tr(
                    "Not connected to {provider}. Connect on the DNS step and MailWizard creates the accounts for "
                    "you — or save the import file, upload it in the {provider} admin console, then click “I have "
                    "imported the file”.").format(provider=provider))
            else:
                self.create_status.set_status(Status.ACTION, self.tr(
                    "{provider} has no admin API MailWizard can use: save the import file, upload it in its admin "
                    "console (the next window shows where), then click “I have imported the file”.").format(
                    provider=provider))
            self.progress.setVisible(False)
            self.pause_button.setVisible(False)
            self.cancel_button.setVisible(False)
            return
        self.create_button.setText(self.tr("Create 1 account") if len(remaining) == 1
                                   else self.tr("Create {n} accounts").format(n=len(remaining)) if remaining
                                   else self.tr("All accounts created"))
        self.create_button.setEnabled(bool(remaining) and not blocked and not running
                                      and self.controller.can_create_members())
        self.pause_button.setVisible(running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running or (bool(members) and not remaining))
        if not self.controller.can_create_members() and remaining and not running:
            self.create_status.set_status(Status.ACTION, self.tr(
                "Connect to your provider on the DNS step first; MailWizard creates the accounts through it."))
        elif not running and not remaining and members:
            self.create_status.set_status(Status.DONE, self._all_exist(len(members)))
        elif not running:  # what the last run left to do, until the next run
            self.create_status.set_status(*(self._outcome() or (None, "")))

    def _by_hand(self) -> bool:
        """No admin API, or (Tencent, Alibaba) an edition without one and no connection: the console's import file."""
        from mailwizard.core.providers.base import APP_SECRET

        c = self.controller
        return not c.can_connect() or (c.state.provider_id in APP_SECRET and c.provider is None)

    def _all_exist(self, n: int) -> str:
        return self.tr("The account exists.") if n == 1 else self.tr("All {n} accounts exist.").format(n=n)

    def _ask_import_file(self) -> None:
        self.controller.import_layout(self._save_import_file)

    def _save_import_file(self, layout) -> None:
        kind = "Excel (*.xlsx)" if layout.format == "xlsx" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import file"),
                                              f"members-import{layout.suffix}", kind)
        if path:
            self._layout, self._import_problem = layout, None
            self.controller.save_import_file(Path(path), layout)

    def _import_file_saved(self, path: str, holds_passwords: bool, files: int = 1) -> None:
        """Where to upload it, step by step, and what to do with the file afterwards."""
        layout, lang = self._layout, self.controller.language
        if layout is None:
            return
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in layout.steps.get(lang))
        name = Path(path)
        saved = html.escape(name.name) if files == 1 else html.escape(
            f"{name.stem}-1{name.suffix} … {name.stem}-{files}{name.suffix}")
        parts = [self.tr("<p>Saved {file}.</p><p>In the {provider} admin console: <b>{menu}</b></p>").format(
            file=saved, provider=html.escape(self.controller.provider_name()), menu=html.escape(layout.menu.get(lang)))]
        if files > 1:
            parts.append(self.tr("<p>The console takes at most {max} people per file, so the list is in {n} "
                                 "files: upload them one after another.</p>").format(max=layout.max_rows, n=files))
        if steps:
            parts.append(f"<ol>{steps}</ol>")
        if not layout.confirmed:
            parts.append(self.tr("<p>MailWizard could not confirm this console's exact column layout: compare the "
                                 "file's columns with the template the console offers before you upload it.</p>"))
        if holds_passwords:
            parts.append(self.tr("<p><b>The file holds the members' temporary passwords.</b> Delete it as soon "
                                 "as the upload is done; the hand-over sheets print them for each member.</p>"))
        parts.append(self.tr("<p>When the console says the import is done, click “I have imported the "
                             "file”.</p>"))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import file saved"), "".join(parts),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("import_file_saved")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        self._show_run_state()

    def _import_file_failed(self, key: str, params: dict) -> None:
        self._import_problem = (key, params)
        self._show_run_state()

    def _manual_done(self) -> None:
        self.controller.update(members_done=True)
        self._show_run_state()
        self.changed.emit()

    def _ask_handover(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save hand-over sheets"), "handover.html", "HTML (*.html)")
        if path:
            self.controller.save_text_file(Path(path), self.handover_html(), then_open=True)

    def _progress(self, report: BulkReport) -> None:
        self.progress.setMaximum(max(report.total, 1))
        self.progress.setValue(report.done)
        elapsed = time.monotonic() - self._started
        self._last_progress = (report.done, report.total, elapsed, len(report.failed) + len(report.taken))
        self._show_progress_words()
        self.model.set_statuses({**self.controller.member_statuses(), **{
            a: (s, report.failed.get(a, "")) for a, s in report.statuses.items()}})

    def _show_progress_words(self) -> None:
        if self._last_progress is not None:
            done, total, elapsed, not_created = self._last_progress
            self.progress_text.setText(self.progress_words(done, total, elapsed, not_created=not_created))

    def progress_words(self, done: int, total: int, elapsed: float, *, not_created: int = 0) -> str:
        """``done``: accounts dealt with so far, ``not_created`` of them refused or already someone else's."""
        made = self.tr("{done} of {total} created").format(done=done - not_created, total=total)
        if not_created:
            made = self.tr("{made} · {n} not created").format(made=made, n=not_created)
        if not done or done >= total:
            return made
        left = elapsed / done * (total - done)
        if left < 60:
            return self.tr("{made} · less than a minute left").format(made=made)
        return self.tr("{made} · {duration} left").format(made=made, duration=duration(int(left)))

    def _finished(self, report: BulkReport | None) -> None:
        self.model.set_statuses(self.controller.member_statuses())
        if report is not None:
            self._last_report = report
        self._show_run_state()
        self.changed.emit()

    def _outcome(self) -> tuple[Status, str] | None:
        """What the last creation run left to say, in the current language (kept as the run's report, not as
        text, so a language switch says it again)."""
        report = self._last_report
        if report is None:
            return None
        if report.failed:
            # the first reason spelled out: the Status column is too narrow to read it without hovering
            domain = self.controller.state.domain or ""
            rows = [i for i, m in enumerate(self.model.members) if m.address(domain) in report.failed]
            first = self.model.members[rows[0]].address(domain) if rows else next(iter(report.failed))
            return Status.PROBLEM, self.tr(
                "{ok} created, {bad} could not be created. Row {row}: {reason}. Fix them and click Create "
                "again; nothing is created twice.").format(
                ok=len(report.created) + len(report.skipped), bad=len(report.failed),
                row=rows[0] + 1 if rows else "?",
                reason=message(*read_failure(report.failed[first])).rstrip(".。"))
        if len(report.taken) == 1:
            return Status.ACTION, self.tr(
                "1 address was already taken in your organisation: change it and create again.")
        if report.taken:
            return Status.ACTION, self.tr(
                "{n} addresses were already taken in your organisation: change them and create again.").format(
                n=len(report.taken))
        return Status.DONE, self._all_exist(report.total)

    def handover_html(self) -> str:
        """A printable sheet per member: address and temporary password, to hand over in person."""
        e = html.escape
        domain = self.controller.shown_domain()
        your_address = self.tr("Your new address")
        temporary = self.tr("Temporary password")
        first_sign_in = self.tr("You will choose your own password when you first sign in.")
        sheets = []
        for member in self.model.members:
            address = member.address(self.controller.state.domain or "")
            password = self.controller.new_passwords.get(address)
            if not password:
                continue
            shown = f"{member.local_part}@{domain}" if domain else address
            sheets.append(f"<section style='page-break-after:always'><h2>{e(member.display_name)}</h2>"
                          f"<p>{e(your_address)}: <b>{e(shown)}</b></p>"
                          f"<p>{e(temporary)}: <code>{e(password)}</code></p>"
                          f"<p>{e(first_sign_in)}</p></section>")
        return "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + "".join(sheets) + "</body></html>"
