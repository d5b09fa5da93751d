"""`mailwizard-cli dns check` with nobody answering: the computer seems offline, not "your DNS host", and one run
of a command promises no retry it will not make."""

from __future__ import annotations

import json

from mailwizard.cli import main
from mailwizard.sandbox.dns_server import LoopbackDns, SilentDns
from tests.integration.test_dns_check import google_zone


def _check(capsys, *servers: str, as_json: bool = True) -> tuple[int, str, str]:
    flags = [arg for server in servers for arg in ("--resolver", server)]
    code = main(["dns", "check", "example.com", "--provider", "google", *flags, "--timeout", "0.3", "--lang", "en",
                 *(["--json"] if as_json else [])])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_no_server_answering_says_the_computer_seems_offline(capsys) -> None:
    with SilentDns() as silent:
        code, out, _err = _check(capsys, f"127.0.0.1:{silent.port}")
    report = json.loads(out)
    assert code == 2 and report["problem"]["key"] == "dns.nobody_answered"
    assert "offline" in report["problem"]["text"] and f"127.0.0.1:{silent.port}" in report["problem"]["text"]
    said = [r["text"] for r in report["records"]] + [r["text"] for r in report["results"]]
    assert not any("we will" in text.lower() for text in said), said


def test_in_words_it_is_one_sentence_on_stderr(capsys) -> None:
    with SilentDns() as silent:
        code, out, err = _check(capsys, f"127.0.0.1:{silent.port}", as_json=False)
    assert code == 2 and out == ""
    assert "seems to be offline" in err and "DNS host" not in err and "try again" not in err


def test_one_server_silent_is_still_a_check_with_no_retry_promised(capsys) -> None:
    with LoopbackDns(google_zone()) as auth, SilentDns() as silent:
        code = main(["dns", "check", "example.com", "--provider", "google", "--nameserver",
                     f"127.0.0.1:{auth.port}", "--resolver", f"127.0.0.1:{silent.port}", "--timeout", "0.3",
                     "--json", "--lang", "en"])
        report = json.loads(capsys.readouterr().out)
    assert "problem" not in report and code in (0, 1)
    timed_out = [r for r in report["results"] if r["state"] == "timeout"]
    assert timed_out and all(r["text"] == "This server did not answer in time." for r in timed_out)
