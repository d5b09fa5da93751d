"""The member table's model: one row per member, the validation problems of each cell, and the
creation status of each address. The view sorts and filters it through a proxy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from mailwizard.core.members.model import FIELDS, Member
from mailwizard.core.members.table import PERMISSIONS, CellProblem, check_table, domain_key, local_part_of, normalise
from mailwizard.ui import palette
from mailwizard.ui.messages import message

STATUS_COLUMN = len(FIELDS)
Index = QModelIndex | QPersistentModelIndex


def column_title(field: str) -> str:
    return {
        "display_name": QCoreApplication.translate("Members", "Name"),
        "family_name": QCoreApplication.translate("Members", "Family name"),
        "given_name": QCoreApplication.translate("Members", "Given name"),
        "local_part": QCoreApplication.translate("Members", "Address"),
        "aliases": QCoreApplication.translate("Members", "Aliases"),
        "personal_email": QCoreApplication.translate("Members", "Personal email"),
        "phone": QCoreApplication.translate("Members", "Phone"),
        "department": QCoreApplication.translate("Members", "Department"),
        "job_title": QCoreApplication.translate("Members", "Job title"),
        "quota_gb": QCoreApplication.translate("Members", "Mailbox size (GB)"),
        "permissions": QCoreApplication.translate("Members", "Permissions"),
        "status": QCoreApplication.translate("Members", "Status"),
    }[field]


def status_text(state: str, error: str) -> str:
    if state == "failed":
        from mailwizard.core.members.failures import read_failure

        reason = message(*read_failure(error)) if error else ""
        return QCoreApplication.translate("Members", "Problem: {reason}").format(reason=reason)
    return {
        "": QCoreApplication.translate("Members", "Not created yet"),
        "attempted": QCoreApplication.translate("Members", "Being created"),
        "created": QCoreApplication.translate("Members", "Created"),
        "taken": QCoreApplication.translate("Members", "Already existed"),
    }.get(state, state)


class MemberList(Protocol):
    """Where the member list lives (the session, through the window's adapter)."""

    member_list: Sequence[Member]

    def set_members(self, members: list[Member]) -> None: ...

    def member_statuses(self) -> dict[str, tuple[str, str]]: ...

    def taken_by_others(self) -> set[str]: ...


class MembersModel(QAbstractTableModel):
    """The session's member list as a table: it keeps no copy; edits go to the list's owner.

    Signals: ``membersEdited()`` after any change the user made."""

    membersEdited = Signal()

    def __init__(self, source: MemberList, domain: str = "") -> None:
        super().__init__()
        self._source = source
        self._shown: Sequence[Member] = source.member_list  # the list the view was last reset to
        self.domain = domain
        self.shown_domain = ""   # the domain as people read it (例子.中国, not xn--…); self.domain when empty
        self.problems: dict[int, list[CellProblem]] = {}
        self.max_quota_gb: float | None = None
        self.roles: tuple[str, ...] = PERMISSIONS  # the presets the chosen provider's API can apply
        self.group_chosen = True  # a team group is chosen (the "+ team group" presets need one)
        self.quota_shown = True   # the mailbox size is used (an API or the import file takes it): checked

    @property
    def members(self) -> list[Member]:
        return list(self._source.member_list)

    @property
    def _rows(self) -> Sequence[Member]:
        return self._source.member_list  # read per cell: no copy

    def _store(self, members: list[Member]) -> None:
        self._source.set_members(members)
        self._shown = self._source.member_list

    def follow_source(self) -> None:
        """The owner's list was replaced from elsewhere (start over, another window's import): show it."""
        if self._shown is not self._source.member_list:
            self.set_members(list(self._source.member_list))

    # --- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's names
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return column_title(FIELDS[section] if section < len(FIELDS) else "status")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == STATUS_COLUMN or self._created(index.row()):
            return base  # a created account is not edited here any more
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        if index.column() == STATUS_COLUMN:
            state, error = self.statuses.get(member.address(self.domain), ("", ""))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return status_text(state, error)
            return None
        field = FIELDS[index.column()]
        value = getattr(member, field)
        problem = self.problem(index.row(), field)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "local_part" and value and self.domain and "@" not in value:
                return f"{value}@{self.shown_domain or self.domain}"
            if field == "permissions":
                return permission_text(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) and problem is not None:
            return message(problem.key, problem.params)
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            return QColor(palette.colour("error_bg"))
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == STATUS_COLUMN:
            return False
        field = FIELDS[index.column()]
        text = str(value).strip()
        if field == "local_part":
            # the company's own domain typed too, in any of its forms (例子.中国, xn--…, a trailing dot, ＠)
            text = local_part_of(text, domain_key(self.domain)) if self.domain else text
        members = self.members
        members[index.row()] = normalise(replace(members[index.row()], **{field: text}))
        self._store(members)
        self.revalidate()
        self.membersEdited.emit()
        return True

    # --- the wizard's side ---------------------------------------------------------------
    def problem(self, row: int, field: str) -> CellProblem | None:
        return next((p for p in self.problems.get(row, []) if p.field == field), None)

    def _created(self, row: int) -> bool:
        return self.statuses.get(self._rows[row].address(self.domain), ("",))[0] in ("created", "taken")

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._store(list(members))
        self.problems = check_table(self._rows, existing=self.existing, max_quota_gb=self.max_quota_gb,
                                    roles=self.roles, group_chosen=self.group_chosen, domain=self.domain,
                                    quota=self.quota_shown)
        self.endResetModel()

    def update_members(self, members: list[Member]) -> None:
        """The same rows with some cells filled in (addresses suggested): no reset, the editors stay."""
        self._store(list(members))
        self.revalidate()

    def revalidate(self) -> None:
        self.problems = check_table(list(self._rows), existing=self.existing, max_quota_gb=self.max_quota_gb,
                                    roles=self.roles, group_chosen=self.group_chosen, domain=self.domain,
                                    quota=self.quota_shown)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, STATUS_COLUMN))

    @property
    def existing(self) -> set[str]:
        """Addresses the provider already has for someone else, as the session last read them."""
        return self._source.taken_by_others()

    @property
    def statuses(self) -> dict[str, tuple[str, str]]:
        """Address → (journal state, error key), as the session keeps them."""
        return self._source.member_statuses()

    def statuses_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, STATUS_COLUMN))

    def insert(self, member: Member) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._store([*self._rows, member])
        self.endInsertRows()
        self.revalidate()
        self.membersEdited.emit()
        return row

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows) and not self._created(row):
                self.beginRemoveRows(QModelIndex(), row, row)
                members = self.members
                del members[row]
                self._store(members)
                self.endRemoveRows()
        self.revalidate()
        self.membersEdited.emit()


def permission_text(value: str) -> str:
    names = {"user": QCoreApplication.translate("Members", "Member"),
             "team": QCoreApplication.translate("Members", "Member + team group"),
             "user_admin": QCoreApplication.translate("Members", "Can manage users"),
             "team_admin": QCoreApplication.translate("Members", "Can manage users + team group")}
    return names.get(value, value)
