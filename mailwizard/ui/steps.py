"""Names of the wizard's steps as the sidebar shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mailwizard.core.flow import Step


def step_title(step: Step) -> str:
    return {
        Step.PROVIDER: QCoreApplication.translate("Steps", "Provider"),
        Step.DOMAIN: QCoreApplication.translate("Steps", "Company & domain"),
        Step.DNS: QCoreApplication.translate("Steps", "DNS records"),
        Step.MEMBERS: QCoreApplication.translate("Steps", "Members"),
        Step.INVITATIONS: QCoreApplication.translate("Steps", "Invitations"),
        Step.SUMMARY: QCoreApplication.translate("Steps", "Summary"),
    }[step]
