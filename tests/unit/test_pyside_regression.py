"""PySide6 6.12.0 loses a reference to True on each bool-returning Python override called by Qt and
aborts at exit on Python 3.11 (shared/design/PITFALLS.md). This fails if such a build slips in."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWizard, QWizardPage


class AlwaysComplete(QWizardPage):
    calls = 0

    def isComplete(self) -> bool:
        AlwaysComplete.calls += 1
        return True


def test_bool_overrides_called_from_qt_keep_the_refcount_of_true(qapp) -> None:
    wizard = QWizard()
    page = AlwaysComplete()
    wizard.addPage(page)
    wizard.show()
    before, calls = sys.getrefcount(True), AlwaysComplete.calls
    for _ in range(300):
        page.completeChanged.emit()  # QWizard calls isComplete() from C++ each time
    after = sys.getrefcount(True)
    wizard.close()
    assert AlwaysComplete.calls - calls >= 300  # the override really ran from C++, or nothing was measured
    assert after >= before - 5, f"True lost {before - after} references: a PySide6 build with the 6.12.0 bug"
