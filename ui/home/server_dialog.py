"""Where the sessions are kept: this computer (the default), or the service's
PostgreSQL server. The address is remembered in the settings, its password in
the system's keyring; the change takes effect at the next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.server.ops.connection import check_server, keep_password
from ui import settings
from ui.dialogs import ok_cancel, status_line
from ui.operations import failure_text

PLACEHOLDER = "postgresql+psycopg://anne@pg.service.fr/tourdetable"


# Tries an address with a password: StoreError says why it failed.
Trial = Callable[..., None]


class ServerDialog(QDialog):
    def __init__(self, try_server: Trial, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._try_server = try_server  # from the app's start, the one place that opens stores
        self.setWindowTitle(self.tr("Where the sessions are kept"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("On this computer (the default)"))
        self.server = QRadioButton(self.tr("On the service's PostgreSQL server"))
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        form = QFormLayout()
        self.url = QLineEdit(settings.text(settings.DATABASE_URL))
        self.url.setPlaceholderText(PLACEHOLDER)
        self.url.setAccessibleName(self.tr("The server's address"))
        form.addRow(self.tr("Address:"), self.url)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.try_button = QPushButton(self.tr("Try the connection"))
        self.try_button.clicked.connect(self.try_connection)
        layout.addWidget(self.try_button)
        self.status = status_line(
            self.tr("The password goes to this computer's keyring, never to a file.")
        )
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel(self.save, self.reject))
        (self.server if self.url.text() else self.local).setChecked(True)
        self.local.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        for widget in (self.url, self.password, self.try_button):
            widget.setEnabled(self.server.isChecked())

    def _refused(self, exc: Exception) -> bool:
        text = failure_text(exc)
        if text is None:
            raise exc
        self.status.setText(text)
        return False

    def try_connection(self) -> bool:
        try:
            self._try_server(url=self.url.text().strip(), password=self.password.text())
        except Exception as exc:
            return self._refused(exc)
        self.status.setText(self.tr("The server answers: the sessions can be kept there."))
        return True

    def save(self) -> None:
        """Kept for the next start; a wrong address is said and nothing is kept."""
        url = self.url.text().strip() if self.server.isChecked() else ""
        if url:
            try:
                check_server(url=url)
                keep_password(url=url, password=self.password.text())
            except Exception as exc:
                self._refused(exc)
                return
        settings.set_text(settings.DATABASE_URL, url)
        self.accept()
