"""The content under data/ keeps the rules of the reference: coverage per year, every event complete, every
place where its country is, and the counts the content issues ask for."""

import pytest

from desktop import paths
from desktop.store.content import load_content

# Rough bounding boxes (west, south, east, north) of the countries places may lie in.
COUNTRY_BOXES = {
    "ML": (-12.3, 10.1, 4.3, 25.1), "BF": (-5.6, 9.4, 2.5, 15.1), "NE": (0.1, 11.6, 16.0, 23.6),
    "DZ": (-8.7, 18.9, 12.0, 37.2), "MR": (-17.1, 14.7, -4.8, 27.3), "SN": (-17.6, 12.3, -11.3, 16.7),
    "CI": (-8.6, 4.3, -2.4, 10.8), "GN": (-15.1, 7.1, -7.6, 12.7), "NG": (2.6, 4.2, 14.7, 13.9),
    "BJ": (0.7, 6.2, 3.9, 12.5), "TD": (13.4, 7.4, 24.0, 23.5), "GH": (-3.3, 4.7, 1.2, 11.2),
    "TG": (-0.2, 6.1, 1.9, 11.2), "LY": (9.3, 19.5, 25.2, 33.2), "FR": (-5.2, 41.3, 9.6, 51.1),
    "BE": (2.5, 49.5, 6.4, 51.5), "NL": (3.3, 50.7, 7.3, 53.6), "TR": (25.6, 35.8, 44.8, 42.1),
    "US": (-125.0, 24.5, -66.9, 49.4), "MA": (-13.2, 27.6, -1.0, 35.9),
}


@pytest.fixture(scope="module")
def content():
    return load_content(paths.data_dir())


def test_every_year_from_2012_to_2025_has_at_least_25_events(content):
    years = [row["year"] for row in content.rows("events")]
    thin = {year: years.count(year) for year in range(2012, 2026) if years.count(year) < 25}
    assert thin == {}


def test_at_least_600_events_and_200_places(content):
    assert len(content.rows("events")) >= 600
    assert len(content.rows("places")) >= 200


def test_every_summary_is_40_to_150_words(content):
    lengths = {e["id"]: len(e["summary"].split()) for e in content.rows("events")}
    assert {event_id: n for event_id, n in lengths.items() if not 40 <= n <= 150} == {}


def test_every_event_has_a_type_a_place_with_coordinates_an_actor_and_a_source(content):
    places = {p["id"]: p for p in content.rows("places")}
    actors = {a["event_id"] for a in content.rows("event_actors")}
    cited = {s["record_id"] for s in content.rows("record_sources") if s["record_kind"] == "event"}
    for event in content.rows("events"):
        place = places[event["place_id"]]
        assert event["type"] and place["lat"] is not None and place["lon"] is not None, event["id"]
        assert event["id"] in actors and event["id"] in cited, event["id"]


def test_every_place_lies_in_its_country(content):
    outside = []
    for place in content.rows("places"):
        west, south, east, north = COUNTRY_BOXES[place["country"]]
        if not (west <= place["lon"] <= east and south <= place["lat"] <= north):
            outside.append((place["id"], place["country"], place["lat"], place["lon"]))
    assert outside == []


def test_the_counts_of_factions_and_people(content):
    assert len(content.rows("factions")) >= 60
    assert len(content.rows("people")) >= 150
    assert {row["series"] for row in content.rows("figures")} >= {"france-troops-mali", "minusma-authorised",
                                                                   "wagner-mali", "idps-mali"}
