"""The one place that wires things: command line, QApplication, store, main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop import __version__, paths

DESCRIPTION = "Mali War Reference: an offline desktop reference on the Mali War (2012 to today)."
EXIT_BAD_DATABASE, EXIT_NO_DISPLAY = 2, 3


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mali-war", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"Mali War Reference {__version__}")
    parser.add_argument("--database", type=Path, default=None, metavar="FILE",
                        help="read this database instead of the bundled one")
    parser.add_argument("--self-test", action="store_true",
                        help="check the database and build every view offscreen; print a verdict, exit 0 or 1")
    parser.add_argument("--open", metavar="KIND/ID", default=None,
                        help="open a record at start, e.g. faction/mnla, person/iyad-ag-ghaly, event/ID, place/gao")
    parser.add_argument("--language", choices=("auto", "en", "fr"), default=None,
                        help="the interface's language this time (default: the one chosen in View > Language)")
    parser.add_argument("--kiosk", action="store_true",
                        help="public terminal: full screen, no exports, nothing saved, a new session after idle "
                             "minutes (also on when a file named 'kiosk' lies beside the program, or "
                             "MALI_WAR_KIOSK=1)")
    parser.add_argument("--idle-minutes", type=float, default=3.0, metavar="N",
                        help="kiosk: start a new session after N minutes without input (default 3)")
    args = parser.parse_args(argv)
    if args.idle_minutes <= 0:
        parser.error("--idle-minutes must be more than 0")
    return args


def display_available() -> bool:
    """Qt aborts the process when it cannot reach a display; find out before it tries."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def missing_x11_library() -> str | None:
    """Qt's X11 plugin aborts the process when libxcb-cursor is missing (Qt 6.5+); name it before that."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux") or not os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY"):
        return None
    import ctypes

    try:
        ctypes.CDLL("libxcb-cursor.so.0")
    except OSError:
        return "libxcb-cursor0"
    return None


def _show_error(title: str, message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - must live while the box shows
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    box.setAccessibleName(title)
    box.exec()


def _install_error_dialog() -> None:
    """An error in a slot would only print a traceback and carry on; show the user a plain message instead
    (the details still go to stderr for a bug report)."""
    from desktop.store.database import StoreError

    default_hook = sys.excepthook

    def hook(kind, error, trace) -> None:
        default_hook(kind, error, trace)
        if isinstance(error, StoreError):
            _show_error("Mali War Reference", str(error))
        else:
            _show_error("Mali War Reference", f"Something went wrong and was not done: {error}. "
                                              "The details were written to the standard error output.")

    sys.excepthook = hook


class WindowHost:
    """The main window and its store; after an import (or its removal) both are replaced by ones on the new
    database file, so every tab shows the new events."""

    def __init__(self, store, bundled: Path):
        self.bundled = bundled
        self.store, self.window = store, self._make_window(store)

    def _make_window(self, store):
        from desktop.views.main_window import MainWindow

        window = MainWindow(store, bundled=self.bundled)
        window.database_changed.connect(self.reopen)
        return window

    def reopen(self, path: Path) -> None:
        from desktop.store.database import StoreError
        from desktop.store.store import Store

        try:
            store = Store(path)
        except StoreError as error:
            _show_error("Mali War Reference", str(error))
            return
        if self.store.french_names:
            store.use_french_names()
        old_store, old_window = self.store, self.window
        self.store, self.window = store, self._make_window(store)
        self.window.setGeometry(old_window.geometry())
        self.window.show()
        old_window.destroyed.connect(old_store.close)  # not before: a queued paint may still read it
        old_window.close()
        old_window.deleteLater()


def _open_store(bundled: Path, user_dir: Path | None):
    """The store on the reader's copy with imported events when there is a current one (never on a kiosk: user_dir
    None), else on the bundled database; and a message when a copy was set aside. Raises StoreError only for the
    bundled database."""
    from desktop.store.database import StoreError
    from desktop.store.store import Store

    if user_dir is None or not (user_dir / paths.IMPORTED_DATABASE_NAME).exists():
        return Store(bundled), None
    from desktop.store.imports import database_to_open

    database, message = database_to_open(bundled, user_dir)
    try:
        return Store(database), message
    except StoreError as error:
        if database == bundled:
            raise
        return Store(bundled), f"Your imported events could not be opened ({error}); the bundled content is shown."


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from desktop.store.database import StoreError

    bundled = args.database or paths.default_database()
    if args.self_test:
        from desktop.self_test import run_self_test

        return run_self_test(bundled)
    kiosk = args.kiosk or paths.kiosk_requested()
    user_dir = paths.user_data_dir()
    try:
        store, import_message = _open_store(bundled, None if kiosk else user_dir)
    except StoreError as error:
        print(f"mali-war: {error}", file=sys.stderr)
        if display_available():
            _show_error("Mali War Reference", str(error))
        return EXIT_BAD_DATABASE
    if not display_available():
        print("mali-war: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a "
              "desktop session, or set QT_QPA_PLATFORM=offscreen for a test run.", file=sys.stderr)
        return EXIT_NO_DISPLAY
    if missing := missing_x11_library():
        print(f"mali-war: Qt needs the system library of the package {missing} to open a window on X11; "
              f"install it (for example: sudo apt install {missing}).", file=sys.stderr)
        return EXIT_NO_DISPLAY

    from PySide6.QtWidgets import QApplication

    from desktop.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mali War Reference")
    app.setOrganizationName("Mali War Reference")
    app.setApplicationVersion(__version__)
    from desktop.i18n import install
    from desktop.settings import Settings

    if install(app, args.language or Settings.load(user_dir).language) == "fr":
        store.use_french_names()  # Tombouctou, AQMI: the names a French reader knows
    try:
        if kiosk:
            from desktop.kiosk import KioskSession

            session = KioskSession(app, lambda: MainWindow(store, kiosk=True), args.idle_minutes)
            window = session.window
        else:
            host = WindowHost(store, bundled)
            window = host.window
            if import_message:
                window.statusBar().showMessage(import_message, 20000)
    except StoreError as error:
        print(f"mali-war: {error}", file=sys.stderr)
        _show_error("Mali War Reference", str(error))
        return EXIT_BAD_DATABASE
    from desktop.startup_probe import install_if_requested

    install_if_requested(app, window)
    _install_error_dialog()
    if not kiosk:
        window.show()
    if args.open:
        kind, _, record_id = args.open.partition("/")
        if not window.open_record(kind, record_id):
            print(f"mali-war: no record {args.open!r}; expected KIND/ID such as faction/mnla", file=sys.stderr)
    return app.exec()
