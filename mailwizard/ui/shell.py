"""The window: step sidebar, the current page, the busy bar, and Back/Next."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mailwizard import __version__
from mailwizard.core import flow
from mailwizard.core.flow import Step
from mailwizard.core.store import SetAside
from mailwizard.ui import access, palette
from mailwizard.ui.access import tab_after
from mailwizard.ui.controller import WizardController
from mailwizard.ui.i18n import LANGUAGES, LanguageManager
from mailwizard.ui.messages import message
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.status import Status, status_icon, status_word
from mailwizard.ui.steps import step_title
from mailwizard.ui.window_size import place_on_screen, set_window_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # QEvent's enums cost ~2 ms: built when the window first closes

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


class Pages(dict):
    """Step → page, each page built the first time it is asked for: only the first page is needed to
    show the window, so the others (and the libraries they use) load after it is up."""

    def __init__(self, factories: dict[Step, Callable[[], WizardPage]], attach: Callable[[WizardPage], None]) -> None:
        super().__init__()
        self.factories, self.attach = factories, attach

    def __missing__(self, step: Step) -> WizardPage:
        page = self.factories[step]()
        self[step] = page
        self.attach(page)
        return page

    def all(self) -> list[WizardPage]:
        return [self[step] for step in self.factories]


class MainWindow(QMainWindow):
    def __init__(self, controller: WizardController, languages: LanguageManager,
                 pages: dict[Step, Callable[[], WizardPage]]) -> None:
        super().__init__()
        self.controller, self.languages = controller, languages
        self.setObjectName("main_window")
        palette.start()  # dark or light as the system is, and again whenever it changes
        place_on_screen(self)

        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setSpacing(3)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setWordWrap(True)
        self.stack = QStackedWidget()
        self.pages = Pages(pages, self._attach)

        self.busy_label = QLabel(objectName="busy_label")
        self.busy_bar = QProgressBar(objectName="busy_bar", minimum=0, maximum=0, maximumWidth=160)
        self.cancel_button = QPushButton(objectName="cancel")
        self.problem_label = QLabel(objectName="problem")
        self.problem_label.setWordWrap(True)
        palette.tint(self.problem_label, "color: {problem};")
        self.back_button = QPushButton(objectName="back")
        self.next_button = QPushButton(objectName="next")
        self.next_button.setDefault(True)
        self.next_button.setAutoDefault(True)
        # Ctrl+Enter from anywhere, beside the mnemonic (a button's own shortcut is its mnemonic: setText resets it)
        self.next_action = QAction(self, objectName="next_shortcut")
        self.next_action.setShortcuts([QKeySequence(Qt.Key.Key_Return | Qt.KeyboardModifier.ControlModifier),
                                       QKeySequence(Qt.Key.Key_Enter | Qt.KeyboardModifier.ControlModifier)])
        self.next_action.triggered.connect(self._next_pressed)
        self.addAction(self.next_action)

        bar = QHBoxLayout()
        bar.setContentsMargins(24, 6, 24, 14)
        bar.addWidget(self.busy_bar)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.problem_label, 1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        # practice mode says so on every step, so a rehearsal is never mistaken for the real set-up
        self.practice_banner = QLabel(objectName="practice_banner")
        self.practice_banner.setWordWrap(True)
        palette.tint(self.practice_banner, "#practice_banner {{ background: {banner_bg}; color: {banner_text}; "
                                           "padding: 8px 24px; border-bottom: 1px solid {banner_border}; }}")
        self.practice_banner.setVisible(controller.in_practice)
        right.addWidget(self.practice_banner)
        right.addWidget(self.stack, 1)
        right.addLayout(bar)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(controller.tasks.cancel_visible)
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        controller.stateChanged.connect(self._state_changed)
        controller.saveFailed.connect(self._save_failed)
        controller.tasks.activityChanged.connect(self._activity_changed)
        controller.tasks.failed.connect(lambda _name, reason: self._show_problem(
            message("task.failed", {"reason": reason})))
        languages.languageChanged.connect(self._language_changed)
        self._shown_step: Step | None = None
        self.pending_set_aside: SetAside | None = None
        self.retranslate()
        # the first page is shown now but entered from the event loop, once the app's asyncio loop runs
        self._shown_step = controller.state.current
        self._state_changed()
        QTimer.singleShot(0, self._enter_first)
        # the icon (Qt's SVG plugin, ~5 ms) in the event loop's pass after the one that paints the first frame
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: set_window_icon(self)))
        self._activity_changed()
        state = controller.state
        if Step.DNS in controller.enabled and state.dns_verified and not state.dns_all_ok:
            controller.start_dns_watch()  # records still arriving when the app was closed: keep watching

    def _attach(self, page: WizardPage) -> None:
        self.stack.addWidget(page)
        page.changed.connect(self._update_buttons)
        page.openMember.connect(self.open_member)

    def open_member(self, address: str) -> None:
        """The Members step, this member's row selected and their personal email open for typing."""
        if self.controller.go_to(Step.MEMBERS):
            self.pages[Step.MEMBERS].edit_personal_email(address)

    def _order_tabs(self) -> None:
        """Tab reads the window as a page is read: the steps, the page, then Cancel, Back and Next (a page's
        widgets join the window after the bar, and some are made as the page fills in)."""
        last = self.previousInFocusChain()  # new widgets join the chain at its end
        while last is not self.next_button and not last.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = last.previousInFocusChain()  # (Qt places nothing after a widget that takes no focus)
        if last is not self.next_button:
            tab_after(last, self.cancel_button, self.back_button, self.next_button)

    def _enter_first(self) -> None:
        if self._shown_step is self.controller.state.current:
            self.pages[self._shown_step].on_enter()
        self.controller.check_activation_at_start()

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.start_over_action = QAction(self, objectName="start_over")
        self.start_over_action.triggered.connect(self.confirm_start_over)
        self.quit_action = QAction(self, objectName="quit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close_by_user)
        self.file_menu.addAction(self.start_over_action)
        self.resolvers_action = QAction(self, objectName="dns_resolvers")
        self.resolvers_action.triggered.connect(self.edit_resolvers)
        self.file_menu.addAction(self.resolvers_action)
        self.resolvers_action.setEnabled(not self.controller.in_practice)  # practice watches its own
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True, objectName=f"lang_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.controller.language].setChecked(True)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, objectName="about")
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def switch_language(self, code: str) -> None:
        self.controller.set_language(code)  # the session's, saved; then Qt's translators follow it
        self.languages.apply(self.controller.language)

    def _language_changed(self, code: str) -> None:
        self.language_actions[code].setChecked(True)
        # Explicitly rather than on Qt's LanguageChange event, which is posted and so arrives a
        # moment later: the whole window changes at once, and the catalogue's texts with it.
        self.retranslate()
        for page in list(self.pages.values()):
            page.retranslate()

    def retranslate(self) -> None:
        if self.controller.in_practice:
            self.setWindowTitle(self.tr("MailWizard — practice (no real accounts)"))
            self.practice_banner.setText(self.tr(
                "<b>Practice mode.</b> Everything here happens inside MailWizard on this computer: no real "
                "provider, DNS host or mailbox is touched, and it is all forgotten when you close this window."))
        else:
            self.setWindowTitle(self.tr("MailWizard — set up company email"))
        self.file_menu.setTitle(self.tr("&File"))
        self.start_over_action.setText(self.tr("Start over…"))
        self.resolvers_action.setText(self.tr("DNS servers to watch…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About MailWizard"))
        self.back_button.setText(self.tr("< &Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.sidebar.setAccessibleName(self.tr("Steps"))
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self._update_sidebar()
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------
    def _state_changed(self) -> None:
        step = self.controller.state.current
        page = self.pages[step]
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        if step is not self._shown_step:
            self._shown_step = step
            page.on_enter()
        self._update_sidebar()
        self._update_buttons()

    def _update_sidebar(self) -> None:
        state = self.controller.state
        self.sidebar.clear()
        for number, step in enumerate(self.controller.steps(), start=1):
            if step is state.current:
                status = None
            elif step is Step.DNS and state.dns_verified and not state.dns_all_ok:
                status = Status.WAITING  # can go on, but records are still arriving
            elif flow.is_complete(step, state):
                status = Status.DONE
            else:
                status = None
            text = f"{number}. {step_title(step)}"
            if status is not None:
                text += f"\n{status_word(status)}"
            item = QListWidgetItem(text)
            item.setData(STEP_ROLE, step.value)
            item.setSizeHint(QSize(200, 48))
            if status is not None:
                item.setIcon(status_icon(self, status))
            enterable = flow.can_enter(step, state, self.controller.enabled)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if enterable else Qt.ItemFlag.NoItemFlags
            item.setFlags(flags)
            font = item.font()
            font.setBold(step is state.current)
            item.setFont(font)
            self.sidebar.addItem(item)
            if step is state.current:
                item.setSelected(True)
                self.sidebar.setCurrentItem(item)

    def _update_buttons(self) -> None:
        state = self.controller.state
        steps = self.controller.steps()
        last = state.current is steps[-1]
        self.back_button.setEnabled(flow.previous_step(state, self.controller.enabled) is not None)
        # the last step ends the wizard: Finish closes the window (everything is saved already)
        self.next_button.setText(self.tr("Fi&nish") if last else self.tr("&Next >"))
        self.next_button.setEnabled(last or self.controller.can_go_next())
        self._order_tabs()

    def _activity_changed(self) -> None:
        label = self.controller.tasks.current_label
        running = label is not None
        self.busy_bar.setVisible(running)
        self.busy_label.setVisible(running)
        self.cancel_button.setVisible(running)
        self.busy_label.setText(label or "")
        self.busy_bar.setAccessibleDescription(label or "")
        if running:
            self.problem_label.clear()
        access.announce(self.busy_label)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        access.announce(self.problem_label, alert=True)

    def _save_failed(self, reason: str, key: str, params: dict[str, str]) -> None:
        self._show_problem(message(key, {"reason": reason, **params}))

    # --- actions -------------------------------------------------------------------------
    def _next(self) -> None:
        if self.controller.state.current is self.controller.steps()[-1]:
            self.controller.finish_setup()  # the set-up is finished: no scheduled DNS check any more
            self.close()
        else:
            self.controller.go_next()

    def _next_pressed(self) -> None:
        if self.next_button.isEnabled():
            self.next_button.animateClick()

    def _back(self) -> None:
        self.controller.go_back()

    def _sidebar_clicked(self, item: QListWidgetItem) -> None:
        if not self.controller.go_to(Step(item.data(STEP_ROLE))):
            self._update_sidebar()

    def confirm_start_over(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Start over?"),
                          self.tr("Start over?"), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("start_over_box")
        box.setInformativeText(self.tr(
            "Everything you entered in MailWizard is cleared: the plan, your company's details, the domain, "
            "the list of people and what was sent to them. Accounts already created stay at your email provider, "
            "and nothing changes at your domain registrar."))
        confirm = box.addButton(self.tr("Clear and start over"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not confirm:
            return False
        self.controller.start_over()
        self._shown_step = None
        for page in list(self.pages.values()):
            page.refresh()
        self._state_changed()
        return True

    def edit_resolvers(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        current = ", ".join(self.controller.resolver_list())
        text, ok = QInputDialog.getText(
            self, self.tr("DNS servers to watch"),
            self.tr("Public DNS servers the DNS step asks, separated by commas (IP or IP:port).\n"
                    "Leave empty for the defaults."), text=current)
        if ok and not self.controller.set_resolver_list([p for p in text.replace(" ", "").split(",") if p]):
            QMessageBox.warning(self, self.tr("DNS servers to watch"), self.tr(
                "One of these is not an IP address. Nothing was changed."))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About MailWizard"), self.tr(
            "MailWizard {version}\nSets up company email with a hosted provider, step by step.").format(
            version=__version__))

    def setVisible(self, visible: bool) -> None:
        # not showEvent: a Python showEvent builds QEvent's enums before the first frame (~2 ms), for a rare dialog
        super().setVisible(visible)
        if visible and self.pending_set_aside is not None:
            from mailwizard.ui.dialogs import show_set_aside  # the dialogs load with the first one
            set_aside, self.pending_set_aside = self.pending_set_aside, None
            show_set_aside(self, set_aside)

    def close_by_user(self) -> None:
        """File > Quit: the user's own close, as the window's close button (asked about watching the DNS then)."""
        from mailwizard.ui import close_watch

        close_watch.close_by_user(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        from mailwizard.ui import close_watch  # its dialogs' Qt types are built when the window first closes

        # a cell still being edited is committed (and saved) before the store's writer stops
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        if not close_watch.may_close(self, event) or not close_watch.saved_or_let_go(self):
            event.ignore()
            return
        self.controller.shutdown()
        super().closeEvent(event)
