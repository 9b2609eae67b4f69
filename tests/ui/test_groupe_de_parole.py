"""A groupe de parole as it runs: set up without a situation, one or two
situations chosen live in the "list the situations" step, responses and
resources tagged, kept apart on the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.export.sheet import synthesis_pdf
from app.session.ops.report import collect
from tests.test_sheet import flat, text_of
from tests.ui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def note(text: str, tag_key: Qt.Key | None = None) -> None:
    press(Qt.Key.Key_N)
    type_text(text)
    press(Qt.Key.Key_Return)
    if tag_key is not None:
        press(Qt.Key.Key_Up, CTRL)  # the note just filed
        press(tag_key, CTRL)


def test_a_groupe_de_parole_chooses_its_situations_live(qtbot, tdt, store) -> None:
    dialog = tdt.ask_new_session()
    dialog.group.setCurrentText("Équipe accueil")
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("groupe-parole"))
    dialog.names.setPlainText("Bruno\nChloé\nDédé\nÉlise\n")
    dialog.case_count.setValue(2)  # one or two situations, depending on the time
    assert dialog.case_count.maximum() == 2
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.session_id is not None, dialog.cases_error.text()  # no title, no narrator asked
    screens = tdt.screens
    console, live = screens.console, screens.controller.live
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Right)  # the "météo": a word each, twenty seconds each
    assert live.engine.current.step.id == "weather"
    assert "créneau 0:20" in console.round.text()
    assert screens.projection.countdown.text() == ""  # a bar, no digits, for the room
    press(Qt.Key.Key_Right)  # "Lister les situations, en choisir une"
    assert console.cases.isVisible()
    people = {p.name: p.id for p in live.engine.people}
    for i, (title, narrator) in enumerate(
        [("Un usager agressif au guichet", "Chloé"), ("Une collègue épuisée", "Bruno")]
    ):
        qtbot.mouseClick(console.cases.titles[i], Qt.MouseButton.LeftButton)
        console.cases.titles[i].selectAll()
        type_text(title)
        combo = console.cases.narrators[i]
        combo.setCurrentIndex(combo.findData(people[narrator]))
        qtbot.mouseClick(console.cases.buttons[i], Qt.MouseButton.LeftButton)
    assert [(c.title, c.narrator_id) for c in live.engine.cases] == [
        ("Un usager agressif au guichet", people["Chloé"]),
        ("Une collègue épuisée", people["Bruno"]),
    ]
    press(Qt.Key.Key_Right)  # the account of the first situation: Chloé tells it
    assert live.engine.current.step.id == "account"
    assert live.engine.expected_speakers(live.engine.step_index) == [people["Chloé"]]
    assert not console.cases.isVisible()
    assert "Un usager agressif au guichet" in console.step_title.text()

    while live.engine.current.step.id != "how_to":
        press(Qt.Key.Key_Right)
    note("réponse: l’écouter d’abord, sans se justifier", Qt.Key.Key_1)  # immediate
    note("réponse: revoir l’accueil avec la cheffe de service", Qt.Key.Key_2)  # deferred
    press(Qt.Key.Key_Right)  # the resources
    note("ressource: la médiatrice du service", Qt.Key.Key_1)  # internal
    note("ressource: le CMP du quartier", Qt.Key.Key_2)  # external
    tags = [(n.kind, n.tag) for n in store.notes(live.id)]
    assert tags == [
        ("response", "immediate"),
        ("response", "deferred"),
        ("resource", "internal"),
        ("resource", "external"),
    ]

    # Reopened later, the situations are still the chosen ones; the sheet keeps them apart.
    text = flat(text_of(synthesis_pdf(collect(store, live.id)))[1])
    for expected in (
        "Un usager agressif au guichet",
        "Réponse immédiate l’écouter d’abord",
        "Réponse différée revoir l’accueil",
        "Ressource interne la médiatrice",
        "Ressource externe le CMP",
    ):
        assert expected in text, expected
    assert store.load(live.id).cases[1].title == "Une collègue épuisée"
