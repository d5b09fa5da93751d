"""What a screen-reader or keyboard user meets on a window: focusable widgets without a name, and a tab order
that jumps backwards on the screen. Used by tests/ui/test_accessibility.py."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

TOLERANCE = 4  # px: widgets on one row are rarely aligned to the pixel


def tabbable(widget: QWidget, root: QWidget) -> bool:
    return (widget.isVisibleTo(root) and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.window() is root.window()
            and widget.focusProxy() is None)


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}#{widget.objectName() or '?'}{f' {text[:30]!r}' if text else ''}"


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader would announce with no name."""
    return [describe(w) for w in [root, *root.findChildren(QWidget)] if tabbable(w, root) and not name_of(w)]


def geometry(widget: QWidget, other: QWidget | None = None) -> QRect:
    """Where ``widget`` is on the screen; seen from ``other`` outside a scroll area it is in, the scroll area's
    place (its content is one block of the page, read before what follows it)."""
    parent = widget.parentWidget()
    while other is not None and parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            widget = parent
        parent = parent.parentWidget()
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, once round."""
    window = root.window()
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if widget is window:
            break
        if tabbable(widget, root) and widget not in chain and (root is window or root.isAncestorOf(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def backward_jumps(root: QWidget) -> list[str]:
    """Tab steps that go back against reading order: up (unless into a column to the right of where it was),
    or left on the same row. The last step back to the first widget is Tab going round, not a jump."""
    chain = tab_chain(root)
    problems = []
    for before, after in itertools.pairwise(chain):
        a, b = geometry(before, after), geometry(after, before)
        same_row = b.top() < a.bottom() - TOLERANCE and a.top() < b.bottom() - TOLERANCE
        up = b.top() < a.top() - TOLERANCE and not same_row
        into_next_column = b.left() >= a.right() - TOLERANCE
        left = same_row and b.right() <= a.left() + TOLERANCE
        if (up and not into_next_column) or left:
            problems.append(f"{describe(before)} {a.getRect()} → {describe(after)} {b.getRect()}")
    return problems


# --- what a screen reader announces --------------------------------------------------------------------------
# Roles a user acts on (or finds their way by): each needs a name, or the screen reader says only "button".
INTERACTIVE = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
               QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
               QAccessible.Role.Slider, QAccessible.Role.Link, QAccessible.Role.PageTab, QAccessible.Role.ProgressBar,
               QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree, QAccessible.Role.ColumnHeader,
               QAccessible.Role.MenuItem, QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown}
# containers that say nothing themselves: their children are read as if they were the parent's
_SILENT = {QAccessible.Role.Client, QAccessible.Role.Pane, QAccessible.Role.Grouping, QAccessible.Role.Window,
           QAccessible.Role.Dialog, QAccessible.Role.Separator, QAccessible.Role.Whitespace,
           QAccessible.Role.ScrollBar, QAccessible.Role.Splitter, QAccessible.Role.Grip}
_STATES = ("focused", "checked", "disabled", "readOnly", "passwordEdit", "expanded", "collapsed", "defaultButton",
           "busy")


def _role(iface) -> str:
    return iface.role().name


def label_name(widget: QWidget) -> str:
    """The name Qt gives a widget on Windows and macOS: its accessible name, else the label whose buddy it is
    (in the same parent), else its group box's title. (On Linux Qt names a combo box by its current text and
    leaves the label to a relation.)"""
    from PySide6.QtWidgets import QGroupBox

    if widget.accessibleName():
        return widget.accessibleName()
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget:
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return parent.title() if isinstance(parent, QGroupBox) else ""


def _name(iface) -> str:
    from PySide6.QtWidgets import QComboBox

    widget = iface.object()
    if isinstance(widget, QComboBox):
        return label_name(widget).strip()
    return iface.text(QAccessible.Text.Name).strip()


def _announcement(iface, name: str | None = None) -> tuple[str, str, str, str, list[str]]:
    state = iface.state()
    states = [word for word in _STATES if getattr(state, word)]
    if state.checkable and not state.checked:
        states.append("not checked")
    value = iface.text(QAccessible.Text.Value)
    values = iface.valueInterface()
    if values is not None and not value:
        value = str(values.currentValue())
    return (_role(iface), _name(iface) if name is None else name, iface.text(QAccessible.Text.Description).strip(),
            value.strip(), states)


def transcript(root: QWidget) -> list[tuple[int, str, str, str, str, list[str], bool]]:
    """What a screen reader's cursor meets on ``root``, in the order of the accessibility tree (the order the
    screen reader reads): (depth, role, name, description, value, states, named as its role needs). Hidden
    parts, and empty labels and icons (which screen readers pass over), are left out; a table's cells carry
    their column header's name, as a screen reader reads it (cells scrolled out of view too: it scrolls to them).
    Needs QAccessible.setActive(True) from before the window changed, as with a screen reader running: else
    Qt keeps the cells of a list that was refilled, with no name."""
    lines: list = []

    def visit(iface, depth: int) -> None:
        if iface is None or iface.state().invisible:
            return
        role, name = iface.role(), _name(iface)
        if role in _SILENT and not name:
            for index in range(iface.childCount()):
                visit(iface.child(index), depth)
            return
        if role in (QAccessible.Role.StaticText, QAccessible.Role.Graphic) and not name:
            return
        if role == QAccessible.Role.Table and hasattr(iface.object(), "model"):
            table(iface, depth)
            return
        lines.append((depth, *_announcement(iface, name), bool(name) or role not in INTERACTIVE))
        for index in range(iface.childCount()):
            visit(iface.child(index), depth + 1)

    def table(iface, depth: int) -> None:
        """Qt lays a table's children out as a grid: the corner and the column headers, then per row its
        header (there whether it is shown or not) and one cell per model column (hidden ones included)."""
        view = iface.object()
        model = view.model()
        width = model.columnCount() + 1
        lines.append((depth, *_announcement(iface), bool(_name(iface))))
        shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        headers = {c: str(model.headerData(c, Qt.Orientation.Horizontal) or "").strip() for c in shown}
        if not view.horizontalHeader().isVisible() or not shown:
            lines.append((depth + 1, "ColumnHeader", "", "", "", [], False))  # a screen reader reads bare values
        for c in shown:
            lines.append((depth + 1, "ColumnHeader", headers[c], "", "", [], bool(headers[c])))
        for index in range(width, iface.childCount()):
            row, column = divmod(index, width)
            column -= 1
            if (column >= 0 and view.isColumnHidden(column)) or view.isRowHidden(row - 1) \
                    or (column < 0 and not view.verticalHeader().isVisible()):
                continue
            child = iface.child(index)
            if child is None:
                continue
            if column < 0:
                lines.append((depth + 1, *_announcement(child), True))
                continue
            name = child.text(QAccessible.Text.Name).strip()
            lines.append((depth + 1, *_announcement(child, f"{headers[column]}: {name or '(empty)'}"), True))

    visit(QAccessible.queryAccessibleInterface(root), 0)
    return lines


def transcript_text(where: str, root: QWidget) -> str:
    out = [f"== {where} =="]
    for depth, role, name, description, value, states, _ok in transcript(root):
        line = f"{'  ' * depth}{role}: {name or '(no name)'}"
        if value and value != name:
            line += f" = {value}"
        if states:
            line += f" [{', '.join(states)}]"
        if description and description != name:
            line += f" — {description}"
        out.append(line.replace("\n", " / "))
    return "\n".join(out) + "\n"


# roles a user tells apart by name: two of one role with one name on one screen are one too many
_DISTINCT = {"Button", "CheckBox", "RadioButton", "ComboBox", "EditableText", "SpinBox", "ProgressBar", "Table",
             "Link"}


def unnamed_in_transcript(root: QWidget) -> list[str]:
    """Interactive parts a screen reader would announce by their role alone, tables with no column headers,
    and two parts of one role under one name."""
    lines = transcript(root)
    problems = [f"{role} {description or value or '(nothing to go by)'}"
                for _depth, role, _name, description, value, _states, ok in lines if not ok]
    seen: dict[tuple[str, str], int] = {}
    for _depth, role, name, *_rest in lines:
        if role in _DISTINCT and name:
            seen[(role, name)] = seen.get((role, name), 0) + 1
    problems += [f"{count} × {role} {name!r}" for (role, name), count in seen.items() if count > 1]
    return problems


# --- mnemonics ---------------------------------------------------------------------------------------------
MNEMONIC_FREE = {"cancel",  # Esc does it; a dialog's button box's Cancel has no name but its role
                 # one per card on the review's list (the same words on each): Tab reaches them, each named
                 # with its account; one letter could not press them all
                 "review_flag_action", "review_flag_undo"}


def mnemonic(text: str) -> str:
    """The letter Alt+ presses: after a single "&" ("&&" is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1].isalnum():  # "& " is an ampersand in a sentence ("APIs & Services")
            return text[index + 1].upper()
        if text[index + 1] != "&":
            index += 1
            continue
        index += 2
    return ""


