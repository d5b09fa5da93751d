"""Domain and address normalisation: what the user typed → the domain we will use, or why not.

Every outcome is a message key with parameters; the UI translates it. Keys are listed in
``DOMAIN_KEYS`` / ``EMAIL_KEYS`` so a test can check that the UI has a text for each one.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import idna
from publicsuffixlist import PublicSuffixList

MAX_DOMAIN_LENGTH = 253  # RFC 1035 §2.3.4, without the trailing dot
MAX_LABEL_LENGTH = 63
# Longer than this is refused before any IDNA work: no domain, even in Unicode, comes near it, and idna
# itself refuses input over 1,024 characters with an exception (its guard against slow inputs).
MAX_TYPED_LENGTH = 1000
_SHOWN_LENGTH = 80  # a typed value quoted back in a message is cut here

# RFC 6761/6762 special-use names and names routers use on office networks: they never
# resolve on the internet, so mail for them cannot work.
RESERVED_TLDS = frozenset(
    {"local", "localhost", "test", "example", "invalid", "internal", "lan", "home", "corp",
     "localdomain", "intranet", "private", "onion", "alt", "home.arpa", "arpa"}
)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_WRAPPERS = ("<>", '""', "''", "“”", "‘’", "「」", "『』", "()", "（）", "[]", "【】")
_CODEPOINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")

DOMAIN_KEYS = (
    "domain.ok", "domain.normalized", "domain.empty", "domain.url", "domain.email", "domain.path",
    "domain.port", "domain.space", "domain.ip_address", "domain.leading_dot", "domain.empty_label",
    "domain.invalid_character", "domain.label_hyphen_edge", "domain.label_hyphen34",
    "domain.bad_punycode", "domain.label_too_long", "domain.too_long", "domain.idna_rule",
    "domain.bare_tld", "domain.no_tld", "domain.reserved_tld", "domain.unknown_tld",
    "domain.numeric_tld", "domain.public_suffix", "domain.www", "domain.subdomain", "domain.mixed_scripts",
)
EMAIL_KEYS = (
    "email.ok", "email.empty", "email.no_at", "email.many_at", "email.bad_local", "email.local_too_long",
    "email.bad_domain",
)


@dataclass(frozen=True)
class DomainCheck:
    """The verdict on one typed domain. ``ascii``/``unicode`` are set when ``ok``."""

    key: str
    params: dict[str, str] = field(default_factory=dict)
    ascii: str | None = None
    unicode: str | None = None
    suggestion: str | None = None  # display form of the domain the user probably meant

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _shown_params(self.params))

    @property
    def ok(self) -> bool:
        return self.key in ("domain.ok", "domain.normalized")


@dataclass(frozen=True)
class EmailCheck:
    key: str
    params: dict[str, str] = field(default_factory=dict)
    address: str | None = None  # normalised: local part as typed, domain in display form

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _shown_params(self.params))

    @property
    def ok(self) -> bool:
        return self.key == "email.ok"


def _shown_params(params: dict[str, str]) -> dict[str, str]:
    """Parameters as a message can quote them: an invisible character (NUL, a control, a lone surrogate, a
    direction mark) named as U+XXXX, a pasted novel cut short."""
    shown = {}
    for name, value in params.items():
        if not all(ch.isprintable() or ch == " " for ch in value):
            value = "".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in value)
        if len(value) > _SHOWN_LENGTH:
            value = value[:_SHOWN_LENGTH - 1] + "…"
        shown[name] = value
    return shown


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # ICANN section only: "github.io"-style private suffixes are not places a company's
    # mail domain is registered.
    return PublicSuffixList(only_icann=True, accept_unknown=False)


def _clean(text: str) -> str:
    s = text.translate(_INVISIBLE).strip().strip("\u3000").strip()
    changed = True
    while changed and len(s) >= 2:
        changed = False
        for pair in _WRAPPERS:
            if s[0] == pair[0] and s[-1] == pair[1]:
                s = s[1:-1].strip()
                changed = True
                break  # "<>" may have left nothing: look again from the loop's length test
    return s


def _suggest(host: str) -> str | None:
    """The registered domain behind a host name, if there is a valid one."""
    verdict = _check_host(host)
    if verdict.ok:
        return verdict.unicode
    if verdict.key in ("domain.www", "domain.subdomain"):
        return verdict.suggestion
    return None


def check_domain(text: str) -> DomainCheck:
    """Normalise and validate a domain typed (or pasted) by the user."""
    s = _clean(text)
    if not s:
        return DomainCheck("domain.empty")
    if len(s) > MAX_TYPED_LENGTH:
        return DomainCheck("domain.too_long", {"length": str(len(s)), "max": str(MAX_DOMAIN_LENGTH)})
    if s.lower().startswith("mailto:"):
        s = s[len("mailto:"):]
    if "://" in s or s.lower().startswith("//"):
        return DomainCheck("domain.url", suggestion=_suggest(_url_host(s)))
    if "@" in s:
        host = s.rsplit("@", 1)[1]
        return DomainCheck("domain.email", suggestion=_suggest(host))
    if any(ch.isspace() for ch in s):
        return DomainCheck("domain.space")
    if "/" in s or "?" in s or "#" in s:
        host = re.split(r"[/?#]", s, maxsplit=1)[0]
        return DomainCheck("domain.path", suggestion=_suggest(host))
    if _is_ip(s):
        return DomainCheck("domain.ip_address")
    if ":" in s:
        host = s.rsplit(":", 1)[0]
        return DomainCheck("domain.port", suggestion=_suggest(host))
    verdict = _check_host(s)
    if verdict.key == "domain.ok" and verdict.unicode != s:
        return DomainCheck("domain.normalized", {"domain": verdict.unicode or ""},
                           verdict.ascii, verdict.unicode)
    return verdict


def _url_host(s: str) -> str:
    try:  # urlsplit refuses an unbalanced "[" or a bad address inside brackets with ValueError
        return urlsplit(s if "://" in s else "http:" + s).hostname or ""
    except ValueError:
        return ""


def _is_ip(s: str) -> bool:
    try:
        ipaddress.ip_address(s.strip("[]").rstrip("."))
    except ValueError:
        return False
    return True


def _check_host(s: str) -> DomainCheck:
    if s.startswith(".") or s.startswith("。"):
        return DomainCheck("domain.leading_dot")
    try:
        mapped = idna.uts46_remap(s, std3_rules=False, transitional=False)
    except idna.InvalidCodepoint as exc:
        return _invalid_codepoint(exc, s)
    if mapped.endswith("."):
        mapped = mapped[:-1]  # the root label: "example.com." is the same domain
    labels = mapped.split(".")
    if any(label == "" for label in labels):
        return DomainCheck("domain.empty_label")
    ascii_labels: list[str] = []
    for label in labels:
        problem = _check_label(label)
        if isinstance(problem, DomainCheck):
            return problem
        ascii_labels.append(problem)
    ascii_name = ".".join(ascii_labels)
    if len(ascii_name) > MAX_DOMAIN_LENGTH:
        return DomainCheck("domain.too_long", {"length": str(len(ascii_name)), "max": str(MAX_DOMAIN_LENGTH)})
    unicode_name = ".".join(idna.decode(label) for label in ascii_labels)
    return _check_registration(ascii_name, unicode_name)


def _check_label(label: str) -> str | DomainCheck:
    """The A-label for one label, or the problem with it."""
    bad = next((ch for ch in label if ch.isascii() and not (ch.isalnum() or ch == "-")), None)
    if bad is not None:
        return DomainCheck("domain.invalid_character", {"char": bad})
    look_alike = _look_alike(label)
    if look_alike is not None:
        return DomainCheck("domain.mixed_scripts", {"label": label, "char": look_alike})
    if label.startswith("-") or label.endswith("-"):
        return DomainCheck("domain.label_hyphen_edge", {"label": label})
    try:
        encoded = idna.alabel(label).decode("ascii")
    except idna.InvalidCodepoint as exc:
        return _invalid_codepoint(exc, label)
    except idna.IDNAError as exc:
        message = str(exc).lower()
        if "too long" in message:
            return DomainCheck("domain.label_too_long",
                               {"label": label[:20] + "…", "max": str(MAX_LABEL_LENGTH)})
        if label.lower().startswith("xn--") or "a-label" in message or "punycode" in message:
            return DomainCheck("domain.bad_punycode", {"label": label})
        if "3rd and 4th" in message:
            return DomainCheck("domain.label_hyphen34", {"label": label})
        return DomainCheck("domain.idna_rule", {"label": label})
    if len(encoded) > MAX_LABEL_LENGTH:
        return DomainCheck("domain.label_too_long", {"label": label[:20] + "…", "max": str(MAX_LABEL_LENGTH)})
    return encoded.lower()


def _look_alike(label: str) -> str | None:
    """A Cyrillic or Greek letter among Latin ones ("еxample" with a Cyrillic е): registries refuse such
    labels, and it is nearly always a look-alike pasted from somewhere, not the company's domain."""
    if not any(ch.isascii() and ch.isalpha() for ch in label):
        return None
    return next((ch for ch in label if not ch.isascii() and ch.isalpha()
                 and unicodedata.name(ch, "").startswith(("CYRILLIC", "GREEK"))), None)


