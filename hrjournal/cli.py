"""The command line: `hrjournal [--journal DIR] COMMAND ...`, and the app when no command is given.

Every failure is one plain sentence on standard error and a non-zero exit: 1 for a refused or
failed operation, 2 for a mistake in the command itself, 130 when interrupted. Passphrases are
never arguments; they are read from files or standard input.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from hrjournal import __version__
from hrjournal.errors import InputRejected, JournalError

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
MAX_PASSPHRASE_FILE_BYTES = 64 * 1024
DEBUG_ENV = "HRJOURNAL_DEBUG"
STDIN = "-"


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[:1].upper()}{message[1:]}; see 'hrjournal --help'.")


def _build_parser() -> argparse.ArgumentParser:
    journal_option = _Parser(add_help=False)
    journal_option.add_argument(
        "--journal",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="the journal folder (default: your user data folder, or $HRJOURNAL_HOME)",
    )
    parser = _Parser(
        prog="hrjournal",
        description="HR Journal: an offline, encrypted journal of incidents, contacts and "
        "safety plans. Without a command, opens the desktop app.",
        epilog="Passphrases are read from files (or '-' for standard input), never from the "
        "command line. Wherever a passphrase is asked for, the recovery secret works too.",
        parents=[journal_option],
    )
    parser.add_argument("--version", action="version", version=f"hrjournal {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end in a temporary folder, then wipe it",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser(
        "init",
        parents=[journal_option],
        help="create a new journal and print its recovery secret once",
        description="Create a new journal. Prints the recovery secret once: write it down.",
    )
    _passphrase_file_option(init)
    init.add_argument(
        "--bind-device",
        action="store_true",
        help="also require a secret kept in this computer's keyring to open the journal with "
        "the passphrase (the recovery secret still works anywhere)",
    )

    check = commands.add_parser(
        "check",
        parents=[journal_option],
        help="exit 0 if the journal unlocks and its database is intact, 1 if not",
    )
    _passphrase_file_option(check)

    passwd = commands.add_parser(
        "passwd",
        parents=[journal_option],
        help="change the passphrase (the database itself is not rewritten)",
    )
    _passphrase_file_option(passwd, help="current passphrase or recovery secret")
    passwd.add_argument(
        "--new-passphrase-file", metavar="FILE", required=True, help="the new passphrase"
    )
    importing = commands.add_parser(
        "import",
        parents=[journal_option],
        help="add everything in an hrjournal/1 JSON file to the journal (all or nothing)",
    )
    importing.add_argument("file", metavar="FILE.json", type=Path)
    _passphrase_file_option(importing)

    exporting = commands.add_parser(
        "export-json",
        parents=[journal_option],
        help="write the whole journal, unencrypted, to a JSON file with its attachments beside it",
    )
    exporting.add_argument("file", metavar="FILE.json", type=Path)
    _passphrase_file_option(exporting)

    uwazi = commands.add_parser(
        "export-uwazi",
        parents=[journal_option],
        help="write the incidents as an Uwazi CSV import (a ZIP with their evidence), "
        "redacted by the share profile unless --profile full",
    )
    uwazi.add_argument("file", metavar="FILE.zip", type=Path)
    uwazi.add_argument("--profile", choices=["full", "share"], default="share")
    uwazi.add_argument("--language", metavar="CODE", help="add this language's labels too")
    uwazi.add_argument("--replace", action="store_true", help="replace FILE.zip if it exists")
    _passphrase_file_option(uwazi)

    searching = commands.add_parser(
        "search",
        parents=[journal_option],
        help="find records holding every word; one line per hit: kind, reference, title",
    )
    searching.add_argument("query", metavar="QUERY")
    _passphrase_file_option(searching)

    _add_report_parser(commands, journal_option)

    panic = commands.add_parser(
        "panic",
        parents=[journal_option],
        help="destroy the journal and every recorded export now; needs no passphrase",
        description="Destroy the journal's key first (from then on nothing opens it, not even "
        "the passphrase), then every export in the register, then the journal's files. Asks "
        "first unless --now.",
    )
    how = panic.add_mutually_exclusive_group()
    how.add_argument("--now", action="store_true", help="do not ask first")
    how.add_argument(
        "--rehearse",
        action="store_true",
        help="list what a wipe would destroy and how long it would take; destroy nothing",
    )

    demo = commands.add_parser(
        "demo",
        help="open a training journal of fictional records (prints its passphrase)",
        description="Trainer mode: a journal of fictional incidents, contacts and plans in "
        "several languages, marked as training on every screen and every PDF. Without options, "
        "a fresh one in a temporary folder opens in the app.",
    )
    what = demo.add_mutually_exclusive_group()
    what.add_argument(
        "--create",
        metavar="DIR",
        type=Path,
        help="make one in DIR (a USB stick, say) instead of opening the app",
    )
    what.add_argument(
        "--reset",
        metavar="DIR",
        type=Path,
        help="return the demo journal in DIR to the start (the files exported from it are "
        "destroyed too, like in a panic wipe)",
    )

    _add_backup_parsers(commands, journal_option)
    _add_shares_parser(commands, journal_option)

    verify = commands.add_parser(
        "verify",
        parents=[journal_option],
        help="check every database page, the history's hash chain and every attachment",
    )
    _passphrase_file_option(verify)
    return parser


def _add_report_parser(commands: Any, journal_option: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report",
        parents=[journal_option],
        help="make a PDF: incident REF, incidents (a summary), plan [ID], contacts, or quickref "
        "(a one-page reference of the program, no journal needed)",
        description="Make a PDF report. The share profile (the default) replaces names by "
        "aliases and leaves out sources, private notes, contact details and precise places; "
        "full is for your own use. The file is recorded so the panic wipe can destroy it.",
    )
    report.add_argument(
        "kind",
        metavar="KIND",
        choices=["incident", "incidents", "plan", "contacts", "quickref"],
        help="incident, incidents, plan, contacts or quickref",
    )
    report.add_argument("reference", metavar="REF", nargs="?", help="the incident or plan")
    report.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    report.add_argument(
        "--profile",
        choices=["full", "share"],
        help="share (the default; a plan is always full): redacted for others; full: everything",
    )
    report.add_argument(
        "--pdf-password-file",
        metavar="FILE",
        help="encrypt the PDF (AES-256) with the password in FILE",
    )
    images = report.add_mutually_exclusive_group()
    images.add_argument(
        "--with-images",
        dest="with_images",
        action="store_true",
        default=None,
        help="show image evidence (the default with --profile full)",
    )
    images.add_argument(
        "--without-images",
        dest="with_images",
        action="store_false",
        help="list image evidence without showing it (the default with share)",
    )
    report.add_argument("--replace", action="store_true", help="replace FILE.pdf if it exists")
    report.add_argument(
        "--language",
        metavar="CODE",
        help="the language of the document's own words, e.g. es or ar (default: the app's)",
    )
    chosen = report.add_argument_group("choosing the incidents of a summary")
    chosen.add_argument("--status", metavar="STATUS", help="open, follow_up or closed")
    chosen.add_argument(
        "--type", metavar="TYPE", dest="type_key", help="an incident type key, e.g. liberty::arrest"
    )
    chosen.add_argument("--tag", metavar="TAG")
    chosen.add_argument(
        "--from",
        metavar="YYYY-MM-DD",
        dest="start_from",
        help="incidents that started on or after this day",
    )
    chosen.add_argument(
        "--to",
        metavar="YYYY-MM-DD",
        dest="start_to",
        help="incidents that started on or before this day",
    )
    _passphrase_file_option(report, required=False)


def _add_shares_parser(commands: Any, journal_option: argparse.ArgumentParser) -> None:
    shares = commands.add_parser(
        "shares",
        parents=[journal_option],
        help="split a new recovery secret among trusted contacts (split), or rebuild it from "
        "their shares and set a new passphrase (join)",
    )
    shares.add_argument("action", choices=["split", "join"])
    shares.add_argument(
        "share_files",
        metavar="SHARE_FILE",
        type=Path,
        nargs="*",
        help="join: text files each holding one share's words",
    )
    shares.add_argument("--shares", type=int, metavar="N", help="split: how many shares")
    shares.add_argument(
        "--threshold", type=int, metavar="T", help="split: how many of them rebuild the secret"
    )
    shares.add_argument(
        "--contacts",
        metavar="ID,ID,...",
        help="split: the contacts who keep them, in order (their cards name them)",
    )
    shares.add_argument("--out", metavar="DIR", type=Path, help="split: where the cards go")
    shares.add_argument("--language", metavar="CODE", help="split: the cards' language")
    shares.add_argument("--passphrase-file", metavar="FILE", help="split: the journal's passphrase")
    shares.add_argument(
        "--new-passphrase-file", metavar="FILE", help="join: the journal's new passphrase"
    )


def _add_backup_parsers(commands: Any, journal_option: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[journal_option],
        help="write the whole journal, evidence included, to one encrypted file; or check one",
        description="A backup opens with the journal's recovery secret, and with a backup "
        "passphrase if you choose one. --verify checks a backup without restoring it.",
    )
    target = backup.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE", type=Path, help="where to write the backup")
    target.add_argument("--verify", metavar="FILE", type=Path, help="the backup to check")
    backup.add_argument(
        "--backup-passphrase-file",
        metavar="B",
        help="a passphrase for this backup (also accepted: the recovery secret)",
    )
    _passphrase_file_option(backup, required=False)

    restore = commands.add_parser(
        "restore",
        parents=[journal_option],
        help="rebuild a journal from a backup in a new or empty folder",
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.add_argument(
        "--backup-passphrase-file",
        metavar="B",
        required=True,
        help="the backup's passphrase, or the journal's recovery secret",
    )
    restore.add_argument(
        "--new-passphrase-file",
        metavar="N",
        required=True,
        help="the restored journal's passphrase",
    )


def _passphrase_file_option(
    parser: argparse.ArgumentParser,
    help: str = "passphrase or recovery secret",
    *,
    required: bool = True,
) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE", required=required, help=f"file holding the {help}"
    )


def read_secret_file(name: str, what: str) -> str:
    """The secret in file `name` ('-' for standard input), without its final line break."""
    try:
        if name == STDIN:
            data = sys.stdin.buffer.read(MAX_PASSPHRASE_FILE_BYTES + 1)
        else:
            with open(name, "rb") as file:
                data = file.read(MAX_PASSPHRASE_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputRejected(f"The {what} file {name} does not exist.") from None
    except OSError as error:
        raise InputRejected(f"The {what} file {name} cannot be read: {error.strerror}.") from None
    if len(data) > MAX_PASSPHRASE_FILE_BYTES:
        raise InputRejected(f"The {what} file {name} is too large to hold a passphrase.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputRejected(f"The {what} file {name} is not UTF-8 text.") from None
    # Editors on some systems start UTF-8 files with a byte-order mark; it is not typed.
    text = text.removeprefix("\ufeff").removesuffix("\n").removesuffix("\r")
    if not text:
        raise InputRejected(f"The {what} file {name} is empty.")
    return text


def _journal_directory(arguments: argparse.Namespace) -> Path:
    from hrjournal.services.locations import default_journal_directory

    journal: Path | None = getattr(arguments, "journal", None)
    return journal if journal is not None else default_journal_directory()


def _say(lines: Sequence[str], *, to_stderr: bool = False) -> None:
    if lines:
        print("\n".join(lines), file=sys.stderr if to_stderr else sys.stdout)


def _init(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal

    directory = _journal_directory(arguments)
    passphrase = read_secret_file(arguments.passphrase_file, "passphrase")
    created = journal.create_journal(directory, passphrase, bind_device=arguments.bind_device)
    _say(created.notices, to_stderr=True)
    bound = " It is bound to this computer's keyring." if created.device_bound else ""
    _say(
        [
            f"Created a journal in {directory}.{bound}",
            "",
            "Recovery secret (shown only this once; write it down and keep it away from this "
            "computer):",
            "",
            f"    {created.recovery_secret}",
            "",
            "It opens the journal wherever the passphrase does, even if you forget the passphrase.",
        ]
    )
    return 0


def _check(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal

    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    notices = journal.check_journal(directory, secret)
    _say(notices, to_stderr=True)
    _say([f"The journal in {directory} unlocks and its database is intact."])
    return 0


def _passwd(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal

    if {arguments.passphrase_file, arguments.new_passphrase_file} == {STDIN}:
        raise InputRejected("Only one of the passphrase files can be standard input.")
    directory = _journal_directory(arguments)
    old = read_secret_file(arguments.passphrase_file, "passphrase")
    new = read_secret_file(arguments.new_passphrase_file, "new passphrase")
    notices = journal.change_passphrase(directory, old, new)
    _say(notices, to_stderr=True)
    _say(["The passphrase was changed; the recovery secret still works."])
    return 0


def _progress(label: str) -> Callable[[int, int], None] | None:
    """A percentage on the terminal, for long work; nothing when output is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{label}… {percent}%", end="", file=sys.stderr, flush=True)

    return show


