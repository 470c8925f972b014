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
    assert tab.model.rowCount() == 2 and tab.count_label.text() == "2 event(s)"


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
