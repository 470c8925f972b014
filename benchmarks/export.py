"""Export benchmark: the whole event list of the 1,000,000-event database written as CSV and as JSON, and the
longest pause of the GUI thread meanwhile (the export runs on its own thread; the window must stay live).

    python benchmarks/export.py [--large build/synthetic-1m.sqlite]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.models.filter_state import FilterState  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.views.events_tab import EventsTab  # noqa: E402


def measure(database: Path, kind: str) -> tuple[float, float, int]:
    store = Store(database)
    tab = EventsTab(store, FilterState())
    ticks: list[float] = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"events.{kind}"
        began = time.perf_counter()
        timer.start()
        tab.export_to(target, kind)
        while tab.export_job is not None:
            QApplication.processEvents()
            time.sleep(0.002)
        elapsed = time.perf_counter() - began
        timer.stop()
        size = target.stat().st_size
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)] or [0.0]
    store.close()
    return elapsed, max(gaps) * 1000, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=Path, default=ROOT / "build" / "synthetic-1m.sqlite")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    if not args.large.exists():
        sys.exit(f"{args.large} is missing: make it with python benchmarks/make_synthetic_db.py")
    for kind in ("csv", "json"):
        seconds, longest_gap, size = measure(args.large, kind)
        print(f"{kind}: {seconds:.1f} s for the whole list, {size / 1e6:.0f} MB; "
              f"longest GUI-thread pause meanwhile {longest_gap:.0f} ms")


if __name__ == "__main__":
    main()
