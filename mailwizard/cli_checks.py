"""`mailwizard dns check` and `mailwizard members check`: the DNS step's and the import preview's verdicts,
from the same core functions in the same order, as JSON or as words for a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from mailwizard.cli_text import domain_problem, refuse, said
from mailwizard.core.domains import check_domain

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckConfig, CheckResult
    from mailwizard.core.dns.expected import ExpectedRecord


# The DNS step asks again by itself and says so; one run of `dns check` does not: its own words for those cases.
ONE_SHOT = {"row.unreachable": "row.unreachable_once", "dns.timeout": "dns.timeout_once",
            "dns.servfail": "dns.servfail_once", "dns.refused": "dns.refused_once"}


def _said_once(key: str, params: dict[str, str]) -> dict[str, Any]:
    return said(ONE_SHOT.get(key, key), params)


def nobody_answered(result: CheckResult) -> bool:
    """No server answered a single question (every cell timed out or failed): the computer is offline, or every
    server asked is out of its reach; the records' own state says nothing then."""
    from mailwizard.core.dns.verdict import State

    cells = [cell for status in result.records for cell in status.cells if cell.state is not State.WAITING]
    return bool(cells) and all(cell.state in (State.TIMEOUT, State.ERROR) for cell in cells)


async def check_as_the_dns_step(domain: str, records: list[ExpectedRecord], config: CheckConfig) -> CheckResult:
    """The DNS step's check (ui/controller_dns): every vantage point first, then the SPF record's lookup count,
    which is what finds an SPF record over the limit."""
    from mailwizard.core.dns.check import count_spf_lookups, run_check

    quick = await run_check(domain, records, config, count_spf=False)
    return await count_spf_lookups(quick, config)


def dns_check(args: argparse.Namespace) -> int:
    import asyncio

    from mailwizard.core.dns.check import failing, outstanding
    from mailwizard.core.dns.service import check_config, records_for
    from mailwizard.core.dns.verdict import State

    verdict = check_domain(args.domain)
    if not verdict.ok:
        return refuse(domain_problem(verdict), args.json)
    values = {}
    for item in args.value:
        key, sep, value = item.partition("=")  # the first "=": a pasted "google-site-verification=…" keeps its own
        if not sep or not key:
            print(f"--value takes KEY=VALUE, not {item!r}", file=sys.stderr)
            return 2
        values[key.strip()] = value
    domain = verdict.ascii or ""
    records = records_for(args.provider, domain, values)
    try:
        config = check_config(args.resolver, args.nameserver, timeout=args.timeout)
    except ValueError as exc:
        print(f"bad server address: {exc}", file=sys.stderr)
        return 2
    result = asyncio.run(check_as_the_dns_step(domain, records, config))
    findings = failing(result)
    rows = [{"name": status.record.name, "type": status.record.rtype, "key": status.record.key,
             "vantage": cell.vantage, "state": cell.state.value, "expected": list(status.record.values),
             "observed": list(cell.observed), "message_key": cell.message_key, "params": dict(cell.params),
             "text": _said_once(cell.message_key, cell.params)["text"]}
            for status in result.records for cell in status.cells]
    summaries = []
    for status in result.records:
        text = _said_once(status.message_key, status.params)["text"]
        summaries.append({
            "key": status.record.key, "name": status.record.name, "type": status.record.rtype,
            "required": status.record.required, "state": status.state.value,
            # right everywhere is not enough when the plan found why it still fails (SPF over 10 lookups)
            "ok": status.state is State.OK and status.record.key not in findings,
            "message_key": status.message_key, "params": dict(status.params), "text": text,
            "findings": [said(key, params) for key, params in findings.get(status.record.key, [])]})
    warnings = [said(key, params) for key, params in result.plan.warnings]
    offline = nobody_answered(result)
    servers = ", ".join(v.label.partition(":")[2] for v in result.vantages)
    problem = said("dns.nobody_answered", {"servers": servers}) if offline else None
    if args.json:
        print(json.dumps({"domain": domain, "provider": args.provider, "ok": result.done,
                          "verified": result.verified, "outstanding": asdict(outstanding(result, result.verified)),
                          "results": rows, "records": summaries, "warnings": warnings,
                          **({"problem": problem} if problem else {})}, ensure_ascii=False))
        return 2 if offline else 0 if result.done else 1
    if problem:  # nothing was learnt about the records: what to do, not five rows of "timeout"
        print(problem["text"], file=sys.stderr)
        return 2
    print(f"{'record':<14} {'type':<6} {'vantage':<28} state")
    for row in rows:
        print(f"{row['key']:<14} {row['type']:<6} {row['vantage']:<28} {row['state']}")
    for summary in summaries:
        print(f"{summary['key']}: {summary['text']}")
    for warning in warnings:  # as the DNS step shows them under its table
        print(f"⚠ {warning['text']}")
    return 0 if result.done else 1


