"""Hostile domains and addresses: whatever is typed or pasted, every path that checks a domain gives a verdict
with a message key, never a traceback (idna refuses input over 1,024 characters with an exception)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from mailwizard.core.domains import DOMAIN_KEYS, EMAIL_KEYS, check_domain, check_email
from mailwizard.core.members.model import Member
from mailwizard.core.members.table import check_member, domain_key

HOSTILE = [
    "a" * 1025 + ".com", "a" * 5000, ".".join(["a"] * 1000) + ".com", "a." * 1000, "例子" * 600 + ".中国",
    "\x00", "a\x00b.com", "example.com\x00", "\ud800.com", "例子.\udfff", "a..com", "a.com.", "a.com..", "...", ".",
    "。", "xn--.com", "xn--zz.com", "\u00ad" * 2000 + "a.com", "ﷺ" * 300 + ".com", "㍿" * 600 + ".com",
    "mailto:" + "a" * 2000, "http://" + "a" * 3000 + ".com/", "a" * 2000 + ":80", "a" * 3000 + "/x",
    "<" * 3000 + ">" * 3000, "<>", "<<>>", "\u202eexample.com", "\x1b[31mexample.com", "exаmple.com",  # Cyrillic а
    "αβγ.com", "例子abc.中国", "//[", "//]x[", "//[::1:x]", "http://[bad]/", "[::1]", "1.2.3.4", "а" * 2000 + ".com",
    "ß" * 1000 + ".de", "a@b@c", "\ud800@example.com", "a@\ud800.com", "x@" + "a" * 1100 + ".com",
    ".".join(["a"] * 126) + ".com",
]


def _random_inputs(count: int) -> list[str]:
    pieces = ["a", "例子", "xn--", "xn--fsqu00a", "-", ".", "..", "。", "\x00", "\ud800", "\udfff", "\u0301", "е", "α",
              "ß", "\u200d", "\u00ad", "@", ":", "/", " ", "\t", "\n", "\x7f", "\x1b", "com", "中国", "٣", "ⓐ", "㍿",
              "ﷺ", "\U0001f600", "a" * 63, "b" * 300, "1", "[", "]", "<", ">", "www.", "ǅ", "İ", "\uff0e", "mailto:",
              "http://"]
    rnd = random.Random(16)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(count)]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_domain_gets_a_verdict_not_an_exception(text: str) -> None:
    _gets_a_verdict(text)


def test_random_pieces_of_domains_get_a_verdict() -> None:
    failed = []
    for text in _random_inputs(3000):
        try:
            _gets_a_verdict(text)
        except Exception as exc:  # the report lists every input that fails, not just the first
            failed.append((text, repr(exc)))
    assert failed == []


def _gets_a_verdict(text: str) -> None:
    for typed in (text, "someone@" + text):
        domain = check_domain(typed)
        assert domain.key in DOMAIN_KEYS
        email = check_email(typed)
        assert email.key in EMAIL_KEYS
        assert not email.ok or email.address is not None
        for verdict in (domain, email):
            # what a message quotes back can be shown: no control character, no lone surrogate, not a novel
            assert all(len(value) <= 80 and value.isprintable() for value in verdict.params.values())
    domain_key(text)


def test_a_very_long_domain_says_how_long_it_is_and_the_limit() -> None:
    verdict = check_domain("a" * 1025 + ".com")
    assert verdict.key == "domain.too_long"
    assert verdict.params == {"length": "1029", "max": "253"}
    email = check_email("info@" + "a" * 1025 + ".com")
    assert email.key == "email.bad_domain" and email.params["reason"] == "domain.too_long"


def test_an_invisible_character_is_named_by_its_code_point() -> None:
    assert check_domain("a\x00b.com").params == {"char": "U+0000"}
    assert check_domain("\ud800.com").params == {"char": "U+D800"}


def test_a_lone_surrogate_is_not_a_valid_local_part() -> None:
    assert check_email("\ud800@example.com").key == "email.bad_local"


def test_a_personal_email_cell_with_a_huge_domain_is_a_problem_not_a_crash() -> None:
    member = Member(display_name="Li Lei", local_part="li.lei", personal_email="li@" + "a" * 2000 + ".com")
    assert [p.key for p in check_member(member)] == ["member.personal_email_invalid"]


@pytest.mark.parametrize("argv", [
    ("domain", "a" * 1100 + ".com"),
    ("presence", "a" * 1100 + ".com"),
    ("dns", "check", "a" * 1100 + ".com", "--provider", "google", "--json"),
])
def test_the_command_line_refuses_a_huge_domain_in_words(capsys, argv: tuple[str, ...]) -> None:
    from mailwizard.cli import main

    code = main([*argv, "--lang", "en"])
    out = json.loads(capsys.readouterr().out)
    assert code in (1, 2)
    assert out["key"] == "domain.too_long" and "1104" in out["text"] and "253" in out["text"]


def test_members_check_refuses_a_huge_domain_in_words(capsys, tmp_path: Path) -> None:
    from mailwizard.cli import main

    members = tmp_path / "staff.csv"
    members.write_text("Name,Email\nLi Lei,li@example.com\n", encoding="utf-8")
    code = main(["members", "check", str(members), "--domain", "a" * 1100 + ".com", "--json", "--lang", "en"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2 and out["key"] == "domain.too_long"
