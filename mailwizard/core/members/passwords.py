"""Temporary passwords that each provider accepts and that can be read aloud or typed without mistakes.

Each provider's rule, with its source, is in its profile (core/providers/profiles/<id>.py); a provider with
no published rule gets DEFAULT_POLICY.

Whatever a policy requires, generate() puts every class it can use in each password (lower, upper,
digit, and a symbol where the policy has symbols), so a password passes "3 of 4" and "all of"
rules alike.
"""

from __future__ import annotations

import secrets
import string

from mailwizard.core.members.password_policy import DEFAULT_POLICY, SAFE_SYMBOLS, PasswordPolicy
from mailwizard.core.providers.profiles import profile_for, profiles

__all__ = ["AMBIGUOUS", "CHARACTERS", "CLASSES", "DEFAULT_POLICY", "PASSWORD_KEYS", "POLICIES", "SAFE_SYMBOLS",
           "TOO_LONG", "TOO_SHORT", "PasswordPolicy", "check", "check_params", "generate", "policy_for"]

# Never generated: each is easily mistaken for another (O/0/o, I/l/1/|) or for a quote.
AMBIGUOUS = set("O0oIl1|`'\"")

LOWER = "".join(c for c in string.ascii_lowercase if c not in AMBIGUOUS)
UPPER = "".join(c for c in string.ascii_uppercase if c not in AMBIGUOUS)
DIGITS = "".join(c for c in string.digits if c not in AMBIGUOUS)

TOO_SHORT = "password.too_short"
TOO_LONG = "password.too_long"
CLASSES = "password.classes"
CHARACTERS = "password.characters"   # a character the providers do not accept (non-ASCII, control)
PASSWORD_KEYS = (TOO_SHORT, TOO_LONG, CLASSES, CHARACTERS)   # every key check() returns


# the real providers' policies by id (the old table; policy_for() is the way to ask)
POLICIES: dict[str, PasswordPolicy] = {p.id: p.password_policy for p in profiles() if not p.sandbox}


def policy_for(provider_id: str) -> PasswordPolicy:
    """The provider's policy, or the conservative default for a provider with no known rule."""
    return profile_for(provider_id).password_policy


def _classes(password: str) -> int:
    """How many of lower, upper, digit and symbol (any other printable ASCII) the password contains."""
    return sum((
        any(c in string.ascii_lowercase for c in password),
        any(c in string.ascii_uppercase for c in password),
        any(c in string.digits for c in password),
        any(c in string.punctuation or c == " " for c in password),
    ))


def generate(policy: PasswordPolicy, length: int = 14) -> str:
    """A random password (from `secrets`) that the provider accepts and a person can read without doubt.

    Every class the policy can use appears at least once, the first character is a letter (some systems
    refuse a leading symbol), and no character of AMBIGUOUS is used. `length` is raised to the policy's
    minimum and lowered to its maximum.
    """
    symbols = "".join(c for c in policy.symbols if c not in AMBIGUOUS)
    pools = [p for p in (LOWER, UPPER, DIGITS, symbols) if p]
    if policy.classes_required > len(pools):
        raise ValueError(f"policy needs {policy.classes_required} classes but offers {len(pools)}")
    length = min(max(length, policy.min_length, len(pools)), policy.max_length)
    if length < len(pools):
        raise ValueError(f"policy allows at most {policy.max_length} characters, fewer than its classes")
    alphabet = "".join(pools)
    chars = [secrets.choice(pool) for pool in pools]            # one of each class
    chars += [secrets.choice(alphabet) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    if not chars[0].isalpha():                                   # a letter first: swap one forward
        first_letter = next(i for i, c in enumerate(chars) if c.isalpha())
        chars[0], chars[first_letter] = chars[first_letter], chars[0]
    return "".join(chars)


def check(password: str, policy: PasswordPolicy) -> list[str]:
    """The rules a password breaks under this policy ([] = acceptable): the policy's definition, which the
    tests hold generate() to. MailWizard generates every temporary password and the UI takes none typed, so
    these keys have no UI text; a page that accepts typed passwords would need one for each (PASSWORD_KEYS).
    Ambiguous characters are not an error here.
    """
    errors: list[str] = []
    if len(password) < policy.min_length:
        errors.append(TOO_SHORT)
    if len(password) > policy.max_length:
        errors.append(TOO_LONG)
    if _classes(password) < policy.classes_required:
        errors.append(CLASSES)
    if any(not (" " <= c <= "~") for c in password):
        errors.append(CHARACTERS)
    return errors


def check_params(policy: PasswordPolicy) -> dict[str, str]:
    """The values the messages of check() refer to: min, max and classes, as strings for translation."""
    return {"min": str(policy.min_length), "max": str(policy.max_length), "classes": str(policy.classes_required)}
