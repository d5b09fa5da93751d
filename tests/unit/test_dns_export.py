"""The planned records' zone snippet: TXT text cut into strings of at most 255 bytes (RFC 1035 §3.3.14), however
many bytes its characters take, and read back byte for byte."""

from __future__ import annotations

import re

from mailwizard.core.dns.export import bind_snippet
from mailwizard.core.dns.plan import ChangePlan, PlannedRecord


def strings_of(line: str) -> list[bytes]:
    """The <character-string>s of a TXT line, unescaped (\\DDD and \\X) to their bytes."""
    out = []
    for quoted in re.findall(r'"((?:[^"\\]|\\.)*)"', line):
        raw = bytearray()
        i = 0
        while i < len(quoted):
            if quoted[i] == "\\" and quoted[i + 1:i + 4].isdigit():
                raw.append(int(quoted[i + 1:i + 4]))
                i += 4
            elif quoted[i] == "\\":
                raw += quoted[i + 1].encode()
                i += 2
            else:
                raw += quoted[i].encode()
                i += 1
        out.append(bytes(raw))
    return out


def test_a_long_txt_of_three_byte_characters_is_cut_by_bytes_and_reads_back_whole() -> None:
    text = "公司说明" * 60 + ' "quoted" \\ end'  # 240 characters of 3 bytes each, then ASCII
    plan = ChangePlan([PlannedRecord("note", "TXT", "example.com", text, "add")])
    line = next(ln for ln in bind_snippet("example.com", plan).splitlines() if "\tTXT\t" in ln)
    strings = strings_of(line)
    assert all(len(s) <= 255 for s in strings) and len(strings) == 3
    assert b"".join(strings) == text.encode("utf-8")
