"""Member validation: each cell's own message, duplicates named after the other person, seats."""

from __future__ import annotations

import pytest

from mailwizard.core.members.model import Member
from mailwizard.core.members.table import check_member, check_table, domain_key, local_part_of, normalise, seats


@pytest.mark.parametrize(("member", "field", "key"), [
    (Member("", local_part="a"), "display_name", "member.name_missing"),
    (Member("x" * 65, local_part="a"), "display_name", "member.name_too_long"),
    (Member("Ann"), "local_part", "member.address_missing"),
    (Member("Ann", local_part="ann@other.com"), "local_part", "member.address_other_domain"),
    (Member("Ann", local_part="Ann"), "local_part", "member.address_upper"),
    (Member("Ann", local_part="a..b"), "local_part", "member.address_dots"),
    (Member("Ann", local_part="a" * 65), "local_part", "member.address_too_long"),
    (Member("Ann", local_part="-ann"), "local_part", "member.address_invalid"),
    (Member("Ann", local_part="张伟"), "local_part", "member.address_invalid"),
    (Member("Ann", local_part="ann", personal_email="ann@"), "personal_email", "member.personal_email_invalid"),
    (Member("Ann", local_part="ann", personal_email="李娜@例子.中国"), "personal_email",
     "member.personal_email_not_ascii"),   # the invitation could not be sent to it
    (Member("Ann", local_part="ann", phone="call me"), "phone", "member.phone_invalid"),
    (Member("Ann", local_part="ann", quota_gb="lots"), "quota_gb", "member.quota_invalid"),
    (Member("Ann", local_part="ann", quota_gb="50"), "quota_gb", "member.quota_over_plan"),
    (Member("Ann", local_part="ann", quota_gb="nan"), "quota_gb", "member.quota_invalid"),   # float() takes it
    (Member("Ann", local_part="ann", quota_gb="inf"), "quota_gb", "member.quota_invalid"),
    (Member("Ann", local_part="ann", permissions="god"), "permissions", "member.permissions_invalid"),
])
def test_each_cell_gets_its_own_message(member: Member, field: str, key: str) -> None:
    problems = check_member(member, max_quota_gb=30)
    assert (problems[0].field, problems[0].key) == (field, key)


def test_a_good_member_has_no_problem() -> None:
    member = Member("张伟", "张", "伟", "zhang.wei", "zw@163.com", "+86 138 0013 8000", "销售", "经理", "30")
    assert check_member(member, max_quota_gb=30) == []


def test_a_personal_email_at_the_company_domain_is_flagged() -> None:
    people = [Member("张伟", local_part="zhang.wei", personal_email="zw@例子.中国"),
              Member("Li Na", local_part="li.na", personal_email="li.na@163.com")]
    problems = check_table(people, domain="xn--fsqu00a.xn--fiqs8s")
    assert [(p.field, p.key) for p in problems[0]] == [("personal_email", "member.personal_email_company")]
    assert 1 not in problems
    assert check_table(people) == {}  # no domain yet: nothing to compare with


def test_duplicates_name_the_other_person_and_existing_addresses_are_flagged() -> None:
    people = [Member("张伟", local_part="zhang.wei"), Member("张伟", local_part="zhang.wei"),
              Member("Li Na", local_part="li.na")]
    problems = check_table(people, existing={"li.na"})
    assert [p.key for p in problems[1]] == ["member.address_duplicate"]
    assert problems[1][0].params == {"value": "zhang.wei", "other": "张伟", "row": "1"}
    assert [p.key for p in problems[2]] == ["member.address_exists"]
    assert 0 not in problems


def test_normalising_lowers_addresses_and_trims() -> None:
    member = normalise(Member(" Ann ", local_part=" Ann.Lee ", personal_email=" a@b.com "))
    assert (member.display_name, member.local_part, member.personal_email) == ("Ann", "ann.lee", "a@b.com")


def test_full_width_input_becomes_the_plain_characters_it_stands_for() -> None:
    member = normalise(Member("李娜", local_part="ｌｉ.ｎａ", personal_email="ln＠163.com", phone="１３８ ００１３",
                              quota_gb="３０"))
    assert (member.local_part, member.personal_email, member.phone, member.quota_gb) == (
        "li.na", "ln@163.com", "138 0013", "30")
    assert member.display_name == "李娜"  # a name keeps its own characters
    assert check_member(member, max_quota_gb=30) == []


@pytest.mark.parametrize("typed", ["li.na@例子.中国", "li.na@XN--FSQU00A.xn--fiqs8s", "li.na@例子。中国.",
                                   "Li Na <li.na@例子.中国>", "mailto:li.na@例子.中国", "li.na＠例子.中国"])
def test_the_company_domain_in_any_of_its_forms_leaves_the_local_part(typed: str) -> None:
    assert local_part_of(typed, domain_key("xn--fsqu00a.xn--fiqs8s")) == "li.na"


def test_another_domain_is_left_to_be_flagged() -> None:
    assert local_part_of("li.na@例子.cn", domain_key("例子.中国")) == "li.na@例子.cn"


def test_seats_against_the_plan() -> None:
    assert seats([Member()] * 3, 300).over is False
    assert seats([Member()] * 3, 2).over is True
    assert seats([Member()] * 3, None).over is False
