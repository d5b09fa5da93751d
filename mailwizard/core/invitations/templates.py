"""The invitation email: a template per language in resources/templates/, filled per member, built as
a correct RFC 5322 message (Date, unique Message-ID, RFC 2047 headers, multipart/alternative, CRLF)."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from functools import lru_cache
from string import Template

from mailwizard.core.catalogue import mail_settings as load_mail_settings  # the old name, for its callers
from mailwizard.core.catalogue_sections import MailSettings
from mailwizard.core.resources import resources_dir

__all__ = ["LANGS", "Blocks", "Invitation", "MailSettings", "build_message", "load_mail_settings", "render"]

LANGS = ("en", "zh_CN", "zh_TW")


@dataclass(frozen=True)
class Invitation:
    """Everything one member's invitation says. ``password`` is None unless the admin chose to include it."""

    language: str
    member_name: str
    personal_email: str
    address: str            # display form (IDN in Unicode)
    company: str
    inviter_name: str
    inviter_email: str
    provider_name: str
    signin_url: str
    greeting: str
    closing: str
    password: str | None
    phone_app: str          # the provider's app name, or "" to give IMAP/SMTP settings
    imap: str = ""          # "host:port"
    smtp: str = ""
    logo_src: str = ""      # "cid:…" in the sent message, a data: URL in the preview, "" for none
    handover: str = ""      # without the password: "sheet" (printed) or "in_person" says how it comes


@dataclass(frozen=True)
class Blocks:
    """The pre-rendered paragraphs in the admin's language (the UI translates them)."""

    password_included: str  # contains {password}
    password_separate: str
    phone_app: str          # contains {app}
    phone_settings: str     # contains {imap_host} {imap_port} {smtp_host} {smtp_port} {address}
    phone_unknown: str = ""  # contains {address}: no app and no server settings known for this provider
    password_on_sheet: str = ""   # the password comes on a printed sheet ("" = password_separate); {inviter}
    password_in_person: str = ""  # the inviter tells it in person ("" = password_separate); {inviter}


@lru_cache(maxsize=8)
def _template(language: str, kind: str) -> str:
    return (resources_dir() / "templates" / f"invitation_{language}.{kind}").read_text(encoding="utf-8")


def render(invitation: Invitation, blocks: Blocks) -> tuple[str, str, str]:
    """(subject, plain text, HTML) for one member."""
    language = invitation.language if invitation.language in LANGS else "en"
    if invitation.password is not None:
        password = blocks.password_included.format(password=invitation.password)
    else:
        password = ({"sheet": blocks.password_on_sheet, "in_person": blocks.password_in_person}.get(
            invitation.handover, "") or blocks.password_separate).replace("{inviter}", invitation.inviter_name)
    if invitation.phone_app:
        phone = blocks.phone_app.format(app=invitation.phone_app, address=invitation.address)
    elif not (invitation.imap and invitation.smtp):  # never "server , port": the provider's own help instead
        phone = blocks.phone_unknown.format(address=invitation.address)
    else:
        # host and port apart: a phone's mail app asks for them in separate fields
        imap_host, _, imap_port = invitation.imap.rpartition(":")
        smtp_host, _, smtp_port = invitation.smtp.rpartition(":")
        phone = blocks.phone_settings.format(imap_host=imap_host, imap_port=imap_port, smtp_host=smtp_host,
                                             smtp_port=smtp_port, address=invitation.address)
    values = {
        "greeting": invitation.greeting, "member_name": invitation.member_name, "company": invitation.company,
        "inviter_name": invitation.inviter_name, "inviter_email": invitation.inviter_email,
        "address": invitation.address, "provider_name": invitation.provider_name,
        "signin_url": invitation.signin_url, "closing": invitation.closing,
    }
    text_template = _template(language, "txt")
    subject_line, _, body = text_template.partition("\n")
    subject = Template(subject_line.removeprefix("Subject:").strip()).safe_substitute(values)
    text = Template(body.lstrip("\n")).safe_substitute(values, password_block=password, phone_block=phone)
    escaped = {k: html.escape(v) for k, v in values.items()}
    logo = (f'<p style="margin:0 0 16px;"><img src="{html.escape(invitation.logo_src)}" alt="{escaped["company"]}" '
            f'style="max-height:56px; max-width:240px;"></p>') if invitation.logo_src else ""
    html_body = Template(_template(language, "html")).safe_substitute(
        escaped, password_block=f"<p>{html.escape(password)}</p>", phone_block=f"<p>{html.escape(phone)}</p>",
        logo_block=logo)
    return subject, text, html_body


def build_message(invitation: Invitation, blocks: Blocks, *, sender: str, sender_name: str,
                  message_domain: str, now: dt.datetime | None = None,
                  logo: tuple[bytes, str] | None = None) -> EmailMessage:
    """``logo``: (image bytes, subtype such as "png"), embedded as a related part the HTML refers to."""
    cid = make_msgid("logo", domain=message_domain) if logo else ""
    if logo:
        invitation = replace(invitation, logo_src=f"cid:{cid[1:-1]}")
    subject, text, html_body = render(invitation, blocks)
    message = EmailMessage(policy=SMTP)  # CRLF line ends, RFC 2047 for non-ASCII headers
    message["From"] = Address(sender_name, addr_spec=sender)
    message["To"] = Address(invitation.member_name, addr_spec=invitation.personal_email)
    message["Reply-To"] = Address(invitation.inviter_name, addr_spec=invitation.inviter_email)
    message["Subject"] = subject
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid("invitation", domain=message_domain)
    message.set_content(text, charset="utf-8")
    message.add_alternative(html_body, subtype="html", charset="utf-8")
    if logo:
        message.get_body(("html",)).add_related(logo[0], maintype="image", subtype=logo[1], cid=cid,
                                               disposition="inline")
    return message
