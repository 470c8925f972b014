"""The event list's model: the true row count from one COUNT query, rows fetched in pages with LIMIT/OFFSET."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from desktop.formatting import value_range
from desktop.labels import label
from desktop.store.filters import EventFilter
from desktop.store.records import EventRow
from desktop.store.store import Store

PAGE_SIZE = 200
CACHED_PAGES = 16
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()


class EventTableModel(QAbstractTableModel):
    """Rows of events for a filter and a sort order. Only the pages in view are ever in memory, so a million
    matching events cost one COUNT and a page or two of rows; the scroll bar still spans every match."""

    # (sort key or None when the column cannot be sorted, header)
    COLUMNS = (("date", QT_TRANSLATE_NOOP("EventTableModel", "Date")),
               ("title", QT_TRANSLATE_NOOP("EventTableModel", "Title")),
               ("type", QT_TRANSLATE_NOOP("EventTableModel", "Type")),
               ("place", QT_TRANSLATE_NOOP("EventTableModel", "Place")),
               ("region", QT_TRANSLATE_NOOP("EventTableModel", "Region")),
               (None, QT_TRANSLATE_NOOP("EventTableModel", "Actors")),
               ("fatalities", QT_TRANSLATE_NOOP("EventTableModel", "Fatalities")))

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._filter = EventFilter()
        self._sort, self._ascending = "date", True
        self._count = store.count_events(self._filter)
        self._pages: OrderedDict[int, list[EventRow]] = OrderedDict()

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    @property
    def sort_order(self) -> tuple[str, bool]:
        """(sort key, ascending), as the store's list takes them."""
        return self._sort, self._ascending

    def set_filter(self, event_filter: EventFilter) -> None:
        self.beginResetModel()
        self._filter = event_filter
        self._count = self._store.count_events(event_filter)
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0] if 0 <= column < len(self.COLUMNS) else None
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort, self._ascending = key, order == Qt.SortOrder.AscendingOrder
        self._pages.clear()
        self.layoutChanged.emit()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def event_row(self, row: int) -> EventRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._store.filtered_events(self._filter, self._sort, self._ascending,
                                               number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self.event_row(index.row())
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return event.title
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(event: EventRow, column: int) -> str:
        values = (event.date, event.title, label(event.type), event.place or "", event.region or "", event.actors,
                  value_range(event.fatalities_low, event.fatalities_best, event.fatalities_high))
        return values[column]

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section][1])
        return None
