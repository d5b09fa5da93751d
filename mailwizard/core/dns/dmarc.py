"""Is a DMARC record one that receiving mail servers will use? (RFC 7489, section 6.3)

A record they cannot read is ignored as if it were not there, so a typo ("p=nnone", "v=DMARC;") is a
missing DMARC policy, not the user's own one to keep.
"""

from __future__ import annotations

POLICIES = ("none", "quarantine", "reject")


def looks_like_dmarc(text: str) -> bool:
    """Meant as a DMARC record, valid or not (so a broken one is replaced, never joined by a second)."""
    return text.strip().strip('"').lower().startswith("v=dmarc")


def problem(text: str) -> str | None:
    """What makes the record unusable, in the record's own words ("v=DMARC", "p=nnone"); None when valid."""
    tags = [t.strip() for t in text.strip().strip('"').split(";")]
    if not tags or tags[0].replace(" ", "") != "v=DMARC1":  # its value must match precisely
        return tags[0] if tags else text
    pairs: dict[str, str] = {}
    for tag in tags[1:]:
        if not tag:
            continue  # a trailing ";" is allowed
        name, sep, value = tag.partition("=")
        if not sep or not name.strip().isalnum():
            return tag  # e.g. "p=none rua=mailto:…" run together without ";"
        pairs[name.strip().lower()] = value.strip()
    policy = pairs.get("p")
    if policy is None:
        return "p"
    if policy.lower() not in POLICIES:
        return f"p={policy}"
    return None
