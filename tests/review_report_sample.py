"""A review with every case, for the report's tests and for looking at its pages (python -m tests.review_report_sample
OUT_DIR writes the three languages' HTML and PDF there)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from mailwizard.core.review.mail_records import DmarcStep, RecordLine, RecordsReview
from mailwizard.core.review.model import (
    DEPARTED,
    EXTRA_ADMIN,
    FACTS,
    FORWARDING,
    MAILBOX_FULL,
    NEVER_SIGNED_IN,
    OUTSIDE_FORWARDING,
    PASSWORD_UNCHANGED,
    SUSPENDED,
    AdminRole,
    Forwarding,
    ReviewAccount,
    ReviewFlag,
    ReviewSnapshot,
    StaffList,
)
from mailwizard.core.review.report import ActionLine, Logo, ReportData

DAY = dt.date(2026, 12, 3)
PNG_1PX = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
                        "f8cfc0f00f0004fe01fd2e4c6e6b0000000049454e44ae426082")
SVG_LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">'
            b'<rect width="120" height="120" rx="24" fill="#1f6feb"/><text x="60" y="78" font-size="56" '
            b'text-anchor="middle" fill="white" font-family="sans-serif">AC</text></svg>')


def snapshot(reported: frozenset[str] = frozenset(FACTS) - {FORWARDING}) -> ReviewSnapshot:
    accounts = (
        ReviewAccount("1", "boss@example.com", "Wang Fang", created="2026-01-05T09:00:00Z",
                      last_sign_in="2026-12-02T08:10:00Z", password_changed=True,
                      admin_roles=(AdminRole("r1", "Super Admin"),), used_mb=2100, quota_mb=30720),
        ReviewAccount("2", "li.lei@example.com", "李雷", created="2026-02-01T09:00:00Z",
                      last_sign_in="2026-11-30T08:00:00Z", password_changed=True,
                      admin_roles=(AdminRole("r2", "User Management Admin"),), aliases=("lei@example.com",),
                      used_mb=29900, quota_mb=30720),
        ReviewAccount("3", "han.meimei@example.com", "韩梅梅", created="2026-11-20T09:00:00Z",
                      last_sign_in=None, password_changed=None),
        ReviewAccount("4", "chen.jing@example.com", "陳靜", created="2026-03-01T09:00:00Z",
                      last_sign_in="2026-11-01T08:00:00Z", password_changed=False,
                      forwarding=(Forwarding("f1", "chen.jing@gmail.com", "auto"),), used_mb=512, quota_mb=30720),
        ReviewAccount("5", "old.sales@example.com", "<Old> Sales & Co", suspended=True,
                      created="2025-06-01T09:00:00Z", last_sign_in="2026-04-01T08:00:00Z", password_changed=True),
    )
    sources = {f: f"https://developers.example.com/review/{f}" for f in FACTS}
    return ReviewSnapshot(accounts, "boss@example.com", reported, sources, "2026-12-03T09:30:00+00:00")


def flags() -> tuple[ReviewFlag, ...]:
    return (ReviewFlag("old.sales@example.com", DEPARTED), ReviewFlag("old.sales@example.com", SUSPENDED),
            ReviewFlag("chen.jing@example.com", OUTSIDE_FORWARDING, {"to": "chen.jing@gmail.com"}),
            ReviewFlag("li.lei@example.com", EXTRA_ADMIN), ReviewFlag("han.meimei@example.com", NEVER_SIGNED_IN),
            ReviewFlag("chen.jing@example.com", PASSWORD_UNCHANGED), ReviewFlag("li.lei@example.com", MAILBOX_FULL))


def records() -> RecordsReview:
    name = "example.com"
    return RecordsReview("example.com", "2026-12-03T09:31:00+00:00", (
        RecordLine("mx", "mx", name, "ok", "reviewdoc.record_ok"),
        RecordLine("spf", "spf", name, "drift", "reviewdoc.spf_multiple", {"count": "2"}),
        RecordLine("dkim", "dkim", "google._domainkey.example.com", "ok", "reviewdoc.record_ok"),
        RecordLine("dmarc", "dmarc", "_dmarc.example.com", "ok", "reviewdoc.record_ok")),
        DmarcStep("quarantine", "_dmarc.example.com", "v=DMARC1; p=none",
                  "v=DMARC1; p=quarantine; rua=mailto:boss@example.com", "boss@example.com"))


SVG = Logo("image/svg+xml", SVG_LOGO)


def data(language: str = "en", *, logo: Logo | None = SVG) -> ReportData:
    company = {"en": "Acme Trading Ltd", "zh_CN": "艾克美贸易有限公司", "zh_TW": "艾克美貿易有限公司"}[language]
    provider = {"en": "Google Workspace", "zh_CN": "Google Workspace", "zh_TW": "Google Workspace"}[language]
    return ReportData(company, "example.com", provider, language, DAY, snapshot(), flags(),
                      StaffList(frozenset({"boss@example.com"}), frozenset(), "staff-2026-12.xlsx",
                                "2026-12-03T09:00:00+00:00"), records(), DAY + dt.timedelta(days=90), logo,
                      actions())


def actions() -> tuple[ActionLine, ...]:
    return (ActionLine("suspend", "old.sales@example.com", "", "done", "2026-12-03T09:40:00+00:00"),
            ActionLine("remove_forwarding", "chen.jing@example.com", "chen.jing@gmail.com", "uncertain",
                       "2026-12-03T09:42:00+00:00"),
            ActionLine("remove_admin", "li.lei@example.com", "User Management Admin", "undone",
                       "2026-12-03T09:45:00+00:00"))


if __name__ == "__main__":
    from mailwizard.core.review.report import LOGO_NAME, report_html
    from mailwizard.render.pdf import write_pdf

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN", "zh_TW"):
        d = data(lang)
        (out / f"report-{lang}.html").write_text(report_html(d), encoding="utf-8")
        print(lang, write_pdf(report_html(d, logo_src=LOGO_NAME), out / f"report-{lang}.pdf", language=lang,
                              images={LOGO_NAME: d.logo.data}))
