"""Import benchmark: an ACLED-format file of N synthetic rows (default 50,000, about a decade of the Sahel)
read, matched and written into a copy of the bundled database, as the File > Import action does.

    python benchmarks/import_events.py [--rows 50000] [--bundled build/mali-war.sqlite]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.event_import import ImportReport, read_events  # noqa: E402
from desktop.store.imports import write_with_imports  # noqa: E402
from tests.imports.samples import ACLED_HEADER  # noqa: E402

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Violence against civilians", "Attack"), ("Violence against civilians", "Abduction/forced disappearance"),
         ("Strategic developments", "Looting/property destruction")]
ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)", "Wagner Group",
          "Islamic State (Sahel)", "Unidentified Armed Group (Mali)", "Civilians (Mali)"]
PLACES = [("Gao", "Gao", 16.2717, -0.0447), ("Mopti", "Mopti", 14.4843, -4.1827), ("Kidal", "Kidal", 18.4411, 1.4078),
          ("Menaka", "Menaka", 15.9182, 2.4022), ("Djenne", "Mopti", 13.9061, -4.5533)]


def synthetic_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        out.write(ACLED_HEADER + "\n")
        for n in range(rows):
            event_type, sub = rng.choice(TYPES)
            location, admin1, lat, lon = rng.choice(PLACES)
            day = f"20{rng.randint(12, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.write(f"MLI{n},{day},{day[:4]},1,Political violence,{event_type},{sub},{rng.choice(ACTORS)},,,"
                      f"{rng.choice(ACTORS)},,,,,466,Western Africa,Mali,{admin1},,,{location},{lat},{lon},1,"
                      f"Synthetic,National,Synthetic notes for a benchmark row.,{rng.randint(0, 20)},,0\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--bundled", type=Path, default=ROOT / "build" / "mali-war.sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "acled.csv"
        synthetic_file(source, args.rows)
        report = ImportReport()
        began = time.perf_counter()
        count = write_with_imports(args.bundled, Path(folder) / "user", read_events(source, report), report.dataset,
                                   source.name)
        seconds = time.perf_counter() - began
    print(f"imported {count:,} of {report.rows:,} rows in {seconds:.1f} s ({count / seconds:,.0f} rows/s)")


if __name__ == "__main__":
    main()
