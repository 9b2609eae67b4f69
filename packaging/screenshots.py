"""Screenshots for the README, taken from the real windows.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python packaging/screenshots.py

Drives the demo session with a fake clock to a telling moment (the questions
step, in its last minute, someone speaking) and saves the console and the
projection at 1920×1080 in docs/screenshots/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.export.sheet import Releve, synthesis_pdf
from app.protocols import load_catalog
from app.session.ops.live import LiveSession
from app.session.ops.report import collect
from app.session.rules.notes import split_action
from app.session.rules.records import Note
from app.session.store import Store
from tests.helpers.clock import FakeClock
from ui.i18n import install_translator
from ui.main import TourDeTable
from ui.theme import load_fonts

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


NOTES = [
    (2, "question", "Qui d’autre est en lien avec lui (médecin, famille, CCAS) ?"),
    (3, "hypothesis", "Il garde le contrôle en refusant : accepter, ce serait perdre la face."),
    (4, "proposal", "Lui proposer un café à l’accueil, sans formalisme, quand il appelle."),
    (4, "proposal", "Désigner une seule personne référente pour ses appels."),
    (4, "proposal", "Écrire avec lui ce qu’il attend du service, avec ses mots."),
    (5, "action", "Proposer un café à l’accueil au prochain appel|Karim|avant le 15/12"),
    (5, "action", "Faire le point avec l’équipe d’accueil|Karim|réunion du 3/12"),
    (6, "learning", "Un refus peut être une façon de garder la main : ne pas le prendre pour soi."),
    (6, "learning", "Le cadre peut être tenu sans être rigide."),
]


def sheet_png(store: Store, live: LiveSession, clock: FakeClock) -> None:
    """The synthesis sheet of the demo session, as the group would receive it."""
    for step, kind, text in NOTES:
        what, owner, due = split_action(text) if kind == "action" else (text, "", "")
        store.add_note(live.id, Note(0, step, 0, kind, what, None, None, owner, due), 0)
    clock.advance(400)
    live.end()
    data = collect(store, live.id)
    # The sheet for the group, and the relevé for management, validated with the group.
    for name, pdf_bytes in (
        ("synthesis-fr", synthesis_pdf(data)),
        ("releve-fr", synthesis_pdf(data, "fr", Releve(reviewed_wall=clock.wall()))),
    ):
        pdf_png(pdf_bytes, name)


def prep_png(tdt: TourDeTable, clock: FakeClock, lang: str) -> None:
    """The narrator's prep mode, filled in, after two rehearsals."""
    window = tdt.open_prep()
    window.title.setText("Un usager qui refuse tout accompagnement")
    window.narrator.setText("Karim Benali")
    window.situation.setPlainText(
        "Depuis trois mois, un usager suivi par le service refuse chaque rendez-vous proposé. "
        "Il appelle pourtant l’accueil plusieurs fois par semaine, parfois en colère, parfois "
        "pour parler de tout et de rien. L’équipe d’accueil est épuisée. " * 6
    )
    window.difficulty.setPlainText("Je ne sais plus si insister l’aide ou l’éloigne.")
    window.tried.setPlainText("Courriers, appels, une visite à domicile annulée au dernier moment.")
    window.stakes.setPlainText("Ne pas lâcher quelqu’un qui, à sa façon, appelle à l’aide.")
    window.question.setText("Comment garder le lien sans le forcer ?")
    window.help_expected.setPlainText("Des expériences comparables, des idées concrètes.")
    window.rate.setValue(90)
    for durations in ((260, 180, 150, 50), (220, 170, 160, 60)):
        window.start_rehearsal()
        for seconds in durations:
            clock.advance(seconds)
            window.next_part()
    window.setGeometry(0, 0, 1600, 1000)
    QApplication.processEvents()
    window.grab().save(str(OUT / f"prep-{lang}.png"))


