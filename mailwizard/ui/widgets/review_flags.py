"""The review's "To look at" list: one card per flag — whose account, what was found in plain words, what to do,
and the action's button where the provider's API allows it; once done, what changed and Undo. It only shows and
asks: ``actionRequested(flag)`` / ``undoRequested(action)`` go to the page, which confirms and passes them on.

Fed core/review/model values (ReviewFlag, ReviewSnapshot), read by attribute."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.review import model as m
from mailwizard.ui import palette
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets import review_text as rt
from mailwizard.ui.widgets.review_history import ReviewHistory

# what became of an action (ReviewFlags.set_state)
RUNNING, DONE, UNDOING, UNDONE, UNCERTAIN, FAILED = "running", "done", "undoing", "undone", "uncertain", "failed"


class FlagCard(QFrame):
    def __init__(self, flag, account, provider: str, staff_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_flag")
        self.flag, self.account, self.provider, self.staff_file = flag, account, provider, staff_file
        self.state: str | None = None
        self.working = False  # the session still finishing this action (reading the account again): wait
        self.undoable = True
        self.detail = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette.tint(self, "#review_flag {{ background: {card_bg}; border: 1px solid {card_border}; "
                           "border-radius: 4px; }}")
        self.title = QLabel(objectName="review_flag_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel(objectName="review_flag_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.todo = QLabel(objectName="review_flag_todo")
        self.todo.setWordWrap(True)
        self.todo.setTextFormat(Qt.TextFormat.PlainText)
        self.result = StatusLine(objectName="review_flag_result")
        self.result.hide()
        self.act = QPushButton(objectName="review_flag_action")
        self.undo = QPushButton(objectName="review_flag_undo")
        self.act.setVisible(flag.action is not None)
        self.undo.hide()
        text = QVBoxLayout()
        text.setSpacing(4)
        for widget in (self.title, self.reason, self.todo, self.result):
            text.addWidget(widget)
        buttons = QVBoxLayout()
        buttons.addWidget(self.act)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        flag, account = self.flag, self.account
        params = rt.flag_params(flag, account, self.provider, self.staff_file)
        name = rt.who(account) or flag.address
        self.title.setText(QCoreApplication.translate("Review", "{what}: {who}").format(
            what=rt.flag_title(flag.kind), who=name))
        self.reason.setText(rt.flag_reason(flag.kind, params))
        self.todo.setText(QCoreApplication.translate("Review", "What to do: {todo}").format(
            todo=rt.flag_todo(flag.kind, params)))
        if flag.action is not None:
            self.act.setText(rt.action_button(flag.action.kind))
            # a screen reader hears whose account the button changes: every card has the same button
            self.act.setAccessibleName(QCoreApplication.translate("Review", "{action} ({who})").format(
                action=rt.action_button(flag.action.kind).rstrip("…"), who=flag.address))
        self.undo.setText(QCoreApplication.translate("Review", "Undo"))
        self.undo.setAccessibleName(QCoreApplication.translate("Review", "Undo ({who})").format(who=flag.address))
        self._show_state()

    def set_state(self, state: str | None, *, undoable: bool = True, detail: str = "") -> None:
        self.state, self.undoable, self.detail = state, undoable, detail
        self._show_state()

    def _show_state(self) -> None:
        state, action = self.state, self.flag.action
        kind = action.kind if action is not None else ""
        busy = state in (RUNNING, UNDOING) or self.working
        self.act.setVisible(action is not None and state in (None, UNDONE, FAILED))
        self.act.setEnabled(not busy)
        self.undo.setVisible(state in (DONE, UNDOING) and self.undoable)
        self.undo.setEnabled(not busy)
        self.result.setVisible(state is not None)
        if state == RUNNING:
            self.result.set_status(Status.WAITING, QCoreApplication.translate("Review", "Changing it now…"))
        elif state == UNDOING:
            self.result.set_status(Status.WAITING, QCoreApplication.translate("Review", "Putting it back…"))
        elif state == DONE:
            text = rt.done_text(kind)
            if not self.undoable:
                text += " " + QCoreApplication.translate(
                    "Review", "MailWizard cannot undo this one: the answer to the change was lost, so it does not "
                    "know exactly what to put back. If needed, put it back in {provider}'s admin console.").format(
                    provider=self.provider)
            self.result.set_status(Status.DONE, text)
        elif state == UNDONE:
            self.result.set_status(Status.DONE, rt.undone_text(kind))
        elif state == UNCERTAIN:
            self.result.set_status(Status.ACTION, QCoreApplication.translate(
                "Review", "{provider} did not answer, so MailWizard cannot tell whether this was done. It does not "
                "try again by itself: click Check again to see the account as it is now.").format(
                provider=self.provider))
        elif state == FAILED:
            self.result.set_status(Status.PROBLEM, self.detail)


class ReviewFlags(QScrollArea):
    """Signals: ``actionRequested(object)`` the flag whose button was clicked; ``undoRequested(object)`` the
    ReviewAction to put back."""

    actionRequested = Signal(object)
    undoRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_flags")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(objectName="review_flags_inner")
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.empty = QLabel(objectName="review_flags_empty")
        self.empty.setWordWrap(True)
        self.column.addWidget(self.empty)
        self.history = ReviewHistory()  # what earlier reviews changed, below the cards
        self.history.undoRequested.connect(self.undoRequested)
        self.column.addWidget(self.history)
        self.column.addStretch(1)
        self.setWidget(self.inner)
        self.cards: list[FlagCard] = []
        self._states: dict[str, tuple[str, bool, str]] = {}  # action key → state, undoable, detail
        self._working: set[str] = set()
        self._acted: dict[str, object] = {}  # action key → its flag: its card stays (with Undo) once it is resolved
        self._read = False
        self.retranslate()

    def show_flags(self, flags: list, snapshot, provider: str, staff_file: str = "") -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self._read = snapshot is not None
        accounts = {a.address: a for a in snapshot.accounts} if snapshot is not None else {}
        found = {f.action.key for f in flags if f.action is not None}
        # an action taken here resolves its flag (the account is read again): its card stays, to show what changed
        # and offer Undo, until a reading finds the flag again (undone) or the window is closed
        kept = [f for key, f in self._acted.items() if key not in found
                and self._states.get(key, (None,))[0] in (RUNNING, DONE, UNDOING, UNCERTAIN)]
        if kept:  # in its place on the list (the core's order: by kind, then address), not pushed to the end
            order = {kind: i for i, kind in enumerate(m.FLAG_KINDS)}
            flags = sorted([*flags, *kept], key=lambda f: (order.get(f.kind, len(order)), f.address))
        for flag in flags:
            card = FlagCard(flag, accounts.get(flag.address), provider, staff_file, self.inner)
            card.act.clicked.connect(lambda _c=False, f=flag: self.actionRequested.emit(f))
            card.undo.clicked.connect(lambda _c=False, f=flag: self.undoRequested.emit(f.action))
            card.working = flag.action is not None and flag.action.key in self._working
            if flag.action is not None and flag.action.key in self._states:
                state, undoable, detail = self._states[flag.action.key]
                card.set_state(state, undoable=undoable, detail=detail)
            self.column.insertWidget(self.column.count() - 2, card)  # above the history and the stretch
            card.setVisible(True)  # at once, not from the next event loop pass (a layout shows its new ones late)
            self.cards.append(card)
        self._show_empty()
        # Tab reads the cards in order, then goes on where it went from the list (new cards join the chain's end)
        self.tab_order()

    def tab_order(self) -> None:
        buttons = [b for card in self.cards for b in (card.act, card.undo)] + self.history.buttons()
        if buttons:
            from mailwizard.ui.access import tab_after

            tab_after(self, *buttons)

    def set_state(self, action, state: str | None, *, undoable: bool = True, detail: str = "") -> None:
        """What became of ``action`` (kept across a new reading: the card shows it again)."""
        self._states[action.key] = (state, undoable, detail)
        for card in self.cards:
            if card.flag.action is not None and card.flag.action.key == action.key:
                self._acted.setdefault(action.key, card.flag)
                card.set_state(state, undoable=undoable, detail=detail)

    def set_working(self, keys: set[str]) -> None:
        """The actions the session is still busy with: their buttons wait (a click then would be dropped)."""
        self._working = set(keys)
        for card in self.cards:
            working = card.flag.action is not None and card.flag.action.key in keys
            if working != card.working:
                card.working = working
                card._show_state()
        self.history.set_working(keys)

    def state_of(self, action) -> str | None:
        return self._states.get(action.key, (None,))[0]

    def card_for(self, address: str, kind: str) -> FlagCard | None:
        return next((c for c in self.cards if c.flag.address == address and c.flag.kind == kind), None)

    def _show_empty(self) -> None:
        self.empty.setVisible(not self.cards)
        self.empty.setText(QCoreApplication.translate(
            "Review", "Nothing to look at: every account looks as it should.") if self._read else
            QCoreApplication.translate("Review", "The accounts have not been read yet."))

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("Review", "Things to look at"))
        self.inner.setAccessibleName(self.accessibleName())
        for card in self.cards:
            card.retranslate()
        self.history.retranslate()
        self._show_empty()
