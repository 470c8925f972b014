"""Partial ISO 8601 dates that keep their precision: "2013-01-11", "2013-01", "2013", "~2013-06"."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(~)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


class DateError(ValueError):
    """A date string that is malformed or names a day that does not exist."""


@dataclass(frozen=True)
class PartialDate:
    text: str  # as written, without the "~"
    precision: str  # "day", "month", "year" or "approximate"
    first_day: str  # ISO day the date can start on, for sorting and filtering
    last_day: str  # ISO day the date can end on


def parse_date(value: object) -> PartialDate:
    if not isinstance(value, str):
        raise DateError(f"date {value!r} must be a quoted string such as \"2013-01-11\", \"2013-01\" or \"2013\"")
    match = _PATTERN.match(value.strip())
    if not match:
        raise DateError(f"malformed date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY, optionally prefixed by ~")
    approximate, year_text, month_text, day_text = match.groups()
    year = int(year_text)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise DateError(f"impossible year in date {value!r}")
    if month_text is None:
        first, last, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    else:
        month = int(month_text)
        if not 1 <= month <= 12:
            raise DateError(f"impossible month in date {value!r}")
        if day_text is None:
            days = calendar.monthrange(year, month)[1]
            first, last, precision = dt.date(year, month, 1), dt.date(year, month, days), "month"
        else:
            try:
                first = last = dt.date(year, month, int(day_text))
            except ValueError:
                raise DateError(f"impossible day in date {value!r}") from None
            precision = "day"
    text = value.strip().lstrip("~")
    return PartialDate(text, "approximate" if approximate else precision, first.isoformat(), last.isoformat())
