"""Build the bundled database: validate data/*.yaml, then write one SQLite file with sqlite-utils.

    python -m desktop.store.build            validate and write build/mali-war.sqlite
    python -m desktop.store.build --check    validate only
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

import sqlite_utils

from desktop import __version__, paths
from desktop.store.content import Content, ValidationError, load_content
from desktop.store.digest import content_digest
from desktop.store.schema import EVENT_MONTHS_SQL, FTS_TOKENIZE, INDEXES, SCHEMA_VERSION, SEARCH_KINDS, TABLES


def _names(*values: str | None, aliases: str | None = None) -> str:
    names = [v for v in values if v] + (aliases.split("\n") if aliases else [])
    return " ; ".join(dict.fromkeys(names))


def search_documents(content: Content) -> list[dict]:
    """One searchable document per faction, person, place and event."""
    places = {p["id"]: p for p in content.rows("places")}
    docs: list[dict] = []
    for f in content.rows("factions"):
        docs.append({"kind": "faction", "record_id": f["id"], "title": f["name"],
                     "names": _names(f["name_fr"], f["acronym"], f["acronym_fr"], aliases=f["aliases"]),
                     "body": " ".join(filter(None, [f["aims"], f["summary"]]))})
    for p in content.rows("people"):
        docs.append({"kind": "person", "record_id": p["id"], "title": p["name"],
                     "names": _names(aliases=p["aliases"]),
                     "body": " ".join(filter(None, [p["summary"], p["fate_note"]]))})
    for p in content.rows("places"):
        docs.append({"kind": "place", "record_id": p["id"], "title": p["name"],
                     "names": _names(p["name_fr"], aliases=p["aliases"]), "body": p["region"] or ""})
    for e in content.rows("events"):
        place = places.get(e["place_id"], {})
        docs.append({"kind": "event", "record_id": e["id"], "title": e["title"],
                     "names": _names(e["title_fr"], place.get("name"), place.get("name_fr"),
                                     aliases=place.get("aliases")),
                     "body": e["summary"] or ""})
    for rowid, doc in enumerate(docs, start=1):
        doc["rowid"] = rowid
    return docs


def write_database(content: Content, output: Path) -> str:
    """Write the database to output (atomically, via a temporary file); return its content hash, a digest
    of every content table as written (the same text always gives the same hash)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite_utils.Database(temporary)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    docs = search_documents(content)
    rows = dict(content.tables, search_docs=docs)
    rows["meta"] = [
        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        {"key": "data_version", "value": content.data_version},
        {"key": "build_time", "value": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()},
        {"key": "app_version", "value": __version__},
    ] + [{"key": f"search_rows_{kind}", "value": f"{min(ids)}-{max(ids)}"}
         for kind in SEARCH_KINDS if (ids := [d["rowid"] for d in docs if d["kind"] == kind])]
    for name, spec in TABLES.items():
        db[name].create(spec["columns"], pk=spec.get("pk"), foreign_keys=spec.get("foreign_keys"))
        db[name].insert_all(rows.get(name, []), batch_size=1000)
    db.conn.executescript(EVENT_MONTHS_SQL)
    digest = content_digest(db.conn)
    db["meta"].insert({"key": "content_hash", "value": digest})
    for table, columns in INDEXES:
        db[table].create_index(columns)
    # External-content FTS5 over search_docs; prefix indexes make the 2- and 3-letter prefixes typed while
    # searching as fast as whole words.
    db.execute(f"""CREATE VIRTUAL TABLE search_docs_fts USING fts5(title, names, body, content='search_docs',
                   content_rowid='rowid', tokenize='{FTS_TOKENIZE}', prefix='2 3')""")
    db.execute("INSERT INTO search_docs_fts (search_docs_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO search_docs_fts (search_docs_fts) VALUES ('optimize')")
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"foreign keys broken after validation: {broken[:5]}")
    db.execute("ANALYZE")
    db.conn.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(temporary, output)
    return digest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.store.build", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=paths.data_dir(), help="the content folder (data/)")
    parser.add_argument("--output", type=Path, default=paths.default_database(), help="the database to write")
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    args = parser.parse_args(argv)
    try:
        content = load_content(args.data)
    except ValidationError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} problem(s) in {args.data}: nothing was built.", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(content.rows(t))} {t}" for t in ("factions", "people", "places", "events",
                                                                 "figures", "sources"))
    if args.check:
        print(f"data is valid: {counts}")
        return 0
    digest = write_database(content, args.output)
    print(f"wrote {args.output} ({counts}; content hash {digest[:12]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
