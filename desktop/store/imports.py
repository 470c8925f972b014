"""The reader's own events (an ACLED export, a UCDP GED file) added to a copy of the bundled database in the
user's folder. The bundled file stays untouched and read-only; the app opens the copy while it matches the
bundled content, and the reader can remove it at any time. Importing a dataset again replaces that dataset's
earlier import (both datasets are revised over time)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.event_import import ImportedEvent
from desktop.paths import IMPORTED_DATABASE_NAME
from desktop.store.database import StoreError, connect_read_only
from desktop.store.schema import EVENT_MONTHS_SQL
from desktop.text import fold

BATCH = 2_000
NEARBY_DEGREES = 0.1  # an imported location this close to a bundled place of the same name is that place

DATASET_SOURCES = {
    "acled": ("ACLED export file {file}, imported by the reader", "Armed Conflict Location & Event Data (ACLED)",
              "https://acleddata.com/"),
    "ucdp": ("UCDP Georeferenced Event Dataset file {file}, imported by the reader",
             "Uppsala Conflict Data Program (UCDP)", "https://ucdp.uu.se/"),
}
FATALITY_NOTES = {
    "acled": "ACLED's count for the event; ACLED writes 0 also when no toll was reported.",
    "ucdp": "UCDP's best estimate, with its low and high estimates when they are consistent.",
}
# How the datasets name some actors, beyond the names and acronyms the factions already carry.
ACTOR_NAMES = {
    "military forces of mali": "fama", "government of mali": "mali", "military forces of france": "france",
    "government of france": "france", "islamic state (sahel)": "is-sahel", "islamic state (greater sahara)": "isgs",
    "wagner group": "wagner-group", "africa corps": "africa-corps",
}
REGION_NAMES = {"bamako": "District de Bamako", "timbuktu": "Tombouctou"}


class ImportCancelled(Exception):
    pass


def imported_path(user_dir: Path) -> Path:
    return Path(user_dir) / IMPORTED_DATABASE_NAME


def _meta(path: Path) -> dict[str, str]:
    connection = connect_read_only(path)
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()


def imports_of(path: Path) -> list[dict]:
    """What was imported into a database: [{dataset, file, events, skipped, imported}], [] for the bundled one."""
    try:
        return json.loads(_meta(path).get("imports", "[]"))
    except (StoreError, ValueError):
        return []


def database_to_open(bundled: Path, user_dir: Path) -> tuple[Path, str | None]:
    """The bundled database, or the reader's copy with imports when it was made from this same bundled content.
    The message says why a copy was set aside (a new version of the bundled content, or a damaged copy)."""
    copy = imported_path(user_dir)
    if not copy.exists():
        return bundled, None
    try:
        matches = _meta(copy).get("base_content_hash") == _meta(bundled).get("content_hash")
    except StoreError as error:
        return bundled, f"Your imported events could not be opened ({error}); the bundled content is shown."
    if not matches:
        return bundled, ("Your imported events were added to an earlier version of the content; import your "
                         "files again to see them beside this version.")
    return copy, None


def write_with_imports(bundled: Path, user_dir: Path, events: Iterable[ImportedEvent], dataset: str,
                       file_name: str, progress: Callable[[int], None] | None = None,
                       cancelled: Callable[[], bool] = lambda: False) -> int:
    """Add events of one dataset to the reader's copy (made from the bundled database when there is none or
    when it is stale), replacing that dataset's earlier import. Returns the number of events written. Raises
    OSError or StoreError; on any failure or cancellation the previous copy is left as it was."""
    user_dir = Path(user_dir)
    user_dir.mkdir(parents=True, exist_ok=True)
    target = imported_path(user_dir)
    base, _ = database_to_open(bundled, user_dir)
    temporary = target.with_name(target.name + ".part")
    shutil.copyfile(base, temporary)
    try:
        db = sqlite3.connect(temporary)
        try:
            count = _write(db, events, dataset, file_name, progress, cancelled)
            db.commit()
        finally:
            db.close()
        os.replace(temporary, target)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"The imported events could not be written ({error}).") from None
    finally:
        temporary.unlink(missing_ok=True)
    return count


def remove_imports(user_dir: Path) -> None:
    imported_path(user_dir).unlink(missing_ok=True)


def _write(db: sqlite3.Connection, events: Iterable[ImportedEvent], dataset: str, file_name: str,
           progress, cancelled) -> int:
    db.execute("PRAGMA journal_mode = OFF")
    prefix = f"{dataset}:"
    _delete_dataset(db, dataset, prefix)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    source_id = f"import-{dataset}"
    title, publisher, url = DATASET_SOURCES[dataset]
    today = dt.date.today().isoformat()
    db.execute("INSERT INTO sources (id, title, publisher, url, accessed) VALUES (?, ?, ?, ?, ?)",
               (source_id, title.format(file=file_name), publisher, url, today))
    places = _PlaceFinder(db, dataset, source_id)
    factions = _faction_names(db)
    regions = {fold(r): r for (r,) in db.execute("SELECT DISTINCT region FROM events WHERE region IS NOT NULL")}
    next_doc = (db.execute("SELECT max(rowid) FROM search_docs").fetchone()[0] or 0) + 1
    first_doc = next_doc
    count = 0
    rows, actors, sources, docs = [], [], [], []
    for event in events:
        if cancelled():
            raise ImportCancelled()
        event_id = prefix + event.key
        place_id = places.find(event)
        region = regions.get(fold(event.admin1)) or REGION_NAMES.get(fold(event.admin1)) or event.admin1 or None
        precision = "month" if len(event.date) == 7 else "day"
        rows.append((event_id, event.title, event.date, precision, event.date + ("-01" if precision == "month" else ""),
                     int(event.date[:4]), event.end, "day" if event.end else None, event.type, place_id, region,
                     event.country or None, event.fatalities_low, event.fatalities_best, event.fatalities_high,
                     event.fatalities_best, event.civilians_best, FATALITY_NOTES[dataset], event.summary))
        for ord_, name in enumerate(event.actors):
            if faction := _match_faction(name, factions):
                actors.append((event_id, faction, "party", ord_))
        sources.append(("event", event_id, source_id, 0))
        docs.append((next_doc, "event", event_id, event.title, event.location, event.summary))
        next_doc += 1
        count += 1
        if len(rows) >= BATCH:
            _flush(db, rows, actors, sources, docs)
            if progress:
                progress(count)
    _flush(db, rows, actors, sources, docs)
    first, last = (meta.get("search_rows_event") or f"{first_doc}-{first_doc}").split("-")
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_rows_event', ?)",
               (f"{first}-{max(int(last), next_doc - 1)}",))
    db.execute("INSERT INTO search_docs_fts (search_docs_fts) VALUES ('rebuild')")
    db.executescript(EVENT_MONTHS_SQL)
    imports = [i for i in json.loads(meta.get("imports", "[]")) if i.get("dataset") != dataset]
    imports.append({"dataset": dataset, "file": file_name, "events": count, "imported": today})
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('imports', ?)", (json.dumps(imports),))
    if "base_content_hash" not in meta:
        db.execute("INSERT INTO meta (key, value) VALUES ('base_content_hash', ?)", (meta.get("content_hash"),))
    db.execute("ANALYZE")
    return count


def _flush(db, rows, actors, sources, docs) -> None:
    try:
        db.executemany("""INSERT INTO events (id, title, date, date_precision, sort_date, year, "end", end_precision,
                          type, place_id, region, country, fatalities_low, fatalities_best, fatalities_high,
                          fatalities, civilians_best, fatalities_note, summary)
                          VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows)
    except sqlite3.IntegrityError:
        raise StoreError("The file lists the same event twice (one id on two rows); nothing was imported.") from None
    db.executemany("INSERT INTO event_actors (event_id, faction_id, role, ord) VALUES (?,?,?,?)", actors)
    db.executemany("INSERT INTO record_sources (record_kind, record_id, source_id, ord) VALUES (?,?,?,?)", sources)
    db.executemany("INSERT INTO search_docs (rowid, kind, record_id, title, names, body) VALUES (?,?,?,?,?,?)", docs)
    for batch in (rows, actors, sources, docs):
        batch.clear()


