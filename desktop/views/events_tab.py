"""The Events tab: the shared filter's controls, a paged table of matching events, and the selected event."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.models.event_table import EVENT_ID_ROLE, EventTableModel
from desktop.models.filter_state import FilterState
from desktop.store.filters import EventFilter
from desktop.store.store import Store
from desktop.views.pages import event_page
from desktop.views.record_browser import RecordBrowser
from desktop.widgets.filter_bar import FilterBar


class EventsTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the user followed a link on an event's page.
        record_shown(kind, record_id): an event's page is now shown (for the history).
    """

    record_activated = Signal(str, str)
    record_shown = Signal(str, str)

    def __init__(self, store: Store, state: FilterState, parent=None):
        super().__init__(parent)
        self._store = store
        factions = [(f.id, f"{f.name} ({f.acronym})" if f.acronym else f.name) for f in store.factions()]
        self.filter_bar = FilterBar(state, store.event_types(), store.regions(), factions)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of matching events"))
        self.model = EventTableModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (2, 80), (3, 110), (4, 90), (5, 150), (6, 90)):
            self.table.setColumnWidth(column, width)
        self.page = RecordBrowser(self.tr("Event page"))
        self.page.setPlaceholderText(self.tr("Choose an event in the table to read it here."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.page)
        splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, stretch=1)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.page.record_activated.connect(self.record_activated)
        state.filter_changed.connect(self._on_filter_changed)
        self._on_filter_changed(state.filter)

    def _on_filter_changed(self, event_filter: EventFilter) -> None:
        self.model.set_filter(event_filter)
        self.count_label.setText(self.tr("%n event(s)", "", self.model.rowCount()))

    def _on_current_row_changed(self, current, _previous) -> None:
        event_id = current.data(EVENT_ID_ROLE) if current.isValid() else None
        if event_id:
            self.show_record(event_id)

    def show_record(self, record_id: str) -> bool:
        event = self._store.event(record_id)
        if event is None:
            return False
        self.page.setHtml(event_page(event))
        self.record_shown.emit("event", record_id)
        return True

    def show_page(self, html: str) -> None:
        """Show a page that is not an event (a place)."""
        self.page.setHtml(html)
