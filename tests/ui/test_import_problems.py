"""What the import says when a member file cannot be read: the real reason (not "open in another program" for
every error), and the row limit as core/members/limits.py sets it, in each language."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwizard.core.members import limits
from mailwizard.core.members.raw_table import UnreadableFile
from mailwizard.ui.messages import message
from mailwizard.ui.widgets.import_dialog import import_problem
from tests.ui.helpers import translation

FILE = Path("/somewhere/staff.xlsx")


def test_an_unexpected_error_is_not_called_a_file_open_elsewhere(qapp) -> None:
    key, params = import_problem(ValueError("bad"), FILE)
    said = message(key, params)
    assert key == "import.failed" and "ValueError" in said and "another program" not in said


def test_an_os_error_says_its_reason_and_a_vanished_file_that_it_is_gone(qapp) -> None:
    said = message(*import_problem(PermissionError(13, "Permission denied"), FILE))
    assert "Permission denied" in said and "staff.xlsx" in said
    key, params = import_problem(FileNotFoundError(2, "No such file or directory"), FILE)
    assert key == "import.missing" and params == {"file": "staff.xlsx"}
    assert import_problem(UnreadableFile("import.empty"), FILE) == ("import.empty", {})


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_row_limit_comes_from_the_limits_not_the_text(language: str, tmp_path: Path, monkeypatch) -> None:
    from mailwizard.core.members.reading import read_table

    monkeypatch.setattr(limits, "MAX_ROWS", 3)
    monkeypatch.setattr("mailwizard.core.members.reading.MAX_ROWS", 3)
    (tmp_path / "four.csv").write_text("Name,Email\n" + "".join(f"P{i},p{i}@example.com\n" for i in range(4)),
                                       encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_table(tmp_path / "four.csv")
    assert caught.value.key == "import.too_large" and caught.value.params["max"] == "3"
    text = translation(language, "Messages", "This file has more rows than MailWizard imports at once ({max}). "
                                             "Split it into parts.")
    assert "{max}" in text and "20,000" not in text
