"""The ``tourdetable`` command. Its subcommands never import Qt; only opening
the app's windows does."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.errors import StoreError
from app.files import InsideDataFolder, check_outside
from app.paths import ENV_DATABASE_PASSWORD, ENV_DATABASE_URL, data_dir, user_protocol_dir
from app.session.store import Store

if TYPE_CHECKING:
    from app.export.notice import NoticeFacts

EXIT_USAGE = 2
ENV_PASSPHRASE = "TOURDETABLE_PASSPHRASE"
MAX_SESSION_ID = 2**62  # SQLite's integers are 64-bit

# Opens the windows: ui.main.run_app, handed in by ui.entry.
GuiRunner = Callable[..., int]


def session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a session number: {text[:40]!r}") from None
    if not 1 <= value <= MAX_SESSION_ID:
        raise argparse.ArgumentTypeError(f"no session with id {text[:40]}")
    return value


class UsageError(Exception):
    """A wrong argument: one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tourdetable",
        description="Guide co-development sessions. With no command, opens the app.",
    )
    parser.add_argument("--data-dir", metavar="PATH", help="where sessions are kept")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="a service's PostgreSQL server instead of the local file: "
        "postgresql+psycopg://USER@HOST/DATABASE (also TOURDETABLE_DATABASE_URL)",
    )
    # Accepted after a subcommand too; SUPPRESS keeps it from erasing the global one.
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS)
    common.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS)
    common.add_argument(
        "--force", action="store_true", default=argparse.SUPPRESS, help="replace a file written"
    )
    parser.add_argument("--version", action="version", version=f"tourdetable {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a ready demo session")
    parser.add_argument("--lang", choices=["fr", "en"], help="language of the app")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    listing = sub.add_parser("sessions", parents=[common], help="list the stored sessions")
    listing.add_argument("--json", action="store_true")
    protocols = sub.add_parser("protocols", parents=[common], help="list the protocols")
    protocols.add_argument("--json", action="store_true")
    export = sub.add_parser("export", parents=[common], help="export one session")
    export.add_argument("session", type=session_id, metavar="SESSION")
    export.add_argument("--json", metavar="PATH", dest="json_path", help="the whole session")
    export.add_argument("--pdf", metavar="PATH", dest="pdf_path", help="the one-page sheet")
    export.add_argument("--csv", metavar="DIR", dest="csv_dir", help="turns and steps as CSV")
    export.add_argument(
        "--attendance", metavar="PATH", dest="attendance_path", help="the attendance sheet (PDF)"
    )
    export.add_argument(
        "--notice", metavar="PATH", dest="notice_path", help="the participants' information notice"
    )
    export.add_argument(
        "--anonymize", action="store_true", help="the relevé for management: no names"
    )
    export.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
    _third_party_options(export)
    prep = sub.add_parser("prep", parents=[common], help="prepare a narrator's exposé")
    prep.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
    cycles = sub.add_parser("cycles", parents=[common], help="list the groups' cycles")
    cycles.add_argument("--json", action="store_true")
    cycle = sub.add_parser("cycle", parents=[common], help="export a cycle's calendar or bilan")
    cycle.add_argument("cycle", type=session_id, metavar="CYCLE")
    cycle.add_argument("--ics", metavar="PATH", dest="ics_path", help="the calendar (.ics)")
    cycle.add_argument("--bilan", metavar="PATH", dest="bilan_path", help="the bilan (PDF)")
    erase = sub.add_parser(
        "erase-person", parents=[common], help="erase one member's name from a group's sessions"
    )
    erase.add_argument("group", metavar="GROUP")
    erase.add_argument("name", metavar="NAME")
    erase.add_argument("--yes", action="store_true", help="do not ask first")
    erase.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
    handing = sub.add_parser(
        "group-export", parents=[common], help="a whole group in one encrypted file"
    )
    handing.add_argument("group", metavar="GROUP")
    handing.add_argument("file", metavar="FILE", type=Path)
    framing = sub.add_parser(
        "framing",
        parents=[common],
        help="a group's framing note and its invitation to the agents (one-page PDFs)",
    )
    framing.add_argument("group", metavar="GROUP")
    framing.add_argument("--note", metavar="PATH", dest="note_path", help="the framing note")
    framing.add_argument(
        "--invitation", metavar="PATH", dest="invitation_path", help="the invitation"
    )
    framing.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
    taking = sub.add_parser("group-import", parents=[common], help="a group handed over")
    taking.add_argument("file", metavar="FILE", type=Path)
    taking.add_argument("--as", dest="as_name", metavar="NAME", help="under another name")
    sub.add_parser(
        "server-setup",
        parents=[common],
        help="on the server named by --database-url: the facilitator and coordinator "
        "roles, row-level security and the coordinator's views (run as the tables' owner)",
    )
    sub.add_parser(
        "coordinator",
        parents=[common],
        help="as a coordinator on the server (--database-url): the window of every group's year",
    )
    bilan = sub.add_parser(
        "service-bilan",
        parents=[common],
        help="as a coordinator on the server: every group's year, and the service's bilan",
    )
    bilan.add_argument("--year", type=int, help="the year (default: the latest)")
    bilan.add_argument("--pdf", metavar="PATH", dest="pdf_path", type=Path)
    bilan.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
    _third_party_options(bilan)
    moving = sub.add_parser(
        "store-move",
        parents=[common],
        help="move the local store to a server (--to URL) or a server's back here (--from URL)",
    )
    direction = moving.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to", dest="to_url", metavar="URL")
    direction.add_argument("--from", dest="from_url", metavar="URL")
    cycle.add_argument(
        "--criteria",
        default="",
        metavar="LIST",
        help="the criteria of a discussion space met, comma-separated: "
        "collective,work_centred,co_built_frame,in_organisation,produces",
    )
    cycle.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
    _third_party_options(cycle)
    return parser


