"""`mailwizard dns apply|undo|backup`: "Set up the records for me" on the command line, through the same session
step as the window (core/session/dns_apply.py), on the same saved work (the backup and journal in the store).

The credential is never an argument (it would stay in the shell's history): each field comes from the environment
variable MAILWIZARD_DNSHOST_<FIELD> (e.g. MAILWIZARD_DNSHOST_TOKEN), else from the keychain where an earlier run
kept it, else it is asked for on the terminal (secret fields without echo)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from mailwizard.cli_text import domain_problem, refuse, said
from mailwizard.core.domains import check_domain

ENV_PREFIX = "MAILWIZARD_DNSHOST_"


def add_commands(dns_sub: Any, lang: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False, parents=[lang])
    common.add_argument("domain")
    common.add_argument("--host-id", help="the DNS host (resources/dns_hosts/<id>.toml with an [api] table); "
                                          "default: the one the domain's name servers show")
    common.add_argument("--state-dir", type=Path, help="the saved work to use (default: the app's)")
    common.add_argument("--base-url", help=argparse.SUPPRESS)  # a loopback stand-in of the host's API (tests)
    common.add_argument("--nameserver", action="append", default=[], metavar="IP[:PORT]")
    common.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]")
    common.add_argument("--json", action="store_true")
    apply = dns_sub.add_parser("apply", parents=[common],
                               help="write the records a provider needs through the DNS host's API (preview first)")
    apply.add_argument("--provider", required=True)
    apply.add_argument("--value", action="append", default=[], metavar="KEY=VALUE")
    apply.add_argument("--yes", action="store_true", help="apply the previewed changes without asking")
    apply.add_argument("--preview", action="store_true", help="only show what would change")
    dns_sub.add_parser("undo", parents=[common], help="restore the records MailWizard changed, from its backup")
    dns_sub.add_parser("backup", parents=[common], help="print the backup of the last apply as a zone-file snippet")


class _Driver:
    """A session on the saved work, its events collected; the session's state itself is not saved (the window's
    progress is left as it was): only the run, its backup and journal are."""

    def __init__(self, args: argparse.Namespace, domain: str) -> None:
        from mailwizard.core.catalogue import load_catalogue
        from mailwizard.core.dns.service import check_config
        from mailwizard.core.flow import Step
        from mailwizard.core.session.runner import LoopRunner
        from mailwizard.core.session.session import Session
        from mailwizard.core.session.surroundings import Surroundings
        from mailwizard.core.store import Store

        base_url = args.base_url

        class Here(Surroundings):
            def dns_host_base_url(self, host_id: str) -> str | None:
                return base_url

        state_dir = args.state_dir
        if state_dir is None:
            from platformdirs import user_data_dir  # where the app keeps it (app.default_state_dir)

            state_dir = Path(user_data_dir("MailWizard", "MailWizard"))
        from mailwizard.core.folder_lock import FolderLock

        self.lock = FolderLock(state_dir).acquire()  # AlreadyOpen while the window has this saved work open
        self.store = Store(state_dir)
        self.seen: list[Any] = []
        self.arrived = asyncio.Event()
        config = check_config(args.resolver, args.nameserver) if args.resolver or args.nameserver else None
        self.runner = LoopRunner()
        self.session = Session(self.store, load_catalogue(), self.runner, frozenset(Step), emit=self._seen,
                               call_later=lambda _delay, _save: None, dns_config=config, surroundings=Here())
        state = self.session.saved.wizard
        from dataclasses import replace

        values = dict(state.dns_values) if state.domain == domain else {}
        for item in getattr(args, "value", []):
            key, _, value = item.partition("=")
            values[key.strip()] = value
        wizard = replace(state, domain=domain, provider_id=getattr(args, "provider", None) or state.provider_id,
                         dns_values=values)
        self.session.saved = replace(self.session.saved, wizard=wizard)
        self.step = self.session.dns_apply
        self.step.chosen_host = args.host_id

    def _seen(self, event: Any) -> None:
        self.seen.append(event)
        self.arrived.set()

    async def next(self, *kinds: type) -> Any:
        while True:
            found = next((e for e in self.seen if isinstance(e, kinds)), None)
            if found is not None:
                self.seen.remove(found)
                return found
            self.arrived.clear()
            await self.arrived.wait()

    def close(self) -> None:
        self.runner.cancel_all()
        self.session.shutdown()
        self.store.close()
        self.lock.release()


def _credential(info, driver: _Driver) -> dict[str, str] | None:
    values = {f.key: os.environ.get(ENV_PREFIX + f.key.upper(), "") for f in info.fields}
    if all(values.values()):
        return values
    if driver.step.has_credential() and not any(values.values()):
        return None  # the keychain's, from an earlier run
    if not sys.stdin.isatty():
        return values  # nothing to ask on: tried as it is, and refused with the reason
    for field in info.fields:
        if not values[field.key]:
            label = field.label.get(driver.session.language)
            values[field.key] = getpass.getpass(f"{label}: ") if field.secret else input(f"{label}: ")
    return values


def _change(change) -> dict[str, Any]:
    return {"op": change.op, "name": change.record.name, "type": change.record.rtype,
            "before": change.before.value if change.before else None,
            "after": change.after.value if change.after else None, **said(change.reason, change.params)}


def _failure(event) -> dict[str, Any]:
    return {"ok": False, "problem": event.problem, "detail": event.detail, "done": event.done,
            **said(f"dnshost.{event.problem}", event.params)}


async def _run(args: argparse.Namespace, domain: str) -> tuple[int, dict[str, Any]]:
    from mailwizard.core.folder_lock import AlreadyOpen
    from mailwizard.core.session import dns_apply_events as ev

    try:
        driver = _Driver(args, domain)
    except AlreadyOpen:
        return 2, {"ok": False, "problem": "already_open", "text": "MailWizard's window has this saved work open: "
                   "use it there, or close the window first."}
    try:
        step = driver.step
        if args.dns_command == "backup":
            text = step.backup_snippet()
            return (0 if text else 1), {"ok": bool(text), "snippet": text}
        info = step.offer()
        if info is None:
            return 2, {"ok": False, **said("dnshost.no_api", {}), "host": step.host_id()}
        step.enter()
        await asyncio.sleep(0)
        while driver.runner.is_running("dnshost-lookup"):
            await asyncio.sleep(0.01)
        credential = _credential(info, driver)
        if credential is not None:
            step.set_credential(credential)
            checked = await driver.next(ev.DnsCredentialChecked)
            if not checked.ok:
                return 1, {"ok": False, "problem": checked.problem, "detail": checked.detail,
                           **said(f"dnshost.{checked.problem}", {})}
        out: dict[str, Any] = {"host": info.host_id, "domain": domain}
        if args.dns_command == "undo":
            step.undo()
        else:
            if step.apply_state() != "interrupted":
                step.preview()
                shown = await driver.next(ev.DnsApplyPreview, ev.DnsApplyFailed)
                if isinstance(shown, ev.DnsApplyFailed):
                    return 1, {**out, **_failure(shown)}
                out["changes"] = [_change(c) for c in shown.changes]
                out["warnings"] = [said(k, p) for k, p in shown.warnings]
                if args.preview or not shown.changes:
                    return 0, {"ok": True, **out, "applied": 0}
                if not args.yes and not _confirmed(out, args.json):
                    return 1, {"ok": False, **out, "applied": 0, "declined": True}
            step.apply()
        ended = await driver.next(ev.DnsApplyDone, ev.DnsUndoDone, ev.DnsApplyFailed)
        if isinstance(ended, ev.DnsApplyFailed):
            return 1, {**out, **_failure(ended)}
        return 0, {"ok": True, **out, "applied": getattr(ended, "applied", 0), "state": step.apply_state()}
    finally:
        driver.close()


def _confirmed(out: dict[str, Any], as_json: bool) -> bool:
    if as_json or not sys.stdin.isatty():
        return False  # never applied unseen: --yes says it was seen
    for change in out["changes"]:
        print(f"{change['op']:<7} {change['type']:<5} {change['name']}  {change['after'] or change['before']}")
        print(f"        {change['text']}")
    return input("Apply these changes? [y/N] ").strip().lower() in ("y", "yes")


def dns_apply(args: argparse.Namespace) -> int:
    verdict = check_domain(args.domain)
    if not verdict.ok:
        return refuse(domain_problem(verdict), args.json)
    code, out = asyncio.run(_run(args, verdict.ascii or ""))
    if args.dns_command == "backup" and not args.json:
        print(out["snippet"], end="")
    elif args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        for change in out.get("changes", []):
            print(f"{change['op']:<7} {change['type']:<5} {change['name']}  {change['after'] or change['before']}")
        print(out.get("text") or f"{out.get('applied', 0)} change(s) made; state: {out.get('state', '')}",
              file=sys.stderr if not out.get("ok") else sys.stdout)
    return code