def cycle_pngs(tdt: TourDeTable, store: Store, first: int, clock: FakeClock, lang: str) -> None:
    """Session 2 of the demo group: its "retour" step, the home, the cycle's bilan."""
    from app.export.bilan import bilan_pdf
    from app.group.ops.figures import collect_cycle
    from app.group.rules import ActionStatus
    from app.group.store import Cycles
    from app.session.rules.demo import demo_setup

    cycles = Cycles(store)
    group = store.load(first).group
    cycle_id = cycles.create_cycle(
        cycles.group_id(group), "codev-anact", "2026-2027", 6, clock.wall()
    )
    cycles.attach_session(first, cycle_id)
    for n, day in enumerate(
        ("2026-09-21", "2026-10-19", "2026-11-16", "2027-01-11", "2027-02-08", "2027-03-08"),
        start=1,
    ):
        cycles.plan(cycle_id, n, day, "09:30", 150, "Salle du conseil, 2e étage")
    store.answers.record_answer(
        first, "2026-09-25", "2026-10-09", "", "Deux jours de formation aux écrits en janvier", 0
    )
    setup = demo_setup(tdt.catalog)
    setup = type(setup)(
        setup.group, setup.protocol, setup.participants, setup.cases, cycle_id=cycle_id
    )
    clock.advance(28 * 86400)
    second = store.create_session(setup, clock.wall())
    for session_id in (first, second):
        store.set_case_theme(session_id, 0, "Lien avec les usagers")
    screens = tdt.open_session(second)
    c = screens.controller
    c.timing.toggle_running()
    clock.advance(4 * 60)
    c.timing.next_step()
    c.floor.floor_by_position(1)
    clock.advance(3 * 60)
    c.actions.mark(ActionStatus.DONE, "il est venu deux fois")
    c.refresh()
    for window in (screens.console, screens.projection):
        window.showNormal()
        window.setGeometry(0, 0, 1920, 1080)
    screens.projection.flash_cover.hide()
    for _ in range(5):
        QApplication.processEvents()
    screens.console.grab().save(str(OUT / f"retour-console-{lang}.png"))
    screens.projection.grab().save(str(OUT / f"retour-projection-{lang}.png"))
    c.actions.mark(ActionStatus.IN_PROGRESS, "l’équipe se réunit en janvier")
    c.end_session()
    screens.console.close()
    QApplication.processEvents()
    carried_twice_png(tdt, store, setup, clock, lang)
    papers_png(store, second, lang)
    tdt.show_home()
    tdt.home.setGeometry(0, 0, 1100, 900)
    for _ in range(3):
        QApplication.processEvents()
    tdt.home.grab().save(str(OUT / f"home-{lang}.png"))
    checked = ["collective", "work_centred", "produces"]
    pdf_png(bilan_pdf(collect_cycle(store, cycle_id), checked, lang), f"bilan-{lang}")


def pdf_png(pdf_bytes: bytes, name: str) -> None:
    pdf = OUT / f"{name}.pdf"
    pdf.write_bytes(pdf_bytes)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(OUT / name)],
            check=True,
        )
    pdf.unlink()


def carried_twice_png(tdt: TourDeTable, store: Store, setup: object, clock: FakeClock, lang: str):
    """Session 3's "retour": the action left in progress in session 2 is on it again."""
    clock.advance(28 * 86400)
    third = store.create_session(setup, clock.wall())  # type: ignore[arg-type]
    screens = tdt.open_session(third)
    c = screens.controller
    c.timing.toggle_running()
    clock.advance(3 * 60)
    c.timing.next_step()
    clock.advance(2 * 60)
    c.refresh()
    screens.console.showNormal()
    screens.console.setGeometry(0, 0, 1920, 1080)
    for _ in range(5):
        QApplication.processEvents()
    screens.console.grab().save(str(OUT / f"retour-carried-{lang}.png"))
    c.end_session()
    screens.console.close()
    QApplication.processEvents()


def papers_png(store: Store, session_id: int, lang: str) -> None:
    """The attendance sheet of a session, and the participants' information notice."""
    from app.export.attendance import attendance_pdf
    from app.export.notice import NoticeFacts, notice_pdf
    from app.session.ops.actions import attendance_sheet

    sheet = attendance_sheet(store, session_id=session_id, lang=lang)
    pdf_png(attendance_pdf(sheet, lang), f"attendance-{lang}")
    stored = store.load(session_id)
    facilitator = stored.facilitator.name if stored.facilitator else ""
    pdf_png(notice_pdf(NoticeFacts(stored.group, facilitator, False, 24), lang), f"notice-{lang}")


