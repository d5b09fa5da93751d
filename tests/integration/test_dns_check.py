"""The full DNS check over the wire, against real DNS servers on loopback."""

from __future__ import annotations

import asyncio
import json

import pytest

from mailwizard.cli import main as cli_main
from mailwizard.core.dns.authority import find_authoritative
from mailwizard.core.dns.check import CheckConfig, CheckResult, run_check
from mailwizard.core.dns.probe import Vantage, ask
from mailwizard.core.dns.service import records_for
from mailwizard.core.dns.verdict import State
from mailwizard.sandbox.dns_server import LoopbackDns, SilentDns, Zone

DOMAIN = "example.com"
VALUES = {"verification": "abc123", "dkim": "v=DKIM1; k=rsa; p=" + "A" * 392}
DKIM = VALUES["dkim"]


def google_zone(domain: str = DOMAIN) -> Zone:
    """A zone where everything Google Workspace needs is right."""
    zone = Zone(zones={"com", "net", "test", "xn--fiqs8s"})
    zone.add(domain, "MX", "1 smtp.google.com.")
    zone.add(domain, "TXT", "google-site-verification=abc123", "v=spf1 include:_spf.google.com ~all")
    zone.add(f"google._domainkey.{domain}", "TXT", DKIM)
    zone.add(f"_dmarc.{domain}", "TXT", "v=DMARC1; p=none")
    zone.add("_spf.google.com", "TXT", "v=spf1 include:_netblocks.google.com ~all")
    zone.add("_netblocks.google.com", "TXT", "v=spf1 ip4:192.0.2.0/24 ~all")
    return zone


def check(domain: str, auth: LoopbackDns, *resolvers: LoopbackDns | SilentDns, values=VALUES,
          provider: str = "google", timeout: float = 0.5) -> CheckResult:
    config = CheckConfig(
        resolvers=tuple(Vantage("resolver", "127.0.0.1", r.port) for r in resolvers),
        nameservers=(Vantage("authoritative", "127.0.0.1", auth.port),), timeout=timeout)
    return asyncio.run(run_check(domain, records_for(provider, domain, values), config))


def states(result: CheckResult, key: str) -> list[State]:
    return [c.state for c in result.record(key).cells]


def test_all_correct_everywhere() -> None:
    with LoopbackDns(google_zone()) as auth, LoopbackDns(google_zone()) as resolver:
        result = check(DOMAIN, auth, resolver)
    assert result.all_ok and result.verified
    assert all(c.state is State.OK for r in result.records for c in r.cells)
    assert [v.label for v in result.vantages] == [f"authoritative:127.0.0.1:{auth.port}",
                                                  f"resolver:127.0.0.1:{resolver.port}"]


def test_missing_records_and_values_not_known_yet() -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth, values={"verification": "abc123"})
    assert result.record("dmarc").state is State.MISSING
    assert result.record("dmarc").message_key == "dns.missing"
    assert result.record("dkim").state is State.WAITING  # no DKIM value given yet
    assert result.verified and not result.all_ok


def test_a_wrong_value_says_what_was_found() -> None:
    zone = google_zone()
    zone.set(f"google._domainkey.{DOMAIN}", "TXT", "v=DKIM1; k=rsa; p=OLDKEY")
    with LoopbackDns(zone) as auth:
        status = check(DOMAIN, auth).record("dkim")
    assert status.state is State.WRONG and status.message_key == "dns.wrong_value"
    assert "OLDKEY" in status.params["found"]


def test_two_spf_records_conflict_and_the_plan_merges_them_into_one() -> None:
    zone = google_zone()
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 include:_spf.google.com ~all",
             "v=spf1 include:spf.oldmail.net -all")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth)
    assert result.record("spf").state is State.CONFLICT
    assert result.record("spf").message_key == "dns.spf_multiple"
    assert ("plan.spf_multiple", {"count": "2"}) in result.plan.warnings
    # one record that still allows both senders replaces the first; the second is to be deleted, by name
    kept = next(i for i in result.plan.items if i.key == "spf")
    assert (kept.action, kept.replaces) == ("replace", "v=spf1 include:_spf.google.com ~all")
    assert kept.value == "v=spf1 include:_spf.google.com include:spf.oldmail.net ~all"
    removed = [i for i in result.plan.items if i.action == "remove"]
    assert [(i.key, i.value) for i in removed] == [("spf_remove", "v=spf1 include:spf.oldmail.net -all")]
    from mailwizard.core.dns.export import bind_snippet

    assert '; REMOVE: @\tIN\tTXT\t"v=spf1 include:spf.oldmail.net -all"' in bind_snippet(DOMAIN, result.plan)


