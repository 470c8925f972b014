"""The Factions tab: factions grouped as the infobox groups them (period, then side), filters by kind and
text, and the selected faction's page with its family tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from desktop.labels import label
from desktop.store.lineage import lineage
from desktop.store.records import Link
from desktop.store.store import Store
from desktop.text import fold
from desktop.views.pages import faction_page
from desktop.views.record_browser import RecordBrowser
from desktop.widgets.lineage_view import LineageView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
NAMES_ROLE = Qt.ItemDataRole.UserRole + 3


class _FactionFilter(QSortFilterProxyModel):
    """Keeps factions whose kind is chosen and whose names contain the typed text (accents ignored); keeps a
    group while any of its factions is kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: str | None = None
        self.text = ""
        self.setRecursiveFilteringEnabled(True)

    def set_criteria(self, kind: str | None, text: str) -> None:
        self.beginFilterChange()
        self.kind, self.text = kind, fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if index.data(ID_ROLE) is None:
            return False  # a group heading: shown through its kept children
        return ((self.kind is None or index.data(KIND_ROLE) == self.kind)
                and self.text in (index.data(NAMES_ROLE) or ""))


class FactionsTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the user followed a link or a box of the family tree.
        record_shown(kind, record_id): a faction's page is now shown (for the history).
    """

    record_activated = Signal(str, str)
    record_shown = Signal(str, str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        factions = store.factions()
        self.kind_choice = QComboBox()
        self.kind_choice.setAccessibleName(self.tr("Kind of faction"))
        self.kind_choice.addItem(self.tr("All kinds"), None)
        for kind in sorted({f.kind for f in factions}):
            self.kind_choice.addItem(label(kind), kind)
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter by name or acronym"))
        self.filter_edit.setAccessibleName(self.tr("Filter factions"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = self._grouped_model(store, factions)
        self.proxy = _FactionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Factions by period and side"))
        self.tree.expandToDepth(1)
        self.page = RecordBrowser(self.tr("Faction page"))
        self.page.setPlaceholderText(self.tr("Choose a faction to read its page and see its family tree."))
        self.lineage = LineageView()

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.kind_choice)
        column.addWidget(self.filter_edit)
        column.addWidget(self.tree)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.page)
        right.addWidget(self.lineage)
        right.setSizes([520, 200])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind_choice.currentIndexChanged.connect(self._on_criteria_changed)
        self.filter_edit.textChanged.connect(self._on_criteria_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.page.record_activated.connect(self.record_activated)
        self.lineage.record_activated.connect(self.record_activated)

    def _grouped_model(self, store: Store, factions) -> QStandardItemModel:
        by_id = {f.id: f for f in factions}
        model = QStandardItemModel(self)

        def heading(text: str) -> QStandardItem:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setSelectable(False)
            return item

        def leaf(faction, note: str | None) -> QStandardItem:
            label = f"{faction.name} ({faction.acronym})" if faction.acronym else faction.name
            item = QStandardItem(label + (f" — {note}" if note else ""))
            item.setEditable(False)
            item.setData(faction.id, ID_ROLE)
            item.setData(faction.kind, KIND_ROLE)
            item.setData(fold(" ".join((faction.name, *faction.names))), NAMES_ROLE)
            item.setToolTip(faction.name)
            return item

        periods: dict[str, QStandardItem] = {}
        sides: dict[tuple[str, str], QStandardItem] = {}
        placed = set()
        for entry in store.side_entries():
            if entry.period.id not in periods:
                periods[entry.period.id] = heading(entry.period.name)
                model.appendRow(periods[entry.period.id])
            key = (entry.period.id, entry.side.id)
            if key not in sides:
                sides[key] = heading(entry.side.name)
                periods[entry.period.id].appendRow(sides[key])
            note = label("supporter") if entry.role == "supporter" else None
            sides[key].appendRow(leaf(by_id[entry.faction.id], note))
            placed.add(entry.faction.id)
        others = [f for f in factions if f.id not in placed]
        if others:
            group = heading(self.tr("Not among the infobox's belligerents"))
            model.appendRow(group)
            for faction in others:
                group.appendRow(leaf(faction, None))
        return model

    def _on_criteria_changed(self, *_args) -> None:
        self.proxy.set_criteria(self.kind_choice.currentData(), self.filter_edit.text())
        if self.filter_edit.text() or self.kind_choice.currentData():
            self.tree.expandAll()

    def _on_current_changed(self, index, _previous=None) -> None:
        faction_id = index.data(ID_ROLE) if index.isValid() else None
        if faction_id:
            self.show_record(faction_id)

    def visible_faction_ids(self) -> list[str]:
        found: list[str] = []

        def walk(parent):
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(ID_ROLE):
                    found.append(index.data(ID_ROLE))
                walk(index)

        walk(QModelIndex())
        return found

    def show_record(self, record_id: str) -> bool:
        faction = self._store.faction(record_id)
        if faction is None:
            return False
        self.page.setHtml(faction_page(faction))
        self.lineage.show_lineage(Link("faction", faction.id, faction.name), lineage(faction.id, faction.relations))
        self.record_shown.emit("faction", record_id)
        return True
