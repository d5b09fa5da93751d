"""Headless commands over the same core as the window, with JSON output.

    mailwizard-cli plans --seats 12 [--budget 200 --currency USD --region elsewhere] [--provider google]
    mailwizard-cli domain "https://www.例子.中国/"
    mailwizard-cli presence example.com [--resolver 127.0.0.1:5353]
    mailwizard members check staff.xlsx --domain example.com [--provider ID] [--pattern family.given] [--json]
    mailwizard dns check example.com --provider google [--nameserver IP[:PORT]] [--resolver IP[:PORT]]
                         [--value verification=…] [--json]
    mailwizard dns apply example.com --provider google [--host-id cloudflare] [--preview] [--yes] [--json]
    mailwizard dns undo example.com [--host-id cloudflare]    mailwizard dns backup example.com
    mailwizard dns watch [--state-dir DIR] [--json]   (the scheduled check: see cli_watch.py)
    mailwizard review check|report|due [--state-dir DIR] [--json]   (the regular review: see cli_review.py)

Every command takes --lang en|zh_CN|zh_TW (default: the system's, as the app). Each message in the JSON
carries its key, its params and its text in that language, beside the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from mailwizard.cli_text import domain_problem, said, speaking
from mailwizard.core.catalogue import PROVIDER_IDS, load_catalogue
from mailwizard.core.domains import check_domain
from mailwizard.core.flow import WizardState
from mailwizard.core.members.names import PATTERNS
from mailwizard.core.plans import REGIONS, Needs, Recommendation, assess, recommend

LANGUAGES = ("en", "zh_CN", "zh_TW")  # ui.i18n.LANGUAGE_CODES; not imported, so --help needs no Qt
DEFAULT_PATTERN = WizardState.address_pattern  # the Members step's until the user picks another


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
                           "plan": rec.assessment.plan.id if rec.assessment else None,
                           **recommendation_text(rec, needs, args.lang)},
        "plans": [
            {"provider": a.provider.id, "plan": a.plan.id,
             "monthly": None if a.monthly is None else round(a.monthly, 2),
             "converted": a.converted, "price_confirmed": a.price_known, "fits_seats": a.fits_seats,
             "within_budget": a.within_budget, "setup": a.setup, "price_source": a.plan.price.source}
            for a in results
        ],
    }


def recommendation_text(rec: Recommendation, needs: Needs, language: str) -> dict[str, Any]:
    """The params and text of the provider step's suggestion; one person has a sentence of their own."""
    from mailwizard.ui.format import recommendation_message

    key, params = recommendation_message(rec, needs, language)
    return {"params": params, "text": said(key, params)["text"]}


def _domain(args: argparse.Namespace) -> dict[str, Any]:
    verdict = check_domain(args.text)
    if not verdict.ok:
        return {**domain_problem(verdict), "ascii": verdict.ascii, "unicode": verdict.unicode}
    return {"ok": True, **said(verdict.key, verdict.params), "ascii": verdict.ascii, "unicode": verdict.unicode,
            "suggestion": verdict.suggestion}


def _presence(args: argparse.Namespace) -> dict[str, Any]:
    import asyncio

    from mailwizard.core.dns.config import resolver_config
    from mailwizard.core.dns.presence import check_presence, presence_message

    verdict = check_domain(args.domain)
    if not verdict.ok:
        return domain_problem(verdict)
    result = asyncio.run(check_presence(verdict.ascii or "", resolver_config(args.resolver)))
    key, params = presence_message(result, verdict.unicode or verdict.ascii or "", args.lang)
    return {"ok": True, "domain": verdict.ascii, "presence": result.presence.value,
            "nameservers": list(result.nameservers), **said(key, params)}


def main(argv: Sequence[str] | None = None) -> int:
    from mailwizard.core.logs import install_redaction

    install_redaction()  # a library's warning on stderr carries no secret either
    args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "plans" and args.seats < 1:
        parser().error("--seats must be at least 1")
    if getattr(args, "lang", None) is None and (getattr(args, "dns_command", None) == "watch"
                                                or args.command == "review"):
        from mailwizard.cli_watch import saved_language

        args.lang = saved_language(args.state_dir)  # the language the admin last read in the window
    if getattr(args, "lang", None) is None:
        from mailwizard.ui.i18n import system_language

        args.lang = system_language()  # as the app chooses; English where the system speaks neither Chinese
    if args.command == "review":
        from mailwizard.cli_review import prepare

        prepare(args)  # a QGuiApplication for the PDF, before speaking() makes a plain one
    with speaking(args.lang):
        if args.command == "review":
            from mailwizard.cli_review import review

            return review(args)
        if args.command == "members":
            from mailwizard.cli_checks import members_check

            return members_check(args)
        if args.command == "dns" and args.dns_command == "watch":
            from mailwizard.cli_watch import dns_watch

            return dns_watch(args)
        if args.command == "dns" and args.dns_command != "check":
            from mailwizard.cli_dns_apply import dns_apply

            return dns_apply(args)
        if args.command == "dns":
            from mailwizard.cli_checks import dns_check

            return dns_check(args)
        handler = {"plans": _plans, "domain": _domain, "presence": _presence}[args.command]
        output = handler(args)
    print(json.dumps(output, ensure_ascii=False, indent=2))
    return 0 if output.get("ok", True) else 1


def parser() -> argparse.ArgumentParser:
    # --lang before or after the command: each level leaves it unset unless given there
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                      help="language of the texts (default: the system's; English where it is neither Chinese)")
    top = argparse.ArgumentParser(prog="mailwizard-cli", description=__doc__.splitlines()[0], parents=[lang])
    sub = top.add_subparsers(dest="command", required=True)
    plans = sub.add_parser("plans", help="compare the providers' plans for your needs", parents=[lang])
    plans.add_argument("--seats", type=int, required=True)
    plans.add_argument("--budget", type=float, help="per month, in --currency")
    plans.add_argument("--currency", default="USD")
    plans.add_argument("--region", choices=REGIONS, default="elsewhere")
    plans.add_argument("--provider", action="append", choices=PROVIDER_IDS, help="only these providers")
    domain = sub.add_parser("domain", help="normalise and validate a domain", parents=[lang])
    domain.add_argument("text")
    presence = sub.add_parser("presence", help="check that a domain exists in DNS", parents=[lang])
    presence.add_argument("domain")
    presence.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]")
    dns = sub.add_parser("dns", help="DNS records for a provider")
    dns_sub = dns.add_subparsers(dest="dns_command", required=True)
    check = dns_sub.add_parser("check", help="check the records a provider needs, at every vantage point",
                               parents=[lang])
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
    from mailwizard.cli_dns_apply import add_commands

    add_commands(dns_sub, lang)
    from mailwizard.cli_watch import add_watch_parser

    add_watch_parser(dns_sub, lang)
    from mailwizard.cli_review import add_review_parser

    add_review_parser(sub, lang)
    members = sub.add_parser("members", help="member lists")
    members_sub = members.add_subparsers(dest="members_command", required=True)
    mcheck = members_sub.add_parser("check", help="check a member spreadsheet with the same rules as the wizard",
                                    parents=[lang])
    mcheck.add_argument("file")
    mcheck.add_argument("--domain", required=True)
    mcheck.add_argument("--provider", choices=PROVIDER_IDS)
    mcheck.add_argument("--pattern", choices=PATTERNS, default=DEFAULT_PATTERN,
                        help="how addresses are made from names where the file has none (as the Members step)")
    mcheck.add_argument("--json", action="store_true")
    return top


if __name__ == "__main__":
    raise SystemExit(main())
