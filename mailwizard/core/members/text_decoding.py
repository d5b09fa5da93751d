"""Decoding a member list saved as text, in the encodings Chinese and Western Office really write."""

from __future__ import annotations

import codecs

from mailwizard.core.members.header_mapping import HEADER_ALIASES
from mailwizard.core.members.raw_table import SAVE_AS_HINT, UnreadableFile


def decode(data: bytes) -> tuple[str, str]:
    """(encoding, text): BOMs first, then strict UTF-8, then GB18030 vs Big5 by content, then charset-normalizer."""
    if not data:
        raise UnreadableFile("import.empty")
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),   # before UTF-16: FF FE 00 00 starts both
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, name in boms:
        if data.startswith(bom):
            try:
                return name, data.decode(name)
            except UnicodeDecodeError as exc:
                if name == "utf-8-sig" and _mixed_with_utf8(data):
                    raise UnreadableFile("import.mixed_encoding") from exc
                raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT}) from exc
    if b"\x00" in data[:65536]:
        return _decode_utf16_without_bom(data)
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mixed_with_utf8(data):
        raise UnreadableFile("import.mixed_encoding")
    name, text = _decode_legacy(data)
    _refuse_garbled(text)
    return name, text


def _mixed_with_utf8(data: bytes) -> bool:
    """Lines in UTF-8 beside lines in a legacy code page (rows appended by another program): any single reading
    garbles one part. A UTF-8 line here has a character from U+0800 up (CJK, kana, Hangul: three bytes); GBK or
    Big5 text is valid UTF-8 of that kind by chance about never (none in 200,000 generated GB2312 rows)."""
    utf8 = legacy = False
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            legacy = True
        else:
            utf8 = utf8 or any(ord(ch) >= 0x800 for ch in text)
        if utf8 and legacy:
            return True
    return False


# A reading that yields these is the wrong one: nobody's name has a private-use or C1 control character, and
# Korean names use the 2,350 everyday syllables of KS X 1001 (Python's euc_kr spells the other 8,822, the ones
# Shift-JIS or GBK bytes read as cp949 give, as 8-byte jamo sequences).
def _implausible(ch: str) -> bool:
    code = ord(ch)
    if 0xE000 <= code <= 0xF8FF or 0x80 <= code <= 0x9F or code == 0xFFFD:
        return True
    return 0xAC00 <= code <= 0xD7A3 and len(ch.encode("euc_kr")) != 2


