"""The Map tab: the shared event filter's events on an offline map of Mali and its neighbours, beside the list of
their places, which is how the keyboard (and a screen reader) reaches the points."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from desktop import paths
from desktop.models.filter_state import FilterState
from desktop.plots.map_widget import MapWidget
from desktop.store.filters import EventFilter
from desktop.store.store import Store


class MapTab(QWidget):
    """Signals:
        record_activated(kind, record_id): a place was clicked, or chosen in the list with Enter.
    """

    record_activated = Signal(str, str)

    def __init__(self, store: Store, state: FilterState, parent=None):
        super().__init__(parent)
        self._store = store
        self.map = MapWidget(paths.resources_dir() / "map")
        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Places on the map, most events first"))
        self.places.setToolTip(self.tr("Arrows ring a place on the map; Enter opens it"))
        self.places_label = QLabel()
        self.places_label.setBuddy(self.places)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.places_label)
        side_layout.addWidget(self.places, stretch=1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.map)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.map.record_activated.connect(self.record_activated)
        self.places.currentRowChanged.connect(self._on_place_chosen)
        self.places.itemActivated.connect(self._on_place_activated)
        state.filter_changed.connect(self.redraw)
        self.redraw(state.filter)

    def redraw(self, event_filter: EventFilter) -> None:
        points = self._store.map_points(event_filter)
        self.map.show_points(points)
        order = sorted(range(len(points)), key=lambda i: (-points[i].events, points[i].place.label))
        self.places.blockSignals(True)  # a rebuilt list is not a choice of the user's
        self.places.clear()
        for index in order:
            point = points[index]
            item = QListWidgetItem(self.tr("{place} — %n event(s)", "", point.events).format(
                place=point.place.label))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(self.map.describe(index))
            self.places.addItem(item)
        self.places.blockSignals(False)
        self.places_label.setText(self.tr("P&laces ({count})").format(count=len(points)))

    def _on_place_chosen(self, row: int) -> None:
        item = self.places.item(row)
        self.map.mark(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _on_place_activated(self, item: QListWidgetItem) -> None:
        point = self.map.point(item.data(Qt.ItemDataRole.UserRole))
        self.record_activated.emit(point.place.kind, point.place.id)
