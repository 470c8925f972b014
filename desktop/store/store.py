"""Store: the read-only questions the views ask of the bundled database, answered with dataclasses."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.store.database import StoreError, connect_read_only
from desktop.store.dates import parse_date
from desktop.store.filters import EventFilter, fts_query, month_table_clause, order_by, where_clause
from desktop.store.records import (
    Actor,
    BelligerentCell,
    Event,
    EventRow,
    EventSummary,
    Faction,
    FactionSummary,
    Figure,
    Infobox,
    KeyDate,
    Lane,
    Link,
    MapPoint,
    Meta,
    MonthCount,
    Period,
    Person,
    PersonSummary,
    Place,
    Relation,
    Role,
    SearchHit,
    Side,
    SideEntry,
    Source,
)
from desktop.store.schema import SEARCH_KINDS, french_name_views
from desktop.text import fold

# Above this many searchable events, search lists the newest matching events instead of ranking them all.
RANKED_EVENTS_LIMIT = 50_000
EVENT_GROUP_WEIGHT = 0.5

_EVENT_SUMMARY_SQL = """
    SELECT e.id, e.date, e.date_precision, e.title, e.type, e.place_id, p.name AS place_name,
           e.fatalities_low, e.fatalities_best, e.fatalities_high
    FROM events e LEFT JOIN places p ON p.id = e.place_id
