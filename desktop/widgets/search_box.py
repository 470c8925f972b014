"""Search everywhere: a line edit whose results (factions, people, places, events) drop down as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.store.records import SearchHit

DELAY_MS = 120


class SearchBox(QWidget):
    """Signals:
        record_activated(kind, record_id): the user chose a result.
    """

    record_activated = Signal(str, str)

    def __init__(self, search: Callable[[str], list[SearchHit]], parent=None):
        super().__init__(parent)
        self._search = search
        self.edit = QLineEdit(placeholderText=self.tr("Search everything (Ctrl+K)"))
        self.edit.setAccessibleName(self.tr("Search factions, people, places and events"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(320)
        self._results = None  # the drop-down is made at the first search, so the window paints sooner
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.run_search)
        self.edit.returnPressed.connect(self._on_return_pressed)

    @property
    def results(self):
        if self._results is None:
            from desktop.widgets.search_results import SearchResults

            self._results = SearchResults(self.edit)
            self._results.record_chosen.connect(self.record_activated)
        return self._results

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def run_search(self) -> None:
        self.results.show_hits(self._search(self.edit.text()))

    def _on_return_pressed(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now
            self._timer.stop()
            self.run_search()
        self.results.choose_current()
