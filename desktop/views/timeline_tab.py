"""The Timeline tab: the plots of the shared event filter, and their export as PNG, SVG and CSV."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.models.filter_state import FilterState
from desktop.plots.series import day_seconds, figure_series, monthly
from desktop.plots.timeline_widget import TimelineWidget
from desktop.store.filters import EventFilter
from desktop.store.store import Store


class TimelineTab(QWidget):
    """Signals:
        record_activated(kind, record_id): a lane was clicked.
        events_requested(): the user asked to see the events of a clicked month.
    """

    record_activated = Signal(str, str)
    events_requested = Signal()

    def __init__(self, store: Store, state: FilterState, can_export: bool = True, parent=None):
        super().__init__(parent)
        self._store, self._state = store, state
        self._types = store.event_types()
        today = date.today().isoformat()
        self.plots = TimelineWidget(store.lanes(today), store.key_dates(), figure_series(store.figures()), today)
        self.all_dates_button = QPushButton(self.tr("All &dates"))
        self.all_dates_button.setAccessibleName(self.tr("Show all dates: clear the date range of the filter"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_dates_button)
        buttons.addStretch(1)
        for label, name, handler in ((self.tr("Export P&NG…"), self.tr("Export the plots as a PNG image"),
                                      lambda: self._export("png")),
                                     (self.tr("Export S&VG…"), self.tr("Export the plots as an SVG drawing"),
                                      lambda: self._export("svg")),
                                     (self.tr("Export &CSV…"), self.tr("Export the monthly numbers as CSV"),
                                      lambda: self._export("csv"))):
            button = QPushButton(label)
            button.setAccessibleName(name)
            if not can_export:  # on a public terminal: nothing to carry off
                button.hide()
            button.clicked.connect(handler)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.plots, stretch=1)

        self.all_dates_button.clicked.connect(lambda: state.update(date_from=None, date_to=None))
        self.plots.span_selected.connect(lambda first, last: state.update(date_from=first, date_to=last))
        self.plots.month_clicked.connect(self._on_month_clicked)
        self.plots.record_activated.connect(self.record_activated)
        state.filter_changed.connect(self.redraw)
        self.redraw(state.filter)

    def redraw(self, event_filter: EventFilter) -> None:
        # The plots show the months of the filter; the span marks its date range, if it has one.
        series = monthly(self._store.monthly_counts(event_filter), self._types)
        span = None
        if event_filter.date_from or event_filter.date_to:
            first = day_seconds([event_filter.date_from or "2012-01-01"])[0]
            last = day_seconds([event_filter.date_to or date.today().isoformat()])[0] + 86_400
            span = (first, last)
        self.plots.show_monthly(series, span)

    def _on_month_clicked(self, month: str) -> None:
        days = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]
        self._state.update(date_from=f"{month}-01", date_to=f"{month}-{days:02d}")
        self.events_requested.emit()

    def _export(self, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the timeline"), f"mali-war-timeline.{kind}",
                                              filters[kind])
        if not name:
            return
        try:
            self.export(Path(name))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The file could not be written: {0}").format(error.strerror or error))

    def export(self, path: Path) -> None:
        if path.suffix.lower() == ".csv":
            self.plots.export_csv(path)
        else:
            self.plots.export_image(path)
