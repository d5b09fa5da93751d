"""The command line uses the same provider ids and the same core as the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailwizard.cli import main
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.messages import message
from tests.integration.test_dns_check import DKIM, DOMAIN, google_zone
from tests.ui.helpers import translation

CORPUS = Path(__file__).resolve().parents[1] / "data" / "members"


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_plans_for_one_provider_by_its_id(capsys) -> None:
    code, out = run(capsys, "plans", "--seats", "12", "--budget", "100", "--currency", "USD", "--provider", "google")
    assert code == 0
    assert {p["provider"] for p in out["plans"]} == {"google"}
    starter = next(p for p in out["plans"] if p["plan"] == "business-starter")
    assert starter["monthly"] == 84.0 and starter["within_budget"] is True
    assert out["recommendation"]["provider"] == "google"


def test_domain_explains_a_pasted_url(capsys) -> None:
    code, out = run(capsys, "domain", "https://www.例子.中国/")
    assert code == 1
    assert out["key"] == "domain.url" and out["suggestion"] == "例子.中国"


def test_presence_over_loopback_dns(capsys, dns_server) -> None:
    code, out = run(capsys, "presence", "例子.中国", "--resolver", f"127.0.0.1:{dns_server.port}")
    assert code == 0
    assert out["presence"] == "exists" and out["domain"] == "xn--fsqu00a.xn--fiqs8s"


def dns_check(capsys, auth: LoopbackDns, provider: str, *values: str, lang: str = "en") -> tuple[int, dict]:
    server = f"127.0.0.1:{auth.port}"
    pasted = [arg for value in values for arg in ("--value", value)]
    return run(capsys, "dns", "check", "example.com", "--provider", provider, "--nameserver", server,
               "--resolver", server, "--timeout", "0.5", "--json", "--lang", lang, *pasted)


@pytest.mark.parametrize(("provider", "pasted"), [
    ("google", "google-site-verification=abc123"),   # as Google's console shows the TXT value
    ("microsoft", "MS=ms12345678"),                   # as the Microsoft 365 admin center shows it
])
def test_a_verification_value_pasted_with_its_prefix_is_expected_once(capsys, provider: str, pasted: str) -> None:
    zone = Zone(zones={"com"})
    zone.add("example.com", "TXT", pasted)
    with LoopbackDns(zone) as auth:
        _code, out = dns_check(capsys, auth, provider, f"verification={pasted}")
    cells = [r for r in out["results"] if r["key"] == "verification"]
    assert {tuple(r["expected"]) for r in cells} == {(pasted,)}
    assert {r["state"] for r in cells} == {"ok"}


def test_spf_over_the_lookup_limit_is_not_ok(capsys) -> None:
    """Receivers fail SPF for a record that needs more than 10 lookups: every vantage point reading it as
    published is not enough."""
    zone = google_zone()
    chain = " ".join(f"include:s{i}.vendor.test" for i in range(4))
    zone.set(DOMAIN, "TXT", "google-site-verification=abc123", f"v=spf1 {chain} include:_spf.google.com ~all")
    for i in range(4):
        zone.add(f"s{i}.vendor.test", "TXT", "v=spf1 a mx ~all")  # 1 + 2 lookups each
    with LoopbackDns(zone) as auth:
        code, out = dns_check(capsys, auth, "google", "verification=abc123", f"dkim={DKIM}")
    assert {r["state"] for r in out["results"]} == {"ok"}  # each answer is as published…
    assert code == 1                                        # … yet SPF fails
    spf = next(r for r in out["records"] if r["key"] == "spf")
    assert spf["ok"] is False
    warning = next(w for w in out["warnings"] if w["key"] == "plan.spf_too_many_lookups")
    assert warning["params"]["count"] == "14" and warning["params"]["limit"] == "10"
    assert warning["text"].startswith("The SPF record needs 14 DNS lookups; the limit is 10")
    with LoopbackDns(zone) as auth:  # and in words, for a person at a terminal
        server = f"127.0.0.1:{auth.port}"
        assert main(["dns", "check", DOMAIN, "--provider", "google", "--nameserver", server, "--resolver", server,
                     "--value", "verification=abc123", "--value", f"dkim={DKIM}", "--timeout", "0.5",
                     "--lang", "en"]) == 1
    assert "⚠ The SPF record needs 14 DNS lookups" in capsys.readouterr().out


def test_members_check_says_the_aliases_problems_and_suggests_a_list_per_department(capsys, qapp,
                                                                                     tmp_path: Path) -> None:
    # qapp: without it the command line's bare QCoreApplication would outlive the test and abort the window's tests
    sheet = tmp_path / "staff.csv"
    sheet.write_text("姓名,邮箱账号,部门,别名\n李娜,li.na,销售部,\"lina, a1, a2, a3, a4, a5\"\n"
                     "王芳,wang.fang,销售部,lina\n张伟,zhang.wei,财务部,\n", encoding="utf-8")
    code, out = run(capsys, "members", "check", str(sheet), "--domain", "example.com", "--provider", "tencent",
                    "--json", "--lang", "zh_CN")
    assert code == 1 and out["invalid"] == 0  # the rows are fine; the aliases are not
    assert [(p["address"], p["key"]) for p in out["alias_problems"]] == [
        ("li.na@example.com", "shared.too_many_aliases"), ("lina@example.com", "shared.clash_alias")]
    lists = {s["address"]: s for s in out["shared_suggestions"]}
    assert lists["sales@example.com"]["recipients"] == ["li.na@example.com", "wang.fang@example.com"]
    assert lists["sales@example.com"]["name"] == "销售部" and lists["info@example.com"]["name"] == "咨询"
    assert "finance@example.com" in lists


def test_a_names_only_file_gets_addresses_from_the_names(capsys) -> None:
    code, out = run(capsys, "members", "check", str(CORPUS / "names_only.csv"), "--domain", "example.com", "--json")
    assert [row["address"] for row in out["rows"]] == [
        "zhang.wei@example.com", "li.na@example.com", "ouyang.nana@example.com", "smith.john@example.com"]
    assert {row["status"] for row in out["rows"]} == {"ok"} and out["invalid"] == 0 and code == 0
    code, out = run(capsys, "members", "check", str(CORPUS / "names_only.csv"), "--domain", "example.com", "--json",
                    "--pattern", "givenfamily")
    assert out["rows"][0]["address"] == "weizhang@example.com"


# --- each message as key, params and text, in the chosen language -----------------------------------------

def test_a_message_is_given_as_key_params_and_text_in_the_chosen_language(capsys, qapp) -> None:
    """qapp: the translations need an application object, and the window's tests need it to be a QApplication;
    the command line makes a bare QCoreApplication only when there is none (a terminal)."""
    source = "This is a web address. Type only the domain, without https://, www. or slashes."
    for language in ("en", "zh_CN", "zh_TW"):
        code, out = run(capsys, "domain", "https://www.例子.中国/", "--lang", language)
        assert code == 1 and out["key"] == "domain.url" and out["suggestion"] == "例子.中国"
        assert out["params"] == {"suggestion": "例子.中国"}
        assert out["text"] == translation(language, "Messages", source)
    code, out = run(capsys, "--lang", "zh_TW", "domain", "例子.中国")  # before the command too
    assert out["text"] == translation("zh_TW", "Messages", "We will use {domain}.").format(**out["params"])
    assert message("domain.url") == source  # the translators are gone once the command is done


def test_the_language_follows_the_system_unless_chosen(capsys, qapp, monkeypatch) -> None:
    from mailwizard import cli
    from mailwizard.ui.i18n import LANGUAGE_CODES

    assert cli.LANGUAGES == LANGUAGE_CODES  # the app's languages, written out so --help loads no Qt
    monkeypatch.setattr("mailwizard.ui.i18n.system_language", lambda: "zh_CN")
    _code, out = run(capsys, "domain", "https://www.example.com/")
    assert out["text"] == translation("zh_CN", "Messages", out_source("domain.url"))
    _code, out = run(capsys, "domain", "https://www.example.com/", "--lang", "en")
    assert out["text"] == out_source("domain.url")


def test_the_recommendation_is_said_as_the_provider_step_says_it(capsys, qapp) -> None:
    _code, out = run(capsys, "plans", "--seats", "12", "--budget", "100", "--currency", "USD", "--provider", "google",
                     "--lang", "en")
    rec = out["recommendation"]
    assert rec["key"] == "recommend.api" and rec["params"]["n"] == "12"
    assert rec["params"]["plan"] == "Google Workspace Business Starter" and rec["params"]["cost"] == "US$84"
    assert rec["text"] == ("We suggest Google Workspace Business Starter: it holds your 12 people for US$84 a month, "
                           "and MailWizard can create the accounts for you.")
    _code, out = run(capsys, "plans", "--seats", "1", "--provider", "google", "--lang", "zh_TW")
    rec = out["recommendation"]
    assert rec["text"] == translation("zh_TW", "Messages", "We suggest {plan}: one mailbox for {cost} a month, and "
                                      "MailWizard can create the account for you.").format(**rec["params"])


def test_presence_says_where_the_domain_is_hosted(capsys, dns_server) -> None:
    code, out = run(capsys, "presence", "example.com", "--resolver", f"127.0.0.1:{dns_server.port}", "--lang", "en")
    assert code == 0 and out["presence"] == "exists"
    assert out["key"] in ("presence.exists", "presence.exists_at_host")
    assert out["params"]["domain"] == "example.com" and out["text"].startswith("example.com is registered")


def test_every_dns_verdict_carries_its_text(capsys, qapp) -> None:
    zone = google_zone()
    zone.set(f"_dmarc.{DOMAIN}", "TXT")
    with LoopbackDns(zone) as auth:
        code, out = dns_check(capsys, auth, "google", "verification=abc123", f"dkim={DKIM}", lang="zh_CN")
    # DMARC is optional: left out is not "wrong", but still said
    assert code == 0 and out["ok"] is True and out["verified"] is True
    assert out["outstanding"]["yours"] == 0 and out["outstanding"]["left_out"] == 1
    cell = next(r for r in out["results"] if r["key"] == "dmarc")
    assert cell["message_key"] == "dns.missing" and cell["params"]["type"] == "TXT"
    assert cell["text"] == translation("zh_CN", "Messages", out_source("dns.missing")).format(**cell["params"])
    record = next(r for r in out["records"] if r["key"] == "dmarc")
    assert record["ok"] is False and record["state"] == "missing" and record["text"]
    assert next(r for r in out["records"] if r["key"] == "mx")["ok"] is True


def test_every_member_problem_carries_its_text(capsys, qapp) -> None:
    code, out = run(capsys, "members", "check", str(CORPUS / "duplicate_addresses.csv"), "--domain", "example.com",
                    "--json", "--lang", "zh_CN")
    assert code == 1
    duplicate = next(row for row in out["rows"] if row["name"] == "Zhang Wei (Beijing)")
    assert duplicate["errors"] == ["member.address_duplicate"]            # the field scripts already read
    problem = duplicate["problems"][0]
    assert problem["key"] == "member.address_duplicate" and problem["field"] == "local_part"
    assert problem["params"]["row"] == "2"  # the file's own line, as the import preview says it
    assert problem["text"] == translation("zh_CN", "Messages", out_source(problem["key"])).format(**problem["params"])


def out_source(key: str) -> str:
    """The English text of a message key, with its placeholders."""
    from mailwizard.ui.messages import _texts

    return _texts()[key]
