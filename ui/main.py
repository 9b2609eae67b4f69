"""Starting the app: language, fonts, the store, then home (or the demo).

A start pays only for what the first window shows. The home window needs the
store's list of sessions, nothing more; the protocols (validated files), the session
windows, the prep mode and sound load when first needed, or just after home
is painted, while the facilitator reads it. A start straight into a session
(the demo) or into prep mode builds home only when it is first shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import Clock
from app.errors import StoreError
from app.paths import data_dir, resource_path, user_protocol_dir
from app.session.store import Store
from ui import settings
from ui.first_paint import after_first_paint
from ui.i18n import SUPPORTED, choose_language, install_translator
from ui.operations import Operations
from ui.theme import load_fonts

if TYPE_CHECKING:
    from app.protocols import Catalog
    from ui.group.group_window import GroupWindow
    from ui.home.home import HomeWindow
    from ui.home.setup_dialog import NewSessionDialog
    from ui.prep.prep_window import PrepWindow
    from ui.session.session_window import SessionScreens


def app_command(*arguments: str) -> list[str]:
    """This app started again with ``arguments``: the bundle's own program, or this
    Python running the ``tourdetable`` entry point."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    entry = "import sys; from ui.entry import main; sys.exit(main())"
    return [sys.executable, "-c", entry, *arguments]


