"""The store answers what the views need, from the fixture database."""

from desktop.store.records import Link
from desktop.store.schema import SCHEMA_VERSION


def test_meta(store):
    meta = store.meta()
    assert meta.data_version == "test-1" and meta.schema_version == SCHEMA_VERSION and len(meta.content_hash) == 64


def test_infobox_has_belligerents_per_period_and_side(store):
    box = store.infobox()
    assert box.fields["title"] == "Mali War"
    cells = {(c.period.id, c.side.id): [e.faction.id for e in c.entries] for c in box.belligerents}
    assert cells[("2012-2013", "azawad")] == ["mnla"]
    assert cells[("2012-2013", "jihadist")] == ["aqim"]
    assert cells[("2013-2023", "mali")] == ["france"]
    supporter = next(c for c in box.belligerents if c.period.id == "2013-2023" and c.side.id == "mali").entries[0]
    assert (supporter.role, supporter.note) == ("supporter", "2013–22")


def test_infobox_commanders_figures_and_sources(store):
    box = store.infobox()
    assert box.commanders["jihadist"] == (Link("person", "iyad-ag-ghaly", "Iyad Ag Ghaly"),
                                          Link("person", "abdelhamid-abou-zeid", "Abdelhamid Abou Zeid"))
    assert [f.value for f in box.strength["mali"]] == [12150]
    assert box.strength["mali"][0].subject == Link("faction", "fama", "Malian Armed Forces")
    assert box.strength["mali"][0].sources[0].id == "test-source"
    assert [f.id for f in box.displacement] == ["displaced-total"]
    assert [s.id for s in box.sources] == ["test-source"]


def test_faction_page_data(store):
    mnla = store.faction("mnla")
    assert mnla.acronym == "MNLA" and mnla.founded == "2011-10" and mnla.founded_precision == "month"
    assert [e.id for e in mnla.events] == ["2012-01-17-menaka"]
    assert [(r.subject.id, r.type, r.other.id) for r in mnla.relations] == [("fama", "fought", "mnla")]
    assert store.faction("nobody") is None


def test_person_with_roles_and_events(store):
    iyad = store.person("iyad-ag-ghaly")
    assert iyad.aliases == ("Iyad ag Ghali",)
    assert [(r.faction.id, r.title) for r in iyad.roles] == [("aqim", "Leader")]
    assert [e.id for e in iyad.events] == ["2013-01-28-timbuktu"]
    assert store.person("abdelhamid-abou-zeid").fate_date == "2013-02"


def test_event_details_and_place(store):
    event = store.event("2012-01-17-menaka")
    assert [(a.faction.id, a.role) for a in event.actors] == [("mnla", "attacker"), ("fama", "target")]
    assert (event.fatalities_low, event.fatalities_best, event.fatalities_high) == (2, 5, 10)
    assert event.place.name == "Gao" and event.place.region == "Gao"
    assert [e.id for e in store.place("timbuktu").events] == ["2013-01-28-timbuktu"]


def test_events_are_in_date_order_with_precision(store):
    events = store.events()
    assert [e.id for e in events] == ["2012-01-17-menaka", "2013-01-28-timbuktu"]
    assert events[1].date_precision == "month"


def test_counts(store):
    assert store.counts() == {"factions": 4, "people": 2, "events": 2, "places": 2, "sources": 1}


def test_people_directory_entries(store):
    iyad = next(p for p in store.people() if p.id == "iyad-ag-ghaly")
    assert iyad.aliases == ("Iyad ag Ghali",) and iyad.factions == {"aqim"} and iyad.role_kinds == {"leader"}
    assert store.role_kinds() == ["leader"]


def test_faction_summaries_carry_the_names_people_type(store):
    aqim = next(f for f in store.factions() if f.id == "aqim")
    assert "AQMI" in aqim.names


def test_monthly_counts_from_the_month_table_and_from_events_agree(store):
    from desktop.store.filters import EventFilter

    by_table = store.monthly_counts(EventFilter(date_from="2012-01-01", date_to="2013-12-31"))
    by_events = store.monthly_counts(EventFilter(date_from="2012-01-18"))  # not a month boundary: events
    assert [(m.month, m.type, m.events, m.fatalities, m.fatalities_low, m.fatalities_high) for m in by_table] == [
        ("2012-01", "attack", 1, 5, 2, 10), ("2013-01", "battle", 1, 0, 0, 0)]
    assert [(m.month, m.events) for m in by_events] == [("2013-01", 1)]
    assert store.monthly_counts(EventFilter(factions=frozenset({"mnla"})))[0].month == "2012-01"


def test_lanes_and_key_dates(store):
    lanes = store.lanes("2026-11-25")
    assert [(lane.group, lane.target.id, lane.start, lane.end, lane.side) for lane in lanes] == [
        ("faction", "mnla", "2011-10-01", None, "azawad")]
    assert store.key_dates() == []


def test_map_points_group_events_by_place(store):
    from desktop.store.filters import EventFilter

    points = {p.place.id: p for p in store.map_points(EventFilter())}
    assert set(points) == {"gao", "timbuktu"}
    gao = points["gao"]
    assert (gao.events, gao.fatalities, gao.main_type, gao.lat, gao.country) == (1, 5, "attack", 16.2717, "ML")
    assert [p.place.id for p in store.map_points(EventFilter(factions=frozenset({"france"})))] == ["timbuktu"]
    assert store.map_points(EventFilter(date_from="2014-01-01")) == []


def test_french_names_shadow_the_english_ones_in_every_query(store):
    from desktop.store.filters import EventFilter

    store.use_french_names()
    timbuktu, gao = store.place("timbuktu"), store.place("gao")
    assert (timbuktu.name, timbuktu.name_fr) == ("Tombouctou", "Timbuktu")
    assert (gao.name, gao.name_fr) == ("Gao", None)
    aqim = store.faction("aqim")
    assert (aqim.acronym, aqim.acronym_fr) == ("AQMI", "AQIM")
    rows = store.filtered_events(EventFilter(date_from="2013-01-01"))
    assert [r.place for r in rows] == ["Tombouctou"]
    assert {p.place.label for p in store.map_points(EventFilter())} == {"Gao", "Tombouctou"}
    assert store.search("timbuktu")[0].id == "timbuktu"  # English names are still found
    assert {f.series_title for f in store.figures()} == {"Effectifs de l'armée malienne", "Personnes déplacées"}