def members_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mailwizard.core.members.header_mapping import guess_mapping
    from mailwizard.core.members.importing import read_members
    from mailwizard.core.members.raw_table import UnreadableFile
    from mailwizard.core.members.reading import read_table
    from mailwizard.core.members.table import PERMISSIONS, presets_for
    from mailwizard.core.providers.profiles import profile_for

    domain = check_domain(args.domain)
    if not domain.ok:
        return refuse(domain_problem(domain), args.json)
    try:
        table = read_table(Path(args.file))
    except UnreadableFile as exc:
        return refuse({"ok": False, **said(exc.key, exc.params)}, args.json)
    mapping = guess_mapping(table.headers)
    # as the import preview reads it: an address suggested from each name the file gives without one
    imported = read_members(table, mapping, domain.ascii or "", args.pattern,
                            roles=presets_for(profile_for(args.provider).role_api) if args.provider else PERMISSIONS)
    problems = imported.problems
    members = [member for _line, member in imported.rows]
    shared = shared_report(members, domain.ascii or "", args.provider, args.lang)
    report: dict[str, Any] = {
        "encoding": table.encoding, "delimiter": table.delimiter, "pattern": args.pattern,
        "columns": {field: table.headers[index] for field, index in mapping.items()},
        "valid": len(imported.rows) - len(problems), "invalid": len(problems),
        "rows": [{"row": line, "name": member.display_name,
                  "address": f"{member.local_part}@{domain.ascii}" if member.local_part and "@" not in member.local_part
                  else member.local_part,
                  "status": "error" if i in problems else "ok",
                  "errors": [p.key for p in problems.get(i, [])],
                  "problems": [{"field": p.field, **said(p.key, p.params)} for p in problems.get(i, [])]}
                 for i, (line, member) in enumerate(imported.rows)],
        **shared,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"{report['valid']} valid, {report['invalid']} with problems ({table.encoding or 'xlsx'})")
        for row in report["rows"]:
            if row["problems"]:
                print(f"row {row['row']}: {row['name']}: " + " ".join(p["text"] for p in row["problems"]))
        for problem in report["alias_problems"]:
            print(f"{problem['address']}: {problem['text']}")
        for item in report["shared_suggestions"]:
            print(f"suggested shared address {item['address']} ({item['name']}): {', '.join(item['recipients'])}")
    return 0 if not problems and not report["alias_problems"] else 1


def shared_report(members: list, domain: str, provider: str | None, language: str | None) -> dict[str, Any]:
    """The aliases' problems and the shared addresses the Members step would suggest for this list, by the same
    functions (core/members/shared_check.py, shared_suggest.py)."""
    from mailwizard.core.members.shared_check import check_shared
    from mailwizard.core.members.shared_suggest import suggestions
    from mailwizard.core.providers.profiles import profile_for
    from mailwizard.core.providers.shared_api import support_before_sign_in

    support = support_before_sign_in(profile_for(provider).open_shared) if provider else None
    found = check_shared([], members, domain, support)
    return {"alias_problems": [{"address": p.subject, **said(p.key, p.params)} for p in found],
            "shared_suggestions": [{"address": f"{s.local_part}@{domain}", "name": s.name,
                                    "recipients": [f"{r}@{domain}" for r in s.recipients], "outside": s.outside}
                                   for s in suggestions(members, [], language or "en")]}
