"""The window in each language, and the language switched live from the menu."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from mailwizard.core.flow import Step
from mailwizard.ui.i18n import language_for_locale
from tests.ui.helpers import translation


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_window_opens_in_the_chosen_language(open_wizard, language: str) -> None:
    window = open_wizard(language)
    page = window.pages[Step.PROVIDER]
    assert page.heading.text() == translation(language, "ProviderPage", "Choose your email provider")
    assert window.next_button.text() == translation(language, "MainWindow", "&Next >")
    assert window.sidebar.item(1).text() == "2. " + translation(language, "Steps", "Company & domain")
    google = window.controller.catalogue.provider("tencent").name
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert any(n.startswith(google.get(language)) for n in names)  # the catalogue's own texts follow
    assert [c for c, a in window.language_actions.items() if a.isChecked()] == [language]  # the menu agrees


def test_switching_language_from_the_menu_changes_every_page_live(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    domain = window.pages[Step.DOMAIN]
    window.language_actions["zh_CN"].trigger()
    assert window.pages[Step.PROVIDER].heading.text() == "选择邮箱服务商" or \
        window.pages[Step.PROVIDER].heading.text() == translation("zh_CN", "ProviderPage", "Choose your email provider")
    assert window.pages[Step.PROVIDER].heading.text() != "Choose your email provider"
    assert domain.heading.text() == translation("zh_CN", "DomainPage", "Your company and its domain")
    window.language_actions["zh_TW"].trigger()
    assert domain.heading.text() == translation("zh_TW", "DomainPage", "Your company and its domain")
    assert window.file_menu.title() == translation("zh_TW", "MainWindow", "&File")
    window.language_actions["en"].trigger()
    assert domain.heading.text() == "Your company and its domain"


def test_a_message_from_core_follows_a_language_switch(qtbot, open_wizard) -> None:
    window = open_wizard("zh_TW")
    window.controller.choose_plan("google", "business-starter")
    window.controller.go_next()
    page = window.pages[Step.DOMAIN]
    page.domain.setText("info@example.com")
    page._edited(page.domain)
    expected = translation("zh_TW", "Messages", "This is an email address. Type only the part after @.")
    assert page.hints[page.domain].text() == expected
    window.switch_language("en")  # the problem already shown is said again in the new language
    assert page.hints[page.domain].text() == "This is an email address. Type only the part after @."


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"),
    ("en_US", "en"), ("de_DE", "en"),
])
def test_the_system_locale_picks_the_language(locale: str, language: str) -> None:
    assert language_for_locale(QLocale(locale)) == language


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_practice_guidance_names_the_button_as_it_is_labelled(language: str) -> None:
    from mailwizard.core.dns.hosts import load_hosts

    practice = next(h for h in load_hosts() if h.id == "practice")
    label = re.sub(r"\(&[A-Z]\)|&", "", translation(language, "DnsPage", "&Open my DNS host"))
    assert label in practice.where.get(language)
    connect_line = translation(language, "ConnectBox", "<b>Practice:</b> at a real provider you would first add "
                               "{domain} in its admin console. The practice console has it already; add the "
                               "records below with “Open my DNS host”.")
    assert label in connect_line


def test_plan_details_use_chinese_punctuation(open_wizard) -> None:
    window = open_wizard("zh_CN")
    window.controller.choose_plan("microsoft", "business-basic")
    page = window.pages[Step.PROVIDER]
    page.refresh()
    details = page.details.text()
    price = translation("zh_CN", "ProviderPage", "Price")
    assert f"{price}：" in details and f"{price}: " not in details
    assert "——" in details and " (" not in details  # a note after a dash, not in ASCII brackets
    assert "。——" not in details  # after a whole sentence the note simply follows


@pytest.mark.parametrize(("language", "shown"), [("en", "CN¥190"), ("zh_CN", "¥190"), ("zh_TW", "人民幣 190")])
def test_renminbi_is_never_a_bare_yen_sign_outside_mainland_chinese(open_wizard, language: str, shown: str) -> None:
    from mailwizard.ui import format as fmt

    open_wizard(language)
    assert fmt.money(190, "CNY") == shown
    assert fmt.money(7, "USD") == "US$7"
