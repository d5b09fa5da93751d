"""TXT text in zone-file presentation form, for the zone snippets the app writes (the planned records, a DNS
run's backup)."""

from __future__ import annotations


def _character_string(chunk: bytes) -> str:
    """One <character-string> in presentation form (RFC 1035 §5.1): printable ASCII as is, '"' and '\\' escaped,
    every other byte as \\DDD, so the text round-trips byte for byte."""
    out = []
    for byte in chunk:
        if byte in (0x22, 0x5C):
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03d}")
    return '"' + "".join(out) + '"'


def txt_rdata(value: str) -> str:
    """TXT text as quoted strings of at most 255 bytes each (RFC 1035 §3.3.14)."""
    raw = value.encode("utf-8")
    return " ".join(_character_string(raw[i:i + 255]) for i in range(0, len(raw), 255)) or '""'
