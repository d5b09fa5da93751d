""""Signatures and auto-replies…", opened from the Summary: the company signature designed once with a live
preview per person, put in place through the provider's API or saved as files, and the leave auto-reply with its
dates. It sends intents through the controller and renders what the session reports."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.pages.side_window import SideWindow
from mailwizard.ui.status import Status
from mailwizard.ui.widgets.signature_design import DesignBox
from mailwizard.ui.widgets.signature_install import InstallBox
from mailwizard.ui.widgets.signature_reply import ReplyBox

DESIGN, INSTALL, REPLY = range(3)
SIGNATURE, AUTOREPLY = "signature", "autoreply"  # core/signatures/design.py KINDS



class SignaturesWindow(SideWindow):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__("signatures", parent)
        self.controller = controller
        self.design = DesignBox()
        self.install = InstallBox()
        self.reply = ReplyBox()
        self.tabs = QTabWidget(objectName="signatures_tabs")
        for widget in (self.design, self.install, self.reply):
            self.tabs.addTab(widget, "")
        self.body.addWidget(self.tabs, 1)
        self.finish()
        self._setting = False
        self._results: dict[str, tuple[list, list, list]] = {}  # kind → (done, uncertain, failed) of the last run
        self.design.logoRequested.connect(self._choose_logo)
        self.install.filesRequested.connect(self._choose_folder)
        self._wire()
        self.status.hide()
        self.retranslate()

    def _wire(self) -> None:
        c = self.controller
        self.design.changed.connect(self._design_changed)
        self.design.previewRequested.connect(self._preview)
        self.design.logoRemoved.connect(lambda: self._set(logo=""))
        self.reply.changed.connect(self._reply_changed)
        self.reply.previewRequested.connect(self._preview_reply)
        self.reply.turnOnRequested.connect(lambda addresses: self._install(AUTOREPLY, addresses))
        self.install.installRequested.connect(lambda: self._install(SIGNATURE, None))
        c.signatureDesignChanged.connect(self._design_told)
        c.signatureProgress.connect(self._progress)
        c.signatureUncertain.connect(lambda kind, address: self._results[kind][1].append(address))
        c.signatureFailed.connect(self._failed)
        c.signatureInstallFinished.connect(self._finished)
        c.signatureFilesWritten.connect(self.install.show_files)

    # --- opening -----------------------------------------------------------------------------------
    def start(self) -> None:
        people = self._people()
        self.design.show_people(people)
        self.reply.show_people(people)
        if not self.controller.signature_design().autoreply.start:  # the dates shown are the ones kept
            self._reply_changed(self.reply.fields())
        self._design_told()
        self._offers()

    def _people(self) -> list[tuple[str, str]]:
        return [(m.display_name or m.local_part, address) for address, m in self.controller.signature_members()]

    def _offers(self) -> None:
        provider = self._provider()
        can = self.controller.can_install_signatures()
        params = {"provider": provider}
        for kind, show in ((SIGNATURE, lambda ok, why: self.install.offer(provider, ok, why)),
                           (AUTOREPLY, self.reply.offer)):
            found = can.get(kind)
            show(found is True, "" if found is True else message(str(found), params))

    def _provider(self) -> str:
        if self.controller.in_practice:
            return self.tr("the practice provider")
        return self.controller.provider_name()

    # --- the design, kept by the session -----------------------------------------------------------------
    def _set(self, **changes) -> None:
        from dataclasses import replace

        self._setting = True
        try:
            self.controller.set_signature_design(replace(self.controller.signature_design(), **changes))
        finally:
            self._setting = False

    def _design_changed(self, fields: dict) -> None:
        self._set(**{k: v for k, v in fields.items()})

    def _reply_changed(self, fields: dict) -> None:
        from dataclasses import replace

        self._set(autoreply=replace(self.controller.signature_design().autoreply, **fields))

    def _design_told(self) -> None:
        design = self.controller.signature_design()
        if not self._setting:  # typed here: the fields hold it already (and keep their cursor)
            from dataclasses import asdict

            self.design.load(asdict(design))
            self.reply.load(design.autoreply)
        self.design.logo_path = design.logo
        self.design._logo_text()
        self.design._preview()
        self.reply._preview()

    def _preview(self, address: str) -> None:
        self.design.show_preview(*self.controller.signature_preview(address))

    def _preview_reply(self, address: str) -> None:
        subject, body, _text = self.controller.autoreply_preview(address)
        self.reply.show_preview(subject, body)

    # --- putting it in place -------------------------------------------------------------------------------
    def _install(self, kind: str, addresses) -> None:
        self._results[kind] = ([], [], [])
        self.controller.install_signatures(kind, addresses)

    def _progress(self, kind: str, done: int, total: int) -> None:
        if kind == SIGNATURE:
            self.install.show_progress(done, total)

    def _failed(self, kind: str, address: str, key: str, _detail: str, params) -> None:
        text = message(key, {"provider": self._provider(), "address": address, **dict(params or {})})
        if address:
            self._results.setdefault(kind, ([], [], []))[2].append((address, text))
        elif kind == SIGNATURE:
            self.install.show_failed(text)
        elif kind == AUTOREPLY:
            self.reply.show_result(Status.PROBLEM, text)
        elif key.startswith("signature.logo"):
            self.design.show_problem(text)
        else:
            self.install.show_files_failed(text)

    def _finished(self, kind: str, installed: int, uncertain: int, failed: int) -> None:
        _done, unsure, problems = self._results.get(kind, ([], [], []))
        if kind == SIGNATURE:
            self.install.show_done(installed, list(unsure), list(problems))
            return
        lines = [self.tr("{address}: {problem}").format(address=a, problem=p) for a, p in problems]
        if unsure:
            lines.append(self.tr("Not sure whether it was set for: {addresses}").format(addresses=", ".join(unsure)))
        if failed or uncertain:
            self.reply.show_result(Status.PROBLEM, "\n".join(lines))
        else:
            self.reply.show_result(Status.DONE, self.tr("The auto-reply is on for {n} people from {start} until {end}.")
                                   .format(n=installed, start=self.reply.dates()[0], end=self.reply.dates()[1]))

    # --- the admin's choices -----------------------------------------------------------------------------
    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the company's logo"), "",
                                              self.tr("Pictures") + " (*.png *.jpg *.jpeg *.gif)")
        if path:
            self.controller.set_signature_logo_file(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the signature files"))
        if folder:
            self.save_files(folder)

    def save_files(self, folder: str) -> None:
        self.install.files_status.set_status(Status.WAITING, self.tr("Saving…"))
        self.controller.write_signature_files(folder)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signatures and auto-replies — MailWizard"))
        self.heading.setText(self.tr("Signatures and auto-replies"))
        self.intro.setText(self.tr("Design the company signature once: each person gets it with their own name and "
                              "details. Then put it in place for everyone, and set a leave auto-reply when someone "
                              "is away."))
        for index, text in enumerate((self.tr("&1 Signature"), self.tr("&2 Put it in place"),
                                      self.tr("&3 Leave auto-reply"))):
            self.tabs.setTabText(index, text)
        for widget in (self.design, self.install, self.reply):
            widget.retranslate()
        if self.isVisible():
            self._offers()
