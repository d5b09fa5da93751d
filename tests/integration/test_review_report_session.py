"""The review's report step end to end (core/session/review_report.py): the mail records checked over the wire
and kept, the dated report saved as HTML and PDF through the runner (its text read back from the PDF), the review
marked done, when the next one is due, and the daily reminder registered (never in practice mode)."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.check import CheckConfig
from mailwizard.core.dns.probe import Vantage
from mailwizard.core.flow import Step
from mailwizard.core.review.due import REVIEW_DUE_KEY
from mailwizard.core.review.model import FACTS, ReviewFlag, ReviewSnapshot
from mailwizard.core.session.review_report_events import RecordsChecked, ReportFailed, ReportSaved, ReviewDue
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.surroundings import Surroundings
from mailwizard.core.store import Store
from mailwizard.core.watch.schedule import WatchSchedule
from mailwizard.core.watch.task_files import REVIEW_DUE
from mailwizard.render.pdf import write_pdf
from mailwizard.sandbox.dns_server import LoopbackDns
from tests import review_report_sample as sample
from tests.integration.test_dns_check import DOMAIN, VALUES, google_zone

TODAY = dt.date(2026, 12, 3)


class Recorder:
    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, argv: list[str]) -> int:
        self.commands.append(argv)
        return 0


class Practice(Surroundings):
    practice = True


def make_session(tmp_path: Path, seen: list, *, config: CheckConfig | None = None, practice: bool = False,
                 language: str = "en") -> Session:
    store = Store(tmp_path / "state")
    s = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                call_later=lambda _d, save: save(), dns_config=config,
                surroundings=Practice() if practice else None)
    s.language = language
    s.update(provider_id="google", domain=DOMAIN, dns_values=VALUES,
             company=replace(s.state.company, name="Acme <Trading> & Co", contact_name="Wang Fang",
                             contact_email="wangfang@example.com"))
    step = s.review_report
    step.today = lambda: TODAY
    step.schedule = WatchSchedule(store.directory, system="linux", home=tmp_path / "home", command=["/mw"],
                                  run=Recorder(), job=REVIEW_DUE)
    return s


def of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def keep_review(s: Session) -> None:
    """What the review step keeps: the sample's accounts and flags."""
    flags = [{"address": f.address, "kind": f.kind, "params": f.params} for f in sample.flags()]
    s.store.put("review:google", {**sample.snapshot().to_json(), "flags": flags})


def test_the_records_are_checked_and_kept(tmp_path: Path) -> None:
    seen: list = []
    with LoopbackDns(google_zone()) as auth:
        config = CheckConfig(resolvers=(), nameservers=(Vantage("authoritative", "127.0.0.1", auth.port),),
                             timeout=0.5)
        s = make_session(tmp_path, seen, config=config)

        async def run():
            s.review_report.check_records()
            await s.runner.idle()

        asyncio.run(run())
    (checked,) = of(seen, RecordsChecked)
    assert [line.state for line in checked.review.lines] == ["ok"] * 4
    # the company's contact gets the DMARC reports where no review names the signed-in admin
    assert checked.review.dmarc_step.rua == "wangfang@example.com"
    s.flush()
    s.shutdown()
    again = make_session(tmp_path, [])
    assert again.review_report.records() == checked.review
    again.shutdown()


def test_no_domain_no_check(tmp_path: Path) -> None:
    seen: list = []
    s = make_session(tmp_path, seen)
    s.update(domain=None)
    s.review_report.check_records()
    assert [e.problem for e in of(seen, ReportFailed)] == ["reviewdoc.no_domain"]
    s.shutdown()


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_report_is_saved_as_html_and_pdf_and_the_review_is_done(tmp_path: Path, qapp, language: str) -> None:
    seen: list = []
    s = make_session(tmp_path, seen, language=language)
    keep_review(s)
    logo = tmp_path / "logo.svg"
    logo.write_bytes(sample.SVG_LOGO)
    s.review_report.set_logo(str(logo))
    folder = tmp_path / "reports"
    folder.mkdir()
    first = s.review_report.due()
    assert (first.last, first.due, first.next_due) == (None, False, "2027-03-03")  # the clock starts today

    async def run():
        s.review_report.save_report(str(folder), write_pdf)
        await s.runner.idle()

    asyncio.run(run())
    (saved,) = of(seen, ReportSaved)
    assert saved.paths == [str(folder / "mailwizard-review-2026-12-03.html"),
                           str(folder / "mailwizard-review-2026-12-03.pdf")]
    assert sorted(p.name for p in folder.iterdir()) == ["mailwizard-review-2026-12-03.html",
                                                        "mailwizard-review-2026-12-03.pdf"]  # no partial file left
    page = Path(saved.paths[0]).read_text(encoding="utf-8")
    assert "Acme &lt;Trading&gt; &amp; Co" in page and "<Trading>" not in page  # escaped
    assert "data:image/svg+xml;base64," in page
    text = "".join(p.extract_text() for p in PdfReader(saved.paths[1]).pages)
    squeezed = "".join(text.split())
    assert "old.sales@example.com" in squeezed and "AcmeTrading" in squeezed.replace("<", "").replace(">", "")
    title = {"en": "Accountreview", "zh_TW": "帳號定期檢查"}[language]
    assert title in squeezed
    due = of(seen, ReviewDue)[-1]
    assert (due.last, due.due, due.next_due) == ("2026-12-03", False, "2027-03-03")
    s.flush()
    assert s.store.get(REVIEW_DUE_KEY)["last"] == "2026-12-03"
    s.settle()
    commands = s.review_report.schedule.run.commands
    assert ["systemctl", "--user", "enable", "--now", "mailwizard-review-due.timer"] in commands
    s.settle()
    assert s.store.get(REVIEW_DUE_KEY)["scheduled"] is True
    # starting over: the reminder goes with the rest, and the review's dates too
    commands.clear()
    s.start_over()
    s.settle()
    assert ["systemctl", "--user", "disable", "--now", "mailwizard-review-due.timer"] in commands
    assert s.review_report.due().last is None
    s.shutdown()