"""


OPERATION_KINDS = ("foreign force", "peacekeeping mission", "private military company")


def _first_day(date: str) -> str:
    return parse_date(date).first_day


def _last_day(date: str) -> str:
    return parse_date(date).last_day


def _names(text: str | None) -> tuple[str, ...]:
    """Aliases are stored one per line."""
    return tuple(text.split("\n")) if text else ()


def _event_summary(row: sqlite3.Row) -> EventSummary:
    place = Link("place", row["place_id"], row["place_name"]) if row["place_id"] else None
    return EventSummary(row["id"], row["date"], row["date_precision"], row["title"], row["type"], place,
                        row["fatalities_low"], row["fatalities_best"], row["fatalities_high"])


class Store:
    """The bundled database, opened read-only. Every method returns dataclasses from records.py."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._connection = connect_read_only(self.path)
        self._ranges: dict[str, tuple[int, int]] | None = None

    french_names = False

    def use_french_names(self) -> None:
        """Name places and factions in French from now on (for the French interface): every query of this
        store then reads them through views that put the French name first (see schema.french_name_views)."""
        if not self.french_names:
            self._connection.executescript(french_name_views())
            self.french_names = True

    def close(self) -> None:
        self._connection.close()

    def _rows(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            return self._connection.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"The database file {self.path} could not be read ({error}). "
                             f"Reinstall the application.") from None

    def _row(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # -- metadata and sources -------------------------------------------------------------------------------

    def meta(self) -> Meta:
        values = {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM meta")}
        return Meta(int(values["schema_version"]), values.get("data_version", ""), values.get("content_hash", ""),
                    values.get("build_time", ""), values.get("app_version", ""))

    def imports(self) -> list[dict]:
        """The reader's imports in this database ([] for the bundled one): dataset, file, events, imported."""
        import json

        row = self._row("SELECT value FROM meta WHERE key = 'imports'")
        try:
            return json.loads(row[0]) if row else []
        except ValueError:
            return []

    def content_is_intact(self) -> bool:
        """Whether the content still matches the digest recorded when the database was built."""
        from desktop.store.digest import content_digest  # only the self-test needs it: keep start-up light

        try:
            return content_digest(self._connection) == self.meta().content_hash
        except sqlite3.DatabaseError:
            return False

    def sources_for(self, kind: str, record_id: str) -> tuple[Source, ...]:
        rows = self._rows("""
            SELECT s.* FROM record_sources r JOIN sources s ON s.id = r.source_id
            WHERE r.record_kind = ? AND r.record_id = ? ORDER BY r.ord""", (kind, record_id))
        return tuple(self._source(row) for row in rows)

    def _sources_by_record(self, kind: str) -> dict[str, tuple[Source, ...]]:
        grouped: dict[str, list[Source]] = defaultdict(list)
        for row in self._rows("""
                SELECT r.record_id, s.* FROM record_sources r JOIN sources s ON s.id = r.source_id
                WHERE r.record_kind = ? ORDER BY r.record_id, r.ord""", (kind,)):
            grouped[row["record_id"]].append(self._source(row))
        return {key: tuple(value) for key, value in grouped.items()}

    @staticmethod
    def _source(row: sqlite3.Row) -> Source:
        return Source(row["id"], row["title"], row["publisher"], row["date"], row["url"], row["accessed"])

    def source_count(self) -> int:
        return self._row("SELECT count(*) FROM sources")[0]

    # -- periods, sides and the infobox ---------------------------------------------------------------------

    def periods(self) -> tuple[Period, ...]:
        return tuple(Period(r["id"], r["name"], r["start"], r["end"])
                     for r in self._rows("SELECT * FROM periods ORDER BY ord"))

    def sides(self) -> tuple[Side, ...]:
        return tuple(Side(r["id"], r["name"]) for r in self._rows("SELECT * FROM sides ORDER BY ord"))

    def _side_entries(self, faction_id: str | None = None) -> list[SideEntry]:
        """The sides taken in each period: by one faction, or by all when faction_id is None."""
        periods = {p.id: p for p in self.periods()}
        sides = {s.id: s for s in self.sides()}
        rows = self._rows("""
            SELECT fs.*, f.name AS faction_name FROM faction_sides fs JOIN factions f ON f.id = fs.faction_id
            JOIN periods p ON p.id = fs.period_id JOIN sides s ON s.id = fs.side_id
            WHERE :faction IS NULL OR fs.faction_id = :faction
            ORDER BY p.ord, s.ord, fs.role, f.name""", {"faction": faction_id})
        return [SideEntry(periods[r["period_id"]], sides[r["side_id"]], r["role"], r["note"],
                          Link("faction", r["faction_id"], r["faction_name"])) for r in rows]

    def infobox(self) -> Infobox:
        fields = {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM infobox")}
        periods, sides = self.periods(), self.sides()
        entries = self._side_entries()
        cells = tuple(
            BelligerentCell(period, side, tuple(e for e in entries if e.period == period and e.side == side))
            for period in periods for side in sides)
        items: dict[str, dict[str | None, list[str]]] = defaultdict(lambda: defaultdict(list))
        for row in self._rows("SELECT * FROM infobox_items ORDER BY section, side_id, ord"):
            items[row["section"]][row["side_id"]].append(row["record_id"])
        figures = {f.id: f for f in self.figures()}
        people = {r["id"]: r["name"] for r in self._rows("SELECT id, name FROM people")}
        sources = {r["id"]: self._source(r) for r in self._rows("SELECT * FROM sources")}

        def by_side(section: str, make) -> dict[str, tuple]:
            return {side: tuple(make(rid) for rid in ids) for side, ids in items[section].items() if side}

        return Infobox(
            fields=fields, periods=periods, sides=sides, belligerents=cells,
            commanders=by_side("commanders", lambda rid: Link("person", rid, people[rid])),
            strength=by_side("strength", figures.__getitem__),
            casualties=by_side("casualties", figures.__getitem__),
            displacement=tuple(figures[rid] for rid in items["displacement"][None]),
            total_killed=tuple(figures[rid] for rid in items["total_killed"][None]),
            sources=tuple(sources[rid] for rid in items["sources"][None]),
        )

    # -- factions -------------------------------------------------------------------------------------------

    def factions(self) -> list[FactionSummary]:
        return sorted((FactionSummary(r["id"], r["name"], r["acronym"], r["kind"], r["founded"], r["dissolved"],
                                      tuple(filter(None, (r["name_fr"], r["acronym"], r["acronym_fr"])))
                                      + _names(r["aliases"]))
                       for r in self._rows("SELECT * FROM factions")), key=lambda f: (fold(f.name), f.id))

    def side_entries(self) -> list[SideEntry]:
        """Every faction's side in every period, in the infobox's order."""
        return self._side_entries()

    def faction(self, faction_id: str) -> Faction | None:
        row = self._row("SELECT * FROM factions WHERE id = ?", (faction_id,))
        if row is None:
            return None
        relations = tuple(
            Relation(Link("faction", r["from_id"], r["from_name"]), r["type"],
                     Link("faction", r["to_id"], r["to_name"]), r["start"], r["end"], r["note"],
                     self.sources_for("relation", str(r["id"])))
            for r in self._rows("""
                SELECT r.*, a.name AS from_name, b.name AS to_name FROM relations r
                JOIN factions a ON a.id = r.from_id JOIN factions b ON b.id = r.to_id
                WHERE r.from_id = :id OR r.to_id = :id ORDER BY r.start, r.type""", {"id": faction_id}))
        leaders = tuple(self._role(r) for r in self._rows("""
            SELECT r.*, p.name AS person_name, f.name AS faction_name FROM roles r
            JOIN people p ON p.id = r.person_id LEFT JOIN factions f ON f.id = r.faction_id
            WHERE r.faction_id = ? ORDER BY r.start, p.name""", (faction_id,)))
        events = tuple(_event_summary(r) for r in self._rows(_EVENT_SUMMARY_SQL + """
            WHERE e.id IN (SELECT event_id FROM event_actors WHERE faction_id = ?)
            ORDER BY e.sort_date, e.id""", (faction_id,)))
        return Faction(
            row["id"], row["name"], row["name_fr"], row["acronym"], row["acronym_fr"],
            _names(row["aliases"]), row["kind"], row["founded"], row["founded_precision"],
            row["dissolved"], row["dissolved_precision"], row["aims"], row["summary"],
            tuple(self._side_entries(faction_id)), relations, leaders,
            tuple(self.figures(subject=faction_id)), events,
            self.sources_for("faction", faction_id))

    @staticmethod
    def _role(r: sqlite3.Row) -> Role:
        faction = Link("faction", r["faction_id"], r["faction_name"]) if r["faction_id"] else None
        return Role(Link("person", r["person_id"], r["person_name"]), faction, r["title"], r["start"], r["end"])

    # -- figures --------------------------------------------------------------------------------------------

    def figures(self, subject: str | None = None) -> list[Figure]:
        """Every dated figure, or those about one faction, in series and date order."""
        sources = self._sources_by_record("figure")
        return [Figure(r["id"], r["series"], r["series_title"],
                       Link("faction", r["subject_id"], r["subject_name"]) if r["subject_id"] else None,
                       r["measure"], r["date"], r["value"], r["low"], r["high"], r["unit"], r["label"], r["note"],
                       sources.get(r["id"], ()))
                for r in self._rows("""
                    SELECT g.*, s.title AS series_title, f.name AS subject_name FROM figures g
                    JOIN figure_series s ON s.id = g.series LEFT JOIN factions f ON f.id = g.subject_id
                    WHERE :subject IS NULL OR g.subject_id = :subject
                    ORDER BY g.series, g.sort_date, g.id""", {"subject": subject})]

    # -- people ---------------------------------------------------------------------------------------------

    def people(self) -> list[PersonSummary]:
        """Every person, A-Z, with what the directory filters on."""
        factions: dict[str, set[str]] = defaultdict(set)
        kinds: dict[str, set[str]] = defaultdict(set)
        for r in self._rows("SELECT person_id, faction_id, kind FROM roles"):
            if r["faction_id"]:
                factions[r["person_id"]].add(r["faction_id"])
            kinds[r["person_id"]].add(r["kind"])
        return sorted((PersonSummary(r["id"], r["name"], r["fate"], _names(r["aliases"]),
                                     frozenset(factions[r["id"]]), frozenset(kinds[r["id"]]))
                       for r in self._rows("SELECT id, name, fate, aliases FROM people")),
                      key=lambda p: (fold(p.name), p.id))  # A-Z as readers expect: "Béatrice" among the Be-

    def role_kinds(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT DISTINCT kind FROM roles ORDER BY kind")]

    def person(self, person_id: str) -> Person | None:
        row = self._row("""SELECT p.*, pl.name AS place_name FROM people p
                           LEFT JOIN places pl ON pl.id = p.fate_place_id WHERE p.id = ?""", (person_id,))
        if row is None:
            return None
        roles = tuple(self._role(r) for r in self._rows("""
            SELECT r.*, p.name AS person_name, f.name AS faction_name FROM roles r
            JOIN people p ON p.id = r.person_id LEFT JOIN factions f ON f.id = r.faction_id
            WHERE r.person_id = ? ORDER BY r.start IS NULL, r.start""", (person_id,)))
        events = tuple(_event_summary(r) for r in self._rows(_EVENT_SUMMARY_SQL + """
            WHERE e.id IN (SELECT event_id FROM event_people WHERE person_id = ?)
            ORDER BY e.sort_date, e.id""", (person_id,)))
        place = Link("place", row["fate_place_id"], row["place_name"]) if row["fate_place_id"] else None
        return Person(row["id"], row["name"], _names(row["aliases"]), row["born"],
                      row["nationality"], row["fate"], row["fate_date"], place, row["fate_note"], row["summary"],
                      roles, events, self.sources_for("person", person_id))

    # -- places and events ----------------------------------------------------------------------------------

    def place(self, place_id: str) -> Place | None:
        row = self._row("SELECT * FROM places WHERE id = ?", (place_id,))
        if row is None:
            return None
        events = tuple(_event_summary(r) for r in self._rows(
            _EVENT_SUMMARY_SQL + " WHERE e.place_id = ? ORDER BY e.sort_date, e.id", (place_id,)))
        return self._place(row, events)

    def _place(self, row: sqlite3.Row, events: tuple[EventSummary, ...] = ()) -> Place:
        return Place(row["id"], row["name"], row["name_fr"], _names(row["aliases"]),
                     row["kind"], row["region"], row["country"], row["lat"], row["lon"], events,
                     self.sources_for("place", row["id"]))

    def events(self) -> list[EventSummary]:
        """Every event in date order. The event list will page through a model instead (issue 5)."""
        return [_event_summary(r) for r in self._rows(_EVENT_SUMMARY_SQL + " ORDER BY e.sort_date, e.id")]

    def event(self, event_id: str) -> Event | None:
        row = self._row("SELECT * FROM events WHERE id = ?", (event_id,))
        if row is None:
            return None
        place_row = self._row("SELECT * FROM places WHERE id = ?", (row["place_id"],))
        actors = tuple(Actor(Link("faction", r["faction_id"], r["name"]), r["role"]) for r in self._rows("""
            SELECT a.faction_id, a.role, f.name FROM event_actors a JOIN factions f ON f.id = a.faction_id
            WHERE a.event_id = ? ORDER BY a.ord""", (event_id,)))
        people = tuple((Link("person", r["person_id"], r["name"]), r["role"]) for r in self._rows("""
            SELECT e.person_id, e.role, p.name FROM event_people e JOIN people p ON p.id = e.person_id
            WHERE e.event_id = ? ORDER BY e.ord""", (event_id,)))
        values: dict[str, Any] = {k: row[k] for k in (
            "fatalities_low", "fatalities_best", "fatalities_high", "civilians_low", "civilians_best",
            "civilians_high")}
        return Event(row["id"], row["title"], row["date"], row["date_precision"], row["end"], row["type"],
                     self._place(place_row) if place_row else None, actors, people, **values,
                     fatalities_note=row["fatalities_note"], summary=row["summary"],
                     sources=self.sources_for("event", event_id))

    # -- the event list ---------------------------------------------------------------------------------------

    def count_events(self, event_filter: EventFilter) -> int:
        where, params = where_clause(event_filter)
        return self._row(f"SELECT count(*) FROM events e WHERE {where}", params)[0]

    def filtered_events(self, event_filter: EventFilter, sort: str = "date", ascending: bool = True,
                        offset: int = 0, limit: int = 200) -> list[EventRow]:
        """One page of the events that pass the filter, sorted by one of SORT_COLUMNS."""
        where, params = where_clause(event_filter)
        # The page's ids first, from an index alone; then the columns of those rows only. Walking OFFSET rows
        # through the index is cheap; computing the actors of every skipped row would not be.
        rows = self._rows(f"""
            WITH page AS (SELECT e.id FROM events e WHERE {where}
                          ORDER BY {order_by(sort, ascending)} LIMIT :limit OFFSET :offset)
            SELECT e.id, e.date, e.date_precision, e.title, e.type, p.name AS place, e.region,
                   (SELECT group_concat(coalesce(f.acronym, f.name), '; ') FROM event_actors a
                    JOIN factions f ON f.id = a.faction_id WHERE a.event_id = e.id) AS actors,
                   e.fatalities_low, e.fatalities_best, e.fatalities_high
            FROM page JOIN events e ON e.id = page.id LEFT JOIN places p ON p.id = e.place_id
            ORDER BY {order_by(sort, ascending)}""", {**params, "limit": limit, "offset": offset})
        return [EventRow(r["id"], r["date"], r["date_precision"], r["title"], r["type"], r["place"],
                         r["region"], r["actors"] or "", r["fatalities_low"], r["fatalities_best"],
                         r["fatalities_high"]) for r in rows]

    def export_events(self, event_filter: EventFilter, sort: str = "date", ascending: bool = True):
        """Every event that passes the filter, in the list's order, as flat dicts for CSV and JSON: one row at a
        time, so a million events never sit in memory. Run it on the exporting thread's own Store."""
        where, params = where_clause(event_filter)
        try:
            cursor = self._connection.execute(f"""
                SELECT e.id, e.date, e.date_precision, e."end", e.title, e.type, e.place_id, p.name AS place,
                       e.region, p.country, p.lat, p.lon,
                       (SELECT group_concat(actor, '; ') FROM (
                            SELECT f.name || ' (' || a.role || ')' AS actor FROM event_actors a
                            JOIN factions f ON f.id = a.faction_id WHERE a.event_id = e.id ORDER BY a.ord)) AS actors,
                       e.fatalities_low, e.fatalities_best, e.fatalities_high,
                       e.civilians_low, e.civilians_best, e.civilians_high, e.fatalities_note, e.summary,
                       (SELECT group_concat(source, ' | ') FROM (
                            SELECT s.publisher || ', ' || s.title || coalesce(' <' || s.url || '>', '') AS source
                            FROM record_sources r JOIN sources s ON s.id = r.source_id
                            WHERE r.record_kind = 'event' AND r.record_id = e.id ORDER BY r.ord)) AS sources
                FROM events e LEFT JOIN places p ON p.id = e.place_id
                WHERE {where} ORDER BY {order_by(sort, ascending)}""", params)
            names = [column[0] for column in cursor.description]
            for row in cursor:
                yield dict(zip(names, tuple(row), strict=True))
        except sqlite3.DatabaseError as error:
            raise StoreError(f"The database file {self.path} could not be read ({error}). "
                             f"Reinstall the application.") from None

    def event_types(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT DISTINCT type FROM events ORDER BY type")]

    def regions(self) -> list[str]:
        return [r[0] for r in self._rows(
            "SELECT DISTINCT region FROM events WHERE region IS NOT NULL ORDER BY region")]

    def date_bounds(self) -> tuple[str | None, str | None]:
        row = self._row("SELECT min(sort_date), max(sort_date) FROM events")
        return row[0], row[1]

    # -- search everywhere ----------------------------------------------------------------------------------

    def _search_ranges(self) -> dict[str, tuple[int, int]]:
        if self._ranges is None:
            self._ranges = {}
            for kind in SEARCH_KINDS:
                row = self._row("SELECT value FROM meta WHERE key = ?", (f"search_rows_{kind}",))
                if row and row[0]:
                    first, last = row[0].split("-")
                    self._ranges[kind] = (int(first), int(last))
        return self._ranges

    def search(self, text: str, per_kind: int = 8) -> list[SearchHit]:
        """Records of every kind matching what the user typed, grouped by kind, best first. Never raises on odd
        input: the text becomes quoted prefix terms (filters.fts_query).

        Two look-ups, each a rowid range of the full-text index: factions, people and places together, ranked;
        then events, ranked too unless there are so many (imported sets of a million) that ranking every
        match would stall typing: then the newest come first."""
        query = fts_query(text)
        ranges = self._search_ranges()
        if query is None or not ranges:
            return []
        rank = "bm25(search_docs_fts, 10.0, 10.0, 1.0)"
        firsts, lasts = zip(*(ranges[k] for k in SEARCH_KINDS[:-1] if k in ranges), strict=True)
        rows = self._search_rows(query, min(firsts), max(lasts), rank, per_kind * 8)
        if "event" in ranges:
            first, last = ranges["event"]
            order = "search_docs_fts.rowid DESC" if last - first > RANKED_EVENTS_LIMIT else rank
            rows += self._search_rows(query, first, last, order, per_kind)
        hits: dict[str, list[SearchHit]] = {kind: [] for kind in SEARCH_KINDS}
        best: dict[str, float] = {}
        for r in rows:
            if len(hits[r["kind"]]) < per_kind:
                hits[r["kind"]].append(SearchHit(r["kind"], r["record_id"], r["title"], (r["names"] or "")[:120]))
                weight = EVENT_GROUP_WEIGHT if r["kind"] == "event" else 1.0
                best[r["kind"]] = min(best.get(r["kind"], 0.0), r["score"] * weight)
        # Groups in the order of their best match (bm25: lower is better), so "Kidal" shows the place first;
        # events count for less, as a name in an event's title should not hide the record of that name.
        return [hit for kind in sorted(best, key=best.__getitem__) for hit in hits[kind]]

    def _search_rows(self, query: str, first: int, last: int, order: str, limit: int) -> list[sqlite3.Row]:
        return self._rows(f"""
            SELECT d.kind, d.record_id, d.title, d.names, bm25(search_docs_fts, 10.0, 10.0, 1.0) AS score
            FROM search_docs_fts
            JOIN search_docs d ON d.rowid = search_docs_fts.rowid
            WHERE search_docs_fts MATCH :query AND search_docs_fts.rowid BETWEEN :first AND :last
            ORDER BY {order} LIMIT :limit""", {"query": query, "first": first, "last": last, "limit": limit})

    def record_title(self, kind: str, record_id: str) -> str | None:
        """The name or title of any record, for citations and window titles."""
        table = {"faction": "factions", "person": "people", "place": "places", "event": "events"}.get(kind)
        if table is None:
            return None
        column = "title" if kind == "event" else "name"
        row = self._row(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,))
        return row[0] if row else None

    # -- the timeline ---------------------------------------------------------------------------------------

    def monthly_counts(self, event_filter: EventFilter) -> list[MonthCount]:
        """Events and fatalities per month and type for the filter, in month order. From the precomputed
        event_months table when it can answer (dates on month boundaries, types, regions), else grouped from
        the matching events."""
        clause = month_table_clause(event_filter)
        if clause is not None:
            where, params = clause
            rows = self._rows(f"""
                SELECT m.month, m.type, sum(m.events), sum(m.fatalities), sum(m.fatalities_low),
                       sum(m.fatalities_high)
                FROM event_months m WHERE {where} GROUP BY m.month, m.type ORDER BY m.month, m.type""", params)
        else:
            where, params = where_clause(event_filter)
            rows = self._rows(f"""
                SELECT substr(e.sort_date, 1, 7) AS month, e.type, count(*), sum(coalesce(e.fatalities, 0)),
                       sum(coalesce(e.fatalities_low, e.fatalities, 0)),
                       sum(coalesce(e.fatalities_high, e.fatalities, 0))
                FROM events e WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2""", params)
        return [MonthCount(*row) for row in rows]

    def map_points(self, event_filter: EventFilter) -> list[MapPoint]:
        """The filter's events grouped by place, with coordinates, for the map. Events placed only at country
        level have no point."""
        clause = month_table_clause(event_filter)
        if clause is not None:
            where, params = clause
            grouped = f"""SELECT m.place_id, m.type, sum(m.events) AS events, sum(m.fatalities) AS fatalities
                          FROM event_months m WHERE {where} GROUP BY m.place_id, m.type"""
        else:
            where, params = where_clause(event_filter)
            # "+": keep the planner from walking the place index to group; the filter's own index is faster.
            grouped = f"""SELECT e.place_id, e.type, count(*) AS events, sum(coalesce(e.fatalities, 0)) AS fatalities
                          FROM events e WHERE {where} GROUP BY +e.place_id, +e.type"""
        # Group first, then join the few resulting rows to their places.
        rows = self._rows(f"""
            SELECT g.place_id, p.name, p.lat, p.lon, p.country, g.type, g.events, g.fatalities
            FROM ({grouped}) g JOIN places p ON p.id = g.place_id AND p.kind != 'country'
            ORDER BY g.place_id, g.events DESC, g.type""", params)
        points: dict[str, MapPoint] = {}
        for r in rows:
            point = points.get(r["place_id"])
            if point is None:  # rows come with each place's most frequent type first
                points[r["place_id"]] = MapPoint(Link("place", r["place_id"], r["name"]), r["lat"], r["lon"],
                                                 r["country"], r["events"], r["fatalities"], r["type"])
            else:
                points[r["place_id"]] = replace(point, events=point.events + r["events"],
                                                fatalities=point.fatalities + r["fatalities"])
        return list(points.values())

    def lanes(self, today: str) -> list[Lane]:
        """Factions (belligerents and operations) from founding to end, and heads of state and government."""
        side_of = {}
        for entry in self._side_entries():
            side_of.setdefault(entry.faction.id, entry.side.id)
        lanes = []
        for r in self._rows("""SELECT id, name, acronym, kind, founded, dissolved FROM factions
                               WHERE founded IS NOT NULL ORDER BY founded, name"""):
            if r["id"] not in side_of:
                continue
            group = "operation" if r["kind"] in OPERATION_KINDS else "faction"
            end = _last_day(r["dissolved"]) if r["dissolved"] else None
            lanes.append(Lane(group, Link("faction", r["id"], r["name"]), r["acronym"] or r["name"],
                              _first_day(r["founded"]), end, side_of[r["id"]]))
        for r in self._rows("""
                SELECT r.person_id, p.name, r.title, r.start, r.end FROM roles r JOIN people p ON p.id = r.person_id
                WHERE r.kind = 'head of state or government' AND r.faction_id = 'mali' AND r.start IS NOT NULL
                ORDER BY r.start"""):
            lanes.append(Lane("leader", Link("person", r["person_id"], r["name"]), f"{r['name']} ({r['title']})",
                              _first_day(r["start"]), _last_day(r["end"]) if r["end"] else None, "mali"))
        return lanes

    def key_dates(self) -> list[KeyDate]:
        """Coups, agreements and withdrawals: the dates the timeline marks."""
        return [KeyDate(r["sort_date"], r["title"], r["type"], Link("event", r["id"], r["title"]))
                for r in self._rows("""SELECT id, title, type, sort_date FROM events
                                       WHERE type IN ('coup', 'agreement', 'withdrawal') ORDER BY sort_date""")]

    def counts(self) -> dict[str, int]:
        row = self._row("""SELECT (SELECT count(*) FROM factions), (SELECT count(*) FROM people),
                                  (SELECT count(*) FROM events), (SELECT count(*) FROM places),
                                  (SELECT count(*) FROM sources)""")
        return dict(zip(("factions", "people", "events", "places", "sources"), row, strict=True))
