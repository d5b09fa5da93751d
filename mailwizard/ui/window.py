"""The window, built from the session's adapter and one lazily made page per step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailwizard.core.flow import Step

if TYPE_CHECKING:  # the DNS settings' module loads when they are first worked out, after the first frame
    from mailwizard.core.dns.config import ResolverConfig

ENABLED_STEPS = frozenset(Step)
CURRENCY_FOR_LANGUAGE = {"en": "USD", "zh_CN": "CNY", "zh_TW": "TWD"}


def page_factories(controller):
    """Each step's page, imported and built when first shown."""

    def provider():
        from mailwizard.ui.pages.provider import ProviderPage
        return ProviderPage(controller)

    def domain():
        from mailwizard.ui.pages.domain import DomainPage
        return DomainPage(controller)

    def dns():
        from mailwizard.ui.pages.dns import DnsPage
        return DnsPage(controller)

    def members():
        from mailwizard.ui.pages.members import MembersPage
        return MembersPage(controller)

    def invitations():
        from mailwizard.ui.pages.invitations import InvitationsPage
        return InvitationsPage(controller)

    def summary():
        from mailwizard.ui.pages.summary import SummaryPage
        return SummaryPage(controller)

    return {Step.PROVIDER: provider, Step.DOMAIN: domain, Step.DNS: dns, Step.MEMBERS: members,
            Step.INVITATIONS: invitations, Step.SUMMARY: summary}


def build_window(store, catalogue, resolvers: ResolverConfig, lang: str | None, *, dns_config=None,
                 connections=None, surroundings=None):
    """The window with its controller and pages, ready to show. Used by main and by the tests."""
    from mailwizard.core.session.state import LANGUAGE_KEY
    from mailwizard.ui.controller import WizardController
    from mailwizard.ui.i18n import LANGUAGE_CODES, LanguageManager, system_language
    from mailwizard.ui.shell import MainWindow
    from mailwizard.ui.tasks import TaskRunner

    saved_language = store.get(LANGUAGE_KEY)
    language = lang or (saved_language if saved_language in LANGUAGE_CODES else system_language())
    languages = LanguageManager()
    tasks = TaskRunner()
    controller = WizardController(store, catalogue, resolvers, tasks, ENABLED_STEPS, dns_config, connections,
                                  surroundings)
    if saved_language != language:
        controller.set_language(language)  # reopening shows the language the user last saw
    else:
        controller.language = language
    languages.apply(controller.language)
    if controller.session.first_run:
        controller.session.start_with(budget_currency=CURRENCY_FOR_LANGUAGE.get(language, "USD"),
                                     region="cn_mainland" if language == "zh_CN" else "elsewhere")
    window = MainWindow(controller, languages, page_factories(controller))
    window.pending_set_aside = store.set_aside  # explained as soon as the window is shown
    return window, languages