class TourDeTable(QObject):
    """The app's windows and what moves between them."""

    def __init__(
        self,
        store: Store,
        catalog: Catalog | None,
        lang: str,
        clock: Clock | None = None,
        use_audio: bool = True,
    ) -> None:
        super().__init__()
        self.use_audio = use_audio
        self.store = store
        self.operations = Operations(store, self)
        self.operations.noticed.connect(self.tell)
        self._catalog = catalog
        self.lang = lang
        self.clock = clock or Clock()
        self._home: HomeWindow | None = None
        self._told: list[str] = []  # for home, until it is built
        self.prep: PrepWindow | None = None
        self.screens: SessionScreens | None = None
        self.dialog: NewSessionDialog | None = None
        if store.moved_aside is not None:
            self.tell(
                self.tr(
                    "The database could not be read. It was kept, untouched, as {path}; "
                    "a new one was started."
                ).format(path=store.moved_aside)
            )
        if catalog is not None:
            self._tell_protocol_errors(catalog)

    @property
    def home(self) -> HomeWindow:
        if self._home is None:
            from app.server.ops.trial import try_server
            from ui.home.home import HomeWindow

            home = self._home = HomeWindow(
                self.operations, wall=self.clock.wall, lang=self.lang, try_server=try_server
            )
            home.open_session.connect(self.open_session)
            home.new_session.connect(self.ask_new_session)
            home.prepare.connect(self.open_prep)
            home.try_demo.connect(self.launch_demo)
            home.open_group.connect(self.open_group)
            for message in self._told:
                home.tell(message)
            self._told.clear()
        return self._home

    def tell(self, message: str) -> None:
        """A message on home's banner, kept until home is built if it is not yet."""
        if self._home is None:
            self._told.append(message)
        else:
            self._home.tell(message)

    @property
    def catalog(self) -> Catalog:
        """The protocols, read and validated on first need."""
        if self._catalog is None:
            from app.protocols import load_catalog

            self._catalog = load_catalog([user_protocol_dir(self.store.path.parent)])
            self._tell_protocol_errors(self._catalog)
        return self._catalog

    def _tell_protocol_errors(self, catalog: Catalog) -> None:
        for error in catalog.errors:
            self.tell(self.tr("A protocol file was not loaded: {error}").format(error=error))

    def dress(self, app: QApplication) -> None:
        """Qt's own words in the app's language, and the app's icon."""
        from PySide6.QtGui import QIcon

        from ui.i18n import install_qt_catalogue

        if self.lang != "en":
            install_qt_catalogue(app, self.lang)
        icon = resource_path("icons", "tourdetable-256.png")
        app.setWindowIcon(QIcon(str(icon)))

    def warm_up(self) -> None:
        """What the next click needs, loaded while the facilitator reads home."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.dress(app)
        self.catalog  # noqa: B018 - read for its side effect

    def launch_demo(self) -> bool:
        """The demo session in a process of its own (``--demo``): a temporary
        folder, a console and a room of its own; this store is never touched."""
        started = self.start_process(app_command("--demo", "--lang", self.lang))
        self.tell(
            self.tr("The demo opens in a window of its own; nothing done in it is kept.")
            if started
            else self.tr("The demo could not be started.")
        )
        return started

    @staticmethod
    def start_process(command: list[str]) -> bool:
        """Another process of the app, left to run on its own; replaced in tests."""
        from PySide6.QtCore import QProcess

        started, _pid = QProcess.startDetached(command[0], command[1:])
        return bool(started)

    def show_home(self) -> None:
        self.home.refresh()
        self.home.show()

    def ask_new_session(self) -> NewSessionDialog:
        from ui.home.setup_dialog import NewSessionDialog

        self.dialog = NewSessionDialog(
            self.operations, self.catalog, self.lang, self.home, self.clock.wall
        )
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None and self.dialog.session_id is not None:
            self.open_session(self.dialog.session_id)

    def open_session(self, session_id: int) -> SessionScreens:
        from app.session.ops.live import LiveSession
        from ui.operations import store_error_text
        from ui.session import absence, aside
        from ui.session.session_window import SessionScreens
        from ui.sound import Chime

        if self.screens is not None:
            self.screens.console.close()
        live = LiveSession(self.store, session_id, self.clock)
        if live.absence:
            try:
                if absence.ask_count_time_away(self._home, live, self.lang):
                    live.count_time_away()
                else:
                    live.resume_paused()
            except StoreError as exc:
                self.tell(store_error_text(exc))
        try:
            aside.settle_aside(self._home, live, self.lang)  # never dropped without a word
        except StoreError as exc:
            self.tell(store_error_text(exc))
        chime = Chime(self, use_audio=self.use_audio)
        self.screens = SessionScreens(live, self.lang, self.operations, chime, parent=self)
        self.screens.closed.connect(self._on_session_closed)
        if self._home is not None:
            self._home.hide()
        self.screens.show()
        return self.screens

    def open_group(self, group_id: int) -> GroupWindow:
        from ui.group.group_window import GroupWindow

        self.group_window = GroupWindow(
            self.operations, group_id, self.lang, self.clock.wall(), self.home
        )
        self.group_window.changed.connect(self.home.refresh)
        self.group_window.open()
        return self.group_window

    def open_prep(self) -> PrepWindow:
        from ui.prep.prep_window import PrepWindow

        if self.prep is None:
            self.prep = PrepWindow(self.store.path.parent, self.catalog, self.lang, self.clock)
        self.prep.show()
        self.prep.raise_()
        return self.prep

    def start_demo(self) -> SessionScreens:
        from app.protocols import shipped_protocol
        from app.session.rules.demo import DEMO_PROTOCOL, demo_setup

        # The shipped protocol alone: the whole catalog loads once the console is up.
        protocol = (
            self._catalog.get(DEMO_PROTOCOL) if self._catalog else shipped_protocol(DEMO_PROTOCOL)
        )
        session_id = self.store.create_session(demo_setup(protocol), self.clock.wall())
        return self.open_session(session_id)

    def _on_session_closed(self) -> None:
        if self.screens is not None:
            self.screens.dispose()
        self.screens = None
        self.show_home()

    def shutdown(self) -> None:
        """Delete the windows while Qt is still up, in a known order."""
        if self.screens is not None:
            self.screens.dispose()
            self.screens = None
        if self.prep is not None:
            self.prep.close()
            self.prep.deleteLater()
        if self._home is not None:
            self._home.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _fatal(message: str) -> int:
    print(f"tourdetable: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "Tour de table", message)
    box.exec()
    return 1


def open_store(folder: Path, tries: int = 5) -> Store | None:
    """The store; for a protected one, the passphrase asked (again when wrong)."""
    from app.errors import StoreProblem
    from app.folder import ENCRYPTED_NAME

    if not (folder / ENCRYPTED_NAME).exists():
        return Store.open(folder)
    from ui.home import passphrase_dialog

    again = False
    for _ in range(tries):
        passphrase = passphrase_dialog.ask_passphrase(None, str(folder), again)
        if passphrase is None:
            return None
        try:
            return Store.open(folder, passphrase=passphrase)
        except StoreError as exc:
            if exc.problem is not StoreProblem.WRONG_PASSPHRASE:
                raise
            again = True
    return None


def run_app(
    data_dir_override: str | None = None,
    demo: bool = False,
    lang: str | None = None,
    prep: bool = False,
    prep_file: Path | None = None,
    group_file: Path | None = None,
    database_url: str | None = None,
    coordinator: bool = False,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Tour de table")
    app.setDesktopFileName("fr.tourdetable.TourDeTable")  # the .desktop file, for the dock
    if lang in SUPPORTED:
        settings.set_text(settings.LANGUAGE, lang)  # asked once, kept
    chosen = choose_language(lang or settings.text(settings.LANGUAGE) or None)
    # Qt's own catalogue and the icon wait until home is painted (warm_up): the
    # home window shows none of Qt's words, and every millisecond of a start counts.
    install_translator(app, chosen, with_qt=False)
    load_fonts()
    database_url = database_url or settings.text(settings.DATABASE_URL) or None  # chosen on home
    if coordinator and database_url:
        return _run_coordinator(app, database_url, chosen)
    if demo and not data_dir_override:
        folder = Path(tempfile.mkdtemp(prefix="tourdetable-demo-"))
    else:
        folder = data_dir(data_dir_override)
    try:
        store = _configured_store(folder, None if demo else database_url)
    except StoreError as exc:
        from ui.operations import store_error_text

        return _fatal(store_error_text(exc))
    if store is None:
        return 1  # the passphrase was not given: nothing opened, nothing changed
    main = TourDeTable(store, None, chosen)
    if demo and not data_dir_override:
        main.tell(
            QCoreApplication.translate(
                "TourDeTable",
                "Demo: these sessions are kept in a temporary folder, {path}, "
                "and will not be found again.",
            ).format(path=folder)
        )
    _open_first_window(main, app, demo=demo, prep=prep, prep_file=prep_file, group_file=group_file)
    code = app.exec()
    main.shutdown()
    store.close()
    return code


def _open_first_window(
    main: TourDeTable,
    app: QApplication,
    *,
    demo: bool,
    prep: bool,
    prep_file: Path | None,
    group_file: Path | None,
) -> None:
    """Prep mode (a prep file in it), the demo's console, or home (a group file
    double-clicked: its import)."""
    if prep:
        main.dress(app)  # a damaged file is told in a dialog with Qt's buttons
        window = main.open_prep()
        if prep_file is not None:
            window.open_file(prep_file)  # a damaged file is said in the window
    elif demo:
        after_first_paint(main.start_demo().console, main.warm_up)
    else:
        main.home.first_painted.connect(main.warm_up)
        if group_file is not None:  # a double click on a group file: its import, on home
            main.home.first_painted.connect(
                lambda: main.home.import_group(group_file), Qt.ConnectionType.SingleShotConnection
            )
        main.show_home()


def _configured_store(folder: Path, database_url: str | None) -> Store | None:
    """The service's server when one is set (its password from the keyring, the
    events of a session waiting in ``folder`` when it is away), else the file."""
    if database_url:
        from app.paths import ENV_DATABASE_PASSWORD

        return Store.open_server(
            database_url, os.environ.get(ENV_DATABASE_PASSWORD) or None, journal_dir=folder
        )
    return open_store(folder)


def _run_coordinator(app: QApplication, url: str, lang: str) -> int:
    """A coordinator's window on the server: its role reads the views only."""
    from PySide6.QtCore import QSize

    from app.paths import ENV_DATABASE_PASSWORD
    from app.server.store import CoordinationReader
    from ui.home.coordinator_window import CoordinatorWindow
    from ui.operations import store_error_text
    from ui.placement import first_size

    try:
        reader = CoordinationReader(url, os.environ.get(ENV_DATABASE_PASSWORD) or None)
    except StoreError as exc:
        return _fatal(store_error_text(exc))
    window = CoordinatorWindow(reader, lang)
    window.resize(first_size(window, QSize(1200, 700)))
    window.show()
    code = app.exec()
    reader.close()
    return code


__all__ = ["TourDeTable", "run_app"]
