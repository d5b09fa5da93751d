"""`mailwizard dns watch [--state-dir DIR]`: one round of the DNS step's check for the set-up saved in the state
folder, without a window (core/watch/run.py), and the desktop told once, in the admin's language, when every
record has arrived or something is wrong. The operating system runs it every 5 minutes once the admin agrees
(core/watch/schedule.py). Exit codes: core/watch/run.Exit (0 arrived, 1 waiting, 2 nothing to watch, 3 wrong,
4 the window has the folder open)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mailwizard.core.watch.notifier import Notify
    from mailwizard.core.watch.outcome import Outcome
    from mailwizard.core.watch.schedule import WatchSchedule

# injected by the tests: a notifier that records, a schedule with a command runner that records
NOTIFY: Notify | None = None
SCHEDULE: WatchSchedule | None = None


def add_watch_parser(dns_sub, lang: argparse.ArgumentParser) -> None:
    watch = dns_sub.add_parser("watch", parents=[lang],
                               help="check the saved set-up's DNS records once and tell the desktop what changed")
    watch.add_argument("--state-dir", type=Path, help="the wizard's saved state (default: the app's)")
    watch.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]",
                       help="ask these instead of the resolvers the window asks")
    watch.add_argument("--nameserver", action="append", default=[], metavar="IP[:PORT]",
                       help="ask these instead of the domain's discovered authoritative servers")
    watch.add_argument("--timeout", type=float, default=2.0)
    watch.add_argument("--json", action="store_true")


def _state_dir(given: Path | None) -> Path:
    if given is not None:
        return given
    from platformdirs import user_data_dir

    return Path(user_data_dir("MailWizard", "MailWizard"))  # app.default_state_dir (app imports this module)


def saved_language(state_dir: Path | None) -> str | None:
    from mailwizard.core.session.state import LANGUAGE_KEY
    from mailwizard.core.store import StoreError, peek

    try:
        language = peek(_state_dir(state_dir), (LANGUAGE_KEY,)).get(LANGUAGE_KEY)
    except (StoreError, FileNotFoundError):
        return None
    return language if language in ("en", "zh_CN", "zh_TW") else None


def dns_watch(args: argparse.Namespace) -> int:
    import asyncio

    from mailwizard.core.dns.service import check_config
    from mailwizard.core.folder_lock import AlreadyOpen
    from mailwizard.core.watch.run import Exit, Report, read_saved, watch_once

    state_dir = _state_dir(args.state_dir)
    saved = read_saved(state_dir)
    if isinstance(saved, AlreadyOpen):
        return _report(Report(Exit.WINDOW_OPEN), args.json, "")
    if saved is None:
        return _report(Report(Exit.NOTHING), args.json, "")
    try:  # the servers the window asked (given by the scheduled check), else the admin's saved list
        config = check_config(args.resolver or list(saved.state.resolvers), args.nameserver, timeout=args.timeout)
    except ValueError as exc:
        print(f"bad server address: {exc}", file=sys.stderr)
        return int(Exit.NOTHING)
    told: list[tuple[str, str]] = []

    async def tell(outcome: Outcome, domain: str) -> None:
        from mailwizard.ui.watch_text import notification

        title, body = notification(outcome, domain)
        told.append((title, body))
        if NOTIFY is not None:
            await NOTIFY(title, body)
        else:
            from mailwizard.core.watch.notifier import desktop_notify

            await desktop_notify(title, body)

    schedule = SCHEDULE
    if schedule is None and saved.watch.scheduled:
        from mailwizard.core.watch.schedule import WatchSchedule

        schedule = WatchSchedule(state_dir)
    report = asyncio.run(watch_once(state_dir, saved, config, tell=tell, schedule=schedule))
    return _report(report, args.json, told[-1][1] if told else "")


def _report(report, as_json: bool, text: str) -> int:
    """What happened, on stdout (nothing for a scheduled run to read: the notification is what the admin sees)."""
    out: dict[str, Any] = {"exit": int(report.code), "outcome": report.code.name.lower(), "domain": report.domain,
                           "told": report.told, "unscheduled": report.unscheduled}
    if report.outcome is not None:
        out["offline"] = report.outcome.offline
        out["findings"] = [{"record": f.record, "name": f.name, "type": f.rtype, "key": f.message_key,
                            "params": dict(f.params)} for f in report.outcome.findings]
    if text:
        out["text"] = text
    if as_json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(text or out["outcome"])
    return int(report.code)