def _third_party_options(command: argparse.ArgumentParser) -> None:
    """What leaves the group is never written with a name nobody confirmed."""
    command.add_argument(
        "--third-parties",
        metavar="FILE",
        type=Path,
        help='the facilitator\'s decisions, JSON: {"Zerbib": "replace", "Paris": "keep"}',
    )
    command.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="replace every name suggested as a third party's",
    )


def decided_third_parties(
    suspects: list[str], args: argparse.Namespace, lang: str
) -> dict[str, str]:
    """The names to replace in a relevé or a bilan: each suspect decided, in a
    file or all at once; one left undecided and nothing is written."""
    from app.export.sheet import third_party_label

    decisions: dict[str, str] = {}
    if args.third_parties is not None:
        try:
            read = json.loads(args.third_parties.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read the decisions in {args.third_parties}: {exc}") from None
        if not isinstance(read, dict) or set(map(str, read.values())) - {"replace", "keep"}:
            raise UsageError('decisions are {"name": "replace" or "keep", …}')
        decisions = {str(k): str(v) for k, v in read.items()}
    if args.accept_suggestions:
        decisions = {name: decisions.get(name, "replace") for name in suspects} | decisions
    undecided = [name for name in suspects if name not in decisions]
    if undecided:
        listed = "\n  ".join(undecided)
        raise UsageError(
            "these names may be third parties' and nobody confirmed them; nothing was "
            f"written:\n  {listed}\ndecide with --third-parties FILE "
            '(JSON: {"name": "replace" or "keep"}) or --accept-suggestions'
        )
    label = third_party_label(lang)
    return {name: label for name, decision in decisions.items() if decision == "replace"}


_OPENED: list[Store] = []  # closed when the command ends: the folder's lock is let go


def database_url(args: argparse.Namespace) -> str | None:
    """The server the store is on, when one is set; None: the local file."""
    return getattr(args, "database_url", None) or os.environ.get(ENV_DATABASE_URL) or None


def open_store(args: argparse.Namespace, *, exclusive: bool = True) -> Store:
    """The store the arguments and the environment name: a service's server, or
    the local file (the default, which contacts nothing)."""
    url = database_url(args)
    if url:
        from app.server.rules import is_server_url

        if not is_server_url(url):
            raise UsageError(f"not a PostgreSQL URL: {url.split('@')[-1]}")
        store = Store.open_server(url, os.environ.get(ENV_DATABASE_PASSWORD) or None)
    else:
        # An encrypted store: its passphrase from the environment (scripts), never an argument.
        passphrase = os.environ.get(ENV_PASSPHRASE) or None
        store = Store.open(data_dir(args.data_dir), exclusive=exclusive, passphrase=passphrase)
    _OPENED.append(store)
    return store


def _open_store(args: argparse.Namespace) -> Store:
    store = open_store(args, exclusive=False)
    if store.moved_aside:
        print(f"warning: an unreadable database was moved to {store.moved_aside}", file=sys.stderr)
    return store


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60}h{minutes % 60:02d}"


