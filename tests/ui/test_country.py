"""The company's country on the domain step: asked only where the provider's licences need it, prefilled from
step 1, and the admin's choice kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_wizard import choose_google, click_row, domain_page, provider_page, type_into


def choose(qtbot, window, provider_id: str, plan_id: str) -> None:
    page = provider_page(window)
    type_into(qtbot, page.seats, "5")
    click_row(qtbot, page, provider_id, plan_id)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def test_microsoft_asks_the_country_prefilled_from_the_currency(qtbot, open_wizard) -> None:
    window = open_wizard("zh_CN")
    page = provider_page(window)
    assert window.controller.state.region == "cn_mainland"  # a zh_CN reader's first guess
    page.region.setCurrentIndex(page.region.findData("elsewhere"))
    page.currency.setCurrentIndex(page.currency.findData("HKD"))
    choose(qtbot, window, "microsoft", "business-basic")
    field = domain_page(window).country
    assert field.isVisible() and field.combo.currentText() == "中国香港"  # from the budget's currency
    assert "许可证" in field.hint.text() and "Microsoft" in field.hint.text()
    singapore = field.combo.findData("SG")
    field.combo.setCurrentIndex(singapore)
    field.combo.activated.emit(singapore)  # as a click on the item does
    assert window.controller.state.company.country == "SG"
    assert domain_page(window).country_label.buddy() is field.combo  # Alt+key and screen readers find it


def test_google_does_not_ask_it(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    choose_google(qtbot, window)
    assert not domain_page(window).country.isVisible()
    assert not domain_page(window).country_label.isVisible()
