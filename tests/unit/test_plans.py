"""Plan comparison: costs for N people, seat and budget limits, the recommendation."""

from __future__ import annotations

import datetime as dt

import pytest

from mailwizard.core.catalogue import (
    Catalogue,
    ExchangeRates,
    Fact,
    Plan,
    Price,
    Provider,
    Seats,
    Storage,
    Text,
    load_catalogue,
)
from mailwizard.core.plans import Needs, assess, monthly_cost, recommend

D = dt.date(2026, 11, 26)
SRC = "https://example.com/"


def fact(value) -> Fact:
    return Fact(value, SRC, D)


def unknown() -> Fact:
    return Fact(None, SRC, D, note=Text("n", "n", "n"))


def plan(pid: str, price: Price | None, seats: Seats | None = None, gb: float = 30, setup=None) -> Plan:
    return Plan(pid, Text(pid, pid, pid), fact(price) if price else unknown(), fact(Storage(gb)),
                fact(seats or Seats(300)), setup)


def provider(pid: str, plans: list[Plan], setup: str = "api", regions=("us",)) -> Provider:
    return Provider(pid, Text(pid, pid, pid), {}, fact(setup), fact("spam_and_virus"), fact(("email",)),
                    fact(tuple(regions)) if regions else unknown(), tuple(plans))


RATES = ExchangeRates("USD", {"USD": 1.0, "CNY": 7.0}, SRC, D)


def test_monthly_cost_per_user_per_package_and_per_year() -> None:
    assert monthly_cost(Price(7, "USD", "month", "user"), 12, Seats(300)) == 84
    assert monthly_cost(Price(120, "CNY", "year", "user"), 10, None) == 100
    assert monthly_cost(Price(1200, "CNY", "year", "package"), 3, Seats(50)) == 100
    assert monthly_cost(Price(10, "USD", "month", "user"), 2, Seats(20, min=5)) == 50  # billed for the minimum


def test_seat_limit_and_budget_are_judged_in_the_budget_currency() -> None:
    catalogue = Catalogue((
        provider("a", [plan("small", Price(5, "USD", "month", "user"), Seats(10)),
                       plan("big", Price(8, "USD", "month", "user"), Seats(300))]),
        provider("b", [plan("cn", Price(700, "CNY", "year", "user"), Seats(None))], regions=("cn_mainland",)),
    ), RATES)
    results = {a.plan.id: a for a in assess(catalogue, Needs(12, 100, "USD"))}
    assert results["small"].fits_seats is False
    assert results["big"].monthly == 96 and results["big"].within_budget is True
    assert results["cn"].converted and results["cn"].monthly == pytest.approx(700 * 12 / 12 / 7)  # 100 USD
    assert results["cn"].within_budget is True
    assert results["cn"].fits_seats is True


def test_recommendation_prefers_region_then_api_then_price() -> None:
    catalogue = Catalogue((
        provider("us-api", [plan("p", Price(8, "USD", "month", "user"))], regions=("us",)),
        provider("us-manual", [plan("p", Price(2, "USD", "month", "user"))], setup="manual", regions=("us",)),
        provider("cn", [plan("p", Price(1, "USD", "month", "user"))], regions=("cn_mainland",)),
    ), RATES)
    results = assess(catalogue, Needs(5, None, "USD"))
    abroad = recommend(results, "elsewhere")
    assert (abroad.key, abroad.assessment.provider.id) == ("recommend.api", "us-api")
    mainland = recommend(results, "cn_mainland")
    assert (mainland.key, mainland.assessment.provider.id) == ("recommend.api", "cn")


def test_a_plan_level_setup_overrides_the_provider() -> None:
    free = plan("free", Price(0, "USD", "month", "user"), setup=unknown())
    paid = plan("paid", Price(3, "USD", "month", "user"))
    results = assess(Catalogue((provider("x", [free, paid]),), RATES), Needs(5, None, "USD"))
    assert results[0].setup is None and results[1].setup == "api"
    assert recommend(results).assessment.plan.id == "paid"


def test_unknown_prices_are_never_recommended_and_over_budget_is_explained() -> None:
    catalogue = Catalogue((
        provider("a", [plan("unknown", None), plan("dear", Price(50, "USD", "month", "user"))]),
    ), RATES)
    results = assess(catalogue, Needs(10, 100, "USD"))
    assert results[0].monthly is None and results[0].within_budget is None
    rec = recommend(results)
    assert rec.key == "recommend.over_budget" and rec.assessment.plan.id == "dear"


def test_a_plan_within_the_budget_wins_over_a_better_one_beyond_it() -> None:
    catalogue = Catalogue((  # set up through the API, but 10 x US$20 is over US$50
        provider("api", [plan("dear", Price(20, "USD", "month", "user"))]),
        provider("manual", [plan("cheap", Price(4, "USD", "month", "user"))], setup="manual"),
    ), RATES)
    rec = recommend(assess(catalogue, Needs(10, 50, "USD")))
    assert rec.key == "recommend.manual" and rec.assessment.plan.id == "cheap"
    assert rec.assessment.within_budget is True
    assert recommend(assess(catalogue, Needs(10, None, "USD"))).assessment.plan.id == "dear"  # no budget: the API


def test_nothing_fits_when_no_plan_holds_everyone() -> None:
    catalogue = Catalogue((provider("a", [plan("tiny", Price(1, "USD", "month", "user"), Seats(5))]),), RATES)
    rec = recommend(assess(catalogue, Needs(6, None, "USD")))
    assert rec.key == "recommend.none_fits" and rec.assessment is None


def test_the_shipped_catalogue_recommends_something_sensible() -> None:
    catalogue = load_catalogue()
    rec = recommend(assess(catalogue, Needs(12, None, "USD")), "elsewhere")
    assert rec.assessment is not None and rec.assessment.price_known and rec.assessment.fits_seats