def test_an_existing_spf_record_is_merged_keeping_its_mechanisms_and_all() -> None:
    zone = google_zone()
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 ip4:198.51.100.7 include:spf.oldmail.net -all")
    zone.add("spf.oldmail.net", "TXT", "v=spf1 ip4:203.0.113.0/24 -all")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth, auth)
    item = next(i for i in result.plan.items if i.key == "spf")
    assert item.action == "replace"
    assert item.value == "v=spf1 ip4:198.51.100.7 include:spf.oldmail.net include:_spf.google.com -all"
    assert item.replaces == "v=spf1 ip4:198.51.100.7 include:spf.oldmail.net -all"
    assert result.record("spf").message_key == "dns.spf_missing_include"
    assert result.plan.spf_lookups.total == 3  # oldmail 1 + google 1 + its nested _netblocks 1


def test_a_dns_host_that_does_not_answer_plans_nothing_to_add() -> None:
    """A second SPF record breaks SPF: without an answer from the DNS host, nothing says "Add"."""
    from mailwizard.core.dns.export import bind_snippet

    zone = google_zone()
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 include:spf.oldmail.net -all")
    with LoopbackDns(zone) as public, SilentDns() as silent:
        result = check(DOMAIN, silent, public, timeout=0.3)  # the public resolver answers, the host does not
    assert {i.action for i in result.plan.items} == {"unread"}
    assert not [i for i in result.plan.items if i.key == "spf" and i.value]  # no fresh SPF record offered
    snippet = bind_snippet(DOMAIN, result.plan)
    assert "\tTXT\t" not in snippet and "did not answer" in snippet


@pytest.mark.parametrize(("published", "part"), [
    ("v=DMARC1; p=nnone", "p=nnone"),          # a typo in the policy
    ("v=DMARC1 p=none", "v=DMARC1 p=none"),    # the ";" left out
    ("v=DMARC; p=none", "v=DMARC"),            # the version cut short: read as no record before, inviting a second
])
def test_a_dmarc_record_mail_servers_would_ignore_is_wrong_and_replaced(published: str, part: str) -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT", published)
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth, auth)
    status = result.record("dmarc")
    assert status.state is State.WRONG and status.message_key == "dns.dmarc_invalid"
    assert status.params["part"] == part
    item = next(i for i in result.plan.items if i.key == "dmarc")
    assert (item.action, item.value, item.replaces) == ("replace", "v=DMARC1; p=none", published)


def test_spf_over_ten_lookups_is_flagged_with_what_to_remove() -> None:
    zone = google_zone()
    chain = " ".join(f"include:s{i}.vendor.test" for i in range(4))
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123", f"v=spf1 {chain} include:big.vendor.test ~all")
    for i in range(4):
        zone.add(f"s{i}.vendor.test", "TXT", "v=spf1 a mx ~all")  # 1 + 2 each
    zone.add("big.vendor.test", "TXT", "v=spf1 include:n1.vendor.test ~all")
    zone.add("n1.vendor.test", "TXT", "v=spf1 include:n2.vendor.test ~all")
    zone.add("n2.vendor.test", "TXT", "v=spf1 ip4:192.0.2.1 ~all")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth, auth)
    lookups = result.plan.spf_lookups
    assert lookups.total == 4 * 3 + 3 + 2 and lookups.over_limit  # + google's include and its nested one
    warning = dict(result.plan.warnings)["plan.spf_too_many_lookups"]
    assert warning["count"] == "17" and warning["limit"] == "10"
    assert "include:s0.vendor.test" in warning["remove"] or "include:big.vendor.test" in warning["remove"]


def test_the_old_mx_still_first_and_listed_for_removal() -> None:
    zone = google_zone()
    zone.set(DOMAIN, "MX", "0 mx.oldmail.net.", "1 smtp.google.com.")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth)
    status = result.record("mx")
    assert status.state is State.WRONG and status.message_key == "dns.mx_old_first"
    removals = [i for i in result.plan.items if i.action == "remove"]
    assert [i.value for i in removals] == ["0 mx.oldmail.net"]
    assert "plan.mx_remove_old" in dict(result.plan.warnings)


