"""Importing from the window: the file is read on a worker thread, the reader is told what was imported and
what was skipped, and the app reopens on the copy with the new events (and back on the bundled file when they
are removed)."""

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from desktop.app import WindowHost
from desktop.store.filters import EventFilter
from desktop.store.imports import imported_path
from desktop.store.store import Store
from tests.imports.samples import ACLED_HEADER, ACLED_ROWS, write


@pytest.fixture
def host(qtbot, fixture_db, tmp_path, user_dir, monkeypatch):
    bundled = tmp_path / "bundled.sqlite"
    shutil.copyfile(fixture_db, bundled)
    host = WindowHost(Store(bundled), bundled)
    host.window.show()
    yield host
    host.window.close()


def test_an_import_reports_what_was_skipped_and_reopens_on_the_new_events(host, qtbot, tmp_path, user_dir,
                                                                          monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(args[2]))
    first = host.window
    assert not first.remove_imports_action.isEnabled()
    with qtbot.waitSignal(first.database_changed, timeout=10_000):
        first.imports.start(write(tmp_path / "acled.csv", ACLED_HEADER, ACLED_ROWS))
    assert "2 events imported from acled.csv" in messages[0] and "2 rows were skipped" in messages[0]
    assert "line 4: date 'not a date' is not a date" in messages[0]
    assert host.window is not first and host.store.path == imported_path(user_dir)
    assert host.store.count_events(EventFilter()) == 4
    assert host.window.remove_imports_action.isEnabled()
    host.window.imports.remove()
    assert host.store.path.name == "bundled.sqlite" and not imported_path(user_dir).exists()


def test_a_file_that_is_not_an_export_is_refused_and_nothing_changes(host, qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    (tmp_path / "notes.csv").write_text("title,text\na,b\n", encoding="utf-8")
    window = host.window
    window.imports.start(tmp_path / "notes.csv")
    qtbot.waitUntil(lambda: window.imports.job is None, timeout=10_000)
    assert "neither an ACLED export nor a UCDP GED file" in warnings[0]
    assert host.window is window


def test_the_about_box_names_the_imported_files(qtbot, tmp_path, user_dir, fixture_db):
    from desktop.event_import import ImportReport, read_events
    from desktop.store import imports
    from desktop.views.about_dialog import AboutDialog

    report = ImportReport()
    imports.write_with_imports(fixture_db, user_dir, read_events(write(tmp_path / "a.csv", ACLED_HEADER, ACLED_ROWS),
                                                                 report), report.dataset, "a.csv")
    store = Store(imports.imported_path(user_dir))
    dialog = AboutDialog(store.meta(), store.counts(), store.imports())
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "ACLED: 2 events from a.csv" in text
    store.close()


def test_start_up_opens_the_copy_with_imports_or_falls_back_to_the_bundled_file(fixture_db, tmp_path, user_dir):
    from desktop.app import _open_store
    from desktop.event_import import ImportReport, read_events
    from desktop.store import imports

    bundled = tmp_path / "bundled.sqlite"
    shutil.copyfile(fixture_db, bundled)
    store, message = _open_store(bundled, user_dir)
    assert store.path == bundled and message is None
    store.close()
    report = ImportReport()
    imports.write_with_imports(bundled, user_dir, read_events(write(tmp_path / "a.csv", ACLED_HEADER, ACLED_ROWS),
                                                              report), report.dataset, "a.csv")
    store, message = _open_store(bundled, user_dir)
    assert store.path == imports.imported_path(user_dir) and message is None
    store.close()
    store, _ = _open_store(bundled, None)  # a kiosk never reads a reader's copy
    assert store.path == bundled
    store.close()
    copy = imports.imported_path(user_dir)
    copy.write_bytes(copy.read_bytes()[: len(copy.read_bytes()) // 2])  # damaged
    store, message = _open_store(bundled, user_dir)
    assert store.path == bundled and "could not be opened" in message
    store.close()