def laptop_pngs(catalog: object, lang: str) -> None:
    """A cycle's second session at its heaviest on a facilitator's laptop: the
    opening with management's answer and the "retour" with eight actions at
    1366×768, the retour with twenty people running late at 1536×864."""
    from tests.helpers.cycle_states import second_session
    from tests.helpers.fit import LAPTOP, LAPTOP_125, place

    for screen, people, name in ((LAPTOP, 12, "1366"), (LAPTOP_125, 20, "1536")):
        clock = FakeClock()
        store = Store.open(Path(tempfile.mkdtemp()) / "data")
        tdt = TourDeTable(store, catalog, lang, clock, use_audio=False)  # type: ignore[arg-type]
        screens = tdt.open_session(second_session(store, catalog, clock, people=people))  # type: ignore[arg-type]
        c, console = screens.controller, screens.console
        c.timing.toggle_running()
        clock.advance(3 * 60)
        c.floor.floor_by_position(0)
        c.refresh()
        place(console, screen)
        if screen is LAPTOP:
            console.grab().save(str(OUT / f"laptop-{name}-opening-{lang}.png"))
        clock.advance(12 * 60)  # a long opening: the session runs late
        c.timing.next_step()
        c.floor.floor_by_position(2)
        clock.advance(2 * 60)
        c.refresh()
        place(console, screen)
        console.grab().save(str(OUT / f"laptop-{name}-retour-{lang}.png"))
        c.end_session()
        tdt.shutdown()  # the console never closed: home is not shown over a closed store
        store.close()


def year_pngs(catalog: object, lang: str) -> None:
    """A group's real year at 1366×768 (issue 26): the cycle made after session 1,
    a session created and never held, management's answer 56 days after the
    relevé, the scores sheet saved twice, the framing note written; then home,
    the group window's members, calendar, bilan and framing tabs, and the
    cycle's bilan as printed."""
    import time
    from datetime import date, datetime

    from app.export.bilan import bilan_pdf
    from app.group.ops.actions import record_answer, record_evaluation
    from app.group.ops.figures import collect_cycle
    from app.group.rules import FramingNote
    from tests.group.test_a_cycle_lived import MONTH, hold, setup
    from tests.helpers.fit import LAPTOP, place

    def day(wall: float) -> str:
        return datetime.fromtimestamp(wall).date().isoformat()

    clock = FakeClock(wall_now=time.time() - 300 * 86400)
    store = Store.open(Path(tempfile.mkdtemp()) / "data")
    first = store.create_session(setup(catalog, 0, None), clock.wall())
    hold(store, clock, first)
    store.add_note(first, Note(0, 6, 0, "action", "Appeler la CAF", owner="Bruno"), 0)
    store.mark_releve_sent(first, day(clock.wall()), clock.wall())
    first_day = day(store.load(first).started_wall or 0)
    clock.advance(86400)
    cycles = store.cycles
    group_id = cycles.group_id("Équipe du Nord")
    cycle_id = cycles.create_cycle(group_id, "codev-anact", "2026-2027", 6, clock.wall())
    days = [first_day] + [day(clock.wall() + n * MONTH) for n in range(1, 6)]
    for number, planned in enumerate(days, start=1):
        cycles.plan(cycle_id, number, planned, "09:30", 180, "Salle B, 2e étage")
    clock.advance(55 * 86400)
    record_answer(
        store, session_id=first, sent_day=day(clock.wall()), answered_day=day(clock.wall()),
        analysis="Le constat est partagé.", decisions="Un référent CAF par site.", about="",
        wall=clock.wall(),
    )  # fmt: skip
    for n in range(2, 6):
        clock.advance(MONTH)
        if n == 3:  # created for the third date, never started
            store.create_session(setup(catalog, 1, cycle_id), clock.wall())
            clock.advance(86400)
        hold(store, clock, store.create_session(setup(catalog, n - 1, cycle_id), clock.wall()))
    for _ in range(2):  # the scores sheet saved twice: counted once
        record_evaluation(
            store, cycle_id=cycle_id, session_id=first,
            tally={"helped_practice": {4: 5, 5: 3}, "frame_kept": {5: 8}}, wall=clock.wall(),
        )  # fmt: skip
    store.framing.save_framing_note(
        group_id,
        FramingNote(
            origin="Demande des agents de l’accueil, portée par la cheffe de service.",
            objectives="Prendre du recul sur les situations difficiles\nPartager les savoir-faire",
            perimeter="Les agents d’accueil des trois sites du Nord",
            themes="Les publics en colère\nLes appels répétés",
            facilitation="pair",
            facilitators="Anne Facil et Marc Dupin",
            size_low=6,
            size_high=8,
            diversity_met=("age", "functions"),
            contact="Anne Facil, poste 4412, avant le 15 janvier",
        ),
        clock.wall(),
    )
    tdt = TourDeTable(store, catalog, lang, clock, use_audio=False)  # type: ignore[arg-type]
    tdt.show_home()
    place(tdt.home, LAPTOP)
    tdt.home.grab().save(str(OUT / f"year-home-{lang}.png"))
    window = tdt.open_group(group_id)
    place(window, LAPTOP)
    for tab, name in (
        (window.members, "members"),
        (window.calendar, "calendar"),
        (window.bilan, "bilan"),
        (window.framing, "framing"),
    ):
        window.tabs.setCurrentWidget(tab)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # the bilan's figures come from a worker
            QApplication.processEvents()
            if tab is not window.bilan or window.bilan.heard.count():
                break
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(OUT / f"year-group-{name}-{lang}.png"))
    window.close()
    figures = collect_cycle(store, cycle_id, date.fromtimestamp(clock.wall()))
    pdf_png(bilan_pdf(figures, ["collective", "work_centred"], lang), f"year-bilan-{lang}")
    tdt.shutdown()
    store.close()


