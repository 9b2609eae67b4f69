"""Protecting the sessions with a passphrase (SQLCipher), changing it, taking it
off; and asking for it when the app starts on a protected folder. Off by default:
a forgotten passphrase cannot be recovered, and the dialog says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.privacy.rules.passphrase import MIN_PASSPHRASE, long_enough
from app.session.ops.actions import protect_store
from ui.operations import Operations


def ask_passphrase(parent: QWidget | None, folder: str, again: bool) -> str | None:
    """At start: the passphrase of a protected folder (None: the user gave up)."""
    label = QCoreApplication.translate(
        "Passphrase", "The sessions in {folder} are protected. Passphrase:"
    ).format(folder=folder)
    if again:
        label = (
            QCoreApplication.translate("Passphrase", "That passphrase does not open them.")
            + "\n"
            + label
        )
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Passphrase", "Protected sessions"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class PassphraseDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(self.tr("Protect the sessions with a passphrase"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "The sessions on this computer will be encrypted: without the passphrase "
                "nobody can read them, not even the app. If it is forgotten, nobody can "
                "recover them — there is no reset. Write it down and keep it somewhere safe."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        form = QFormLayout()
        self.new = self._password(self.tr("New passphrase"))
        self.repeat = self._password(self.tr("The same again"))
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("The same again"), self.repeat)
        layout.addLayout(form)
        self.understood = QCheckBox(
            self.tr("I understand that a forgotten passphrase cannot be recovered")
        )
        layout.addWidget(self.understood)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.protect_button = QPushButton(self.tr("Protect"))
        self.protect_button.clicked.connect(self.protect)
        buttons.addButton(self.protect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = QPushButton(self.tr("Remove the protection"))
        self.remove_button.clicked.connect(self.remove)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_state()

    def _password(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def _show_state(self) -> None:
        available = self.operations.encryption_available
        encrypted = bool(self.operations.read(lambda s: s.encrypted))
        if not available:
            self.state.setText(self.tr("Encryption is not available on this computer."))
        elif encrypted:
            self.state.setText(self.tr("The sessions are protected. A new passphrase replaces it."))
        else:
            self.state.setText(self.tr("The sessions are not protected."))
        for widget in (self.new, self.repeat, self.understood, self.protect_button):
            widget.setEnabled(available)
        self.protect_button.setText(
            self.tr("Change the passphrase") if encrypted else self.tr("Protect")
        )
        self.remove_button.setVisible(available and encrypted)

    def protect(self) -> None:
        new = self.new.text()
        if not long_enough(new):
            self.error.setText(
                self.tr("A passphrase has {n} characters at least: a few words.").format(
                    n=MIN_PASSPHRASE
                )
            )
            return
        if new != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        if not self.understood.isChecked():
            self.error.setText(self.tr("Tick that you understand it cannot be recovered."))
            return
        self._apply(new)

    def remove(self) -> None:
        self._apply(None)

    def _apply(self, passphrase: str | None) -> None:
        if not self.operations.write(
            lambda s: protect_store(s, passphrase=passphrase),
            origin=self,
            failed=self.error.setText,
        ):
            return
        self.error.clear()
        self.new.clear()
        self.repeat.clear()
        self.understood.setChecked(False)
        self._show_state()
