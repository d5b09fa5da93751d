"""Last step: what was set up, in one place, and where to manage it from now on."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from mailwizard.core.dns.check import Outstanding, outstanding
from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.plans import Needs, assess, seats_to_price
from mailwizard.ui import format as fmt
from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.activation_box import ActivationBox
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.pages.dns_records import purpose
from mailwizard.ui.pages.more_entry import MoreEntry
from mailwizard.ui.pages.review_entry import ReviewEntry
from mailwizard.ui.status import Status, status_word


class SummaryPage(WizardPage):
    step = Step.SUMMARY

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.review = ReviewEntry(controller)  # "Review accounts…"; a banner at the top when a review is due
        self.layout_.addWidget(self.review)
        self.body = QLabel(objectName="summary")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # scrolls when it is longer than a laptop's window has room for (a list of shared addresses and aliases)
        self.body_scroll = QScrollArea(objectName="summary_scroll", widgetResizable=True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(self.body)
        self.layout_.addWidget(self.body_scroll, 1)
        self.activation = ActivationBox(controller)  # who has signed in, and reminders for the rest
        self.layout_.addWidget(self.activation)
        self.more = MoreEntry(controller)  # "Move old mail in…", "Signatures and auto-replies…"
        self.layout_.addWidget(self.more)
        self.open_console = QPushButton(objectName="open_console")
        self.open_console.clicked.connect(self._open_console)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_console)
        self.layout_.addLayout(row)
        controller.stateChanged.connect(self.refresh)
        controller.dnsChecked.connect(lambda _result: self.refresh())  # records still to fix come and go
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Summary"))
        self.body_scroll.setAccessibleName(self.tr("What was set up"))
        self.activation.retranslate()
        self.review.retranslate()
        self.more.retranslate()
        self.refresh()

    def on_enter(self) -> None:
        self._show_activation(entering=True)
        self.review.start()

    def _show_activation(self, entering: bool = False) -> None:
        state = self.controller.state
        shown = bool(self.controller.members) and (state.invitations_done or state.invitations_skipped)
        self.activation.setVisible(shown)
        if shown and (entering or self.isVisible()):
            self.activation.start()

    def _show_intro(self, left: Outstanding) -> None:
        if self.controller.in_practice:
            self.intro.setText(self.tr(
                "This was practice: nothing was created at a real provider, and it is all forgotten when you close "
                "this window. To set up your company's email for real, start MailWizard without practice mode and "
                "choose your provider."))
        elif left.yours_required:  # the wizard lets people on once ownership is proven
            self.intro.setText(self.tr("Almost done: the accounts exist, but some DNS records still need you, so "
                                       "email may not arrive yet. Go back to step 3 (DNS records) and do what its "
                                       "“What to do” column says."))
        elif left.unreachable:  # offline: a check that could not read the records proves nothing either way
            self.intro.setText(self.tr("The accounts exist, but the DNS records could not be checked just now: "
                                       "the DNS servers did not answer. Check this computer's internet connection; "
                                       "the records are checked again whenever MailWizard is open."))
        else:  # the Summary opens only once every step before it is done
            self.intro.setText(self.tr("Your company email is set up. This is what was done; it stays saved on "
                                       "this computer, so you can come back to it at any time."))

    def refresh(self) -> None:
        left = self._left()  # the last DNS check, counted once for the intro and the DNS row
        self._show_intro(left)
        state, lang = self.controller.state, self.controller.language
        provider = self.controller.catalogue.provider(state.provider_id or "")
        plan = provider.plan(state.plan_id or "") if provider else None
        e = html.escape
        rows: list[tuple[str, str]] = []
        if provider and plan:
            rows.append((self.tr("Provider and plan"), e(fmt.plan_title(provider, plan, lang))))
            # the accounts that exist are what the provider bills; the headcount of step 1 only before any exists
            seats, existing = seats_to_price(state.seats, self.controller.members_existing())
            needs = Needs(seats, state.budget, state.budget_currency)
            ours = next(a for a in assess(self.controller.catalogue, needs) if a.plan is plan)
            if ours.monthly is not None:
                rows.append((self.tr("Estimated cost"), e(self._cost(fmt.money(ours.monthly, state.budget_currency),
                                                                     seats, existing))))
            else:
                rows.append((self.tr("Estimated cost"), self.tr('<a href="{url}">check current price</a>').format(
                    url=e(provider.links["pricing"]))))
        company = state.company
        rows += [
            (self.tr("Company"), e(company.name)),
            (self.tr("Contact"), e(f"{company.contact_name} <{company.contact_email}>")),
        ]
        if state.domain:
            shown = self.controller.shown_domain()
            domain_text = e(shown) if shown == state.domain else e(self.tr("{name} ({ascii})").format(
                name=shown, ascii=state.domain))
            practice = self.controller.in_practice
            found = {
                DomainPresence.EXISTS: (Status.DONE, self.tr("found at practice mode's own DNS server") if practice
                                        else self.tr("exists on the internet")),
                DomainPresence.NO_NAMESERVERS: (Status.ACTION, self.tr("has no DNS servers yet")),
                DomainPresence.UNREACHABLE: (Status.WAITING, self.tr("not checked yet: no network")),
            }.get(state.domain_presence)
            if found:
                domain_text = self.tr("{domain} — {status}").format(domain=domain_text,
                                                                    status=e(self._said(found[0], found[1])))
            rows.append((self.tr("Domain"), domain_text))
        result = self.controller.dns_result
        if state.dns_all_ok and result is not None and result.left_out:
            names = QCoreApplication.translate("DnsPage", ", ").join(purpose(r.record.key) for r in result.left_out)
            rows.append((self.tr("DNS records"), e(self._said(Status.DONE, self.tr(
                "all that mail needs is correct; optional and not added yet: {records}").format(records=names)))))
        elif state.dns_all_ok:
            rows.append((self.tr("DNS records"), e(self._said(Status.DONE, self.tr("all correct")))))
        elif yours := left.yours:
            rows.append((self.tr("DNS records"), e(self._said(Status.ACTION, self.tr(
                "1 record to add or fix on step 3") if yours == 1 else self.tr(
                "{n} records to add or fix on step 3").format(n=yours)))))
        elif state.dns_verified:  # Finish closes the app: the watch goes on when MailWizard is open again
            rows.append((self.tr("DNS records"), e(self._said(Status.WAITING, self.tr(
                "ownership proven; the other records are still on their way, and MailWizard checks them again "
                "whenever it is open")))))
        if self.controller.members:
            rows.append((self.tr("Members"), e(self.tr("{created} of {total} accounts exist").format(
                created=self.controller.members_existing(), total=len(self.controller.members)))))
        rows += self._shared_rows()
        if state.invitations_skipped:
            rows.append((self.tr("Invitations"), e(self.tr(
                "not sent by email: the hand-over sheets were given out instead"))))
        elif state.invitations_done:
            rows.append((self.tr("Invitations"), e(self._said(Status.DONE, self.tr("all sent")))))
        # both cells padded alike: the value had sat 3 px above its label
        table = "".join(f"<tr><td style='padding:3px 16px 3px 0'><b>{e(k)}</b></td>"
                        f"<td style='padding:3px 0'>{v}</td></tr>" for k, v in rows)
        next_steps = ""
        practice = self.controller.in_practice
        if provider and not practice:  # practice has no console to go back to
            next_steps = "<p>" + self.tr(
                'Later, to add or remove people, reset a password or change a plan, sign in to the '
                '<a href="{console}">{provider} admin console</a> as the administrator.').format(
                provider=e(provider.name.get(lang)), console=e(provider.links["admin_console"])) + "</p>"
        self.body.setText(f"<table>{table}</table>{next_steps}")
        self.open_console.setVisible(provider is not None and not practice)
        self._show_activation()
        if provider is not None:
            self.open_console.setText(self.tr("&Open the {provider} admin console").format(
                provider=provider.name.get(lang)))

    def _shared_rows(self) -> list[tuple[str, str]]:
        """The shared addresses and who they reach; the aliases, per member."""
        from mailwizard.core.members.shared import alias_parts
        from mailwizard.ui import shared_text

        c, e = self.controller, html.escape
        domain, shown = c.state.domain or "", c.shown_domain()
        rows = []
        lines = shared_text.summary_lines(c.shared_addresses(), c.members, domain, shown, c.shared_statuses(),
                                          c.shared_delivery())
        if lines:
            rows.append((self.tr("Shared addresses"), "<br>".join(e(line) for line in lines)))
        aliases = [self.tr("{name}: {addresses}").format(
            name=m.display_name or m.local_part, addresses=shared_text.comma().join(
                f"{a}@{shown or domain}" for a in alias_parts(m.aliases))) for m in c.members if m.aliases]
        if aliases:
            rows.append((self.tr("Aliases"), "<br>".join(e(line) for line in aliases)))
        return rows

    def _cost(self, cost: str, seats: int, existing: bool) -> str:
        if existing:
            return (self.tr("{cost} a month for the 1 account that exists") if seats == 1 else self.tr(
                "{cost} a month for the {n} accounts that exist")).format(cost=cost, n=seats)
        return (self.tr("{cost} a month for 1 person (the number planned in step 1; no account exists yet)")
                if seats == 1 else self.tr("{cost} a month for {n} people (the number planned in step 1; no account "
                                           "exists yet)")).format(cost=cost, n=seats)

    def _left(self) -> Outstanding:
        """The DNS records not right yet, as the last check saw them (none before any check)."""
        result, state = self.controller.dns_result, self.controller.state
        if result is None or state.dns_all_ok:
            return Outstanding(0, 0, 0)
        return outstanding(result, state.dns_verified)

    def _said(self, status: Status, detail: str) -> str:
        return self.tr("{status}: {detail}").format(status=status_word(status), detail=detail)

    def _open_console(self) -> None:
        provider = self.controller.catalogue.provider(self.controller.state.provider_id or "")
        if provider is not None:
            QDesktopServices.openUrl(QUrl(provider.links["admin_console"]))
