"""SPF records: parse, merge the provider's include into an existing record, count DNS lookups.

RFC 7208 §4.6.4: at most 10 mechanisms or modifiers that cause DNS lookups (include, a, mx,
ptr, exists, redirect), counted recursively through include and redirect.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

LOOKUP_LIMIT = 10
_LOOKUP_TERMS = ("include:", "a", "mx", "ptr", "exists:", "redirect=")


def is_spf(text: str) -> bool:
    return text.strip().lower() == "v=spf1" or text.strip().lower().startswith("v=spf1 ")


def terms(record: str) -> list[str]:
    return record.split()[1:]


def _bare(term: str) -> str:
    return term.lstrip("+-~?").lower()


def _is_all(term: str) -> bool:
    return _bare(term) == "all"


def includes(record: str) -> list[str]:
    return [_bare(t)[len("include:"):] for t in terms(record) if _bare(t).startswith("include:")]


def merge(existing: str | None, include: str, default_all: str = "~all") -> str:
    """One SPF record with ``include:`` added; the existing mechanisms and its all-qualifier kept."""
    mechanism = f"include:{include}"
    if existing is None or not is_spf(existing):
        return f"v=spf1 {mechanism} {default_all}"
    current = terms(existing)
    if any(_bare(t) == mechanism.lower() for t in current):
        return " ".join(["v=spf1", *current])
    all_terms = [t for t in current if _is_all(t)]
    redirect = [t for t in current if _bare(t).startswith("redirect=")]
    rest = [t for t in current if not _is_all(t) and t not in redirect]
    tail = all_terms or redirect or [default_all]
    return " ".join(["v=spf1", *rest, mechanism, *tail])


def combine(records: list[str]) -> str:
    """Several SPF records (an error: receivers then fail SPF) as one that allows every sender any of them
    did; the first record's all-qualifier or redirect ends it."""
    def ends(term: str) -> bool:  # what closes a record: nothing is read after it
        return _is_all(term) or _bare(term).startswith("redirect=")

    first = terms(records[0])
    kept = [t for t in first if not ends(t)]
    seen = {_bare(t) for t in kept}
    for term in (t for record in records[1:] for t in terms(record)):
        if not ends(term) and _bare(term) not in seen:
            kept.append(term)
            seen.add(_bare(term))
    return " ".join(["v=spf1", *kept, *(t for t in first if ends(t))])


def _causes_lookup(term: str) -> bool:
    bare = _bare(term)
    return any(bare == t or bare.startswith(t if t.endswith((":", "=")) else t + ":") or
               (t in ("a", "mx") and bare.startswith(t + "/")) for t in _LOOKUP_TERMS)


@dataclass
class LookupCount:
    total: int = 0
    by_term: dict[str, int] = field(default_factory=dict)  # top-level term → lookups it costs
    unresolved: list[str] = field(default_factory=list)      # includes whose SPF could not be read
    loops: list[str] = field(default_factory=list)

    @property
    def over_limit(self) -> bool:
        return self.total > LOOKUP_LIMIT


async def count_lookups(record: str, fetch_txt: Callable[[str], Awaitable[list[str]]]) -> LookupCount:
    """Lookups the record causes, recursively. ``fetch_txt(name)`` returns the TXT strings at name."""
    result = LookupCount()
    counted = [t for t in terms(record) if _causes_lookup(t)]
    nested = await asyncio.gather(*(_nested(t, fetch_txt, result, seen=set(), depth=1) for t in counted))
    for term, inner in zip(counted, nested, strict=True):
        result.by_term[_bare(term)] = 1 + inner
        result.total += 1 + inner
    return result


async def _nested(term: str, fetch_txt, result: LookupCount, seen: set[str], depth: int) -> int:
    bare = _bare(term)
    if bare.startswith("include:"):
        target = bare[len("include:"):]
    elif bare.startswith("redirect="):
        target = bare[len("redirect="):]
    else:
        return 0
    if target in seen or depth > 10:
        result.loops.append(target)
        return 0
    try:
        texts = await fetch_txt(target)
    except Exception:
        texts = []
    spf = [t for t in texts if is_spf(t)]
    if len(spf) != 1:
        result.unresolved.append(target)
        return 0
    inner = [t for t in terms(spf[0]) if _causes_lookup(t)]
    costs = await asyncio.gather(*(_nested(t, fetch_txt, result, seen | {target}, depth + 1) for t in inner))
    return sum(1 + c for c in costs)
