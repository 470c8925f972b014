"""The event filter's controls: dates, types, regions, factions, minimum fatalities, text, reset.

It turns widget state into an EventFilter for the shared FilterState, and shows the state's filter when it
changes elsewhere (the timeline's span, a reset).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.models.filter_state import FilterState
from desktop.store.filters import EventFilter

TEXT_DELAY_MS = 200
NO_DATE = QDate(1900, 1, 1)


class ChoiceButton(QToolButton):
    """A button with a menu of checkable choices; its text says how many are chosen."""

    def __init__(self, label: str, choices: list[tuple[str, str]], on_change, parent=None):
        super().__init__(parent)
        self._label = label
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(label)
        menu = QMenu(self)
        self._actions: dict[str, QAction] = {}
        for key, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.toggled.connect(self._update_text)
            action.toggled.connect(on_change)
            self._actions[key] = action
        self.setMenu(menu)
        self._update_text()

    def chosen(self) -> frozenset[str]:
        return frozenset(key for key, action in self._actions.items() if action.isChecked())

    def set_chosen(self, keys: frozenset[str]) -> None:
        for key, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(key in keys)
            action.blockSignals(False)
        self._update_text()

    def _update_text(self, *_args) -> None:
        count = len(self.chosen())
        self.setText(f"{self._label} ({count})" if count else self._label)


class FilterBar(QWidget):
    def __init__(self, state: FilterState, types: list[str], regions: list[str],
                 factions: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self._state = state
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        self.types = ChoiceButton(self.tr("Types"), [(t, label(t)) for t in types], self._on_controls_changed)
        self.regions = ChoiceButton(self.tr("Regions"), [(r, r) for r in regions], self._on_controls_changed)
        self.factions = ChoiceButton(self.tr("Factions"), factions, self._on_controls_changed)
        self.min_fatalities = QSpinBox()
        self.min_fatalities.setRange(0, 100_000)
        self.min_fatalities.setSpecialValueText(self.tr("any"))
        self.min_fatalities.setAccessibleName(self.tr("Minimum fatalities"))
        self.text = QLineEdit(placeholderText=self.tr("Words in the events"))
        self.text.setAccessibleName(self.tr("Filter events by words"))
        self.text.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("&Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset the event filter"))
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)

        # One row when it fits; with large text or a narrow window the words and Reset go to a second row.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            layout.addLayout(row)
        self._controls = [QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to, self.types,
                          self.regions, self.factions, QLabel(self.tr("Fatalities ≥")), self.min_fatalities]
        for widget in self._controls:
            self._rows[0].addWidget(widget)
        self._one_row = None
        self._arrange()

        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_controls_changed)
        self.min_fatalities.valueChanged.connect(self._on_controls_changed)
        self.text.textChanged.connect(self._text_timer.start)
        self._text_timer.timeout.connect(self._on_controls_changed)
        self.reset_button.clicked.connect(state.reset)
        state.filter_changed.connect(self._on_filter_changed)

    def one_row_width(self) -> int:
        """The width the bar needs to fit on one row, with room for some twenty characters of words."""
        spacing = self._rows[0].spacing()
        controls = sum(w.sizeHint().width() + spacing for w in self._controls)
        return controls + self.fontMetrics().averageCharWidth() * 20 + self.reset_button.sizeHint().width() + spacing

    def _arrange(self) -> None:
        one_row = self.width() >= self.one_row_width()
        if one_row == self._one_row:
            return
        self._one_row = one_row
        first = self._rows[0]
        for widget in (self.text, self.reset_button):
            for row in self._rows:
                row.removeWidget(widget)
        last = first.itemAt(first.count() - 1)
        if last is not None and last.spacerItem() is not None:
            first.takeAt(first.count() - 1)  # the stretch that kept the first row packed to the left
        target = first if one_row else self._rows[1]
        target.addWidget(self.text, stretch=1)
        target.addWidget(self.reset_button)
        if not one_row:
            first.addStretch(1)

    @property
    def is_one_row(self) -> bool:
        return bool(self._one_row)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _iso(edit: QDateEdit) -> str | None:
        return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

    def current_filter(self) -> EventFilter:
        return EventFilter(
            date_from=self._iso(self.date_from), date_to=self._iso(self.date_to), types=self.types.chosen(),
            regions=self.regions.chosen(), factions=self.factions.chosen(),
            min_fatalities=self.min_fatalities.value() or None, text=self.text.text().strip())

    def _on_controls_changed(self, *_args) -> None:
        self._state.set_filter(self.current_filter())

    def _on_filter_changed(self, event_filter: EventFilter) -> None:
        """Show a filter set elsewhere, without echoing it back."""
        if event_filter == self.current_filter():
            return
        for widget in (self.date_from, self.date_to, self.min_fatalities, self.text):
            widget.blockSignals(True)
        self.date_from.setDate(QDate.fromString(event_filter.date_from, "yyyy-MM-dd")
                               if event_filter.date_from else NO_DATE)
        self.date_to.setDate(QDate.fromString(event_filter.date_to, "yyyy-MM-dd") if event_filter.date_to else NO_DATE)
        self.min_fatalities.setValue(event_filter.min_fatalities or 0)
        self.text.setText(event_filter.text)
        for widget in (self.date_from, self.date_to, self.min_fatalities, self.text):
            widget.blockSignals(False)
        self.types.set_chosen(event_filter.types)
        self.regions.set_chosen(event_filter.regions)
        self.factions.set_chosen(event_filter.factions)
