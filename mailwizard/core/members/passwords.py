"""Temporary passwords that each provider accepts and that can be read aloud or typed without mistakes.

Sources of each provider's rule (⚠️ = not confirmed by the provider's own text):
- Google Workspace: 8–100 characters, no required classes by default (an admin may switch on
  "Enforce strong password", whose test is not published; a domain's admin may also raise the minimum).
  https://support.google.com/a/answer/139399 ("Enforce and monitor password requirements for users"),
  the range as restated at https://www.infiflex.com/new-password-security-setting.
- Microsoft 365 / Entra ID: 8–256 characters, 3 of 4 classes (lower, upper, digit, symbol), symbols from
  @ # $ % ^ & * - _ ! + = [ ] { } | \\ : ' , . ? / ` ~ " ( ) ; < > and blank space, no Unicode.
  https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy
- Tencent Exmail ⚠️: no published rule found. Its API reference describes `password` only as
  "英文和数字" (letters and digits), https://exmail.qq.com/qy_mng_logic/doc#10014, so generated
  passwords use no symbols there; 8–32 characters and 3 classes is a conservative guess.
- Alibaba Mail: 8–64 characters with 3 of 4 classes (the team's notes, shared/design/PROVIDERS.md). A
  copy of Alibaba Mail's admin help on weak-password blacklists (http://www.shizhucha.net/news_in/856)
  gives "默认密码规则：密码长度8-64字符。须同时包含大写…" (cut off there), so generated passwords carry
  all four classes; https://mailhelp.aliyun.com/openapi is the API reference the notes cite.
- West Digital (west.cn) and 35.com ⚠️: no published rule found; the conservative default applies.

Whatever a policy requires, generate() puts every class it can use in each password (lower, upper,
digit, and a symbol where the policy has symbols), so a password passes "3 of 4" and "all of"
rules alike.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass

# Never generated: each is easily mistaken for another (O/0/o, I/l/1/|) or for a quote.
AMBIGUOUS = set("O0oIl1|`'\"")

# Symbols that can be read aloud in Chinese and English, typed on both keyboards without an input
# method turning them full-width, and that every provider above accepts. "_" is left out: a Chinese
# IME gives "——" for Shift+-, and it disappears under an underlined link.
SAFE_SYMBOLS = "@#%+=?!-"

LOWER = "".join(c for c in string.ascii_lowercase if c not in AMBIGUOUS)
UPPER = "".join(c for c in string.ascii_uppercase if c not in AMBIGUOUS)
DIGITS = "".join(c for c in string.digits if c not in AMBIGUOUS)

TOO_SHORT = "password.too_short"
TOO_LONG = "password.too_long"
CLASSES = "password.classes"
CHARACTERS = "password.characters"   # a character the providers do not accept (non-ASCII, control)
PASSWORD_KEYS = (TOO_SHORT, TOO_LONG, CLASSES, CHARACTERS)   # every key check() returns


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int
    max_length: int
    classes_required: int   # how many of lower, upper, digit, symbol a password must contain
    symbols: str            # the symbols generate() may use ("" = none)
    source: str             # where the rule comes from (URL); "" when none was published


DEFAULT_POLICY = PasswordPolicy(12, 16, 4, SAFE_SYMBOLS, "")   # unknown provider: long enough, all classes,
                                                               # within the 16 that older hosts cap at

POLICIES: dict[str, PasswordPolicy] = {
    "google": PasswordPolicy(8, 100, 1, SAFE_SYMBOLS, "https://support.google.com/a/answer/139399"),
    "microsoft": PasswordPolicy(
        8, 256, 3, SAFE_SYMBOLS, "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy"),
    "tencent": PasswordPolicy(8, 32, 3, "", "https://exmail.qq.com/qy_mng_logic/doc#10014"),
    "alibaba": PasswordPolicy(8, 64, 3, SAFE_SYMBOLS, "https://mailhelp.aliyun.com/openapi"),
    "west": DEFAULT_POLICY,
    "35com": DEFAULT_POLICY,
}


def policy_for(provider_id: str) -> PasswordPolicy:
    """The provider's policy, or the conservative default for a provider with no known rule."""
    return POLICIES.get(provider_id, DEFAULT_POLICY)


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
