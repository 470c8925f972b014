"""Event list and search benchmark, on the bundled database and on a 1,000,000-event one.

    python benchmarks/event_list.py [--bundled build/mali-war.sqlite] [--large build/synthetic-1m.sqlite]

Measures, offscreen, median of several runs:
- a filter change: the model's reset with the true count, and the repaint of the visible rows (the work the
  user waits for), beside a baseline in the same run: the same view repainting an in-memory model of the
  same rows, with no SQL at all;
- scrolling the 1,000,000 events: the longest single stall while jumping through the list and to its end;
- search everywhere: the 95th percentile per keystroke over names typed letter by letter;
- peak resident memory of the process with the 1,000,000-event list open (VmHWM).
Targets (issue 5): filter <= 30 ms bundled and <= 100 ms at 1M; scroll stall <= 100 ms; RSS < 150 MB;
search p95 <= 15 ms bundled and <= 150 ms at 1M.
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

from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from desktop.models.filter_state import FilterState  # noqa: E402
from desktop.store.filters import EventFilter  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.views.events_tab import EventsTab  # noqa: E402

FILTERS = {
    "type": EventFilter(types=frozenset({"bombing"})),
    "type + 2 years": EventFilter(types=frozenset({"attack"}), date_from="2019-01-01", date_to="2020-12-31"),
    "region": EventFilter(regions=frozenset({"Gao"})),
    "faction": EventFilter(factions=frozenset({"jnim"})),
    "fatalities >= 20": EventFilter(min_fatalities=20),
    "words": EventFilter(text="Ménaka"),
    "everything": EventFilter(),
}
TYPED = ["Tombouctou", "Ag Ghali", "AQMI", "Ménaka", "Gao", "Wagner", "Kidal attack", '"NEAR(*']
RUNS = 7


def millis(action) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def make_view(model) -> QTableView:
    view = QTableView()
    view.resize(1200, 500)
    view.setModel(model)
    view.show()
    QApplication.processEvents()
    return view


def events_tab(store: Store) -> EventsTab:
    """The app's own Events tab (its table view's settings matter at a million rows)."""
    tab = EventsTab(store, FilterState())
    tab.resize(1200, 700)
    tab.show()
    QApplication.processEvents()
    return tab


def filter_times(store: Store) -> dict[str, float]:
    tab = events_tab(store)
    state, model, view = tab.filter_bar._state, tab.model, tab.table

    def change(event_filter):
        state.set_filter(event_filter)
        view.viewport().repaint()

    results = {}
    for name, event_filter in FILTERS.items():
        samples = []
        for _ in range(RUNS):
            change(EventFilter(date_from="2099-01-01"))  # start each run from an empty list
            samples.append(millis(lambda f=event_filter: change(f)))
        results[name] = statistics.median(samples)
    # Baseline: the same view repainting the same visible rows from memory, no SQL.
    rows = [[model.index(r, c).data() or "" for c in range(model.columnCount())] for r in range(30)]
    memory = QStandardItemModel()
    for row in rows:
        memory.appendRow([QStandardItem(v) for v in row])
    baseline_view = make_view(memory)
    results["baseline (repaint, no SQL)"] = statistics.median(
        millis(baseline_view.viewport().repaint) for _ in range(RUNS))
    return results


def scroll_stall(store: Store) -> float:
    tab = events_tab(store)
    model, view = tab.model, tab.table
    worst = 0.0
    count = model.rowCount()
    for step in range(0, 21):
        row = min(count - 1, count * step // 20)
        worst = max(worst, millis(lambda r=row: (view.scrollTo(model.index(r, 0)), view.viewport().repaint())))
    worst = max(worst, millis(lambda: (view.scrollToBottom(), view.viewport().repaint())))
    return worst


def search_p95(store: Store) -> float:
    samples = []
    for _ in range(3):
        for word in TYPED:
            for end in range(1, len(word) + 1):
                samples.append(millis(lambda w=word[:end]: store.search(w)))
    return statistics.quantiles(samples, n=20)[18]


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundled", type=Path, default=ROOT / "build" / "mali-war.sqlite")
    parser.add_argument("--large", type=Path, default=ROOT / "build" / "synthetic-1m.sqlite")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841
    for label, path, filter_target, search_target in (("bundled", args.bundled, 30, 15),
                                                       ("1M events", args.large, 100, 150)):
        if not path.exists():
            print(f"{label}: {path} missing (see benchmarks/make_synthetic_db.py)")
            continue
        store = Store(path)
        print(f"{label}: {store.count_events(EventFilter()):,} events")
        for name, value in filter_times(store).items():
            verdict = "" if name.startswith("baseline") else ("  OK" if value <= filter_target else "  OVER")
            print(f"  filter {name:28} {value:7.1f} ms{verdict}")
        stall = scroll_stall(store)
        print(f"  scroll: longest stall {stall:7.1f} ms  {'OK' if stall <= 100 else 'OVER'}")
        p95 = search_p95(store)
        print(f"  search: p95 per keystroke {p95:7.1f} ms  {'OK' if p95 <= search_target else 'OVER'}")
        store.close()
    rss = peak_rss_mb()
    print(f"peak RSS {rss:.0f} MB  {'OK' if rss < 150 else 'OVER'} (target < 150 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
