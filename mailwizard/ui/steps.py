"""Names of the wizard's steps as the sidebar shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mailwizard.core.flow import Step


def step_title(step: Step) -> str:
    tr = QCoreApplication.translate
    return {
        Step.PROVIDER: tr("Steps", "Provider"),
        Step.DOMAIN: tr("Steps", "Company & domain"),
        Step.DNS: tr("Steps", "DNS records"),
        Step.MEMBERS: tr("Steps", "Members"),
        Step.INVITATIONS: tr("Steps", "Invitations"),
        Step.SUMMARY: tr("Steps", "Summary"),
    }[step]