def test_the_legacy_google_mx_set_is_accepted() -> None:
    zone = google_zone()
    zone.set(DOMAIN, "MX", "1 aspmx.l.google.com.", "5 alt1.aspmx.l.google.com.", "5 alt2.aspmx.l.google.com.",
             "10 alt3.aspmx.l.google.com.", "10 alt4.aspmx.l.google.com.")
    with LoopbackDns(zone) as auth:
        status = check(DOMAIN, auth).record("mx")
    assert status.state is State.OK


def test_a_cname_where_a_txt_must_live_is_a_conflict() -> None:
    zone = google_zone()
    zone.set(f"google._domainkey.{DOMAIN}", "TXT")
    zone.add(f"google._domainkey.{DOMAIN}", "CNAME", "dkim.oldmail.net.")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth)
    status = result.record("dkim")
    assert status.state is State.CONFLICT and status.message_key == "dns.cname_conflict"
    assert status.params["target"] == "dkim.oldmail.net"


def test_a_cname_at_the_apex_is_one_warning_and_one_row_to_delete() -> None:
    """MX, SPF and the verification TXT all live at the apex: the same alias was warned about three times."""
    from mailwizard.core.dns.export import bind_snippet

    zone = Zone(zones={"com", "net"})
    zone.add(DOMAIN, "CNAME", "parking.registrar.net.")
    zone.add("parking.registrar.net", "A", "192.0.2.80")
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth)
    conflicts = [w for w in result.plan.warnings if w[0] == "plan.cname_conflict"]
    assert conflicts == [("plan.cname_conflict", {"name": DOMAIN, "target": "parking.registrar.net"})]
    removed = [(i.key, i.rtype, i.value) for i in result.plan.items if i.action == "remove"]
    assert removed == [("cname_remove", "CNAME", "parking.registrar.net")]
    assert "; REMOVE: @\tIN\tCNAME\tparking.registrar.net." in bind_snippet(DOMAIN, result.plan)


def test_a_name_with_the_domain_appended_twice_is_recognised() -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT")
    zone.add(f"_dmarc.{DOMAIN}.{DOMAIN}", "TXT", "v=DMARC1; p=none")
    with LoopbackDns(zone) as auth:
        status = check(DOMAIN, auth).record("dmarc")
    assert status.state is State.WRONG and status.message_key == "dns.doubled_name"
    assert status.params["found"] == f"_dmarc.{DOMAIN}.{DOMAIN}"


