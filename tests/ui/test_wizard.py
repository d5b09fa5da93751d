"""Both steps driven as a user would: typing, clicking, Next/Back, closing and reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.flow import Step
from mailwizard.sandbox.dns_server import free_port
from mailwizard.ui.pages.domain import DomainPage
from mailwizard.ui.pages.provider import ProviderPage
from mailwizard.ui.shell import MainWindow
from mailwizard.ui.status import Status
from tests.ui.conftest import close
from tests.ui.helpers import WAIT


def type_into(qtbot, widget, text: str) -> None:
    """Type as a user would: keys for ASCII, an input-method commit for Chinese (as a CJK IME does)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def click_row(qtbot, page: ProviderPage, provider_id: str, plan_id: str) -> None:
    table = page.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole + 1) == (provider_id, plan_id):
            rect = table.visualItemRect(table.item(row, 0))
            table.scrollToItem(table.item(row, 0))
            rect = table.visualItemRect(table.item(row, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no row for {provider_id}/{plan_id}")


def row_status(page: ProviderPage, provider_id: str, plan_id: str) -> str:
    table = page.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole + 1) == (provider_id, plan_id):
            return table.item(row, table.columnCount() - 1).text()
    raise AssertionError(plan_id)


def provider_page(window: MainWindow) -> ProviderPage:
    return window.pages[Step.PROVIDER]


def domain_page(window: MainWindow) -> DomainPage:
    return window.pages[Step.DOMAIN]


def choose_google(qtbot, window: MainWindow) -> None:
    page = provider_page(window)
    type_into(qtbot, page.seats, "12")
    click_row(qtbot, page, "google", "business-starter")
    assert window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is domain_page(window)


def fill_company(qtbot, window: MainWindow, domain: str = "example.com") -> None:
    page = domain_page(window)
    type_into(qtbot, page.company_name, "例子贸易有限公司")
    type_into(qtbot, page.contact_name, "王芳")
    type_into(qtbot, page.contact_email, "wangfang@163.com")
    type_into(qtbot, page.domain, domain)


def test_provider_step_compares_marks_and_recommends(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    page = provider_page(window)
    assert page.heading.text() == "Choose your email provider"
    assert not window.next_button.isEnabled()  # nothing chosen yet
    type_into(qtbot, page.seats, "400")
    assert row_status(page, "google", "business-starter") == "Too few accounts"  # Google seats at most 300
    assert page.choose_recommended.isVisible()
    qtbot.mouseClick(page.choose_recommended, Qt.MouseButton.LeftButton)
    rec = page._recommendation.assessment
    assert (window.controller.state.provider_id, window.controller.state.plan_id) == (rec.provider.id, rec.plan.id)
    assert not page.choose_recommended.isVisible()
    type_into(qtbot, page.seats, "12")
    type_into(qtbot, page.budget, "50")
    page.currency.setCurrentIndex(page.currency.findData("USD"))
    assert row_status(page, "google", "business-plus") == "Over budget"       # 12 × US$22 > 50
    assert row_status(page, "alibaba", "standard") == "Price to check"       # unconfirmed: no invented price
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) == ("alibaba", "standard"))
    price = page.table.item(row, 1)
    assert price.text() == "Check current price" and price.font().underline()
    # a plan that fits 12 people within US$50 exists, so one of those is suggested, not a way over budget
    rec = page._recommendation
    assert rec.key in ("recommend.api", "recommend.manual") and rec.assessment.within_budget is True
    assert page.recommendation.text().startswith("We suggest")
    click_row(qtbot, page, "google", "business-starter")
    assert window.controller.state.plan_id == "business-starter"
    assert "Business Starter" in page.details.text() and "source" in page.details.text()
    assert window.next_button.isEnabled()


