"""Start-up: command line, QApplication on a qasync loop, translations, and the wiring of real services.

This is the one place that chooses real resolvers, the real data directory and the real
catalogue; everything below receives them.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("mailwizard")

# What main hands to mailwizard.cli, and the rest of it, for --help (the README shows them all); written
# out here so that showing help, like starting the window, does not load the command line's modules.
COMMANDS = """\
commands: the window's checks without the window, in JSON (dns and members check: in words, or --json);
each takes --lang en|zh_CN|zh_TW and its own --help
  mailwizard dns check DOMAIN --provider ID [--value KEY=VALUE] [--nameserver IP[:PORT]] [--json]
      the DNS records the provider needs, checked at every vantage point as the DNS step does
  mailwizard dns apply DOMAIN --provider ID [--host-id HOST] [--preview] [--yes] [--json]
      the records written through the DNS host's API, after a preview, with a backup (credential:
      MAILWIZARD_DNSHOST_<FIELD> environment variables, the keychain, or asked for)
  mailwizard dns undo DOMAIN [--host-id HOST]   /   mailwizard dns backup DOMAIN
      the backup restored exactly / printed as a zone-file snippet
  mailwizard dns watch [--state-dir DIR]
      one round of the DNS step's check for the saved set-up, without the window; tells the desktop once when
      every record has arrived or something is wrong (exit 0 arrived, 1 waiting, 2 nothing to watch, 3 wrong,
      4 the window has the folder open); run every 5 minutes by the scheduled check the window can register
  mailwizard review check [--state-dir DIR] [--nameserver IP[:PORT]] [--json]
      the regular review's mail records (MX, SPF, DKIM, DMARC) checked again, with the next DMARC step
      (exit 0 as set up, 1 something drifted, 2 could not check, 4 the window has the folder open)
  mailwizard review report [--state-dir DIR] [--folder DIR] [--logo FILE] [--json]
      the dated review report saved as HTML and PDF, in your language; the review marked done
  mailwizard review due [--state-dir DIR] [--notify] [--json]
      whether the regular review is due (exit 0 no, 1 yes); --notify tells the desktop once per due period,
      as the daily check registered when a report is saved does
  mailwizard members check FILE --domain DOMAIN [--provider ID] [--pattern PATTERN] [--json]
      a member spreadsheet checked with the Members step's rules, as its import preview shows it
  mailwizard-cli plans --seats N [--budget B --currency C] [--provider ID]
      the providers' plans compared for your needs, with the one the provider step suggests
  mailwizard-cli domain TEXT
      a domain as the domain step reads it
  mailwizard-cli presence DOMAIN [--resolver IP[:PORT]]
      whether the domain exists in DNS, and who hosts it"""


def parse_args(argv: Sequence[str]) -> argparse.Namespace | SimpleNamespace:
    """The options; a start with none (a double-click, the menu) gets the defaults without building the parser:
    argparse, its help formatter and the locale and shutil modules it loads cost ~5 ms before the first frame."""
    if not argv:
        return SimpleNamespace(lang=None, state_dir=None, resolver=[], practice=False, self_test=False)
    return parser().parse_args(list(argv))


def parser() -> argparse.ArgumentParser:
    import argparse

    options = argparse.ArgumentParser(prog="mailwizard", description="Set up company email, step by step.",
                                      epilog=COMMANDS, formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--lang", choices=("en", "zh_CN", "zh_TW"), help="language (default: the system's)")
    options.add_argument("--state-dir", type=Path, help="keep the wizard's saved state in this folder")
    options.add_argument("--resolver", action="append", default=[], metavar="IP[:PORT]",
                         help="DNS resolver to use instead of the defaults (repeatable)")
    options.add_argument("--practice", action="store_true",
                         help="practice mode: the whole wizard against a sandbox on this computer, no real accounts")
    options.add_argument("--self-test", action="store_true",
                         help="build every page offscreen, run the event loop, print OK and exit")
    return options


def default_state_dir() -> Path:
    from mailwizard.core.user_dirs import data_dir

    return data_dir()


def _command(argv: list[str]) -> str:
    """The first word that is not the language option (which may come before the command)."""
    rest = list(argv)
    while rest and rest[0].startswith("--lang"):
        rest = rest[2:] if rest[0] == "--lang" else rest[1:]
    return rest[0] if rest else ""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _command(argv) in ("dns", "members", "review"):  # `mailwizard [--lang L] dns check …`, …: headless
        from mailwizard.cli import main as cli_main

        return cli_main(argv)
    args = parse_args(argv)
    from mailwizard.core.logs import install_redaction

    install_redaction()  # before the console's handler: no handler ever sees a secret
    logging.basicConfig(level=logging.INFO if os.environ.get("MAILWIZARD_DEBUG") else logging.WARNING)
    if args.self_test and args.practice:  # the whole practice walk, unattended; state kept where asked
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return run_practice_self_test(args)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import tempfile

        with tempfile.TemporaryDirectory(prefix="mailwizard-selftest-") as tmp:
            return run(args, state_dir=Path(tmp), self_test=True)
    return run(args, state_dir=args.state_dir or default_state_dir(), self_test=False)


def run_until_closed(app) -> None:
    """The Qt loop with asyncio on it (qasync) until the last window closes."""
    import asyncio

    loop = event_loop(app)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())


def event_loop(app):
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def run(args: argparse.Namespace, *, state_dir: Path, self_test: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from mailwizard.core.catalogue import CatalogueError, load_catalogue

    # Fusion through Qt's own -style option: app.setStyle() would wrap a QStyle for Python, whose ~40 enum
    # classes cost ~6 ms before the first frame
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:  # made earlier (the tests)
        app.setStyle("Fusion")
    app.setApplicationName("MailWizard")
    app.setOrganizationName("MailWizard")
    if not self_test:
        from mailwizard.core.logs import log_file
        from mailwizard.ui import crash

        crash.install(str(log_file()))  # the log file itself is opened once the first frame is up

    try:
        catalogue = load_catalogue()
    except CatalogueError as exc:
        from mailwizard.ui.dialogs import show_catalogue_error
        from mailwizard.ui.i18n import LanguageManager, system_language

        LanguageManager(app).apply(args.lang or system_language())
        show_catalogue_error(str(exc))
        return 1
    if args.practice and not self_test:  # its own temporary folder: never blocked by the real window
        return run_practice(app, args)
    opened = open_state(app, args, state_dir)
    if isinstance(opened, int):
        return opened
    lock, store = opened
    from mailwizard.ui.window import build_window

    def dns_config():
        from mailwizard.core.dns.service import check_config

        return check_config(args.resolver)

    # both resolver lists are worked out when first needed (dnspython loads after the window shows)
    def resolvers():
        from mailwizard.core.dns.config import resolver_config

        return resolver_config(args.resolver)

    window, languages = build_window(store, catalogue, resolvers, args.lang,
                                     dns_config=dns_config if args.resolver else None)
    if self_test:
        from mailwizard.ui.selftest import run_self_test

        return run_self_test(window, languages, event_loop(app))

    window.show()
    app.processEvents()  # the first frame is painted before the rest loads
    if os.environ.get("MAILWIZARD_EXIT_WHEN_SHOWN"):  # start-up benchmark: the first window is up
        from PySide6.QtCore import QTimer

        print("shown", flush=True)
        QTimer.singleShot(0, window.close)
    from mailwizard.core.logs import setup_logging
    from mailwizard.ui.single_window import listen_for_later_starts

    setup_logging()  # the log file, once the user sees the window (the crash hook opens it earlier if needed)
    server = listen_for_later_starts(state_dir, window)  # noqa: F841 (kept while the window is open)
    # The event loop (asyncio, qasync) is set up once the window is up: nothing before needs it, and the
    # first page's on_enter (which may start a task) runs from the Qt loop, after this.
    run_until_closed(app)
    store.close()
    lock.release()
    return 0


def open_state(app, args: argparse.Namespace, state_dir: Path):
    """The state folder's lock and its store; or, when neither can be had, the exit code after saying why: the
    folder is open in another MailWizard (whose window is asked to come forward), or the saved work cannot be
    opened (a full disk, a read-only folder, a lock held by another program), which is left as it is.

    A read-only folder ends the start, with what to do, rather than opening the work read-only: everything the
    wizard does is recorded before it is done (the journal that keeps accounts created and invitations sent
    once), so a window that cannot record would repeat work on the next start and lose all that is typed."""
    from mailwizard.core.folder_lock import AlreadyOpen, FolderLock
    from mailwizard.core.store import Store, StoreError

    lock = FolderLock(state_dir)
    try:
        acquire_waiting_out_the_watch(lock)
        return lock, Store(state_dir)
    except AlreadyOpen:
        from mailwizard.ui import single_window
        from mailwizard.ui.i18n import LanguageManager, system_language

        LanguageManager(app).apply(args.lang or system_language())
        single_window.show_already_open(state_dir, single_window.ask_first_to_come_forward(state_dir))
        return 0
    except StoreError as exc:
        lock.release()
        from mailwizard.ui import single_window
        from mailwizard.ui.i18n import LanguageManager, system_language

        LanguageManager(app).apply(args.lang or system_language())
        log.error("the saved work in %s cannot be opened: %s", state_dir, exc)
        single_window.show_store_problem(exc)
        return 1


def acquire_waiting_out_the_watch(lock, wait: float = 1.0) -> None:
    """The folder's lock; when the headless DNS watch holds it (for a few milliseconds, core/watch/run.py), tried
    again for up to ``wait`` seconds: the watch never keeps the window from opening."""
    import time

    from mailwizard.core.folder_lock import WATCH_NOTE, AlreadyOpen

    deadline = time.monotonic() + wait
    while True:
        try:
            lock.acquire()
            return
        except AlreadyOpen:
            if time.monotonic() > deadline or not lock.held_briefly(WATCH_NOTE):
                raise
            time.sleep(0.02)


def run_practice_self_test(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from mailwizard.core.logs import setup_logging
    from mailwizard.ui.practice_walk import run_practice_walk

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    import tempfile

    state_dir = args.state_dir or Path(tempfile.mkdtemp(prefix="mailwizard-practice-"))
    setup_logging(state_dir / "logs", logging.DEBUG)  # as much as the app ever logs, for the secret scan
    return run_practice_walk(state_dir, args.lang, event_loop(app))


def run_practice(app, args: argparse.Namespace) -> int:
    from mailwizard.practice import PracticeSession

    session = PracticeSession(args.lang)
    session.window.show()
    if os.environ.get("MAILWIZARD_EXIT_WHEN_SHOWN"):  # as run(): the first window is up
        from PySide6.QtCore import QTimer

        print("shown", flush=True)
        QTimer.singleShot(0, session.window.close)
    try:
        run_until_closed(app)
    finally:
        session.close()
    return 0
