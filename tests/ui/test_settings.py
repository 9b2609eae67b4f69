"""What the facilitator set is there at the next run: the chime, the talk bars,
the console's place, the language, the export folder."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.keyboard import press
from ui import settings
from ui.i18n import choose_language
from ui.session.export_dialog import default_folder


def test_the_chime_talk_bars_and_console_place_are_remembered(qtbot, tdt, fresh_settings):
    screens = tdt.start_demo()
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    # The first time, the whole laptop screen: Qt's own first size clips it.
    assert console.windowState() & Qt.WindowState.WindowMaximized
    assert not console.mute_check.isChecked() and not console.bars_check.isChecked()
    press(Qt.Key.Key_M)
    press(Qt.Key.Key_T)
    console.showNormal()
    console.setGeometry(QRect(40, 30, 1200, 700))
    placed = console.geometry()
    console.close()
    assert list(fresh_settings.rglob("*.ini"))  # written to the settings folder

    screens = tdt.start_demo()  # the next session, as the app would start it
    console = screens.console
    assert console.mute_check.isChecked() and screens.chime.muted
    assert console.bars_check.isChecked() and screens.controller.show_talk_bars
    # Where it was (kept inside the screen, which is small offscreen).
    assert (console.geometry().y(), console.geometry().height()) == (placed.y(), placed.height())
    assert not console.windowState() & Qt.WindowState.WindowMaximized
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_M)  # unmuted, and remembered so
    assert not settings.flag(settings.MUTED)


def test_the_language_and_the_export_folder_are_remembered(tmp_path) -> None:
    french_system = QLocale(QLocale.Language.French)  # the test machine's own may be English
    assert choose_language(settings.text(settings.LANGUAGE) or None, french_system) == "fr"
    settings.set_text(settings.LANGUAGE, "en")
    assert choose_language(settings.text(settings.LANGUAGE) or None, french_system) == "en"
    folder = tmp_path / "comptes rendus"
    folder.mkdir()
    settings.set_text(settings.EXPORT_FOLDER, str(folder))
    assert default_folder() == folder
    folder.rmdir()  # gone since: back to the documents folder
    assert default_folder() != folder


def test_a_damaged_settings_file_is_not_a_crash(fresh_settings) -> None:
    fresh_settings.mkdir(parents=True, exist_ok=True)
    ini = fresh_settings / settings.ORGANISATION / f"{settings.APPLICATION}.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_bytes(b"\x00\xff[session\nmuted=\xfe\xfe\nwindows/console=@ByteArray(zz")
    assert settings.flag(settings.MUTED) is False
    settings.geometry(settings.CONSOLE_GEOMETRY)  # read without raising