def test_propagation_a_stale_resolver_catches_up() -> None:
    stale = google_zone()
    stale.set(DOMAIN, "TXT", "v=spf1 include:_spf.google.com ~all", ttl=1800)  # cached before verification
    with LoopbackDns(google_zone()) as auth, LoopbackDns(stale) as resolver:
        result = check(DOMAIN, auth, resolver)
        status = result.record("verification")
        assert status.state is State.PROPAGATING and status.params == {"seconds": "1800"}
        assert states(result, "verification") == [State.OK, State.PROPAGATING]
        assert result.verified and not result.all_ok
        stale.set(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 include:_spf.google.com ~all")
        assert check(DOMAIN, auth, resolver).all_ok


def test_a_resolver_that_never_answers_times_out_without_blocking_the_rest() -> None:
    with LoopbackDns(google_zone()) as auth, SilentDns() as silent:
        result = check(DOMAIN, auth, silent, timeout=0.3)
    assert states(result, "mx") == [State.OK, State.TIMEOUT]
    assert result.record("mx").state is State.OK  # right at the host; one resolver unreachable
    assert result.record("mx").message_key == "row.ok_some_unreachable"


def test_servfail_is_reported_as_a_server_error() -> None:
    zone = google_zone()
    zone.servfail.add(DOMAIN)
    with LoopbackDns(zone) as auth:
        result = check(DOMAIN, auth)
    assert states(result, "mx") == [State.ERROR]
    assert result.record("mx").message_key == "row.unreachable"


def test_an_unregistered_domain_is_missing_everything() -> None:
    with LoopbackDns(google_zone()) as auth:
        result = check("never-registered.com", auth)
    assert result.record("mx").state is State.MISSING
    assert result.record("verification").state is State.MISSING


def test_a_truncated_udp_answer_is_retried_over_tcp() -> None:
    zone = google_zone()
    zone.add(f"google._domainkey.{DOMAIN}", "TXT", "x" * 600)  # two long TXT: > 512 bytes
    with LoopbackDns(zone, udp_limit=512) as auth:
        obs = asyncio.run(ask(f"google._domainkey.{DOMAIN}", "TXT", Vantage("authoritative", "127.0.0.1", auth.port)))
        result = check(DOMAIN, auth)
    assert obs.used_tcp and DKIM in obs.values
    assert result.record("dkim").state is State.OK


def test_an_idn_domain_is_checked_in_its_ascii_form() -> None:
    idn = "xn--fsqu00a.xn--fiqs8s"
    with LoopbackDns(google_zone(idn)) as auth:
        result = check(idn, auth)
    assert result.all_ok
    assert result.record("dkim").record.name == f"google._domainkey.{idn}"


def test_the_authoritative_servers_are_found_by_walking_from_the_parent() -> None:
    zone = google_zone()
    zone.add("com", "NS", "a.gtld.test.")
    zone.add("a.gtld.test", "A", "127.0.0.1")
    zone.add(DOMAIN, "NS", "ns1.dnshost.net.", "ns2.dnshost.net.")
    zone.add("ns1.dnshost.net", "A", "127.0.0.1")
    zone.add("ns2.dnshost.net", "A", "127.0.0.1")
    with LoopbackDns(zone) as server:
        resolver = Vantage("resolver", "127.0.0.1", server.port)
        delegation = asyncio.run(find_authoritative(DOMAIN, [resolver], port=server.port, timeout=0.5))
        assert delegation.from_parent
        assert delegation.nameservers == ("ns1.dnshost.net", "ns2.dnshost.net")
        assert [v.label for v in delegation.servers] == [f"authoritative:127.0.0.1:{server.port}"]
        asked_parent = [q for q in server.queries if q == (DOMAIN, "NS")]
        assert asked_parent


def test_microsoft_needs_its_tenant_values_before_the_mx_can_be_checked() -> None:
    with LoopbackDns(google_zone()) as auth:
        result = check(DOMAIN, auth, values={}, provider="microsoft")
    assert result.record("mx").state is State.WAITING
    assert result.record("mx").params == {"value": "mx_host"}
    assert not result.verified


@pytest.mark.parametrize("as_json", [True, False])
def test_the_command_line_check(capsys, as_json: bool) -> None:
    with LoopbackDns(google_zone()) as auth:
        argv = ["dns", "check", DOMAIN, "--provider", "google", "--nameserver", f"127.0.0.1:{auth.port}",
                "--resolver", f"127.0.0.1:{auth.port}", "--value", "verification=abc123",
                "--value", f"dkim={DKIM}", "--timeout", "0.5", "--lang", "en"] + (["--json"] if as_json else [])
        code = cli_main(argv)
    out = capsys.readouterr().out
    assert code == 0
    if as_json:
        data = json.loads(out)
        assert data["domain"] == DOMAIN and data["provider"] == "google"
        first = data["results"][0]
        assert set(first) >= {"name", "type", "vantage", "state", "expected", "observed", "message_key"}
        assert {r["state"] for r in data["results"]} == {"ok"}
        assert {r["vantage"] for r in data["results"]} == {f"authoritative:127.0.0.1:{auth.port}",
                                                           f"resolver:127.0.0.1:{auth.port}"}
    else:
        assert "Correct everywhere." in out


def test_the_command_line_exit_codes(capsys) -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT")  # optional: left out, nothing is wrong
    argv = ["--provider", "google", "--value", "verification=abc123", "--value", f"dkim={DKIM}", "--lang", "en"]
    with LoopbackDns(zone) as auth:
        server = f"127.0.0.1:{auth.port}"
        assert cli_main(["dns", "check", DOMAIN, "--nameserver", server, "--resolver", server, *argv]) == 0
        zone.set(DOMAIN, "MX")  # mail needs this one
        assert cli_main(["dns", "check", DOMAIN, "--nameserver", server, "--resolver", server, *argv]) == 1
    assert cli_main(["dns", "check", "https://www.example.com/", "--provider", "google", "--lang", "en"]) == 2
    assert "web address" in capsys.readouterr().err
