"""EventFilter: what the event list, the timeline and the map show, as plain data, and its SQL."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace

MAX_QUERY_TOKENS = 16
_TOKEN = re.compile(r"\w+", re.UNICODE)

# The columns the event list can sort by, and their SQL (never taken from user input). Ties are broken by
# date then id, in the same direction, which the indexes of schema.INDEXES serve.
SORT_COLUMNS = {
    "date": ("e.sort_date", "e.id"),
    "title": ("e.title", "e.sort_date", "e.id"),
    "type": ("e.type", "e.sort_date", "e.id"),
    "place": ("e.place_id", "e.sort_date", "e.id"),
    "region": ("e.region", "e.sort_date", "e.id"),
    "fatalities": ("e.fatalities", "e.sort_date", "e.id"),
}


def order_by(sort: str, ascending: bool) -> str:
    direction = "ASC" if ascending else "DESC"
    return ", ".join(f"{column} {direction}" for column in SORT_COLUMNS[sort])


@dataclass(frozen=True)
class EventFilter:
    """Which events to show. Empty collections and None mean "no restriction"."""

    date_from: str | None = None  # ISO day, inclusive
    date_to: str | None = None  # ISO day, inclusive
    types: frozenset[str] = field(default_factory=frozenset)
    regions: frozenset[str] = field(default_factory=frozenset)
    factions: frozenset[str] = field(default_factory=frozenset)
    min_fatalities: int | None = None
    text: str = ""

    def with_changes(self, **changes) -> EventFilter:
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return self == EventFilter()

    def as_dict(self) -> dict[str, object]:
        """The restrictions in force, as plain data (for the head of an export)."""
        values = {"date_from": self.date_from, "date_to": self.date_to, "types": sorted(self.types),
                  "regions": sorted(self.regions), "factions": sorted(self.factions),
                  "min_fatalities": self.min_fatalities, "text": self.text}
        return {key: value for key, value in values.items() if value not in (None, "", [])}


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for whatever the user typed: every word becomes a quoted prefix term, so quotes,
    brackets, operators (AND, OR, NOT, NEAR), '*', '-' and column filters are plain text. A single letter is
    matched as a whole word: as a prefix it would match nearly everything. None if there is no word."""
    tokens = _TOKEN.findall(text[:2000])[:MAX_QUERY_TOKENS]
    if not tokens:
        return None
    return " ".join(f'"{token}"*' if len(token) > 1 else f'"{token}"' for token in tokens)


def where_clause(event_filter: EventFilter) -> tuple[str, dict[str, object]]:
    """The WHERE clause (over events aliased e) and its bound parameters."""
    clauses: list[str] = []
    params: dict[str, object] = {}
    if event_filter.date_from:
        clauses.append("e.sort_date >= :date_from")
        params["date_from"] = event_filter.date_from
    if event_filter.date_to:
        clauses.append("e.sort_date <= :date_to")
        params["date_to"] = event_filter.date_to
    for name, column, values in (("type", "e.type", event_filter.types),
                                 ("region", "e.region", event_filter.regions)):
        if values:
            keys = [f"{name}_{i}" for i in range(len(values))]
            clauses.append(f"{column} IN ({', '.join(':' + k for k in keys)})")
            params.update(zip(keys, sorted(values), strict=True))
    if event_filter.factions:
        keys = [f"faction_{i}" for i in range(len(event_filter.factions))]
        clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE faction_id IN "
                       f"({', '.join(':' + k for k in keys)}))")
        params.update(zip(keys, sorted(event_filter.factions), strict=True))
    if event_filter.min_fatalities:
        clauses.append("e.fatalities >= :min_fatalities")
        params["min_fatalities"] = event_filter.min_fatalities
    query = fts_query(event_filter.text)
    if query:
        clauses.append("e.id IN (SELECT d.record_id FROM search_docs_fts f JOIN search_docs d ON d.rowid = f.rowid "
                       "WHERE search_docs_fts MATCH :text AND d.kind = 'event')")
        params["text"] = query
    return (" AND ".join(clauses) or "1"), params


def month_table_clause(event_filter: EventFilter) -> tuple[str, dict[str, object]] | None:
    """The WHERE clause over event_months (aliased m) when that table can answer the filter: dates on month
    boundaries, types and regions only. None when the events themselves must be grouped."""
    if event_filter.factions or event_filter.min_fatalities or fts_query(event_filter.text):
        return None
    start, end = event_filter.date_from, event_filter.date_to
    if start and not start.endswith("-01"):
        return None
    if end and end != _last_day_of_month(end):
        return None
    clauses: list[str] = []
    params: dict[str, object] = {}
    if start:
        clauses.append("m.month >= :month_from")
        params["month_from"] = start[:7]
    if end:
        clauses.append("m.month <= :month_to")
        params["month_to"] = end[:7]
    for name, column, values in (("type", "m.type", event_filter.types), ("region", "m.region", event_filter.regions)):
        if values:
            keys = [f"{name}_{i}" for i in range(len(values))]
            clauses.append(f"{column} IN ({', '.join(':' + k for k in keys)})")
            params.update(zip(keys, sorted(values), strict=True))
    return (" AND ".join(clauses) or "1"), params


def _last_day_of_month(day: str) -> str:
    year, month = int(day[:4]), int(day[5:7])
    return f"{day[:7]}-{calendar.monthrange(year, month)[1]:02d}"
