import sqlite3

from desktop.store.build import main, write_database
from desktop.store.content import load_content
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.store import Store
from tests.fixture_data import fixture_content, write_data


def test_same_text_builds_same_content_hash(tmp_path):
    first = write_database(load_content(write_data(tmp_path / "a")), tmp_path / "a.sqlite")
    second = write_database(load_content(write_data(tmp_path / "b")), tmp_path / "b.sqlite")
    assert first == second


def test_a_changed_fact_changes_the_hash(tmp_path):
    content = fixture_content()
    content["events/2012.yaml"][0]["fatalities"]["best"] = 6
    changed = write_database(load_content(write_data(tmp_path / "b", content)), tmp_path / "b.sqlite")
    assert write_database(load_content(write_data(tmp_path / "a")), tmp_path / "a.sqlite") != changed


def test_the_store_verifies_its_content_against_the_recorded_hash(tmp_path):
    path = tmp_path / "db.sqlite"
    write_database(load_content(write_data(tmp_path / "data")), path)
    assert Store(path).content_is_intact()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE events SET fatalities_best = 999")
    assert not Store(path).content_is_intact()


def test_database_has_metadata_indexes_and_foreign_keys(fixture_db):
    db = sqlite3.connect(fixture_db)
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["data_version"] == "test-1"
    assert len(meta["content_hash"]) == 64 and meta["build_time"]
    indexed = {
        (table, tuple(row[2] for row in db.execute(f"PRAGMA index_info('{name}')")))
        for name, table in db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")}
    for table, columns in (("events", ("type", "sort_date", "id")), ("events", ("region", "sort_date", "id")),
                           ("events", ("fatalities", "sort_date", "id")), ("events", ("sort_date", "id")),
                           ("event_actors", ("faction_id", "event_id"))):
        assert (table, columns) in indexed
    assert {key for key in meta if key.startswith("search_rows_")} == {
        "search_rows_faction", "search_rows_person", "search_rows_place", "search_rows_event"}
    keys = db.execute("PRAGMA foreign_key_list(event_actors)").fetchall()
    assert {row[2] for row in keys} == {"events", "factions"}


def test_full_text_index_covers_every_kind_without_diacritics(fixture_db):
    db = sqlite3.connect(fixture_db)

    def kinds(query):
        return {row[0] for row in db.execute(
            "SELECT d.kind FROM search_docs_fts f JOIN search_docs d ON d.rowid = f.rowid "
            "WHERE search_docs_fts MATCH ?", (query,))}

    assert kinds("aqmi") == {"faction"}  # French acronym
    assert kinds("ghali") == {"person"}  # an alias
    assert "place" in kinds("tombouctou")
    assert kinds("menaka") == {"event"}  # "Ménaka" in a title, typed without the accent
    assert "faction" in kinds("liberation")


def test_check_only_reports_and_writes_nothing(tmp_path, capsys):
    output = tmp_path / "out.sqlite"
    assert main(["--data", str(write_data(tmp_path / "data")), "--output", str(output), "--check"]) == 0
    assert "data is valid" in capsys.readouterr().out
    assert not output.exists()


def test_invalid_data_fails_the_build_and_keeps_the_old_database(tmp_path, capsys):
    output = tmp_path / "out.sqlite"
    output.write_bytes(b"previous")
    content = fixture_content()
    content["events/2012.yaml"][0]["type"] = "skirmish"
    assert main(["--data", str(write_data(tmp_path / "data", content)), "--output", str(output)]) == 1
    assert "unknown type 'skirmish'" in capsys.readouterr().err
    assert output.read_bytes() == b"previous"
