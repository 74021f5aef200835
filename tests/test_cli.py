"""The command line as a user meets it: real processes, one-sentence errors, exit codes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrjournal import __version__, cli
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE, flip_byte, run_cli, snapshot

RECOVERY = re.compile(r"[0-9A-Z]{5}(?:-[0-9A-Z]{5}){7}")


def _one_sentence(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].endswith("."), lines[0]


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, Path]:
    files = {"pw": PASSPHRASE + "\n", "other": OTHER_PASSPHRASE, "empty": "", "short": "abc"}
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text)
    paths["bom"] = tmp_path / "bom"
    paths["bom"].write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    paths["binary"] = tmp_path / "binary"
    paths["binary"].write_bytes(b"\xff\xfe\x00bad")
    return paths


def _init(journal: Path, secrets: dict[str, Path]) -> str:
    result = run_cli("--journal", str(journal), "init", "--passphrase-file", str(secrets["pw"]))
    assert result.returncode == 0, result.stderr
    found = RECOVERY.search(result.stdout)
    assert found, result.stdout
    return found.group(0)


def test_version_and_help() -> None:
    version = run_cli("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"hrjournal {__version__}"
    helped = run_cli("--help")
    assert helped.returncode == 0
    for command in ("init", "check", "passwd", "--journal"):
        assert command in helped.stdout


def test_init_check_passwd_round_trip(tmp_path: Path, secrets: dict[str, Path]) -> None:
    journal = tmp_path / "j"
    recovery = _init(journal, secrets)
    check = run_cli("--journal", str(journal), "check", "--passphrase-file", str(secrets["pw"]))
    assert check.returncode == 0, check.stderr
    changed = run_cli(
        "passwd",
        "--journal",
        str(journal),
        "--passphrase-file",
        str(secrets["pw"]),
        "--new-passphrase-file",
        str(secrets["other"]),
    )
    assert changed.returncode == 0, changed.stderr
    old = run_cli("--journal", str(journal), "check", "--passphrase-file", str(secrets["pw"]))
    assert old.returncode == 1
    _one_sentence(old.stderr)
    new = run_cli("--journal", str(journal), "check", "--passphrase-file", str(secrets["other"]))
    assert new.returncode == 0
    by_recovery = run_cli(
        "--journal", str(journal), "check", "--passphrase-file", "-", stdin=recovery.lower()
    )
    assert by_recovery.returncode == 0, by_recovery.stderr


def test_a_passphrase_file_from_a_windows_editor_works(
    tmp_path: Path, secrets: dict[str, Path]
) -> None:
    journal = tmp_path / "j"
    _init(journal, secrets)
    check = run_cli("--journal", str(journal), "check", "--passphrase-file", str(secrets["bom"]))
    assert check.returncode == 0, check.stderr


def test_the_recovery_secret_is_printed_once(tmp_path: Path, secrets: dict[str, Path]) -> None:
    journal = tmp_path / "j"
    recovery = _init(journal, secrets)
    check = run_cli("--journal", str(journal), "check", "--passphrase-file", str(secrets["pw"]))
    assert recovery not in check.stdout + check.stderr
    for path in journal.iterdir():
        assert recovery.encode() not in path.read_bytes()
        assert recovery.replace("-", "").encode() not in path.read_bytes()


def test_the_journal_defaults_to_hrjournal_home_then_the_user_data_folder(
    tmp_path: Path, secrets: dict[str, Path], private_home: Path
) -> None:
    run = run_cli("init", "--passphrase-file", str(secrets["pw"]))
    assert run.returncode == 0, run.stderr
    assert (private_home / ".local/share/hrjournal/journal/journal.header").exists()
    elsewhere = tmp_path / "elsewhere"
    run = run_cli(
        "init", "--passphrase-file", str(secrets["pw"]), env={"HRJOURNAL_HOME": str(elsewhere)}
    )
    assert run.returncode == 0, run.stderr
    assert (elsewhere / "journal.header").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["check", "--passphrase-file", "{missing}"], "does not exist"),
        (["check", "--passphrase-file", "{empty}"], "is empty"),
        (["check", "--passphrase-file", "{binary}"], "not UTF-8"),
        (["check", "--passphrase-file", "{other}"], "does not open"),
        (["init", "--journal", "{fresh}", "--passphrase-file", "{short}"], "at least 8"),
        (["init", "--passphrase-file", "{pw}"], "already a journal"),
        (["passwd", "--passphrase-file", "-", "--new-passphrase-file", "-"], "standard input"),
        (["passwd", "--passphrase-file", "{pw}", "--new-passphrase-file", "{short}"], "at least 8"),
    ],
)
def test_refusals_are_one_sentence_and_change_nothing(
    tmp_path: Path, secrets: dict[str, Path], arguments: list[str], message: str
) -> None:
    journal = tmp_path / "j"
    _init(journal, secrets)
    before = snapshot(journal)
    names = {k: str(v) for k, v in secrets.items()}
    names |= {"missing": str(tmp_path / "nope"), "fresh": str(tmp_path / "fresh")}
    result = run_cli("--journal", str(journal), *[a.format(**names) for a in arguments])
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert message in result.stderr
    assert snapshot(journal) == before
    assert not (tmp_path / "fresh").exists()


def test_no_journal_here(tmp_path: Path, secrets: dict[str, Path]) -> None:
    result = run_cli(
        "--journal", str(tmp_path / "none"), "check", "--passphrase-file", str(secrets["pw"])
    )
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("arguments", [["bogus"], ["check"], ["init", "--nope"]])
def test_usage_mistakes_exit_2_in_one_sentence(arguments: list[str]) -> None:
    result = run_cli(*arguments)
    assert result.returncode == 2
    _one_sentence(result.stderr)
    assert "hrjournal --help" in result.stderr


def test_an_internal_error_shows_no_traceback_and_no_content(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("secret witness name")

    monkeypatch.setattr(cli, "_COMMANDS", {**cli._COMMANDS, "check": broken})
    secret_file = tmp_path / "pw"
    secret_file.write_text(PASSPHRASE)
    code = cli.main(["check", "--passphrase-file", str(secret_file)])
    err = capsys.readouterr().err
    assert code == 1
    _one_sentence(err)
    assert "secret witness name" not in err
    assert "RuntimeError" in err


def test_core_dumps_are_disabled() -> None:
    resource = pytest.importorskip("resource")
    cli.disable_core_dumps()
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


UNSHARE = shutil.which("unshare")


def _can_mount_tmpfs() -> bool:
    if UNSHARE is None:
        return False
    probe = subprocess.run([UNSHARE, "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs unshare with user namespaces")
def test_init_on_a_full_disk_leaves_nothing_behind(
    tmp_path: Path, secrets: dict[str, Path]
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        f'mount -t tmpfs -o size=48k none "{disk}" && '
        f'head -c 36864 /dev/zero > "{disk}/filler" && '
        f'"$PYTHON" -m hrjournal --journal "{disk}/j" init --passphrase-file "{secrets["pw"]}"; '
        f'echo "exit=$?"; ls -A "{disk}"'
    )
    result = subprocess.run(
        [UNSHARE, "-rm", "sh", "-c", script],  # type: ignore[list-item]
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": sys.executable},
        timeout=120,
        check=False,
    )
    assert "exit=1" in result.stdout, result.stdout + result.stderr
    assert result.stdout.split("exit=1")[1].split() == ["filler"]
    _one_sentence(result.stderr)
    assert "full" in result.stderr


def test_import_search_export_and_verify(tmp_path: Path, secrets: dict[str, Path]) -> None:
    from hrjournal.resources import find

    example = Path(str(find("examples/journal.json")))
    journal = tmp_path / "j"
    _init(journal, secrets)
    pw = ["--passphrase-file", str(secrets["pw"])]
    imported = run_cli("--journal", str(journal), "import", str(example), *pw)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 incident(s), 3 contact(s), 1 safety plan(s) and 1 attachment(s)" in (
        imported.stdout
    )

    found = run_cli("--journal", str(journal), "search", "ИВАН", *pw)
    assert found.returncode == 0
    assert "contact\tc-witness\tИван Петров" in found.stdout.splitlines()
    arabic = run_cli("--journal", str(journal), "search", "تهديد", *pw)
    kind, reference, title = arabic.stdout.splitlines()[0].split("\t")
    assert (kind, title) == ("incident", "تهديد بالقتل عبر الهاتف")
    assert reference.startswith("INC-")
    nothing = run_cli("--journal", str(journal), "search", "xyzzy", *pw)
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (0, "", "No records match.\n")

    verified = run_cli("--journal", str(journal), "verify", *pw)
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout

    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    exported = run_cli("--journal", str(journal), "export-json", str(out), *pw)
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stdout
    assert (out.parent / "export.attachments").is_dir()
    again = run_cli("--journal", str(journal), "export-json", str(out), *pw)
    assert again.returncode == 1
    _one_sentence(again.stderr)

    twice = run_cli("--journal", str(journal), "import", str(example), *pw)
    assert twice.returncode == 1
    _one_sentence(twice.stderr)
    assert "already has a record" in twice.stderr


def test_verify_reports_a_tampered_history(tmp_path: Path, secrets: dict[str, Path]) -> None:
    from hrjournal.resources import find

    from hrjournal.vault.journal import unlocked

    journal = tmp_path / "j"
    _init(journal, secrets)
    pw = ["--passphrase-file", str(secrets["pw"])]
    run_cli("--journal", str(journal), "import", str(find("examples/journal.json")), *pw)
    with unlocked(journal, PASSPHRASE) as opened:
        opened.connection.execute(
            "UPDATE revisions SET body = replace(body, 'Registro', 'Visita')"
            " WHERE kind = 'incident'"
        )
    result = run_cli("--journal", str(journal), "verify", *pw)
    assert result.returncode == 1
    assert "was changed after it was saved" in result.stdout
    _one_sentence(result.stderr)


def test_search_output_cannot_drive_the_terminal(tmp_path: Path, secrets: dict[str, Path]) -> None:
    from hrjournal.domain.incident import Incident
    from hrjournal.services import records
    from hrjournal.vault.journal import unlocked

    journal = tmp_path / "j"
    _init(journal, secrets)
    with unlocked(journal, PASSPHRASE) as opened:
        records.save_incident(
            opened, Incident(id="i-1", title="\x1b[2J cleared \u202eevil\nsecond line")
        )
    found = run_cli("--journal", str(journal), "search", "cleared",
                    "--passphrase-file", str(secrets["pw"]))  # fmt: skip
    assert "\x1b" not in found.stdout
    assert "\u202e" not in found.stdout
    assert len(found.stdout.splitlines()) == 1


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs unshare with user namespaces")
def test_import_onto_a_full_disk_is_one_sentence_and_keeps_the_journal(
    tmp_path: Path, secrets: dict[str, Path]
) -> None:
    import json

    disk = tmp_path / "disk"
    disk.mkdir()
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "video.bin").write_bytes(os.urandom(24 * 1024 * 1024))
    document = {
        "format": "hrjournal/1",
        "incidents": [
            {"id": "i-1", "title": "Raid",
             "attachments": [{"id": "a-1", "path": "files/video.bin", "filename": "video.bin"}]}
        ],
    }  # fmt: skip
    (tmp_path / "big.json").write_text(json.dumps(document))
    hr = f'"$PYTHON" -m hrjournal --journal "{disk}/j"'
    pw = f'--passphrase-file "{secrets["pw"]}"'
    script = (
        f'mount -t tmpfs -o size=12m none "{disk}" && {hr} init {pw} >/dev/null && '
        f'{hr} import "{tmp_path}/big.json" {pw}; echo "import=$?"; '
        f'{hr} check {pw}; echo "check=$?"; {hr} search raid {pw} 2>&1'
    )
    result = subprocess.run(
        [UNSHARE, "-rm", "sh", "-c", script],  # type: ignore[list-item]
        capture_output=True, text=True, env={**os.environ, "PYTHON": sys.executable},
        timeout=300, check=False,
    )  # fmt: skip
    assert "import=1" in result.stdout, result.stdout + result.stderr
    assert "check=0" in result.stdout, result.stdout + result.stderr
    assert "No records match." in result.stdout
    errors = [line for line in result.stderr.splitlines() if "weak key" not in line]
    assert len(errors) == 1, result.stderr
    assert "is full" in errors[0]


def test_a_damaged_page_met_while_reading_is_reported_as_damage(
    tmp_path: Path, secrets: dict[str, Path]
) -> None:
    from hrjournal.resources import find

    journal = tmp_path / "j"
    _init(journal, secrets)
    pw = ["--passphrase-file", str(secrets["pw"])]
    example = str(find("examples/journal.json"))
    assert run_cli("--journal", str(journal), "import", example, *pw).returncode == 0
    database = journal / "journal.db"
    flip_byte(database, 10 * 16384 + 500)  # a page of records, not read to unlock
    exported = run_cli("--journal", str(journal), "export-json", str(tmp_path / "out.json"), *pw)
    assert exported.returncode == 1
    _one_sentence(exported.stderr)
    assert "damaged or has been tampered with" in exported.stderr
    assert "internal error" not in exported.stderr
