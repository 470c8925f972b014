"""The Events tab: the filter bar drives the shared filter, the table follows, the detail pane shows the event."""

import pytest
from PySide6.QtCore import QDate

from desktop.models.filter_state import FilterState
from desktop.store.filters import EventFilter
from desktop.views.events_tab import EventsTab


@pytest.fixture
def tab(qtbot, store):
    state = FilterState()
    tab = EventsTab(store, state)
    qtbot.addWidget(tab)
    tab.show()
    return tab, state


def test_shows_every_event_and_the_count(tab):
    tab, _ = tab
    assert tab.model.rowCount() == 2 and tab.count_label.text() == "2 events"


def test_typing_words_filters_after_a_pause(tab, qtbot):
    tab, state = tab
    with qtbot.waitSignal(state.filter_changed, timeout=2000):
        qtbot.keyClicks(tab.filter_bar.text, "tombouctou")
    assert tab.model.rowCount() == 1 and "1 event" in tab.count_label.text()


def test_choices_dates_and_fatalities_drive_the_filter(tab):
    tab, state = tab
    tab.filter_bar.types._actions["attack"].setChecked(True)
    assert state.filter.types == frozenset({"attack"}) and tab.model.rowCount() == 1
    assert tab.filter_bar.types.text() == "Types (1)"
    tab.filter_bar.date_from.setDate(QDate(2013, 1, 1))
    assert state.filter.date_from == "2013-01-01" and tab.model.rowCount() == 0
    tab.filter_bar.reset_button.click()
    assert state.filter == EventFilter() and tab.model.rowCount() == 2
    assert not tab.filter_bar.types._actions["attack"].isChecked()
    tab.filter_bar.min_fatalities.setValue(5)
    assert tab.model.rowCount() == 1


def test_a_filter_set_elsewhere_shows_in_the_bar(tab):
    tab, state = tab
    state.set_filter(EventFilter(date_from="2012-01-01", regions=frozenset({"Gao"}), text="menaka"))
    assert tab.filter_bar.date_from.date() == QDate(2012, 1, 1)
    assert tab.filter_bar.regions.chosen() == frozenset({"Gao"})
    assert tab.filter_bar.text.text() == "menaka" and tab.model.rowCount() == 1


def test_selecting_a_row_shows_the_event(tab, qtbot):
    tab, _ = tab
    with qtbot.waitSignal(tab.record_shown):
        tab.table.selectRow(1)
    assert "Forces entered Tombouctou" in tab.page.toPlainText()



def test_export_writes_the_matching_events_in_the_table_order_off_the_gui_thread(tab, qtbot, tmp_path):
    import csv

    from PySide6.QtCore import Qt

    from desktop.models.event_table import EVENT_ID_ROLE

    tab, _ = tab
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [tab.model.index(row, 0).data(EVENT_ID_ROLE) for row in range(tab.model.rowCount())]
    target = tmp_path / "events.csv"
    tab.export_to(target, "csv")
    assert not tab.export_buttons["csv"].isEnabled()
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=5000)
    assert tab.export_buttons["csv"].isEnabled()
    assert [row["id"] for row in csv.DictReader(target.open(encoding="utf-8"))] == shown == [
        "2013-01-28-timbuktu", "2012-01-17-menaka"]
    assert tab.export_status.text() == "Exported 2 events to events.csv"


def test_an_export_that_cannot_be_written_says_so(tab, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab, _ = tab
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    tab.export_to(tmp_path / "no-such-folder" / "events.json", "json")
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=5000)
    assert tab.export_status.text() == "Export failed"
    assert warnings and "could not be exported" in warnings[0]


def test_the_filter_bar_takes_a_second_row_when_one_does_not_fit(tab, qtbot):
    tab, _ = tab
    bar = tab.filter_bar
    tab.resize(bar.one_row_width() + 200, 600)
    assert bar.is_one_row
    tab.resize(bar.one_row_width() - 100, 600)
    assert not bar.is_one_row and bar.text.isVisible()
    qtbot.waitUntil(lambda: bar.text.y() > bar.types.y() + bar.types.height() // 2)  # below the choices


def test_columns_widen_with_the_text_size(tab):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    tab, _ = tab
    before = tab.table.columnWidth(0)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    tab.setFont(font)
    assert tab.table.columnWidth(0) > before * 1.5
    assert tab.table.columnWidth(0) >= tab.table.fontMetrics().horizontalAdvance("2012-01-17")
