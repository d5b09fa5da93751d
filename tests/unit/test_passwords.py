"""Temporary passwords: each provider's policy met, nothing ambiguous, only `secrets` randomness."""

from __future__ import annotations

import string
from collections import Counter

import pytest

from mailwizard.core.members.passwords import (
    AMBIGUOUS,
    DEFAULT_POLICY,
    PASSWORD_KEYS,
    POLICIES,
    SAFE_SYMBOLS,
    PasswordPolicy,
    check,
    check_params,
    generate,
    policy_for,
)

CLASS_SETS = (set(string.ascii_lowercase), set(string.ascii_uppercase), set(string.digits), set(string.punctuation))


def classes_in(password: str) -> int:
    return sum(bool(set(password) & cls) for cls in CLASS_SETS)


def test_policies_cover_every_provider_and_cite_a_source() -> None:
    assert set(POLICIES) == {"google", "microsoft", "tencent", "alibaba", "west", "35com"}
    for key in ("google", "microsoft", "tencent", "alibaba"):
        assert POLICIES[key].source.startswith("https://"), key
    assert (POLICIES["google"].min_length, POLICIES["google"].max_length) == (8, 100)
    assert (POLICIES["microsoft"].min_length, POLICIES["microsoft"].max_length,
            POLICIES["microsoft"].classes_required) == (8, 256, 3)
    assert (POLICIES["alibaba"].min_length, POLICIES["alibaba"].max_length,
            POLICIES["alibaba"].classes_required) == (8, 64, 3)


def test_unknown_provider_gets_the_conservative_default() -> None:
    policy = policy_for("somewhere-else")
    assert policy is DEFAULT_POLICY
    assert policy.min_length >= 12 and policy.classes_required == 4


@pytest.mark.parametrize("key", [*POLICIES, "unknown"])
def test_a_thousand_generated_passwords_pass_their_policy(key: str) -> None:
    policy = policy_for(key)
    passwords = [generate(policy) for _ in range(1000)]
    usable_classes = 4 if policy.symbols else 3
    for password in passwords:
        assert check(password, policy) == [], password
        assert not set(password) & AMBIGUOUS, password
        assert classes_in(password) == usable_classes >= policy.classes_required, password
        assert set(password) <= set(string.ascii_letters + string.digits + policy.symbols), password
        assert password[0].isalpha(), password
        assert policy.min_length <= len(password) <= policy.max_length
    assert len(set(passwords)) == len(passwords)                 # no repeats in 1,000
    counts = Counter("".join(passwords))
    assert len(counts) > 40 if policy.symbols else len(counts) > 35   # the whole alphabet gets used
    assert max(counts.values()) < 3 * min(counts.values()) + 100       # no character grossly favoured
    assert len({p[0] for p in passwords}) > 20                         # first characters vary too


def test_generated_symbols_are_safe_ones() -> None:
    assert not set(SAFE_SYMBOLS) & AMBIGUOUS
    assert "_" not in SAFE_SYMBOLS
    symbols = {c for _ in range(300) for c in generate(POLICIES["microsoft"]) if c in string.punctuation}
    assert symbols == set(SAFE_SYMBOLS)


def test_tencent_passwords_have_no_symbols() -> None:
    assert all(c.isalnum() for _ in range(200) for c in generate(POLICIES["tencent"]))


def test_length_is_kept_within_the_policy() -> None:
    assert len(generate(POLICIES["google"], length=4)) == 8
    assert len(generate(POLICIES["google"], length=20)) == 20
    assert len(generate(DEFAULT_POLICY, length=40)) == DEFAULT_POLICY.max_length
    assert len(generate(PasswordPolicy(1, 3, 3, "", ""), length=1)) == 3


def test_impossible_policies_are_refused() -> None:
    with pytest.raises(ValueError):
        generate(PasswordPolicy(8, 16, 4, "", ""))                # 4 classes, no symbols to use
    with pytest.raises(ValueError):
        generate(PasswordPolicy(1, 2, 3, "", ""))                 # 3 classes cannot fit in 2 characters


@pytest.mark.parametrize(("password", "key", "errors"), [
    ("Abcdef1!", "microsoft", []),
    ("Abc1!", "microsoft", ["password.too_short"]),
    ("abcdefgh", "microsoft", ["password.classes"]),
    ("abcdefg1", "microsoft", ["password.classes"]),
    ("abcdEFG1", "microsoft", []),
    ("a" * 257, "microsoft", ["password.too_long", "password.classes"]),
    ("abcdefgh", "google", []),
    ("x" * 101, "google", ["password.too_long"]),
    ("Aa1!" * 16, "alibaba", []),
    ("Aa1!" * 16 + "x", "alibaba", ["password.too_long"]),
    ("abc", "unknown", ["password.too_short", "password.classes"]),
    ("Abcdefgh12#x", "unknown", []),
    ("Abcdefgh12xy", "unknown", ["password.classes"]),
    ("密码Abcdef1!", "microsoft", ["password.characters"]),
    ("Abcdef1！", "microsoft", ["password.characters"]),   # full-width "!" from an IME
    ("O0oIl1|`Aa", "microsoft", []),              # ambiguous characters are fine when the user typed them
])
def test_check_error_keys(password: str, key: str, errors: list[str]) -> None:
    assert check(password, policy_for(key)) == errors


def test_every_key_check_returns_is_listed() -> None:
    found = {k for p in ("", "密", "a" * 300) for pol in POLICIES.values() for k in check(p, pol)}
    assert found == set(PASSWORD_KEYS)


def test_check_params() -> None:
    assert check_params(POLICIES["microsoft"]) == {"min": "8", "max": "256", "classes": "3"}
