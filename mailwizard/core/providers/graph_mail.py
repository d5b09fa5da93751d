"""An RFC 2822 message (as core/invitations builds it) as Microsoft Graph's message resource, for POST /me/sendMail.

POST /me/sendMail {"message": {...}, "saveToSentItems": true} → 202 Accepted and no body; delegated permission
Mail.Send (learn.microsoft.com/graph/api/user-sendmail). A 202 says the message was accepted, not yet delivered.
The message resource: subject, body {contentType "HTML"|"Text", content}, toRecipients / replyTo
[{emailAddress {name, address}}] (learn.microsoft.com/graph/api/resources/message); inline pictures as
fileAttachments {"@odata.type": "#microsoft.graph.fileAttachment", name, contentType, contentBytes (base64),
contentId, isInline} (learn.microsoft.com/graph/api/resources/fileattachment).
Mail.Send not granted: 403 ErrorAccessDenied "Access is denied. Check credentials and try again." (as reported in
github.com/AzureCAT-GSI/DevCamp/issues/44 and github.com/microsoftgraph/msgraph-sdk-php/issues/1204); a signed-in
admin without an Exchange Online mailbox: MailboxNotEnabledForRESTAPI "The mailbox is either inactive, soft-deleted,
or is hosted on-premise." (github.com/iyear/E5SubBot/issues/39; its HTTP status, 404 here, unconfirmed).
Exchange Online sends at most 30 messages a minute from one mailbox (learn.microsoft.com/office365/
servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits), hence SEND_RATE;
Graph's Outlook limits allow 10,000 requests per 10 minutes and 4 at once per mailbox
(learn.microsoft.com/graph/throttling-limits#outlook-service-limits).
"""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

SEND_RATE = 0.5  # messages per second: 30 a minute


def _recipients(message: EmailMessage, header: str) -> list[dict[str, Any]]:
    values = [str(v) for v in message.get_all(header, [])]
    return [{"emailAddress": {"name": name, "address": address} if name else {"address": address}}
            for name, address in getaddresses(values) if address]


def graph_message(message: EmailMessage) -> dict[str, Any]:
    """Subject, the HTML part (else the text), To, Reply-To and the inline pictures the HTML refers to (cid:)."""
    html = message.get_body(("html",))
    part = html or message.get_body(("plain",))
    content = part.get_content() if part is not None else ""
    result: dict[str, Any] = {
        "subject": str(message.get("Subject", "")),
        "body": {"contentType": "HTML" if html is not None else "Text", "content": content},
        "toRecipients": _recipients(message, "To"),
    }
    reply_to = _recipients(message, "Reply-To")
    if reply_to:
        result["replyTo"] = reply_to
    attachments = []
    for item in message.walk():
        cid = item.get("Content-ID")
        if item.get_content_maintype() == "image" and cid:
            attachments.append({"@odata.type": "#microsoft.graph.fileAttachment",
                                "name": f"logo.{item.get_content_subtype()}", "contentType": item.get_content_type(),
                                "contentBytes": base64.b64encode(item.get_payload(decode=True)).decode("ascii"),
                                "contentId": cid.strip("<>"), "isInline": True})
    if attachments:
        result["attachments"] = attachments
    return result