def _invalid_codepoint(exc: Exception, text: str) -> DomainCheck:
    char = _offending_char(exc, text)
    if char in text:
        return DomainCheck("domain.invalid_character", {"char": char})
    # not typed: it came out of decoding an xn-- label, so that label is not valid punycode
    label = next((part for part in re.split(r"[.。．｡]", text) if part.lower().startswith("xn--")), text)
    return DomainCheck("domain.bad_punycode", {"label": label})


def sendable(address: str) -> bool:
    """An address the invitation's mail format can carry: nothing but ASCII before the @ (RFC 6531 allows
    more, but it needs SMTPUTF8 end to end, which most servers lack)."""
    return address.partition("@")[0].isascii()


def _offending_char(exc: Exception, text: str) -> str:
    match = _CODEPOINT.search(str(exc))
    if match:
        return chr(int(match.group(1), 16))
    return next((ch for ch in text if not ch.isalnum() and ch not in "-."), "?")


def _check_registration(ascii_name: str, unicode_name: str) -> DomainCheck:
    psl = _psl()
    labels = ascii_name.split(".")
    tld = labels[-1]
    if ascii_name in RESERVED_TLDS or tld in RESERVED_TLDS or ascii_name.endswith(".home.arpa"):
        return DomainCheck("domain.reserved_tld", {"tld": unicode_name.rsplit(".", 1)[-1]})
    if psl.is_public(ascii_name):
        key = "domain.bare_tld" if len(labels) == 1 else "domain.public_suffix"
        return DomainCheck(key, {"suffix": unicode_name})
    if len(labels) == 1:
        return DomainCheck("domain.no_tld", {"name": unicode_name})
    if tld.isdigit():
        return DomainCheck("domain.numeric_tld", {"tld": tld})
    if psl.publicsuffix(ascii_name) is None:
        return DomainCheck("domain.unknown_tld", {"tld": unicode_name.rsplit(".", 1)[-1]})
    registered = psl.privatesuffix(ascii_name)
    if registered and registered != ascii_name:
        shown = idna.decode(registered)
        if labels[0] == "www" and ascii_name == "www." + registered:
            return DomainCheck("domain.www", {"domain": shown}, suggestion=shown)
        return DomainCheck("domain.subdomain", {"typed": unicode_name, "domain": shown}, suggestion=shown)
    return DomainCheck("domain.ok", {"domain": unicode_name}, ascii_name, unicode_name)


