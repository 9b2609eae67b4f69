"""The one road from a window to the store (Anki's ``CollectionOp``/``QueryOp``).

A window hands :class:`Operations` a function of the store, taken from
:mod:`app.changes` or a read of the store; it never holds the store itself.
Every failure is worded here, once, in the user's language; every change is
announced by :attr:`Operations.did_execute` with its :class:`OpChanges`, so
that each window redraws only what it shows.

Slow reads run on a worker thread with a connection of their own (SQLite's
connections stay in the thread that opened them); their callbacks come back on
the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.changes import OpChanges
from app.errors import Missing, StoreError, StoreProblem

if TYPE_CHECKING:
    from app.session.store import Store

T = TypeVar("T")
Failed = Callable[[str], None]


def _ignore(_text: str) -> None:
    pass


class Operations(QObject):
    """The store, behind the operations; made once by the app, handed to windows."""

    did_execute = Signal(object, object)  # OpChanges, the window that asked (or None)
    noticed = Signal(str)  # something the store did by itself, to be told discreetly

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.on_notice = lambda problem: self.noticed.emit(notice_text(problem))
        self.jobs: set[BackgroundJob[Any]] = set()  # kept alive until they report back
        self._writes = QThreadPool(self)  # the writes off the GUI thread: one at a time
        self._writes.setMaxThreadCount(1)

    @property
    def folder(self) -> Path:
        return self._store.path.parent

    @property
    def data_folder(self) -> Path | None:
        """Where no document the user asks for is written (the store's own folder)."""
        return self._store.data_folder

    @property
    def server(self) -> str | None:
        """The service's server the sessions are on (its name, never its
        password); None: this computer's file."""
        return str(self._store.path) if self._store.on_server else None

    @property
    def encryption_available(self) -> bool:
        return self._store.can_encrypt

    def write(
        self,
        op: Callable[[Store], OpChanges],
        *,
        origin: object = None,
        failed: Failed = _ignore,
    ) -> bool:
        """Run one user action now (a single small transaction); True when it was saved."""
        try:
            changes = op(self._store)
        except Exception as exc:
            text = failure_text(exc)
            if text is None:
                raise
            failed(text)
            return False
        if changes.anything:
            self.did_execute.emit(changes, origin)
        return True

    def create(
        self,
        op: Callable[[Store], T],
        *,
        changes: OpChanges,
        origin: object = None,
        failed: Failed = _ignore,
    ) -> T | None:
        """An action that answers with what it made (a new session's id)."""
        made: list[T] = []

        def run(store: Store) -> OpChanges:
            made.append(op(store))
            return changes

        return made[0] if self.write(run, origin=origin, failed=failed) else None

    def read(self, query: Callable[[Store], T], *, failed: Failed = _ignore) -> T | None:
        """A quick read on the GUI thread; None (and ``failed`` told) when it fails."""
        try:
            return query(self._store)
        except Exception as exc:
            text = failure_text(exc)
            if text is None:
                raise
            failed(text)
            return None

    def read_in_background(
        self,
        query: Callable[[Store], T],
        *,
        done: Callable[[T], None],
        failed: Failed = _ignore,
        owner: QObject | None = None,
    ) -> BackgroundJob[T]:
        """A slow read (a bilan, a cycle's figures) on a worker thread, with a
        read-only connection of its own; ``done`` is called on the GUI thread."""
        return self.with_own_connection(query, done=done, failed=failed, owner=owner)

    def with_own_connection(
        self,
        job: Callable[[Store], T],
        *,
        done: Callable[[T], None],
        failed: Failed = _ignore,
        owner: QObject | None = None,
    ) -> BackgroundJob[T]:
        """A job on a worker thread with a connection of its own: read-only on
        this computer's file; on a service's server it may also write (a sheet's
        export records that the relevé was validated, off the GUI thread)."""
        store = self._store

        def work() -> T:
            own = store.reader()
            try:
                return job(own)
            finally:
                own.close()

        return self.in_background(work, done=done, failed=failed, owner=owner)

    def write_in_background(
        self,
        op: Callable[[Store], OpChanges],
        *,
        done: Callable[[], None],
        failed: Failed = _ignore,
        origin: object = None,
    ) -> BackgroundJob[OpChanges]:
        """A user action on a service's server, off the GUI thread: on a connection
        of its own, one at a time and in the order asked (a review corrected is
        written after the first). ``done`` on the GUI thread once it is kept."""
        store = self._store

        def work() -> OpChanges:
            writer = store.reader()  # on a server: a connection of its own, that writes
            try:
                return op(writer)
            finally:
                writer.close()

        def kept(changes: OpChanges) -> None:
            if changes.anything:
                self.did_execute.emit(changes, origin)
            done()

        return self.in_background(work, done=kept, failed=failed, serial=True)

    def in_background(
        self,
        work: Callable[[], T],
        *,
        done: Callable[[T], None],
        failed: Failed = _ignore,
        owner: QObject | None = None,
        serial: bool = False,
    ) -> BackgroundJob[T]:
        """Work on plain data (building a PDF from what was read) off the GUI thread.
        ``owner``: the window the callbacks draw into; once it is gone (closed and
        deleted meanwhile), the result is dropped instead of drawn into nothing.
        ``serial``: on the one thread of the writes, after those asked before."""
        job: BackgroundJob[T] = BackgroundJob(work, self._writes if serial else None)
        self.jobs.add(job)

        def still_there() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def on_done(result: T) -> None:
            self.jobs.discard(job)
            if still_there():
                done(result)

        def on_failed(text: str) -> None:
            self.jobs.discard(job)
            if still_there():
                failed(text)

        job.finished.connect(on_done)
        job.failed.connect(on_failed)
        job.start()
        return job

    def wait_for_jobs(self, timeout_ms: int = 30000) -> None:
        """At close, or in tests: every job is done and has reported back, those
        its reports started too (a write kept makes a window read again)."""
        for _round in range(10):
            self._writes.waitForDone(timeout_ms)
            QThreadPool.globalInstance().waitForDone(timeout_ms)
            QCoreApplication.sendPostedEvents()
            if not self.jobs:
                return


class BackgroundJob(QObject, Generic[T]):
    """Runs ``work`` off the GUI thread; reports back on it (queued signals).

    ``work`` gets only plain data its caller already read, or its own connection:
    no widget, and never the GUI thread's connection."""

    finished = Signal(object)  # what the work returned
    failed = Signal(str)  # the sentence for the user

    def __init__(self, work: Callable[[], T], pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.work = work
        self.pool = pool  # None: Qt's global pool

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            self.failed.emit(failure_text(exc) or unexpected_text(exc))
            return
        self.finished.emit(result)

    def start(self) -> None:
        (self.pool or QThreadPool.globalInstance()).start(_Runner(self))


class _Runner(QRunnable):
    def __init__(self, job: BackgroundJob[Any]) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def failure_text(exc: BaseException) -> str | None:
    """The sentence a facilitator reads for a failed operation; None for a bug,
    which is not hidden behind a message."""
    from app.group.rules import InvalidEntry  # home's start does not need the cycle's records

    if isinstance(exc, StoreError):
        return store_error_text(exc)
    if isinstance(exc, InvalidEntry):
        return invalid_entry_text(exc.field)
    from app.files import InsideDataFolder

    if isinstance(exc, InsideDataFolder):
        return QCoreApplication.translate(
            "Messages",
            "This file would be written in the app's own folder ({folder}), among the "
            "sessions: choose another folder. Nothing was written.",
        ).format(folder=exc.folder)
    from app.handover.rules import MAX_FILE_BYTES, TransferError

    if isinstance(exc, TransferError):
        return {
            "not_a_group_file": QCoreApplication.translate(
                "Messages", "This file is not a Tour de table group: nothing was imported."
            ),
            "wrong_or_altered": QCoreApplication.translate(
                "Messages",
                "Wrong passphrase, or the file was altered since it was written: "
                "nothing was imported.",
            ),
            "group_exists": QCoreApplication.translate(
                "Messages",
                "A group of that name is already on this computer: give the one you import "
                "another name (nothing is ever merged).",
            ),
            "bad_name": QCoreApplication.translate(
                "Messages", "A group's name is 1 to 80 characters: nothing was imported."
            ),
            "too_big": QCoreApplication.translate(
                "Messages",
                "This file is larger than any group file ({n} MB at most): nothing was imported.",
            ).format(n=MAX_FILE_BYTES // 2**20),
            "newer_format": QCoreApplication.translate(
                "Messages",
                "This group file was written by a newer version of Tour de table: update the "
                "app to import it. Nothing was imported.",
            ),
            "damaged": QCoreApplication.translate(
                "Messages",
                "This group file is damaged (its content is not a whole group): nothing was "
                "imported. Ask for it again.",
            ),
        }[exc.reason]
    from app.session.rules.notes import MAX_NOTE, NoteTooLong

    if isinstance(exc, NoteTooLong):
        return QCoreApplication.translate(
            "Messages",
            "This note is too long ({n} characters; {most} at most): shorten it or split it. "
            "What you typed stays in the field.",
        ).format(n=f"{exc.length:,}".replace(",", " "), most=f"{MAX_NOTE:,}".replace(",", " "))
    if isinstance(exc, Missing):
        return QCoreApplication.translate(
            "Messages", "This was deleted meanwhile: the list is shown again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Messages",
            "The file could not be written ({reason}). Choose another folder; "
            "the sessions themselves are untouched.",
        ).format(reason=exc.strerror or exc)
    return None


def unexpected_text(exc: BaseException) -> str:
    return QCoreApplication.translate(
        "Messages", "This could not be done ({reason}); nothing was changed."
    ).format(reason=type(exc).__name__)


def invalid_entry_text(field: str) -> str:
    return {
        "answered_day": QCoreApplication.translate(
            "Messages", "The answer cannot come before the relevé was sent."
        ),
        "planned_sessions": QCoreApplication.translate("Messages", "A cycle has 1 to 50 sessions."),
        "title": QCoreApplication.translate(
            "Messages", "A cycle's title is 200 characters at most: nothing was changed."
        ),
        "place": QCoreApplication.translate(
            "Messages", "A place is 200 characters at most: nothing was changed."
        ),
        "member_name": QCoreApplication.translate(
            "Messages", "A member's name is 1 to 80 characters: nothing was changed."
        ),
        "size_low": QCoreApplication.translate(
            "Messages", "The size sought is 2 to 30 people, the smallest first."
        ),
        "size_high": QCoreApplication.translate(
            "Messages", "The size sought is 2 to 30 people, the smallest first."
        ),
    }.get(field, QCoreApplication.translate("Messages", "This date or time cannot be used."))


def notice_text(problem: StoreProblem) -> str:
    if problem is StoreProblem.JOURNAL_REPLACED:
        return QCoreApplication.translate(
            "Messages",
            "Another program removed the sessions' journal file (a sync or cleaning tool?). "
            "Everything was saved into the main file; nothing is lost.",
        )
    return str(problem)


def held_elsewhere_text() -> str:
    """Why a console that follows a session another drives writes nothing."""
    return store_error_text(StoreError(StoreProblem.HELD_ELSEWHERE, Path("server")))


def store_error_text(error: StoreError) -> str:
    """A sentence for the facilitator: what happened, and what became of their data.
    The technical detail (SQL, system messages) is never shown."""
    messages = {
        StoreProblem.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk is full: this action was not saved; everything saved before is safe. "
            "Free some space and try again.",
        ),
        StoreProblem.WRITE_FAILED: QCoreApplication.translate(
            "Messages",
            "This action could not be saved; everything saved before is safe. Try again; "
            "if it fails again, close the app and check the disk.",
        ),
        StoreProblem.BUSY: QCoreApplication.translate(
            "Messages",
            "The sessions file is in use by another program (a backup or a sync?): "
            "nothing was changed. Try again in a moment.",
        ),
        StoreProblem.NO_PERMISSION: QCoreApplication.translate(
            "Messages",
            "You do not have the right to write in {path}: nothing was changed. "
            "Choose another folder or ask your IT support.",
        ),
        StoreProblem.CANNOT_CREATE: QCoreApplication.translate(
            "Messages", "The folder {path} could not be created: nothing was written."
        ),
        StoreProblem.NOT_A_FOLDER: QCoreApplication.translate(
            "Messages", "The path {path} is a file, not a folder: nothing was written."
        ),
        StoreProblem.CANNOT_MOVE_ASIDE: QCoreApplication.translate(
            "Messages",
            "The sessions file {path} is damaged and could not be set aside. "
            "It was left as it was.",
        ),
        StoreProblem.CANNOT_OPEN: QCoreApplication.translate(
            "Messages", "The sessions file {path} could not be opened. It was left as it was."
        ),
        StoreProblem.ALREADY_OPEN: QCoreApplication.translate(
            "Messages",
            "Tour de table is already open on this computer with the same sessions "
            "({path}). Use that window: this one will close without changing anything.",
        ),
        StoreProblem.TOO_NEW: QCoreApplication.translate(
            "Messages",
            "The sessions file {path} was written by a newer version of Tour de table. "
            "Update the app to open it; the file was left as it was.",
        ),
        StoreProblem.SERVER_SETTING: QCoreApplication.translate(
            "Messages",
            "The server's address ({path}) names no user or database: nothing was opened. "
            "Check the setting with your IT support.",
        ),
        StoreProblem.TLS_REQUIRED: QCoreApplication.translate(
            "Messages",
            "The server {path} is not on this computer, and its connection would not be "
            "encrypted: nothing was sent. Ask your IT support for its TLS setting.",
        ),
        StoreProblem.SERVER_UNREACHABLE: QCoreApplication.translate(
            "Messages",
            "The server {path} does not answer: nothing was written. Check the network, "
            "or try again in a moment.",
        ),
        StoreProblem.SERVER_REFUSED: QCoreApplication.translate(
            "Messages",
            "The server {path} refused the connection (password, user or certificate): "
            "nothing was written. Check them with your IT support.",
        ),
        StoreProblem.WRITTEN_ELSEWHERE: QCoreApplication.translate(
            "Messages",
            "Another console wrote this session while this one was cut off: this one now "
            "follows it. What was recorded here stays on this computer.",
        ),
        StoreProblem.SERVER_TIMEOUT: QCoreApplication.translate(
            "Messages",
            "The server {path} took too long to answer: this action was not saved there. "
            "Try again in a moment; a session's steps and turns wait on this computer.",
        ),
        StoreProblem.SERVER_DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The server's disk is full: this action was not saved there; everything saved "
            "before is safe. Tell your IT support; a session's steps and turns wait on "
            "this computer.",
        ),
        StoreProblem.SERVER_DENIED: QCoreApplication.translate(
            "Messages",
            "The server does not allow your login to do this: nothing was changed. "
            "Ask your IT support for the facilitator's role.",
        ),
        StoreProblem.NO_KEYRING: QCoreApplication.translate(
            "Messages",
            "This computer has no keyring to keep the server's password: nothing was kept. "
            "Ask your IT support, or give the password in TOURDETABLE_DATABASE_PASSWORD.",
        ),
        StoreProblem.HELD_ELSEWHERE: QCoreApplication.translate(
            "Messages",
            "Another console drives this session: this one follows it and writes nothing. "
            "To drive it from here, take over (Ctrl+T) once the other lets go.",
        ),
        StoreProblem.NEEDS_PASSPHRASE: QCoreApplication.translate(
            "Messages", "The sessions in {path} are protected: the passphrase opens them."
        ),
        StoreProblem.WRONG_PASSPHRASE: QCoreApplication.translate(
            "Messages",
            "That passphrase does not open the sessions in {path}; nothing was changed.",
        ),
        StoreProblem.NO_ENCRYPTION: QCoreApplication.translate(
            "Messages",
            "Encryption is not available on this computer; the sessions were not changed.",
        ),
    }
    if error.problem is StoreProblem.JOURNAL_REPLACED:
        return notice_text(error.problem)
    return messages[error.problem].format(path=error.path)
