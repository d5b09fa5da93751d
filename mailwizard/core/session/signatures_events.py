"""What the signatures step reports (core/session/signatures.py): the window adapter's signals carry them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from mailwizard.core.session.events import Event


@dataclass(frozen=True)
class SignatureDesignChanged(Event):
    """The design (core/signatures/design.SignatureDesign) was set: previews are stale."""

    signal: ClassVar[str] = "signatureDesignChanged"


@dataclass(frozen=True)
class SignatureProgress(Event):
    """``done`` of ``total`` mailboxes settled (installed, uncertain or failed) for ``kind``."""

    kind: str
    done: int
    total: int
    signal: ClassVar[str] = "signatureProgress"


@dataclass(frozen=True)
class SignatureInstalled(Event):
    kind: str
    address: str
    signal: ClassVar[str] = "signatureInstalled"


@dataclass(frozen=True)
class SignatureUncertain(Event):
    """The answer was lost and reading the mailbox back could not show whether it was set: not sent again by
    itself (installing again reads first)."""

    kind: str
    address: str
    signal: ClassVar[str] = "signatureUncertain"


@dataclass(frozen=True)
class SignatureFailed(Event):
    """Not set for ``address`` ("" for the whole install, or the files): a message key (``signature.*``,
    ``provider.*``, ``save.*``), a detail for the log (never a secret) and the message's parameters."""

    kind: str
    address: str
    problem: str
    detail: str = ""
    params: dict = field(default_factory=dict)
    signal: ClassVar[str] = "signatureFailed"


@dataclass(frozen=True)
class SignatureInstallFinished(Event):
    kind: str
    installed: int
    uncertain: int
    failed: int
    signal: ClassVar[str] = "signatureInstallFinished"


@dataclass(frozen=True)
class SignatureFilesWritten(Event):
    """One folder per member under ``folder`` (signature.htm, signature.txt, autoreply.txt, the steps)."""

    folder: str
    count: int
    signal: ClassVar[str] = "signatureFilesWritten"
