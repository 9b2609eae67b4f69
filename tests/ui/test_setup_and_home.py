"""Home and new-session setup: quick to fill, wrong input shown by its field."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from app.errors import StoreError, StoreProblem
from tests.helpers.platforms import ON_WINDOWS
from ui.home.setup_dialog import NewSessionDialog
from ui.main import TourDeTable
from ui.operations import Operations

EIGHT = "Bruno\nChloé\nDédé\nÉlise\nFatou\nGrégoire\nHugo\nIrène\n"


def dialog_for(qtbot, store, catalog) -> NewSessionDialog:
    dialog = NewSessionDialog(Operations(store), catalog, "fr", wall=lambda: 1_790_000_000.0)
    qtbot.addWidget(dialog)
    return dialog


def test_a_group_of_eight_pasted_at_once(qtbot, store, catalog) -> None:
    dialog = dialog_for(qtbot, store, catalog)
    dialog.group.setCurrentText("Équipe 93")
    dialog.names.setPlainText(EIGHT)
    assert dialog.roles.rowCount() == 8
    assert [dialog.case_rows[0].narrator.itemText(i) for i in range(1, 9)][:2] == ["Bruno", "Chloé"]
    dialog.case_rows[0].narrator.setCurrentText("Irène")
    dialog.case_rows[0].title.setText("Accueil d’un public en colère")
    scribe = dialog.roles.cellWidget(1, 1)
    scribe.setCurrentIndex(1)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.session_id is not None
    stored = store.load(dialog.session_id)
    assert [p.name for p in stored.people][:3] == ["Bruno", "Chloé", "Dédé"]
    assert stored.people[1].role.value == "scribe" and stored.people[7].role.value == "narrator"
    assert stored.cases[0].title == "Accueil d’un public en colère"


def test_wrong_input_is_pointed_out_and_nothing_is_lost(qtbot, store, catalog) -> None:
    dialog = dialog_for(qtbot, store, catalog)
    typed = "Bruno\nChloé\nbruno\n" + "x" * 100
    dialog.names.setPlainText(typed)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.session_id is None
    assert dialog.group_error.text() == "Donnez un nom ou un code au groupe."
    people = dialog.people_error.text()
    assert "« bruno » apparaît deux fois" in people and "Le nom 4 est trop long" in people
    assert "Choisissez le narrateur ou la narratrice du cas 1." in dialog.cases_error.text()
    assert "Donnez un titre court au cas 1." in dialog.cases_error.text()
    assert dialog.names.toPlainText() == typed  # nothing lost
    assert store.summaries() == []

    dialog.group.setCurrentText("G")
    dialog.names.setPlainText("Bruno")
    dialog.case_rows[0].narrator.setCurrentText("Bruno")
    dialog.case_rows[0].title.setText("Cas")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.people_error.text() == "Il faut au moins un consultant en plus du narrateur."
    assert dialog.group_error.isHidden()


def test_peer_exchange_takes_several_cases_each_with_its_narrator(qtbot, store, catalog) -> None:
    dialog = dialog_for(qtbot, store, catalog)
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("echanges-pairs"))
    assert dialog.case_count.value() == 2 and len(dialog.case_rows) == 2
    dialog.case_count.setValue(3)
    dialog.group.setCurrentText("Pairs")
    dialog.names.setPlainText(EIGHT)
    for i, row in enumerate(dialog.case_rows):
        row.title.setText(f"Cas {i}")
        row.narrator.setCurrentIndex(i + 1)
    dialog.case_count.setValue(2)
    assert len(dialog.case_rows) == 2
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    stored = store.load(dialog.session_id)
    assert [c.title for c in stored.cases] == ["Cas 0", "Cas 1"]
    assert len(stored.plan) == 2 + 5 * 2


def test_a_known_group_brings_back_its_people(qtbot, store, catalog) -> None:
    first = dialog_for(qtbot, store, catalog)
    first.group.setCurrentText("Groupe B")
    first.facilitator.setText("Anne")
    first.names.setPlainText("Bruno\nChloé")
    first.case_rows[0].narrator.setCurrentText("Chloé")
    first.case_rows[0].title.setText("Cas")
    first.create_session()
    second = dialog_for(qtbot, store, catalog)
    second.group.setCurrentText("Groupe B")
    assert second.names.toPlainText() == "Bruno\nChloé"
    assert second.facilitator.text() == "Anne"


def test_a_full_disk_at_creation_is_told_in_the_dialog(qtbot, store, catalog, monkeypatch) -> None:
    dialog = dialog_for(qtbot, store, catalog)
    dialog.group.setCurrentText("G")
    dialog.names.setPlainText("Bruno\nChloé")
    dialog.case_rows[0].narrator.setCurrentText("Bruno")
    dialog.case_rows[0].title.setText("Cas")

    def full(*_a, **_k):
        raise StoreError(StoreProblem.DISK_FULL, store.path)

    monkeypatch.setattr(store, "create_session", full)
    dialog.create_session()
    assert dialog.general_error.text().startswith("Le disque est plein")
    assert dialog.names.toPlainText() == "Bruno\nChloé"


def test_a_full_disk_during_the_session_keeps_the_state(qtbot, tdt, monkeypatch) -> None:
    screens = tdt.start_demo()
    live = screens.controller.live

    def full(*_a, **_k):
        raise StoreError(StoreProblem.DISK_FULL, live.store.path)

    monkeypatch.setattr(live.store, "append_event", full)
    qtbot.keyClick(screens.console, Qt.Key.Key_Space)
    assert not live.engine.running
    assert screens.console.error.text().startswith("Le disque est plein")


def test_a_corrupt_database_is_announced_on_home(qtbot, data_dir, catalog, clock) -> None:
    data_dir.mkdir()
    (data_dir / "tourdetable.db").write_bytes(b"garbage" * 50)
    from app.session.store import Store

    store = Store.open(data_dir)
    main = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(main.home)
    assert "conservée telle quelle" in main.home.notice.text()
    assert str(store.moved_aside) in main.home.notice.text()
    store.close()


def test_past_sessions_open_read_only(qtbot, tdt, store, monkeypatch) -> None:
    screens = tdt.start_demo()
    screens.controller.end_session()
    screens.console.close()
    assert tdt.home.isVisible()  # closing the console brings home back
    assert not tdt.home.resume_box.isVisible()
    qtbot.waitUntil(lambda: tdt.home.past.count() == 1)  # just after the first paint
    qtbot.mouseClick(tdt.home.open_past_button, Qt.MouseButton.LeftButton)
    console = tdt.screens.console
    assert not console.start_button.isEnabled() and not console.person_buttons[0].isEnabled()
    raw = sqlite3.connect(store.path)
    assert raw.execute("select count(*) from events").fetchone()[0] == 1
    raw.close()


def test_english_on_request(qtbot, qapp, french, store, catalog, clock) -> None:
    from ui.i18n import install_translator

    qapp.removeTranslator(french)
    try:
        assert install_translator(qapp, "en") is None  # English is the source language
        main = TourDeTable(store, catalog, "en", clock, use_audio=False)
        qtbot.addWidget(main.home)
        screens = main.start_demo()
        assert screens.projection.cue.text() == "Ready to start"
        assert screens.projection.heading.text() == "Step 1 of 7 · Opening, group rules"
        assert "Refrain from judging" in screens.projection.rules.text()
        screens.console.close()
    finally:
        qapp.installTranslator(french)


def test_home_lists_past_sessions_a_page_at_a_time(qtbot, tdt, store, catalog) -> None:
    from tests.conftest import make_setup
    from ui.home.home import PAGE

    for n in range(PAGE * 2 + 20):
        store.create_session(make_setup(catalog), 1_700_000_000 + n)
    with store.transaction() as db:
        db.execute("UPDATE sessions SET state = 'ended'")
    tdt.show_home()
    home = tdt.home
    qtbot.waitUntil(lambda: home.past.count() == PAGE)  # just after the first paint
    assert home.more_button.isVisible()
    assert home.more_button.text() == f"Afficher {PAGE} de plus"
    qtbot.mouseClick(home.more_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.more_button, Qt.MouseButton.LeftButton)
    assert home.past.count() == PAGE * 2 + 20 and not home.more_button.isVisible()
    assert home.past_ids[0] == max(s.id for s in store.summaries())  # newest first
    assert len(set(home.past_ids)) == PAGE * 2 + 20


def test_home_shows_user_text_as_typed(qtbot, tmp_path, catalog, clock) -> None:
    from PySide6.QtGui import QTextDocument

    from app.session.store import Store

    # Windows forbids < and > in a folder's name; an entity is rich text too.
    name = "&lt;b&gt;équipe & co" if ON_WINDOWS else "<b>équipe & co</b>"
    store = Store.open(tmp_path / name)
    main = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(main.home)
    main.home.tell("Fichier <i>a.db</i> & 'b'")
    shown = []
    for label in (main.home.folder, main.home.notice):
        doc = QTextDocument()
        doc.setHtml(label.text())
        shown.append(doc.toPlainText())
    assert shown[0].endswith(name)
    assert shown[1] == "Fichier <i>a.db</i> & 'b'"
    store.close()


def test_a_start_into_the_demo_builds_home_only_when_it_shows(qtbot, store, clock) -> None:
    main = TourDeTable(store, None, "fr", clock, use_audio=False)
    main.tell("Dossier de démonstration : /tmp/x")
    screens = main.start_demo()
    assert main._home is None  # the console came first, alone
    qtbot.waitUntil(screens.projection.isVisible)
    screens.console.close()  # back to home, as when the session window is closed
    qtbot.addWidget(main.home)
    assert main.home.isVisible()
    assert "Dossier de démonstration" in main.home.notice.text()
    main.shutdown()


def test_a_case_is_given_a_theme_typed_or_used_before(qtbot, store, catalog) -> None:
    dialog = dialog_for(qtbot, store, catalog)
    dialog.group.setCurrentText("Équipe 93")
    dialog.names.setPlainText(EIGHT)
    row = dialog.case_rows[0]
    row.narrator.setCurrentText("Irène")
    row.title.setText("Un usager en colère")
    assert row.theme.count() == 0  # nothing used before
    qtbot.keyClicks(row.theme, "Accueil du public " * 10)  # cut to its length
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    theme = store.load(dialog.session_id).case_themes[0]
    assert theme.startswith("Accueil du public") and len(theme) <= 80

    second = dialog_for(qtbot, store, catalog)
    assert second.case_rows[0].theme.itemText(0) == theme  # offered again
    assert second.case_rows[0].theme.currentText() == ""


def test_two_facilitators_are_recorded_shown_and_out_of_the_figures(qtbot, store, catalog) -> None:
    from app.export.sheet import build_content
    from app.session.ops.live import LiveSession
    from app.session.ops.report import collect
    from app.session.rules.fairness import session_fairness
    from tests.helpers.clock import FakeClock

    dialog = dialog_for(qtbot, store, catalog)
    dialog.group.setCurrentText("Équipe 93")
    dialog.facilitator.setText("Anne Facil")
    dialog.co_facilitator.setText("Paul Cofac")
    dialog.names.setPlainText(EIGHT)
    dialog.case_rows[0].narrator.setCurrentText("Irène")
    dialog.case_rows[0].title.setText("Accueil d’un public en colère")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    stored = store.load(dialog.session_id)
    assert [p.name for p in stored.facilitators] == ["Anne Facil", "Paul Cofac"]
    narrator = next(p for p in stored.people if p.id == stored.cases[0].narrator_id)
    assert narrator.name == "Irène"  # the narrator's seat counts both facilitators
    clock = FakeClock()
    live = LiveSession(store, stored.id, clock)
    live.start()
    for person in [*stored.facilitators, narrator]:
        live.give_floor(person.id)
        clock.advance(60)
    live.end()
    data = collect(store, stored.id)
    fairness = session_fairness(data.engine, data.now)
    assert not {p.id for p in stored.facilitators} & set(fairness.population)
    header = dict(build_content(data, "fr").header)
    assert "Anne Facil, Paul Cofac" in header.values()


def test_the_new_session_form_says_the_methods_advised_size_and_refuses_nothing(qtbot, tdt) -> None:
    dialog = tdt.ask_new_session()
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("codev-anact"))
    dialog.names.setPlainText("\n".join(f"Personne {n}" for n in range(1, 13)))
    assert dialog.size_advice.isVisibleTo(dialog)
    assert "5 à 8" in dialog.size_advice.text() and "12" in dialog.size_advice.text()
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("groupe-parole"))
    assert not dialog.size_advice.isVisibleTo(dialog)
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("codev-anact"))
    dialog.names.setPlainText("\n".join(f"Personne {n}" for n in range(1, 7)))
    assert not dialog.size_advice.isVisibleTo(dialog)


def test_a_first_start_says_how_to_begin_and_offers_the_demo(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    """Issue 30: after installing, home was empty and the demo existed only as a
    command-line flag. With no group yet, home says how to begin in one line and
    starts the demo in a process of its own (a temporary folder: this store is
    never touched)."""
    from tests.conftest import make_setup

    launched: list[list[str]] = []
    monkeypatch.setattr(
        TourDeTable, "start_process", staticmethod(lambda c: launched.append(c) or True)
    )
    tdt.show_home()
    home = tdt.home
    assert home.welcome.isVisible()
    assert f"« {home.new_button.text()} »" in home.welcome_text.text()  # the button it names
    qtbot.mouseClick(home.demo_button, Qt.MouseButton.LeftButton)
    [command] = launched
    assert command[-3:] == ["--demo", "--lang", "fr"]
    assert "fenêtre à part" in home.notice.text()
    assert store.summaries() == []  # the demo is not in this store

    store.create_session(make_setup(catalog), clock.wall())
    home.refresh()
    assert not home.welcome.isVisible()  # a group exists: home is no longer empty


def test_the_app_can_start_itself_again(tmp_path) -> None:
    """The command the demo is started with runs this very app."""
    import subprocess

    from app import __version__
    from ui.main import app_command

    done = subprocess.run(
        app_command("--version"), capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0 and __version__ in done.stdout