def system_lang() -> str:
    """The language the app would speak here: English on an English system, else French."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def cmd_sessions(args: argparse.Namespace) -> int:
    store = _open_store(args)
    rows = store.summaries()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "date": datetime.fromtimestamp(r.created_wall).date().isoformat(),
                        "group": r.group,
                        "protocol": r.protocol_id,
                        "state": r.state,
                        "duration_seconds": round(r.running_seconds, 1),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print("no sessions yet")
    for r in rows:
        date = datetime.fromtimestamp(r.created_wall).strftime("%Y-%m-%d")
        duration = _duration(r.running_seconds)
        print(f"{r.id:>4}  {date}  {r.group}  {r.protocol_id}  {r.state}  {duration}")
    return 0


def cmd_protocols(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    from app.protocols import load_catalog

    catalog = load_catalog([user_protocol_dir(folder)])
    if args.json:
        print(
            json.dumps(
                {
                    "protocols": [
                        {
                            "id": p.id,
                            "name": p.name.fr,
                            "steps": len(p.steps),
                            "minutes": sum(s.minutes for s in p.steps),
                            "file": str(catalog.origins[p.id]),
                        }
                        for p in catalog.protocols.values()
                    ],
                    "errors": [{"file": str(e.path), "error": e.message} for e in catalog.errors],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for p in catalog.protocols.values():
        print(f"{p.id:<16} {p.name.fr}  ({len(p.steps)} steps)")
    for e in catalog.errors:
        print(f"invalid: {e}")
    return 0


def _writable_target(path_text: str, args: argparse.Namespace) -> Path:
    """A file to write: never inside the data folder (a PDF written over the
    store loses every session), never over an existing file without --force."""
    path = Path(path_text).expanduser()
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: folder {path.parent} does not exist")
    folder = data_dir(getattr(args, "data_dir", None))
    try:
        check_outside(path, folder)
    except InsideDataFolder:
        raise UsageError(f"{path} is inside the data folder {folder}; write it elsewhere") from None
    if path.exists() and not getattr(args, "force", False):
        raise UsageError(f"{path} exists already; nothing was written (--force replaces it)")
    return path


def _writable_folder(path_text: str) -> Path:
    path = Path(path_text).expanduser()
    if not path.is_dir():
        raise UsageError(f"cannot write in {path}: no such folder")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from app.export.notice import notice_pdf
    from app.export.sheet import Releve, synthesis_pdf
    from app.export.tables import write_tables
    from app.files import write_atomically
    from app.session.ops.report import collect, to_json

    papers = (args.attendance_path, args.notice_path)
    if not (args.json_path or args.pdf_path or args.csv_dir or any(papers)):
        raise UsageError(
            "export needs --json PATH, --pdf PATH, --csv DIR, --attendance PATH or --notice PATH"
        )
    if args.anonymize and args.json_path:
        raise UsageError("--anonymize applies to --pdf and --csv; --json is the full record")
    attendance_target = (
        _writable_target(args.attendance_path, args) if args.attendance_path else None
    )
    notice_target = _writable_target(args.notice_path, args) if args.notice_path else None
    json_target = _writable_target(args.json_path, args) if args.json_path else None
    pdf_target = _writable_target(args.pdf_path, args) if args.pdf_path else None
    csv_folder = _writable_folder(args.csv_dir) if args.csv_dir else None
    lang = getattr(args, "lang", None) or system_lang()
    store = _open_store(args)
    try:
        data = collect(store, args.session)
    except KeyError:
        raise UsageError(f"no session with id {args.session}") from None
    releve = None
    if args.anonymize:  # the relevé: every suspect decided before anything is written
        from app.export.sheet import releve_third_parties

        suspects = releve_third_parties(data, lang)
        releve = Releve(third_parties=decided_third_parties(suspects, args, lang))
    try:
        if json_target:
            text = json.dumps(to_json(data), ensure_ascii=False, indent=2)
            write_atomically(text.encode("utf-8"), json_target)
        if pdf_target:
            write_atomically(synthesis_pdf(data, lang, releve), pdf_target)
        if csv_folder:
            write_tables(data, csv_folder, lang, args.anonymize)
        if attendance_target:
            from app.export.attendance import attendance_pdf
            from app.session.ops.actions import attendance_sheet

            sheet = attendance_sheet(store, session_id=args.session, lang=lang)
            write_atomically(attendance_pdf(sheet, lang), attendance_target)
        if notice_target:
            write_atomically(notice_pdf(notice_facts(store, args.session), lang), notice_target)
    except OSError as exc:
        raise UsageError(f"cannot write {exc.filename or ''}: {exc.strerror or exc}") from exc
    return 0


def notice_facts(store: Store, session_id: int) -> NoticeFacts:
    """The notice's facts as the command line knows them: the retention rule is a
    window setting, so the notice refers to it without a figure."""
    from app.export.notice import NoticeFacts

    stored = store.load(session_id)
    facilitator = stored.facilitator
    name = facilitator.name if facilitator else ""
    return NoticeFacts(stored.group, name, store.encrypted, None, store.on_server)


def cmd_erase_person(args: argparse.Namespace) -> int:
    """Asks first (a word typed on the terminal), or takes --yes; writes, so it needs
    the data folder for itself: never beside a running app."""
    import time

    from app.group.ops.actions import erase_person, erasure_preview
    from app.privacy.rules.erasure import PLACES

    store = open_store(args)
    name = " ".join(args.name.split())
    try:
        group_id = store.cycles.group_id(" ".join(args.group.split()))
    except KeyError:
        raise UsageError(f"no group named {args.group!r}") from None
    members = [m for m in store.members.members(group_id, include_retired=True) if m.name == name]
    if len(members) != 1:
        raise UsageError(f"no member named {name!r} in {args.group!r}")
    lang = getattr(args, "lang", None) or system_lang()
    changes = erasure_preview(store, group_id=group_id, member_id=members[0].id, lang=lang)
    if changes:
        print(f"{name} is named in {len(changes)} text(s) of {args.group}, replaced so:")
    else:
        print(f"{name} is named in no note, case or answer of {args.group}.")
    for change in changes:
        place = PLACES.get(change.place, change.place)
        print(f"  {place}: {change.before}\n  {' ' * len(place)}→ {change.after}")
    if not args.yes:
        print(
            f"{name} will be erased from every session of {args.group}: seats, notes, cases "
            "and answers. Their speaking time stays, as a former member. This cannot be undone."
        )
        try:
            answer = input("Type yes to erase: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", "oui"):
            print("nothing was erased")
            return 1
    erase_person(store, group_id=group_id, member_id=members[0].id, lang=lang, wall=time.time())
    print(f"{name} was erased from {args.group}")
    return 0


ENV_GROUP_PASSPHRASE = "TOURDETABLE_GROUP_PASSPHRASE"


def _group_passphrase(*, confirm: bool) -> str:
    """The hand-over's passphrase: from the environment (scripts), else asked twice."""
    given = os.environ.get(ENV_GROUP_PASSPHRASE)
    if given:
        return given
    import getpass

    try:
        first = getpass.getpass("Passphrase for the group file: ")
        if confirm and getpass.getpass("The same again: ") != first:
            raise UsageError("the two passphrases differ; nothing was written")
    except EOFError:
        raise UsageError(f"no passphrase: set {ENV_GROUP_PASSPHRASE} or type it") from None
    from app.privacy.rules.passphrase import MIN_PASSPHRASE, long_enough

    if not long_enough(first):
        raise UsageError(f"a passphrase has {MIN_PASSPHRASE} characters at least")
    return first


