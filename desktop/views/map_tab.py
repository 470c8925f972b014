"""The Map tab: the shared event filter's events on an offline map of Mali and its neighbours."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop import paths
from desktop.models.filter_state import FilterState
from desktop.plots.map_widget import MapWidget
from desktop.store.filters import EventFilter
from desktop.store.store import Store


class MapTab(QWidget):
    """Signals:
        record_activated(kind, record_id): a place was clicked.
    """

    record_activated = Signal(str, str)

    def __init__(self, store: Store, state: FilterState, parent=None):
        super().__init__(parent)
        self._store = store
        self.map = MapWidget(paths.resources_dir() / "map")
        layout = QVBoxLayout(self)
        layout.addWidget(self.map)
        self.map.record_activated.connect(self.record_activated)
        state.filter_changed.connect(self.redraw)
        self.redraw(state.filter)

    def redraw(self, event_filter: EventFilter) -> None:
        self.map.show_points(self._store.map_points(event_filter))