def test_the_plan_table_is_rebuilt_only_when_what_it_shows_changes(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    page = provider_page(window)
    first = page.table.item(0, 0)
    page.on_enter()
    page.refresh()
    assert page.table.item(0, 0) is first  # nothing changed: the same cells, no second build at start-up
    type_into(qtbot, page.seats, "40")
    assert page.table.item(0, 0) is not first
    header = page.table.horizontalHeaderItem(0).text()
    window.switch_language("zh_CN")
    assert page.table.horizontalHeaderItem(0).text() != header
    assert row_status(page, "google", "business-starter") != "Fits"  # the cells follow the language too


def rows_fit(table) -> bool:
    return all(table.rowHeight(r) == table.sizeHintForRow(r) for r in range(table.rowCount()))


def test_the_plan_rows_are_as_tall_as_their_text_at_the_first_frame_and_later(qtbot, open_wizard) -> None:
    """The rows are measured once the table's columns have their widths (not while the page is built)."""
    window = open_wizard("en")
    page = provider_page(window)
    QApplication.processEvents()  # the first frame, as the app shows it
    assert page.table.rowCount() > 10 and rows_fit(page.table)
    type_into(qtbot, page.seats, "400")
    assert rows_fit(page.table)
    choose_google(qtbot, window)
    close(window)
    again = open_wizard(None)  # back at the company step: the provider page is built when it is first shown
    assert again.controller.state.current is not Step.PROVIDER
    again.switch_language("zh_TW")
    again.controller.go_to(Step.PROVIDER)
    page = provider_page(again)
    qtbot.waitUntil(lambda: rows_fit(page.table), timeout=WAIT)


def test_an_unconfirmed_price_sends_the_user_to_the_provider(qtbot, open_wizard, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    window = open_wizard("en")
    page = provider_page(window)
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) == ("west", "enterprise"))
    page.table.scrollToItem(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualItemRect(page.table.item(row, 1)).center())
    assert opened == [window.controller.catalogue.provider("west").links["pricing"]]
    details = page.details.text()
    assert "check current price" in details
    assert window.controller.catalogue.provider("west").links["pricing"] in details


def test_domain_step_explains_and_fixes_a_pasted_url_then_finds_the_domain(qtbot, open_wizard, dns_server) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    page = domain_page(window)
    fill_company(qtbot, window, "https://www.Example.com/")
    hint = page.hints[page.domain]
    assert hint.text().startswith("This is a web address")
    assert not window.next_button.isEnabled()
    assert page.use_suggestion.isVisible() and page.use_suggestion.text() == "&Use example.com"
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    assert page.domain.text() == "example.com"
    qtbot.waitUntil(lambda: "ns1.example.net" in page.presence.plain, timeout=WAIT)
    assert page.presence.plain.startswith("example.com is registered")
    assert ("example.com", "NS") in dns_server.queries
    assert window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages[Step.DNS]
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page


