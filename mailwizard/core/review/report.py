"""The dated account-review report, as one HTML page: the company's name and logo, a summary, what needs attention
and what to do, every account as the provider reported it ("not reported" where it does not), the staff list it was
compared with, the mail records and the DMARC step, and where each fact came from. The PDF is made from the same
HTML by Qt (mailwizard/render/pdf.py, outside core).

Its texts are data files, resources/review_report/<lang>.toml, not the window's translations: the report is made
on the session's worker thread and by `mailwizard review report` without a window or a translator, and a reader
compares the three languages side by side there. Every value from outside (names, addresses, the company, a
record found in DNS) is escaped; the texts are escaped too."""

from __future__ import annotations

import base64
import datetime as dt
import html
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.review.model import DEPARTED, FACTS, FLAG_KINDS, QUOTA

if TYPE_CHECKING:
    from mailwizard.core.review.mail_records import RecordsReview
    from mailwizard.core.review.model import ReviewAccount, ReviewFlag, ReviewSnapshot, StaffList

LANGUAGES = ("en", "zh_CN", "zh_TW")
LOGO_LIMIT = 2 * 1024 * 1024  # bytes: a logo, not a photo album
LOGO_NAME = "mailwizard-review-logo"  # how the PDF's HTML names the logo it is given as an image resource


