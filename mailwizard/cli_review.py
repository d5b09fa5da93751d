"""`mailwizard review check|report|due [--state-dir DIR]`: the regular review's report step without a window,
through the same session functions (core/session/review_report.py), JSON out like the other commands.

    review check [--resolver IP[:PORT]] [--nameserver IP[:PORT]]   the mail records again (exit 0 as set up,
                                                                   1 something drifted, 2 could not check)
    review report [--folder DIR] [--logo FILE]                     the dated HTML and PDF (exit 0, 2 not saved)
    review due [--notify]                                          whether a review is due (exit 0 not due, 1 due);
                                                                   --notify tells the desktop once per due period
                                                                   (the daily scheduled reminder runs this)
Each exits 4 when MailWizard's window has the saved work open (check and report need it to themselves; the due
reminder leaves it to the window, which says it at its start), 2 when nothing is saved there."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailwizard.cli_text import said

if TYPE_CHECKING:
    from mailwizard.core.watch.notifier import Notify
    from mailwizard.core.watch.schedule import WatchSchedule

# injected by the tests: a notifier that records, the reminder's schedule with a command runner that records
NOTIFY: Notify | None = None
SCHEDULE: WatchSchedule | None = None
OPEN, NOTHING = 4, 2


def add_review_parser(sub, lang: argparse.ArgumentParser) -> None:
    review = sub.add_parser("review", help="the regular review of the accounts: mail records, report, reminder")
    review_sub = review.add_subparsers(dest="review_command", required=True)
    common = argparse.ArgumentParser(add_help=False, parents=[lang])
    common.add_argument("--state-dir", type=Path, help="the wizard's saved state (default: the app's)")
    common.add_argument("--json", action="store_true")
    check = review_sub.add_parser("check", parents=[common], help="check the mail records (MX, SPF, DKIM, DMARC)")
    check.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]")
    check.add_argument("--nameserver", action="append", default=[], metavar="IP[:PORT]")
    check.add_argument("--timeout", type=float, default=2.0)
    report = review_sub.add_parser("report", parents=[common], help="save the dated review report (HTML and PDF)")
    report.add_argument("--folder", type=Path, default=Path.cwd(), help="where to save it (default: here)")
    report.add_argument("--logo", help="the company's logo (PNG, JPEG or SVG), kept for the next reports")
    due = review_sub.add_parser("due", parents=[common], help="whether the regular review is due")
    due.add_argument("--notify", action="store_true", help="tell the desktop, once per due period")


def prepare(args: argparse.Namespace) -> None:
    """Before the translations are loaded: a report's PDF needs a QGuiApplication, which must come first."""
    if args.review_command == "report":
        from mailwizard.render.pdf import ensure_app

        ensure_app()


def state_dir(given: Path | None) -> Path:
    if given is not None:
        return given
    from mailwizard.core.user_dirs import data_dir

    return data_dir()


def review(args: argparse.Namespace) -> int:
    if args.review_command == "due":
        return _due(args)
    return asyncio.run(_with_session(args))


async def _with_session(args: argparse.Namespace) -> int:
    from mailwizard.core.catalogue import load_catalogue
    from mailwizard.core.flow import Step
    from mailwizard.core.folder_lock import AlreadyOpen, FolderLock
    from mailwizard.core.session.review_report_events import RecordsChecked, ReportFailed, ReportSaved
    from mailwizard.core.session.runner import LoopRunner
    from mailwizard.core.session.session import Session
    from mailwizard.core.store import Store, StoreError

    folder = state_dir(args.state_dir)
    try:
        lock = FolderLock(folder).acquire()
    except AlreadyOpen:
        return _out({"ok": False, **said("reviewdoc.window_open")}, args.json, OPEN)
    except StoreError as exc:
        return _out({"ok": False, **said(f"save.{exc.problem.value}", exc.params())}, args.json, NOTHING)
    seen: list[Any] = []
    config = None
    if args.review_command == "check" and (args.resolver or args.nameserver):
        from mailwizard.core.dns.service import check_config

        config = check_config(args.resolver, args.nameserver, timeout=args.timeout)
    store = Store(folder)
    runner = LoopRunner()
    session = Session(store, load_catalogue(), runner, frozenset(Step), emit=seen.append,
                      call_later=lambda _delay, _save: None, dns_config=config)
    session.language = args.lang
    step = session.review_report
    try:
        if args.review_command == "check":
            step.check_records()
        else:
            if args.logo:
                step.set_logo(str(Path(args.logo).resolve()))
            from mailwizard.render.pdf import write_pdf

            step.save_report(str(args.folder.resolve()), write_pdf)
        await runner.idle()
    finally:
        runner.cancel_all()
        session.shutdown()  # the step's writes on disk (the wizard's state is written back as it was read)
        store.close()
        lock.release()
    failed = next((e for e in seen if isinstance(e, ReportFailed)), None)
    if failed is not None:
        return _out({"ok": False, **said(failed.problem)}, args.json, NOTHING)
    checked = next((e for e in seen if isinstance(e, RecordsChecked)), None)
    if checked is not None:
        return _records(checked.review, session.provider_name(), args.json)
    saved = next(e for e in seen if isinstance(e, ReportSaved))
    due = step.due()
    return _out({"ok": True, "paths": saved.paths, "next_due": due.next_due}, args.json, 0,
                text="\n".join(saved.paths))


