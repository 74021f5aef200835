"""`hrjournal report` as a user meets it: real processes, real readers, one-sentence errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hrjournal.resources import find

from tests.support.journals import PASSPHRASE, run_cli
from tests.support.pdf import all_text, page_texts
from tests.test_cli import UNSHARE, _can_mount_tmpfs, _one_sentence

PDF_PASSWORD = "trusted contact password"
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, list[str]]:
    """A journal holding the example records, and the options that open it."""
    directory = tmp_path / "journal"
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE)
    options = ["--journal", str(directory)]
    assert run_cli(*options, "init", "--passphrase-file", str(secret)).returncode == 0
    example = Path(str(find("examples/journal.json")))
    imported = run_cli(*options, "import", str(example), "--passphrase-file", str(secret))
    assert imported.returncode == 0, imported.stderr
    return directory, [*options, "report", "--passphrase-file", str(secret)]


def _reference(journal: tuple[Path, list[str]]) -> str:
    directory, report = journal
    secret = report[report.index("--passphrase-file") + 1]
    found = run_cli("--journal", str(directory), "search", "Registro", "--passphrase-file", secret)
    return found.stdout.split("\t")[1]


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs poppler-utils")
def test_a_protected_incident_report_opens_only_with_its_password(
    journal: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _, report = journal
    password_file = tmp_path / "pdfpw"
    password_file.write_text(PDF_PASSWORD + "\n")
    out = tmp_path / "incident.pdf"
    made = run_cli(
        *report,
        "incident",
        _reference(journal),
        "--out",
        str(out),
        "--pdf-password-file",
        str(password_file),
    )
    assert made.returncode == 0, made.stderr
    assert "profile share" in made.stdout
    assert "Left out by the share profile" in made.stdout
    assert "no password" not in made.stdout
    opened = subprocess.run(
        [PDFTOTEXT, "-upw", PDF_PASSWORD, str(out), "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Registro de la oficina" in opened.stdout
    assert "Elena Ruiz Torres" not in opened.stdout  # the lawyer's name: share shows the alias
    refused = subprocess.run(
        [PDFTOTEXT, "-upw", "wrong", str(out), "-"], capture_output=True, check=False
    )
    assert refused.returncode != 0


def test_a_summary_chosen_by_type_in_full(journal: tuple[Path, list[str]], tmp_path: Path) -> None:
    _, report = journal
    out = tmp_path / "summary.pdf"
    made = run_cli(
        *report,
        "incidents",
        "--profile",
        "full",
        "--type",
        "threats::death_threat",
        "--out",
        str(out),
    )
    assert made.returncode == 0, made.stderr
    assert "no password" in made.stdout
    text = all_text(out.read_bytes())
    assert "1 incidents" in text
    assert "type key: threats::death_threat" in text
    assert "Registro de la oficina" not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["incident", "INC-1999-0001"], "There is no incident"),
        (["incidents", "INC-1"], "takes no REF"),
        (["contacts", "--type", "threats"], "use them with 'report incidents'"),
        (["incidents", "--from", "yesterday"], ""),
        (["plan", "p-none"], ""),
    ],
)
def test_refusals_are_one_sentence_and_write_nothing(
    journal: tuple[Path, list[str]], tmp_path: Path, arguments: list[str], message: str
) -> None:
    _, report = journal
    out = tmp_path / "out.pdf"
    refused = run_cli(*report, *arguments, "--out", str(out))
    assert refused.returncode == 1, refused.stdout
    _one_sentence(refused.stderr)
    assert message in refused.stderr
    assert not out.exists()


def test_the_report_writes_nothing_but_the_pdf(
    journal: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """No temp file, font cache or settings anywhere: HOME and the temp folder stay empty."""
    directory, report = journal
    home, temp, out = tmp_path / "home", tmp_path / "temp", tmp_path / "out"
    for folder in (home, temp, out):
        folder.mkdir()
    before = sorted(p.name for p in directory.iterdir())
    made = run_cli(
        *report,
        "incidents",
        "--profile",
        "full",
        "--out",
        str(out / "s.pdf"),
        env={"HOME": str(home), "TMPDIR": str(temp), "XDG_CACHE_HOME": str(home)},
    )
    assert made.returncode == 0, made.stderr
    assert list(home.iterdir()) == []
    assert list(temp.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["s.pdf"]
    after = sorted(p.name for p in directory.iterdir())
    assert set(after) - set(before) <= {"exports.register"}


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs unshare with user namespaces")
def test_a_report_onto_a_full_disk_is_one_sentence_and_leaves_nothing(
    journal: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _, report = journal
    disk = tmp_path / "disk"
    disk.mkdir()
    command = " ".join(f'"{a}"' for a in report)
    script = (
        f'mount -t tmpfs -o size=40k none "{disk}" && '
        f'head -c 36864 /dev/zero > "{disk}/filler" && '
        f'"$PYTHON" -m hrjournal {command} incidents --out "{disk}/s.pdf"; '
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
    assert "No space left" in result.stderr


def test_the_quick_reference_needs_no_journal(tmp_path: Path) -> None:
    out = tmp_path / "quickref.pdf"
    made = run_cli("--journal", str(tmp_path / "none"), "report", "quickref", "--language",
                   "es", "--out", str(out))  # fmt: skip
    assert made.returncode == 0, made.stderr
    pages = page_texts(out.read_bytes())
    assert len(pages) == 1
    assert "CONFIDENTIAL" not in pages[0]  # nothing of a journal: no banner, no profile
    assert not (tmp_path / "none").exists()


def test_other_reports_need_the_passphrase(tmp_path: Path) -> None:
    refused = run_cli("report", "contacts", "--out", str(tmp_path / "c.pdf"))
    assert refused.returncode == 2
    _one_sentence(refused.stderr)
    assert "--passphrase-file" in refused.stderr


def test_an_uwazi_export_from_the_command_line(
    journal: tuple[Path, list[str]], tmp_path: Path
) -> None:
    import zipfile

    directory, report = journal
    secret = report[report.index("--passphrase-file") + 1]
    out = tmp_path / "handover.zip"
    made = run_cli("--journal", str(directory), "export-uwazi", str(out), "--passphrase-file",
                   secret)  # fmt: skip
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(out) as archive:
        assert "import.csv" in archive.namelist()


def test_shares_rebuild_the_recovery_secret_from_the_command_line(
    journal: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from hrjournal.vault import shares as vault_shares

    directory, report = journal
    secret = Path(report[report.index("--passphrase-file") + 1])
    cards = tmp_path / "cards"
    cards.mkdir()
    made = run_cli(
        "--journal",
        str(directory),
        "shares",
        "split",
        "--shares",
        "3",
        "--threshold",
        "2",
        "--out",
        str(cards),
        "--passphrase-file",
        str(secret),
    )
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in cards.iterdir()) == [f"share-{n}-of-3.pdf" for n in (1, 2, 3)]
    # The words, as a keeper would type them from a card (a new split, made here in-process).
    raw = vault_shares.renew_recovery_secret(directory, secret.read_text())
    words = vault_shares.split(raw, 2, 3)
    files = []
    for number, share in enumerate(words[:2], start=1):
        files.append(tmp_path / f"share{number}.txt")
        files[-1].write_text(share + "\n")
    new = tmp_path / "new"
    new.write_text("a brand new passphrase for the journal")
    one = run_cli(
        "--journal",
        str(directory),
        "shares",
        "join",
        str(files[0]),
        "--new-passphrase-file",
        str(new),
    )
    assert one.returncode == 1
    _one_sentence(one.stderr)
    both = run_cli(
        "--journal",
        str(directory),
        "shares",
        "join",
        *map(str, files),
        "--new-passphrase-file",
        str(new),
    )
    assert both.returncode == 0, both.stderr
    checked = run_cli("--journal", str(directory), "check", "--passphrase-file", str(new))
    assert checked.returncode == 0, checked.stderr
