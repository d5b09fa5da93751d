"""Huawei Cloud DNS record values ⇄ the neutral presentation form of ``ZoneRecord.value``.

Huawei's API carries each value as zone-file text: TXT as one or more double-quoted strings of at most 255 bytes
(``"\\"v=spf1 include:spf.example.com -all\\""``; a longer DKIM key as ``"\\"part1\\" \\"part2\\""``), MX as
"preference host." and CNAME/NS targets with the final dot
(https://support.huaweicloud.com/intl/en-us/api-dns/dns_api_64001.html; the TXT quoting also in
resources/dns_hosts/huawei.toml). Huawei's rules for a TXT value: strings in straight double quotes, one space between
them, each at most 255 characters, at most 4096 in all, no backslash — so no way to write a double quote inside
(record-value rules as Huawei's documentation search shows them:
https://huaweicloud.com/s/JWtldHRsZeabv-aNom15c3Fs54m55q6K5a2X56ymJQ/t_30_p_3/JeS6keino-aekOacjeWKoSBETlMl)."""

from __future__ import annotations

from mailwizard.core.dnshosts.api import mx_value, normal_target, split_mx

TXT_PIECE = 255


def txt_pieces(text: str) -> list[str]:
    """The text cut into pieces of at most 255 UTF-8 bytes, never inside a character."""
    pieces, current, size = [], [], 0
    for char in text:
        length = len(char.encode("utf-8"))
        if size + length > TXT_PIECE:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += length
    pieces.append("".join(current))
    return pieces


TXT_TOTAL = 4096


def quote_txt(text: str) -> str:
    """Raises ValueError for a text Huawei cannot hold (a double quote or backslash, more than 4096 characters)."""
    if '"' in text or "\\" in text:
        raise ValueError("a TXT value with a double quote or a backslash cannot be written at Huawei Cloud DNS")
    if len(text) > TXT_TOTAL:
        raise ValueError(f"a TXT value of more than {TXT_TOTAL} characters cannot be written at Huawei Cloud DNS")
    return " ".join(f'"{p}"' for p in txt_pieces(text))


def unquote_txt(wire: str) -> str:
    """Joins the quoted strings of a TXT value (unescaping \\" and \\\\); an unquoted value is taken as it is."""
    wire = wire.strip()
    if not wire.startswith('"'):
        return wire
    out: list[str] = []
    inside, escaped = False, False
    for char in wire:
        if escaped:
            out.append(char)
            escaped = False
        elif inside and char == "\\":
            escaped = True
        elif char == '"':
            inside = not inside
        elif inside:
            out.append(char)
    return "".join(out)


def to_wire(rtype: str, value: str) -> str:
    rtype = rtype.upper()
    if rtype == "TXT":
        return quote_txt(value)
    if rtype == "MX":
        priority, host = split_mx(value)
        return f"{priority} {host}."
    if rtype in ("CNAME", "NS"):
        return normal_target(value) + "."
    return value


def from_wire(rtype: str, wire: str) -> str:
    rtype = rtype.upper()
    if rtype == "TXT":
        return unquote_txt(wire)
    if rtype == "MX":
        priority, host = split_mx(wire)
        return mx_value(priority, host)
    if rtype in ("CNAME", "NS"):
        return normal_target(wire)
    return wire.strip()
