"""The coordinator's window on the real server, with the coordinator's own
database role: every group's year in a table, and the service's bilan saved."""

from __future__ import annotations

from pypdf import PdfReader

from app.server.store import CoordinationReader
from app.session.ops.live import LiveSession
from app.session.store import Store
from tests.conftest import make_setup
from ui.home.coordinator_window import CoordinatorWindow


def test_the_coordinator_sees_each_group_and_saves_the_service_bilan(
    qtbot,
    service,
    catalog,
    clock,
    tmp_path,
    monkeypatch,
) -> None:
    anne = Store.open_server(service["anne"])
    live = LiveSession(anne, anne.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    clock.advance(90 * 60)
    live.end()
    group = anne.cycles.group_id("Groupe Alpha")
    cycle = anne.cycles.create_cycle(group, "codev-anact", "Cycle de Mme Kerbrat", 6, clock.wall())
    anne.cycles.attach_session(live.id, cycle)
    anne.close()
    reader = CoordinationReader(service["cora"])
    window = CoordinatorWindow(reader, "fr")
    qtbot.addWidget(window)
    assert window.year.count() == 1 and window.table.rowCount() == 1
    assert window.table.item(0, 0).text() == "Groupe Alpha"
    assert window.table.item(0, 3).text() == "1,5"  # hours
    assert "1 groups" not in window.status.text()  # said in French
    target = tmp_path / "bilan.pdf"
    monkeypatch.setattr(CoordinatorWindow, "ask_path", staticmethod(lambda *_a: target))
    # Issue 28: the cycle's title names someone; the coordinator is asked first.
    asked: list[list[str]] = []
    monkeypatch.setattr(
        CoordinatorWindow, "confirm_third_parties", staticmethod(lambda _p, n, _l: asked.append(n))
    )
    assert window.export_bilan() is None and asked == [["Kerbrat"]]  # cancelled
    assert not target.exists() and "pas été écrit" in window.status.text()
    monkeypatch.setattr(
        CoordinatorWindow,
        "confirm_third_parties",
        staticmethod(lambda _p, n, _l: {name: "une tierce personne" for name in n}),
    )
    assert window.export_bilan() == target and target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.status.text()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Kerbrat" not in text and "Cycle de une tierce personne" in text
    reader.close()


def test_the_coordinators_dialog_says_a_member_may_be_named(qtbot) -> None:
    """The coordinator's role reads no member's name: the service's bilan cannot
    set members aside, and its dialog must not say its names are no member's."""
    from PySide6.QtWidgets import QLabel

    from ui.dialogs import ThirdPartiesDialog

    said = {}
    for known in (True, False):
        dialog = ThirdPartiesDialog(None, ["Kerbrat"], "une tierce personne", members_known=known)
        qtbot.addWidget(dialog)
        said[known] = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "ne sont pas ceux des membres" in said[True]
    assert "ne sont pas ceux des membres" not in said[False]
    assert "un membre" in said[False] and "« une tierce personne »" in said[False]