# The local part of a mailbox, dot-atom form (RFC 5322 §3.2.3); UTF-8 letters allowed (RFC 6531), not the C1
# controls nor a lone surrogate (no UTF-8 encodes one).
_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u00a0-\ud7ff\ue000-\U0010FFFF]+$")


def check_email(text: str, *, allow_subdomain: bool = True) -> EmailCheck:
    """Validate an ordinary e-mail address (e.g. the contact person's)."""
    s = _clean(text)
    if s.lower().startswith("mailto:"):
        s = s[len("mailto:"):]
    if not s:
        return EmailCheck("email.empty")
    if "@" not in s:
        return EmailCheck("email.no_at")
    if s.count("@") > 1:
        return EmailCheck("email.many_at")
    local, _, host = s.partition("@")
    if len(local.encode("utf-8", "surrogatepass")) > 64:
        return EmailCheck("email.local_too_long", {"max": "64"})
    if (not local or local.startswith(".") or local.endswith(".") or ".." in local
            or not all(_ATEXT.match(part) for part in local.split("."))):
        return EmailCheck("email.bad_local", {"local": local})
    domain = check_domain(host)
    if domain.ok:
        return EmailCheck("email.ok", address=f"{local}@{domain.unicode}")
    if allow_subdomain and domain.key in ("domain.www", "domain.subdomain"):
        shown = ".".join(idna.decode(x) for x in _ascii_of(host).split("."))
        return EmailCheck("email.ok", address=f"{local}@{shown}")
    # The domain's own reason goes along, so the message can say what to fix in it.
    return EmailCheck("email.bad_domain", {**domain.params, "domain": host, "reason": domain.key})


def _ascii_of(host: str) -> str:
    mapped = idna.uts46_remap(host, std3_rules=False, transitional=False).rstrip(".")
    return ".".join(idna.alabel(label).decode("ascii").lower() for label in mapped.split("."))


def public_suffix(domain_ascii: str) -> str | None:
    """The registry zone a registered domain sits in ("com", "com.cn", "xn--fiqs8s")."""
    return _psl().publicsuffix(domain_ascii)
