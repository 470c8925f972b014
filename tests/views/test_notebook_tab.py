"""Bookmarks and notes from the window: Ctrl+D bookmarks the record on show, Ctrl+Shift+N opens its note, the
note is saved as the reader types, and the notebook tab lists, filters, opens and removes entries."""

import pytest

from desktop.notebook import Notebook
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, user_dir):
    window = MainWindow(store, user_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def test_bookmarking_needs_a_record_and_toggles(window, user_dir):
    window.record_actions.toggle_bookmark()
    assert "Open a record first" in window.statusBar().currentMessage()
    assert window.open_record("faction", "mnla")
    window.record_actions.toggle_bookmark()
    assert Notebook.load(user_dir).get("faction", "mnla").bookmarked
    assert "Bookmarked" in window.statusBar().currentMessage()
    window.record_actions.toggle_bookmark()
    assert Notebook.load(user_dir).get("faction", "mnla") is None


def test_a_note_is_written_as_the_reader_types_and_survives_a_restart(window, qtbot, store, user_dir):
    assert window.open_record("event", "2012-01-17-menaka")
    window.record_actions.write_note()
    tab = window.notebook_tab
    assert window.current_view() is tab and tab.note_edit.isEnabled()
    qtbot.keyClicks(tab.note_edit, "Toll differs in UCDP")
    qtbot.waitUntil(lambda: Notebook.load(user_dir).get("event", "2012-01-17-menaka") is not None, timeout=3000)
    assert Notebook.load(user_dir).get("event", "2012-01-17-menaka").note == "Toll differs in UCDP"
    assert tab.list.count() == 1 and "— event" in tab.list.item(0).text()
    again = MainWindow(store, user_dir)
    qtbot.addWidget(again)
    assert again.notebook.get("event", "2012-01-17-menaka").note == "Toll differs in UCDP"


def test_the_list_filters_opens_and_removes(window, qtbot):
    window.notebook.set_bookmark("place", "gao", "Gao", True)
    window.notebook.set_note("faction", "aqim", "Al-Qaeda in the Islamic Maghreb", "Compare with AQMI sources")
    tab = window.notebook_tab
    tab.refresh()
    assert tab.list.count() == 2
    tab.filter_edit.setText("aqmi")
    assert tab.list.count() == 1 and tab.list.item(0).text().startswith("Al-Qaeda")
    tab.filter_edit.clear()
    gao = next(tab.list.item(i) for i in range(tab.list.count()) if "Gao" in tab.list.item(i).text())
    assert gao.text().startswith("★ ")
    tab.list.setCurrentItem(gao)
    tab.open_button.click()
    assert window.current_view() is window.events_tab  # places open on the Events tab
    tab.list.setCurrentItem(next(tab.list.item(i) for i in range(tab.list.count()) if "Gao" in tab.list.item(i).text()))
    tab.remove_button.click()
    assert window.notebook.get("place", "gao") is None and tab.list.count() == 1


def test_import_merges_a_shared_notebook_and_refuses_a_wrong_file(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    other = Notebook(tmp_path / "other")
    other.set_bookmark("person", "iyad-ag-ghaly", "Iyad Ag Ghaly", True)
    other.export(tmp_path / "shared.json")
    tab = window.notebook_tab
    assert tab.import_from(tmp_path / "shared.json") == 1 and tab.list.count() == 1
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    (tmp_path / "wrong.json").write_text("[1, 2]", encoding="utf-8")
    assert tab.import_from(tmp_path / "wrong.json") is None
    assert warnings == ["wrong.json is not a Mali War Reference notebook."]
