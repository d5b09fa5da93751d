"""One member's signature (HTML and plain text) and leave auto-reply, in the member's language.

HTML: every value escaped (html.escape), inline styles and a table (mail clients drop <style> blocks and CSS
layout; Outlook renders with Word's engine); links only https:, mailto: and tel:. Plain text: after the
signature separator "-- " (dash dash space, RFC 3676 section 4.3: https://www.rfc-editor.org/rfc/rfc3676#section-4.3)
so mail programs recognise and trim it in replies."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from mailwizard.core.members.model import Member
from mailwizard.core.signatures.design import SignatureDesign

SEPARATOR = "-- "
_LOGO = re.compile(r"(https://[^\s\"'<>]+|data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=]+)\Z")

# The few words a signature and the default auto-reply need, in each language the wizard speaks
WORDS = {
    "en": {"mobile": "Mobile", "tel": "Tel", "web": "Web", "email": "Email",
           "subject": "Out of office: {name}",
           "body": "Thank you for your message. I am away{span} and will answer when I am back.{contact}",
           "span_both": " from {start} to {end}", "span_start": " from {start}", "span_end": " until {end}",
           "contact": " For anything urgent, please write to {contact}.", "colon": ": "},
    "zh_CN": {"mobile": "手机", "tel": "电话", "web": "网址", "email": "邮箱",
              "subject": "自动回复：{name} 不在办公室",
              "body": "您好，您的邮件已收到。我{span}不在办公室，回来后会尽快回复您。{contact}",
              "span_both": "于 {start} 至 {end} 期间", "span_start": "自 {start} 起", "span_end": "在 {end} 前",
              "contact": "如有急事，请联系 {contact}。", "colon": "："},
    "zh_TW": {"mobile": "手機", "tel": "電話", "web": "網址", "email": "電子郵件",
              "subject": "自動回覆：{name} 不在辦公室",
              "body": "您好，您的郵件已收到。我{span}不在辦公室，回來後會儘快回覆您。{contact}",
              "span_both": "於 {start} 至 {end} 期間", "span_start": "自 {start} 起", "span_end": "在 {end} 前",
              "contact": "如有急事，請聯絡 {contact}。", "colon": "："},
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class Rendered:
    html: str
    text: str


@dataclass(frozen=True)
class RenderedReply:
    subject: str
    html: str
    text: str


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def name_of(member: Member, language: str) -> str:
    if member.display_name.strip():
        return member.display_name.strip()
    family, given = member.family_name.strip(), member.given_name.strip()
    return f"{family}{given}" if language != "en" and not given.isascii() else " ".join(p for p in (given, family) if p)


def shown_date(day: dt.date, language: str) -> str:
    if language == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def logo_usable(logo: str, *, embedded: bool) -> bool:
    """An https:// link always; a data: URL only where embedding is wanted (the files)."""
    return bool(_LOGO.match(logo)) and (embedded or logo.startswith("https://"))


def _tel(number: str) -> str:
    return "tel:" + quote(re.sub(r"[^\d+]", "", number), safe="+")


def signature(design: SignatureDesign, member: Member, address: str, language: str, *,
              embed_logo: bool = True) -> Rendered:
    w = words(language)
    c = w["colon"]
    name = name_of(member, language)
    role = [v.strip() for v, shown in ((member.job_title, design.show_title),
                                       (member.department, design.show_department)) if shown and v.strip()]
    if language != "en":
        role.reverse()  # 销售部 · 经理: the department first, as Chinese cards print it
    lines: list[tuple[str, str]] = []  # (text, html)
    if name:
        lines.append((name, f'<strong style="font-size:14px">{escape(name)}</strong>'))
    if role:
        lines.append((" · ".join(role), escape(" · ".join(role))))
    if design.company.strip():
        lines.append((design.company.strip(), f"<strong>{escape(design.company.strip())}</strong>"))
    for label, number in ((w["tel"], design.phone), (w["mobile"], member.phone if design.show_mobile else "")):
        if number.strip():
            n = number.strip()
            lines.append((f"{label}{c}{n}", f'{escape(label + c)}<a href="{escape(_tel(n))}" '
                                           f'style="color:#1a5fb4;text-decoration:none">{escape(n)}</a>'))
    if design.show_address and address:
        lines.append((f"{w['email']}{c}{address}", f'{escape(w["email"] + c)}<a href="mailto:{escape(address)}" '
                                                  f'style="color:#1a5fb4;text-decoration:none">{escape(address)}</a>'))
    site = design.website.strip()
    if site:
        link = site if site.startswith(("https://", "http://")) else "https://" + site
        lines.append((f"{w['web']}{c}{site}", f'{escape(w["web"] + c)}<a href="{escape(link)}" '
                                             f'style="color:#1a5fb4;text-decoration:none">{escape(site)}</a>'))
    logo = ""
    if design.logo and logo_usable(design.logo, embedded=embed_logo):
        alt = escape(design.company.strip() or name)
        logo = (f'<td style="padding-right:12px;vertical-align:top"><img src="{escape(design.logo)}" alt="{alt}" '
                f'height="48" style="height:48px;border:0"></td>')
    body = "<br>".join(h for _t, h in lines)
    html = ('<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,\'Microsoft YaHei\','
            f'sans-serif;font-size:13px;line-height:1.4;color:#333333"><tr>{logo}<td style="vertical-align:top">'
            f"{body}</td></tr></table>")
    legal = design.legal.strip()
    if legal:
        html += ('<p style="font-family:Arial,sans-serif;font-size:11px;color:#888888;margin:8px 0 0">'
                 + escape(legal).replace("\n", "<br>") + "</p>")
    text = "\n".join([SEPARATOR, *(t for t, _h in lines), *(["", *legal.splitlines()] if legal else [])])
    return Rendered(html, text + "\n")


def autoreply(design: SignatureDesign, member: Member, address: str, language: str) -> RenderedReply:
    """The leave auto-reply: the design's texts (or the language's default) with the dates and names filled in."""
    w = words(language)
    reply = design.autoreply
    start, end = reply.dates()
    values = {"name": name_of(member, language) or address, "company": design.company.strip(),
              "start": shown_date(start, language) if start else "", "end": shown_date(end, language) if end else "",
              "contact": reply.contact.strip()}
    span = w["span_both"] if start and end else w["span_start"] if start else w["span_end"] if end else ""
    values["span"] = span.format(**values)
    contact = w["contact"].format(**values) if values["contact"] else ""
    subject = _fill(reply.subject or w["subject"], values)
    text = _fill(reply.body, values) if reply.body.strip() else w["body"].format(**{**values, "contact": contact})
    sig = signature(design, member, address, language, embed_logo=False)
    html = ("<p>" + escape(text).replace("\n", "<br>") + "</p>" + sig.html)
    return RenderedReply(subject, html, text + "\n\n" + sig.text)


def _fill(template: str, values: dict[str, str]) -> str:
    """{name}… filled in; any other brace left as typed (a template is the admin's text, not code)."""
    return re.sub(r"\{(name|company|start|end|contact)\}", lambda m: values[m.group(1)], template)
