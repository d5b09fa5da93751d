"""The Invitations step's first question: how each person gets their temporary password — on a printed hand-over
sheet, told in person, or in the invitation email — said in plain words; the invitation's text follows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from mailwizard.core.session.invitations import HANDOVER_EMAIL, HANDOVER_IN_PERSON, HANDOVER_SHEET, HANDOVERS
from mailwizard.ui.controller import WizardController
from mailwizard.ui.status import Status, status_colour

# Texts are looked up in the InvitationsPage translation context, as the page's other panels do.


class HandoverBox(QGroupBox):
    """Signals: ``chosen()`` once the admin picked another way (kept in the session), for the preview to follow."""

    chosen = Signal()

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_box")
        self.controller = controller
        self.group = QButtonGroup(self)
        self.options: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        for handover in HANDOVERS:
            button = QRadioButton(objectName=f"handover_{handover}")
            self.group.addButton(button)
            self.options[handover] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, h=handover: on and self._choose(h))
        row.addStretch(1)
        self.explanation = QLabel(objectName="handover_explanation")
        self.explanation.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.addLayout(row)
        column.addWidget(self.explanation)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("InvitationsPage",
                                                 "How does each person get their temporary password?"))
        self.options[HANDOVER_SHEET].setText(QCoreApplication.translate("InvitationsPage", "On a printed sheet"))
        self.options[HANDOVER_IN_PERSON].setText(QCoreApplication.translate("InvitationsPage",
                                                                            "I tell them in person"))
        self.options[HANDOVER_EMAIL].setText(QCoreApplication.translate("InvitationsPage", "In the invitation email"))
        self.show_choice()

    def show_choice(self) -> None:
        handover = self.controller.state.password_handover
        button = self.options.get(handover)
        if button is not None and not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        colour = ""
        if handover == HANDOVER_EMAIL:
            text = QCoreApplication.translate(
                "InvitationsPage", "Quickest: the email holds the password, and each person must change it the first "
                "time they sign in. Until they do, anyone who can read their personal mailbox could sign in as them.")
            colour = status_colour(Status.ACTION)  # the risk, in the colour of what needs a thought
        elif handover == HANDOVER_IN_PERSON:
            text = QCoreApplication.translate(
                "InvitationsPage", "You tell each person their password yourself, face to face or by phone: the "
                "passwords are on the Members step (“Print hand-over sheets…” shows them). The email says you will.")
        else:
            text = QCoreApplication.translate(
                "InvitationsPage", "Safest: print one sheet per person on the Members step (“Print hand-over "
                "sheets…”) and hand it over. The email says the password comes on paper; each person changes it at "
                "first sign-in.")
        self.explanation.setText(text)
        self.explanation.setStyleSheet(f"color: {colour};" if colour else "")

    def _choose(self, handover: str) -> None:
        if handover != self.controller.state.password_handover:
            self.controller.choose_password_handover(handover)
        self.show_choice()
        self.chosen.emit()
