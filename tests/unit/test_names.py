"""Address suggestions: pinyin with surname readings, Latin names, collisions never silent."""

from __future__ import annotations

import pytest

from mailwizard.core.members.names import (
    MAX_LOCAL_PART,
    PATTERNS,
    is_valid_local_part,
    romanise,
    split_name,
    suggest_all,
    suggest_local_part,
)


@pytest.mark.parametrize(("pattern", "expected"), [
    ("family.given", "zhang.wei"),
    ("given.family", "wei.zhang"),
    ("familygiven", "zhangwei"),
    ("initialfamily", "wzhang"),
    ("givenfamily", "weizhang"),
])
def test_zhang_wei_in_every_pattern(pattern: str, expected: str) -> None:
    assert suggest_local_part("张伟", pattern, set()) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("欧阳娜娜", "ouyang.nana"),
    ("单雄信", "shan.xiongxin"),
    ("曾国藩", "zeng.guofan"),
    ("解缙", "xie.jin"),
    ("尉迟恭", "yuchi.gong"),
    ("司马光", "sima.guang"),
    ("吕布", "lv.bu"),                        # ü is written "v"
    ("歐陽修", "ouyang.xiu"),                 # Traditional compound surname
    ("諸葛亮", "zhuge.liang"),
    ("長孫無忌", "zhangsun.wuji"),
    ("阿依古丽·买买提", "maimaiti.ayiguli"),  # last segment after the middle dot is the family name
    ("约翰•史密斯", "shimisi.yuehan"),        # a bullet typed for the middle dot
    ("Anna Lee", "lee.anna"),
    ("Lee, Anna", "lee.anna"),
    ("José Núñez", "nunez.jose"),
    ("Anna Marie Lee", "lee.anna"),           # only the first given name
    ("Ludwig van Beethoven", "vanbeethoven.ludwig"),
    ("Seán O'Brien", "obrien.sean"),
    ("张 伟", "zhang.wei"),
    ("ＬＩ　Ｎａ", "na.li"),                  # full-width letters and ideographic space
])
def test_family_given_examples(name: str, expected: str) -> None:
    assert suggest_local_part(name, "family.given", set()) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("张伟", ("张", "伟")),
    ("欧阳娜娜", ("欧阳", "娜娜")),
    ("歐陽修", ("歐陽", "修")),
    ("尉遲恭", ("尉遲", "恭")),
    ("东方", ("东", "方")),                   # two characters: never a compound surname alone
    ("阿依古丽·买买提", ("买买提", "阿依古丽")),
    ("Anna Lee", ("Lee", "Anna")),
    ("Lee, Anna", ("Lee", "Anna")),
    ("Madonna", ("", "Madonna")),
    ("", ("", "")),
])
def test_split_name(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("单", "shan"), ("曾", "zeng"), ("解", "xie"), ("仇", "qiu"), ("区", "ou"), ("查", "zha"),
    ("朴", "piao"), ("盖", "ge"), ("乐", "yue"), ("缪", "miao"), ("覃", "qin"), ("翟", "zhai"),
    ("尉迟", "yuchi"), ("长孙", "zhangsun"), ("万俟", "moqi"), ("华", "hua"), ("纪", "ji"),
    ("單", "shan"), ("樂", "yue"), ("萬俟", "moqi"), ("吕", "lv"),
])
def test_surname_readings(text: str, expected: str) -> None:
    assert romanise(text, surname=True) == expected


def test_surname_readings_apply_only_to_surnames() -> None:
    assert romanise("曾") == "ceng"
    assert romanise("单") == "dan"
    assert romanise("曾国藩", surname=True) == "zengguofan"


@pytest.mark.parametrize(("text", "expected"), [
    ("女", "nv"), ("绿", "lv"),
    ("José", "jose"), ("Müller", "muller"), ("Straße", "strasse"), ("Łukasz", "lukasz"),
    ("Jean-Pierre", "jeanpierre"), ("R2-D2", "rd"), ("张a伟", "zhangawei"), ("김민수", ""),
])
def test_romanise_keeps_only_ascii_letters(text: str, expected: str) -> None:
    assert romanise(text) == expected