def _delete_dataset(db: sqlite3.Connection, dataset: str, prefix: str) -> None:
    like = prefix + "%"
    db.execute("DELETE FROM event_actors WHERE event_id LIKE ?", (like,))
    db.execute("DELETE FROM record_sources WHERE record_kind = 'event' AND record_id LIKE ?", (like,))
    db.execute("DELETE FROM search_docs WHERE kind = 'event' AND record_id LIKE ?", (like,))
    db.execute("DELETE FROM events WHERE id LIKE ?", (like,))
    db.execute("DELETE FROM record_sources WHERE record_kind = 'place' AND record_id LIKE ?", (f"{dataset}-%",))
    db.execute("DELETE FROM places WHERE id LIKE ?", (f"{dataset}-%",))
    db.execute("DELETE FROM sources WHERE id = ?", (f"import-{dataset}",))


def _faction_names(db: sqlite3.Connection) -> dict[str, str]:
    names = dict(ACTOR_NAMES)
    for faction_id, *labels, aliases in db.execute(
            "SELECT id, name, name_fr, acronym, acronym_fr, aliases FROM factions"):
        for text in [*labels, *(aliases or "").split("\n")]:
            if text:
                names.setdefault(fold(text), faction_id)
    return names


def _match_faction(actor: str, names: dict[str, str]) -> str | None:
    """The faction a dataset's actor name stands for, or None: the whole name, then the parts around a colon
    ("JNIM: Group for Support of Islam and Muslims"), then the name without brackets ("... (2021-)")."""
    whole = fold(actor)
    candidates = [whole, *(part.strip() for part in whole.split(":")), re.sub(r"\s*\(.*?\)", "", whole).strip()]
    return next((names[c] for c in candidates if c and c in names), None)


