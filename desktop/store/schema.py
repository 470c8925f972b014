"""The bundled database's tables. The store refuses a file whose schema version differs from this one."""

SCHEMA_VERSION = 6

# Columns per table, in order; sqlite-utils creates each table with these and the foreign keys below.
TABLES: dict[str, dict] = {
    "sources": {"pk": "id", "columns": {
        "id": str, "title": str, "publisher": str, "date": str, "url": str, "accessed": str}},
    "periods": {"pk": "id", "columns": {
        "id": str, "ord": int, "name": str, "name_fr": str, "start": str, "start_precision": str,
        "end": str, "end_precision": str, "note": str}},
    "sides": {"pk": "id", "columns": {"id": str, "ord": int, "name": str, "name_fr": str}},
    "places": {"pk": "id", "columns": {
        "id": str, "name": str, "name_fr": str, "aliases": str, "kind": str, "region": str, "country": str,
        "lat": float, "lon": float}},
    "factions": {"pk": "id", "columns": {
        "id": str, "name": str, "name_fr": str, "acronym": str, "acronym_fr": str, "aliases": str, "kind": str,
        "founded": str, "founded_precision": str, "dissolved": str, "dissolved_precision": str, "aims": str,
        "summary": str}},
    "faction_sides": {"columns": {
        "faction_id": str, "period_id": str, "side_id": str, "role": str, "note": str},
        "foreign_keys": [("faction_id", "factions", "id"), ("period_id", "periods", "id"),
                         ("side_id", "sides", "id")]},
    "relations": {"pk": "id", "columns": {
        "id": int, "from_id": str, "to_id": str, "type": str, "start": str, "start_precision": str,
        "end": str, "end_precision": str, "note": str},
        "foreign_keys": [("from_id", "factions", "id"), ("to_id", "factions", "id")]},
    "people": {"pk": "id", "columns": {
        "id": str, "name": str, "aliases": str, "born": str, "born_precision": str, "nationality": str,
        "fate": str, "fate_date": str, "fate_date_precision": str, "fate_place_id": str, "fate_note": str,
        "summary": str},
        "foreign_keys": [("fate_place_id", "places", "id")]},
    "roles": {"columns": {
        "person_id": str, "faction_id": str, "title": str, "kind": str, "start": str, "start_precision": str,
        "end": str, "end_precision": str},
        "foreign_keys": [("person_id", "people", "id"), ("faction_id", "factions", "id")]},
    "events": {"pk": "id", "columns": {
        "id": str, "title": str, "title_fr": str, "date": str, "date_precision": str, "sort_date": str,
        "year": int, "end": str, "end_precision": str, "type": str, "place_id": str, "region": str,
        "country": str, "fatalities_low": int, "fatalities_best": int, "fatalities_high": int,
        "fatalities": int, "civilians_low": int, "civilians_best": int, "civilians_high": int,
        "fatalities_note": str, "summary": str},
        "foreign_keys": [("place_id", "places", "id")]},
    "event_actors": {"columns": {"event_id": str, "faction_id": str, "role": str, "ord": int},
                     "foreign_keys": [("event_id", "events", "id"), ("faction_id", "factions", "id")]},
    "event_people": {"columns": {"event_id": str, "person_id": str, "role": str, "ord": int},
                     "foreign_keys": [("event_id", "events", "id"), ("person_id", "people", "id")]},
    "figure_series": {"pk": "id", "columns": {"id": str, "title": str, "title_fr": str}},
    "figures": {"pk": "id", "columns": {
        "id": str, "series": str, "subject_id": str, "measure": str, "date": str, "date_precision": str,
        "sort_date": str, "value": float, "low": float, "high": float, "unit": str, "label": str, "note": str},
        "foreign_keys": [("series", "figure_series", "id"), ("subject_id", "factions", "id")]},
    "record_sources": {"columns": {"record_kind": str, "record_id": str, "source_id": str, "ord": int},
                       "foreign_keys": [("source_id", "sources", "id")]},
    "infobox": {"pk": "key", "columns": {"key": str, "value": str}},
    "infobox_items": {"columns": {"section": str, "side_id": str, "ord": int, "record_id": str}},
    # One row per searchable record of every kind; search_fts indexes it.
    "search_docs": {"pk": "rowid", "columns": {
        "rowid": int, "kind": str, "record_id": str, "title": str, "names": str, "body": str}},
    # Events and fatalities per month, type and place, computed at build time: the timeline and the map draw
    # from it when the filter allows, instead of grouping a million events at every change.
    "event_months": {"columns": {
        "month": str, "type": str, "place_id": str, "region": str, "events": int, "fatalities": int,
        "fatalities_low": int, "fatalities_high": int}},
    "meta": {"pk": "key", "columns": {"key": str, "value": str}},
}

