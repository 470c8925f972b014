"""The People tab: everyone A-Z, search as you type over names and aliases (accents ignored), filters by
faction, kind of role and fate, and the selected person's page with a timeline of their roles."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QListView, QSplitter, QVBoxLayout, QWidget

from desktop.labels import label
from desktop.store.records import PersonSummary
from desktop.store.store import Store
from desktop.text import fold
from desktop.views.pages import person_page
from desktop.views.record_browser import RecordBrowser

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
FATES = ("alive", "killed", "captured", "died", "unknown")


class _PeopleFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.text, self.faction, self.role_kind, self.fate = "", None, None, None

    def set_criteria(self, text: str, faction: str | None, role_kind: str | None, fate: str | None) -> None:
        self.beginFilterChange()
        self.text, self.faction, self.role_kind, self.fate = fold(text.strip()), faction, role_kind, fate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        person: PersonSummary = self.sourceModel().index(row, 0, parent).data(PERSON_ROLE)
        return ((not self.text or self.text in fold(" ".join((person.name, *person.aliases))))
                and (self.faction is None or self.faction in person.factions)
                and (self.role_kind is None or self.role_kind in person.role_kinds)
                and (self.fate is None or person.fate == self.fate))


class PeopleTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the user followed a link on a person's page.
        record_shown(kind, record_id): a person's page is now shown (for the history).
    """

    record_activated = Signal(str, str)
    record_shown = Signal(str, str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        people = store.people()
        self.search_edit = QLineEdit(placeholderText=self.tr("Name or any spelling (Ag Ghali, Koufa…)"))
        self.search_edit.setAccessibleName(self.tr("Find a person by name or alias"))
        self.search_edit.setClearButtonEnabled(True)
        used = set().union(*(p.factions for p in people)) if people else set()
        self.faction_choice = self._choice(self.tr("Faction"), self.tr("Any faction"),
                                           [(f.id, f.name) for f in store.factions() if f.id in used])
        self.role_choice = self._choice(self.tr("Kind of role"), self.tr("Any role"),
                                        [(k, label(k)) for k in store.role_kinds()])
        self.fate_choice = self._choice(self.tr("Fate"), self.tr("Any fate"), [(f, label(f)) for f in FATES])
        model = QStandardItemModel(self)
        for person in people:
            item = QStandardItem(person.name)
            item.setEditable(False)
            item.setData(person, PERSON_ROLE)
            item.setToolTip(", ".join(person.aliases))
            model.appendRow(item)
        self.proxy = _PeopleFilter(self)
        self.proxy.setSourceModel(model)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("People, A to Z"))
        self.page = RecordBrowser(self.tr("Person page"))
        self.page.setPlaceholderText(self.tr("Choose a person to read their page."))

        left = QWidget()
        grid = QGridLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search_edit, 0, 0, 1, 3)
        grid.addWidget(self.faction_choice, 1, 0)
        grid.addWidget(self.role_choice, 1, 1)
        grid.addWidget(self.fate_choice, 1, 2)
        grid.addWidget(self.list_view, 2, 0, 1, 3)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search_edit.textChanged.connect(self._on_criteria_changed)
        for choice in (self.faction_choice, self.role_choice, self.fate_choice):
            choice.currentIndexChanged.connect(self._on_criteria_changed)
        self.search_edit.returnPressed.connect(self._on_search_accepted)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.page.record_activated.connect(self.record_activated)

    @staticmethod
    def _choice(name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.addItem(everything, None)
        for key, text in items:
            box.addItem(text, key)
        return box

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def _on_criteria_changed(self, *_args) -> None:
        self.proxy.set_criteria(self.search_edit.text(), self.faction_choice.currentData(),
                                self.role_choice.currentData(), self.fate_choice.currentData())

    def _on_search_accepted(self) -> None:
        if self.proxy.rowCount():
            self.list_view.setFocus()
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))

    def _on_current_changed(self, index, _previous=None) -> None:
        if index.isValid():
            self.show_record(index.data(PERSON_ROLE).id)

    def show_record(self, record_id: str) -> bool:
        person = self._store.person(record_id)
        if person is None:
            return False
        self.page.setHtml(person_page(person))
        self.record_shown.emit("person", record_id)
        return True
