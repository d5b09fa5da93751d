"""Headless commands over the same core as the window, with JSON output.

    mailwizard-cli plans --seats 12 [--budget 200 --currency USD --region elsewhere] [--provider google]
    mailwizard-cli domain "https://www.例子.中国/"
    mailwizard-cli presence example.com [--resolver 127.0.0.1:5353]
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
    from mailwizard.app import resolver_config
    from mailwizard.core.dns.presence import check_presence

    verdict = check_domain(args.domain)
    if not verdict.ok:
        return {"ok": False, "key": verdict.key, "suggestion": verdict.suggestion}
    result = asyncio.run(check_presence(verdict.ascii or "", resolver_config(args.resolver)))
    return {"ok": True, "domain": verdict.ascii, "presence": result.presence.value,
            "nameservers": list(result.nameservers)}


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
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "plans" and args.seats < 1:
        parser.error("--seats must be at least 1")
    handler = {"plans": _plans, "domain": _domain, "presence": _presence}[args.command]
    output = handler(args)
    print(json.dumps(output, ensure_ascii=False, indent=2))
    return 0 if output.get("ok", True) else 1


if __name__ == "__main__":
    raise SystemExit(main())
