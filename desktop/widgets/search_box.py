"""Search everywhere: a line edit whose results (factions, people, places, events) drop down as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.store.records import SearchHit

DELAY_MS = 120
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_TITLES = {"faction": "Factions", "person": "People", "place": "Places", "event": "Events"}


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
        self.results = QListWidget()
        self.results.setWindowFlags(Qt.WindowType.ToolTip)  # floats below the box without taking the focus
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

        self.edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.run_search)
        self.edit.returnPressed.connect(self._on_return_pressed)
        self.results.itemClicked.connect(self._on_item_chosen)
        self.edit.installEventFilter(self)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def run_search(self) -> None:
        self.results.clear()
        hits = self._search(self.edit.text())
        if not hits:
            self.results.hide()
            return
        bold = QFont(self.results.font())
        bold.setBold(True)
        kind = None
        for hit in hits:
            if hit.kind != kind:
                kind = hit.kind
                heading = QListWidgetItem(self.tr(KIND_TITLES[kind]))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setFont(bold)
                self.results.addItem(heading)
            item = QListWidgetItem(f"  {hit.title}")
            item.setToolTip(hit.detail)
            item.setData(TARGET_ROLE, (hit.kind, hit.id))
            self.results.addItem(item)
        self._select(1)
        self._show_results()

    def _show_results(self) -> None:
        width = max(self.edit.width(), 480)
        rows = min(self.results.count(), 18)
        self.results.setFixedSize(width, rows * self.results.sizeHintForRow(0) + 6)
        self.results.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.results.show()

    def _select(self, row: int) -> None:
        step = 1 if row >= self.results.currentRow() else -1
        while 0 <= row < self.results.count():
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                return
            row += step

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and self.results.isVisible():
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._select(self.results.currentRow() + 1)
                return True
            if key == Qt.Key.Key_Up:
                self._select(self.results.currentRow() - 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.results.hide()
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.edit.hasFocus():
            self.results.hide()

    def _on_return_pressed(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now
            self._timer.stop()
            self.run_search()
        item = self.results.currentItem()
        if item is not None and self.results.isVisible():
            self._on_item_chosen(item)

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.results.hide()
            self.record_activated.emit(*target)
