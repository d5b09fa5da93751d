"""What the review's report step reports (core/session/review_report.py): the window adapter's signals carry them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class RecordsChecked(Event):
    """The mail records read again: a review.mail_records.RecordsReview (drift, the DMARC step)."""

    review: Any
    signal: ClassVar[str] = "recordsChecked"


@dataclass(frozen=True)
class ReportSaved(Event):
    """The report was written: the HTML's and the PDF's paths (as text); the review is marked done."""

    paths: list[str] = field(default_factory=list)
    signal: ClassVar[str] = "reportSaved"


@dataclass(frozen=True)
class ReviewDue(Event):
    """When the review is due: the last one's date (ISO, None before the first), the interval in days, whether it is
    due now, and the next due date (ISO, None while the clock has not started)."""

    last: str | None
    interval_days: int
    due: bool
    next_due: str | None = None
    signal: ClassVar[str] = "reviewDue"


@dataclass(frozen=True)
class ReportFailed(Event):
    """Checking the records or saving the report could not be done: a message key (``reviewdoc.*``, ``save.*``,
    ``provider.*``) and a detail for the log (never a secret)."""

    problem: str
    detail: str = ""
    signal: ClassVar[str] = "reportFailed"