def test_two_zhang_wei_never_share_an_address() -> None:
    assert suggest_all(["张伟", "张伟"], "family.given", set()) == ["zhang.wei", "zhang.w"]


@pytest.mark.parametrize(("pattern", "order"), [
    ("family.given", ["zhang.wei", "zhang.w", "w.zhang", "zhang.wei2", "zhang.wei3"]),
    ("given.family", ["wei.zhang", "w.zhang", "zhang.w", "wei.zhang2", "wei.zhang3"]),
    ("familygiven", ["zhangwei", "zhangw", "wzhang", "zhangwei2", "zhangwei3"]),
    ("initialfamily", ["wzhang", "weizhang", "zhangw", "wzhang2", "wzhang3"]),
    ("givenfamily", ["weizhang", "wzhang", "zhangw", "weizhang2", "weizhang3"]),
])
def test_collision_order(pattern: str, order: list[str]) -> None:
    assert suggest_all(["张伟"] * 5, pattern, set()) == order


def test_taken_is_case_and_separator_insensitive_and_may_hold_full_addresses() -> None:
    assert suggest_local_part("张伟", "family.given", {"Zhang.Wei"}) == "zhang.w"
    assert suggest_local_part("张伟", "family.given", {"zhangwei"}) == "zhang.w"
    assert suggest_local_part("张伟", "family.given", {"ZHANG_WEI@example.com"}) == "zhang.w"


def test_single_part_names_are_numbered() -> None:
    assert suggest_all(["Madonna"] * 3, "family.given", {"MADONNA"}) == ["madonna2", "madonna3", "madonna4"]


def test_nothing_romanisable_falls_back_to_user() -> None:
    assert suggest_all(["김민수", "김민수"], "family.given", set()) == ["user", "user2"]


def test_role_addresses_are_never_suggested() -> None:
    assert suggest_local_part("Admin", "family.given", set()) == "admin2"


def test_explicit_family_and_given_override_the_split() -> None:
    assert suggest_local_part("Zhang Wei", "family.given", set(), family="Zhang", given="Wei") == "zhang.wei"
    assert suggest_local_part("曾乐", "family.given", set(), given="Xiao Le") == "zeng.xiaole"


def test_suggest_all_does_not_modify_existing() -> None:
    existing = {"zhang.wei"}
    assert suggest_all(["张伟"], "family.given", existing) == ["zhang.w"]
    assert existing == {"zhang.wei"}


def test_long_names_are_cut_to_64_characters_given_part_first() -> None:
    name = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft Hubert"
    first = suggest_local_part(name, "given.family", set())
    assert len(first) <= MAX_LOCAL_PART
    assert first == "wolfeschlegelsteinhausenbergerdorffwelchevoralternwarenge.hubert"  # given part shortened
    taken = {first}
    for _ in range(12):
        nxt = suggest_local_part(name, "given.family", taken)
        assert len(nxt) <= MAX_LOCAL_PART and is_valid_local_part(nxt)
        taken.add(nxt)
    assert len(taken) == 13


def test_long_given_name_is_shortened_before_family() -> None:
    local = suggest_local_part("", "family.given", set(), family="李", given="a" * 80)
    assert local == "li." + "a" * (MAX_LOCAL_PART - 3)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_suggestion_is_a_valid_local_part(pattern: str) -> None:
    names = ["张伟", "欧阳娜娜", "阿依古丽·买买提", "José Núñez", "Madonna", "김민수", "O'Neil-Smith, Mary Jane",
             "", "·", "Ｘ"] * 3
    result = suggest_all(names, pattern, {"postmaster"})
    assert len(result) == len(names)
    assert all(is_valid_local_part(local) for local in result), result
    assert len({local.replace(".", "") for local in result}) == len(result)


def test_unknown_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown pattern"):
        suggest_local_part("张伟", "family-given", set())


@pytest.mark.parametrize(("local", "valid"), [
    ("zhang.wei", True), ("a", True), ("a_b-c.d", True), (".zhang", False), ("zhang.", False),
    ("zhang..wei", False), ("Zhang", False), ("张伟", False), ("a" * 64, True), ("a" * 65, False), ("", False),
])
def test_is_valid_local_part(local: str, valid: bool) -> None:
    assert is_valid_local_part(local) is valid