def test_practice_registers_no_reminder_and_a_missing_folder_says_so(tmp_path: Path, qapp) -> None:
    seen: list = []
    s = make_session(tmp_path, seen, practice=True)
    keep_review(s)

    async def run(folder):
        s.review_report.save_report(folder, write_pdf)
        await s.runner.idle()

    asyncio.run(run(str(tmp_path / "nowhere")))
    assert [e.problem for e in of(seen, ReportFailed)] == ["reviewdoc.folder_missing"]
    assert s.review_report.due().last is None
    (tmp_path / "out").mkdir()
    asyncio.run(run(str(tmp_path / "out")))
    assert of(seen, ReportSaved)
    s.settle()
    assert not s.review_report.can_schedule() and s.review_report.schedule.run.commands == []
    s.shutdown()


def test_due_after_the_interval_and_the_interval_can_change(tmp_path: Path) -> None:
    seen: list = []
    s = make_session(tmp_path, seen)
    assert not s.review_report.due().due
    s.review_report.today = lambda: TODAY + dt.timedelta(days=90)
    assert s.review_report.due().due
    s.review_report.today = lambda: TODAY + dt.timedelta(days=29)
    assert not s.review_report.due().due
    changed = s.review_report.set_interval(28)
    assert changed.due and changed.interval_days == 28 and of(seen, ReviewDue)[-1] == changed
    assert s.review_report.set_interval(1).interval_days == 7  # a week at least
    s.shutdown()


def test_a_review_kept_by_the_review_step_is_read_back() -> None:
    from mailwizard.core.session.review_report import _from_store

    snap = sample.snapshot(frozenset(FACTS))
    got = _from_store({"snapshot": snap.to_json(), "flags": [{"address": "a@x.com", "kind": "departed"}]})
    assert got == (snap, [ReviewFlag("a@x.com", "departed")])
    assert _from_store(snap.to_json()) == (snap, [])
    assert _from_store(None) is None and _from_store({"other": 1}) is None
    assert isinstance(got[0], ReviewSnapshot)


def test_the_review_steps_own_results_and_history_are_used_when_it_is_there(tmp_path: Path, monkeypatch) -> None:
    """Once the review step (core/session/review.py) is in the session, the report reads its last review, its staff
    list and its history of changes (since the last review), each role and forwarding by the name it was read as."""
    from types import SimpleNamespace

    from mailwizard.core.review.model import ReviewAction

    snap = sample.snapshot()
    history = [SimpleNamespace(action=ReviewAction("remove_admin", "li.lei@example.com", "r2"), state="done",
                               when="2026-12-03T09:45:00+00:00", undoable=True),
               SimpleNamespace(action=ReviewAction("remove_forwarding", "chen.jing@example.com", "f1"),
                               state="uncertain", when="2026-12-02T09:00:00+00:00", undoable=False),
               SimpleNamespace(action=ReviewAction("suspend", "old.sales@example.com"), state="done",
                               when="2026-08-01T09:00:00+00:00", undoable=True)]
    review = SimpleNamespace(last=lambda: (snap, list(sample.flags())), staff=lambda: sample.data().staff,
                             history=lambda: history)
    monkeypatch.setattr(Session, "review", property(lambda _self: review), raising=False)
    s = make_session(tmp_path, [])
    s.store.put(REVIEW_DUE_KEY, {"last": "2026-09-01", "interval_days": 90})
    data = s.review_report.report_data()
    assert data.snapshot == snap and data.flags == sample.flags() and data.staff.source == "staff-2026-12.xlsx"
    assert [(a.kind, a.target, a.state) for a in data.actions] == [
        ("remove_admin", "User Management Admin", "done"), ("remove_forwarding", "chen.jing@gmail.com", "uncertain")]
    s.shutdown()


def test_saving_the_report_reads_the_store_off_the_calling_thread(tmp_path: Path, qapp) -> None:
    """The review kept, its history, the records and the dates are read on a worker thread: the window's thread
    never waits on the store while the writer holds it."""
    import threading

    seen: list = []
    s = make_session(tmp_path, seen)
    keep_review(s)
    folder = tmp_path / "reports"
    folder.mkdir()
    s.flush()
    on_caller: list[str] = []
    for name in ("get", "journal_all"):
        real = getattr(s.store, name)

        def watched(*args, _real=real, _name=name):
            if threading.current_thread() is threading.main_thread():
                on_caller.append(f"{_name}{args[:1]}")
            return _real(*args)

        setattr(s.store, name, watched)

    async def run():
        s.review_report.save_report(str(folder), write_pdf)
        await s.runner.idle()

    asyncio.run(run())
    (saved,) = of(seen, ReportSaved)
    assert "old.sales@example.com" in Path(saved.paths[0]).read_text(encoding="utf-8")
    assert on_caller == []
    s.shutdown()
