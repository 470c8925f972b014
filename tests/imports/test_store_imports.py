"""Imported events go into a copy of the database in the user's folder: listed, filtered, searched and mapped
like the bundled ones, cited to their dataset, replaced by a new import of the same dataset, and set aside when
the bundled content changes."""

import shutil

import pytest

from desktop.event_import import ImportReport, read_events
from desktop.store import imports
from desktop.store.filters import EventFilter
from desktop.store.store import Store
from tests.imports.samples import ACLED_HEADER, ACLED_ROWS, UCDP_HEADER, UCDP_ROWS, write


@pytest.fixture
def bundled(fixture_db, tmp_path):
    copy = tmp_path / "bundled.sqlite"
    shutil.copyfile(fixture_db, copy)
    return copy


def _import(bundled, user_dir, tmp_path, header, rows, name):
    report = ImportReport()
    events = read_events(write(tmp_path / name, header, rows), report)
    return imports.write_with_imports(bundled, user_dir, events, report.dataset, name), report


def test_imported_events_join_the_list_search_and_map_with_their_source(bundled, user_dir, tmp_path):
    count, _ = _import(bundled, user_dir, tmp_path, ACLED_HEADER, ACLED_ROWS, "acled.csv")
    assert count == 2
    path, message = imports.database_to_open(bundled, user_dir)
    assert path == imports.imported_path(user_dir) and message is None
    store = Store(path)
    try:
        assert store.count_events(EventFilter()) == 4
        clash = store.event("acled:MLI1")
        assert clash.place.id == "gao"  # the bundled place of that name and point
        assert [a.faction.id for a in clash.actors] == ["fama"]  # JNIM is not a faction of the fixture
        assert clash.sources[0].publisher.startswith("Armed Conflict Location")
        assert store.count_events(EventFilter(types=frozenset({"kidnapping"}))) == 1
        assert any(hit.id == "acled:MLI2" for hit in store.search("Testville"))
        assert {p.place.id for p in store.map_points(EventFilter())} >= {"gao", "acled-1"}
        assert sum(m.events for m in store.monthly_counts(EventFilter())) == 4
    finally:
        store.close()
    assert imports.imports_of(path)[0]["events"] == 2
    with_imports = Store(path)
    assert [(i["dataset"], i["file"], i["events"]) for i in with_imports.imports()] == [("acled", "acled.csv", 2)]
    with_imports.close()
    assert Store(bundled).imports() == []
    assert Store(bundled).count_events(EventFilter()) == 2  # the bundled file is untouched


def test_a_new_import_of_a_dataset_replaces_its_earlier_one_and_keeps_the_other(bundled, user_dir, tmp_path):
    _import(bundled, user_dir, tmp_path, ACLED_HEADER, ACLED_ROWS, "acled.csv")
    _import(bundled, user_dir, tmp_path, UCDP_HEADER, UCDP_ROWS, "ged.csv")
    _import(bundled, user_dir, tmp_path, ACLED_HEADER, ACLED_ROWS[:1], "acled-2.csv")
    path = imports.imported_path(user_dir)
    store = Store(path)
    try:
        assert store.count_events(EventFilter()) == 2 + 2 + 1
        assert store.event("acled:MLI2") is None and store.event("ucdp:900001") is not None
    finally:
        store.close()
    assert sorted((i["dataset"], i["file"]) for i in imports.imports_of(path)) == [("acled", "acled-2.csv"),
                                                                                  ("ucdp", "ged.csv")]


def test_a_copy_made_from_other_bundled_content_is_set_aside(bundled, user_dir, tmp_path, many_events_db):
    _import(bundled, user_dir, tmp_path, ACLED_HEADER, ACLED_ROWS, "acled.csv")
    path, message = imports.database_to_open(many_events_db, user_dir)
    assert path == many_events_db and "earlier version of the content" in message
    imports.remove_imports(user_dir)
    assert imports.database_to_open(bundled, user_dir) == (bundled, None)


def test_a_failed_import_leaves_the_previous_copy(bundled, user_dir, tmp_path):
    _import(bundled, user_dir, tmp_path, ACLED_HEADER, ACLED_ROWS, "acled.csv")
    before = imports.imported_path(user_dir).read_bytes()
    twice = [ACLED_ROWS[0], ACLED_ROWS[0]]
    with pytest.raises(imports.StoreError, match="same event twice"):
        _import(bundled, user_dir, tmp_path, ACLED_HEADER, twice, "twice.csv")
    assert imports.imported_path(user_dir).read_bytes() == before
    assert not list(user_dir.glob("*.part"))
