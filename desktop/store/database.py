"""Open the bundled database read-only and make sure it is one we can read.

Every way a file can be wrong (missing, empty, truncated, damaged, not SQLite, another schema) ends in a
StoreError whose message a person can act on; no sqlite3 exception leaves this module.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.schema import SCHEMA_VERSION

_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be used; str(error) is a message for the user."""


def _check_file(path: Path) -> None:
    if not path.exists():
        raise StoreError(f"The database file {path} does not exist. Reinstall the application, or build the "
                         f"database with: python -m desktop.store.build")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    size = path.stat().st_size
    if size == 0:
        raise StoreError(f"The database file {path} is empty. Reinstall the application or rebuild the database.")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(_HEADER):
        raise StoreError(f"{path} is not a Mali War Reference database (it is not an SQLite file).")
    if len(header) < 100:
        raise StoreError(f"The database file {path} is truncated. Reinstall the application.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and size < page_size * page_count:
        raise StoreError(f"The database file {path} is truncated ({size} of {page_size * page_count} bytes). "
                         f"Reinstall the application.")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a checked database file; raises StoreError with a clear message."""
    path = Path(path)
    _check_file(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                     check_same_thread=False)
        rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as error:
        raise StoreError(f"The database file {path} is damaged or is not a Mali War Reference database "
                         f"({error}). Reinstall the application.") from None
    version = rows.get("schema_version")
    if version != str(SCHEMA_VERSION):
        connection.close()
        raise StoreError(f"The database file {path} has schema version {version or 'none'}, but this version of "
                         f"the application reads version {SCHEMA_VERSION}. Install matching versions.")
    connection.row_factory = sqlite3.Row
    return connection
