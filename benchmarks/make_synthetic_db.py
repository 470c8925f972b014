"""Make a database with the bundled content plus N synthetic events (default 1,000,000), for the benchmarks.

    python benchmarks/make_synthetic_db.py [--events 1000000] [--source build/mali-war.sqlite]
                                           [--output build/synthetic-1m.sqlite]

The synthetic events use the real places, regions, types and factions, dates spread over 2012-2025, skewed
fatalities and 200-character summaries; they are indexed for full-text search like the real ones.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.store.schema import EVENT_MONTHS_SQL  # noqa: E402

WORDS = ("attack ambush convoy army camp village market fighters soldiers civilians drone strike bombing "
         "checkpoint patrol kidnapping hostage militia jihadist rebels displaced road mine explosion town "
         "district border truck fuel blockade raid clashes killed wounded captured released").split()


def make(source: Path, output: Path, count: int, seed: int = 7) -> None:
    shutil.copyfile(source, output)
    db = sqlite3.connect(output)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    rng = np.random.default_rng(seed)
    places = db.execute("SELECT id, region, country FROM places").fetchall()
    factions = [row[0] for row in db.execute("SELECT id FROM factions")]
    types = np.array(["attack", "battle", "ambush", "bombing", "massacre", "kidnapping", "political", "other"])
    type_weights = np.array([0.35, 0.2, 0.12, 0.12, 0.05, 0.06, 0.05, 0.05])
    start = np.datetime64("2012-01-01")
    days = rng.integers(0, (np.datetime64("2025-12-31") - start).astype(int), count)
    dates = (start + days).astype(str)
    type_index = rng.choice(len(types), count, p=type_weights)
    place_index = rng.integers(0, len(places), count)
    fatalities = np.minimum(rng.geometric(0.15, count) - 1, 500)
    words = np.array(WORDS)
    summary_words = rng.integers(0, len(words), (count, 30))
    next_doc = db.execute("SELECT max(rowid) FROM search_docs").fetchone()[0] + 1
    batch = 50_000
    for first in range(0, count, batch):
        events, actors, docs = [], [], []
        for n in range(first, min(first + batch, count)):
            place_id, region, country = places[place_index[n]]
            kind = types[type_index[n]]
            event_id = f"synthetic-{n:07d}"
            title = f"Synthetic {kind} {n}"
            summary = " ".join(words[summary_words[n]])[:200]
            best = int(fatalities[n])
            events.append((event_id, title, dates[n], "day", dates[n], int(dates[n][:4]), kind, place_id, region,
                           country, best, best, summary))
            actors.append((event_id, factions[n % len(factions)], "perpetrator", 0))
            docs.append((next_doc + n, "event", event_id, title, "", summary))
        db.executemany("""INSERT INTO events (id, title, date, date_precision, sort_date, year, type, place_id,
                          region, country, fatalities_best, fatalities, summary)
                          VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""", events)
        db.executemany("INSERT INTO event_actors (event_id, faction_id, role, ord) VALUES (?,?,?,?)", actors)
        db.executemany("INSERT INTO search_docs (rowid, kind, record_id, title, names, body) VALUES (?,?,?,?,?,?)",
                       docs)
    first = db.execute("SELECT value FROM meta WHERE key = 'search_rows_event'").fetchone()[0].split("-")[0]
    db.execute("UPDATE meta SET value = ? WHERE key = 'search_rows_event'", (f"{first}-{next_doc + count - 1}",))
    db.execute("INSERT INTO search_docs_fts (search_docs_fts) VALUES ('rebuild')")  # keeps prefix='2 3'
    db.execute("INSERT INTO search_docs_fts (search_docs_fts) VALUES ('optimize')")
    db.executescript(EVENT_MONTHS_SQL)
    db.execute("ANALYZE")
    db.commit()
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--source", type=Path, default=ROOT / "build" / "mali-war.sqlite")
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "synthetic-1m.sqlite")
    args = parser.parse_args()
    began = time.perf_counter()
    make(args.source, args.output, args.events)
    size = args.output.stat().st_size / 1e6
    print(f"wrote {args.output}: +{args.events:,} events, {size:.0f} MB, in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
