"""Message texts for the plan the provider step suggests (core/plans.recommend)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        # the plan recommended for the company's needs (core/plans.recommend); ".one" for one person
        "recommend.api": QCoreApplication.translate(
            "Messages", "We suggest {plan}: it holds your {n} people for {cost} a month, and MailWizard can create "
            "the accounts for you."
        ),
        "recommend.api.one": QCoreApplication.translate(
            "Messages", "We suggest {plan}: one mailbox for {cost} a month, and MailWizard can create the account "
            "for you."
        ),
        "recommend.manual": QCoreApplication.translate(
            "Messages", "We suggest {plan}: it holds your {n} people for {cost} a month. You will create the "
            "accounts in its console, and we guide you."
        ),
        "recommend.manual.one": QCoreApplication.translate(
            "Messages", "We suggest {plan}: one mailbox for {cost} a month. You will create the account in its "
            "console, and we guide you."
        ),
        "recommend.over_budget": QCoreApplication.translate(
            "Messages", "No plan fits your budget. The cheapest plan for {n} people is {plan} at {cost} a month."
        ),
        "recommend.over_budget.one": QCoreApplication.translate(
            "Messages", "No plan fits your budget. The cheapest plan for one person is {plan} at {cost} a month."
        ),
        "recommend.none_fits": QCoreApplication.translate(
            "Messages", "No plan with a confirmed price can hold {n} people. Check the providers' own pages for "
            "larger plans."
        ),
    }
