"""The Timeline tab. For now a chronology of every event by year; the plots come with their own issue."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.store.records import EventSummary, Link
from desktop.views.pages import STYLE, escape, link
from desktop.views.record_browser import RecordBrowser


class TimelineTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the user followed a link in the chronology.
    """

    record_activated = Signal(str, str)

    def __init__(self, events: list[EventSummary], parent=None):
        super().__init__(parent)
        self.page = RecordBrowser(self.tr("Chronology of the war"))
        sections = []
        for year, group in groupby(events, key=lambda e: e.date[:4]):
            items = "".join(f"<li>{escape(e.date)} — {link(Link('event', e.id, e.title))}</li>" for e in group)
            sections.append(f"<h2>{escape(year)}</h2><ul>{items}</ul>")
        title = self.tr("Chronology")
        self.page.setHtml(f"<html><head>{STYLE}</head><body><h1>{title}</h1>{''.join(sections)}</body></html>")
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.page.record_activated.connect(self.record_activated)