def _records(review, provider: str, as_json: bool) -> int:
    lines = [{"record": line.key, "purpose": line.purpose, "name": line.name, "state": line.state,
              **said(line.message_key, {**line.params, "provider": line.params.get("provider") or provider})}
             for line in review.lines]
    out: dict[str, Any] = {"ok": True, "domain": review.domain, "checked_at": review.checked_at,
                           "drift": len(review.drift), "unread": review.unread, "records": lines}
    step = review.dmarc_step
    if step is not None:
        out["dmarc_step"] = {"kind": step.kind, "name": step.name, "current": step.current,
                             "proposed": step.proposed, "rua": step.rua,
                             **said(step.message_key, {**step.params, "provider": step.provider or provider})}
    text = "\n".join(f"{line['name']} ({line['purpose'].upper()}): {line['text']}" for line in lines)
    if step is not None:
        text += f"\n\n{out['dmarc_step']['text']}\n{step.name} TXT {step.proposed}"
    return _out(out, as_json, 1 if review.drift or review.unread else 0, text=text)


def _due(args: argparse.Namespace) -> int:
    from mailwizard.core.folder_lock import AlreadyOpen
    from mailwizard.core.review.due import read_due, tell_once, today_utc

    folder = state_dir(args.state_dir)
    saved = read_due(folder)
    if isinstance(saved, AlreadyOpen):
        return _out({"ok": False, "outcome": "window_open"}, args.json, OPEN)
    if saved is None or not saved.domain or not saved.provider_id:
        if args.notify:  # started over, or gone: the reminder has nothing to remind of any more
            _schedule(folder).remove()
        return _out({"ok": False, "outcome": "nothing"}, args.json, NOTHING)
    state = saved.state
    next_due = state.next_due()
    due = state.is_due(today_utc())
    told = False
    period = next_due.isoformat() if next_due is not None else ""
    # written before it is told: a run killed in between tells nothing twice
    if args.notify and due and state.told != period and tell_once(folder, period):
        from mailwizard.core.domains import check_domain
        from mailwizard.core.review.report import reminder

        title, body = reminder(args.lang, check_domain(saved.domain).unicode or saved.domain, state.last)
        asyncio.run(_notify(title, body))
        told = True
    out = {"ok": True, "outcome": "due" if due else "not_due", "last": state.last,
           "interval_days": state.interval_days, "next_due": next_due.isoformat() if next_due else None,
           "told": told}
    return _out(out, args.json, 1 if due else 0, text=out["outcome"])


def _schedule(folder: Path) -> WatchSchedule:
    if SCHEDULE is not None:
        return SCHEDULE
    from mailwizard.core.watch.schedule import WatchSchedule
    from mailwizard.core.watch.task_files import REVIEW_DUE

    return WatchSchedule(folder, job=REVIEW_DUE)


async def _notify(title: str, body: str) -> None:
    if NOTIFY is not None:
        await NOTIFY(title, body)
        return
    from mailwizard.core.watch.notifier import desktop_notify

    await desktop_notify(title, body)


def _out(out: dict[str, Any], as_json: bool, code: int, *, text: str | None = None) -> int:
    if as_json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(text if text is not None else out.get("text", out.get("outcome", "")),
              file=sys.stdout if code in (0, 1) else sys.stderr)
    return code
