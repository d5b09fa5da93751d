"""Step 2: the company, its contact person, and the domain its email addresses will use."""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.dns.presence import PresenceResult, presence_message
from mailwizard.core.domains import check_domain, check_email
from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.registrars import registrars_for
from mailwizard.core.session.domain import PRESENCE_TASK
from mailwizard.ui import palette
from mailwizard.ui.access import name_from
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.country_field import CountryField

PRESENCE_DELAY_MS = 700


# how each answer is shown: done, something for the user to do, or a problem to look into
PRESENCE_STATUS = {DomainPresence.EXISTS: Status.DONE, DomainPresence.NOT_REGISTERED: Status.ACTION,
                   DomainPresence.NO_NAMESERVERS: Status.ACTION, DomainPresence.UNREACHABLE: Status.PROBLEM}

class DomainPage(WizardPage):
    step = Step.DOMAIN

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.company_name = QLineEdit(objectName="company_name", maxLength=200)
        self.contact_name = QLineEdit(objectName="contact_name", maxLength=200)
        self.contact_email = QLineEdit(objectName="contact_email", maxLength=254)
        self.domain = QLineEdit(objectName="domain", maxLength=300)
        self.labels = {w: QLabel() for w in (self.company_name, self.contact_name, self.contact_email, self.domain)}
        self.hints = {w: self._hint_label(w.objectName()) for w in self.labels}
        self._touched: set[QLineEdit] = set()

        self.use_suggestion = QPushButton(objectName="use_suggestion")
        self.use_suggestion.hide()
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        self.punycode = QLabel(objectName="punycode")
        self.punycode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.punycode.setWordWrap(True)
        palette.tint(self.punycode, "color: {waiting};")  # a side note: the grey of hints

        # practice starts with a sample company: said above the fields, while any of it is still the sample's
        self.sample_note = QLabel(objectName="sample_company_note")
        self.sample_note.setWordWrap(True)
        self.sample_note.setTextFormat(Qt.TextFormat.RichText)
        palette.tint(self.sample_note, "color: {action};")
        self.sample_note.hide()
        self.layout_.addWidget(self.sample_note)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label in self.labels.items():
            field.setMaximumWidth(520)  # names and addresses, not paragraphs
            label.setBuddy(field)
            # a widget, not a bare layout, so a hint that wraps onto two lines gets the height it needs
            # (QFormLayout sized a nested layout's wrapped label for one line and cut it)
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(self.hints[field])
            if field is self.domain:
                row = QHBoxLayout()
                row.addWidget(self.use_suggestion)
                row.addStretch(1)
                column.addLayout(row)
                column.addWidget(self.punycode)
            form.addRow(label, cell)
        # asked only where the provider's licences need it; right below the company's name
        self.country = CountryField()
        self.country_label = QLabel()
        self.country_label.setBuddy(self.country.combo)
        form.insertRow(1, self.country_label, self.country)
        self.form = form
        self.layout_.addLayout(form)

        self.presence = StatusLine(objectName="presence")
        self.recheck = QPushButton(objectName="recheck")
        self.recheck.clicked.connect(self._check_now)
        self.registrar_links = QLabel(objectName="registrar_links")
        self.registrar_links.setOpenExternalLinks(True)
        self.registrar_links.setWordWrap(True)
        self.registrar_links.setContentsMargins(26, 0, 0, 0)  # under the text, past the status icon
        presence_row = QHBoxLayout()
        presence_row.addWidget(self.presence, 1)
        presence_row.addWidget(self.recheck, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(presence_row)
        self.layout_.addWidget(self.registrar_links)
        self.layout_.addStretch(1)

        self._presence_timer = QTimer(self, singleShot=True, interval=PRESENCE_DELAY_MS)
        self._presence_timer.timeout.connect(self._check_now)
        for field in self.labels:
            field.textEdited.connect(lambda _text, f=field: self._edited(f))
            field.editingFinished.connect(lambda f=field: self._left(f))
        self.country.chosen.connect(self._country_chosen)
        controller.connectionChanged.connect(lambda *_args: self._show_country())
        controller.presenceChanged.connect(lambda _result: self._show_presence())
        controller.tasks.activityChanged.connect(self._show_presence)
        self.retranslate()
        self.refresh()

    @staticmethod
    def _hint_label(name: str) -> QLabel:
        label = QLabel(objectName=f"{name}_hint")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your company and its domain"))
        self.intro.setText(self.tr(
            "The domain is the part after @ in your company's email addresses, for example "
            "yourcompany.com in anna@yourcompany.com. You need to own it; if you do not yet, we show you "
            "where to register it."))
        self.labels[self.company_name].setText(self.tr("Company name:"))
        self.labels[self.contact_name].setText(self.tr("Your name:"))
        self.labels[self.contact_email].setText(self.tr("Your current email:"))
        self.labels[self.domain].setText(self.tr("Company domain:"))
        self.company_name.setPlaceholderText(self.tr("e.g. Example Trading Ltd."))
        self.contact_name.setPlaceholderText(self.tr("e.g. Wang Fang"))
        self.contact_email.setPlaceholderText(self.tr("where we can reach you now, e.g. wangfang@163.com"))
        self.domain.setPlaceholderText(self.tr("e.g. yourcompany.com or 例子.中国"))
        self.recheck.setText(self.tr("Check &again"))
        self.country_label.setText(self.tr("Country or region:"))
        self.sample_note.setText(self.tr(
            "<b>Sample details, for practice:</b> the company name, your name and your email below are made up. "
            "Change them if you like. The domain is yours to type: checking it is part of the practice."))
        for field, label in self.labels.items():
            name_from(label, field)  # the field sits in a cell widget: its label is no sibling to name it
        self._show_company()  # a sample company follows the language
        self._validate_all()
        self._show_presence()
        self._show_country()

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_company()
        self._touched = {f for f in self.labels if f.text()}
        self._validate_all()
        self._show_presence()
        self._show_country()

    def _show_company(self) -> None:
        company = self.controller.state.company
        for field, value in ((self.company_name, company.name), (self.contact_name, company.contact_name),
                             (self.contact_email, company.contact_email), (self.domain, company.domain_input)):
            if field.text() != value:
                with QSignalBlocker(field):
                    field.setText(value)
        self.sample_note.setVisible(self.controller.company_is_sample())

    def _show_country(self) -> None:
        asked = self.controller.asks_country()
        self.form.setRowVisible(1, asked)
        if asked:
            self.country.show_choices(self.controller.language, self.controller.company_country(), self.tr(
                "Where your company is. {provider} needs it to give each person a licence; it decides which "
                "services they can use.").format(provider=self.controller.provider_name()), self.tr(
                "Not chosen yet: your organisation's own country once you sign in"))

    def _country_chosen(self, code: str) -> None:
        self.controller.set_country(code)
        self.changed.emit()

    def on_enter(self) -> None:
        super().on_enter()
        state = self.controller.state
        if state.domain and state.domain_presence in (DomainPresence.UNCHECKED, DomainPresence.UNREACHABLE):
            self._check_now()

    def _edited(self, field: QLineEdit) -> None:
        text = field.text()
        if field is self.company_name:
            self.controller.set_company(name=text)
        elif field is self.contact_name:
            self.controller.set_company(contact_name=text)
        elif field is self.contact_email:
            self.controller.set_company(contact_email=text)
        else:
            self.controller.set_domain_input(text)
            self._presence_timer.start() if self.controller.state.domain else self._presence_timer.stop()
        self._validate(field)
        self.sample_note.setVisible(self.controller.company_is_sample())
        self._show_presence()
        self.changed.emit()

    def _left(self, field: QLineEdit) -> None:
        self._touched.add(field)
        self._validate(field)

    def _apply_suggestion(self) -> None:
        suggestion = self.use_suggestion.property("suggestion")
        if suggestion:
            self.domain.setText(suggestion)
            self._touched.add(self.domain)
            self._edited(self.domain)
            self._check_now()

    def _validate_all(self) -> None:
        for field in self.labels:
            self._validate(field)

    def _validate(self, field: QLineEdit) -> None:
        text = field.text()
        hint = self.hints[field]
        problem = ""
        if not text.strip():
            problem = message("required") if field in self._touched else ""
        elif field is self.contact_email:
            verdict = check_email(text)
            problem = "" if verdict.ok else message(verdict.key, verdict.params)
        elif field is self.domain:
            self._validate_domain(text)
            return
        self._set_hint(hint, problem, error=bool(problem))
        if field is self.domain:
            self.use_suggestion.hide()
            self.punycode.clear()

    def _validate_domain(self, text: str) -> None:
        verdict = check_domain(text)
        params = dict(verdict.params)
        if verdict.suggestion:
            params["suggestion"] = verdict.suggestion
        self._set_hint(self.hints[self.domain], message(verdict.key, params), error=not verdict.ok)
        if verdict.suggestion:
            self.use_suggestion.setProperty("suggestion", verdict.suggestion)
            self.use_suggestion.setText(self.tr("&Use {domain}").format(domain=verdict.suggestion))
            self.use_suggestion.show()
        else:
            self.use_suggestion.hide()
        if verdict.ok and verdict.ascii != verdict.unicode:
            self.punycode.setText(self.tr("Some systems show it in its technical form, {ascii}: it is the same "
                                          "domain, nothing to do.").format(ascii=verdict.ascii))
        else:
            self.punycode.clear()

    def _set_hint(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty("problem", error)
        palette.tint(label, "color: {problem};" if error else "color: {done};")
        field = next(f for f, hint in self.hints.items() if hint is label)
        field.setAccessibleDescription(text)  # read after the field's name

    # --- the domain on the internet --------------------------------------------------------
    def _check_now(self) -> None:
        self._presence_timer.stop()
        domain = self.controller.state
        if not domain.domain:
            return
        label = message("presence.checking", {"domain": self._shown_domain()})
        self.controller.check_domain_presence(label)

    def _shown_domain(self) -> str:
        verdict = check_domain(self.controller.state.company.domain_input)
        return verdict.unicode or self.controller.state.domain or ""

    def _show_presence(self) -> None:
        state = self.controller.state
        domain = self._shown_domain()
        self.recheck.setVisible(bool(state.domain))
        self.registrar_links.hide()
        if not state.domain:
            self.presence.set_status(None, "")
            return
        if self.controller.tasks.is_running(PRESENCE_TASK):
            self.presence.set_status(Status.WAITING, message("presence.checking", {"domain": domain}))
            self.recheck.setEnabled(False)
            return
        self.recheck.setEnabled(True)
        # the same sentence as `mailwizard-cli presence`: one rule (core/dns/presence.presence_message)
        presence = state.domain_presence
        if presence is DomainPresence.UNCHECKED:
            self.presence.set_status(None, "")
            return
        key, params = presence_message(PresenceResult(presence, state.domain_nameservers), domain,
                                       self.controller.language)
        self.presence.set_status(PRESENCE_STATUS[presence], message(key, params))
        if presence is DomainPresence.NOT_REGISTERED:
            links = " · ".join(
                f'<a href="{html.escape(r.url)}">{html.escape(r.name.get(self.controller.language))}</a>'
                for r in registrars_for(self.controller.language, self.controller.registrars, state.domain))
            self.registrar_links.setText(self.tr("Registrars: {links}").format(links=links))
            self.registrar_links.show()

    # The busy state is shown by the shell's task bar; the page is never blocked by it.
    @property
    def busy(self) -> bool:
        return self.controller.tasks.is_running(PRESENCE_TASK)