def _one_line(text: str) -> str:
    """Text safe to print on one terminal line: control characters (which could move the
    cursor or recolour the terminal) become spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)


def _import(arguments: argparse.Namespace) -> int:
    from hrjournal.services import interchange, journal

    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    with journal.unlocked(directory, secret) as opened:
        summary = interchange.import_json(opened, arguments.file, _progress("Importing"))
    _clear_progress()
    _say([f"Imported {summary.sentence()} into {directory}."])
    return 0


def _export_json(arguments: argparse.Namespace) -> int:
    from hrjournal.services import interchange, journal

    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    with journal.unlocked(directory, secret) as opened:
        summary = interchange.export_json(opened, arguments.file, _progress("Exporting"))
    _clear_progress()
    folder = interchange.attachments_folder(arguments.file)
    _say(
        [
            f"Exported {summary.sentence()} to {arguments.file}"
            + (f", with the attachments in {folder}." if summary.attachments else "."),
            "These files are NOT encrypted: keep them somewhere safe and delete them when "
            "you no longer need them.",
        ]
    )
    return 0


def _export_uwazi(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal, reports, uwazi

    language = _document_language(arguments) if arguments.language else "en"
    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    with journal.unlocked(directory, secret) as opened:
        record = uwazi.export_uwazi(
            opened,
            arguments.file,
            profile=reports.Profile(arguments.profile),
            language=language,
            progress=_progress("Exporting"),
            replace=arguments.replace,
        )
    _clear_progress()
    _say(
        [
            f"Wrote an Uwazi import to {arguments.file} ({record.size:,} bytes), profile "
            f"{arguments.profile}; resources/uwazi/ has the template and thesauri to load first.",
            "The ZIP is NOT encrypted: hand it over on an encrypted drive, then delete it.",
        ]
    )
    return 0


def _search(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal, searching

    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    with journal.unlocked(directory, secret) as opened:
        hits = searching.search_journal(opened, arguments.query)
    for hit in hits:
        print(f"{hit.kind}\t{_one_line(hit.reference or hit.uid)}\t{_one_line(hit.title)}")
    if not hits:
        print("No records match.", file=sys.stderr)
    elif len(hits) == searching.LIMIT:
        print(
            f"Showing the best {searching.LIMIT} matches; add words to narrow the search.",
            file=sys.stderr,
        )
    return 0


def _is_text(argument: str) -> bool:
    """Whether a command-line argument is real text (undecodable bytes arrive as surrogates)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _document_language(arguments: argparse.Namespace) -> str:
    """The language asked for, or the app's; refused in one sentence if we do not ship it."""
    from hrjournal.services.document_language import shipped
    from hrjournal.services.preferences import load_preferences

    if arguments.language:
        if not shipped(arguments.language):
            raise InputRejected(
                f"Documents are not made in {arguments.language!r}; use one of en, ar, es, "
                "fa, fr or ru."
            )
        return str(arguments.language)
    return load_preferences(_journal_directory(arguments)).language or "en"


