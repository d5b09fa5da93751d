"""Headless commands over the same core as the window, with JSON output.

    mailwizard-cli plans --seats 12 [--budget 200 --currency USD --region elsewhere] [--provider google]
    mailwizard-cli domain "https://www.例子.中国/"
    mailwizard-cli presence example.com [--resolver 127.0.0.1:5353]
    mailwizard members check staff.xlsx --domain example.com [--provider ID] [--json]
    mailwizard dns check example.com --provider google [--nameserver IP[:PORT]] [--resolver IP[:PORT]]
                         [--value verification=…] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any

from mailwizard.core.catalogue import PROVIDER_IDS, load_catalogue
from mailwizard.core.domains import check_domain
from mailwizard.core.plans import REGIONS, Needs, assess, recommend


def _plans(args: argparse.Namespace) -> dict[str, Any]:
    catalogue = load_catalogue()
    needs = Needs(args.seats, args.budget, args.currency)
    results = assess(catalogue, needs)
    if args.provider:
        results = [a for a in results if a.provider.id in args.provider]
    rec = recommend(results, args.region)
    return {
        "needs": {"seats": needs.seats, "budget": needs.budget, "currency": needs.currency, "region": args.region},
        "recommendation": {"key": rec.key, "provider": rec.assessment.provider.id if rec.assessment else None,
                           "plan": rec.assessment.plan.id if rec.assessment else None},
        "plans": [
            {"provider": a.provider.id, "plan": a.plan.id,
             "monthly": None if a.monthly is None else round(a.monthly, 2),
             "converted": a.converted, "price_confirmed": a.price_known, "fits_seats": a.fits_seats,
             "within_budget": a.within_budget, "setup": a.setup, "price_source": a.plan.price.source}
            for a in results
        ],
    }


def _domain(args: argparse.Namespace) -> dict[str, Any]:
    verdict = check_domain(args.text)
    return {"ok": verdict.ok, "key": verdict.key, "params": verdict.params, "ascii": verdict.ascii,
            "unicode": verdict.unicode, "suggestion": verdict.suggestion}


def _presence(args: argparse.Namespace) -> dict[str, Any]:
    from mailwizard.core.dns.config import resolver_config
    from mailwizard.core.dns.presence import check_presence

    verdict = check_domain(args.domain)
    if not verdict.ok:
        return {"ok": False, "key": verdict.key, "suggestion": verdict.suggestion}
    result = asyncio.run(check_presence(verdict.ascii or "", resolver_config(args.resolver)))
    return {"ok": True, "domain": verdict.ascii, "presence": result.presence.value,
            "nameservers": list(result.nameservers)}


def _dns_check(args: argparse.Namespace) -> int:
    from mailwizard.core.dns.check import run_check
    from mailwizard.core.dns.service import check_config, records_for
    from mailwizard.ui.messages import message

    verdict = check_domain(args.domain)
    if not verdict.ok:
        params = dict(verdict.params, **({"suggestion": verdict.suggestion} if verdict.suggestion else {}))
        print(message(verdict.key, params), file=sys.stderr)
        return 2
    values = {}
    for item in args.value:
        key, sep, value = item.partition("=")
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
    result = asyncio.run(run_check(domain, records, config))
    rows = []
    for status in result.records:
        for cell in status.cells:
            rows.append({"name": status.record.name, "type": status.record.rtype, "key": status.record.key,
                         "vantage": cell.vantage, "state": cell.state.value, "expected": list(status.record.values),
                         "observed": list(cell.observed), "message_key": cell.message_key})
    if args.json:
        print(json.dumps({"domain": domain, "provider": args.provider, "results": rows}, ensure_ascii=False))
    else:
        print(f"{'record':<14} {'type':<6} {'vantage':<28} state")
        for row in rows:
            print(f"{row['key']:<14} {row['type']:<6} {row['vantage']:<28} {row['state']}")
        for status in result.records:
            print(f"{status.record.key}: {message(status.message_key, status.params)}")
    done = all(s.state.value == "ok" for s in result.records if s.record.ready)
    return 0 if done and all(s.record.ready for s in result.records if s.record.required) else 1


def _members_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mailwizard.core.members.csvio import UnreadableFile, guess_mapping, read_table, to_members
    from mailwizard.core.members.table import PERMISSIONS, check_table, normalise, roles_for
    from mailwizard.ui.messages import message

    domain = check_domain(args.domain)
    if not domain.ok:
        print(message(domain.key, domain.params), file=sys.stderr)
        return 2
    try:
        table = read_table(Path(args.file))
    except UnreadableFile as exc:
        print(message(exc.key, exc.params), file=sys.stderr)
        return 2
    mapping = guess_mapping(table.headers)
    rows = [(line, normalise(m)) for line, m in to_members(table, mapping, domain.ascii)]
    problems = check_table([m for _, m in rows], roles=roles_for(args.provider) if args.provider else PERMISSIONS,
                           domain=domain.ascii)
    report = {
        "encoding": table.encoding, "delimiter": table.delimiter,
        "columns": {field: table.headers[index] for field, index in mapping.items()},
        "valid": len(rows) - len(problems), "invalid": len(problems),
        "rows": [{"row": line, "name": member.display_name,
                  "address": f"{member.local_part}@{domain.ascii}" if member.local_part and "@" not in member.local_part
                  else member.local_part,
                  "status": "error" if i in problems else "ok",
                  "errors": [p.key for p in problems.get(i, [])]} for i, (line, member) in enumerate(rows)],
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"{report['valid']} valid, {report['invalid']} with problems ({table.encoding or 'xlsx'})")
        for i, (line, member) in enumerate(rows):
            if i in problems:
                print(f"row {line}: {member.display_name}: " + " ".join(message(p.key, p.params) for p in problems[i]))
    return 0 if not problems else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mailwizard-cli", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    plans = sub.add_parser("plans", help="compare the providers' plans for your needs")
    plans.add_argument("--seats", type=int, required=True)
    plans.add_argument("--budget", type=float, help="per month, in --currency")
    plans.add_argument("--currency", default="USD")
    plans.add_argument("--region", choices=REGIONS, default="elsewhere")
    plans.add_argument("--provider", action="append", choices=PROVIDER_IDS, help="only these providers")
    domain = sub.add_parser("domain", help="normalise and validate a domain")
    domain.add_argument("text")
    presence = sub.add_parser("presence", help="check that a domain exists in DNS")
    presence.add_argument("domain")
    presence.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]")
    dns = sub.add_parser("dns", help="DNS records for a provider")
    dns_sub = dns.add_subparsers(dest="dns_command", required=True)
    check = dns_sub.add_parser("check", help="check the records a provider needs, at every vantage point")
    check.add_argument("domain")
    check.add_argument("--provider", required=True, choices=PROVIDER_IDS)
    check.add_argument("--nameserver", action="append", default=[], metavar="IP[:PORT]",
                       help="ask these instead of the domain's discovered authoritative servers")
    check.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]",
                       help="ask these instead of the default public resolvers")
    check.add_argument("--value", action="append", default=[], metavar="KEY=VALUE",
                       help="a provider-given value, e.g. verification=… or dkim=…")
    check.add_argument("--json", action="store_true")
    check.add_argument("--timeout", type=float, default=2.0)
    members = sub.add_parser("members", help="member lists")
    members_sub = members.add_subparsers(dest="members_command", required=True)
    mcheck = members_sub.add_parser("check", help="check a member spreadsheet with the same rules as the wizard")
    mcheck.add_argument("file")
    mcheck.add_argument("--domain", required=True)
    mcheck.add_argument("--provider", choices=PROVIDER_IDS)
    mcheck.add_argument("--json", action="store_true")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "members":
        return _members_check(args)
    if args.command == "dns":
        return _dns_check(args)
    if args.command == "plans" and args.seats < 1:
        parser.error("--seats must be at least 1")
    handler = {"plans": _plans, "domain": _domain, "presence": _presence}[args.command]
    output = handler(args)
    print(json.dumps(output, ensure_ascii=False, indent=2))
    return 0 if output.get("ok", True) else 1


if __name__ == "__main__":
    raise SystemExit(main())
