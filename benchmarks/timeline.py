"""Timeline and map benchmark: redraw after a filter change, on the bundled database and a 1,000,000-event one.

    python benchmarks/timeline.py [--bundled build/mali-war.sqlite] [--large build/synthetic-1m.sqlite]

Median of several runs of: the filter change reaching the Timeline tab (aggregation in SQL, arrays in numpy,
items updated) and the plots repainted; beside a baseline in the same run: the same repaint after updating
the items from arrays already in memory (no SQL). The map likewise. Targets (issue 6): both <= 50 ms on the
bundled database; at 1M the timeline <= 150 ms and the map <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.models.filter_state import FilterState  # noqa: E402
from desktop.plots.series import monthly  # noqa: E402
from desktop.store.filters import EventFilter  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.views.map_tab import MapTab  # noqa: E402
from desktop.views.timeline_tab import TimelineTab  # noqa: E402

FILTERS = {
    "type": EventFilter(types=frozenset({"bombing"})),
    "2 years (months)": EventFilter(date_from="2019-01-01", date_to="2020-12-31"),
    "region": EventFilter(regions=frozenset({"Gao"})),
    "faction": EventFilter(factions=frozenset({"jnim"})),
    "fatalities >= 20": EventFilter(min_fatalities=20),
    "words": EventFilter(text="Ménaka"),
    "everything": EventFilter(),
}
RUNS = 7


def millis(action) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def measure(store: Store, kind: str) -> dict[str, float]:
    state = FilterState()
    tab = TimelineTab(store, state) if kind == "timeline" else MapTab(store, state)
    view = tab.plots.graphics if kind == "timeline" else tab.map.plot_widget
    tab.resize(1280, 760)
    tab.show()
    QApplication.processEvents()

    def change(event_filter):
        state.set_filter(event_filter)
        view.grab()  # a full repaint

    results = {}
    for name, event_filter in FILTERS.items():
        samples = []
        for _ in range(RUNS):
            change(EventFilter(date_from="2099-01-01"))
            samples.append(millis(lambda f=event_filter: change(f)))
        results[name] = statistics.median(samples)
    if kind == "timeline":
        series = monthly(store.monthly_counts(EventFilter()), store.event_types())
        redraw = lambda: tab.plots.show_monthly(series, None)  # noqa: E731
    else:
        points = store.map_points(EventFilter())
        redraw = lambda: tab.map.show_points(points)  # noqa: E731
    results["baseline (no SQL)"] = statistics.median(millis(lambda: (redraw(), view.grab())) for _ in range(RUNS))
    state.filter_changed.disconnect(tab.redraw)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundled", type=Path, default=ROOT / "build" / "mali-war.sqlite")
    parser.add_argument("--large", type=Path, default=ROOT / "build" / "synthetic-1m.sqlite")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841
    targets = {("bundled", "timeline"): 50, ("bundled", "map"): 50, ("1M events", "timeline"): 150,
               ("1M events", "map"): 300}
    for label, path in (("bundled", args.bundled), ("1M events", args.large)):
        if not path.exists():
            print(f"{label}: {path} missing (see benchmarks/make_synthetic_db.py)")
            continue
        store = Store(path)
        for kind in ("timeline", "map"):
            target = targets[(label, kind)]
            print(f"{label}: {store.count_events(EventFilter()):,} events; {kind} redraw after a filter change "
                  f"(target {target} ms)")
            for name, value in measure(store, kind).items():
                verdict = "" if name.startswith("baseline") else ("  OK" if value <= target else "  OVER")
                print(f"  {name:22} {value:7.1f} ms{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
