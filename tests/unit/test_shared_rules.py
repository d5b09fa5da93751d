"""Shared addresses before anything is made: the suggestions from a member spreadsheet (one list per department, in
three languages), every local problem key, the Aliases column of a spreadsheet, the console steps' reader and the
message texts of every key."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwizard.core.members.header_mapping import guess_mapping, to_members
from mailwizard.core.members.model import Member
from mailwizard.core.members.reading import read_table
from mailwizard.core.members.shared import ORIGIN_COMMON, ORIGIN_DEPARTMENT, SharedAddress
from mailwizard.core.members.shared_check import KEYS, check_shared
from mailwizard.core.members.shared_suggest import console_steps, department_slug, suggestions
from mailwizard.core.providers.shared_api import SharedSupport

SHEETS = {
    "en": ("Name,Email,Department,Aliases\n"
           "Li Na,li.na,Sales,lina\nWang Fang,wang.fang,Sales Dept,\nZhang Wei,zhang.wei,Human Resources,\n"
           "Chen Jie,chen.jie,Quality Control,\nZhao Lei,zhao.lei,Finance,\nSun Li,sun.li,,\n"),
    "zh_CN": ("姓名,邮箱账号,部门,别名\n"
              "李娜,li.na,销售部,lina\n王芳,wang.fang,销售部门,\n张伟,zhang.wei,人力资源部,\n"
              "陈杰,chen.jie,品质部,\n赵磊,zhao.lei,财务部,\n孙丽,sun.li,,\n"),
    "zh_TW": ("姓名,郵箱帳號,部門,別名\n"
              "李娜,li.na,銷售部,lina\n王芳,wang.fang,銷售部門,\n張偉,zhang.wei,人力資源部,\n"
              "陳傑,chen.jie,品質部,\n趙磊,zhao.lei,財務部,\n孫麗,sun.li,,\n"),
}
QUALITY = {"en": "quality.control", "zh_CN": "pinzhi", "zh_TW": "pinzhi"}
INFO_NAME = {"en": "Information", "zh_CN": "咨询", "zh_TW": "諮詢"}


def members_of(tmp_path: Path, lang: str) -> list[Member]:
    path = tmp_path / f"{lang}.csv"
    path.write_text(SHEETS[lang], encoding="utf-8-sig")
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping == {"display_name": 0, "local_part": 1, "department": 2, "aliases": 3}
    return [m for _n, m in to_members(table, mapping, "example.com")]


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_a_spreadsheet_with_a_department_column_gives_one_list_per_department(tmp_path: Path, lang: str) -> None:
    members = members_of(tmp_path, lang)
    assert members[0].aliases == "lina"
    found = suggestions(members, [], lang)
    lists = {a.local_part: a.recipients for a in found if a.origin == ORIGIN_DEPARTMENT}
    assert lists == {"sales": ("li.na", "wang.fang"), "hr": ("zhang.wei",), QUALITY[lang]: ("chen.jie",),
                     "finance": ("zhao.lei",)}
    departments = {a.local_part: a.name for a in found if a.origin == ORIGIN_DEPARTMENT}
    assert departments["sales"] == members[0].department  # named as the sheet writes it
    common = {a.local_part: a for a in found if a.origin == ORIGIN_COMMON}
    assert common["info"].name == INFO_NAME[lang]          # the common ones in the UI language
    assert common["all"].recipients == tuple(m.local_part for m in members)
    assert "sales" not in common and "hr" not in common    # the department's list is that address
    assert len({a.local_part for a in found}) == len(found)


def test_suggestions_leave_out_what_is_taken_already() -> None:
    members = [Member("Li Na", local_part="li.na", department="销售部", aliases="info"),
               Member("Support", local_part="support")]
    found = suggestions(members, [SharedAddress("hr", "HR", ("li.na",))], "en")
    names = {a.local_part for a in found}
    assert not names & {"hr", "info", "support", "postmaster", "abuse"}
    assert "sales" in names


def test_an_address_no_department_answers_reaches_the_list_s_administrators_until_someone_is_picked() -> None:
    members = [Member("Li Na", local_part="li.na", permissions="user_admin"),
               Member("Wang Fang", local_part="wang.fang"), Member("Zhang Wei", local_part="zhang.wei",
                                                                     permissions="team_admin")]
    info = next(a for a in suggestions(members, [], "en") if a.local_part == "info")
    assert info.recipients == ("li.na", "zhang.wei")
    info = next(a for a in suggestions(members[1:2], [], "en") if a.local_part == "info")
    assert info.recipients == ()  # no administrator: the user picks (the panel says so)


@pytest.mark.parametrize(("name", "slug"), [
    ("销售部", "sales"), ("銷售部門", "sales"), ("Sales Dept", "sales"), ("ＳＡＬＥＳ", "sales"), ("研发中心", "rd"),
    ("R&D", "rd"), ("采购部", "purchasing"), ("行政部", "office"), ("IT", "tech"), ("品质部", "pinzhi"),
    ("", ""), ("---", ""),
])
def test_a_department_s_local_part(name: str, slug: str) -> None:
    assert department_slug(name) == slug


MEMBERS = [Member("李娜", local_part="li.na", aliases="lina, na.li"), Member("王芳", local_part="wang.fang",
                                                                        aliases="lina, fang, li.na"),
           Member("张伟", local_part="zhang.wei", aliases="a1, a2, a3, bad_, postmaster")]


@pytest.mark.parametrize(("shared", "subject", "key", "params"), [
    (SharedAddress("Sales!", "x", ("li.na",)), "Sales!@example.com", "shared.invalid_local_part",
     {"reason": "member.address_upper"}),
    (SharedAddress("", "x", ("li.na",)), "@example.com", "shared.invalid_local_part",
     {"reason": "member.address_missing"}),
    (SharedAddress("wang.fang", "x", ("li.na",)), "wang.fang@example.com", "shared.clash_member",
     {"member": "王芳"}),
    (SharedAddress("na.li", "x", ("li.na",)), "na.li@example.com", "shared.clash_alias", {"member": "李娜"}),
    (SharedAddress("sales", "x", ()), "sales@example.com", "shared.no_recipients", {}),
    (SharedAddress("sales", "x", ("li.na", "gone")), "sales@example.com", "shared.unknown_recipient",
     {"recipient": "gone"}),
    (SharedAddress("abuse", "x", ("li.na",)), "abuse@example.com", "shared.reserved", {}),
])
def test_each_problem_of_a_shared_address(shared: SharedAddress, subject: str, key: str, params: dict) -> None:
    problems = [p for p in check_shared([shared], MEMBERS, "example.com") if p.subject == subject]
    assert [p.key for p in problems if p.key == key] == [key], problems
    found = next(p for p in problems if p.key == key)
    assert params.items() <= found.params.items()


def test_a_shared_address_listed_twice() -> None:
    problems = check_shared([SharedAddress("sales", "a", ("li.na",)), SharedAddress("sales", "b", ("li.na",))],
                            MEMBERS[:1], "example.com")
    assert [(p.subject, p.key) for p in problems] == [("sales@example.com", "shared.clash_shared")]


def test_a_character_the_provider_s_api_refuses_in_a_group_s_name_is_said_before_anything_is_made() -> None:
    graph = SharedSupport(groups=True, aliases=False, members_listed=True, outside_mail=True,
                          group_name_forbidden=".")
    members = [Member("Li Na", local_part="li.na")]
    items = [SharedAddress("qa.qc", "QA", ("li.na",)), SharedAddress("qa-qc", "QA 2", ("li.na",))]
    found = check_shared(items, members, "example.com", graph)
    assert [(p.subject, p.key, p.params["chars"]) for p in found] == [("qa.qc@example.com", "shared.name_refused",
                                                                       ".")]
    assert check_shared(items, members, "example.com", None) == []  # no API: the console takes it
    assert check_shared([SharedAddress("a.b", "", ("li.na",))], [*members, Member("x", local_part="a.b",
                                                                                  aliases="")],
                        "example.com", graph)[0].key == "shared.name_refused"


def test_a_group_name_longer_than_the_provider_takes_is_said_before_anything_is_made() -> None:
    exmail = SharedSupport(groups=True, aliases=True, members_listed=True, outside_mail=True, group_name_max_bytes=64)
    members = [Member("Li Na", local_part="li.na")]
    items = [SharedAddress("sales", "销" * 22, ("li.na",)), SharedAddress("hr", "人" * 21 + "a", ("li.na",))]
    found = check_shared(items, members, "example.com", exmail)  # 66 bytes: too long; 64: fits
    assert [(p.subject, p.key, p.params["limit"]) for p in found] == [("sales@example.com", "shared.name_too_long",
                                                                       "64")]
    assert check_shared(items, members, "example.com", None) == []


def test_the_problems_of_the_members_aliases() -> None:
    support = SharedSupport(groups=True, aliases=True, members_listed=True, outside_mail=True, aliases_per_user=4)
    found = {(p.subject, p.key) for p in check_shared([], MEMBERS, "example.com", support)}
    assert found == {
        ("lina@example.com", "shared.clash_alias"),            # 李娜's alias typed for 王芳 too
        ("li.na@example.com", "shared.clash_member"),          # 王芳's alias is 李娜's own address
        ("bad_@example.com", "shared.invalid_local_part"),
        ("postmaster@example.com", "shared.reserved"),
        ("zhang.wei@example.com", "shared.too_many_aliases"),  # 5 aliases, the provider takes 4
    }
    assert not check_shared([], MEMBERS[:1], "example.com", support)


def test_nothing_to_say_about_a_good_list() -> None:
    shared = [SharedAddress("sales", "Sales", ("li.na", "wang.fang")), SharedAddress("info", "Info", ("li.na",))]
    members = [Member("李娜", local_part="li.na", aliases="lina"), Member("王芳", local_part="wang.fang")]
    assert check_shared(shared, members, "example.com") == []


def test_the_console_steps_file_is_read_per_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core import resources

    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "someprovider.toml").write_text(
        '[groups]\nsource = "https://example.com/doc"\nunconfirmed = true\n'
        'steps.en = ["Open the console.", "Add the group."]\nsteps.zh_CN = ["打开后台。", "添加邮件组。"]\n'
        'steps.zh_TW = ["開啟後台。", "新增郵件群組。"]\n', encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    console_steps.cache_clear()
    try:
        steps = console_steps("someprovider")
        assert set(steps) == {"groups"}
        assert steps["groups"].for_language("zh_TW") == ["開啟後台。", "新增郵件群組。"]
        assert steps["groups"].for_language("fr") == ["Open the console.", "Add the group."]
        assert (steps["groups"].source, steps["groups"].unconfirmed) == ("https://example.com/doc", True)
        assert console_steps("none") == {} and console_steps("../etc") == {}
    finally:
        console_steps.cache_clear()


def test_every_problem_key_has_a_text_in_each_language(qapp) -> None:
    from mailwizard.ui.messages import has_text, message

    for key in KEYS:
        assert has_text(key), key
    text = message("shared.clash_existing", {"address": "sales@example.com", "what": "user"})
    assert "sales@example.com" in text and "mailbox" in text and "{" not in text


def test_a_console_layout_with_alias_columns_gets_the_members_aliases(tmp_path: Path) -> None:
    import csv
    import dataclasses

    from mailwizard.core.members.console_import_file import write_import_file
    from mailwizard.core.members.console_layouts import Column, generic_layout

    layout = generic_layout("west")
    layout = dataclasses.replace(layout, columns=(Column("邮箱地址", "address", True), Column("别名", "aliases"),
                                                  Column("别名前缀", "alias_local_parts")))
    target = tmp_path / "import.csv"
    write_import_file(target, layout, [Member("李娜", local_part="li.na", aliases="Lina，na.li@example.com"),
                                       Member("王芳", local_part="wang.fang")], "example.com")
    rows = list(csv.reader(target.read_text(encoding=layout.encoding or "utf-8").splitlines()))
    assert rows[1:] == [["li.na@example.com", "lina@example.com;na.li@example.com", "lina;na.li"],
                        ["wang.fang@example.com", "", ""]]


@pytest.mark.parametrize(("headers", "expected"), [
    (["姓名", "邮箱", "其他地址", "个人邮箱"], {"display_name": 0, "local_part": 1, "aliases": 2, "personal_email": 3}),
    (["Name", "Email", "Email aliases", "Personal email"],
     {"display_name": 0, "local_part": 1, "aliases": 2, "personal_email": 3}),
    (["姓名", "郵箱帳號", "別名 Aliases", "部門"], {"display_name": 0, "local_part": 1, "aliases": 2, "department": 3}),
    (["邮箱别名", "邮箱"], {"local_part": 1, "aliases": 0}),
])
def test_an_aliases_column_is_found_beside_the_address(headers: list[str], expected: dict[str, int]) -> None:
    assert guess_mapping(headers) == expected
