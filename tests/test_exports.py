"""Exports of the filtered events: CSV and JSON carry every matching event with its sources; nothing is left
half-written when the file cannot be written or the export is cancelled."""

import csv
import json

import pytest

from desktop import exports
from desktop.store.filters import EventFilter


def test_csv_has_a_row_per_matching_event_with_place_actors_and_sources(store, tmp_path):
    target = tmp_path / "events.csv"
    count = exports.write_events(store.export_events(EventFilter(types=frozenset({"attack"}))), target, "csv", {})
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert count == len(rows) == 1
    row = rows[0]
    assert (row["id"], row["place"], row["country"], row["fatalities_best"]) == ("2012-01-17-menaka", "Gao", "ML",
                                                                                   "5")
    assert row["actors"] == "National Movement for the Liberation of Azawad (attacker); Malian Armed Forces (target)"
    assert "A test source" in row["sources"]


def test_json_heads_the_events_with_what_was_exported(store, tmp_path):
    target = tmp_path / "events.json"
    about = {"data_version": "test", "filter": "all events"}
    exports.write_events(store.export_events(EventFilter()), target, "json", about)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["about"] == about
    assert [e["id"] for e in document["events"]] == ["2012-01-17-menaka", "2013-01-28-timbuktu"]
    assert document["events"][0]["lat"] == pytest.approx(16.27, abs=0.1)


def test_no_matching_event_gives_an_empty_file(store, tmp_path):
    target = tmp_path / "none.csv"
    assert exports.write_events(store.export_events(EventFilter(text="nothingmatchesthis")), target, "csv", {}) == 0
    assert target.read_text() == ""


def test_a_failed_or_cancelled_export_leaves_no_file(store, tmp_path, monkeypatch):
    with pytest.raises(OSError):
        exports.write_events(store.export_events(EventFilter()), tmp_path / "missing" / "x.csv", "csv", {})
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    target = tmp_path / "cancelled.json"
    with pytest.raises(InterruptedError):
        exports.write_events(store.export_events(EventFilter()), target, "json", {}, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
