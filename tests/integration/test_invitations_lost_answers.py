"""Invitations over a real SMTP server on loopback whose line drops (issue 16): a message whose body went out and
whose answer was lost is "uncertain" and never sent again by itself; a drop before DATA is retried safely."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from mailwizard.core.invitations.sender import SENT, UNCERTAIN, SmtpSettings, send_invitations
from mailwizard.core.store import Store
from tests.integration.test_invitations import messages, sender
from tests.servers.smtp_server import LoopbackSmtp

TOTAL = 1000


def test_a_lost_answer_after_data_is_uncertain_and_never_sent_twice(tmp_path) -> None:
    store = Store(tmp_path)
    batch = messages(TOTAL)
    address = {key: str(message["To"].addresses[0].addr_spec) for key, message in batch}
    started = time.monotonic()
    with LoopbackSmtp() as smtp:
        smtp.drop_after_data = 0.05  # the server takes the whole message, then the line drops before its 250
        report = asyncio.run(send_invitations(sender(smtp), batch, store, "s"))
        first = [m[1][0] for m in smtp.messages]
        dropped = set(smtp.dropped)
        again = asyncio.run(send_invitations(sender(smtp), batch, store, "s"))  # the admin presses Send again
        delivered = Counter(m[1][0] for m in smtp.messages)
    assert time.monotonic() - started < 20
    assert 20 <= len(dropped) <= 90, "about 5% of the answers were dropped"
    assert max(delivered.values()) == 1, "no invitation arrived twice"
    assert len(delivered) == len(first)  # the second run sent nothing at all
    uncertain = {address[key] for key in report.uncertain}
    assert uncertain == dropped, "each message whose answer was lost is uncertain, and only those"
    assert len(report.sent) + len(report.uncertain) == TOTAL and not report.failed
    assert {address[key] for key in report.sent} | uncertain == set(delivered)
    assert all(store.journal_get("s", key)[0] == UNCERTAIN for key in report.uncertain)
    assert all(store.journal_get("s", key)[0] == SENT for key in report.sent)
    assert again.sent == [] and len(again.skipped) == len(report.sent)
    assert sorted(again.uncertain) == sorted(report.uncertain)  # still the admin's to decide
    store.close()


def test_the_admin_resends_an_uncertain_one_and_it_goes_once_more(tmp_path) -> None:
    store = Store(tmp_path)
    with LoopbackSmtp() as smtp:
        smtp.drop_after_data = 1.0
        report = asyncio.run(send_invitations(sender(smtp), messages(1), store, "s"))
        smtp.drop_after_data = 0.0
        assert report.uncertain == ["m0"] and len(smtp.messages) == 1
        again = asyncio.run(send_invitations(sender(smtp), messages(1), store, "s", resend={"m0"}))
        assert again.sent == ["m0"] and len(smtp.messages) == 2  # only because the admin said so
    store.close()


def test_a_drop_before_data_is_retried_and_delivered_exactly_once(tmp_path) -> None:
    store = Store(tmp_path)
    batch = messages(40)
    with LoopbackSmtp() as smtp:
        for i in range(0, 40, 4):  # every fourth: the line drops at RCPT TO, once or twice, before any body went
            smtp.drop_at_rcpt[f"zw{i}@personal.example"] = 1 + (i % 8 == 0)
        report = asyncio.run(send_invitations(sender(smtp), batch, store, "s"))
        delivered = Counter(m[1][0] for m in smtp.messages)
        assert not any(smtp.drop_at_rcpt.values()), "every planned drop happened"
    assert len(report.sent) == 40 and report.uncertain == [] and not report.failed
    assert len(delivered) == 40 and max(delivered.values()) == 1
    store.close()


def test_a_server_gone_silent_after_the_data_makes_it_uncertain(tmp_path) -> None:
    """No answer within the time-out after the whole message went out: the same as a lost answer."""
    store = Store(tmp_path)
    with LoopbackSmtp() as smtp:
        smtp.delay = 1.0  # the answer to the end of the data comes after the client stopped waiting
        slow = sender(smtp)
        slow.settings = SmtpSettings("127.0.0.1", smtp.port, "starttls", smtp.user, 0.4)
        report = asyncio.run(send_invitations(slow, messages(2), store, "s"))
        assert report.uncertain == ["m0", "m1"] and report.sent == []
        assert len(smtp.messages) <= 2  # each went once at most
    store.close()
