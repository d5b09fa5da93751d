"""The review's mail-records re-check over the wire (core/review/mail_records.py), against DNS servers on loopback:
what drifted since the set-up in plain message keys, and the one DMARC step."""

from __future__ import annotations

import asyncio

from mailwizard.core.dns.check import CheckConfig
from mailwizard.core.dns.probe import Vantage
from mailwizard.core.dns.service import records_for
from mailwizard.core.review.mail_records import ADVICE, DRIFT, OK, UNREAD, RecordsReview, check_records
from mailwizard.sandbox.dns_server import LoopbackDns, SilentDns
from tests.integration.test_dns_check import DOMAIN, VALUES, google_zone


def review(zone, *, report_to: str = "", silent: bool = False) -> RecordsReview:
    records = records_for("google", DOMAIN, VALUES)
    if silent:
        with SilentDns() as auth:
            config = CheckConfig(resolvers=(), nameservers=(Vantage("authoritative", "127.0.0.1", auth.port),),
                                 timeout=0.3)
            return asyncio.run(check_records(DOMAIN, records, config, report_to=report_to))
    with LoopbackDns(zone) as auth:
        config = CheckConfig(resolvers=(), nameservers=(Vantage("authoritative", "127.0.0.1", auth.port),),
                             timeout=0.5)
        return asyncio.run(check_records(DOMAIN, records, config, report_to=report_to))


def by_key(result: RecordsReview) -> dict[str, tuple[str, str]]:
    return {line.key: (line.state, line.message_key) for line in result.lines}


def test_all_as_set_up_no_drift_and_p_none_offers_quarantine_with_the_admin_as_report_address() -> None:
    result = review(google_zone(), report_to="Boss@example.com")
    assert by_key(result) == {"mx": (OK, "reviewdoc.record_ok"), "spf": (OK, "reviewdoc.record_ok"),
                              "dkim": (OK, "reviewdoc.record_ok"), "dmarc": (OK, "reviewdoc.record_ok")}
    assert result.drift == () and "verification" not in by_key(result)  # the one-off proof is not reviewed
    step = result.dmarc_step
    assert step is not None and step.kind == "quarantine" and step.name == f"_dmarc.{DOMAIN}"
    assert step.current == "v=DMARC1; p=none"
    assert step.proposed == "v=DMARC1; p=quarantine; rua=mailto:boss@example.com"
    assert step.rua == "boss@example.com"
    assert RecordsReview.from_json(result.to_json()) == result


def test_drift_in_plain_keys_with_what_was_found() -> None:
    zone = google_zone()
    zone.set(DOMAIN, "MX", "10 mx.oldmail.net.")
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 include:_spf.google.com ~all",
             "v=spf1 include:spf.oldmail.net -all")
    zone.set(f"google._domainkey.{DOMAIN}", "TXT", "v=DKIM1; k=rsa; p=OLDKEY")
    zone.set(f"_dmarc.{DOMAIN}", "TXT", "v=DMARC1; p=nnone")
    result = review(zone)
    assert by_key(result) == {"mx": (DRIFT, "reviewdoc.mx_changed"), "spf": (DRIFT, "reviewdoc.spf_multiple"),
                              "dkim": (DRIFT, "reviewdoc.dkim_changed"), "dmarc": (DRIFT, "reviewdoc.dmarc_invalid")}
    lines = {line.key: line for line in result.lines}
    assert "mx.oldmail.net" in lines["mx"].params["found"] and "smtp.google.com" in lines["mx"].params["expected"]
    assert lines["spf"].params["count"] == "2" and "OLDKEY" in lines["dkim"].params["found"]
    assert lines["dmarc"].params["part"] == "p=nnone"
    # a broken DMARC record is as good as none: start again with one that only watches, reports to postmaster@
    step = result.dmarc_step
    assert step.kind == "start" and step.current == "v=DMARC1; p=nnone"
    assert step.proposed == f"v=DMARC1; p=none; rua=mailto:postmaster@{DOMAIN}"


def test_gone_records_and_a_missing_dmarc_is_advice_not_drift() -> None:
    zone = google_zone()
    zone.set(DOMAIN, "MX")
    zone.set(f"google._domainkey.{DOMAIN}", "TXT")
    zone.set(f"_dmarc.{DOMAIN}", "TXT")
    result = review(zone, report_to="someone@elsewhere.org")  # reports outside the domain need its consent
    assert by_key(result)["mx"] == (DRIFT, "reviewdoc.mx_missing")
    assert by_key(result)["dkim"] == (DRIFT, "reviewdoc.dkim_missing")
    assert by_key(result)["dmarc"] == (ADVICE, "reviewdoc.dmarc_missing")
    assert result.dmarc_step.kind == "start" and result.dmarc_step.rua == f"postmaster@{DOMAIN}"


def test_an_existing_report_address_and_other_tags_are_kept() -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT", "v=DMARC1; p=none; rua=mailto:dmarc@example.com; adkim=s")
    step = review(zone, report_to="boss@example.com").dmarc_step
    assert step.proposed == "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com; adkim=s"
    assert step.rua == "dmarc@example.com"


def test_a_policy_that_acts_already_needs_no_step() -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT", "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com")
    assert review(zone).dmarc_step is None


def test_offline_is_unread_not_gone() -> None:
    result = review(None, silent=True)
    assert result.unread and {line.state for line in result.lines} == {UNREAD}
    assert result.drift == () and result.dmarc_step is None



def test_an_spf_record_that_needs_too_many_lookups_fails_everywhere() -> None:
    zone = google_zone()
    extra = [f"s{i}.example.net" for i in range(10)]
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123",
             "v=spf1 include:_spf.google.com " + " ".join(f"include:{e}" for e in extra) + " ~all")
    for name in extra:
        zone.add(name, "TXT", "v=spf1 ip4:192.0.2.1 -all")
    result = review(zone)
    line = next(x for x in result.lines if x.key == "spf")
    assert (line.state, line.message_key) == (DRIFT, "reviewdoc.spf_too_many_lookups")
    assert int(line.params["count"]) > 10
