"""The event list's model pages rows from SQL and reports the true count."""

import pytest
from PySide6.QtCore import Qt

from desktop.models.event_table import EVENT_ID_ROLE, PAGE_SIZE, EventTableModel
from desktop.store.filters import EventFilter
from desktop.store.store import Store


@pytest.fixture
def many(many_events_db):
    store = Store(many_events_db)
    yield store
    store.close()


def test_model_passes_qtmodeltester(qtmodeltester, many):
    qtmodeltester.check(EventTableModel(many))


def test_count_is_the_true_number_of_matches_and_rows_come_in_pages(many, monkeypatch):
    calls = []
    original = many.filtered_events
    monkeypatch.setattr(many, "filtered_events", lambda *a, **k: calls.append(a) or original(*a, **k))
    model = EventTableModel(many)
    assert model.rowCount() == 452
    assert model.index(0, 1).data() == "Attack on Ménaka"
    assert len(calls) == 1 and calls[0][3:] == (0, PAGE_SIZE)  # one page, not every row
    assert model.index(451, 0).data(EVENT_ID_ROLE)
    assert [c[3] for c in calls] == [0, 2 * PAGE_SIZE]  # the last page only
    model.index(1, 1).data()
    assert len(calls) == 2  # cached


def test_filter_resets_count_and_rows(many, qtbot):
    model = EventTableModel(many)
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(EventFilter(types=frozenset({"bombing"})))
    assert model.rowCount() == 150
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"bombing"}


def test_sort_by_fatalities_descending(many):
    model = EventTableModel(many)
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 6).data() == "49"
    model.sort(5)  # actors: not sortable, nothing changes
    assert model.index(0, 6).data() == "49"
