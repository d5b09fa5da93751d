"""Shared addresses in words: the delivery check says who is missing, long lists are shortened, the Summary says
when a provider does not list who receives an address, and a hand-over sheet names a member's other addresses."""

from __future__ import annotations

from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress
from mailwizard.ui import shared_text
from mailwizard.ui.status import Status

PEOPLE = [Member("李娜", local_part="li.na", aliases="lina"), Member("王芳", local_part="wang.fang"),
          Member("", local_part="anna.chen")]


def test_the_delivery_check_names_who_the_provider_did_not_list(qapp) -> None:
    names = shared_text.name_of(PEOPLE, "example.com")
    wanted = ["li.na@example.com", "wang.fang@example.com"]
    assert shared_text.reaches("sales@example.com", ["LI.NA@example.com", "wang.fang@example.com"], wanted,
                               names) == (Status.DONE, "Mail to sales@example.com reaches 李娜 and 王芳.")
    status, text = shared_text.reaches("sales@example.com", ["li.na@example.com"], wanted, names)
    assert status is Status.ACTION
    assert text == "Mail to sales@example.com reaches 李娜. Not yet: 王芳 — click Create again to add them."
    nobody = shared_text.reaches("x@example.com", [], wanted, names)[1]
    assert nobody.startswith("Mail to x@example.com reaches nobody.")


def test_long_lists_are_shortened(qapp) -> None:
    assert shared_text.people(["A", "B", "C", "D"]) == "A, B, C and D"
    assert shared_text.people(["A", "B", "C", "D", "E", "F"]) == "A, B, C and 3 others"
    assert shared_text.people([]) == "nobody"


def test_the_summary_says_what_each_address_reaches_or_why_it_cannot_say(qapp) -> None:
    items = [SharedAddress("sales", "Sales", ("li.na", "wang.fang")), SharedAddress("info", "Info", ("anna.chen",)),
             SharedAddress("hr", "HR", ("wang.fang",))]
    statuses = {"group:sales@xn--fsqu00a.xn--fiqs8s": ("created", ""), "group:info@xn--fsqu00a.xn--fiqs8s": (
        "created", "")}
    delivery = {"sales@xn--fsqu00a.xn--fiqs8s": ("li.na@xn--fsqu00a.xn--fiqs8s",)}
    assert shared_text.summary_lines(items, PEOPLE, "xn--fsqu00a.xn--fiqs8s", "例子.中国", statuses, delivery) == [
        "sales@例子.中国 — mail reaches 李娜",
        "info@例子.中国 — created; meant for anna.chen (the provider does not list who receives it)",
        "hr@例子.中国 — not created yet; meant for 王芳"]


def test_the_hand_over_sheet_names_the_aliases_and_the_shared_addresses_received(qapp) -> None:
    items = [SharedAddress("sales", "Sales", ("li.na",)), SharedAddress("hr", "", ("wang.fang",))]
    assert shared_text.handover_lines(PEOPLE[0], items, "例子.中国") == [
        "Mail sent to these addresses also arrives in your mailbox: lina@例子.中国",
        "You also receive the mail sent to: sales@例子.中国 (Sales)"]
    assert shared_text.handover_lines(PEOPLE[2], items, "例子.中国") == []
    # one that failed or was found taken at the provider is not told as working
    made = {("groups", "hr")}
    assert shared_text.handover_lines(PEOPLE[0], items, "例子.中国", lambda part, local: (part, local) in made) == []
