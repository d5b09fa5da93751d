"""`mailwizard review check|report|due` (cli_review.py): the same session functions as the window, JSON out; the
scheduled reminder tells once per due period, leaves a folder the window has open alone, and removes itself when
there is no set-up left to review."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from mailwizard import cli_review
from mailwizard.cli import main
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.folder_lock import FolderLock
from mailwizard.core.review.due import REVIEW_DUE_KEY, today_utc
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.state import LANGUAGE_KEY
from mailwizard.core.store import Store
from mailwizard.core.watch.schedule import WatchSchedule
from mailwizard.core.watch.task_files import REVIEW_DUE
from mailwizard.sandbox.dns_server import LoopbackDns
from tests import review_report_sample as sample
from tests.integration.test_dns_check import DOMAIN, VALUES, google_zone


class Recorder:
    def __init__(self) -> None:
        self.commands: list[list[str]] = []
        self.told: list[tuple[str, str]] = []

    def __call__(self, argv: list[str]) -> int:
        self.commands.append(argv)
        return 0

    async def notify(self, title: str, body: str) -> bool:
        self.told.append((title, body))
        return True


@pytest.fixture(autouse=True)
def _app(qapp):
    """The application the window has (and the report's command makes first): speaking() then makes no plain one."""
    return qapp


@pytest.fixture
def recorder(monkeypatch, tmp_path: Path) -> Recorder:
    rec = Recorder()
    monkeypatch.setattr(cli_review, "NOTIFY", rec.notify)
    monkeypatch.setattr(cli_review, "SCHEDULE", WatchSchedule(tmp_path / "state", system="linux",
                                                              home=tmp_path / "home", command=["/mw"], run=rec,
                                                              job=REVIEW_DUE))
    return rec


def saved_work(folder: Path, *, since_days: int | None = 100, language: str = "en") -> None:
    store = Store(folder)
    s = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), call_later=lambda _d, save: save())
    s.update(provider_id="google", domain=DOMAIN, dns_values=VALUES,
             company=replace(s.state.company, name="Acme Trading", contact_email="boss@example.com"))
    if since_days is not None:
        s.write(REVIEW_DUE_KEY, {"since": (today_utc() - dt.timedelta(days=since_days)).isoformat(),
                                 "interval_days": 90})
    s.write(LANGUAGE_KEY, language)
    s.write("review:google", {**sample.snapshot().to_json(),  # as the review step keeps it
                              "flags": [{"address": f.address, "kind": f.kind} for f in sample.flags()]})
    s.shutdown()
    store.close()


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["review", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_the_reminder_tells_once_per_due_period_in_the_admins_language(tmp_path, capsys, recorder) -> None:
    state = tmp_path / "state"
    saved_work(state, language="zh_TW")
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert code == 1 and out["outcome"] == "due" and out["told"] and out["last"] is None
    assert recorder.told == [("該檢查郵件帳號了",
                              f"該檢查 {DOMAIN} 的郵件帳號了。請開啟 MailWizard，選擇「檢查帳號」。")]
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert code == 1 and not out["told"] and len(recorder.told) == 1  # told once for this due period
    assert recorder.commands == []


def test_two_runs_reading_at_once_tell_once_and_keep_what_the_window_saved(tmp_path, capsys, recorder,
                                                                            monkeypatch) -> None:
    """Each run reads what was saved before it tells; a run whose read is stale (another run, or the window, wrote
    between its read and its write) neither tells again nor writes its stale state back."""
    from mailwizard.core.review import due as due_module
    from mailwizard.core.store import peek

    state = tmp_path / "state"
    saved_work(state)
    real_read = due_module.read_due
    stale = real_read(state)  # read before any run told: told == ""
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert out["told"] and len(recorder.told) == 1
    monkeypatch.setattr(due_module, "read_due", lambda _folder: stale)  # the second run read at the same time
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert code == 1 and not out["told"] and len(recorder.told) == 1
    # the window did the review meanwhile: a run that read before that leaves it as the window saved it
    store = Store(state)
    done = {**store.get(REVIEW_DUE_KEY), "last": today_utc().isoformat(), "told": ""}
    store.put(REVIEW_DUE_KEY, done)
    store.close()
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert not out["told"] and len(recorder.told) == 1
    assert peek(state, (REVIEW_DUE_KEY,))[REVIEW_DUE_KEY]["last"] == today_utc().isoformat()


def test_the_scheduled_command_reaches_the_command_line(tmp_path, capsys, recorder) -> None:
    """The schedule runs the app itself (`MailWizard review due --notify …`, `python -m mailwizard review due …`)."""
    from mailwizard.app import main as app_main

    state = tmp_path / "state"
    saved_work(state)
    assert app_main(["review", "due", "--notify", "--state-dir", str(state), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["told"] and len(recorder.told) == 1


def test_not_due_yet_tells_nothing(tmp_path, capsys, recorder) -> None:
    state = tmp_path / "state"
    saved_work(state, since_days=10)
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert code == 0 and out["outcome"] == "not_due" and recorder.told == []
    assert out["next_due"] == (today_utc() + dt.timedelta(days=80)).isoformat()


def test_the_window_open_is_left_alone(tmp_path, capsys, recorder) -> None:
    state = tmp_path / "state"
    saved_work(state)
    with FolderLock(state):
        code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert code == 4 and out["outcome"] == "window_open" and recorder.told == []


def test_nothing_left_to_review_removes_the_reminder(tmp_path, capsys, recorder) -> None:
    state = tmp_path / "state"
    state.mkdir()
    code, out = run(capsys, "due", "--notify", "--state-dir", str(state))
    assert code == 2 and out["outcome"] == "nothing" and recorder.told == []
    assert ["systemctl", "--user", "disable", "--now", "mailwizard-review-due.timer"] in recorder.commands


def test_check_reads_the_records_and_says_what_drifted(tmp_path, capsys) -> None:
    state = tmp_path / "state"
    saved_work(state)
    zone = google_zone()
    zone.set(f"google._domainkey.{DOMAIN}", "TXT")
    with LoopbackDns(zone) as auth:
        code, out = run(capsys, "check", "--state-dir", str(state), "--nameserver", f"127.0.0.1:{auth.port}",
                        "--resolver", f"127.0.0.1:{auth.port}",
                        "--timeout", "0.5", "--lang", "en")
    assert code == 1 and out["drift"] == 1
    dkim = next(r for r in out["records"] if r["purpose"] == "dkim")
    assert dkim["key"] == "reviewdoc.dkim_missing"
    assert dkim["text"] == "Gone: mail is no longer signed. Add the DKIM record from Google Workspace again."
    assert out["dmarc_step"]["proposed"] == "v=DMARC1; p=quarantine; rua=mailto:boss@example.com"
    with FolderLock(state):
        code, out = run(capsys, "check", "--state-dir", str(state))
    assert code == 4 and out["key"] == "reviewdoc.window_open"


def test_report_saves_both_files_and_marks_the_review_done(tmp_path, capsys, qapp, recorder) -> None:
    state, folder = tmp_path / "state", tmp_path / "out"
    folder.mkdir()
    saved_work(state)
    logo = tmp_path / "logo.png"
    logo.write_bytes(sample.PNG_1PX)
    code, out = run(capsys, "report", "--state-dir", str(state), "--folder", str(folder), "--logo", str(logo))
    day = today_utc().isoformat()
    assert code == 0 and out["paths"] == [str(folder / f"mailwizard-review-{day}.html"),
                                          str(folder / f"mailwizard-review-{day}.pdf")]
    assert "data:image/png;base64," in Path(out["paths"][0]).read_text(encoding="utf-8")
    code, out = run(capsys, "due", "--state-dir", str(state))
    assert code == 0 and out["last"] == day
