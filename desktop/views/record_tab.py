"""A tab that lists records of one kind on the left and shows the selected record's page on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QSplitter, QVBoxLayout, QWidget

from desktop.views.record_browser import RecordBrowser

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTab(QWidget):
    """A filterable list of records and a page for the selected one.

    Signals:
        record_activated(kind, record_id): the user followed a link on the page.
        record_shown(kind, record_id): a record's page is now shown (for the history).
    """

    record_activated = Signal(str, str)
    record_shown = Signal(str, str)

    def __init__(self, kind: str, items: list[tuple[str, str]], render: Callable[[str], str | None],
                 list_name: str, parent=None):
        super().__init__(parent)
        self.kind, self._render = kind, render
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter the list"))
        self.filter_edit.setAccessibleName(self.tr("Filter {0}").format(list_name))
        self.filter_edit.setClearButtonEnabled(True)
        model = QStandardItemModel(self)
        for record_id, label in items:
            item = QStandardItem(label)
            item.setData(record_id, ID_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list_view = QListView()
        self.list_view.setModel(self._proxy)
        self.list_view.setAccessibleName(list_name)
        self.page = RecordBrowser(self.tr("Record page"))
        self.page.setPlaceholderText(self.tr("Choose an entry from the list, or type to filter it."))

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_edit)
        column.addWidget(self.list_view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.filter_edit, self.list_view)
        self.setTabOrder(self.list_view, self.page)

        self.filter_edit.textChanged.connect(self._proxy.setFilterFixedString)
        self.filter_edit.returnPressed.connect(self._on_filter_accepted)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.activated.connect(self._on_current_changed)
        self.page.record_activated.connect(self.record_activated)

    def row_count(self) -> int:
        return self._proxy.rowCount()

    def _on_filter_accepted(self) -> None:
        """Enter in the filter opens the first match and moves to the list."""
        if self._proxy.rowCount():
            self.list_view.setFocus()
            self.list_view.setCurrentIndex(self._proxy.index(0, 0))

    def _on_current_changed(self, index, _previous=None) -> None:
        if index.isValid():
            self.show_record(index.data(ID_ROLE))

    def show_record(self, record_id: str) -> bool:
        """Show a record's page; return False when there is no such record."""
        html = self._render(record_id)
        if html is None:
            return False
        self.page.setHtml(html)
        self._select(record_id)
        self.record_shown.emit(self.kind, record_id)
        return True

    def show_page(self, html: str) -> None:
        """Show a page that is not one of this tab's records (a place, on the Events tab)."""
        self.page.setHtml(html)
        self.list_view.clearSelection()

    def _select(self, record_id: str) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                selection = self.list_view.selectionModel()
                selection.blockSignals(True)
                self.list_view.setCurrentIndex(index)
                selection.blockSignals(False)
                return