def cmd_group_transfer(args: argparse.Namespace) -> int:
    from app.handover.ops import export_group_file, import_group_file
    from app.handover.rules import MAX_FILE_BYTES, TransferError

    store = open_store(args)
    if args.command == "group-export":
        try:
            group_id = store.cycles.group_id(" ".join(args.group.split()))
        except KeyError:
            raise UsageError(f"no group named {args.group!r}") from None
        target = _writable_target(str(args.file), args)
        export_group_file(
            store, group_id=group_id, passphrase=_group_passphrase(confirm=True), path=target
        )
        print(f"{args.group} written to {target}")
        return 0
    try:
        group_id = import_group_file(
            store, path=args.file, passphrase=_group_passphrase(confirm=False), name=args.as_name
        )
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    except TransferError as exc:
        raise UsageError(
            {
                "not_a_group_file": f"{args.file} is not a Tour de table group file",
                "wrong_or_altered": "wrong passphrase, or the file was altered; nothing imported",
                "group_exists": "a group of that name is already here; import it --as NAME",
                "bad_name": "a group's name is 1 to 80 characters; nothing imported",
                "too_big": f"{args.file} is larger than any group file "
                f"({MAX_FILE_BYTES // 2**20} MB at most); nothing imported",
                "newer_format": "this group file was written by a newer version of Tour de "
                "table: update it to import the group; nothing imported",
                "damaged": f"the group file is damaged ({exc.detail}); nothing imported",
            }[exc.reason]
        ) from None
    print(f"{store.cycles.group_name(group_id)} imported")
    return 0