def mnemonic_problems(root: QWidget, lang: str) -> list[str]:
    """Push buttons shown on ``root`` without a mnemonic, Chinese ones not in the "登录(&S)" form, and two
    buttons (or a button and a menu) sharing one letter."""
    from PySide6.QtWidgets import QDialogButtonBox, QMenuBar, QPushButton

    problems: list[str] = []
    taken: dict[str, str] = {}
    for bar in root.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible() and mnemonic(action.text()):
                taken[mnemonic(action.text())] = f"menu {action.text()!r}"
    for button in root.findChildren(QPushButton):
        if not (button.isVisibleTo(root) and button.isVisible() and button.isEnabled()) \
                or button.window() is not root.window():  # a disabled one says why ("All invitations sent")
            continue
        box = button.parentWidget()
        role = box.buttonRole(button) if isinstance(box, QDialogButtonBox) else None
        if button.objectName() in MNEMONIC_FREE or role == QDialogButtonBox.ButtonRole.RejectRole:
            continue
        text, letter = button.text(), mnemonic(button.text())
        if not letter:
            problems.append(f"no mnemonic: {describe(button)}")
            continue
        if lang.startswith("zh") and not re.search(r"\(&[A-Za-z0-9]\)", text):
            problems.append(f"not in the 登录(&S) form: {describe(button)}")
        if letter in taken:
            problems.append(f"Alt+{letter} twice: {taken[letter]} and {describe(button)}")
        taken[letter] = describe(button)
    return problems


def tables_read_out_of_order(root: QWidget) -> list[str]:
    """Tables and group boxes a screen reader reads in another order than they stand on the screen, top to
    bottom (the DNS step read its live panel, "Some records above still need you", before the records above it;
    the Invitations step its list before the settings above it)."""
    tables: list[tuple[str, QRect]] = []

    def visit(iface) -> None:
        if iface is None or iface.state().invisible:
            return
        role = iface.role()
        if role == QAccessible.Role.Table or (role == QAccessible.Role.Grouping and iface.text(QAccessible.Text.Name)):
            tables.append((iface.text(QAccessible.Text.Name), iface.rect()))
            return
        for index in range(iface.childCount()):
            visit(iface.child(index))

    visit(QAccessible.queryAccessibleInterface(root))
    return [f"{b[0]!r} before {a[0]!r}" for a, b in itertools.pairwise(tables)
            if b[1].top() < a[1].top() - TOLERANCE and b[1].left() < a[1].right() - TOLERANCE]
