"""The SASL messages that carry an OAuth 2.0 access token to an IMAP server (ImapClient.login_oauth), and the
server's refusal read back. Nothing here logs or keeps the token.

- XOAUTH2, the initial client response: base64("user=" {User} "^Aauth=Bearer " {Access Token} "^A^A"), ^A = 0x01
  (https://developers.google.com/gmail/imap/xoauth2-protocol, "Initial Client Response"; the same format for
  Exchange Online, https://learn.microsoft.com/exchange/client-developer/legacy-protocols/
  how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth, "SASL XOAUTH2"). A refused token: the server
  sends a challenge, base64 of a JSON body with "status", "schemes" and "scope" (Google's "Error Response"); the
  client answers it with an empty line and the server then sends the tagged NO.
- OAUTHBEARER (RFC 7628 §3.1): the GS2 header "n,a=" {User} "," then ^A "auth=Bearer " {token} ^A^A (host and port
  are optional key-values, left out). A refusal is the same JSON challenge (§3.2.2), answered with a single ^A
  (§3.2.3) before the NO.
"""

from __future__ import annotations

import base64
import binascii
import json

XOAUTH2, OAUTHBEARER = "XOAUTH2", "OAUTHBEARER"


def initial_response(mechanism: str, user: str, token: str) -> bytes:
    """The base64 initial client response for ``mechanism`` (never logged: it holds the token)."""
    if mechanism == XOAUTH2:
        raw = f"user={user}\x01auth=Bearer {token}\x01\x01"
    elif mechanism == OAUTHBEARER:
        escaped = user.replace("=", "=3D").replace(",", "=2C")  # saslname (RFC 5801 §4)
        raw = f"n,a={escaped},\x01auth=Bearer {token}\x01\x01"
    else:
        raise ValueError(mechanism)
    return base64.b64encode(raw.encode())


def failure_reply(mechanism: str) -> bytes:
    """What the client answers the server's error challenge with, so the server ends the exchange with a NO."""
    return b"" if mechanism == XOAUTH2 else base64.b64encode(b"\x01")


def decode_challenge(line: bytes) -> dict[str, str]:
    """A "+ <base64 JSON>" challenge → its fields ({} when it is not one): status, schemes, scope."""
    text = line[1:].strip()
    try:
        data = json.loads(base64.b64decode(text, validate=True) or b"{}")
    except (binascii.Error, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, float))}