# Fills event_months from events (also run by benchmarks/make_synthetic_db.py after adding events).
EVENT_MONTHS_SQL = """
    DELETE FROM event_months;
    INSERT INTO event_months (month, type, place_id, region, events, fatalities, fatalities_low, fatalities_high)
    SELECT substr(sort_date, 1, 7), type, place_id, region, count(*), sum(coalesce(fatalities, 0)),
           sum(coalesce(fatalities_low, fatalities, 0)), sum(coalesce(fatalities_high, fatalities, 0))
    FROM events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
"""

# Each sortable column of the event list has an index ending in (sort_date, id), the list's tie-breakers, so
# that a page of any sort order is an index walk, not a sort of every matching row.
INDEXES = [
    ("events", ["sort_date", "id"]),
    ("events", ["type", "sort_date", "id"]),
    ("events", ["region", "sort_date", "id"]),
    ("events", ["fatalities", "sort_date", "id"]),
    ("events", ["place_id", "sort_date", "id"]),
    ("events", ["title", "sort_date", "id"]),
    ("event_actors", ["faction_id", "event_id"]),
    ("event_actors", ["event_id"]),
    ("event_people", ["person_id"]),
    ("event_people", ["event_id"]),
    ("faction_sides", ["period_id", "side_id"]),
    ("faction_sides", ["faction_id"]),
    ("relations", ["from_id"]),
    ("relations", ["to_id"]),
    ("roles", ["person_id"]),
    ("roles", ["faction_id"]),
    ("figures", ["series", "sort_date"]),
    ("record_sources", ["record_kind", "record_id"]),
    ("search_docs", ["kind", "record_id"]),
    ("event_months", ["month", "type", "place_id"]),
]

# Search documents are numbered kind by kind; meta keeps each kind's rowid range ("search_rows_<kind>" =
# "first-last") so that a search of one kind is a rowid range inside the full-text index.
SEARCH_KINDS = ("faction", "person", "place", "event")

FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def french_name_views() -> str:
    """Temporary views that shadow places, factions, periods, sides and figure series on one connection with their
    French names as "name" or "title" (Tombouctou, AQMI); name_fr, acronym_fr and title_fr then hold the English
    ones, when they differ."""
    def view(table: str, swaps: dict[str, str]) -> str:
        columns = []
        for column in TABLES[table]["columns"]:
            if column in swaps:
                columns.append(f"coalesce({swaps[column]}, {column}) AS {column}")
            elif column in swaps.values():
                english = next(k for k, v in swaps.items() if v == column)
                columns.append(f"CASE WHEN {column} IS NOT NULL AND {column} != {english} THEN {english} END "
                               f"AS {column}")
            else:
                columns.append(column)
        return f"CREATE TEMP VIEW {table} AS SELECT {', '.join(columns)} FROM main.{table};"

    return "\n".join((view("places", {"name": "name_fr"}),
                      view("factions", {"name": "name_fr", "acronym": "acronym_fr"}),
                      view("periods", {"name": "name_fr"}), view("sides", {"name": "name_fr"}),
                      view("figure_series", {"title": "title_fr"})))
