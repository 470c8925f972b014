"""The main window: tabs, menus, and moving between records (links, back and forward)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

from desktop import paths
from desktop.models.filter_state import FilterState
from desktop.navigation import History
from desktop.settings import Settings
from desktop.store.store import Store
from desktop.views.record_actions import RecordActions
from desktop.widgets.lazy_tab import LazyTab
from desktop.widgets.search_box import SearchBox

# The other tabs' modules are imported when their tab is first built: importing them (and PySide6's Qt
# namespace, which they use) costs tens of milliseconds that the first paint does not need.

MIN_POINT_SIZE, MAX_POINT_SIZE = 7, 32


def _overview_tab():
    from desktop.views.overview_tab import OverviewTab

    return OverviewTab


def _factions_tab():
    from desktop.views.factions_tab import FactionsTab

    return FactionsTab


def _people_tab():
    from desktop.views.people_tab import PeopleTab

    return PeopleTab


def _events_tab():
    from desktop.views.events_tab import EventsTab

    return EventsTab


def _map_tab():
    from desktop.views.map_tab import MapTab

    return MapTab


def _timeline_tab():
    from desktop.views.timeline_tab import TimelineTab

    return TimelineTab


def _notebook_tab():
    from desktop.views.notebook_tab import NotebookTab

    return NotebookTab


class MainWindow(QMainWindow):
    """Signals:
        new_session_requested(): kiosk mode: the patron asked to start afresh (see desktop.kiosk).
        database_changed(path): the reader imported or removed events; the app reopens on path.

    kiosk: a public terminal's window: no exports or file dialogs, a notebook and settings that live in memory
    only, no quitting; the kiosk session replaces the window to reset it between patrons.
    """

    new_session_requested = Signal()
    database_changed = Signal(Path)

    def __init__(self, store: Store, user_dir: Path | None = None, kiosk: bool = False,
                 bundled: Path | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.kiosk = kiosk
        self.bundled = bundled or store.path  # the bundled database, which imports are added to a copy of
        self.replaced = False  # set by the kiosk session just before it closes this window for a new one
        self._user_dir = user_dir or paths.user_data_dir()
        self.settings = Settings.load(self._user_dir)
        self._imports = None  # the import actions and their modules load at first use
        can_export = not kiosk
        self.history = History()
        self.filter_state = FilterState(self)
        self.record_actions = RecordActions(self, self._user_dir, kiosk)
        self.record_actions.message.connect(self.statusBar().showMessage)
        self.setWindowTitle(self.tr("Mali War Reference"))
        self.setAccessibleName(self.tr("Mali War Reference"))
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        self.resize(min(1280, available.width()) if available else 1280,
                    min(800, available.height()) if available else 800)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        # Only the Overview is built now; the other tabs build when first shown, so the window paints sooner.
        self._lazy = {
            "overview": LazyTab(lambda: _overview_tab()(store.infobox()), self._on_tab_built),
            "faction": LazyTab(lambda: _factions_tab()(store), self._on_tab_built),
            "person": LazyTab(lambda: _people_tab()(store), self._on_tab_built),
            "event": LazyTab(lambda: _events_tab()(store, self.filter_state, can_export), self._on_tab_built),
            "timeline": LazyTab(lambda: _timeline_tab()(store, self.filter_state, can_export), self._on_tab_built),
            "map": LazyTab(lambda: _map_tab()(store, self.filter_state), self._on_tab_built),
            "notebook": LazyTab(lambda: _notebook_tab()(self.notebook, can_export), self._on_tab_built),
        }
        titles = (self.tr("&Overview"), self.tr("&Factions"), self.tr("&People"), self.tr("&Events"),
                  self.tr("&Timeline"), self.tr("&Map"), self.tr("My &notes"))
        for tab, title in zip(self._lazy.values(), titles, strict=True):
            tab.setAccessibleName(title.replace("&", ""))
            self.tabs.addTab(tab, title)
        self.setCentralWidget(self.tabs)
        self.search_box = SearchBox(store.search)
        self.search_box.record_activated.connect(self._on_record_activated)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_box)
        self._build_menus()
        meta = store.meta()
        self.statusBar().showMessage(self.tr("Data version {0}").format(meta.data_version))

    overview_tab = property(lambda self: self._lazy["overview"].content)
    factions_tab = property(lambda self: self._lazy["faction"].content)
    people_tab = property(lambda self: self._lazy["person"].content)
    events_tab = property(lambda self: self._lazy["event"].content)
    timeline_tab = property(lambda self: self._lazy["timeline"].content)
    map_tab = property(lambda self: self._lazy["map"].content)
    notebook_tab = property(lambda self: self._lazy["notebook"].content)
    notebook = property(lambda self: self.record_actions.notebook)  # the reader's bookmarks and notes

    def current_view(self):
        """The content of the tab on show."""
        return self.tabs.currentWidget().content

    def _on_tab_built(self, tab) -> None:
        tab.record_activated.connect(self._on_record_activated)
        if hasattr(tab, "record_shown"):
            tab.record_shown.connect(self._on_record_shown)
        if hasattr(tab, "saved"):
            tab.saved.connect(self.record_actions.on_notebook_saved)
        if hasattr(tab, "events_requested"):
            tab.events_requested.connect(lambda: self.tabs.setCurrentWidget(self._lazy["event"]))

    # -- menus ----------------------------------------------------------------------------------------------

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        if self.kiosk:
            self._action(file_menu, self.tr("&New session (clears notes and searches)"),
                         [QKeySequence("Ctrl+Shift+Del")], self.new_session_requested.emit)
        else:
            self._action(file_menu, self.tr("&Import events (ACLED or UCDP file)…"), [QKeySequence("Ctrl+I")],
                         lambda: self.imports.choose_file())
            self.remove_imports_action = self._action(file_menu, self.tr("&Remove imported events"), None,
                                                      lambda: self.imports.remove())
            self.remove_imports_action.setEnabled(self.store.path != self.bundled)
            file_menu.addSeparator()
            self._action(file_menu, self.tr("Save the page as &PDF…"), [QKeySequence("Ctrl+P")],
                         self.record_actions.choose_pdf_file)
            file_menu.addSeparator()
            self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit = bar.addMenu(self.tr("&Edit"))
        self.copy_citation_action = self._action(edit, self.tr("Copy &citation"), [QKeySequence("Ctrl+Shift+C")],
                                                 self.record_actions.copy_citation)
        edit.addSeparator()
        self._action(edit, self.tr("&Bookmark this record"), [QKeySequence("Ctrl+D")],
                     self.record_actions.toggle_bookmark)
        self._action(edit, self.tr("Write a &note on this record"), [QKeySequence("Ctrl+Shift+N")],
                     self.record_actions.write_note)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Larger text"), [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
                     lambda: self.change_text_size(+1))
        self._action(view, self.tr("&Smaller text"), [QKeySequence("Ctrl+-")], lambda: self.change_text_size(-1))
        self._action(view, self.tr("&Normal text size"), [QKeySequence("Ctrl+0")], self.reset_text_size)
        if not self.kiosk:  # a terminal stays full screen, in the language the library chose
            view.addSeparator()
            self._action(view, self.tr("&Full screen"), [QKeySequence("F11")], self._on_full_screen_toggled)
            view.addSeparator()
            self._build_language_menu(view.addMenu(self.tr("L&anguage")))
        go = bar.addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Search everything"), [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")],
                     self.search_box.focus)
        self.back_action = self._action(go, self.tr("&Back"), [QKeySequence("Alt+Left")], self.go_back)
        self.forward_action = self._action(go, self.tr("&Forward"), [QKeySequence("Alt+Right")], self.go_forward)
        go.addSeparator()
        for number in range(self.tabs.count()):
            title = self.tabs.tabText(number).replace("&", "")
            self._action(go, title, [QKeySequence(f"Ctrl+{number + 1}")],
                         lambda _=False, n=number: self.tabs.setCurrentIndex(n))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Mali War Reference"), None, self.show_about)
        self._update_history_actions()
        self._default_point_size = QApplication.font().pointSizeF()
        if self.settings.text_point_size:
            self._set_text_size(self.settings.text_point_size)

    def _build_language_menu(self, menu) -> None:
        group = QActionGroup(self)
        self.language_actions = {}
        # Each language is named in itself, so that a reader lost in the other one still finds theirs.
        for code, name in (("auto", self.tr("As the &system")), ("en", "&English"), ("fr", "&Français")):
            action = self._action(menu, name, None, lambda _=False, c=code: self.choose_language(c))
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            group.addAction(action)
            self.language_actions[code] = action

    # -- moving between records -----------------------------------------------------------------------------

    def tab_for(self, kind: str):
        lazy = self._lazy.get("event" if kind == "place" else kind)
        return lazy.content if lazy is not None and kind != "overview" else None

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record on its tab; return False when there is no such record."""
        tab = self.tab_for(kind)
        if tab is None:
            return False
        if kind == "place":
            from desktop.views.pages import place_page

            place = self.store.place(record_id)
            if place is None:
                return False
            tab.show_page(place_page(place))
            self._on_record_shown(kind, record_id)
        elif not tab.show_record(record_id):
            return False
        self.tabs.setCurrentWidget(tab.parentWidget())
        return True

    def _on_record_activated(self, kind: str, record_id: str) -> None:
        if not self.open_record(kind, record_id):
            self.statusBar().showMessage(self.tr("No record {0} of kind {1}").format(record_id, kind), 5000)

    def _on_record_shown(self, kind: str, record_id: str) -> None:
        self.history.visit((kind, record_id))
        self._update_history_actions()

    def go_back(self) -> None:
        if self.history.can_go_back():
            self._show_history_entry(self.history.back())

    def go_forward(self) -> None:
        if self.history.can_go_forward():
            self._show_history_entry(self.history.forward())

    def _show_history_entry(self, target) -> None:
        if target:
            self.open_record(*target)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def mousePressEvent(self, event) -> None:  # the mouse's side buttons
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mousePressEvent(event)

    # -- view -----------------------------------------------------------------------------------------------

    def change_text_size(self, step: int) -> None:
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, QApplication.font().pointSizeF() + step))
        self._set_text_size(size)
        self._save_settings(text_point_size=size)

    def reset_text_size(self) -> None:
        self._set_text_size(self._default_point_size)
        self._save_settings(text_point_size=None)

    @staticmethod
    def _set_text_size(size: float) -> None:
        font = QApplication.font()
        font.setPointSizeF(size)
        QApplication.setFont(font)

    def _save_settings(self, **changes) -> bool:
        for key, value in changes.items():
            setattr(self.settings, key, value)
        if self.kiosk or self.settings.save(self._user_dir):  # a patron's text size lasts their session only
            return True
        self.statusBar().showMessage(self.tr("Settings could not be saved in {0}").format(self._user_dir), 5000)
        return False

    def choose_language(self, language: str) -> None:
        """Remember the language; the interface changes when the program starts again."""
        if language == self.settings.language:
            return
        if not self._save_settings(language=language):
            return
        # Said in both languages: the reader who just chose one may not read the other.
        self.statusBar().showMessage("The new language takes effect the next time Mali War Reference starts. — "
                                     "La nouvelle langue s'applique au prochain démarrage.", 15000)

    def _on_full_screen_toggled(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    @property
    def imports(self):
        """File > Import and Remove imported events (see desktop.views.event_imports)."""
        if self._imports is None:
            from desktop.views.event_imports import EventImports

            self._imports = EventImports(self.bundled, self._user_dir, self)
            self._imports.database_changed.connect(self.database_changed)
            self._imports.message.connect(self.statusBar().showMessage)
        return self._imports

    def refresh_notebook_tab(self) -> None:
        if self._lazy["notebook"].is_built:
            self.notebook_tab.refresh()

    def show_notebook_tab(self):
        self.tabs.setCurrentWidget(self._lazy["notebook"])
        return self.notebook_tab

    def closeEvent(self, event) -> None:
        if self.kiosk and not self.replaced:
            event.ignore()  # a patron cannot close the terminal's window; the kiosk session replaces it
            return
        if self._lazy["event"].is_built:
            self.events_tab.cancel_export()
        if self._imports is not None:
            self._imports.cancel()
        super().closeEvent(event)

    def show_about(self) -> None:
        from desktop.views.about_dialog import AboutDialog

        AboutDialog(self.store.meta(), self.store.counts(), self.store.imports(), self).exec()
