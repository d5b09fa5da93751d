"""The review report's page (core/review/report.py) and its PDF (mailwizard/render/pdf.py): every language has
every text, everything from outside is escaped, facts a provider does not report say so, the logo is read by its
content, and the PDF holds the pages and the words (read back with pypdf); the window adapter carries the step."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from pathlib import Path

import pytest
from pypdf import PdfReader

from mailwizard.core.review import mail_records
from mailwizard.core.review.mail_records import RecordLine, RecordsReview
from mailwizard.core.review.model import FACTS, FLAG_KINDS, FORWARDING, QUOTA, Forwarding, ReviewFlag
from mailwizard.core.review.report import (
    LANGUAGES,
    LOGO_NAME,
    Logo,
    file_stem,
    read_logo,
    record_texts,
    report_html,
    texts,
)
from mailwizard.core.session import review_report, review_report_events
from mailwizard.render.pdf import write_pdf
from tests import review_report_sample as sample

HOSTILE = '<script>alert("x")</script>'


def test_every_language_has_every_text_and_every_record_finding() -> None:
    english, english_records = texts("en"), record_texts("en")
    assert set(english_records) == set(mail_records.MESSAGE_KEYS)
    for language in LANGUAGES:
        assert set(texts(language)) == set(english), language
        assert set(record_texts(language)) == set(english_records), language
        assert len(texts(language)["months"]) == 12 and len(texts(language)["months_short"]) == 12
        for kind in FLAG_KINDS:
            assert f"found_{kind}" in texts(language) and f"todo_{kind}" in texts(language)
        for fact in FACTS:
            assert f"fact_{fact}" in texts(language)


def test_every_key_the_window_shows_has_a_text(qapp) -> None:
    from mailwizard.ui.messages import has_text

    keys = (*mail_records.MESSAGE_KEYS, *review_report.MESSAGE_KEYS)
    assert [k for k in keys if not has_text(k)] == []


def test_everything_from_outside_is_escaped() -> None:
    data = sample.data("en")
    snap = data.snapshot
    hostile_account = dataclasses.replace(snap.accounts[0], address='"><img src=x>@example.com', name=HOSTILE,
                                          aliases=(f"{HOSTILE}@example.com",),
                                          forwarding=(Forwarding("f", f"x{HOSTILE}@evil.example"),))
    records = RecordsReview("example.com", "2026-12-03T09:31:00+00:00",
                            (RecordLine("spf", "spf", "example.com", "drift", "reviewdoc.spf_changed",
                                        {"found": HOSTILE, "expected": "include:_spf.google.com"}),))
    data = dataclasses.replace(
        data, company=HOSTILE, domain=HOSTILE, provider=HOSTILE,
        snapshot=dataclasses.replace(snap, accounts=(hostile_account, *snap.accounts[1:]),
                                     reported=frozenset(FACTS), sources={"status": f"https://x/{HOSTILE}"}),
        flags=(ReviewFlag(hostile_account.address, "outside_forwarding", {"to": HOSTILE}),), records=records,
        staff=dataclasses.replace(data.staff, source=HOSTILE))
    page = report_html(data)
    assert "<script>" not in page and "<img src=x>" not in page and html.escape(HOSTILE) in page


def test_what_a_provider_does_not_report_has_no_column_and_is_named() -> None:
    data = sample.data("en")
    page = report_html(data)
    assert ">Forwarding</th>" not in page and "Not shown: Forwarding." in page
    everything = dataclasses.replace(data, snapshot=dataclasses.replace(data.snapshot, reported=frozenset(FACTS)))
    page = report_html(everything)
    assert ">Forwarding</th>" in page and "Not shown" not in page
    assert "chen.jing@gmail.com" in page
    no_quota = dataclasses.replace(data, snapshot=dataclasses.replace(
        data.snapshot, reported=frozenset(FACTS) - {FORWARDING, QUOTA}))
    assert "Not shown: Forwarding, Mailbox use." in report_html(no_quota)
    refused = dataclasses.replace(data, snapshot=dataclasses.replace(
        no_quota.snapshot, missing={QUOTA: "https://www.googleapis.com/auth/admin.reports.usage.readonly"}))
    page = report_html(refused)
    assert "Not shown: Forwarding." in page and "Not read this time: Mailbox use." in page
    assert "(https://www.googleapis.com/auth/admin.reports.usage.readonly)" in page


def test_each_flag_says_what_was_found_from_the_account_itself() -> None:
    page = report_html(sample.data("en"))
    for found in ("Forwards mail to chen.jing@gmail.com, outside the company.", "Has admin rights: User Management "
                  "Admin.", "Has never signed in (account made on 20 November 2026).",
                  "The mailbox is 97% full (29.2 GB of 30 GB)."):
        assert html.escape(found) in page, found
    assert "Next review due by 3 March 2027" in page and "Reviewed on 3 December 2026" in page
    assert "every real sender passes — Google Workspace, and any newsletter" in page  # the step names the provider
    assert html.escape("Forwarding removed: chen.jing@gmail.com") in page and "Undone: put back as it was" in page
    zh = report_html(sample.data("zh_CN"))
    assert "邮箱已用 97%（30 GB 中的 29.2 GB）。" in zh and "检查日期：2026年12月3日" in zh


def test_no_review_read_yet_says_what_to_do() -> None:
    page = report_html(dataclasses.replace(sample.data("en"), snapshot=None, flags=()))
    assert "The accounts were not read in this review" in page and "Every account" not in page


def test_the_logo_is_read_by_its_content(tmp_path: Path) -> None:
    cases = {"a.png": sample.PNG_1PX, "b.jpg": b"\xff\xd8\xff\xe0" + b"0" * 20, "c.svg": sample.SVG_LOGO,
             "d.png": b"GIF89a not a png", "e.svg": b"<html><script></script></html>"}
    found = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        logo = read_logo(tmp_path / name)
        found[name] = logo.mime if logo else None
    assert found == {"a.png": "image/png", "b.jpg": "image/jpeg", "c.svg": "image/svg+xml", "d.png": None,
                     "e.svg": None}
    (tmp_path / "big.png").write_bytes(sample.PNG_1PX + b"0" * (3 * 1024 * 1024))
    assert read_logo(tmp_path / "big.png") is None and read_logo(tmp_path / "missing.png") is None
    assert file_stem(dt.date(2026, 1, 2)) == "mailwizard-review-2026-01-02"


@pytest.mark.parametrize(("language", "words"), [("en", ["Accountreview", "Whatneedsattention", "Everyaccount"]),
                                                 ("zh_CN", ["账号定期检查", "需要处理的事项", "全部账号"]),
                                                 ("zh_TW", ["帳號定期檢查", "需要處理的事項", "全部帳號"])])
def test_the_pdf_has_the_pages_and_the_words(tmp_path: Path, qapp, language: str, words: list[str]) -> None:
    data = sample.data(language, logo=Logo("image/png", sample.PNG_1PX))
    path = tmp_path / "report.pdf"
    pages = write_pdf(report_html(data, logo_src=LOGO_NAME), path, language=language,
                      images={LOGO_NAME: data.logo.data})
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 2
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    for word in [*words, "old.sales@example.com", "v=DMARC1;p=quarantine;rua=mailto:boss@example.com"]:
        assert word in text, word
    assert "".join(reader.pages[-1].extract_text().split()).endswith(str(pages))  # each page numbered


def test_the_window_adapter_carries_every_event_and_intent(qapp) -> None:
    from mailwizard.ui import controller

    arity = {"recordsChecked": 1, "reportSaved": 1, "reviewDue": 4, "reportFailed": 2}
    for event in (review_report_events.RecordsChecked, review_report_events.ReportSaved,
                  review_report_events.ReviewDue, review_report_events.ReportFailed):
        signal = getattr(controller.WizardController, event.signal)
        assert len(dataclasses.fields(event)) == arity[event.signal], event
        assert signal is not None
    intents = {k: v for k, v in controller.INTENTS.items() if v.startswith("review_report.")}
    assert len(intents) == 8 and callable(controller.WizardController.save_review_report)
    for target in intents.values():
        assert callable(getattr(review_report.ReviewReportStep, target.partition(".")[2]))
