"""The timeline's plots on one shared date axis: events per month stacked by type, fatalities per month with
their low-high range, lanes (factions, operations, leaders) with key dates, and the scale of the war (dated
figure series). Items are created once and updated with new data."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.labels import label
from desktop.plots.keyboard import KeyboardNavigation
from desktop.plots.series import FigureSeries, MonthlySeries, day_seconds, month_from_seconds
from desktop.store.records import KeyDate, Lane

TYPE_COLOURS = {
    "battle": "#c53030", "attack": "#dd6b20", "ambush": "#d69e2e", "bombing": "#805ad5", "massacre": "#702459",
    "kidnapping": "#2c7a7b", "coup": "#1a202c", "agreement": "#38a169", "operation": "#3182ce",
    "withdrawal": "#718096", "election": "#b7791f", "political": "#4a5568", "other": "#a0aec0",
}
SIDE_COLOURS = {"mali": "#3182ce", "azawad": "#d69e2e", "jihadist": "#4a5568"}
LANE_GROUP_COLOURS = {"operation": "#38a169", "leader": "#b5651d"}
VISIBLE_LANES = 12
KEY_DATE_COLOURS = {"coup": "#c53030", "agreement": "#38a169", "withdrawal": "#718096"}


class TimelineWidget(QWidget):
    """Signals:
        span_selected(first_day, last_day): the user dragged the selected span on the time axis.
        month_clicked(month): a month's bar was clicked ("YYYY-MM").
        record_activated(kind, record_id): a lane was clicked.
    """

    span_selected = Signal(str, str)
    month_clicked = Signal(str)
    record_activated = Signal(str, str)

    def __init__(self, lanes: list[Lane], key_dates: list[KeyDate], figures: dict[str, FigureSeries],
                 today: str, parent=None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self._lanes, self._figures = lanes, figures
        self._series: MonthlySeries | None = None
        self._updating_region = False
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Timeline plots"))
        self.events_plot = self._plot(0, self.tr("Events per month"))
        self.fatalities_plot = self._plot(1, self.tr("Fatalities per month (best estimate, low–high range)"))
        self.lanes_plot = self._plot(2, self.tr("Factions, operations and leaders"))
        self.scale_plot = self._plot(3, self.tr("Scale of the war"))
        for plot in (self.fatalities_plot, self.lanes_plot, self.scale_plot):
            plot.setXLink(self.events_plot)
        for plot in (self.events_plot, self.fatalities_plot):  # dates under the lanes and the scale only:
            plot.getAxis("bottom").setStyle(showValues=False)  # drawing axis text is most of a repaint
        for row, stretch in enumerate((3, 2, 4, 2)):
            self.graphics.ci.layout.setRowStretchFactor(row, stretch)
        self.legend = QLabel(" ".join(f'<span style="color:{colour}">■</span>&nbsp;{label(name)}'
                                      for name, colour in TYPE_COLOURS.items()))
        self.legend.setAccessibleName(self.tr("Colours of the event types"))
        self.legend.setWordWrap(True)  # long names (French, large text) wrap instead of pushing the window wider
        self._bars: dict[str, pg.BarGraphItem] = {}
        self.best_curve = self.fatalities_plot.plot(pen=pg.mkPen("#c53030", width=1.5), stepMode="center",
                                                    name=self.tr("best"))
        self._low_curve = pg.PlotDataItem(stepMode="center", pen=None)
        self._high_curve = pg.PlotDataItem(stepMode="center", pen=None)
        self.fatalities_range = pg.FillBetweenItem(self._low_curve, self._high_curve, brush=(197, 48, 48, 50))
        self.fatalities_plot.addItem(self.fatalities_range)
        self.region = pg.LinearRegionItem(brush=(49, 130, 206, 40), movable=True)
        self.region.setZValue(10)
        self.events_plot.addItem(self.region)
        self.region.sigRegionChangeFinished.connect(self._on_region_changed)
        now = day_seconds([today])[0]
        self._draw_lanes(lanes, key_dates, now)
        # The time axis spans the war and stays put when the data change (the user zooms and pans it):
        # re-laying out four date axes at every filter change would cost more than the data.
        self.events_plot.setXRange(day_seconds(["2011-10-01"])[0], now + 90 * 86_400, padding=0)
        self.events_plot.enableAutoRange(x=False)
        self.scale_choice = QComboBox()
        self.scale_choice.setAccessibleName(self.tr("Series shown on the scale plot"))
        for name, series in figures.items():
            self.scale_choice.addItem(self.tr("{name} ({unit}, %n point(s))", "", len(series.figures)).format(
                name=series.title, unit=label(series.unit)), name)
        if figures:  # start with the longest series
            longest = max(figures, key=lambda name: len(figures[name].figures))
            self.scale_choice.setCurrentIndex(self.scale_choice.findData(longest))
        self.scale_curve = self.scale_plot.plot(pen=pg.mkPen("#2b6cb0", width=1.5), symbol="o", symbolSize=6,
                                                symbolBrush="#2b6cb0")
        self.scale_bounds = pg.ErrorBarItem(pen=pg.mkPen("#2b6cb0"), beam=0)
        self.scale_plot.addItem(self.scale_bounds)
        self.hover = QLabel(self.tr("Point at a plot to read its values; drag the blue span to filter the events."))
        self.hover.setAccessibleName(self.tr("Values under the pointer"))
        self.hover.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.legend, stretch=1)
        top.addWidget(QLabel(self.tr("Scale series:")))
        top.addWidget(self.scale_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.graphics, stretch=1)
        layout.addWidget(self.hover)
        self.scale_choice.currentIndexChanged.connect(self._on_scale_series_changed)
        self._on_scale_series_changed()
        self.graphics.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keyboard = KeyboardNavigation(self.events_plot.vb, horizontal_only=True, parent=self)
        self.graphics.installEventFilter(self.keyboard)
        self.graphics.setToolTip(self.tr("Arrows pan the time axis, + and - zoom, 0 shows everything"))
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    def _plot(self, row: int, title: str) -> pg.PlotItem:
        plot = self.graphics.addPlot(row=row, col=0, title=title, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        plot.showGrid(x=False, y=False)
        plot.setMouseEnabled(x=True, y=False)
        # pyqtgraph's right-click menu is English-only and its Export dialog writes files even on a public
        # terminal; the tab's own export buttons replace it.
        plot.setMenuEnabled(False)
        return plot

    # -- drawing ----------------------------------------------------------------------------------------------

    def show_monthly(self, series: MonthlySeries, span: tuple[float, float] | None) -> None:
        """Redraw the monthly plots for new data; span is the filter's date range in seconds, if any."""
        self._series = series
        bottoms = series.stacked_bottoms
        for name in list(self._bars):
            if name not in series.types:
                self._bars[name].setOpts(x0=[], width=[], height=[], y0=[])
        for i, name in enumerate(series.types):
            bar = self._bars.get(name)
            if bar is None:
                colour = TYPE_COLOURS.get(name, "#a0aec0")
                bar = pg.BarGraphItem(x0=[], width=[], height=[], y0=[], brush=colour, pen=pg.mkPen(None))
                self._bars[name] = bar
                self.events_plot.addItem(bar)
            bar.setOpts(x0=series.start, width=series.width, height=series.counts[i], y0=bottoms[i])
        curves = (self.best_curve, self._low_curve, self._high_curve)
        if series.months:
            edges = np.append(series.start, series.start[-1] + series.width[-1])  # step plots: one more edge
            for curve, values in zip(curves, series.fatalities, strict=True):
                curve.setData(edges, values)
        else:
            for curve in curves:
                curve.clear()
        self._updating_region = True
        if span is not None:
            self.region.setRegion(span)
        elif series.months:
            self.region.setRegion((series.start[0], series.start[-1] + series.width[-1]))
        self._updating_region = False

    def _draw_lanes(self, lanes: list[Lane], key_dates: list[KeyDate], now: float) -> None:
        if lanes:
            start = day_seconds([lane.start for lane in lanes])
            end = day_seconds([lane.end or "1970-01-01" for lane in lanes])
            end = np.where([lane.end is None for lane in lanes], now, end)
            colours = [LANE_GROUP_COLOURS.get(lane.group) or SIDE_COLOURS.get(lane.side or "", "#a0aec0")
                       for lane in lanes]
            self.lane_bars = pg.BarGraphItem(x0=start, x1=end, y=np.arange(len(lanes)), height=0.7,
                                             brushes=colours, pen=pg.mkPen(None))
            self.lanes_plot.addItem(self.lane_bars)
            self._lane_starts, self._lane_ends = start, end
            self._lane_labels = []
            for lane in lanes:
                name = pg.TextItem(lane.label, color="#1a202c", anchor=(0, 0.5))
                self.lanes_plot.addItem(name)
                self._lane_labels.append(name)
            self._place_lane_labels()
            self.lanes_plot.sigXRangeChanged.connect(self._place_lane_labels)
            self.lanes_plot.invertY(True)
            self.lanes_plot.getAxis("left").setStyle(showValues=False)
            self.lanes_plot.setMouseEnabled(x=True, y=True)  # drag up and down through the lanes
            self.lanes_plot.setYRange(-0.5, min(len(lanes), VISIBLE_LANES) - 0.5, padding=0)
            self.lanes_plot.vb.sigResized.connect(self._fit_lanes)
        for key in key_dates:
            line = pg.InfiniteLine(pos=day_seconds([key.day])[0], angle=90,
                                   pen=pg.mkPen(KEY_DATE_COLOURS.get(key.type, "#718096"), width=1,
                                                style=Qt.PenStyle.DashLine))
            line.setToolTip(f"{key.day}: {key.title}")
            self.lanes_plot.addItem(line)

    def _place_lane_labels(self, *_args) -> None:
        """Each label at the start of its bar, or at the left edge of the view when the bar began before it
        (older factions, or after zooming in), so that every lane on show stays named."""
        left = max(self.lanes_plot.vb.viewRange()[0][0], day_seconds(["2012-01-01"])[0])
        for n, name in enumerate(self._lane_labels):
            start, end = self._lane_starts[n], self._lane_ends[n]
            name.setPos(start if left > end else max(start, left), n)  # a bar ended before the view: unnamed

    def _fit_lanes(self, *_args) -> None:
        """Show as many lanes as the plot's height holds legibly, from the top lane on show: fewer with large
        text, so that the labels never overlap."""
        line = self.fontMetrics().height() * 1.3
        rows = min(len(self._lanes), max(3, int(self.lanes_plot.vb.height() / line)))
        top = min(max(-0.5, self.lanes_plot.vb.viewRange()[1][0]), len(self._lanes) - 0.5 - rows)
        # The span is fixed, so the wheel zooms time only and dragging moves through the lanes.
        self.lanes_plot.vb.setLimits(yMin=-0.5, yMax=len(self._lanes) - 0.5, minYRange=rows, maxYRange=rows)
        self.lanes_plot.setYRange(top, top + rows, padding=0)
        title = self.tr("Factions, operations and leaders")
        if rows < len(self._lanes):
            title = self.tr("{title} ({shown} of {count}; drag up or down for the others)").format(
                title=title, shown=rows, count=len(self._lanes))
        self.lanes_plot.setTitle(title)

    def _on_scale_series_changed(self, *_args) -> None:
        series = self._figures.get(self.scale_choice.currentData())
        if series is None:
            self.scale_curve.setData([], [])
            self.scale_bounds.setData(x=np.zeros(0), y=np.zeros(0))
            return
        known = ~np.isnan(series.value)
        self.scale_curve.setData(series.seconds[known], series.value[known])
        top = np.nan_to_num(series.high - series.value, nan=0.0)
        bottom = np.nan_to_num(series.value - series.low, nan=0.0)
        self.scale_bounds.setData(x=series.seconds[known], y=series.value[known], top=top[known],
                                  bottom=bottom[known])
        self.scale_plot.setTitle(f"{series.title} ({label(series.unit)})")

    # -- interaction --------------------------------------------------------------------------------------------

    def _on_region_changed(self) -> None:
        if self._updating_region:
            return
        first, last = self.region.getRegion()
        start = month_from_seconds(first) + "-01"
        end_month = np.datetime64(month_from_seconds(max(first, last - 1)), "M")
        end = str((end_month + 1).astype("datetime64[D]") - 1)
        self.span_selected.emit(start, end)

    def _month_at(self, x: float) -> int | None:
        series = self._series
        if series is None or not series.months:
            return None
        index = int(np.searchsorted(series.start, x, side="right")) - 1
        return index if 0 <= index < len(series.months) and x < series.start[index] + series.width[index] else None

    def describe(self, plot: pg.PlotItem, x: float, y: float) -> str:
        """What is under the pointer, in words (the hover line)."""
        if plot is self.lanes_plot:
            row = int(round(y))
            if 0 <= row < len(self._lanes):
                lane = self._lanes[row]
                end = lane.end or self.tr("ongoing")
                return f"{lane.label}: {lane.start} – {end}"
            return ""
        if plot is self.scale_plot:
            series = self._figures.get(self.scale_choice.currentData())
            if series is None or not len(series.seconds):
                return ""
            n = int(np.argmin(np.abs(series.seconds - x)))
            figure = series.figures[n]
            return f"{series.title}, {figure.date}: {series.value[n]:,.0f} {label(series.unit)}" + (
                f" — {figure.note}" if figure.note else "")
        index = self._month_at(x)
        if index is None:
            return ""
        series = self._series
        parts = [f"{label(t)} {int(series.counts[i, index])}" for i, t in enumerate(series.types)
                 if series.counts[i, index]]
        best, low, high = series.fatalities[:, index].astype(int)
        deaths = f"{best:,}" + (f" ({low:,}–{high:,})" if (low, high) != (best, best) else "")
        return self.tr("{month}: %n event(s) ({types}); fatalities {deaths}", "",
                       int(series.counts[:, index].sum())).format(month=series.months[index],
                                                                  types=", ".join(parts) or "—", deaths=deaths)

    def _plot_at(self, scene_pos):
        for plot in (self.events_plot, self.fatalities_plot, self.lanes_plot, self.scale_plot):
            if plot.sceneBoundingRect().contains(scene_pos):
                return plot, plot.vb.mapSceneToView(scene_pos)
        return None, None

    def _on_mouse_moved(self, scene_pos) -> None:
        plot, point = self._plot_at(scene_pos)
        if plot is not None:
            self.hover.setText(self.describe(plot, point.x(), point.y()) or " ")

    def _on_mouse_clicked(self, event) -> None:
        plot, point = self._plot_at(event.scenePos())
        if plot is self.lanes_plot:
            row = int(round(point.y()))
            if 0 <= row < len(self._lanes):
                self.record_activated.emit(self._lanes[row].target.kind, self._lanes[row].target.id)
        elif plot in (self.events_plot, self.fatalities_plot) and event.double():
            index = self._month_at(point.x())
            if index is not None:
                self.month_clicked.emit(self._series.months[index])

    # -- export -------------------------------------------------------------------------------------------------

    def export_image(self, path: Path) -> None:
        """The whole set of plots as PNG or SVG, chosen by the file's extension. SVG goes through Qt's own
        generator: pyqtgraph's SVG exporter fails on the paths this Qt version writes."""
        scene = self.graphics.scene()
        if path.suffix.lower() != ".svg":
            ImageExporter(scene).export(str(path))
            return
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        rect = scene.sceneRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(rect.size().toSize())
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle("Mali War Reference — timeline")
        painter = QPainter(generator)
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
        if not path.exists():
            raise OSError(f"could not write {path}")

    def export_csv(self, path: Path) -> None:
        series = self._series
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(series.header() if series else ["month"])
            writer.writerows(series.rows() if series else [])
