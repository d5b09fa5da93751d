"""Mailbox addresses suggested from people's names: Chinese (pinyin, surname readings) and Latin alike.

pypinyin (https://pypinyin.readthedocs.io/) turns Han characters into pinyin: ``lazy_pinyin(text,
style=Style.NORMAL)`` gives toneless syllables and writes ü as "v" unless ``v_to_u=True``. It has no
surname mode — it reads 曾国藩 as "ceng guo fan" and 单雄信 as "dan xiong xin"; the maintainers
acknowledge this in https://github.com/mozillazg/python-pinyin/issues/120 and /issues/297 (both open).
So surnames go through the tables below first (readings cross-checked with the list in issue #297 and
with pinyin-pro's surname mode, https://github.com/zh-lx/pinyin-pro/blob/main/lib/data/surname.ts),
and only what they do not cover goes to pypinyin.

ü is written "v" (吕 → "lv", 女 → "nv"): that is how pinyin input methods and Chinese enterprise mail
systems spell it, and "lu" would make 吕 indistinguishable from 陆/卢/路.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.members.model import Member

PATTERNS = ("family.given", "given.family", "familygiven", "initialfamily", "givenfamily")
# zhang.wei / wei.zhang / zhangwei / wzhang / weizhang

MAX_LOCAL_PART = 64          # RFC 5321 §4.5.3.1.1; also Microsoft Entra's limit before the "@"
FALLBACK_LOCAL_PART = "user"  # when nothing in the name can be romanised (e.g. Hangul only)

# Addresses every mail domain should keep for its administrators (RFC 2142 and common role
# accounts); a person is never given one of these even if their name romanises to it.
RESERVED = frozenset({"postmaster", "abuse", "hostmaster", "webmaster", "admin", "administrator", "root",
                      "mailer-daemon", "noreply", "no-reply", "info", "support", "security", "sales"})

# Compound surnames, Simplified and Traditional, with their surname readings. A name longer than two
# characters that starts with one of these takes it as its family name.
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "ouyang", "歐陽": "ouyang", "司马": "sima", "司馬": "sima", "上官": "shangguan",
    "诸葛": "zhuge", "諸葛": "zhuge", "东方": "dongfang", "東方": "dongfang", "皇甫": "huangfu",
    "尉迟": "yuchi", "尉遲": "yuchi", "公孙": "gongsun", "公孫": "gongsun", "慕容": "murong",
    "长孙": "zhangsun", "長孫": "zhangsun", "宇文": "yuwen", "司徒": "situ", "夏侯": "xiahou",
    "轩辕": "xuanyuan", "軒轅": "xuanyuan", "令狐": "linghu", "端木": "duanmu", "百里": "baili",
    "呼延": "huyan", "独孤": "dugu", "獨孤": "dugu", "南宫": "nangong", "南宮": "nangong",
    "西门": "ximen", "西門": "ximen", "闻人": "wenren", "聞人": "wenren", "申屠": "shentu",
    "澹台": "tantai", "澹臺": "tantai", "太史": "taishi", "赫连": "helian", "赫連": "helian",
    "万俟": "moqi", "萬俟": "moqi", "单于": "chanyu", "單于": "chanyu", "钟离": "zhongli",
    "鍾離": "zhongli", "鐘離": "zhongli", "淳于": "chunyu", "濮阳": "puyang", "濮陽": "puyang",
    "鲜于": "xianyu", "鮮于": "xianyu", "闾丘": "lvqiu", "閭丘": "lvqiu", "司空": "sikong",
    "司寇": "sikou", "公羊": "gongyang", "公冶": "gongye", "宗政": "zongzheng", "太叔": "taishu",
    "仲孙": "zhongsun", "仲孫": "zhongsun", "颛孙": "zhuansun", "顓孫": "zhuansun", "巫马": "wuma",
    "巫馬": "wuma", "公西": "gongxi", "漆雕": "qidiao", "乐正": "yuezheng", "樂正": "yuezheng",
    "壤驷": "rangsi", "壤駟": "rangsi", "公良": "gongliang", "拓跋": "tuoba", "夹谷": "jiagu",
    "夾谷": "jiagu", "宰父": "zaifu", "谷梁": "guliang", "穀梁": "guliang", "段干": "duangan",
    "東郭": "dongguo", "东郭": "dongguo", "南门": "nanmen", "南門": "nanmen", "东门": "dongmen",
    "東門": "dongmen", "羊舌": "yangshe", "梁丘": "liangqiu", "左丘": "zuoqiu", "第五": "diwu",
    "亓官": "qiguan", "仉督": "zhangdu", "子车": "ziju", "子車": "ziju", "微生": "weisheng",
}

# Single-character surnames whose surname reading differs from pypinyin's default reading (or is a
# heteronym pypinyin may get wrong), Simplified and Traditional.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "單": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "區": "ou",
    "查": "zha", "査": "zha", "朴": "piao", "樸": "piao", "盖": "ge", "蓋": "ge", "乐": "yue", "樂": "yue",
    "缪": "miao", "繆": "miao", "覃": "qin", "翟": "zhai", "华": "hua", "華": "hua", "纪": "ji", "紀": "ji",
    "秘": "bi", "冼": "xian", "洗": "xian", "过": "guo", "過": "guo", "燕": "yan", "种": "chong",
    "種": "chong", "重": "chong", "繁": "po", "那": "na", "佴": "nai", "能": "nai", "难": "nan", "難": "nan",
    "粘": "nian", "藏": "zang", "都": "du", "六": "lu", "薄": "bo", "贾": "jia", "賈": "jia", "居": "ju",
    "盛": "sheng", "柏": "bai", "牟": "mou", "殷": "yin", "陆": "lu", "陸": "lu", "乜": "nie", "阚": "kan",
    "闞": "kan", "叶": "ye", "葉": "ye", "强": "qiang", "強": "qiang", "车": "che", "車": "che",
    "沈": "shen", "宿": "su", "卜": "bu", "殳": "shu", "於": "yu", "贠": "yun", "員": "yun", "员": "yun",
    "召": "shao", "折": "she", "莘": "shen", "褚": "chu", "臧": "zang", "俞": "yu", "长": "chang",
    "長": "chang", "石": "shi", "曲": "qu", "郇": "huan", "隗": "wei", "句": "gou", "尉": "wei",
    "吕": "lv", "呂": "lv", "闾": "lv", "閭": "lv",
}

_DOTS = "·•‧・･∙⋅"  # middle dots seen in Chinese renderings of minority and foreign names
_LATIN_EXTRA = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "đ": "d",
                "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i"}
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
                        "la", "le", "bin", "binti", "al", "el", "ter", "ten"})
_LOCAL_PART_RE = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")


def _is_han(ch: str) -> bool:
    """Han ideographs (CJK Unified + Extension A + Compatibility), the characters pinyin applies to."""
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x323AF)


def _normalise(text: str) -> str:
    """NFKC (full-width letters and ideographic spaces become ASCII) and one kind of middle dot."""
    text = unicodedata.normalize("NFKC", text)
    for dot in _DOTS:
        text = text.replace(dot, "·")
    return " ".join(text.split())


def split_name(display_name: str) -> tuple[str, str]:
    """(family, given), so that an address can be built in either order from one display name.

    - Han names: a compound surname (欧阳, 尉迟, 歐陽 …) when the name is longer than two characters,
      else the first character. Spaces inside are ignored; characters other than Han and "·" are ignored
      when the name has Han characters.
    - Han names with a middle dot (阿依古丽·买买提, 约翰·史密斯): the last segment is the family name
      (for Uyghur names the father's name, which serves as one in practice) and the segments before it,
      joined by "·", the given name.
    - Latin names: "Anna Lee" → ("Lee", "Anna"); "Lee, Anna" → ("Lee", "Anna"); lower-case particles
      before the last word stay with it ("Ludwig van Beethoven" → ("van Beethoven", "Ludwig"));
      a single word → ("", word). Pinyin typed in Chinese order ("Zhang Wei") cannot be told apart from a
      Western order: pass family/given explicitly to suggest_local_part for those.
    """
    text = _normalise(display_name)
    if any(_is_han(ch) for ch in text):
        han = "".join(ch for ch in text if _is_han(ch) or ch == "·")
        segments = [s for s in han.split("·") if s]
        if len(segments) > 1:
            return segments[-1], "·".join(segments[:-1])
        han = segments[0] if segments else ""
        if len(han) < 2:
            return "", han
        if len(han) > 2 and han[:2] in COMPOUND_SURNAMES:
            return han[:2], han[2:]
        return han[:1], han[1:]
    if "," in text:
        family, _, given = text.partition(",")
        return family.strip(), given.strip()
    words = text.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return "", words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start])


@functools.cache
def _pinyin() -> Callable[[str], list[str]]:
    """pypinyin's lazy_pinyin with toneless syllables and ü as "v", imported on first use (~0.2 s)."""
    from pypinyin import Style, lazy_pinyin

    return functools.partial(lazy_pinyin, style=Style.NORMAL, v_to_u=False, errors=lambda _chars: "")


def _han_to_ascii(run: str, surname: bool) -> str:
    """Pinyin for one run of Han characters; with surname=True its start is read as a surname."""
    prefix = ""
    if surname:
        if run[:2] in COMPOUND_SURNAMES:
            prefix, run = COMPOUND_SURNAMES[run[:2]], run[2:]
        elif run[:1] in SURNAME_READINGS:
            prefix, run = SURNAME_READINGS[run[:1]], run[1:]
    rest = "".join(s for s in _pinyin()(run) if s) if run else ""
    return prefix + rest


def _latin_to_ascii(text: str) -> str:
    """Accents stripped (José → jose), a few letters spelled out (ß → ss), anything else dropped."""
    text = "".join(_LATIN_EXTRA.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.lower() if "a" <= ch <= "z")


def romanise(text: str, *, surname: bool = False) -> str:
    """Lower-case ASCII letters only, so that any name can become part of a mailbox address.

    Han characters become toneless pinyin with ü written "v" (吕 → "lv"); with surname=True the text
    is read as a family name (单 → "shan", 曾 → "zeng", 尉迟 → "yuchi", 万俟 → "moqi"). Latin letters lose
    their accents (Núñez → "nunez"). Digits, spaces, punctuation and scripts with no romanisation here
    (Hangul, kana) are dropped.
    """
    text = _normalise(text)
    out: list[str] = []
    run: list[str] = []
    first_han_run = True
    for ch in [*text, ""]:
        if ch and _is_han(ch):
            run.append(ch)
            continue
        if run:
            out.append(_han_to_ascii("".join(run), surname and first_han_run))
            first_han_run = False
            run = []
        if ch:
            out.append(_latin_to_ascii(ch))
    return "".join(out)


def is_valid_local_part(local: str) -> bool:
    """Whether MailWizard would accept this local part: a–z 0–9 . _ -, no separator at either end or
    twice in a row, at most 64 characters — a subset every supported provider accepts."""
    return len(local) <= MAX_LOCAL_PART and _LOCAL_PART_RE.fullmatch(local) is not None


def _collision_key(local: str) -> str:
    """What two addresses must not share: case and separators ignored (zhang.wei ≈ ZhangWei ≈ zhang_wei)."""
    local = local.split("@", 1)[0].lower()
    return re.sub(r"[._-]", "", local)


def _first_given(given: str) -> str:
    """The first given name of several ("Anna Marie" → "Anna"; 阿依古丽·… → 阿依古丽); a Han given name whole."""
    parts = [p for p in re.split(r"[\s·]+", _normalise(given)) if p]
    return parts[0] if parts else ""


def _join(family: str, given: str, form: str, suffix: str = "") -> str:
    """One candidate in `form` ("f.g", "g.f", "fg", "gf"), the given part (then the family part)
    shortened so that the result with `suffix` stays within 64 characters."""
    sep = "." if "." in form else ""
    overflow = len(family) + len(given) + len(sep) + len(suffix) - MAX_LOCAL_PART
    if overflow > 0:
        cut = min(overflow, max(len(given) - 1, 0))
        given, overflow = given[: len(given) - cut], overflow - cut
    if overflow > 0:
        family = family[: max(len(family) - overflow, 1)]
    first, second = (family, given) if form.startswith("f") else (given, family)
    return f"{first}{sep}{second}{suffix}"


# For each pattern: the form itself, then the alternatives tried before numbering, as (form, initial?)
# where initial=True uses only the first letter of the given name.
_ORDER: dict[str, tuple[tuple[str, bool], ...]] = {
    "family.given": (("f.g", False), ("f.g", True), ("g.f", True)),     # zhang.wei, zhang.w, w.zhang
    "given.family": (("g.f", False), ("g.f", True), ("f.g", True)),     # wei.zhang, w.zhang, zhang.w
    "familygiven": (("fg", False), ("fg", True), ("gf", True)),         # zhangwei, zhangw, wzhang
    "initialfamily": (("gf", True), ("gf", False), ("fg", True)),       # wzhang, weizhang, zhangw
    "givenfamily": (("gf", False), ("gf", True), ("fg", True)),         # weizhang, wzhang, zhangw
}


def suggest_local_part(display_name: str, pattern: str, taken: set[str], *, family: str | None = None,
                       given: str | None = None) -> str:
    """A local part for this person in `pattern` that no address in `taken` already uses, so that no two
    people are ever handed the same (or a confusably similar) mailbox.

    The name is split with split_name unless `family`/`given` are passed (each overrides its half).
    Of a split name only the first given name is used ("Anna Marie Lee" → lee.anna); an explicit `given`
    is used whole ("Xiao Ming" → xiaoming). Candidates, in this order, the first
    free one wins (张伟 in family.given):

    1. the pattern: zhang.wei
    2. the same two names with the given name cut to its initial: zhang.w
    3. the initial and the family name in the other order: w.zhang
    4. the pattern numbered from 2: zhang.wei2, zhang.wei3, …

    Per pattern, 1–3 are: given.family → wei.zhang, w.zhang, zhang.w; familygiven → zhangwei, zhangw,
    wzhang; initialfamily → wzhang, weizhang, zhangw; givenfamily → weizhang, wzhang, zhangw. A name with
    only one part (or whose other part romanises to nothing) has no alternatives: madonna, madonna2, …;
    a name with nothing to romanise becomes "user", "user2", ….

    A candidate counts as taken when an entry of `taken` (a local part or a full address) equals it with
    case and the separators . _ - ignored, so zhang.wei is not suggested beside an existing ZhangWei; the
    role addresses in RESERVED are always taken. Results are at most 64 characters, the given part
    shortened first.
    """
    if pattern not in _ORDER:
        raise ValueError(f"unknown pattern {pattern!r}; expected one of {PATTERNS}")
    split_family, split_given = split_name(display_name)
    fam = romanise(split_family if family is None else family, surname=True)
    giv = romanise(_first_given(split_given) if given is None else given)
    used = {_collision_key(t) for t in taken} | {_collision_key(r) for r in RESERVED}

    if fam and giv:
        candidates = [_join(fam, giv[0] if initial else giv, form) for form, initial in _ORDER[pattern]]
        form, initial = _ORDER[pattern][0]
        numbered = functools.partial(_join, fam, giv[0] if initial else giv, form)
    else:
        single = (fam or giv or FALLBACK_LOCAL_PART)[:MAX_LOCAL_PART]
        candidates = [single]

        def numbered(suffix: str) -> str:
            return single[: MAX_LOCAL_PART - len(suffix)] + suffix

    for candidate in candidates:
        if _collision_key(candidate) not in used:
            return candidate
    n = 2
    while True:
        candidate = numbered(str(n))
        if _collision_key(candidate) not in used:
            return candidate
        n += 1


def suggest_all(names: list[str], pattern: str, existing: set[str]) -> list[str]:
    """Suggestions for a whole list in order, each one reserved before the next, so the list itself never
    holds a duplicate; `existing` is not modified."""
    taken = set(existing)
    result: list[str] = []
    for name in names:
        local = suggest_local_part(name, pattern, taken)
        taken.add(local)
        result.append(local)
    return result


def fill_addresses(members: list[Member], pattern: str, taken: set[str]) -> list[Member]:
    """Every member with a name but no address gets a suggested one (and the family and given names it was
    made from), none of them in ``taken`` or given twice; the others are returned as they are."""
    from dataclasses import replace

    used = {t.lower() for t in taken} | {m.local_part.lower() for m in members if m.local_part}
    result: list[Member] = []
    for member in members:
        if member.local_part or not member.display_name:
            result.append(member)
            continue
        family, given = member.family_name, member.given_name
        if not family and not given:
            family, given = split_name(member.display_name)
        local = suggest_local_part(member.display_name, pattern, used, family=family or None, given=given or None)
        if local:
            member = replace(member, local_part=local, family_name=member.family_name or family,
                             given_name=member.given_name or given)
            used.add(local.lower())
        result.append(member)
    return result
