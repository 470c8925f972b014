"""The timeline follows the shared filter, sets it from a dragged span, and exports its plots and numbers."""

import csv

import pytest

from desktop.models.filter_state import FilterState
from desktop.store.filters import EventFilter
from desktop.views.timeline_tab import TimelineTab


@pytest.fixture
def tab(qtbot, store):
    state = FilterState()
    tab = TimelineTab(store, state)
    qtbot.addWidget(tab)
    tab.show()
    yield tab, state
    state.filter_changed.disconnect(tab.redraw)  # nothing may read the store once its fixture closes it


def bar_heights(tab):
    return {name: list(bar.opts["height"]) for name, bar in tab.plots._bars.items()}


def test_draws_the_filtered_months(tab):
    tab, state = tab
    heights = bar_heights(tab)
    assert sum(heights["attack"]) == 1 and sum(heights["battle"]) == 1
    assert len(heights["attack"]) == 13  # January 2012 to January 2013, gaps included
    state.set_filter(EventFilter(types=frozenset({"battle"})))
    assert sum(bar_heights(tab)["attack"]) == 0 and sum(bar_heights(tab)["battle"]) == 1


def test_dragging_the_span_sets_the_filter_dates(tab, qtbot):
    tab, state = tab
    from desktop.plots.series import month_seconds

    with qtbot.waitSignal(state.filter_changed):
        tab.plots.region.setRegion((month_seconds(["2012-01"])[0] + 3600, month_seconds(["2012-03"])[0] + 3600))
    assert (state.filter.date_from, state.filter.date_to) == ("2012-01-01", "2012-03-31")


def test_a_filter_from_elsewhere_moves_the_span_without_feedback(tab, qtbot):
    tab, state = tab
    with qtbot.assertNotEmitted(tab.plots.span_selected):
        state.set_filter(EventFilter(date_from="2012-01-01", date_to="2012-06-30"))
    first, _ = tab.plots.region.getRegion()
    from desktop.plots.series import day_seconds

    assert first == day_seconds(["2012-01-01"])[0]


def test_clicking_a_month_filters_to_it_and_asks_for_the_events(tab, qtbot):
    tab, state = tab
    with qtbot.waitSignal(tab.events_requested):
        tab.plots.month_clicked.emit("2013-01")
    assert (state.filter.date_from, state.filter.date_to) == ("2013-01-01", "2013-01-31")


def test_hover_text_describes_the_month(tab):
    tab, _ = tab
    from desktop.plots.series import month_seconds

    text = tab.plots.describe(tab.plots.events_plot, month_seconds(["2012-01"])[0] + 86400, 0)
    assert text == "2012-01: 1 event (attack 1); fatalities 5 (2–10)"


def test_lanes_are_links(tab, qtbot):
    tab, _ = tab
    assert [lane.target.id for lane in tab.plots._lanes] == ["mnla"]
    assert "MNLA" in tab.plots.describe(tab.plots.lanes_plot, 0, 0)


def test_exports_png_svg_and_csv(tab, tmp_path):
    tab, _ = tab
    tab.resize(900, 700)
    for name in ("plot.png", "plot.svg", "numbers.csv"):
        tab.export(tmp_path / name)
    assert (tmp_path / "plot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "plot.svg").read_text()
    rows = list(csv.reader((tmp_path / "numbers.csv").open()))
    assert rows[0][0] == "month" and rows[1][0] == "2012-01" and rows[1][-3:] == ["5", "2", "10"]


def test_keyboard_pans_and_zooms_the_time_axis(tab, qtbot):
    from PySide6.QtCore import Qt

    tab, _ = tab
    box = tab.plots.events_plot.vb
    (x0, x1), y = box.viewRange()
    qtbot.keyClick(tab.plots.graphics, Qt.Key.Key_Right)
    (a0, a1), y_after = box.viewRange()
    assert a0 > x0 and abs((a1 - a0) - (x1 - x0)) < 1 and y_after == y
    qtbot.keyClick(tab.plots.graphics, Qt.Key.Key_Plus)
    (b0, b1), _ = box.viewRange()
    assert (b1 - b0) < (a1 - a0)


def test_figure_series_are_named_by_their_titles(tab):
    tab, _ = tab
    plots = tab.plots
    choices = [plots.scale_choice.itemText(i) for i in range(plots.scale_choice.count())]
    assert choices == ["People displaced (people, 1 point)", "Malian army strength (personnel, 1 point)"]
    plots.scale_choice.setCurrentIndex(1)
    assert plots.scale_plot.titleLabel.text.startswith("Malian army strength (personnel)")



def test_the_lanes_shown_fit_the_plot_height_so_labels_never_overlap(qtbot):
    from desktop.plots.timeline_widget import TimelineWidget
    from desktop.store.records import Lane, Link

    lanes = [Lane("faction", Link("faction", f"f{n}", f"Faction {n}"), f"F{n}", "2012-01-01", None, None)
             for n in range(20)]
    plots = TimelineWidget(lanes, [], {}, "2026-11-26")
    qtbot.addWidget(plots)
    font = plots.font()
    font.setPointSize(28)  # large text: fewer lanes fit
    plots.setFont(font)
    plots.resize(900, 520)
    plots.show()
    qtbot.waitExposed(plots)
    low, high = plots.lanes_plot.vb.viewRange()[1]
    line = plots.fontMetrics().height() * 1.3
    shown = round(high - low)
    assert shown == max(3, int(plots.lanes_plot.vb.height() / line)) < len(lanes)
    assert f"({shown} of 20; drag up or down" in plots.lanes_plot.titleLabel.text


def test_lane_labels_follow_the_left_edge_of_the_view(qtbot):
    from desktop.plots.series import day_seconds
    from desktop.plots.timeline_widget import TimelineWidget
    from desktop.store.records import Lane, Link

    lanes = [Lane("faction", Link("faction", "old", "Old"), "Old", "2012-01-01", None, None),
             Lane("faction", Link("faction", "gone", "Gone"), "Gone", "2012-01-01", "2013-01-01", None)]
    plots = TimelineWidget(lanes, [], {}, "2026-11-26")
    qtbot.addWidget(plots)
    left = day_seconds(["2020-01-01"])[0]
    plots.events_plot.setXRange(left, day_seconds(["2022-01-01"])[0], padding=0)
    still, gone = plots._lane_labels
    assert still.pos().x() >= left  # named at the view's edge
    assert gone.pos().x() == day_seconds(["2012-01-01"])[0]  # ended long before: left where it began


def test_zooming_the_lanes_keeps_their_height(qtbot):
    from desktop.plots.timeline_widget import TimelineWidget
    from desktop.store.records import Lane, Link

    lanes = [Lane("faction", Link("faction", f"f{n}", f"Faction {n}"), f"F{n}", "2012-01-01", None, None)
             for n in range(20)]
    plots = TimelineWidget(lanes, [], {}, "2026-11-26")
    qtbot.addWidget(plots)
    plots.resize(900, 700)
    plots.show()
    qtbot.waitExposed(plots)
    low, high = plots.lanes_plot.vb.viewRange()[1]
    plots.lanes_plot.vb.scaleBy((0.5, 0.5))  # what the wheel does
    new_low, new_high = plots.lanes_plot.vb.viewRange()[1]
    assert round(new_high - new_low, 3) == round(high - low, 3)
