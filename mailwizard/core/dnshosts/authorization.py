"""Reading back an ``ALGORITHM Key=value, Key=value`` Authorization header, the shape Alibaba's V3 and Huawei's
SDK-HMAC-SHA256 signatures share (the loopback fakes check a request's signature from it)."""

from __future__ import annotations


def split_authorization(value: str, algorithm: str, required: set[str]) -> dict[str, str] | None:
    """The header's parts after ``algorithm``; None when it is malformed or lacks one of ``required``."""
    if not value.startswith(algorithm + " "):
        return None
    parts: dict[str, str] = {}
    for item in value[len(algorithm) + 1:].split(","):
        key, sep, val = item.strip().partition("=")
        if not sep:
            return None
        parts[key] = val
    return parts if required <= parts.keys() else None
