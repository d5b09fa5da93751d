"""The Summary's ways into what comes after the set-up: "Move old mail in…" (the old service's mail copied into
the new mailboxes) and "Signatures and auto-replies…" (one company signature and a leave auto-reply for everyone),
each a window of its own beside the wizard's."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from mailwizard.ui.controller import WizardController


class MoreEntry(QFrame):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("more_entry")
        self.controller = controller
        self.moving_window = None  # each window made when first opened
        self.signatures_window = None
        self.moving_text = QLabel(objectName="moving_entry_text")
        self.moving_text.setWordWrap(True)
        self.moving_button = QPushButton(objectName="moving_open")
        self.moving_button.clicked.connect(self.open_moving)
        self.signatures_text = QLabel(objectName="signatures_entry_text")
        self.signatures_text.setWordWrap(True)
        self.signatures_button = QPushButton(objectName="signatures_open")
        self.signatures_button.clicked.connect(self.open_signatures)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.moving_text, 0, 0)
        layout.addWidget(self.moving_button, 0, 1)
        layout.addWidget(self.signatures_text, 1, 0)
        layout.addWidget(self.signatures_button, 1, 1)
        layout.setColumnStretch(0, 1)
        self.retranslate()

    def open_moving(self) -> None:
        from mailwizard.ui.pages.moving_window import MovingWindow

        if self.moving_window is None:
            self.moving_window = MovingWindow(self.controller, self.window())
        self.moving_window.open_window()

    def open_signatures(self) -> None:
        from mailwizard.ui.pages.signatures_window import SignaturesWindow

        if self.signatures_window is None:
            self.signatures_window = SignaturesWindow(self.controller, self.window())
        self.signatures_window.open_window()

    def retranslate(self) -> None:
        self.moving_text.setText(self.tr("Bring the mail from the company's old email service into the new "
                                               "mailboxes, and switch the domain's mail over safely."))
        self.moving_button.setText(self.tr("Move old mail &in…"))
        self.signatures_text.setText(self.tr("Give everyone the same company signature, and set a leave "
                                                      "auto-reply."))
        self.signatures_button.setText(self.tr("&Signatures and auto-replies…"))
        for window in (self.moving_window, self.signatures_window):
            if window is not None:
                window.retranslate()
