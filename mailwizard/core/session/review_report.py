"""The regular review's report step: the mail records checked again (core/review/mail_records.py, through the DNS
step's own check), the dated report saved as HTML and PDF (core/review/report.py; the PDF drawn by
mailwizard/render/pdf.py on the runner's worker thread), when the next review is due, and the daily scheduled
reminder (core/watch/schedule.py's REVIEW_DUE job, `mailwizard review due --notify`), registered when the admin
has a review to be reminded of and not in practice mode.

The accounts and flags come from the review step (``session.review.last()``, rev18core's) where it exists, else
from what it keeps in the store under ``review:<provider>``."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.review.due import REVIEW_DUE_KEY, DueState, clamp, today_utc
from mailwizard.core.session.review_report_events import RecordsChecked, ReportFailed, ReportSaved, ReviewDue

if TYPE_CHECKING:
    from mailwizard.core.review.mail_records import RecordsReview
    from mailwizard.core.review.model import ReviewFlag, ReviewSnapshot, StaffList
    from mailwizard.core.review.report import ReportData
    from mailwizard.core.session.session import Session
    from mailwizard.core.watch.schedule import WatchSchedule

log = logging.getLogger(__name__)

RECORDS_TASK, REPORT_TASK = "review-records", "review-report"
# (page HTML, path, *, language, images, title) → pages: mailwizard/render/pdf.write_pdf, given by the caller
PdfWriter = Callable[..., int]
# The keys this step gives (ui/messages/review_doc.py), besides the record findings' (mail_records.MESSAGE_KEYS)
MESSAGE_KEYS = ("reviewdoc.records_failed", "reviewdoc.no_domain", "reviewdoc.report_failed",
                "reviewdoc.folder_missing", "reviewdoc.window_open")  # the last: `mailwizard review` only


class ReviewReportStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._due: DueState | None = None
        self._records: RecordsReview | None = None
        self._records_for: str | None = None
        self.schedule: WatchSchedule | None = None  # the OS's daily reminder (tests inject one)
        self.today = today_utc  # the tests' clock

    def reset(self) -> None:
        """Starting over (the store is cleared already): the daily reminder goes with the rest."""
        self.session.runner.cancel(RECORDS_TASK)
        self.session.runner.cancel(REPORT_TASK)
        if self._due is not None and self._due.scheduled and self._schedule() is not None:
            self.session.submit(self.schedule.remove)
        self._due, self._records, self._records_for = None, None, None

    # --- what the store keeps -----------------------------------------------------------------------
    def _state(self) -> DueState:
        if self._due is None:
            self._due = DueState.from_json(self.session.store.get(REVIEW_DUE_KEY))
        return self._due

    def _keep(self, state: DueState) -> None:
        self._due = state
        self.session.write(REVIEW_DUE_KEY, state.to_json())

    def _records_key(self) -> str:
        return f"review-records:{self.session.state.provider_id}:{self.session.state.domain}"

    def records(self) -> RecordsReview | None:
        """The last check of the mail records for this provider and domain (kept in the store)."""
        if self._records_for != self._records_key():
            from mailwizard.core.review.mail_records import RecordsReview

            self._records_for = self._records_key()
            saved = self.session.store.get(self._records_key())
            self._records = RecordsReview.from_json(saved) if isinstance(saved, dict) else None
        return self._records

    # --- when -----------------------------------------------------------------------------------------
    def reviewable(self) -> bool:
        state = self.session.state
        return bool(state.provider_id and state.domain)

    def due(self) -> ReviewDue:
        """When the review is due. The clock starts the first time there is a set-up to review."""
        state = self._state()
        if state.last is None and state.since is None and self.reviewable():
            state = replace(state, since=self.today().isoformat())
            self._keep(state)
        due = self.reviewable() and state.is_due(self.today())
        next_due = state.next_due()
        return ReviewDue(state.last, state.interval_days, due, next_due.isoformat() if next_due else None)

    def announce_due(self) -> ReviewDue:
        """At start: the same, told to the window as an event (its Summary shows the banner when due)."""
        due = self.due()
        self.session.emit(due)
        return due

    def set_interval(self, days: int) -> ReviewDue:
        state = self._state()
        self._keep(replace(state, interval_days=clamp(days)))
        self._install_reminder()  # the admin chose how often: the daily check that tells them when
        return self.announce_due()

    def logo(self) -> str:
        """The logo the report shows: the one picked for it, else the invitations' company logo."""
        return self._state().logo or self.session.state.logo_path or ""

    def set_logo(self, path: str) -> None:
        """The admin's logo for the report (PNG, JPEG or SVG, read when the report is made); "" for none."""
        state = self._state()
        self._keep(replace(state, logo=str(path)))

    # --- the records ------------------------------------------------------------------------------------
    def check_records(self) -> None:
        """The domain's MX, SPF, DKIM and DMARC read again → RecordsChecked or ReportFailed."""
        from mailwizard.core.review.mail_records import check_records

        session = self.session
        domain = session.state.domain
        if not domain or not session.state.provider_id:
            session.emit(ReportFailed("reviewdoc.no_domain", ""))
            return
        key = self._records_key()

        def done(review: RecordsReview) -> None:
            self._records, self._records_for = review, key
            session.write(key, review.to_json())
            session.emit(RecordsChecked(review))

        coro = check_records(domain, list(session.dns.records()), session.dns_config, report_to=self._admin(),
                             provider=session.provider_name())
        session.runner.run(RECORDS_TASK, coro, label=None, on_result=done,
                           on_error=lambda exc: session.emit(ReportFailed("reviewdoc.records_failed",
                                                                          type(exc).__name__)))

    def _admin(self) -> str:
        last = self.last_review()
        if last is not None and last[0].admin_address:
            return last[0].admin_address
        return self.session.state.company.contact_email

    # --- the review's own results ------------------------------------------------------------------------
    def last_review(self) -> tuple[ReviewSnapshot, list[ReviewFlag]] | None:
        if hasattr(type(self.session), "review"):  # the review step (core/session/review.py), once it is there
            return self.session.review.last()
        return _from_store(self.session.store.get(f"review:{self.session.state.provider_id}"))

    def staff(self) -> StaffList | None:
        return self.session.review.staff() if hasattr(type(self.session), "review") else None

    # --- the report -------------------------------------------------------------------------------------
    def report_data(self, day: dt.date | None = None) -> ReportData:
        """Everything the report shows, read now (on the caller's thread: the store's cached values)."""
        from mailwizard.core.review.report import ReportData

        session = self.session
        day = day or self.today()
        last = self.last_review()
        snapshot, flags = last if last is not None else (None, [])
        state = self._state()
        return ReportData(session.state.company.name or session.shown_domain(), session.shown_domain(),
                          session.provider_name(), session.language, day, snapshot, tuple(flags), self.staff(),
                          self.records(), day + dt.timedelta(days=state.interval_days),
                          actions=self._actions(snapshot, state.last))

    def _actions(self, snapshot: ReviewSnapshot | None, since: str | None) -> tuple:
        """The changes made through MailWizard since the last review (the review step's history), each role or
        forwarding by the name the review read."""
        if not hasattr(type(self.session), "review") or not hasattr(self.session.review, "history"):
            return ()
        from mailwizard.core.review.report import ActionLine

        names: dict[tuple[str, str], str] = {}
        for account in snapshot.accounts if snapshot is not None else ():
            names.update({(account.address, r.id): r.name for r in account.admin_roles})
            names.update({(account.address, f.id): f.to for f in account.forwarding})
        lines = []
        for record in self.session.review.history():
            action = record.action
            if since and record.when[:10] < since:
                continue
            lines.append(ActionLine(action.kind, action.address,
                                    names.get((action.address, action.target), action.target), record.state,
                                    record.when))
        return tuple(lines)

    def save_report(self, folder: str, write_pdf: PdfWriter) -> None:
        """Write mailwizard-review-YYYY-MM-DD.html and .pdf into ``folder`` on the runner's worker thread →
        ReportSaved(paths) (and the review marked done today) or ReportFailed. ``write_pdf``: the PDF's drawer,
        given by the window or the command line (mailwizard/render/pdf.write_pdf: core never imports Qt)."""
        from mailwizard.core.session.runner import to_thread

        session = self.session

        async def work() -> tuple[ReportData, list[str]]:
            await to_thread(self._read_kept)  # the store read off the calling thread; the rest from what is kept
            data = self.report_data()
            return data, await to_thread(write_report, Path(folder), data, self.logo(), write_pdf)

        def done(made: tuple[ReportData, list[str]]) -> None:
            data, paths = made
            state = self._state()
            self._keep(replace(state, last=data.reviewed_on.isoformat(), told=""))
            self._install_reminder()
            session.emit(ReportSaved(paths))
            self.announce_due()

        def failed(exc: BaseException) -> None:
            key = "reviewdoc.folder_missing" if isinstance(exc, FileNotFoundError) else "reviewdoc.report_failed"
            log.error("the review report could not be saved: %s", type(exc).__name__)
            session.emit(ReportFailed(key, type(exc).__name__))

        session.runner.run(REPORT_TASK, work(), label=None, on_result=done, on_error=failed)

    def _read_kept(self) -> None:
        """Everything the report reads from the store, read once (then kept): a worker thread's work."""
        self._state()
        self.records()
        self.last_review()
        self.staff()
        if hasattr(type(self.session), "review") and hasattr(self.session.review, "history"):
            self.session.review.history()

    # --- the scheduled reminder ------------------------------------------------------------------------------
    def can_schedule(self) -> bool:
        schedule = self._schedule()
        return not self.session.surroundings.practice and schedule is not None and schedule.supported

    def _schedule(self) -> WatchSchedule | None:
        if self.schedule is None:
            from mailwizard.core.watch.schedule import WatchSchedule
            from mailwizard.core.watch.task_files import REVIEW_DUE

            self.schedule = WatchSchedule(self.session.store.directory, job=REVIEW_DUE)
        return self.schedule

    def _install_reminder(self) -> None:
        """Registered (again: the same name replaces it) on the writer thread, after the saves before it; the store
        says so once the system took it (starting over removes it then)."""
        if not self.can_schedule():
            return
        schedule = self.schedule

        def install() -> None:
            if schedule.install():
                self._keep(replace(self._state(), scheduled=True))
            else:
                log.warning("the review reminder was not registered")

        self.session.submit(install)


