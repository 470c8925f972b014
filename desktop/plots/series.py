"""Store rows -> numpy arrays for the plots. No Qt here; time is UNIX seconds (pyqtgraph's DateAxisItem)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.store.records import Figure, MonthCount

SECONDS_PER_DAY = 86_400


def day_seconds(days) -> np.ndarray:
    """ISO days ("2013-01-11") -> UNIX seconds at midnight UTC."""
    return np.array(days, dtype="datetime64[D]").astype("datetime64[s]").astype(np.int64).astype(float)


def month_seconds(months) -> np.ndarray:
    """Months ("2013-01") -> UNIX seconds at the start of the month."""
    return np.array(months, dtype="datetime64[M]").astype("datetime64[s]").astype(np.int64).astype(float)


def month_from_seconds(seconds: float) -> str:
    return str(np.datetime64(int(seconds), "s").astype("datetime64[M]"))


@dataclass
class MonthlySeries:
    months: list[str]  # every month from the first to the last with an event, gaps included
    start: np.ndarray  # seconds at the start of each month
    width: np.ndarray  # seconds in each month
    types: list[str]
    counts: np.ndarray  # (types, months) events
    fatalities: np.ndarray  # (3, months): best, low, high

    @property
    def stacked_bottoms(self) -> np.ndarray:
        """Where each type's bar starts, so the types stack."""
        return np.vstack([np.zeros(len(self.months)), np.cumsum(self.counts, axis=0)[:-1]]) \
            if len(self.types) else np.zeros((0, len(self.months)))

    def rows(self) -> list[list]:
        """The numbers as table rows (month, each type, total, fatalities best/low/high), for CSV."""
        counts, fatalities = self.counts.astype(int), self.fatalities.astype(int)
        return [[m, *counts[:, i].tolist(), int(counts[:, i].sum()), *fatalities[:, i].tolist()]
                for i, m in enumerate(self.months)]

    def header(self) -> list[str]:
        return ["month", *self.types, "events", "fatalities_best", "fatalities_low", "fatalities_high"]


def monthly(rows: list[MonthCount], types: list[str]) -> MonthlySeries:
    """Counts per month and type in a dense grid: months without events are zero, not missing."""
    if not rows:
        empty = np.zeros(0)
        return MonthlySeries([], empty, empty, types, np.zeros((len(types), 0)), np.zeros((3, 0)))
    first, last = np.datetime64(rows[0].month, "M"), np.datetime64(rows[-1].month, "M")
    axis = np.arange(first, last + 1)
    months = [str(m) for m in axis]
    column = ((np.array([r.month for r in rows], dtype="datetime64[M]") - first).astype(int))
    type_index = {t: i for i, t in enumerate(types)}
    row = np.array([type_index[r.type] for r in rows])
    counts = np.zeros((len(types), len(months)))
    np.add.at(counts, (row, column), [r.events for r in rows])
    fatalities = np.zeros((3, len(months)))
    for i, key in enumerate(("fatalities", "fatalities_low", "fatalities_high")):
        np.add.at(fatalities[i], column, [getattr(r, key) for r in rows])
    start = axis.astype("datetime64[s]").astype(np.int64).astype(float)
    end = (axis + 1).astype("datetime64[s]").astype(np.int64).astype(float)
    return MonthlySeries(months, start, end - start, types, counts, fatalities)


@dataclass
class FigureSeries:
    name: str
    title: str  # as the reader sees it: "Internally displaced people in Mali"
    unit: str
    measure: str
    seconds: np.ndarray
    value: np.ndarray  # NaN where a point has only bounds
    low: np.ndarray  # NaN where unknown
    high: np.ndarray
    figures: list[Figure]


def figure_series(figures: list[Figure]) -> dict[str, FigureSeries]:
    """Dated figures grouped by series, in date order; a point without a value takes the middle of its bounds."""
    grouped: dict[str, list[Figure]] = {}
    for figure in figures:
        grouped.setdefault(figure.series, []).append(figure)
    result = {}
    for name, points in sorted(grouped.items()):
        points.sort(key=lambda f: f.date.lstrip("~"))
        low = np.array([np.nan if f.low is None else f.low for f in points])
        high = np.array([np.nan if f.high is None else f.high for f in points])
        given = np.array([np.nan if f.value is None else f.value for f in points])
        middle = np.where(np.isnan(low), high, np.where(np.isnan(high), low, (low + high) / 2))
        value = np.where(np.isnan(given), middle, given)
        seconds = day_seconds([_first_day(f.date) for f in points])
        result[name] = FigureSeries(name, points[0].series_title, points[0].unit, points[0].measure, seconds, value,
                                    low, high, points)
    return result


def _first_day(date: str) -> str:
    text = date.lstrip("~")
    return text + "-01-01" if len(text) == 4 else text + "-01" if len(text) == 7 else text