@dataclass(frozen=True)
class Logo:
    mime: str  # image/png, image/jpeg, image/svg+xml
    data: bytes

    def data_url(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class ActionLine:
    """A change made through MailWizard during this review (the review step's history)."""

    kind: str       # model.ACTION_KINDS
    address: str
    target: str     # the role or the forwarding address
    state: str      # "done", "undone", "uncertain"
    when: str       # ISO, UTC


@dataclass(frozen=True)
class ReportData:
    company: str
    domain: str           # as people read it (Unicode)
    provider: str         # the provider's name in the report's language
    language: str
    reviewed_on: dt.date
    snapshot: ReviewSnapshot | None = None
    flags: tuple[ReviewFlag, ...] = ()
    staff: StaffList | None = None
    records: RecordsReview | None = None
    next_due: dt.date | None = None
    logo: Logo | None = None
    actions: tuple[ActionLine, ...] = ()


def file_stem(day: dt.date) -> str:
    return f"mailwizard-review-{day.isoformat()}"


def read_logo(path: Path) -> Logo | None:
    """The admin's logo: PNG, JPEG or SVG, read by its content (not its name); None when it is not one of them,
    too large, or unreadable (the report is made without it)."""
    try:
        with path.open("rb") as f:
            data = f.read(LOGO_LIMIT + 1)
    except OSError:
        return None
    if len(data) > LOGO_LIMIT:
        return None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Logo("image/png", data)
    if data.startswith(b"\xff\xd8\xff"):
        return Logo("image/jpeg", data)
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")) and b"<svg" in data[:4096]:
        return Logo("image/svg+xml", data)
    return None


@lru_cache(maxsize=4)
def _table(language: str) -> dict:
    import tomllib

    from mailwizard.core.resources import resources_dir

    language = language if language in LANGUAGES else "en"
    with (resources_dir() / "review_report" / f"{language}.toml").open("rb") as f:
        return tomllib.load(f)


def texts(language: str) -> dict:
    return _table(language)["texts"]


def record_texts(language: str) -> dict[str, str]:
    return _table(language)["records"]


class _Words:
    """The report's texts in one language, filled in and escaped."""

    def __init__(self, language: str, provider: str) -> None:
        self.t, self.records, self.provider = texts(language), record_texts(language), provider

    def raw(self, key: str, **params: object) -> str:
        return self.t[key].format(**{"provider": self.provider, **{k: str(v) for k, v in params.items()}})

    def __call__(self, key: str, **params: object) -> str:
        return html.escape(self.raw(key, **params))

    def date(self, day: dt.date | None, *, short: bool = False) -> str:
        if day is None:
            return ""
        return self.t["date_short" if short else "date"].format(
            day=day.day, month=day.month, year=day.year, month_name=self.t["months"][day.month - 1],
            month_short=self.t["months_short"][day.month - 1])

    def record(self, key: str, params: dict[str, str]) -> str:
        text = self.records.get(key, key)
        return html.escape(_fill(text, {**params, "provider": self.provider}))  # in the report's language


def _fill(text: str, params: dict[str, str]) -> str:
    class Missing(dict):
        def __missing__(self, key: str) -> str:
            return ""

    return text.format_map(Missing(params))


def _moment(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _size(words: _Words, mb: float) -> str:
    if mb >= 1024:
        return words.raw("gigabytes", n=f"{mb / 1024:.1f}".rstrip("0").rstrip("."))
    return words.raw("megabytes", n=f"{mb:.0f}")


STYLE = """
body { font-family: 'Segoe UI', 'Noto Sans', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC',
       'WenQuanYi Micro Hei', sans-serif; color: #1f2933; font-size: 10pt; }
h1 { font-size: 20pt; margin: 0; color: #102a43; }
h2 { font-size: 13pt; color: #102a43; margin-top: 22px; margin-bottom: 8px; }
p { margin-top: 3pt; margin-bottom: 3pt; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th { background-color: #e4ebf5; text-align: left; padding: 4px; font-weight: bold; }
table.grid td { border-bottom: 1px solid #d9e2ec; padding: 4px; vertical-align: top; }
table.small { font-size: 8.5pt; }
a { color: #1f5fbf; }
.muted { color: #627d98; }
.warn { color: #b44d12; font-weight: bold; }
.ok { color: #1e7a3c; }
.code { font-family: 'Consolas', 'DejaVu Sans Mono', monospace; background-color: #f0f4f8; padding: 6px; }
"""


def report_html(data: ReportData, *, logo_src: str | None = None) -> str:
    """The whole page. ``logo_src``: how the page names the logo (the HTML file embeds it as a data URL; the PDF
    passes LOGO_NAME and gives the image to Qt); None embeds it."""
    words = _Words(data.language, data.provider)
    esc = html.escape
    lang = {"zh_CN": "zh-CN", "zh_TW": "zh-TW"}.get(data.language, "en")
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
             f"<title>{esc(data.company)} — {words('title')}</title><style>{STYLE}</style></head><body>"]
    logo = ""
    if data.logo is not None:
        src = logo_src or data.logo.data_url()
        logo = f'<td width="90" valign="middle"><img src="{esc(src)}" height="64" alt=""></td>'
    parts.append(f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{logo}<td valign="middle">'
                 f"<h1>{esc(data.company)}</h1><p><b>{words('title')}</b> · {esc(data.domain)}</p>"
                 f"<p class=\"muted\">{esc(words.raw('reviewed_on', date=words.date(data.reviewed_on)))} · "
                 f"{words('provider', provider=data.provider)}</p></td></tr></table>")
    parts += _summary(data, words)
    parts += _attention(data, words)
    parts += _accounts(data, words)
    parts += _actions(data, words)
    parts += _staff(data, words)
    parts += _records(data, words)
    parts += _sources(data, words)
    parts.append("</body></html>")
    return "\n".join(parts)


def _summary(data: ReportData, words: _Words) -> list[str]:
    out = [f"<h2>{words('summary')}</h2>"]
    snap = data.snapshot
    if snap is None:
        return [*out, f'<p class="warn">{words("no_review")}</p>']
    admins = sum(1 for a in snap.accounts if a.admin_roles)
    drift = len(data.records.drift) if data.records is not None else 0
    items = [words("summary_accounts", n=len(snap.accounts)), words("summary_flags", n=len(data.flags)),
             words("summary_admins", n=admins)]
    if data.records is not None:
        items.append(words("summary_records", n=drift))
    if data.next_due is not None:
        items.append(words("summary_next", date=words.date(data.next_due)))
    return [*out, "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"]


def _flag_texts(flag: ReviewFlag, account: ReviewAccount | None, data: ReportData, words: _Words) -> tuple[str, str]:
    """What was found and what to do, from the account as reported (the flag's params fill any gap)."""
    params = dict(flag.params)
    if account is not None:
        forwarding = [f.to for f in account.forwarding]
        params.setdefault("to", ", ".join(forwarding))
        params["roles"] = words.raw("list_separator").join(r.name for r in account.admin_roles) or \
            params.get("role", "")
        created = _moment(account.created)
        params["created"] = words.date(created.date()) if created else params.get("created", "")
        last = _moment(account.last_sign_in)
        params["last"] = words.date(last.date()) if last else params.get("last", "")
        if account.used_mb is not None and account.quota_mb:
            params["share"] = f"{account.used_mb / account.quota_mb:.0%}"
            params["used"], params["quota"] = _size(words, account.used_mb), _size(words, account.quota_mb)
    kind = flag.kind if flag.kind in FLAG_KINDS else ""
    if not kind:
        return html.escape(flag.kind), ""
    return (html.escape(_fill(words.t[f"found_{kind}"], {"provider": data.provider, **params})),
            words(f"todo_{kind}_suspended" if kind == DEPARTED and params.get("suspended") else f"todo_{kind}"))


def _attention(data: ReportData, words: _Words) -> list[str]:
    if data.snapshot is None:
        return []
    out = [f"<h2>{words('attention')}</h2>"]
    if not data.flags:
        return [*out, f'<p class="ok">{words("no_flags")}</p>']
    accounts = {a.address: a for a in data.snapshot.accounts}
    rows = [f"<tr><th>{words('col_account')}</th><th>{words('col_found')}</th><th>{words('col_todo')}</th></tr>"]
    order = {k: i for i, k in enumerate(FLAG_KINDS)}
    for flag in sorted(data.flags, key=lambda f: (order.get(f.kind, 99), f.address)):
        account = accounts.get(flag.address)
        found, todo = _flag_texts(flag, account, data, words)
        name = f"<br><span class=\"muted\">{html.escape(account.name)}</span>" if account and account.name else ""
        rows.append(f"<tr><td>{html.escape(flag.address)}{name}</td><td>{found}</td><td>{todo}</td></tr>")
    return [*out, _grid(rows)]


COLUMNS = (("col_status", "status", 12), ("col_last", "activity", 13), ("col_admin", "admin_roles", 15),
           ("col_aliases", "aliases", 14), ("col_forwarding", "forwarding", 15), ("col_mailbox", QUOTA, 12))


def _accounts(data: ReportData, words: _Words) -> list[str]:
    """One row per account; a fact the provider does not report has no column (the note below says so)."""
    snap = data.snapshot
    if snap is None:
        return []
    columns = [c for c in COLUMNS if c[1] in snap.reported]
    widths = [100 - sum(c[2] for c in columns), *(c[2] for c in columns)]
    heads = ["col_account", *(c[0] for c in columns)]
    rows = ["<tr>" + "".join(f'<th width="{w}%">{words(k)}</th>' for k, w in zip(heads, widths, strict=True))
            + "</tr>"]
    sep, none = words.raw("list_separator"), words("none")
    for a in sorted(snap.accounts, key=lambda x: x.address):
        last = _moment(a.last_sign_in)
        mailbox = none
        if a.used_mb is not None:
            used = _size(words, a.used_mb)
            mailbox = html.escape(words.raw("mailbox_use", used=used, quota=_size(words, a.quota_mb))
                                  if a.quota_mb else used)
        values = {
            "status": (f'<span class="warn">{words("status_suspended")}</span>' if a.suspended
                       else words("status_active")),
            "activity": html.escape(words.date(last.date(), short=True)) if last else words("never"),
            "admin_roles": html.escape(sep.join(r.name for r in a.admin_roles)) or none,
            "aliases": html.escape(sep.join(a.aliases)) or none,
            "forwarding": html.escape(sep.join(f.to for f in a.forwarding)) or none,
            QUOTA: mailbox,
        }
        name = f'<br><span class="muted">{html.escape(a.name)}</span>' if a.name else ""
        rows.append(f"<tr><td>{_breakable(a.address)}{name}</td>"
                    + "".join(f"<td>{values[c[1]]}</td>" for c in columns) + "</tr>")
    out = [f"<h2>{words('accounts')}</h2>",
           _grid(rows, "grid small")]
    refused = getattr(snap, "missing", {}) or {}  # the sign-in lacked a permission: say so, not "not reported"
    missing = [words.raw("fact_" + f) for f in FACTS if f not in snap.reported and f not in refused]
    if refused:
        facts = words.raw("list_separator").join(words.raw("fact_" + f) for f in FACTS if f in refused)
        needed = ", ".join(sorted(set(refused.values())))
        out.append(f'<p class="muted">{words("permission_note", facts=facts, needed=needed)}</p>')
    if missing:
        out.append(f'<p class="muted">{words("not_reported_note", facts=words.raw("list_separator").join(missing))}'
                   "</p>")
    return out


def _grid(rows: list[str], css: str = "grid") -> str:
    """A table whose first row is its head: repeated at the top of each page the table goes on to."""
    return (f'<table class="{css}" width="100%" cellspacing="0"><thead>{rows[0]}</thead><tbody>'
            + "".join(rows[1:]) + "</tbody></table>")


def _breakable(address: str) -> str:
    """An address that may wrap after its @ (a narrow column), escaped."""
    local, at, domain = address.partition("@")
    return html.escape(local) + (f"@<wbr>{html.escape(domain)}" if at else "")


def _actions(data: ReportData, words: _Words) -> list[str]:
    if not data.actions:
        return []
    rows = [f"<tr><th>{words('col_account')}</th><th>{words('col_change')}</th><th>{words('col_when')}</th>"
            f"<th>{words('col_result')}</th></tr>"]
    for line in data.actions:
        when = _moment(line.when)
        change = words.t.get(f"action_{line.kind}", line.kind)
        state = words.t.get(f"action_state_{line.state}", line.state)
        rows.append(f"<tr><td>{_breakable(line.address)}</td>"
                    f"<td>{html.escape(_fill(change, {'target': line.target}))}</td>"
                    f"<td>{html.escape(words.date(when.date(), short=True) + when.strftime(' %H:%M')) if when else ''}"
                    f"</td><td>{html.escape(state)}</td></tr>")
    return [f"<h2>{words('actions')}</h2>",
            _grid(rows)]


def _staff(data: ReportData, words: _Words) -> list[str]:
    if data.snapshot is None:
        return []
    out = [f"<h2>{words('staff')}</h2>"]
    staff = data.staff
    if staff is None or not staff.source:
        return [*out, f"<p>{words('staff_none')}</p>"]
    read = _moment(staff.read_at)
    return [*out, f"<p>{words('staff_used', file=staff.source, date=words.date(read.date()) if read else '')}</p>"]


def _records(data: ReportData, words: _Words) -> list[str]:
    out = [f"<h2>{words('records', domain=data.domain)}</h2>"]
    review = data.records
    if review is None:
        return [*out, f"<p>{words('records_none')}</p>"]
    checked = _moment(review.checked_at)
    if checked:
        when = words("records_checked", date=words.date(checked.date()), time=checked.strftime("%H:%M"))
        out.append(f'<p class="muted">{when}</p>')
    rows = [f"<tr><th>{words('col_record')}</th><th>{words('col_where')}</th><th>{words('col_result')}</th></tr>"]
    for line in review.lines:
        mark = {"ok": "ok", "drift": "warn", "advice": "warn"}.get(line.state, "muted")
        rows.append(f"<tr><td>{words('purpose_' + line.purpose)}</td><td>{html.escape(line.name)}</td>"
                    f'<td class="{mark}">{words.record(line.message_key, line.params)}</td></tr>')
    out.append(_grid(rows))
    step = review.dmarc_step
    if step is not None:
        out += [f"<h2>{words('dmarc')}</h2>", f"<p>{words.record(step.message_key, step.params)}</p>",
                f"<p style=\"margin-top: 8px\">{words('dmarc_record_to_publish', name=step.name)}</p>",
                f'<p class="code">{html.escape(step.proposed)}</p>']
    return out


def _sources(data: ReportData, words: _Words) -> list[str]:
    snap = data.snapshot
    if snap is None:
        return []
    out = [f"<h2>{words('sources')}</h2>", f"<p>{words('sources_intro')}</p><ul>"]
    for fact in FACTS:
        url = snap.sources.get(fact)
        if fact in snap.reported and url:
            link = html.escape(url)
            out.append(f'<li>{words("fact_" + fact)}: <a href="{link}">{link}</a></li>')
    out.append("</ul>")
    checked = _moment(snap.checked_at)
    if checked:
        made = words("made_by", date=words.date(checked.date()), time=checked.strftime("%H:%M"))
        out.append(f'<p class="muted">{made}</p>')
    return out


def reminder(language: str, domain: str, last: str | None) -> tuple[str, str]:
    """The scheduled reminder's notification: (title, body), in the admin's language."""
    words = _Words(language, "")
    if last:
        return words.raw("notify_title"), words.raw("notify_body", domain=domain,
                                                    date=words.date(dt.date.fromisoformat(last)))
    return words.raw("notify_title"), words.raw("notify_body_first", domain=domain)
