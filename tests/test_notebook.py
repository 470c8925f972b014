"""The reader's notebook: bookmarks and notes survive a restart, nothing is lost to a bad file or an import."""

import json

import pytest

from desktop.notebook import Notebook, NotebookError


def test_bookmarks_and_notes_survive_a_restart(tmp_path):
    book = Notebook.load(tmp_path)
    book.set_bookmark("faction", "mnla", "MNLA", True)
    book.set_note("event", "e1", "An event", "Check the toll against UCDP.")
    assert book.save()
    again = Notebook.load(tmp_path)
    assert {e.key for e in again.entries()} == {("faction", "mnla"), ("event", "e1")}
    assert again.get("event", "e1").note == "Check the toll against UCDP."
    assert again.get("faction", "mnla").bookmarked


def test_an_entry_without_bookmark_or_note_disappears(tmp_path):
    book = Notebook(tmp_path)
    book.set_bookmark("person", "p", "P", True)
    book.set_bookmark("person", "p", "P", False)
    assert book.entries() == []


def test_an_unreadable_file_is_set_aside_not_overwritten(tmp_path):
    (tmp_path / "notebook.json").write_text("{broken", encoding="utf-8")
    book = Notebook.load(tmp_path)
    assert book.entries() == [] and "could not be read" in book.problem
    kept = list(tmp_path.glob("notebook.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{broken"
    book.set_note("place", "gao", "Gao", "x")
    assert book.save() and kept[0].exists()


def test_import_merges_and_keeps_both_notes(tmp_path):
    mine = Notebook(tmp_path / "a")
    mine.set_note("event", "e1", "E1", "My note.")
    theirs = Notebook(tmp_path / "b")
    theirs.set_note("event", "e1", "E1", "Their note.")
    theirs.set_bookmark("place", "gao", "Gao", True)
    theirs.export(tmp_path / "shared.json")
    assert mine.import_file(tmp_path / "shared.json") == 2
    assert mine.get("event", "e1").note == "My note.\n\n— imported —\nTheir note."
    assert mine.get("place", "gao").bookmarked
    assert mine.import_file(tmp_path / "shared.json") == 0  # importing twice adds nothing


def test_a_file_that_is_not_a_notebook_is_refused_with_a_sentence(tmp_path):
    (tmp_path / "other.json").write_text(json.dumps({"events": []}), encoding="utf-8")
    (tmp_path / "bad.json").write_text("not json", encoding="utf-8")
    book = Notebook(None)
    with pytest.raises(NotebookError, match="not a Mali War Reference notebook"):
        book.import_file(tmp_path / "other.json")
    with pytest.raises(NotebookError, match="could not be read"):
        book.import_file(tmp_path / "bad.json")


def test_a_memory_only_notebook_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = Notebook.load(None)
    book.set_note("event", "e1", "E1", "patron's note")
    assert book.save() and list(tmp_path.iterdir()) == []
