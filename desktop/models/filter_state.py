"""The one event filter that the event list, the timeline and the map share."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.store.filters import EventFilter


class FilterState(QObject):
    """Holds the current EventFilter.

    Signals:
        filter_changed(EventFilter): the filter is now different.
    """

    filter_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = EventFilter()

    @property
    def filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter != self._filter:
            self._filter = event_filter
            self.filter_changed.emit(event_filter)

    def update(self, **changes) -> None:
        self.set_filter(self._filter.with_changes(**changes))

    def reset(self) -> None:
        self.set_filter(EventFilter())
