"""Turning catalogue facts into short, translated words for tables and details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from mailwizard.core.catalogue import Fact, Plan, Price, Provider, Seats, Storage

if TYPE_CHECKING:
    from mailwizard.core.plans import Assessment, Needs, Recommendation

_SYMBOLS = {"USD": "US$", "TWD": "NT$", "HKD": "HK$", "EUR": "€", "GBP": "£", "JPY": "JP¥"}


def money(amount: float, currency: str, *, estimate: bool = False) -> str:
    """``estimate``: a converted amount, shown in whole units (cents would suggest a precision it lacks)."""
    digits = 0 if estimate or amount >= 100 or float(amount).is_integer() else 2
    number = QLocale().toString(float(amount), "f", digits)
    # a bare ¥ reads as the Japanese yen outside mainland China: each language says which it is
    symbol = QCoreApplication.translate("Format", "CN¥") if currency == "CNY" else _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def recommendation_message(rec: Recommendation, needs: Needs, language: str) -> tuple[str, dict[str, str]]:
    """The provider step's suggestion as a message key and its parameters (one person has a sentence of
    their own); the window and `mailwizard-cli plans` say the same."""
    params = {"n": str(needs.seats)}
    if rec.assessment is not None:
        a = rec.assessment
        params |= {"plan": plan_title(a.provider, a.plan, language), "cost": monthly_text(a, needs.currency)}
    one = f"{rec.key}.one"
    return (one if needs.seats == 1 and rec.assessment is not None else rec.key), params


def monthly_text(assessment: Assessment, currency: str) -> str:
    """What a plan costs the company a month, in ``currency``: "about …" when converted at a rate (an
    estimate), the plan's own price when there is no rate for it."""
    if assessment.monthly_native == 0:
        return QCoreApplication.translate("Format", "Free")
    if assessment.monthly is None:
        price = assessment.plan.price.value
        if assessment.monthly_native is not None and price is not None:
            return money(assessment.monthly_native, price.currency)
        return "—"
    text = money(assessment.monthly, currency, estimate=assessment.converted)
    return QCoreApplication.translate("Format", "about {amount}").format(amount=text) if assessment.converted \
        else text


def price_text(price: Price, max_seats: int | None) -> str:
    amount = money(price.amount, price.currency)
    if price.amount == 0:
        return QCoreApplication.translate("Format", "Free")
    if price.per == "user":
        if price.period == "month":
            return QCoreApplication.translate("Format", "{amount} per person a month").format(amount=amount)
        return QCoreApplication.translate("Format", "{amount} per person a year").format(amount=amount)
    seats = str(max_seats) if max_seats else "?"
    if price.period == "month":
        return QCoreApplication.translate("Format", "{amount} a month for up to {n} people").format(
            amount=amount, n=seats
        )
    return QCoreApplication.translate("Format", "{amount} a year for up to {n} people").format(amount=amount, n=seats)


def storage_text(storage: Storage) -> str:
    if storage.unlimited:
        return QCoreApplication.translate("Format", "Unlimited")
    gb = storage.gb or 0
    unit, value = ("TB", gb / 1024) if gb >= 1024 else ("GB", gb)
    size = QLocale().toString(value, "f", 0 if float(value).is_integer() else 1) + " " + unit
    if storage.pooled:
        return QCoreApplication.translate("Format", "{size}, shared by all").format(size=size)
    return size


def seats_text(seats: Seats) -> str:
    if seats.max is None:
        return QCoreApplication.translate("Format", "No limit")
    return QLocale().toString(seats.max)


def setup_text(value: str) -> str:
    return {
        "api": QCoreApplication.translate("Format", "Created for you"),
        "manual": QCoreApplication.translate("Format", "By hand, guided"),
    }.get(value, value)


def antispam_text(value: str) -> str:
    return {
        "spam_and_virus": QCoreApplication.translate("Format", "Spam and virus"),
        "spam_only": QCoreApplication.translate("Format", "Spam only"),
    }.get(value, value)


def support_text(values: tuple[str, ...], *, people_only: bool = False) -> str:
    """``people_only`` leaves out forums and help pages, for the narrow comparison table."""
    names = {
        "email": QCoreApplication.translate("Format", "email"),
        "phone": QCoreApplication.translate("Format", "phone"),
        "chat": QCoreApplication.translate("Format", "chat"),
        "ticket": QCoreApplication.translate("Format", "tickets"),
        "community": QCoreApplication.translate("Format", "forum"),
        "online_docs": QCoreApplication.translate("Format", "help pages"),
    }
    if people_only:
        values = tuple(v for v in values if v not in ("community", "online_docs")) or values
    return QCoreApplication.translate("Format", ", ").join(names.get(v, v) for v in values)


def regions_text(values: tuple[str, ...]) -> str:
    names = {
        "us": QCoreApplication.translate("Format", "USA"),
        "eu": QCoreApplication.translate("Format", "Europe"),
        "uk": QCoreApplication.translate("Format", "UK"),
        "asia_pacific": QCoreApplication.translate("Format", "Asia-Pacific"),
        "cn_mainland": QCoreApplication.translate("Format", "mainland China"),
        "hk": QCoreApplication.translate("Format", "Hong Kong"),
        "tw": QCoreApplication.translate("Format", "Taiwan"),
        "global": QCoreApplication.translate("Format", "worldwide"),
    }
    return QCoreApplication.translate("Format", ", ").join(names.get(v, v) for v in values)


def checked_text(fact: Fact) -> str:
    date = QLocale().toString(fact.checked, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Format", '<a href="{url}">source</a>, checked {date}').format(
        url=fact.source, date=date
    )


def plan_title(provider: Provider, plan: Plan, lang: str) -> str:
    """"Google Workspace Business Starter", without repeating a provider name the plan already has."""
    provider_name, plan_name = provider.name.get(lang), plan.name.get(lang)
    return plan_name if plan_name.startswith(provider_name) else f"{provider_name} {plan_name}"


def plan_short_name(provider: Provider, plan: Plan, lang: str) -> str:
    """The plan's name under its provider's: "Business Basic", not "Microsoft 365 Business Basic"."""
    provider_name, plan_name = provider.name.get(lang), plan.name.get(lang)
    return plan_name.removeprefix(provider_name).strip() or plan_name
