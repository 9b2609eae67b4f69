"""The real console on a service's PostgreSQL server: a session run from the
keys, its sheet's names read off the GUI thread on a connection of its own,
and everything found again by another connection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.session.store import Store
from tests.conftest import make_setup
from tests.ui.keyboard import press, type_text
from ui.main import TourDeTable


def test_a_session_runs_on_the_server(qtbot, server_url, catalog, clock) -> None:
    store = Store.open_server(server_url)
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(tdt.home)
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_2)
    clock.advance(75)
    press(Qt.Key.Key_PageDown)
    session_id = screens.controller.live.id
    screens.controller.end_session()
    screens.console.close()
    other = Store.open_server(server_url)
    stored = other.load(session_id)
    assert [e.kind.value for e in stored.events][:3] == ["started", "floor_taken", "step_changed"]
    [turn] = stored.engine().turns
    assert turn.talk == 75
    other.close()
    tdt.shutdown()
    store.close()


def test_a_second_laptop_follows_then_takes_over(
    qtbot, server_url, tmp_path, catalog, clock
) -> None:
    """As the app opens a server: each laptop's journal in its data folder."""
    from tests.conftest import make_setup

    first_store = Store.open_server(server_url, journal_dir=tmp_path / "first")
    second_store = Store.open_server(server_url, journal_dir=tmp_path / "second")
    first = TourDeTable(first_store, catalog, "fr", clock, use_audio=False)
    second = TourDeTable(second_store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(first.home)
    qtbot.addWidget(second.home)
    session_id = first_store.create_session(make_setup(catalog), clock.wall())
    driving = first.open_session(session_id)
    following = second.open_session(session_id)
    assert driving.controller.driving and not following.controller.driving
    assert following.console.following.isVisible()
    # From here the second console's thread asks its server nothing (issue 27,
    # item 5): its workers hear, read, take the lease and push.
    asked_from_the_console: list[str] = []
    second_store.connection.set_trace_callback(asked_from_the_console.append)
    driving.controller.timing.toggle_running()
    driving.controller.floor.floor_by_position(2)
    name = driving.controller.snapshot.speaker
    # Pushed by the server: the second console wakes on its socket, no polling.
    qtbot.waitUntil(lambda: following.controller.snapshot.speaker == name, timeout=3000)
    following.controller.floor.floor_by_position(1)  # a follower writes nothing, and says why
    assert "Une autre console conduit cette séance" in following.console.error.text()
    assert following.controller.snapshot.speaker == name
    draft = following.controller.notes.note_draft()
    assert not following.controller.notes.save_note(draft, "une note du second poste", None, None)
    assert first_store.notes(session_id) == []  # notes neither
    driving.console.close()  # the first laptop lets go
    qtbot.waitUntil(lambda: following.controller.take_over(), timeout=3000)
    assert not following.console.following.isVisible()
    following.controller.floor.floor_by_position(1)
    assert following.controller.snapshot.speaker != name
    assert asked_from_the_console == []
    following.console.close()
    for tdt, store in ((first, first_store), (second, second_store)):
        tdt.shutdown()
        store.close()


def test_the_console_says_it_is_offline_and_goes_on(
    qtbot, server_url, pg_server, tmp_path, catalog, clock
) -> None:
    from tests.helpers import postgres

    store = Store.open_server(server_url, journal_dir=tmp_path / "journal")
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)  # shut down below
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    console, c = screens.console, screens.controller
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(console.offline.isHidden)  # pushed by the console's worker
    postgres.halt(pg_server)
    try:
        press(Qt.Key.Key_2)
        clock.advance(30)
        press(Qt.Key.Key_3)
        assert c.snapshot.speaker == c.live.engine.people[2].name  # the session goes on
        assert not console.offline.isHidden()
        assert console.offline.text().endswith(": 2") and "Hors ligne" in console.offline.text()
        assert console.error.text() == ""  # discreet: no error for what is not one
    finally:
        postgres.resume(pg_server)
    c._push()  # the worker tries again now, not at its next round
    qtbot.waitUntil(console.offline.isHidden, timeout=10_000)
    session_id = c.live.id
    screens.console.close()
    other = Store.open_server(server_url)
    assert [e.kind.value for e in other.load(session_id).events] == [
        "started",
        "floor_taken",
        "floor_taken",
    ]
    other.close()
    tdt.shutdown()
    store.close()


