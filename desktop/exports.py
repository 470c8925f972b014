"""Writing the filtered events to CSV or JSON for a researcher's own tools. Plain Python, no Qt: the export runs
on a worker thread. Files are written beside the target and moved into place at the end, so a failed export
never leaves half a file under the chosen name."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

PROGRESS_EVERY = 5_000  # rows between progress reports


def write_events(rows: Iterable[dict], path: Path, kind: str, about: dict,
                 progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write rows as kind ("csv" or "json") to path; returns the number written. about (data version, filter,
    date) heads the JSON file. Raises OSError when the file cannot be written, InterruptedError when cancelled."""
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    count = 0
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as out:
            if kind == "csv":
                writer = None
                for row in rows:
                    if writer is None:
                        writer = csv.DictWriter(out, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow(row)
                    count = _step(count, progress, cancelled)
                if writer is None:
                    out.write("")  # no matching events: an empty file, not an error
            else:
                out.write('{"about": ' + json.dumps(about, ensure_ascii=False) + ',\n "events": [')
                for row in rows:
                    out.write(("\n  " if count == 0 else ",\n  ") + json.dumps(row, ensure_ascii=False))
                    count = _step(count, progress, cancelled)
                out.write("\n ]}\n")
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
    return count


def _step(count: int, progress, cancelled) -> int:
    count += 1
    if count % PROGRESS_EVERY == 0:
        if cancelled():
            raise InterruptedError("export cancelled")
        if progress:
            progress(count)
    return count
