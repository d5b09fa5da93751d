"""Plan comparison: what each plan costs for this many people, whether it fits, which to recommend."""

from __future__ import annotations

from dataclasses import dataclass

from mailwizard.core.catalogue import Catalogue, Plan, Price, Provider, Seats, Storage

REGIONS = ("cn_mainland", "elsewhere")


@dataclass(frozen=True)
class Needs:
    """What the Provider step was told: how many people, the budget and its currency."""

    seats: int
    budget: float | None   # per month, in budget_currency; None = no limit
    currency: str


@dataclass(frozen=True)
class Assessment:
    """One plan measured against the needs."""

    provider: Provider
    plan: Plan
    monthly: float | None       # cost per month for these seats, in the budget currency
    monthly_native: float | None  # the same in the plan's own currency
    converted: bool             # monthly was converted with a reference exchange rate
    fits_seats: bool | None     # None: the seat limit is not confirmed
    within_budget: bool | None  # None: price unknown or no budget given

    @property
    def setup(self) -> str | None:
        """"api", "manual", or None when not confirmed for this plan."""
        fact = self.plan.setup or self.provider.setup
        return fact.value

    @property
    def price_known(self) -> bool:
        return self.plan.price.confirmed

    @property
    def candidate(self) -> bool:
        return bool(self.price_known and self.fits_seats and self.within_budget is not False)


@dataclass(frozen=True)
class Recommendation:
    """``key`` names the sentence the UI shows; ``assessment`` is the plan it is about."""

    key: str
    assessment: Assessment | None


def monthly_cost(price: Price, seats: int, limits: Seats | None) -> float:
    billed_seats = max(seats, limits.min) if limits else seats
    per_period = price.amount if price.per == "package" else price.amount * billed_seats
    return per_period / 12 if price.period == "year" else per_period


def seats_to_price(planned: int, existing: int) -> tuple[int, bool]:
    """How many seats a cost is for, and whether they are accounts that exist: the provider bills the accounts
    made, so once any exists those are priced; before that, the headcount typed on the first step."""
    return (existing, True) if existing > 0 else (planned, False)


def assess(catalogue: Catalogue, needs: Needs) -> list[Assessment]:
    results = []
    for provider in catalogue.providers:
        for plan in provider.plans:
            limits: Seats | None = plan.seats.value
            fits = None if limits is None else (limits.max is None or needs.seats <= limits.max)
            price: Price | None = plan.price.value
            native = monthly = None
            converted = False
            if price is not None:
                native = monthly_cost(price, needs.seats, limits)
                monthly = catalogue.rates.convert(native, price.currency, needs.currency)
                converted = price.currency != needs.currency
            within = None
            if needs.budget is not None and monthly is not None:
                within = monthly <= needs.budget + 1e-9
            results.append(Assessment(provider, plan, monthly, native, converted, fits, within))
    return results


def _storage_gb(storage: Storage | None) -> float:
    if storage is None:
        return 0.0
    return float("inf") if storage.gb is None else storage.gb


def region_rank(provider_regions: tuple[str, ...] | None, region: str) -> int:
    """0: stores data where the staff work; 1: not confirmed; 2: elsewhere.

    Mail served from the staff's own region is faster and, for mainland China, reachable at all."""
    if provider_regions is None:
        return 1
    in_mainland = "cn_mainland" in provider_regions
    if region == "cn_mainland":
        return 0 if in_mainland else 2
    return 0 if any(r != "cn_mainland" for r in provider_regions) else 2


def recommend(assessments: list[Assessment], region: str = "elsewhere") -> Recommendation:
    """Prefer plans that serve the staff's region, then those MailWizard can set up through the
    provider's API (an office manager saves most by not creating accounts by hand), then the
    cheapest, then the most storage."""
    candidates = [a for a in assessments if a.candidate and a.monthly is not None]
    if candidates:
        best = min(candidates, key=lambda a: (region_rank(a.provider.regions.value, region), a.setup != "api",
                                              round(a.monthly or 0, 2), -_storage_gb(a.plan.storage.value)))
        key = "recommend.api" if best.setup == "api" else "recommend.manual"
        return Recommendation(key, best)
    seated = [a for a in assessments if a.fits_seats and a.price_known and a.monthly is not None]
    if seated:
        cheapest = min(seated, key=lambda a: a.monthly or 0)
        return Recommendation("recommend.over_budget", cheapest)
    return Recommendation("recommend.none_fits", None)