def main() -> int:
    app = QApplication(sys.argv)
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    install_translator(app, lang)
    load_fonts()
    clock = FakeClock()
    store = Store.open(Path(tempfile.mkdtemp()) / "data")
    tdt = TourDeTable(store, load_catalog(), lang, clock, use_audio=False)
    screens = tdt.start_demo()
    c = screens.controller
    c.timing.toggle_running()
    clock.advance(5 * 60)
    c.timing.next_step()
    c.floor.floor_by_position(1)
    clock.advance(12 * 60)
    c.timing.next_step()
    for position, seconds in ((2, 240), (3, 300), (5, 150), (2, 200), (3, 170)):
        c.floor.floor_by_position(position)
        clock.advance(seconds)
    console = screens.console
    console.note_edit.setText("? Depuis quand appelle-t-il l’accueil ?")
    console.save_note_draft()
    console.draft.finish()
    console.note_edit.setText("~ Il teste la fiabilité du lien")
    console.save_note_draft()
    console.draft.finish()
    console.note_edit.clear()
    c.refresh()
    for window in (console, screens.projection):
        window.showNormal()
        window.setGeometry(0, 0, 1920, 1080)
    screens.projection.flash_cover.hide()
    for _ in range(5):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    console.grab().save(str(OUT / f"console-{lang}.png"))
    screens.projection.grab().save(str(OUT / f"projection-{lang}.png"))
    screens.help.toggle()  # the key list, over the console
    for _ in range(3):
        app.processEvents()
    console.grab().save(str(OUT / f"help-{lang}.png"))
    # A common laptop screen: 1366×768 (what the console must fit, and read well in).
    for window in (console, screens.projection):
        window.setGeometry(0, 0, 1366, 768)
    for _ in range(5):
        app.processEvents()
    console.grab().save(str(OUT / f"help-1366-{lang}.png"))
    screens.help.toggle()
    for _ in range(3):
        app.processEvents()
    console.grab().save(str(OUT / f"console-1366-{lang}.png"))
    screens.projection.grab().save(str(OUT / f"projection-1366-{lang}.png"))
    for window in (console, screens.projection):
        window.setGeometry(0, 0, 1920, 1080)
    # Compréhension, élaboration des possibles, action possible: a plausible meeting.
    c.floor.floor_by_position(4)
    clock.advance(60)
    for turns in (
        ((1, 420), (2, 180), (3, 240), (4, 150), (5, 210)),  # compréhension
        ((2, 380), (3, 330), (4, 290), (5, 360), (2, 180)),  # élaboration des possibles
        ((1, 780),),  # action possible: the narrator
    ):
        c.timing.next_step()
        for position, seconds in turns:
            c.floor.floor_by_position(position)
            clock.advance(seconds)
    # The round at the end, for the projection's round view.
    c.timing.next_step()
    c.floor.floor_by_position(2)
    clock.advance(50)
    c.refresh()
    app.processEvents()
    screens.projection.grab().save(str(OUT / f"projection-round-{lang}.png"))
    sheet_png(store, c.live, clock)
    prep_png(tdt, clock, lang)
    cycle_pngs(tdt, store, c.live.id, clock, lang)
    laptop_pngs(tdt.catalog, lang)
    year_pngs(tdt.catalog, lang)
    tdt.shutdown()
    store.close()
    print(f"saved in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
