"""The seats rule: do the accounts the member list still has to create fit in the seats left?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.providers.base import Seats


@dataclass(frozen=True)
class SeatCheck:
    """``bought`` None: the provider's API does not say how many were bought (only ``used`` is known)."""

    used: int
    bought: int | None
    adds: int   # accounts the list still has to create
    over: int   # how many more than the seats left (0: they fit, or nothing is known to compare with)

    @property
    def held(self) -> bool:
        """Create waits: the list needs more seats than are left."""
        return self.over > 0


def check_seats(seats: Seats | None, to_create: int) -> SeatCheck | None:
    """None when the provider reported nothing (not connected, or no such call)."""
    if seats is None:
        return None
    left = seats.left
    over = max(to_create - left, 0) if left is not None else 0
    return SeatCheck(seats.used, seats.bought, to_create, over)