def cmd_framing(args: argparse.Namespace) -> int:
    from app.files import write_atomically
    from app.group.ops.framing import Paper, framing_paper

    papers: list[tuple[Paper, str | None]] = [
        ("note", args.note_path),
        ("invitation", args.invitation_path),
    ]
    wanted = [(paper, _writable_target(path, args)) for paper, path in papers if path]
    if not wanted:
        raise UsageError("framing needs --note PATH or --invitation PATH")
    store = _open_store(args)
    try:
        group_id = store.cycles.group_id(" ".join(args.group.split()))
    except KeyError:
        raise UsageError(f"no group named {args.group!r}") from None
    lang = getattr(args, "lang", None) or system_lang()
    for paper, target in wanted:
        pdf = framing_paper(store, group_id=group_id, paper=paper, lang=lang)
        write_atomically(pdf, target)
        print(f"{paper} written to {target}")
    return 0


def cmd_cycles(args: argparse.Namespace) -> int:
    store = _open_store(args)
    cycles = store.cycles
    rows = [c for group_id, _name in cycles.group_ids() for c in cycles.cycles(group_id)]
    if args.json:
        print(json.dumps([c._asdict() for c in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no cycles yet")
    for c in rows:
        print(f"{c.id:>4}  {c.group}  {c.title}  {c.protocol_id}  {c.held}/{c.planned_sessions}")
    return 0


def cmd_cycle(args: argparse.Namespace) -> int:
    from app.files import write_atomically
    from app.group.ops.figures import CRITERIA, collect_cycle

    if not (args.ics_path or args.bilan_path):
        raise UsageError("cycle needs --ics PATH or --bilan PATH")
    criteria = [c for c in args.criteria.split(",") if c]
    unknown = sorted(set(criteria) - set(CRITERIA))
    if unknown:
        raise UsageError(f"unknown criteria: {', '.join(unknown)}")
    ics_target = _writable_target(args.ics_path, args) if args.ics_path else None
    bilan_target = _writable_target(args.bilan_path, args) if args.bilan_path else None
    store = _open_store(args)
    try:
        if ics_target:
            from app.group.ops.actions import calendar_file

            write_atomically(calendar_file(store, cycle_id=args.cycle), ics_target)
        if bilan_target:
            from app.export.bilan import bilan_pdf, bilan_third_parties

            lang = getattr(args, "lang", None) or system_lang()
            figures = collect_cycle(store, args.cycle)
            names = decided_third_parties(bilan_third_parties(figures, lang), args, lang)
            write_atomically(bilan_pdf(figures, criteria, lang, names), bilan_target)
    except KeyError:
        raise UsageError(f"no cycle with id {args.cycle}") from None
    return 0


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_gui(args: argparse.Namespace, run_app: GuiRunner | None) -> int:
    if run_app is None:  # the core alone (tests, scripts): it has no windows to open
        raise UsageError("this command opens the app's windows; run it as `tourdetable`")
    if not _has_display():  # Qt would abort with a core dump: say it plainly instead
        raise UsageError("no display to open the app on (DISPLAY is not set)")
    prep_file = getattr(args, "prep_file", None)
    if prep_file is not None:
        return run_app(
            data_dir_override=args.data_dir, lang=args.lang, prep=True, prep_file=prep_file
        )
    url = database_url(args)
    options: dict[str, object] = {"database_url": url} if url else {}  # local: nothing more said
    group_file = getattr(args, "group_file", None)
    if group_file is not None:
        options["group_file"] = group_file
    if args.command == "coordinator":
        if not url:
            raise UsageError("coordinator needs --database-url (or TOURDETABLE_DATABASE_URL)")
        options["coordinator"] = True
    return run_app(
        data_dir_override=args.data_dir,
        demo=args.demo,
        lang=args.lang,
        prep=args.command == "prep",
        **options,
    )


def cmd_service_bilan(args: argparse.Namespace) -> int:
    """What a coordinator reads: each group's year through the server's views
    (its role has no right on the tables), and the service's bilan as a PDF."""
    from app.export.service_bilan import service_bilan_pdf
    from app.files import write_atomically
    from app.server.store import CoordinationReader

    url = database_url(args)
    if not url:
        raise UsageError("service-bilan needs --database-url (or TOURDETABLE_DATABASE_URL)")
    target = _writable_target(str(args.pdf_path), args) if args.pdf_path is not None else None
    reader = CoordinationReader(url, os.environ.get(ENV_DATABASE_PASSWORD) or None)
    try:
        years = reader.years()
        year = args.year or (years[0] if years else datetime.now().year)
        groups = reader.year(year)
    finally:
        reader.close()
    for g in groups:
        print(f"{g.group}: {g.sessions_held} sessions held, {g.hours:.1f} h, {g.actions} actions")
    if target is not None:
        from app.export.service_bilan import service_bilan_third_parties

        lang = getattr(args, "lang", None) or "fr"
        names = decided_third_parties(service_bilan_third_parties(groups), args, lang)
        write_atomically(service_bilan_pdf(year, groups, lang, names), target)
        print(f"service bilan {year}: {target}")
    return 0


def cmd_server_setup(args: argparse.Namespace) -> int:
    from app.db.server import setup_access

    url = database_url(args)
    if not url:
        raise UsageError("server-setup needs --database-url (or TOURDETABLE_DATABASE_URL)")
    try:
        guarded = setup_access(url, os.environ.get(ENV_DATABASE_PASSWORD) or None)
    except StoreError as exc:
        from app.server.rules import setup_hint

        lacking = setup_hint(exc.detail) if exc.detail else ""
        raise UsageError(f"{exc}" + (f": {lacking}" if lacking else "")) from None
    print("roles tdt_facilitator and tdt_coordinator ready: GRANT one of them to each person")
    if not guarded:
        print(
            "warning: any login may still take PostgreSQL's advisory locks (one could "
            "hold up every group's notes): run server-setup once as a superuser",
            file=sys.stderr,
        )
    return 0


def cmd_store_move(args: argparse.Namespace) -> int:
    """The local store moved to a server, or a server's moved here; every row
    checked. The target must hold no session yet."""
    from app.db.moving import MoveRefused, move

    password = os.environ.get(ENV_DATABASE_PASSWORD) or None
    passphrase = os.environ.get(ENV_PASSPHRASE) or None
    local = Store.open(data_dir(args.data_dir), passphrase=passphrase)
    _OPENED.append(local)
    server = Store.open_server(args.to_url or args.from_url, password)
    _OPENED.append(server)
    source, target = (local, server) if args.to_url else (server, local)
    try:
        counts = move(source, target)
    except MoveRefused:
        raise UsageError(f"{target.path} already holds sessions: nothing was moved") from None
    rows = sum(counts.values())
    print(f"moved {rows} rows in {len(counts)} tables to {target.path}; every row checked")
    return 0


OPENED_FILE_KINDS = (".tdtprep", ".tdtgroup")


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions  # argparse lists its subcommands nowhere public
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def _split_opened_file(argv: Sequence[str], commands: set[str]) -> tuple[list[str], Path | None]:
    """``tourdetable FILE.tdtprep`` or ``FILE.tdtgroup`` (a double click on a file):
    a prep file opens in prep mode, a group file in home's import. Named after a
    command (``group-import X.tdtgroup``), the file is that command's."""
    rest: list[str] = []
    found: Path | None = None
    if set(argv) & (commands - {"prep"}):
        return list(argv), None
    for arg in argv:
        if found is None and not arg.startswith("-") and arg.lower().endswith(OPENED_FILE_KINDS):
            found = Path(arg).expanduser()
        else:
            rest.append(arg)
    return rest, found


def main(argv: Sequence[str] | None = None, gui: GuiRunner | None = None) -> int:
    """The command line. ``gui`` opens the windows (``ui.entry`` hands it in):
    the core never imports them."""
    try:
        return _main(argv, gui)
    finally:
        while _OPENED:
            _OPENED.pop().close()


def _main(argv: Sequence[str] | None, gui: GuiRunner | None) -> int:
    parser = build_parser()
    try:
        argv = sys.argv[1:] if argv is None else argv
        rest, opened = _split_opened_file(argv, _command_names(parser))
        args = parser.parse_args(rest)
        if opened is not None:
            is_prep = opened.suffix.lower() == ".tdtprep"
            if args.command not in (None, "prep" if is_prep else None):
                raise UsageError(f"a {opened.suffix} file opens in the app, not with a command")
            setattr(args, "prep_file" if is_prep else "group_file", opened)
            return _run_gui(args, gui)
        if args.command == "sessions":
            return cmd_sessions(args)
        if args.command == "protocols":
            return cmd_protocols(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "cycles":
            return cmd_cycles(args)
        if args.command == "cycle":
            return cmd_cycle(args)
        if args.command == "framing":
            return cmd_framing(args)
        if args.command == "erase-person":
            return cmd_erase_person(args)
        if args.command in ("group-export", "group-import"):
            return cmd_group_transfer(args)
        if args.command == "store-move":
            return cmd_store_move(args)
        if args.command == "server-setup":
            return cmd_server_setup(args)
        if args.command == "service-bilan":
            return cmd_service_bilan(args)
        return _run_gui(args, gui)
    except UsageError as exc:
        print(f"tourdetable: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"tourdetable: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, ValueError) as exc:  # a path too long, a NUL byte, a vanished disk
        where = getattr(exc, "filename", None)
        reason = getattr(exc, "strerror", None) or str(exc)
        print(f"tourdetable: error: {reason}{f': {where}' if where else ''}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