def _quickref(arguments: argparse.Namespace) -> int:
    from hrjournal.services import reports

    language = _document_language(arguments)
    size = reports.export_quickref(
        arguments.out, language or "en", replace_existing=arguments.replace
    )
    _say([f"Wrote the quick reference to {arguments.out} ({size:,} bytes)."])
    return 0


def _report(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal, reports
    from hrjournal.services.records import IncidentFilter

    if arguments.kind == "quickref":
        return _quickref(arguments)
    if arguments.passphrase_file is None:
        raise UsageError(
            "The following arguments are required: --passphrase-file; see 'hrjournal --help'."
        )
    if arguments.pdf_password_file == STDIN and arguments.passphrase_file == STDIN:
        raise InputRejected("Only one of the passphrase files can be standard input.")
    kind = reports.ReportKind(arguments.kind)
    profile = reports.Profile(arguments.profile or reports.default_profile(kind))
    for text in (arguments.reference, arguments.tag, arguments.status, arguments.type_key):
        if text is not None and not _is_text(text):
            raise InputRejected("An argument is not valid text in this system's encoding.")
    filters = {
        "status": arguments.status,
        "type_key": arguments.type_key,
        "tag": arguments.tag,
        "start_from": arguments.start_from,
        "start_to": arguments.start_to,
    }
    chosen_by = tuple(
        f"{name.replace('_', ' ')}: {value}" for name, value in filters.items() if value
    )
    if chosen_by and kind is not reports.ReportKind.INCIDENTS:
        raise InputRejected(
            "--status, --type, --tag, --from and --to choose incidents for a "
            "summary: use them with 'report incidents'."
        )
    if arguments.reference and kind in (reports.ReportKind.INCIDENTS, reports.ReportKind.CONTACTS):
        raise InputRejected(f"A {kind.value} report takes no REF.")
    password = None
    if arguments.pdf_password_file is not None:
        password = read_secret_file(arguments.pdf_password_file, "PDF password")
    request = reports.ReportRequest(
        kind,
        profile,
        reference=arguments.reference,
        where=IncidentFilter(**filters) if chosen_by else None,
        chosen_by=chosen_by,
        with_images=arguments.with_images,
        password=password,
        language=_document_language(arguments),
    )
    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    try:
        with journal.unlocked(directory, secret) as opened:
            record = reports.export_report(
                opened,
                request,
                arguments.out,
                _progress("Making the report"),
                replace=arguments.replace,
            )
    finally:
        _clear_progress()
    lines = [f"Wrote {record.title} to {arguments.out} ({record.size:,} bytes), profile {profile}."]
    removed = reports.removed_sentences(kind, profile)
    if removed:
        lines += ["Left out by the share profile:", *(f"  - {s}" for s in removed)]
        lines.append(reports.KEPT_AS_WRITTEN)
    if password is None:
        lines.append("The PDF has no password: anyone who gets the file can read it.")
    lines.append("The panic wipe will destroy this file; delete it yourself when it has served.")
    _say(lines)
    return 0


def _size_text(size: int | None) -> str:
    if size is None:
        return "not there"
    if size < 1024:
        return f"{size} bytes"
    amount = float(size)
    for unit in ("KB", "MB", "GB"):
        amount /= 1024
        if amount < 1024 or unit == "GB":
            break
    return f"{amount:.1f} {unit}"


def _rehearse(directory: Path) -> int:
    from hrjournal.wipe.panic import overwrite_speed, rehearse

    found = rehearse(directory)
    if not found.journal_files and not found.exports:
        _say([f"There is nothing of a journal in {directory}; a wipe would destroy nothing."])
        return 0
    lines = ["A wipe would destroy, in this order (nothing has been destroyed):"]
    lines.append("  1. the key header, after which nothing opens the journal")
    if found.keyring_entry:
        lines.append("     and this journal's entry in the system keyring")
    lines.append(f"  2. {len(found.exports)} exported file(s):")
    lines += [f"       {_one_line(str(p))} ({_size_text(s)})" for p, s in found.exports]
    if found.refused:
        lines.append("     and would leave alone these register entries, which are not exports:")
        lines += [f"       {_one_line(str(p))} ({why})" for p, why in found.refused]
    lines.append(f"  3. {len(found.journal_files)} file(s) of the journal in {directory}:")
    lines += [f"       {p.name} ({_size_text(s)})" for p, s in found.journal_files]
    speed = overwrite_speed(directory) if directory.is_dir() else 0.0
    if speed:
        seconds = found.total_bytes / speed
        lines.append(
            f"The key would be gone in well under a second; overwriting all "
            f"{_size_text(found.total_bytes)} would take about {max(seconds, 0.1):.1f} s."
        )
    _say(lines)
    return 0


def _panic(arguments: argparse.Namespace) -> int:
    import signal

    from hrjournal.wipe.panic import rehearse, wipe_journal

    directory = _journal_directory(arguments)
    if directory.exists() and not directory.is_dir():
        raise InputRejected(f"{directory} is a file, not a journal folder; nothing was destroyed.")
    if arguments.rehearse:
        return _rehearse(directory)
    if not arguments.now:
        found = rehearse(directory)
        if not found.journal_files and not found.exports:
            _say([f"There is nothing of a journal in {directory}; nothing was destroyed."])
            return 0
        print(
            f"This destroys the journal in {directory} and the {len(found.exports)} file(s) "
            "exported from it. It cannot be undone.",
            file=sys.stderr,
        )
        print("Type yes to wipe now: ", end="", file=sys.stderr, flush=True)
        answer = sys.stdin.readline().strip().lower()
        if answer != "yes":
            raise InputRejected("Nothing was destroyed.")
    # Once started, a wipe runs to its end: Ctrl+C must not leave it half done.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        report = wipe_journal(directory)
    finally:
        signal.signal(signal.SIGINT, previous)
    if not report.steps:
        _say([f"There was nothing of a journal in {directory}; nothing was destroyed."])
        return 0
    _say([_one_line(line) for line in report.lines()])
    return EXIT_FAILED if report.failures else 0


def _demo(arguments: argparse.Namespace) -> int:
    from hrjournal.services import demo

    if arguments.reset is not None:
        demo.reset_demo(arguments.reset)
        _say([f"The demo journal in {arguments.reset} is back to the start."])
        return 0
    if arguments.create is not None:
        demo.create_demo(arguments.create)
        _say(
            [
                f"Created a demo journal in {arguments.create}. Passphrase: {demo.DEMO_PASSPHRASE}",
                f"Open it with: hrjournal --journal {arguments.create}",
                "Everything in it is fictional; never enter real information in it.",
            ]
        )
        return 0
    directory = demo.temporary_demo()
    _say(
        [
            f"Demo journal (fictional data) in {directory}; it is wiped when the app closes.",
            f"Passphrase: {demo.DEMO_PASSPHRASE}",
        ]
    )
    arguments.journal = directory
    try:
        return _open_app(arguments)
    finally:  # whatever people typed into it does not stay on a borrowed laptop
        from hrjournal.wipe.panic import wipe_journal

        wipe_journal(directory)
        with contextlib.suppress(OSError):
            directory.parent.rmdir()


def _self_test() -> int:
    from hrjournal.services.self_test import StepResult, run_self_test

    def show(step: StepResult) -> None:
        verdict = "ok" if step.ok else "FAILED"
        print(f"{step.name}: {verdict} ({step.seconds:.2f} s): {_one_line(step.detail)}")

    def open_window() -> str:
        # Named before it runs: if Qt cannot start on this screen it ends the program with
        # its own message, which then follows the step it belongs to.
        print("Open the window: ...", flush=True)
        from hrjournal.ui.self_check import open_window as show_the_window

        return show_the_window()

    passed = run_self_test(show, [("Open the window", open_window)])
    _say(["Self-test passed." if passed else "Self-test FAILED: see the step above."])
    return 0 if passed else EXIT_FAILED


def _backup(arguments: argparse.Namespace) -> int:
    from hrjournal.services import backup

    if arguments.verify is not None:
        name = arguments.backup_passphrase_file or arguments.passphrase_file
        if name is None:
            raise UsageError(
                "Give --backup-passphrase-file or --passphrase-file (the recovery secret) to "
                "check a backup; see 'hrjournal --help'."
            )
        backup.verify_backup(arguments.verify, read_secret_file(name, "backup passphrase"))
        _say([f"The backup {arguments.verify} is intact and opens."])
        return 0
    if arguments.passphrase_file is None:
        raise UsageError("A backup needs --passphrase-file; see 'hrjournal --help'.")
    if {arguments.passphrase_file, arguments.backup_passphrase_file} == {STDIN}:
        raise InputRejected("Only one of the passphrase files can be standard input.")
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    extra = None
    if arguments.backup_passphrase_file is not None:
        extra = read_secret_file(arguments.backup_passphrase_file, "backup passphrase")
    record = backup.make_backup(_journal_directory(arguments), secret, arguments.out, extra)
    opens = "your recovery secret" + (" or the backup passphrase" if extra else "")
    _say(
        [
            f"Wrote an encrypted backup to {arguments.out} ({record.size:,} bytes); it opens "
            f"with {opens}.",
            "Keep it away from this computer; the panic wipe destroys the copies it can reach.",
        ]
    )
    return 0


def _restore(arguments: argparse.Namespace) -> int:
    from hrjournal.services import backup

    if {arguments.backup_passphrase_file, arguments.new_passphrase_file} == {STDIN}:
        raise InputRejected("Only one of the passphrase files can be standard input.")
    secret = read_secret_file(arguments.backup_passphrase_file, "backup passphrase")
    new = read_secret_file(arguments.new_passphrase_file, "new passphrase")
    directory = _journal_directory(arguments)
    recovery = backup.restore_backup(arguments.file, secret, directory, new)
    _say(
        [
            f"Restored the journal into {directory}.",
            "",
            "Its NEW recovery secret (shown only this once; write it down and keep it away from "
            "this computer):",
            "",
            f"    {recovery}",
        ]
    )
    return 0


def _shares(arguments: argparse.Namespace) -> int:
    from hrjournal.services import journal, shares
    from hrjournal.services.records import get_contact

    directory = _journal_directory(arguments)
    if arguments.action == "join":
        if not arguments.share_files or arguments.new_passphrase_file is None:
            raise UsageError("join needs SHARE_FILE... and --new-passphrase-file; see --help.")
        words = [read_secret_file(str(f), "share") for f in arguments.share_files]
        new = read_secret_file(arguments.new_passphrase_file, "new passphrase")
        notices = shares.recover_with_shares(directory, words, new)
        _say(notices, to_stderr=True)
        _say(["The shares rebuilt the recovery secret, and the journal has a new passphrase."])
        return 0
    missing = [
        name
        for name, value in (
            ("--shares", arguments.shares),
            ("--threshold", arguments.threshold),
            ("--out", arguments.out),
            ("--passphrase-file", arguments.passphrase_file),
        )
        if value is None
    ]
    if missing:
        raise UsageError(f"split needs {', '.join(missing)}; see 'hrjournal shares --help'.")
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    language = _document_language(arguments)
    with journal.unlocked(directory, secret) as opened:
        holders = None
        if arguments.contacts:
            holders = [get_contact(opened, uid.strip()) for uid in arguments.contacts.split(",")]
        records = shares.make_share_cards(
            directory,
            opened,
            secret,
            contacts=holders,
            threshold=arguments.threshold,
            count=arguments.shares,
            out_dir=arguments.out,
            language=language,
        )
    _say(
        [
            f"Made {len(records)} share cards in {arguments.out}; any {arguments.threshold} of "
            "them rebuild the NEW recovery secret. The old recovery secret no longer works.",
            "Print each card, give it to its keeper, then delete the files (the panic wipe "
            "destroys them too).",
        ]
    )
    return 0


def _verify(arguments: argparse.Namespace) -> int:
    from hrjournal.services import verification

    directory = _journal_directory(arguments)
    secret = read_secret_file(arguments.passphrase_file, "passphrase")
    problems = verification.verify_journal(directory, secret, _progress("Verifying"))
    _clear_progress()
    if problems:
        _say([_one_line(problem) + "." for problem in problems])
        print(f"The journal has {len(problems)} problem(s), listed above.", file=sys.stderr)
        return EXIT_FAILED
    _say([f"The journal in {directory} is intact: every page, its history and its attachments."])
    return 0


def _clear_progress() -> None:
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr, flush=True)


