"""An offline vector map: Mali, its regions and neighbours from bundled geometry, and the filter's events as
points, one per place, coloured by their most frequent type and sized by fatalities. No tiles, no network."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from desktop.labels import label
from desktop.plots.keyboard import KeyboardNavigation
from desktop.plots.timeline_widget import TYPE_COLOURS
from desktop.store.records import MapPoint

MALI_ID = "466"
CENTRE_LATITUDE = 17.0  # the map is equirectangular, stretched for this latitude
LABELLED_PLACES = 14


def _path(rings: list[list[list[float]]]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def point_sizes(fatalities: np.ndarray) -> np.ndarray:
    """Marker diameters in pixels: area grows with fatalities, from 7 px (none) to 40 px."""
    return np.clip(7 + 2.2 * np.sqrt(fatalities), 7, 40)


class MapWidget(QWidget):
    """Signals:
        record_activated(kind, record_id): a place's point was clicked.
    """

    record_activated = Signal(str, str)

    def __init__(self, map_folder: Path, parent=None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setAccessibleName(self.tr("Map of the events"))
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)  # pyqtgraph's English-only menu and its Export dialog, which writes files
        plot.setAspectLocked(True, ratio=1 / math.cos(math.radians(CENTRE_LATITUDE)))
        # No grid: alpha-blended grid lines cost more to paint than everything else on the map.
        plot.setLabel("bottom", self.tr("longitude"))
        plot.setLabel("left", self.tr("latitude"))
        self._draw_geometry(map_folder)
        self.points = pg.ScatterPlotItem(pen=pg.mkPen("#1a202c", width=0.8), hoverable=True)
        self.points.setZValue(10)
        plot.addItem(self.points)
        # A ring around the place chosen in the list beside the map (keyboard users have no pointer).
        self.marker = pg.ScatterPlotItem(size=46, brush=None, pen=pg.mkPen("#c53030", width=3))
        self.marker.setZValue(12)
        plot.addItem(self.marker)
        self.points.sigClicked.connect(self._on_points_clicked)
        self._labels: list[pg.TextItem] = []
        self._data: list[MapPoint] = []
        plot.setRange(xRange=(-12.5, 4.5), yRange=(10, 25.2), padding=0.02)
        self.hover = QLabel(self.tr("Point at a circle to read its events; click it to open the place."))
        self.hover.setAccessibleName(self.tr("Place under the pointer"))
        legend = QLabel(" ".join(f'<span style="color:{colour}">●</span>&nbsp;{label(name)}'
                                 for name, colour in TYPE_COLOURS.items()) + self.tr(" — size: fatalities"))
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(legend)
        layout.addWidget(self.plot_widget, stretch=1)
        layout.addWidget(self.hover)
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keyboard = KeyboardNavigation(plot.vb, horizontal_only=False, parent=self)
        self.plot_widget.installEventFilter(self.keyboard)
        self.plot_widget.setToolTip(self.tr("Arrows pan the map, + and - zoom, 0 shows everything"))
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def _draw_geometry(self, folder: Path) -> None:
        countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))["features"]
        regions = json.loads((folder / "regions.json").read_text(encoding="utf-8"))["features"]
        for feature in countries:
            item = QGraphicsPathItem(_path(feature["rings"]))
            mali = feature["id"] == MALI_ID
            item.setBrush(QBrush(QColor("#f3e6c4" if mali else "#ececec")))
            pen = QPen(QColor("#5a4a2a" if mali else "#9a9a9a"), 2 if mali else 1)
            pen.setCosmetic(True)  # the same width at every zoom
            item.setPen(pen)
            self.plot.addItem(item)
            if not mali:
                self._label(feature, "#7a7a7a", italic=True)
        for feature in regions:
            item = QGraphicsPathItem(_path(feature["rings"]))
            pen = QPen(QColor("#a08a5a"), 1, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            item.setPen(pen)
            self.plot.addItem(item)
            self._label(feature, "#8a7440", italic=True)

    def _label(self, feature: dict, colour: str, italic: bool) -> None:
        biggest = max(feature["rings"], key=len)
        lon, lat = np.mean(np.array(biggest), axis=0)
        if not (-17 < lon < 9 and 6 < lat < 28):
            return  # neighbours' centres far outside the view would only clutter the edges
        text = pg.TextItem(feature["name"], color=colour, anchor=(0.5, 0.5))
        font = text.textItem.font()
        font.setItalic(italic)
        text.setFont(font)
        text.setPos(lon, lat)
        self.plot.addItem(text)

    def show_points(self, points: list[MapPoint]) -> None:
        self._data = points
        self.mark(None)
        fatalities = np.array([p.fatalities for p in points], dtype=float)
        self.points.setData(
            x=[p.lon for p in points], y=[p.lat for p in points], size=point_sizes(fatalities),
            brush=[pg.mkBrush(QColor(TYPE_COLOURS.get(p.main_type, "#a0aec0")).lighter(110)) for p in points],
            data=list(range(len(points))))
        for name_item in self._labels:
            self.plot.removeItem(name_item)
        busiest = sorted(points, key=lambda p: (-p.events, p.place.label))[:LABELLED_PLACES]
        self._labels = []
        for point in busiest:
            name_item = pg.TextItem(point.place.label, color="#1a202c", anchor=(0, 1.1))
            name_item.setPos(point.lon, point.lat)
            name_item.setZValue(11)
            self.plot.addItem(name_item)
            self._labels.append(name_item)

    def point(self, index: int) -> MapPoint:
        return self._data[index]

    def mark(self, index: int | None) -> None:
        """Ring the point of index (None: no ring) and bring it into view, keeping the zoom."""
        if index is None or not 0 <= index < len(self._data):
            self.marker.setData(x=[], y=[])
            return
        point = self._data[index]
        self.marker.setData(x=[point.lon], y=[point.lat])
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()
        if not (x0 <= point.lon <= x1 and y0 <= point.lat <= y1):
            self.plot.vb.translateBy(x=point.lon - (x0 + x1) / 2, y=point.lat - (y0 + y1) / 2)
        self.hover.setText(self.describe(index))

    def describe(self, index: int) -> str:
        point = self._data[index]
        return self.tr("{place} ({country}): %n event(s), {fatalities} fatalities; mostly {type}", "",
                       point.events).format(place=point.place.label, country=point.country,
                                            fatalities=f"{point.fatalities:,}", type=label(point.main_type))

    def _on_mouse_moved(self, scene_pos) -> None:
        hits = self.points.pointsAt(self.plot.vb.mapSceneToView(scene_pos))
        if len(hits):
            self.hover.setText(self.describe(hits[0].data()))

    def _on_points_clicked(self, _item, hits, _event=None) -> None:
        if len(hits):
            point = self._data[hits[0].data()]
            self.record_activated.emit(point.place.kind, point.place.id)
