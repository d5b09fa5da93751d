"""The Invitations page's link to the session's invitations step: the translated words around the template, and
the step's events as Qt signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mailwizard.core.invitations.sender import FAILED, SENDING, SENT
from mailwizard.core.invitations.templates import Blocks
from mailwizard.core.session.invitations import SEND_TASK, InvitationsStep, InvitationTexts
from mailwizard.ui.controller import WizardController


def blocks() -> Blocks:
    return Blocks(
        QCoreApplication.translate(
            "Invitations", "Your temporary password is: {password}  (you will change it when you first sign in)"
        ),
        QCoreApplication.translate(
            "Invitations",
            "Your temporary password is not in this email for safety: you receive it separately, "
            "on paper or in person.",
        ),
        QCoreApplication.translate("Invitations", "On your phone: install the {app} app and sign in with {address}."),
        QCoreApplication.translate(
            "Invitations",
            "On your phone: add a mail account for {address}. Incoming (IMAP): server {imap_host}, port "
            "{imap_port}, SSL on. Outgoing (SMTP): server {smtp_host}, port {smtp_port}, SSL on.",
        ),
        QCoreApplication.translate(
            "Invitations", "On your phone: add a mail account for {address}; your email provider's help pages "
            "give the server settings."),
        QCoreApplication.translate(
            "Invitations", "Your temporary password is not in this email for safety: it comes on a printed sheet "
            "from {inviter}. You will change it when you first sign in."),
        QCoreApplication.translate(
            "Invitations", "Your temporary password is not in this email for safety: {inviter} tells you it in "
            "person. You will change it when you first sign in."),
    )


def texts() -> InvitationTexts:
    return InvitationTexts(
        blocks(),
        QCoreApplication.translate("Invitations", "Dear {name},"),
        QCoreApplication.translate("Invitations", "Welcome, and see you soon in the new mailbox."),
    )


class InvitationRunner(QObject):
    """Signals: ``progress(object)`` a SendReport; ``finished(object)`` the final report or None;
    ``problem(str, dict)`` a message key when the run cannot go on; ``testSent(str, dict)`` "" once the test went
    out, else why it did not. Everything else is the session's invitations step (``step``)."""

    progress = Signal(object)
    finished = Signal(object)
    problem = Signal(str, object)
    testSent = Signal(str, object)

    def __init__(self, controller: WizardController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.step: InvitationsStep = controller.session.invitations
        self.step.texts = texts
        controller.invitationsProgress.connect(self.progress)
        controller.invitationsFinished.connect(self.finished)
        controller.invitationProblem.connect(self.problem)
        controller.testSent.connect(self.testSent)

    def __getattr__(self, name: str) -> Any:
        step = self.__dict__.get("step")
        if step is None:
            raise AttributeError(name)
        return getattr(step, name)

    def __setattr__(self, name: str, value: Any) -> None:
        # the sending pace and the TLS context are the step's (tests make them quicker or trust their own CA)
        if name in ("pace", "retry_delay", "tls_context", "logo"):
            setattr(self.step, name, value)
        else:
            super().__setattr__(name, value)


__all__ = ["FAILED", "SENDING", "SEND_TASK", "SENT", "InvitationRunner", "blocks"]