def test_each_field_says_what_is_wrong(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    page = domain_page(window)
    type_into(qtbot, page.contact_email, "wangfang")
    assert page.hints[page.contact_email].text().startswith("An email address needs an @")
    type_into(qtbot, page.domain, "com.cn")
    assert "ending shared by many companies" in page.hints[page.domain].text()
    type_into(qtbot, page.domain, "例子.中国")
    assert page.punycode.text() == ("Some systems show it in its technical form, xn--fsqu00a.xn--fiqs8s: it is the "
                                    "same domain, nothing to do.")
    type_into(qtbot, page.company_name, "x")
    type_into(qtbot, page.company_name, "")
    page.company_name.clearFocus()
    page._left(page.company_name)
    assert page.hints[page.company_name].text() == "Please fill this in."


def test_an_unregistered_domain_blocks_next_and_names_registrars(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    page = domain_page(window)
    fill_company(qtbot, window, "never-registered-here.com")
    qtbot.waitUntil(lambda: "does not exist on the internet yet" in page.presence.plain, timeout=WAIT)
    assert page.registrar_links.isVisible() and "Cloudflare" in page.registrar_links.text()
    assert not window.next_button.isEnabled()


def test_offline_says_so_and_lets_the_user_continue(qtbot, open_wizard) -> None:
    offline = ResolverConfig(("127.0.0.1",), free_port(), timeout=0.2, lifetime=0.6)
    window = open_wizard("en", offline)
    choose_google(qtbot, window)
    page = domain_page(window)
    fill_company(qtbot, window)
    qtbot.waitUntil(lambda: "could not reach the internet" in page.presence.plain, timeout=WAIT)
    assert page.presence.status.value == "problem"
    assert window.next_button.isEnabled()


def test_the_check_runs_without_freezing_and_can_be_cancelled(qtbot, open_wizard) -> None:
    from mailwizard.sandbox.dns_server import SilentDns

    with SilentDns() as silent:
        window = open_wizard("en", ResolverConfig(("127.0.0.1",), silent.port, timeout=5, lifetime=10))
        choose_google(qtbot, window)
        page = domain_page(window)
        fill_company(qtbot, window)
        qtbot.waitUntil(lambda: window.cancel_button.isVisible(), timeout=WAIT)
        assert window.busy_label.text().startswith("Checking that example.com exists")
        type_into(qtbot, page.contact_name, "王芳芳")  # the window still takes typing meanwhile
        assert page.contact_name.text() == "王芳芳"
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.cancel_button.isVisible(), timeout=WAIT)
        assert not window.controller.tasks.is_running("domain-presence")


def test_closing_and_reopening_returns_to_the_same_step_and_values(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    fill_company(qtbot, window)
    page = domain_page(window)
    qtbot.waitUntil(lambda: page.presence.status is Status.DONE, timeout=WAIT)
    close(window)
    again = open_wizard(None)
    assert again.stack.currentWidget() is domain_page(again)
    page = domain_page(again)
    assert (page.company_name.text(), page.contact_name.text(), page.contact_email.text(), page.domain.text()) == (
        "例子贸易有限公司", "王芳", "wangfang@163.com", "example.com")
    assert "ns1.example.net" in page.presence.plain
    assert provider_page(again).seats.value() == 12
    assert again.controller.state.plan_id == "business-starter"


def answer_next_dialog(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        button.click()
    QTimer.singleShot(50, click)


def test_start_over_asks_first_and_then_clears_everything(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    fill_company(qtbot, window)
    answer_next_dialog("Cancel")
    assert window.confirm_start_over() is False
    assert window.controller.state.company.name == "例子贸易有限公司"
    answer_next_dialog("Clear and start over")
    assert window.confirm_start_over() is True
    assert window.stack.currentWidget() is provider_page(window)
    assert window.controller.state.plan_id is None
    assert domain_page(window).company_name.text() == ""
    close(window)
    again = open_wizard(None)
    assert again.controller.state.company.name == ""


def test_start_over_keeps_the_language_the_user_chose(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    window.switch_language("zh_TW")
    choose_google(qtbot, window)
    answer_next_dialog(window.tr("Clear and start over"))
    assert window.confirm_start_over() is True
    close(window)
    again = open_wizard(None)
    assert again.controller.language == "zh_TW"
    assert again.controller.state.plan_id is None


def test_a_language_switched_just_before_closing_is_kept(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    window.switch_language("zh_CN")
    close(window)  # before the debounced save runs: closing writes it
    assert open_wizard(None).controller.language == "zh_CN"


def test_a_damaged_state_file_is_explained_and_kept(qtbot, open_wizard, state_dir) -> None:
    state_dir.mkdir(parents=True)
    (state_dir / "mailwizard.sqlite3").write_bytes(b"garbage" * 500)
    window = open_wizard("en")
    box = window.findChild(QMessageBox, "set_aside_box")
    assert box is not None and box.isVisible()
    assert box.text() == "Your saved work could not be read"
    assert str(window.store.set_aside.moved_to) in box.informativeText()
    assert window.store.set_aside.moved_to.exists()
    box.accept()


def test_sidebar_marks_finished_steps_and_refuses_locked_ones(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert texts == ["1. Provider", "2. Company & domain", "3. DNS records", "4. Members", "5. Invitations",
                     "6. Summary"]
    summary_item = window.sidebar.item(5)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(summary_item).center())
    assert window.controller.state.current is Step.PROVIDER
    choose_google(qtbot, window)
    assert window.sidebar.item(0).text() == "1. Provider\nDone"


def test_an_unexpected_error_is_explained_and_can_be_copied(qtbot, open_wizard, tmp_path) -> None:
    from mailwizard.ui import crash

    open_wizard("en")
    seen = {}

    def press_copy() -> None:
        box = QApplication.activeModalWidget()
        seen["text"], seen["details"] = box.text(), box.detailedText()
        next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details").click()

    QTimer.singleShot(50, press_copy)
    crash.show("Traceback …\nValueError: token=[hidden]", str(tmp_path / "mailwizard.log"))
    assert seen["text"] == "Something unexpected went wrong"
    assert QApplication.clipboard().text() == seen["details"] == "Traceback …\nValueError: token=[hidden]"


def test_a_problem_under_a_field_is_shown_whole(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    window.resize(1240, 800)  # the default size, where the message used to be cut to one line
    page = domain_page(window)
    for field, text in ((page.company_name, "例子贸易有限公司"), (page.contact_name, "王芳"),
                        (page.contact_email, "wangfang@163"), (page.domain, "https://www.例子.中国/")):
        field.setText(text)
        page._edited(field)
        page._left(field)
    QApplication.processEvents()  # one pass, as the user's next frame: the row must already be tall enough
    hint = page.hints[page.contact_email]
    assert hint.isVisible() and "not a valid domain" in hint.text()
    assert hint.height() >= hint.heightForWidth(hint.width())  # every line of it, not cut
    bottom = hint.mapTo(page, hint.rect().bottomLeft()).y()
    assert bottom < page.domain.mapTo(page, page.domain.rect().topLeft()).y()  # above the next field, not over it
