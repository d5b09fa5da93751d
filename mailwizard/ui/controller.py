"""The window's adapter to the session (core/session): turns the session's events into Qt signals, lends it the
window's task runner and save timer, and passes the pages' intents on. It holds no rules and no state."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from mailwizard.core.session.session import Session

if TYPE_CHECKING:
    from mailwizard.core.catalogue import Catalogue
    from mailwizard.core.dns.check import CheckConfig, CheckResult
    from mailwizard.core.dns.config import ResolverConfig
    from mailwizard.core.flow import Step, WizardState
    from mailwizard.core.members.model import Member
    from mailwizard.core.session.events import Event
    from mailwizard.core.session.surroundings import Surroundings
    from mailwizard.core.store import Store
    from mailwizard.ui.tasks import TaskRunner


class WizardController(QObject):
    """Signals: ``stateChanged()`` after any change; ``presenceChanged(object)`` with a ``PresenceResult`` (or
    None while checking); ``dnsChecked(object)`` with each DNS ``CheckResult``; ``saveFailed(str, str, object)``
    (reason, message key, params); the provider's, the members' and the invitations' results below. Each carries a
    core/session/events event."""

    stateChanged = Signal()
    presenceChanged = Signal(object)
    dnsChecked = Signal(object)
    saveFailed = Signal(str, str, object)
    importFileSaved = Signal(str, bool, int)  # path, whether it holds temporary passwords, how many files
    importFileFailed = Signal(str, dict)    # message key, params
    connectionChanged = Signal(str, object)  # message key ("" when fine), its params
    secretsInMemory = Signal(str)            # message key: the sign-in is kept only until MailWizard closes
    licensesLoaded = Signal(object)          # list of LicenseOption
    seatsLoaded = Signal(object)             # Seats bought and in use, or None
    existingLoaded = Signal(object)          # set of local parts that already exist at the provider
    membersProgress = Signal(object)         # BulkReport while accounts are being created
    membersFinished = Signal(object)         # the final BulkReport
    departmentsLoaded = Signal(list)         # the provider's department names
    groupsLoaded = Signal(list)              # the provider's team groups (TeamGroup)
    invitationsProgress = Signal(object)     # SendReport (None: statuses read again)
    invitationsFinished = Signal(object)     # the final SendReport, or None
    invitationProblem = Signal(str, object)  # message key, params
    testSent = Signal(str, object)            # "" when the test went out, else why not (message key, params)
    # "Set up the records for me" (core/session/dns_apply.py; events in core/session/dns_apply_events.py)
    dnsCredentialChecked = Signal(bool, object, str)  # ok, problem (None, or its key is "dnshost.<problem>"), detail
    dnsApplyPreview = Signal(list, list)       # Changes, warnings (message key, params)
    dnsApplyProgress = Signal(int, int, object)  # done, total, the Change just finished
    dnsApplyDone = Signal(int)                 # changes applied
    dnsApplyFailed = Signal(str, str, int, object)  # problem ("dnshost.<problem>"), detail, steps done, params
    dnsUndoDone = Signal()
    # who has signed in (core/session/activation.py; events in core/session/activation_events.py)
    activationRead = Signal(object)            # ActivationReport
    activationFailed = Signal(str, str)        # message key, detail (for the log)
    remindProgress = Signal(int, int)          # done, total
    remindDone = Signal(int, object, object)   # sent, uncertain addresses, failed [(address, message key)]
    # the account review (core/session/review.py; events in core/session/review_events.py)
    reviewRead = Signal(object, object)        # ReviewSnapshot, [ReviewFlag]
    reviewFailed = Signal(str, str, object)    # message key, detail (for the log), params
    staffRead = Signal(object)                 # StaffList
    reviewActionDone = Signal(object, bool)    # ReviewAction, undoable
    reviewActionUndone = Signal(object)        # ReviewAction
    reviewActionUncertain = Signal(object, bool)  # ReviewAction, whether it was the undo
    # the review's mail records, report and reminder (core/session/review_report.py, review_report_events.py)
    recordsChecked = Signal(object)            # RecordsReview (lines with drift, the DMARC step)
    reportSaved = Signal(list)                 # [the HTML's path, the PDF's path]
    reviewDue = Signal(object, int, bool, object)  # last review (ISO or None), interval days, due, next due (ISO)
    reportFailed = Signal(str, str)            # message key (reviewdoc.*), detail (for the log)
    # signatures and leave auto-replies (core/session/signatures.py; events in core/session/signatures_events.py)
    signatureDesignChanged = Signal()
    signatureProgress = Signal(str, int, int)          # kind, done, total
    signatureInstalled = Signal(str, str)              # kind, address
    signatureUncertain = Signal(str, str)              # kind, address
    signatureFailed = Signal(str, str, str, str, object)  # kind, address ("" all), message key, detail, params
    signatureInstallFinished = Signal(str, int, int, int)  # kind, installed, uncertain, failed
    signatureFilesWritten = Signal(str, int)           # folder, members
    # moving the old mail in: the copy (core/session/migration.py; events in core/session/migration_events.py)
    copyProgress = Signal(str, int, int, int)  # new address, done, total, seconds left (-1: not known yet)
    memberCopied = Signal(str, int, int)       # new address, copied now, found there already (not sent twice)
    copyFailed = Signal(str, str, str)         # new address, message key (migration.*), detail (for the log)
    copyFinished = Signal(object)              # {address: MemberStatus}
    copyAccessChecked = Signal(object)         # {new login: "" when a token opens it, else a migration.* key}
    # moving in: the old service, its check, the provider's migration file, the cut-over
    # (core/session/migration_prep.py; events in core/session/migration_prep_events.py)
    sourceChecked = Signal(bool, str, str)     # ok, message key (migprep.check.*; "" when ok), detail (for the log)
    providerFileWritten = Signal(str, int)     # path, members in it
    providerFileRemoved = Signal(str, bool)    # path, whether there was a file
    cutoverAdvice = Signal(object)             # core/migration/cutover.CutoverPlan
    migprepFailed = Signal(str, str, object)   # message key (migprep.*), detail (for the log), params
    # shared addresses and aliases (core/session/shared.py): created in the members' run
    sharedProgress = Signal(object)            # SharedReport while shared addresses and aliases are being made
    sharedFinished = Signal(object)            # the final SharedReport (its refused: the problems that stopped it)
    sharedChecked = Signal(object)             # [SharedProblem]: the provider's clashes (shared.clash_existing)

    def __init__(self, store: Store, catalogue: Catalogue, resolvers: ResolverConfig, tasks: TaskRunner,
                 enabled: frozenset[Step], dns_config: CheckConfig | None = None, connections=None,
                 surroundings: Surroundings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._save_timer = QTimer(self, singleShot=True)
        self._save_timer.timeout.connect(self._timer_fired)
        self._due: Any = None
        self.session = Session(store, catalogue, tasks, enabled, resolvers=resolvers, dns_config=dns_config,
                               connections=connections, surroundings=surroundings, emit=self._relay,
                               call_later=self._call_later)
        self.connectionChanged.connect(self._connected)

    def _connected(self, key: str, _params: object) -> None:
        """Signed in (again): review actions a crash or a lost answer left half-way are settled by reading their
        accounts, never sent again (core/session/review.py)."""
        if not key and self.session.provider.api is not None:
            self.session.review.resume()

    def _relay(self, event: Event) -> None:
        getattr(self, event.signal).emit(*event.args())  # from the writer thread too: Qt queues it

    def _call_later(self, seconds: float, callback) -> None:
        self._due = callback
        self._save_timer.start(int(seconds * 1000))

    def _timer_fired(self) -> None:
        callback, self._due = self._due, None
        if callback is not None:
            callback()

    @property
    def in_practice(self) -> bool:
        """A rehearsal against the sandbox: the window says so, and offers no real console."""
        return self.session.surroundings.practice

    @property
    def surroundings(self) -> Surroundings:
        return self.session.surroundings

    # --- what pages read ---------------------------------------------------------------------------
    @property
    def state(self) -> WizardState:
        return self.session.state

    @property
    def store(self) -> Store:
        return self.session.store

    @property
    def catalogue(self) -> Catalogue:
        return self.session.catalogue

    @property
    def enabled(self) -> frozenset[Step]:
        return self.session.enabled

    @property
    def language(self) -> str:
        return self.session.language

    @language.setter
    def language(self, value: str) -> None:
        self.session.language = value

    @property
    def connections(self):
        return self.session.connections

    @connections.setter
    def connections(self, value) -> None:
        self.session._connections = value  # the tests' and the self-test's own servers

    @property
    def resolvers(self) -> ResolverConfig:
        return self.session.resolvers

    @resolvers.setter
    def resolvers(self, value: ResolverConfig) -> None:
        self.session._resolvers_source = value

    @property
    def dns_config(self) -> CheckConfig:
        return self.session.dns_config

    @dns_config.setter
    def dns_config(self, value: CheckConfig) -> None:
        self.session._dns_config_source = value

    @property
    def members(self) -> list[Member]:
        return self.session.members.members

    @property
    def member_list(self) -> tuple[Member, ...]:
        return self.session.member_list

    @property
    def new_passwords(self) -> dict[str, str]:
        return self.session.members.new_passwords

    @property
    def provider_profile(self):
        """The chosen provider's differences, as data (core/provider_profile.py)."""
        return self.session.provider.profile

    @property
    def provider(self):
        return self.session.provider.api

    @property
    def existing_users(self) -> set[str]:
        return self.session.provider.existing_users

    @property
    def dns_result(self) -> CheckResult | None:
        return self.session.dns.result

    @property
    def registrars(self):
        return self.session.domain.registrars

    # --- intents, passed on ------------------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        """The pages' intents and questions: each is the session's (or one of its steps') method of that name,
        listed once in INTENTS."""
        target, session = INTENTS.get(name), self.__dict__.get("session")
        if target is None or session is None:
            raise AttributeError(name)
        step, _, method = target.rpartition(".")
        return getattr(getattr(session, step) if step else session, method)

    def save_text_file(self, path: Path, text: str, *, then_open: bool = False) -> None:
        """Write an export off the UI thread; open it afterwards if asked (a printable page)."""
        from mailwizard.core.session.runner import to_thread

        def opened(_result: object) -> None:
            if then_open:
                from PySide6.QtCore import QUrl  # not before the first frame: QUrl's enums cost ~1 ms
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.tasks.run(f"save-{path.name}", to_thread(path.write_text, text, encoding="utf-8"), label=None,
                       on_result=opened,
                       on_error=lambda exc: self.saveFailed.emit(str(exc), "save.failed", {}))

    def save_review_report(self, folder: str) -> None:
        """The dated review report into ``folder`` (→ reportSaved or reportFailed), its PDF drawn by Qt."""
        from mailwizard.render.pdf import write_pdf

        self.session.review_report.save_report(folder, write_pdf)

    def cancel_dns_apply(self) -> None:
        """Cancel in the key check, the reading or the run: its task stops; a run stopped half-way is resumed by
        applying again (the session's journal knows what was done)."""
        from mailwizard.core.session import dns_apply

        for task in (dns_apply.CREDENTIAL_TASK, dns_apply.PREVIEW_TASK, dns_apply.APPLY_TASK, dns_apply.UNDO_TASK):
            self.tasks.cancel(task)
        self.session.changed()

    def dns_apply_busy(self) -> bool:
        """A key check, a reading, a run or an undo under way (without reading the store)."""
        from mailwizard.core.session import dns_apply

        return any(self.tasks.is_running(task) for task in (dns_apply.CREDENTIAL_TASK, dns_apply.PREVIEW_TASK,
                                                             dns_apply.APPLY_TASK, dns_apply.UNDO_TASK))

    def check_activation_at_start(self) -> None:
        """Who has signed in since, read once at the app's start while someone has not (off the UI thread)."""
        state = self.session.state
        if state.invitations_done or state.invitations_skipped:  # else nobody is invited: nothing loaded at all
            self.session.activation.check_once()

    def shutdown(self) -> None:
        if self.session.closed:
            return
        self._save_timer.stop()
        self.session.shutdown()


# page-facing name → the session's method ("step.method", or "method" on the session itself)
INTENTS = {
    "update": "update", "steps": "steps", "can_go_next": "can_go_next", "go_next": "go_next",
    "go_back": "go_back", "go_to": "go_to", "start_over": "start_over", "save_language": "save_language",
    "set_language": "set_language",
    "flush": "flush", "save_problem": "save_problem", "provider_name": "provider_name", "shown_domain": "shown_domain",
    # provider
    "choose_plan": "provider.choose_plan", "can_connect": "provider.can_connect",
    "connect_provider": "provider.connect", "sign_in_simply": "provider.signs_in_simply",
    "sign_in_with_builtin_app": "provider.sign_in",
    "oauth_client_id": "provider.client_id", "service_account_administrator": "provider.administrator",
    "connect_app": "provider.connect_app", "provider_sites": "provider.sites", "default_site": "provider.default_site",
    "saved_app_id": "provider.saved_app_id", "connect_known_app": "provider.connect_known",
    "connect_service_account": "provider.connect_service_account",
    "restore_connection": "provider.restore", "provider_binds_domain": "provider.binds_domain",
    "members_by_hand": "provider.by_hand", "member_presets": "provider.member_presets",
    "taken_by_others": "provider.taken_by_others",
    "disconnect_provider": "provider.disconnect", "load_existing_users": "provider.load_existing_users",
    "load_groups": "provider.load_groups", "load_departments": "provider.load_departments",
    "load_licenses": "provider.load_licenses", "bind_domain": "provider.bind_domain",
    "load_seats": "provider.load_seats", "quota_shown": "provider.quota_shown", "seat_check": "members.seat_check",
    "verify_with_provider": "provider.verify",
    # domain
    "set_company": "domain.set_company", "company_is_sample": "domain.is_sample",
    "use_sample_company": "use_sample_company", "set_domain_input": "domain.set_domain_input",
    "asks_country": "domain.asks_country", "company_country": "domain.country", "set_country": "domain.set_country",
    "check_domain_presence": "domain.check_presence", "cancel_presence_check": "domain.cancel_presence_check",
    # dns
    "dns_records": "dns.records", "set_dns_value": "dns.set_value", "resolver_list": "dns.resolver_list",
    "set_resolver_list": "dns.set_resolver_list", "start_dns_watch": "dns.start_watch",
    "check_dns_now": "dns.check_now", "stop_dns_watch": "dns.stop_watch", "next_dns_check_in": "dns.next_check_in",
    "saved_dns_snapshot": "dns.saved_snapshot",
    # dns applied for you
    "dns_apply_offer": "dns_apply.offer", "dns_apply_enter": "dns_apply.enter",
    "dns_host_has_credential": "dns_apply.has_credential", "set_dns_host_credential": "dns_apply.set_credential",
    "forget_dns_host_credential": "dns_apply.forget_credential", "preview_dns_apply": "dns_apply.preview",
    "apply_dns_changes": "dns_apply.apply", "undo_dns_changes": "dns_apply.undo",
    "dns_backup_snippet": "dns_apply.backup_snippet", "dns_apply_state": "dns_apply.apply_state",
    "dns_apply_changes": "dns_apply.changes",
    # the DNS watch after the window closes
    "dns_watch_pending": "dns_watch.pending", "can_schedule_dns_watch": "dns_watch.can_schedule",
    "dns_watch_scheduled": "dns_watch.scheduled", "keep_watching_dns": "dns_watch.keep_watching",
    "dns_watch_news": "dns_watch.news", "finish_setup": "dns_watch.finished",
    # invitations
    "choose_password_handover": "invitations.choose_handover",
    # who has signed in, and reminders (core/session/activation.py)
    "refresh_activation": "activation.refresh", "activation_report": "activation.report",
    "not_signed_in": "activation.not_signed_in", "remind_members": "activation.remind",
    "check_activation_once": "activation.check_once", "activation_reading": "activation.reading",
    "lend_reminder_texts": "activation.lend_texts",
    # the account review (core/session/review.py)
    "review_available": "review.available", "review_actions": "review.actions", "refresh_review": "review.refresh",
    "last_review": "review.last", "set_staff_file": "review.set_staff", "staff_list": "review.staff",
    "run_review_action": "review.run_action", "undo_review_action": "review.undo_action",
    "review_history": "review.history", "resume_review": "review.resume",
    # the review's mail records, its report, when it is due (core/session/review_report.py)
    "review_records": "review_report.records", "check_review_records": "review_report.check_records",
    "review_due": "review_report.due",
    "announce_review_due": "review_report.announce_due", "set_review_interval": "review_report.set_interval",
    "review_report_logo": "review_report.logo", "set_review_report_logo": "review_report.set_logo",
    "can_schedule_review_reminder": "review_report.can_schedule",
    # signatures and leave auto-replies (core/session/signatures.py)
    "signature_design": "signatures.design", "set_signature_design": "signatures.set_design",
    "signature_members": "signatures.members", "signature_preview": "signatures.preview",
    "autoreply_preview": "signatures.preview_autoreply", "signature_language": "signatures.language_of",
    "set_signature_logo_file": "signatures.set_logo_file", "can_install_signatures": "signatures.can_install",
    "install_signatures": "signatures.install", "signature_status": "signatures.status",
    "write_signature_files": "signatures.write_files",
    # moving the old mail in: the copy (core/session/migration.py)
    "set_copy_password": "migration.set_password", "start_copy": "migration.start", "pause_copy": "migration.pause",
    "resume_copy": "migration.resume", "cancel_copy": "migration.cancel", "copy_status": "migration.status",
    "copy_plan": "migration.plan", "copy_target": "migration.target", "copy_running": "migration.is_running",
    "copy_target_auth": "migration.target_auth", "check_copy_access": "migration.check_access",
    "copy_refused": "migration.refused",
    # moving in: the old service, its check, the provider's file, the cut-over (core/session/migration_prep.py)
    "migration_sources": "migration_prep.sources", "migration_source": "migration_prep.source",
    "check_migration_source": "migration_prep.check_source",
    "provider_file_kind": "migration_prep.provider_file_kind",
    "provider_file_steps": "migration_prep.provider_file_steps",
    "write_provider_file": "migration_prep.write_provider_file",
    "remove_provider_file": "migration_prep.remove_provider_file", "migration_cutover": "migration_prep.cutover",
    # members
    "set_members": "members.set_members", "member_statuses": "members.statuses", "members_existing": "members.existing",
    "can_create_members": "members.can_create", "members_created_in_console": "members.created_in_console",
    "import_layout": "members.import_layout",
    "save_import_file": "members.save_import_file", "read_member_file": "members.read_file",
    "create_members": "members.create",
    "pause_members": "members.pause", "cancel_members": "members.cancel",
    "forget_passwords": "members.forget_passwords", "write_off_thread": "members.write_off_thread",
    # shared addresses and aliases (core/session/shared.py)
    "shared_addresses": "shared.addresses", "set_shared_addresses": "shared.set_addresses",
    "shared_suggestions": "shared.suggestions", "shared_problems": "shared.problems",
    "check_shared_remote": "shared.check_remote", "shared_support": "shared.support",
    "shared_console_steps": "shared.console_steps", "shared_statuses": "shared.statuses",
    "shared_delivery": "shared.delivery", "shared_done": "shared.done",
}