def test_a_note_typed_with_the_server_away_is_filed_when_it_answers(
    qtbot, server_url, pg_server, tmp_path, catalog, clock
) -> None:
    """Issue 27, item 5: the note goes to this computer's journal and the
    console's list at once; its worker files it once the server is back."""
    from tests.helpers import postgres

    store = Store.open_server(server_url, journal_dir=tmp_path / "journal")
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    console, c = screens.console, screens.controller
    session_id = c.live.id
    postgres.halt(pg_server)
    try:
        press(Qt.Key.Key_N)
        type_text("? Qui arbitre les congés")
        press(Qt.Key.Key_Return)  # filed here, the keyboard back to the session
        assert console.note_edit.text() == "" and not console.note_edit.hasFocus()
        assert console.error.text() == ""  # not an error: kept for the server
        shown = [
            console.notes.notes_list.item(i).text() for i in range(console.notes.notes_list.count())
        ]
        assert any("Qui arbitre les congés" in line for line in shown)
        qtbot.waitUntil(lambda: "Notes gardées sur cet ordinateur" in console.offline.text())
        assert not console.offline.isHidden() and console.offline.text().endswith(": 1")
    finally:
        postgres.resume(pg_server)
    c.notes.session_notes.wake()
    qtbot.waitUntil(console.offline.isHidden, timeout=20_000)
    other = Store.open_server(server_url)
    assert [(n.kind, n.text) for n in other.notes(session_id)] == [
        ("question", "Qui arbitre les congés")
    ]
    other.close()
    screens.console.close()
    tdt.shutdown()
    store.close()


def test_home_says_the_sessions_are_on_the_server(qtbot, server_url, catalog, clock) -> None:
    store = Store.open_server(server_url)
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(tdt.home)
    text = tdt.home.folder.text()
    assert "serveur du service" in text and "cet ordinateur" not in text
    assert "throwaway" not in text  # never the password
    assert tdt.home.passphrase_button.isHidden()  # a passphrase protects a file only
    store.close()


def test_taken_over_while_offline_the_console_says_so(
    qtbot, server_url, pg_server, tmp_path, catalog, clock
) -> None:
    from app.session.ops.live import LiveSession
    from tests.conftest import make_setup
    from tests.helpers import postgres

    store = Store.open_server(server_url, journal_dir=tmp_path / "first")
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)  # shut down below
    session_id = store.create_session(make_setup(catalog), clock.wall())
    screens = tdt.open_session(session_id)
    c, console = screens.controller, screens.console
    c.timing.toggle_running()
    qtbot.waitUntil(lambda: c.live.waiting == 0)  # pushed by the console's worker
    postgres.halt(pg_server)
    try:
        c.floor.floor_by_position(1)
    finally:
        postgres.resume(pg_server)
    other_store = Store.open_server(server_url, journal_dir=tmp_path / "second")
    other = LiveSession(other_store, session_id, clock)
    assert other.driving
    c._push()
    qtbot.waitUntil(lambda: "Une autre console a pris la main" in console.offline.text())
    assert console.offline.text().endswith(": 1")
    other_store.close()
    screens.console.close()
    tdt.shutdown()
    store.close()


def test_the_retour_steps_keys_never_wait_on_a_frozen_link(
    qtbot, server_url, pg_server, tmp_path, catalog, clock
) -> None:
    """Reviewing the previous actions on a server: each key shows its word at
    once; a worker writes it, on a connection of its own, when the link heals."""
    import threading

    from app.group.store import Cycles
    from tests.ui.test_follow_up import first_session

    proxy, store = _through_a_proxy(pg_server, server_url, tmp_path)
    first_session(store, catalog, clock)
    session = store.create_session(make_setup(catalog), clock.wall())
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    screens = tdt.open_session(session)
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_PageDown)  # the "retour" step
    assert screens.controller.snapshot.step_id == "previous"
    asked_from_the_console: list[str] = []
    store.connection.set_trace_callback(asked_from_the_console.append)
    proxy.freeze()
    stuck = threading.Timer(5.0, proxy.cut)  # a console's thread caught waiting: freed, and fails
    stuck.start()
    press(Qt.Key.Key_D)  # done
    press(Qt.Key.Key_C)  # the next one in progress
    stuck.cancel()
    lines = screens.projection.follow_up.text().splitlines()[1:]
    assert [line.replace("▶", "").strip()[:1] for line in lines[:2]] == ["✓", "…"]
    assert asked_from_the_console == []
    proxy.heal()
    other = Store.open_server(server_url)
    qtbot.waitUntil(lambda: len(Cycles(other).reviews_made_in(session)) == 2, timeout=20_000)
    assert {r.status for r in Cycles(other).reviews_made_in(session)} == {"done", "in_progress"}
    assert asked_from_the_console == []
    other.close()
    console.close()
    tdt.operations.wait_for_jobs()
    tdt.shutdown()
    store.close()
    proxy.close()


def _through_a_proxy(pg_server, server_url: str, tmp_path):
    """A laptop's store reaching the server through a proxy that can freeze."""
    from app.server.rules import parse
    from tests.helpers.proxy import Proxy, socket_of

    proxy = Proxy(socket_of(pg_server.folder, pg_server.port))
    address = parse(server_url)
    url = proxy.url(address.user, address.password or "", address.database)
    return proxy, Store.open_server(url, journal_dir=tmp_path / "journal")


def _console_through_a_proxy(pg_server, server_url: str, tmp_path, catalog, clock):
    """A new session's console on a laptop that reaches the server through the proxy."""
    proxy, store = _through_a_proxy(pg_server, server_url, tmp_path)
    session = store.create_session(make_setup(catalog), clock.wall())
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    return proxy, store, tdt, tdt.open_session(session)


