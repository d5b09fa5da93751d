"""Turning catalogue facts into short, translated words for tables and details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mailwizard.core.catalogue import Fact, Price, Seats, Storage

_SYMBOLS = {"USD": "US$", "CNY": "¥", "TWD": "NT$", "HKD": "HK$", "EUR": "€", "GBP": "£", "JPY": "JP¥"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Format", text)


def money(amount: float, currency: str) -> str:
    digits = 0 if amount >= 100 or float(amount).is_integer() else 2
    number = QLocale().toString(float(amount), "f", digits)
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def price_text(price: Price, max_seats: int | None) -> str:
    amount = money(price.amount, price.currency)
    if price.amount == 0:
        return _tr("Free")
    if price.per == "user":
        if price.period == "month":
            return _tr("{amount} per person a month").format(amount=amount)
        return _tr("{amount} per person a year").format(amount=amount)
    seats = str(max_seats) if max_seats else "?"
    if price.period == "month":
        return _tr("{amount} a month for up to {n} people").format(amount=amount, n=seats)
    return _tr("{amount} a year for up to {n} people").format(amount=amount, n=seats)


def storage_text(storage: Storage) -> str:
    if storage.unlimited:
        return _tr("Unlimited")
    gb = storage.gb or 0
    unit, value = ("TB", gb / 1024) if gb >= 1024 else ("GB", gb)
    size = QLocale().toString(value, "f", 0 if float(value).is_integer() else 1) + " " + unit
    if storage.pooled:
        return _tr("{size} per person, pooled").format(size=size)
    return _tr("{size} per person").format(size=size)


def seats_text(seats: Seats) -> str:
    if seats.max is None:
        return _tr("No limit")
    return QLocale().toString(seats.max)


def setup_text(value: str) -> str:
    return {"api": _tr("Created for you"), "manual": _tr("By hand, guided")}.get(value, value)


def antispam_text(value: str) -> str:
    return {"spam_and_virus": _tr("Spam and virus"), "spam_only": _tr("Spam only")}.get(value, value)


def support_text(values: tuple[str, ...], *, people_only: bool = False) -> str:
    """``people_only`` leaves out forums and help pages, for the narrow comparison table."""
    names = {
        "email": _tr("email"), "phone": _tr("phone"), "chat": _tr("chat"), "ticket": _tr("tickets"),
        "community": _tr("forum"), "online_docs": _tr("help pages"),
    }
    if people_only:
        values = tuple(v for v in values if v not in ("community", "online_docs")) or values
    return _tr(", ").join(names.get(v, v) for v in values)


def regions_text(values: tuple[str, ...]) -> str:
    names = {
        "us": _tr("USA"), "eu": _tr("Europe"), "uk": _tr("UK"), "asia_pacific": _tr("Asia-Pacific"),
        "cn_mainland": _tr("mainland China"), "hk": _tr("Hong Kong"), "tw": _tr("Taiwan"),
        "global": _tr("worldwide"),
    }
    return _tr(", ").join(names.get(v, v) for v in values)


def checked_text(fact: Fact) -> str:
    date = QLocale().toString(fact.checked, QLocale.FormatType.ShortFormat)
    return _tr('<a href="{url}">source</a>, checked {date}').format(url=fact.source, date=date)
