"""Practice mode: the whole wizard against the sandbox on loopback, with its own state in a temporary
folder and its secrets in memory — it can reach neither a real provider nor the real keychain, and it
leaves nothing behind. `mailwizard --practice` opens it; so does "Practise first…" on the Provider step.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from mailwizard.sandbox.practice import PracticeSandbox


class PracticeSession:
    """The sandbox, the temporary state folder and the window; ``close()`` ends all three."""

    def __init__(self, lang: str | None = None, *, delays: tuple[float, ...] | None = None,
                 throttle_every: int | None = 9, state_dir: Path | None = None) -> None:
        """``state_dir``: keep the practice state there (the self-test inspects it); else a temporary folder."""
        from mailwizard.core.catalogue import PRACTICE_ID, load_catalogue
        from mailwizard.core.providers.connection import Connections, Endpoints
        from mailwizard.core.providers.google import GoogleEndpoints
        from mailwizard.core.providers.microsoft import GraphEndpoints
        from mailwizard.core.secrets import MemoryStore
        from mailwizard.core.store import Store
        from mailwizard.sandbox.practice_surroundings import PracticeSurroundings
        from mailwizard.ui.window import build_window

        options = {"delays": delays} if delays is not None else {}
        self.sandbox = PracticeSandbox(throttle_every=throttle_every, **options).start()
        self._folder = None if state_dir else tempfile.TemporaryDirectory(prefix="mailwizard-practice-")
        self.store = Store(state_dir or Path(self._folder.name))
        api = self.sandbox.api.base_url
        # every endpoint points at the sandbox: even a provider id that is not "practice" could go nowhere else
        endpoints = Endpoints(GoogleEndpoints.at(api), GraphEndpoints.at(api), api, api)
        self.secrets = MemoryStore()
        connections = Connections(self.secrets, endpoints)
        self.window, self.languages = build_window(self.store, load_catalogue(practice=True),
                                                   self.sandbox.resolver_config(), lang,
                                                   dns_config=self.sandbox.check_config(), connections=connections,
                                                   surroundings=PracticeSurroundings(self.sandbox))
        controller = self.window.controller
        if not controller.state.provider_id:
            controller.choose_plan(PRACTICE_ID, "practice")
        controller.use_sample_company()  # a sample company to change at will (the domain is the user's to type)

    def close(self) -> None:
        self.window.close()
        self.window.controller.shutdown()
        self.store.close()
        self.sandbox.stop()
        if self._folder is not None:
            self._folder.cleanup()
