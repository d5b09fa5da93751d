"""Real Dovecot IMAP servers on loopback for the migration tests: each instance has its own config directory in a
temp dir, random ports, passwd-file users, Maildir storage, a throw-away CA the tests trust (verification stays on),
an IMAPS port and a port offering STARTTLS (no sign-in before it) and, with ``tls=False``, only a plain port that
offers no STARTTLS (the "server without TLS" case), and
the quota plugin (a user's ``quota`` in bytes: the "full target" case).

    with LoopbackDovecot() as old, LoopbackDovecot() as new:
        old.add_user("li@old.example", "pw1", folders=seed_mailbox(200))
        new.add_user("li@new.example", "pw2", quota=10_000_000)
        old.start(); new.start()
        ... IMAPS on 127.0.0.1:old.imaps_port, trusting old.ca_pem ...
        new.messages("li@new.example")  # {folder (unicode): [(flags, internaldate, bytes)]}

Needs Debian's ``dovecot-imapd`` (installed by .ci/run): ``skip_unless_dovecot()`` skips with the reason when it is
missing. Dovecot's settings used: https://doc.dovecot.org/2.3/configuration_manual/ (passwd-file, Maildir, quota
"count" backend with userdb_quota_rule, namespace mailbox special_use, service inet_listener).

Seeding writes the Maildir files directly before the server starts (fast: 2,000 messages in well under a second):
flags in the file name's ":2," info (D F R S T), the INTERNALDATE as the file's mtime, folder names in modified
UTF-7 as Dovecot stores them (https://doc.dovecot.org/2.3/admin_manual/mailbox_formats/maildir/).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from mailwizard.core.migration.utf7 import encode as mutf7
from tests.servers.smtp_server import make_certificates

# One throw-away CA for every instance of a test run: two CAs with the same name would confuse a client trusting both
_certificates = functools.cache(make_certificates)

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
DOVEADM = shutil.which("doveadm") or ("/usr/bin/doveadm" if Path("/usr/bin/doveadm").exists() else None)

_FLAG_LETTERS = {"\\Draft": "D", "\\Flagged": "F", "\\Answered": "R", "\\Seen": "S", "\\Deleted": "T"}
_LETTER_FLAGS = {v: k for k, v in _FLAG_LETTERS.items()}
# The source server's folders: special-use flags on some (as QQ/163 announce them), Chinese names, a nested folder
SOURCE_SPECIAL = {"已发送": "\\Sent", "草稿箱": "\\Drafts", "已删除": "\\Trash", "垃圾邮件": "\\Junk"}
TARGET_SPECIAL = {"Sent": "\\Sent", "Drafts": "\\Drafts", "Trash": "\\Trash", "Junk": "\\Junk"}


def skip_unless_dovecot() -> None:
    import pytest

    if DOVECOT is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd; .ci/run installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_message(n: int, *, folder: str = "INBOX", who: str = "li", size: int = 0, message_id: bool = True) -> bytes:
    """A plain RFC 5322 message; ``size`` pads the body to about that many bytes; no Message-ID when told."""
    date = email.utils.format_datetime(dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC) + dt.timedelta(minutes=7 * n))
    body = f"Message {n} in {folder} for {who}.\r\n" + ("x" * 70 + "\r\n") * max(0, (size - 300) // 72)
    headers = [f"From: Sender {n % 7} <sender{n % 7}@example.net>", f"To: {who}@old.example",
               f"Subject: =?utf-8?b?5rWL6K+V?= {folder} {n}", f"Date: {date}"]
    if message_id:
        headers.append(f"Message-ID: <{who}.{n}.{abs(hash(folder)) % 10**6}@old.example>")
    return ("\r\n".join(headers) + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body).encode()


def seed_mailbox(count: int, *, who: str = "li", folders: tuple[str, ...] = ("INBOX", "已发送", "草稿箱", "已删除",
                 "垃圾邮件", "客户/台北", "Projects")) -> dict[str, list[tuple[tuple[str, ...], dt.datetime, bytes]]]:
    """``count`` messages spread over ``folders``: various flags, dates going back, every 10th without a
    Message-ID, a few bigger ones. {folder: [(flags, internaldate, bytes)]}."""
    out: dict[str, list] = {f: [] for f in folders}
    flag_sets = [(), ("\\Seen",), ("\\Seen", "\\Answered"), ("\\Flagged",), ("\\Seen", "\\Flagged"), ("\\Draft",)]
    base = dt.datetime(2025, 6, 1, 12, 0, 0, tzinfo=dt.UTC)
    for n in range(count):
        folder = folders[n % len(folders)]
        raw = make_message(n, folder=folder, who=who, size=4000 if n % 50 == 0 else 0, message_id=n % 10 != 3)
        out[folder].append((flag_sets[n % len(flag_sets)], base - dt.timedelta(hours=5 * n), raw))
    return out


class LoopbackDovecot:
    def __init__(self, *, tls: bool = True, special: dict[str, str] | None = None,
                 max_mail_size: int | None = None, oauth2: str | None = None) -> None:
        if DOVECOT is None:
            raise RuntimeError("Dovecot is not installed")
        self.tls = tls
        self.max_mail_size = max_mail_size  # a message bigger than this is refused (quota_max_mail_size)
        # an oauth2 passdb's settings (tests/servers/imap_oauth.py): XOAUTH2 and OAUTHBEARER offered, each token
        # checked at the test's token service; passwords (PLAIN, LOGIN) still go to the passwd-file
        self.oauth2 = oauth2
        self.special = dict(SOURCE_SPECIAL if special is None else special)
        self.dir = Path(tempfile.mkdtemp(prefix="mw-dovecot-"))
        os.chmod(self.dir, 0o755)  # Dovecot's login processes (another user when run as root) reach its sockets
        self.imaps_port = _free_port() if tls else 0
        self.imap_port = _free_port()  # with tls: STARTTLS offered there, no sign-in before it (ssl = required)
        self.port = self.imaps_port or self.imap_port
        self.ca_pem, cert, key = _certificates()
        (self.dir / "cert.pem").write_bytes(cert)
        (self.dir / "key.pem").write_bytes(key)
        os.chmod(self.dir / "key.pem", 0o600)
        self.ca_file = self.dir / "ca.pem"
        self.ca_file.write_bytes(self.ca_pem)
        self.users: dict[str, tuple[str, int | None]] = {}
        self.process: subprocess.Popen | None = None
        if os.geteuid() == 0:  # Dovecot refuses mail access as root: the mail belongs to an ordinary user
            entry = pwd.getpwnam("dovecot" if _has_user("dovecot") else "nobody")
            self.uid, self.gid = entry.pw_uid, entry.pw_gid
        else:
            self.uid, self.gid = os.getuid(), os.getgid()

    # --- users and mail -------------------------------------------------------------------------------
    def home(self, user: str) -> Path:
        return self.dir / "home" / user

    def add_user(self, user: str, password: str, *, quota: int | None = None,
                 folders: dict[str, list[tuple[tuple[str, ...], dt.datetime, bytes]]] | None = None) -> None:
        """A user (its password as Dovecot's PLAIN scheme, in the temp dir only) and its seeded mail."""
        self.users[user] = (password, quota)
        maildir = self.home(user) / "Maildir"
        for folder in ("INBOX", *self.special, *(folders or {})):
            self._folder_dir(maildir, folder)
        for folder, messages in (folders or {}).items():
            target = self._folder_dir(maildir, folder) / "cur"
            for i, (flags, when, raw) in enumerate(messages):
                info = "".join(sorted(_FLAG_LETTERS[f] for f in flags if f in _FLAG_LETTERS))
                path = target / f"{int(when.timestamp())}.M{i}P{os.getpid()}.mw,S={len(raw)}:2,{info}"
                path.write_bytes(raw)
                os.utime(path, (when.timestamp(), when.timestamp()))
        self._write_users()

    def _folder_dir(self, maildir: Path, folder: str) -> Path:
        path = maildir if folder == "INBOX" else maildir / ("." + mutf7(folder).replace("/", "."))
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        if folder != "INBOX":
            subs = maildir / "subscriptions"
            names = subs.read_text().split("\n") if subs.exists() else ["V\t2", ""]
            if folder not in names:
                subs.write_text("\n".join([*(n for n in names if n), folder.replace("/", "\t")]) + "\n")
        return path

    def _write_users(self) -> None:
        lines = []
        for user, (password, quota) in self.users.items():
            extra = f"userdb_quota_rule=*:storage={quota}B" if quota is not None else ""
            lines.append(f"{user}:{{PLAIN}}{password}:{self.uid}:{self.gid}::{self.home(user)}::{extra}")
        (self.dir / "users").write_text("\n".join(lines) + "\n")
        os.chmod(self.dir / "users", 0o644)
        # Dovecot reads the file again when its mtime changes: a change within the same second must show
        self._stamp = max(time.time(), getattr(self, "_stamp", 0) + 1)
        os.utime(self.dir / "users", (self._stamp, self._stamp))
        if self.process is not None:  # and looks at it at most once a second
            time.sleep(1.1)

    def messages(self, user: str) -> dict[str, list[tuple[frozenset[str], int, bytes]]]:
        """Every message in every folder as Dovecot holds it: {folder: [(flags, mtime, bytes)]}, in file order —
        read from the Maildir, the server's own storage (what a client cannot hide)."""
        out: dict[str, list] = {}
        maildir = self.home(user) / "Maildir"
        from mailwizard.core.migration.utf7 import decode

        for path in [maildir, *sorted(p for p in maildir.iterdir() if p.is_dir() and p.name.startswith("."))]:
            name = "INBOX" if path == maildir else decode(path.name[1:]).replace(".", "/")
            found = []
            for sub in ("cur", "new"):
                for f in sorted((path / sub).iterdir()) if (path / sub).is_dir() else ():
                    info = f.name.rpartition(":2,")[2] if ":2," in f.name else ""
                    flags = frozenset(_LETTER_FLAGS[c] for c in info if c in _LETTER_FLAGS)
                    try:  # (a message being moved from new/ to cur/ while the server runs: read where it went)
                        # Dovecot keeps a message's lines with LF on disk and serves them with CRLF (as IMAP
                        # requires): compared as served
                        crlf = f.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                        found.append((flags, int(f.stat().st_mtime), crlf))
                    except FileNotFoundError:
                        continue
            out[name] = found
        return out

    # --- the server -------------------------------------------------------------------------------------
    def _config(self) -> str:
        me = pwd.getpwuid(os.getuid()).pw_name
        d = self.dir
        mailboxes = "\n".join(f'  mailbox "{name}" {{\n    special_use = {flag}\n    auto = subscribe\n  }}'
                              for name, flag in self.special.items())
        listeners = (f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {self.imaps_port}\n"
                     f"    ssl = yes\n  }}\n  inet_listener imap {{\n    address = 127.0.0.1\n"
                     f"    port = {self.imap_port}\n  }}" if self.tls else
                     f"  inet_listener imap {{\n    address = 127.0.0.1\n    port = {self.imap_port}\n  }}\n"
                     f"  inet_listener imaps {{\n    port = 0\n  }}")
        unprivileged = "" if os.geteuid() == 0 else (
            f"default_internal_user = {me}\ndefault_login_user = {me}\n"
            f"default_internal_group = {pwd.getpwuid(os.getuid()).pw_gid}\n")
        return f"""# MailWizard test server (tests/servers/dovecot.py)
base_dir = {d}/run
state_dir = {d}/state
instance_name = mw-{d.name}
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
{unprivileged}first_valid_uid = 1
ssl = {"required" if self.tls else "no"}
{f"ssl_cert = <{d}/cert.pem" if self.tls else ""}
{f"ssl_key = <{d}/key.pem" if self.tls else ""}
auth_mechanisms = plain login{" xoauth2 oauthbearer" if self.oauth2 else ""}
auth_failure_delay = 0
disable_plaintext_auth = {"yes" if self.tls else "no"}
mail_location = maildir:~/Maildir
mail_plugins = quota
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}
}}
{self._oauth2_passdb()}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users
  mechanisms = plain login
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {d}/users
}}
plugin {{
  quota = count:User quota
  quota_vsizes = yes
  quota_rule = *:storage=0
{f"  quota_max_mail_size = {self.max_mail_size}B" if self.max_mail_size else ""}
}}
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
  mail_max_userip_connections = 100
}}
service imap-login {{
{listeners}
  chroot =
}}
service anvil {{
  chroot =
}}
service imap {{
  process_limit = 200
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

    def _oauth2_passdb(self) -> str:
        """Dovecot's oauth2 passdb (https://doc.dovecot.org/2.3/configuration_manual/authentication/oauth2/)."""
        if not self.oauth2:
            return ""
        (self.dir / "oauth2.conf.ext").write_text(self.oauth2)
        return (f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {self.dir}/oauth2.conf.ext\n}}\n")

    def start(self) -> None:
        for sub in ("run", "state"):
            (self.dir / sub).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            for root, dirs, files in os.walk(self.dir / "home"):
                for name in (*dirs, *files):
                    os.chown(os.path.join(root, name), self.uid, self.gid)
            os.chown(self.dir / "home", self.uid, self.gid)
        (self.dir / "dovecot.conf").write_text(self._config())
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.dir / "dovecot.conf")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.process.stderr.read().decode(errors='replace')} "
                                   f"{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port}: {self.log()}")

    def log(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        if self.process is not None:  # the master's children end on their own a moment after it: waited for
            deadline = time.monotonic() + 5
            while self._children() and time.monotonic() < deadline:
                time.sleep(0.05)
        self.process = None

    def _children(self) -> list[str]:
        """This instance's Dovecot processes still running (their titles name the instance)."""
        found = []
        for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
            try:
                if entry.name.isdigit() and self.dir.name in (entry / "cmdline").read_text(errors="replace"):
                    found.append(entry.name)
            except OSError:
                continue
        return found

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> LoopbackDovecot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
