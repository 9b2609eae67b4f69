"""The coordinator's window on the real server, with the coordinator's own
database role: every group's year in a table, and the service's bilan saved."""

from __future__ import annotations

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
    assert window.export_bilan() == target and target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.status.text()
    reader.close()
