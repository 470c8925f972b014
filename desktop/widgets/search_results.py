"""The drop-down list of search results under the search box, grouped by kind, driven from the box's keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from desktop.store.records import SearchHit

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_TITLES = {"faction": QT_TRANSLATE_NOOP("SearchResults", "Factions"),
               "person": QT_TRANSLATE_NOOP("SearchResults", "People"),
               "place": QT_TRANSLATE_NOOP("SearchResults", "Places"),
               "event": QT_TRANSLATE_NOOP("SearchResults", "Events")}
VISIBLE_ROWS = 18


class SearchResults(QListWidget):
    """Floats below its line edit without taking the focus; Up, Down, Enter and Escape in the line edit drive it.

    Signals:
        record_chosen(kind, record_id): a result was chosen.
    """

    record_chosen = Signal(str, str)

    def __init__(self, edit: QLineEdit):
        super().__init__()
        self._edit = edit
        self.setWindowFlags(Qt.WindowType.ToolTip)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Search results"))
        self.itemClicked.connect(self._on_item_chosen)
        edit.installEventFilter(self)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.clear()
        if not hits:
            self.hide()
            return
        bold = QFont(self.font())
        bold.setBold(True)
        kind = None
        for hit in hits:
            if hit.kind != kind:
                kind = hit.kind
                heading = QListWidgetItem(self.tr(KIND_TITLES[kind]))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setFont(bold)
                self.addItem(heading)
            item = QListWidgetItem(f"  {hit.title}")
            item.setToolTip(hit.detail)
            item.setData(TARGET_ROLE, (hit.kind, hit.id))
            self.addItem(item)
        self._select(1)
        self.setFixedSize(max(self._edit.width(), 480), min(self.count(), VISIBLE_ROWS) * self.sizeHintForRow(0) + 6)
        self.move(self._edit.mapToGlobal(QPoint(0, self._edit.height())))
        self.show()

    def choose_current(self) -> None:
        item = self.currentItem()
        if item is not None and self.isVisible():
            self._on_item_chosen(item)

    def _select(self, row: int) -> None:
        """Make row current, skipping the group headings in the direction of travel."""
        step = 1 if row >= self.currentRow() else -1
        while 0 <= row < self.count():
            if self.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.setCurrentRow(row)
                return
            row += step

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.isVisible():
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
            if event.key() in moves:
                self._select(self.currentRow() + moves[event.key()])
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                return True
        if event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self._edit.hasFocus():
            self.hide()

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.hide()
            self.record_chosen.emit(*target)