def write_report(folder: Path, data: ReportData, logo_path: str, write_pdf: PdfWriter) -> list[str]:
    """The HTML and the PDF, each written whole or not at all (a temporary file renamed). Worker thread."""
    import os

    from mailwizard.core.review.report import LOGO_NAME, file_stem, read_logo, report_html

    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    if logo_path:
        from dataclasses import replace

        data = replace(data, logo=read_logo(Path(logo_path)))
    stem = file_stem(data.reviewed_on)
    page, pdf = folder / f"{stem}.html", folder / f"{stem}.pdf"
    partial_html, partial_pdf = folder / f".{stem}.html.part", folder / f".{stem}.pdf.part"
    try:
        partial_html.write_text(report_html(data), encoding="utf-8")
        images = {LOGO_NAME: data.logo.data} if data.logo is not None else None
        title = f"{data.company} — {data.reviewed_on.isoformat()}"
        write_pdf(report_html(data, logo_src=LOGO_NAME), partial_pdf, language=data.language, images=images,
                  title=title)
        os.replace(partial_html, page)
        os.replace(partial_pdf, pdf)
    finally:
        for partial in (partial_html, partial_pdf):
            partial.unlink(missing_ok=True)
    return [str(page), str(pdf)]


def _from_store(saved: object) -> tuple[ReviewSnapshot, list[ReviewFlag]] | None:
    """What the review step keeps under review:<provider>: {"snapshot": …, "flags": […]} (or a bare snapshot)."""
    from mailwizard.core.review.model import ReviewFlag, ReviewSnapshot

    if not isinstance(saved, dict):
        return None
    raw = saved.get("snapshot") if isinstance(saved.get("snapshot"), dict) else saved
    if "accounts" not in raw:
        return None
    flags = []
    for item in saved.get("flags", ()) if isinstance(saved.get("flags"), list) else ():
        if isinstance(item, dict) and item.get("address") and item.get("kind"):
            flags.append(ReviewFlag(str(item["address"]), str(item["kind"]),
                                    {str(k): str(v) for k, v in (item.get("params") or {}).items()}))
    return ReviewSnapshot.from_json(raw), flags
