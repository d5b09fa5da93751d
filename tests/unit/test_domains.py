"""The domain rules: each bad or tricky input gets its own message key (and a fix where one exists)."""

from __future__ import annotations

import pytest

from mailwizard.core.domains import DOMAIN_KEYS, EMAIL_KEYS, check_domain, check_email

# (typed, expected key, expected A-label when ok / suggestion when offered)
CASES = [
    # accepted, possibly normalised
    ("example.com", "domain.ok", "example.com"),
    ("例子.中国", "domain.ok", "xn--fsqu00a.xn--fiqs8s"),
    ("xn--fsqu00a.xn--fiqs8s", "domain.normalized", "xn--fsqu00a.xn--fiqs8s"),
    ("例子。中国", "domain.normalized", "xn--fsqu00a.xn--fiqs8s"),        # ideographic full stop
    ("Example.COM", "domain.normalized", "example.com"),
    ("example.com.", "domain.normalized", "example.com"),                # trailing dot = root
    ("ＥＸＡＭＰＬＥ．ｃｏｍ", "domain.normalized", "example.com"),      # full-width, from a CJK IME
    ("  example.com\u3000", "domain.ok", "example.com"),                 # spaces around, ideographic space
    ("\u200bexample.com\ufeff", "domain.ok", "example.com"),             # zero-width characters pasted
    ("<example.com>", "domain.ok", "example.com"),
    ("「example.com」", "domain.ok", "example.com"),
    ("example.com.cn", "domain.ok", "example.com.cn"),
    ("example.co.uk", "domain.ok", "example.co.uk"),
    ("公司.台灣", "domain.ok", "xn--55qx5d.xn--kpry57d"),
    ("Faß.de", "domain.normalized", "xn--fa-hia.de"),                    # IDNA 2008, not transitional
    ("a" * 63 + ".com", "domain.ok", "a" * 63 + ".com"),
    # pasted something else than a domain
    ("https://www.Example.com/", "domain.url", "example.com"),
    ("http://例子.中国/about", "domain.url", "例子.中国"),
    ("//example.com/x", "domain.url", "example.com"),
    ("info@example.com", "domain.email", "example.com"),
    ("mailto:info@example.com", "domain.email", "example.com"),
    ("example.com/contact", "domain.path", "example.com"),
    ("example.com?x=1", "domain.path", "example.com"),
    ("example.com:8080", "domain.port", "example.com"),
    ("www.example.com", "domain.www", "example.com"),
    ("www.例子.中国", "domain.www", "例子.中国"),
    ("mail.example.com", "domain.subdomain", "example.com"),
    ("a.b.example.com.cn", "domain.subdomain", "example.com.cn"),
    # malformed
    ("", "domain.empty", None),
    ("   ", "domain.empty", None),
    ("exa mple.com", "domain.space", None),
    ("192.168.1.10", "domain.ip_address", None),
    ("[2001:db8::1]", "domain.ip_address", None),
    (".example.com", "domain.leading_dot", None),
    ("example..com", "domain.empty_label", None),
    ("example.com..", "domain.empty_label", None),
    ("exa_mple.com", "domain.invalid_character", None),
    ("*.example.com", "domain.invalid_character", None),
    ("exam!ple.com", "domain.invalid_character", None),
    ("☃.com", "domain.invalid_character", None),
    ("-example.com", "domain.label_hyphen_edge", None),
    ("example-.com", "domain.label_hyphen_edge", None),
    ("ex--ample.com", "domain.label_hyphen34", None),
    ("xn--zz.com", "domain.bad_punycode", None),
    ("xn--abc.com", "domain.bad_punycode", None),        # decodes to a control character, not a typed one
    ("еxample.com", "domain.mixed_scripts", None),       # a Cyrillic е: a look-alike of example.com
    ("gооgle.com", "domain.mixed_scripts", None),        # Cyrillic о

    ("a" * 64 + ".com", "domain.label_too_long", None),
    (".".join(["a" * 60] * 5) + ".com", "domain.too_long", None),
    # not a registrable domain
    ("com", "domain.bare_tld", None),
    ("中国", "domain.bare_tld", None),
    ("com.cn", "domain.public_suffix", None),
    ("co.uk", "domain.public_suffix", None),
    ("mycompany", "domain.no_tld", None),
    ("163", "domain.no_tld", None),
    ("office.local", "domain.reserved_tld", None),
    ("shop.test", "domain.reserved_tld", None),
    ("router.lan", "domain.reserved_tld", None),
    ("example.123", "domain.numeric_tld", None),
    ("example.comm", "domain.unknown_tld", None),
]


@pytest.mark.parametrize(("typed", "key", "expected"), CASES, ids=[repr(c[0])[:40] for c in CASES])
def test_domain_rules(typed: str, key: str, expected: str | None) -> None:
    verdict = check_domain(typed)
    assert verdict.key == key
    assert verdict.key in DOMAIN_KEYS
    if verdict.ok:
        assert verdict.ascii == expected
        assert verdict.unicode is not None
    else:
        assert verdict.ascii is None
        assert verdict.suggestion == expected


def test_there_are_at_least_40_distinct_bad_or_tricky_inputs() -> None:
    tricky = [c for c in CASES if c[1] != "domain.ok" or c[0] != c[2]]
    assert len({c[0] for c in tricky}) >= 40
    assert len({c[1] for c in CASES}) >= 25


def test_unicode_form_round_trips() -> None:
    verdict = check_domain("xn--fsqu00a.xn--fiqs8s")
    assert verdict.unicode == "例子.中国"
    assert verdict.params == {"domain": "例子.中国"}


def test_message_parameters_name_the_offending_part() -> None:
    assert check_domain("exa_mple.com").params == {"char": "_"}
    assert check_domain("☃.com").params == {"char": "☃"}
    assert check_domain("-example.com").params == {"label": "-example"}
    assert check_domain("mail.example.com").params == {"typed": "mail.example.com", "domain": "example.com"}
    assert check_domain("example.comm").params == {"tld": "comm"}
    assert check_domain(".".join(["a" * 60] * 5) + ".com").params == {"length": "308", "max": "253"}


EMAIL_CASES = [
    ("wangfang@163.com", "email.ok", "wangfang@163.com"),
    ("Anna.Lee+hr@mail.example.com", "email.ok", "Anna.Lee+hr@mail.example.com"),
    ("王芳@例子.中国", "email.ok", "王芳@例子.中国"),
    ("anna@EXAMPLE.com", "email.ok", "anna@example.com"),
    ("mailto:anna@example.com", "email.ok", "anna@example.com"),
    ("", "email.empty", None),
    ("anna.example.com", "email.no_at", None),
    ("anna@@example.com", "email.many_at", None),
    (".anna@example.com", "email.bad_local", None),
    ("an..na@example.com", "email.bad_local", None),
    ("an na@example.com", "email.bad_local", None),
    ("a" * 65 + "@example.com", "email.local_too_long", None),
    ("anna@com", "email.bad_domain", None),
    ("anna@exa_mple.com", "email.bad_domain", None),
]


@pytest.mark.parametrize(("typed", "key", "address"), EMAIL_CASES)
def test_email_rules(typed: str, key: str, address: str | None) -> None:
    verdict = check_email(typed)
    assert verdict.key == key
    assert verdict.key in EMAIL_KEYS
    assert verdict.address == address
