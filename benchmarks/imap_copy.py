"""The mail copy's speed: messages copied per second by MailWizard's engine (core/migration/copy.py: batched UID
FETCH, MULTIAPPEND or pipelined APPENDs, several folders at once) ÷ a bare imaplib loop (per folder: EXAMINE, then
for each message one UID FETCH of its flags, date and body and one APPEND with them), in the same run, against the
same two Dovecot servers on loopback (tests/servers/dovecot.py; needs dovecot-imapd), each copying the same old
mailbox into its own empty new one. Target: ratio >= 2.

Run: python benchmarks/imap_copy.py [messages] (with the venv's Python, after the test install). The last line is
JSON.
"""

from __future__ import annotations

import asyncio
import imaplib
import json
import re
import ssl
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailwizard.core.migration.copy import MailboxCopy, Server  # noqa: E402
from mailwizard.core.migration.journal import CopyJournal  # noqa: E402
from mailwizard.core.migration.utf7 import decode, encode  # noqa: E402
from mailwizard.core.store import Store  # noqa: E402
from tests.servers.dovecot import TARGET_SPECIAL, LoopbackDovecot, seed_mailbox  # noqa: E402

FOLDER_MAP = {"已发送": "Sent", "草稿箱": "Drafts", "已删除": "Trash", "垃圾邮件": "Junk"}


def bare_loop(old: LoopbackDovecot, new: LoopbackDovecot, context: ssl.SSLContext) -> int:
    src = imaplib.IMAP4_SSL("127.0.0.1", old.port, ssl_context=context)
    dst = imaplib.IMAP4_SSL("127.0.0.1", new.port, ssl_context=context)
    src.login("li@old.example", "old-pw")
    dst.login("bare@new.example", "new-pw")
    copied = 0
    for line in src.list()[1]:
        flags, _sep, wire = re.match(rb'\((.*?)\) "(.)" (.*)', line).groups()
        if b"\\Noselect" in flags:
            continue
        wire = wire.strip(b'"').decode()
        src.select(f'"{wire}"', readonly=True)
        target = encode(FOLDER_MAP.get(decode(wire), decode(wire)))
        dst.create(f'"{target}"')
        _typ, data = src.uid("SEARCH", None, "ALL")
        for uid in data[0].split():
            _typ, parts = src.uid("FETCH", uid, "(FLAGS INTERNALDATE BODY.PEEK[])")
            meta, body = parts[0]
            msg_flags = " ".join(f.decode() for f in imaplib.ParseFlags(meta) if f != b"\\Recent")
            date = imaplib.Internaldate2tuple(meta)
            dst.append(f'"{target}"', f"({msg_flags})", date, body)
            copied += 1
    src.logout()
    dst.logout()
    return copied


async def engine(old: LoopbackDovecot, new: LoopbackDovecot, context: ssl.SSLContext) -> int:
    store = Store(Path(tempfile.mkdtemp(prefix="mw-bench-")))

    async def write(function, *args):
        return await asyncio.to_thread(function, *args)

    job = MailboxCopy(Server("127.0.0.1", old.port, "ssl", "li@old.example", "old-pw", context),
                      Server("127.0.0.1", new.port, "ssl", "mw@new.example", "new-pw", context),
                      CopyJournal(store, "mw@new.example", write))
    progress = await job.run()
    store.close()
    return progress.copied


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with LoopbackDovecot() as old, LoopbackDovecot(special=TARGET_SPECIAL) as new:
        old.add_user("li@old.example", "old-pw", folders=seed_mailbox(count))
        new.add_user("bare@new.example", "new-pw")
        new.add_user("mw@new.example", "new-pw")
        old.start()
        new.start()
        context = ssl.create_default_context(cafile=str(old.ca_file))

        started = time.perf_counter()
        bare = bare_loop(old, new, context)
        bare_seconds = time.perf_counter() - started
        started = time.perf_counter()
        ours = asyncio.run(engine(old, new, context))
        our_seconds = time.perf_counter() - started
    bare_rate, our_rate = bare / bare_seconds, ours / our_seconds
    print(f"bare imaplib loop: {bare} messages in {bare_seconds:.2f} s ({bare_rate:.0f}/s)")
    print(f"MailWizard:        {ours} messages in {our_seconds:.2f} s ({our_rate:.0f}/s)")
    print(json.dumps({"messages": count, "bare_per_second": round(bare_rate, 1),
                      "mailwizard_per_second": round(our_rate, 1), "ratio": round(our_rate / bare_rate, 2),
                      "target_ratio": 2, "ok": our_rate / bare_rate >= 2 and bare == ours == count}))


if __name__ == "__main__":
    main()
