"""What a provider accepts as a temporary password (each provider's own policy is in its profile)."""

from __future__ import annotations

from dataclasses import dataclass

# Symbols that can be read aloud in Chinese and English, typed on both keyboards without an input
# method turning them full-width, and that every provider accepts. "_" is left out: a Chinese
# IME gives "——" for Shift+-, and it disappears under an underlined link.
SAFE_SYMBOLS = "@#%+=?!-"


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int
    max_length: int
    classes_required: int   # how many of lower, upper, digit, symbol a password must contain
    symbols: str            # the symbols generate() may use ("" = none)
    source: str             # where the rule comes from (URL); "" when none was published


DEFAULT_POLICY = PasswordPolicy(12, 16, 4, SAFE_SYMBOLS, "")   # unknown provider: long enough, all classes,
                                                               # within the 16 that older hosts cap at