class _PlaceFinder:
    """Imported locations as places: a bundled place when the name matches nearby, else one new place per
    distinct name and point."""

    def __init__(self, db: sqlite3.Connection, dataset: str, source_id: str):
        self._db, self._dataset, self._source_id = db, dataset, source_id
        self._bundled: dict[str, list[tuple[str, float, float]]] = {}
        for place_id, name, name_fr, aliases, lat, lon in db.execute(
                "SELECT id, name, name_fr, aliases, lat, lon FROM places"):
            for text in [name, name_fr, *(aliases or "").split("\n")]:
                if text:
                    self._bundled.setdefault(fold(text), []).append((place_id, lat, lon))
        self._made: dict[tuple[str, float, float], str] = {}

    def find(self, event: ImportedEvent) -> str:
        name = fold(event.location)
        for place_id, lat, lon in self._bundled.get(name, ()):
            if abs(lat - event.lat) <= NEARBY_DEGREES and abs(lon - event.lon) <= NEARBY_DEGREES:
                return place_id
        key = (name, round(event.lat, 3), round(event.lon, 3))
        if key not in self._made:
            place_id = f"{self._dataset}-{len(self._made) + 1}"
            self._db.execute("""INSERT INTO places (id, name, aliases, kind, region, country, lat, lon)
                                VALUES (?, ?, ?, 'site', ?, ?, ?, ?)""",
                             (place_id, event.location, "", event.admin1 or None, event.country or "",
                              event.lat, event.lon))
            self._db.execute("INSERT INTO record_sources (record_kind, record_id, source_id, ord) VALUES (?,?,?,0)",
                             ("place", place_id, self._source_id))
            self._made[key] = place_id
        return self._made[key]
