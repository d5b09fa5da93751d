"""The Members table on a laptop: the address and the personal email read in full, the name parts stay compact,
and an empty list's button says what comes first (issue 16, "First use")."""

from __future__ import annotations

from PySide6.QtCore import QRect

from mailwizard.core.members.model import FIELDS, Member
from mailwizard.ui.window_size import default_size
from tests.ui.test_members import members_step

PEOPLE = [Member("欧阳娜娜", family_name="欧阳", given_name="娜娜", local_part="ouyang.nana.sales",
                 personal_email="ouyang.nana.private@163.com"),
          Member("Christopher Montgomery", family_name="Montgomery", given_name="Christopher",
                 local_part="christopher.montgomery", personal_email="chris.montgomery.home@outlook.com")]


def test_the_address_and_the_personal_email_are_not_cut_off(qtbot, open_wizard) -> None:
    window, page = members_step(qtbot, open_wizard)
    window.resize(default_size(QRect(0, 0, 1366, 728)))
    page.model.set_members(PEOPLE)
    page._edited()
    qtbot.wait(20)
    table, metrics = page.table, page.table.fontMetrics()
    for row in range(len(PEOPLE)):
        for field in ("local_part", "personal_email"):
            column = FIELDS.index(field)
            text = page.proxy.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), (field, text)
            # and in view, without scrolling sideways
            assert table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width()
    for field in ("family_name", "given_name"):  # the name parts take no more than they need
        assert table.columnWidth(FIELDS.index(field)) <= 100


def test_an_empty_list_says_to_add_people_first(qtbot, open_wizard) -> None:
    _window, page = members_step(qtbot, open_wizard)
    page.model.set_members([])
    page._edited()
    assert page.create_button.text() == "Add people first"
    assert not page.create_button.isEnabled()
