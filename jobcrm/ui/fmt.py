"""Dates and times shown the Danish way (24.11.2026), through QLocale("da_DK")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

_DA = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


def locale() -> QLocale:
    return _DA


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return _DA.toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")


def long_date(value: dt.date) -> str:
    """'tirsdag 24.11.2026'."""
    return _DA.toString(QDate(value.year, value.month, value.day), "dddd dd.MM.yyyy")


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{date(value.date())} {value.hour:02d}:{value.minute:02d}"
