"""The shared address's editor takes what a Chinese input method types (attack21): full-width letters and ＠ are
the plain ones, as in the member table, so the address is checked — and found clashing — as what it stands for."""

from __future__ import annotations

from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress
from mailwizard.core.members.shared_check import CLASH_ALIAS, check_shared
from mailwizard.ui.widgets.shared_editor import SharedEditor

PEOPLE = [Member("李娜", local_part="li.na", aliases="lina")]


def test_a_full_width_address_typed_is_the_plain_one_and_clashes_with_the_alias_it_equals(qtbot) -> None:
    editor = SharedEditor()
    qtbot.addWidget(editor)
    edits: list[SharedAddress] = []
    editor.edited.connect(edits.append)
    editor.show_item(SharedAddress("", "", ("li.na",)), PEOPLE, "例子.中国", editable=True)
    editor.local_part.setText("　ＬＩＮＡ＠例子.中国")  # an ideographic space, full-width capitals and ＠
    editor.local_part.editingFinished.emit()
    assert edits[-1].local_part == "lina"
    problems = check_shared(edits[-1:], PEOPLE, "xn--fsqu00a.xn--fiqs8s")
    assert [(p.subject, p.key) for p in problems] == [("lina@xn--fsqu00a.xn--fiqs8s", CLASH_ALIAS)]
