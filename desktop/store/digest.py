"""A digest of the database's content, so that an installed copy can prove it is the one that was built."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from desktop.store.schema import TABLES

# Every table the content lives in; meta holds the digest itself, and the full-text index is derived.
DIGESTED_TABLES = tuple(name for name in TABLES if name != "meta")


def content_digest(connection: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for table in DIGESTED_TABLES:
        digest.update(table.encode())
        for row in connection.execute(f"SELECT * FROM [{table}] ORDER BY rowid"):
            digest.update(json.dumps(list(row), ensure_ascii=False, separators=(",", ":")).encode())
    return digest.hexdigest()