def _open_app(arguments: argparse.Namespace) -> int:
    directory = _journal_directory(arguments)
    from hrjournal.resources import preload_fonts  # not at the top: the panic path stays light

    preload_fonts()  # read while Qt loads
    try:
        from hrjournal.ui.app import run_app
    except ImportError as error:
        raise JournalError(
            f"The desktop app cannot start because Qt could not be loaded ({error})."
        ) from None
    return run_app(directory)


_COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _open_app,
    "init": _init,
    "check": _check,
    "passwd": _passwd,
    "import": _import,
    "export-json": _export_json,
    "search": _search,
    "export-uwazi": _export_uwazi,
    "report": _report,
    "panic": _panic,
    "demo": _demo,
    "backup": _backup,
    "shares": _shares,
    "restore": _restore,
    "verify": _verify,
}


def disable_core_dumps() -> None:
    """A core dump of an unlocked journal would hold its key and content in clear."""
    try:
        import resource
    except ImportError:  # not on Windows, which writes no core files by default
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _unexpected(error: Exception, argv: Sequence[str] | None) -> int:
    """A damaged or tampered page met while reading gets the same sentence the app shows;
    anything else is named by its kind only, as its message may quote journal content."""
    from hrjournal.services import journal as journal_service

    try:
        directory = _journal_directory(_build_parser().parse_args(argv))
        failure = journal_service.database_failure(error, directory)
    except (SystemExit, JournalError):
        failure = None
    if failure is None:
        failure = JournalError(
            f"HR Journal stopped on an internal error ({type(error).__name__}); please report it."
        )
    print(failure, file=sys.stderr)
    return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    try:
        from hrjournal.services.locations import keep_host_folders_clean, portable_directory

        portable = portable_directory()
        if portable is not None:  # run from a USB stick: leave nothing on the host
            try:
                keep_host_folders_clean(portable)
            except OSError as error:
                raise JournalError(
                    f"The portable folder {portable.parent} cannot be written "
                    f"({error.strerror}); HR Journal will not run from it."
                ) from None
        arguments = _build_parser().parse_args(argv)
        if arguments.self_test:
            return _self_test()
        return _COMMANDS[arguments.command](arguments)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except JournalError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Interrupted; nothing more was done.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        return _unexpected(error, argv)
