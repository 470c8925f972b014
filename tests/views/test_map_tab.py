"""The map shows the shared filter's events by place and opens a place when its point is clicked."""

import pytest

from desktop.models.filter_state import FilterState
from desktop.plots.map_widget import point_sizes
from desktop.store.filters import EventFilter
from desktop.views.map_tab import MapTab


@pytest.fixture
def tab(qtbot, store):
    state = FilterState()
    tab = MapTab(store, state)
    qtbot.addWidget(tab)
    tab.show()
    yield tab, state
    state.filter_changed.disconnect(tab.redraw)


def test_points_follow_the_filter(tab):
    tab, state = tab
    assert sorted(p.place.id for p in tab.map._data) == ["gao", "timbuktu"]
    assert len(tab.map.points.data) == 2
    state.set_filter(EventFilter(types=frozenset({"attack"})))
    assert [p.place.id for p in tab.map._data] == ["gao"]
    assert [label.toPlainText() for label in tab.map._labels] == ["Gao"]


def test_hover_text_and_click_open_the_place(tab, qtbot):
    tab, _ = tab
    index = next(i for i, p in enumerate(tab.map._data) if p.place.id == "gao")
    assert tab.map.describe(index) == "Gao (ML): 1 event, 5 fatalities; mostly attack"
    spot = [s for s in tab.map.points.points() if s.data() == index]
    with qtbot.waitSignal(tab.record_activated) as signal:
        tab.map._on_points_clicked(tab.map.points, spot)
    assert signal.args == ["place", "gao"]


def test_bigger_tolls_draw_bigger_points():
    sizes = point_sizes(__import__("numpy").array([0.0, 25.0, 10_000.0]))
    assert sizes[0] < sizes[1] < sizes[2] == 40


def test_keyboard_pans_and_zooms_the_map(tab, qtbot):
    from PySide6.QtCore import Qt

    tab, _ = tab
    box = tab.map.plot.vb
    (x0, x1), (y0, y1) = box.viewRange()
    qtbot.keyClick(tab.map.plot_widget, Qt.Key.Key_Up)
    assert box.viewRange()[1][0] > y0
    qtbot.keyClick(tab.map.plot_widget, Qt.Key.Key_Minus)
    (a0, a1), _ = box.viewRange()
    assert (a1 - a0) > (x1 - x0)


def test_the_keyboard_reaches_every_place_through_the_list(tab, qtbot):
    from PySide6.QtCore import Qt

    tab, state = tab
    assert tab.places.count() == 2 and tab.places_label.text() == "P&laces (2)"
    tab.places.setFocus()
    tab.places.setCurrentRow(0)
    first = tab.map.point(tab.places.currentItem().data(Qt.ItemDataRole.UserRole))
    x, y = tab.map.marker.getData()
    assert (list(x), list(y)) == ([first.lon], [first.lat])
    with qtbot.waitSignal(tab.record_activated) as signal:
        qtbot.keyClick(tab.places, Qt.Key.Key_Return)
    assert signal.args == ["place", first.place.id]
    state.set_filter(EventFilter(types=frozenset({"attack"})))
    assert tab.places.count() == 1 and len(tab.map.marker.getData()[0]) == 0


def test_a_ringed_place_outside_the_view_is_brought_into_it(tab):
    from PySide6.QtCore import Qt

    tab, _ = tab
    box = tab.map.plot.vb
    box.setRange(xRange=(20, 30), yRange=(40, 45), padding=0)
    tab.places.setCurrentRow(0)
    point = tab.map.point(tab.places.currentItem().data(Qt.ItemDataRole.UserRole))
    (x0, x1), (y0, y1) = box.viewRange()
    assert x0 <= point.lon <= x1 and y0 <= point.lat <= y1