def test_the_case_dialog_never_freezes_on_a_frozen_link(
    qtbot, server_url, pg_server, tmp_path, catalog, clock
) -> None:
    """Ctrl+I on a server: the dialog opens at once and says it reads; Save says
    it saves and the dialog waits, open, with what was typed, until it is kept."""
    import threading

    proxy, store, tdt, screens = _console_through_a_proxy(
        pg_server, server_url, tmp_path, catalog, clock
    )
    session = screens.controller.live.id
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    asked_from_the_console: list[str] = []
    store.connection.set_trace_callback(asked_from_the_console.append)
    proxy.freeze()
    stuck = threading.Timer(5.0, proxy.cut)
    stuck.start()
    dialog = console.edit_case()
    stuck.cancel()
    assert "serveur" in dialog.error.text() and dialog.situations == []
    proxy.heal()
    qtbot.waitUntil(lambda: bool(dialog.situations), timeout=20_000)
    dialog.situations[0].setPlainText("Une équipe en tension depuis la fusion")
    proxy.freeze()
    stuck = threading.Timer(5.0, proxy.cut)  # a console's thread caught waiting: freed, and fails
    stuck.start()
    dialog.save()
    stuck.cancel()
    assert asked_from_the_console == []
    assert dialog.isVisible() and "Enregistrement sur le serveur" in dialog.error.text()
    proxy.heal()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    other = Store.open_server(server_url)
    assert other.load(session).case_texts[0][0] == "Une équipe en tension depuis la fusion"
    other.close()
    assert asked_from_the_console == []
    console.close()
    tdt.operations.wait_for_jobs()
    tdt.shutdown()
    store.close()
    proxy.close()


def test_the_sheets_export_never_freezes_on_a_frozen_link(
    qtbot, server_url, pg_server, tmp_path, catalog, clock, monkeypatch
) -> None:
    """The synthesis sheet on a server: the session is read, and the PDF made,
    by workers; the console's thread asks the server nothing."""
    import threading

    from pypdf import PdfReader

    from ui.session.export_dialog import ExportDialog

    opened: list[object] = []
    monkeypatch.setattr(
        ExportDialog, "offer_to_open", staticmethod(lambda _p, path: opened.append(path))
    )

    proxy, store, tdt, screens = _console_through_a_proxy(
        pg_server, server_url, tmp_path, catalog, clock
    )
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    asked_from_the_console: list[str] = []
    store.connection.set_trace_callback(asked_from_the_console.append)
    proxy.freeze()
    stuck = threading.Timer(5.0, proxy.cut)  # a console's thread caught waiting: freed, and fails
    stuck.start()
    assert console.open_export() is None  # it opens once the session is read
    stuck.cancel()
    proxy.heal()
    qtbot.waitUntil(lambda: getattr(console, "export_dialog", None) is not None, timeout=20_000)
    dialog = console.export_dialog
    target = tmp_path / "out" / "fiche.pdf"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.with_papers.setChecked(True)  # the attendance sheet and the notice, read by it too
    proxy.freeze()
    stuck = threading.Timer(5.0, proxy.cut)
    stuck.start()
    dialog.export()
    stuck.cancel()
    assert not dialog.export_button.isEnabled()  # making it, said
    proxy.heal()
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Groupe" in text or "groupe" in text
    notice = "".join(
        p.extract_text() for p in PdfReader(target.with_name("fiche-notice.pdf")).pages
    )
    assert "serveur" in notice  # the notice says where the sessions are kept
    assert target.with_name("fiche-emargement.pdf").exists()
    assert asked_from_the_console == []
    dialog.reject()
    console.close()
    tdt.operations.wait_for_jobs()
    tdt.shutdown()
    store.close()
    proxy.close()


def test_a_late_arrival_is_seated_without_the_console_waiting(
    qtbot, server_url, pg_server, tmp_path, catalog, clock
) -> None:
    """On a server the seat is made by a worker: the console goes on meanwhile,
    and the person is seated, by the session's event, once the server answered."""
    import threading

    proxy, store, tdt, screens = _console_through_a_proxy(
        pg_server, server_url, tmp_path, catalog, clock
    )
    session = screens.controller.live.id
    console, c = screens.console, screens.controller
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    seated = len(c.live.engine.people)
    asked_from_the_console: list[str] = []
    store.connection.set_trace_callback(asked_from_the_console.append)
    proxy.freeze()
    stuck = threading.Timer(5.0, proxy.cut)  # a console's thread caught waiting: freed, and fails
    stuck.start()
    c.floor.add_person("Zoé Arrivée")
    c.timing.toggle_running()  # the session goes on meanwhile
    stuck.cancel()
    assert len(c.live.engine.people) == seated and c.live.engine.running
    proxy.heal()
    qtbot.waitUntil(lambda: len(c.live.engine.people) == seated + 1, timeout=20_000)
    assert c.live.engine.people[-1].name == "Zoé Arrivée"
    assert asked_from_the_console == []
    console.close()
    tdt.operations.wait_for_jobs()
    other = Store.open_server(server_url)
    stored = other.load(session)
    assert [e.kind.value for e in stored.events] == ["started", "joined"]
    assert stored.engine().people[-1].name == "Zoé Arrivée"
    other.close()
    tdt.shutdown()
    store.close()
    proxy.close()
