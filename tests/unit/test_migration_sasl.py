"""The SASL messages that carry an access token (core/migration/sasl.py), byte for byte as the providers document
them, and the refusal challenge read back."""

from __future__ import annotations

import base64

from mailwizard.core.migration.sasl import OAUTHBEARER, XOAUTH2, decode_challenge, failure_reply, initial_response


def test_xoauth2_is_googles_documented_example_byte_for_byte() -> None:
    # https://developers.google.com/gmail/imap/xoauth2-protocol, "Initial client response" (its line breaks removed)
    assert initial_response(XOAUTH2, "someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg") == (
        b"dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52"
        b"YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==")


def test_oauthbearer_has_the_gs2_header_and_escapes_the_user() -> None:
    # RFC 7628 §3.1 (gs2-header "n,a=" saslname ","; kvsep 0x01) and RFC 5801 §4 (saslname: "=" → "=3D", "," → "=2C")
    raw = base64.b64decode(initial_response(OAUTHBEARER, "a,b=c@example.com", "tok"))
    assert raw == b"n,a=a=2Cb=3Dc@example.com,\x01auth=Bearer tok\x01\x01"
    assert failure_reply(OAUTHBEARER) == base64.b64encode(b"\x01") and failure_reply(XOAUTH2) == b""


def test_the_refusal_challenge_is_decoded_and_anything_else_is_empty() -> None:
    # Google's documented error challenge: {"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}
    line = b"+ eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIG1hYyIsInNjb3BlIjoiaHR0cHM6Ly9tYWlsLmdvb2dsZS5jb20vIn0K"
    assert decode_challenge(line) == {"status": "401", "schemes": "bearer mac", "scope": "https://mail.google.com/"}
    assert decode_challenge(b"+ ") == {} and decode_challenge(b"+ not base64!") == {}
    assert decode_challenge(b"+ " + base64.b64encode(b"[1, 2]")) == {}