def _refuse_garbled(text: str) -> None:
    """Text from a guessed code page whose letters are mostly ones no list of people has."""
    letters = [ch for ch in text[:65536] if ord(ch) >= 0x80 and not ch.isspace()]
    odd = [ch for ch in letters if _implausible(ch)]
    if letters and len(odd) * 5 > len(letters):
        word = next(w for w in text.split() if any(_implausible(ch) for ch in w))
        raise UnreadableFile("import.garbled", {"sample": word.split(",")[0][:20]})


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """NUL bytes in a text file: UTF-16 without BOM if they sit in every other byte, else binary."""
    sample = data[:65536]
    half = max(1, len(sample) // 2)
    even = sum(1 for b in sample[0::2] if b == 0) / half
    odd = sum(1 for b in sample[1::2] if b == 0) / half
    name = "utf-16-le" if odd > 0.3 and even < 0.05 else "utf-16-be" if even > 0.3 and odd < 0.05 else None
    if name is not None:
        try:
            return name, data.decode(name)
        except UnicodeDecodeError:
            pass
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """A Chinese ANSI code page (GB18030 covers GBK/GB2312; Big5 family), else cp1252, else charset-normalizer.

    Big5 bytes nearly always also decode as GBK (as gibberish) and short GBK text often decodes as Big5, so a strict
    decode does not decide. In order: a header we know ("姓名", "部門") in one reading only; the share of everyday
    characters of each reading's own standard; on a close call, charset-normalizer when there is enough text to
    judge, and GB18030 (the far more common one) when there is not.
    """
    candidates: list[tuple[int, float, str, str]] = []
    gb = _try_decode(data, ("gb18030",))
    if gb is not None:
        candidates.append((_known_headers(gb[1]), _plausibility(gb[1], "gb2312"), *gb))
    big5 = _try_decode(data, ("big5", "cp950", "big5hkscs"))
    if big5 is not None:
        candidates.append((_known_headers(big5[1]), _plausibility(big5[1], "big5"), *big5))
    if len(candidates) == 2 and candidates[0][0] != candidates[1][0]:
        best = max(candidates, key=lambda c: c[0])
        return best[2], best[3]
    candidates.sort(key=lambda c: c[1], reverse=True)
    if len(candidates) == 2 and candidates[0][1] - candidates[1][1] < 0.15 and candidates[1][1] >= 0.5:
        picked = "gb18030"
        if sum(1 for b in data[:65536] if b >= 0x80) >= 48:
            picked = _charset_normalizer_pick(data, ["gb18030", "big5"]) or picked
        for _hits, _score, name, text in candidates:
            if (name == "gb18030") == picked.startswith("gb"):
                return name, text
    if candidates and candidates[0][1] >= 0.5:
        return candidates[0][2], candidates[0][3]
    western = _try_decode(data, ("cp1252",))
    if western is not None and _looks_western(western[1]):
        return western
    picked_any = _charset_normalizer_pick(data, None)
    if picked_any is not None:
        try:
            return picked_any, data.decode(picked_any)
        except (UnicodeDecodeError, LookupError):
            pass
    if candidates:
        return candidates[0][2], candidates[0][3]
    raise UnreadableFile("import.not_spreadsheet", {"hint": SAVE_AS_HINT})


_CJK_ALIASES = tuple(sorted({a for names in HEADER_ALIASES.values() for a in names if len(a) >= 2 and not a.isascii()}))


def _known_headers(text: str) -> int:
    """How many header words we know appear near the top of text: a decoding that shows "姓名" is the right one."""
    head = text[:4096]
    return sum(1 for alias in _CJK_ALIASES if alias in head)


def _looks_western(text: str) -> bool:
    """Windows-1252 text (Excel on Western European Windows): accented letters next to ASCII letters, not in runs."""
    text = text[:65536]
    high = [i for i, ch in enumerate(text) if ord(ch) >= 0x80]
    if not high:
        return True
    letters = sum(1 for i in high if text[i].isalpha() and ord(text[i]) < 0x250)
    marks = set(high)
    isolated = sum(1 for i in high if i - 1 not in marks and i + 1 not in marks)
    return letters >= 0.9 * len(high) and isolated >= 0.7 * len(high)


def _try_decode(data: bytes, names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        try:
            return name, data.decode(name)
        except UnicodeDecodeError:
            continue
    return None


def _charset_normalizer_pick(data: bytes, isolation: list[str] | None) -> str | None:
    from charset_normalizer import from_bytes  # imported late: it loads frequency tables at import

    best = from_bytes(data[:1_048_576], cp_isolation=isolation).best()
    if best is None:
        return None
    return str(best.encoding).replace("_", "-").lower()


def _plausibility(text: str, standard: str) -> float:
    """Share (0..1) of the non-ASCII characters that are everyday characters of the standard (gb2312 or big5)."""
    scores: list[float] = []
    for ch in text:
        if ord(ch) < 0x80:
            continue
        if len(scores) >= 20_000:
            break
        scores.append(_char_weight(ch, standard))
    return sum(scores) / len(scores) if scores else 1.0


def _char_weight(ch: str, standard: str) -> float:
    code = ord(ch)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        return 1.0                        # CJK punctuation and full-width forms: everyday in both
    if 0xE000 <= code <= 0xF8FF:
        return 0.0                        # private use: bytes the other standard leaves undefined
    is_han = 0x4E00 <= code <= 0x9FFF
    try:
        lead = ch.encode(standard)[0]
    except UnicodeEncodeError:
        return 0.3 if is_han else 0.0     # a rare extension character
    if not is_han:
        return 0.2                        # kana, box drawing, Greek…: legal, unusual in a staff list
    if standard == "gb2312":
        return 1.0 if 0xB0 <= lead <= 0xD7 else 0.6      # level 1 = the 3,755 common hanzi
    return 1.0 if 0xA4 <= lead <= 0xC6 else 0.6          # Big5 frequently used characters
