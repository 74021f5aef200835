"""One full session of the real app, shared by the leak and offline campaigns: the canaries it
types, the private folders it runs in, and how it is started in a child process.

A canary is a distinct, recognisable string typed into exactly one field. Each ends in a random
token of lower-case letters and digits, so a copy that was cut into words or lower-cased (as a
full-text index does) is still found by its token. The scanner looks for both, in UTF-8 and in
UTF-16 of either byte order, in every regular file under a folder, and in the files' names."""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
import string
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrjournal.domain.safety_plan import SECTIONS
from hrjournal.vault.kdf import CHEAP_KDF_FOR_TESTS_ENV

ROOT = Path(__file__).resolve().parents[2]

# Typed into the records, and so kept inside the journal (encrypted).
STORED_FIELDS = (
    "contact_name", "contact_alias", "contact_phone", "contact_fingerprint",
    "contact_languages", "contact_availability", "contact_notes",
    "incident_title", "incident_tags", "incident_description", "incident_region",
    "incident_locality", "incident_place_detail", "perpetrator_description",
    "perpetrator_identified_by", "source_who", "source_notes", "action_party",
    "action_request", "action_response", "incident_impact", "assessment_facts",
    "assessment_pattern", "assessment_objective", "assessment_who_is_behind",
    "assessment_feasibility", "incident_private_notes", "incident_draft",
    "attachment_file_name", "attachment_content",
    "plan_title", "plan_owner", "plan_review_triggers",
    *(f"plan_section_{key}" for key in SECTIONS),
    "risk_threat", "risk_source", "risk_vulnerabilities", "risk_capacities",
    "risk_prevention", "risk_contingency", "risk_owner",
    "check_in_schedule", "check_in_step", "review_by", "review_note",
)  # fmt: skip
# Typed, but never to be kept anywhere: the secrets and the words searched for.
TYPED_ONLY_FIELDS = ("passphrase", "pdf_password", "search_incidents", "search_contacts")
SCRIPTS = ("CANARY", "КАНАРЕЙКА", "كناري", "金丝雀")
TOKEN_ALPHABET = string.ascii_lowercase + string.digits
TOKEN_LENGTH = 10
SESSION_TIMEOUT = 600
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
CHUNK = 8 * 1024 * 1024  # files of any size are read this much at a time


def make_canaries() -> dict[str, str]:
    """A fresh canary for every field, in four scripts in turn."""
    names = (*STORED_FIELDS, *TYPED_ONLY_FIELDS)
    return {name: f"{SCRIPTS[n % len(SCRIPTS)]}-{name}-{token()}" for n, name in enumerate(names)}


def token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def token_of(canary: str) -> str:
    return canary.rsplit("-", 1)[1]


@dataclass(frozen=True)
class Needle:
    name: str  # what it is: a field's canary, its token, a secret
    text: str


def needles(canaries: dict[str, str], secrets_shown: dict[str, str] | None = None) -> list[Needle]:
    """Every canary whole and by its token; and secrets the program showed (the recovery
    secret), as shown and without their dashes."""
    found = []
    for name, canary in canaries.items():
        found += [Needle(name, canary), Needle(f"{name} (token)", token_of(canary))]
    for name, secret in (secrets_shown or {}).items():
        found += [Needle(name, secret), Needle(f"{name} (no dashes)", secret.replace("-", ""))]
    return found


@dataclass
class Scan:
    files: int = 0
    bytes: int = 0
    patterns: int = 0  # needles x encodings
    hits: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {"files": self.files, "bytes": self.bytes, "patterns": self.patterns,
                "hits": len(self.hits), "found": self.hits}  # fmt: skip


def scan(folder: Path, searched: list[Needle]) -> Scan:
    """Search every regular file under `folder` (symbolic links are not followed) for every
    needle in every encoding, and every path for a needle's text."""
    patterns = [
        (f"{n.name} in {code}", n.text.encode(code)) for n in searched for code in ENCODINGS
    ]
    result = Scan(patterns=len(patterns))
    for root, folders, files in os.walk(folder):
        for name in sorted(folders + files):
            path = Path(root) / name
            relative = path.relative_to(folder)
            result.hits += [f"{relative}: named with {n.name}" for n in searched if n.text in name]
            if stat.S_ISREG(path.lstat().st_mode):
                result.files += 1
                result.bytes += _scan_file(path, relative, patterns, result.hits)
    return result


def _scan_file(
    path: Path, relative: Path, patterns: list[tuple[str, bytes]], hits: list[str]
) -> int:
    """Read the file a chunk at a time, each searched together with the end of the one before
    so that a pattern across two chunks is seen; report each pattern once per file."""
    overlap = max(len(pattern) for _, pattern in patterns) - 1
    found: set[str] = set()
    size, tail = 0, b""
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            window, start = tail + chunk, size - len(tail)
            for name, pattern in patterns:
                at = window.find(pattern)
                if at >= 0 and name not in found:
                    found.add(name)
                    hits.append(f"{relative} at byte {start + at}: {name}")
            size += len(chunk)
            tail = window[-overlap:] if overlap else b""
    return size


# One line of an `strace -f` log: a call, or the rest of one another process interrupted.
TRACED = re.compile(r"^(\d+)\s+(?:<\.\.\. (\w+) resumed>(.*)|(\w+)\((.*))$")
UNFINISHED = "<unfinished ...>"


def traced_calls(log: Path) -> list[tuple[str, str]]:
    """(system call, its arguments and result) for every call in an `strace -f` log, each
    interrupted call put back together from its two lines."""
    calls: list[tuple[str, str]] = []
    pending: dict[tuple[str, str], str] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = TRACED.match(line)
        if match is None:  # a signal, or a process ending
            continue
        pid, resumed, rest, name, text = match.groups()
        if resumed:
            name, text = resumed, pending.pop((pid, resumed), "") + rest
        elif text.endswith(UNFINISHED):
            pending[(pid, name)] = text.removesuffix(UNFINISHED)
            continue
        calls.append((name, text))
    return calls


@dataclass(frozen=True)
class Folders:
    """Everywhere a session may write: a home, its per-user folders, a temporary folder."""

    workdir: Path

    @property
    def home(self) -> Path:
        return self.workdir / "home"

    @property
    def documents(self) -> Path:
        return self.home / "Documents"

    @property
    def outside(self) -> Path:
        """Where the evidence file waits before it is taken in (and is deleted after)."""
        return self.workdir / "outside"

    def environment(self) -> dict[str, str]:
        """Only what the session needs; every folder it may write to lies inside `workdir`."""
        home = self.home
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "TMPDIR": str(self.workdir / "tmp"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.workdir / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "PYTHONDONTWRITEBYTECODE": "1",
            CHEAP_KDF_FOR_TESTS_ENV: "1",  # the key derivation's cost is not what is tested
        }

    def make(self) -> None:
        """A home as a user's looks: private, with a Documents folder."""
        for folder in (self.workdir, self.home, self.documents, self.outside):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for name in ("TMPDIR", "XDG_RUNTIME_DIR"):
            Path(self.environment()[name]).mkdir(mode=0o700, parents=True, exist_ok=True)


@dataclass(frozen=True)
class SessionRun:
    returncode: int
    report: dict[str, Any]  # the session's last line, as JSON; empty if it printed none
    stderr: str
    seconds: float


def run_session(
    workdir: Path,
    canaries: dict[str, str],
    canaries_file: Path,
    wrapper: Sequence[str] = (),
    display: str | None = None,
) -> SessionRun:
    """Run the session in a child process, under `wrapper` (strace, unshare) if given, on the
    X server `display` if given (Qt's offscreen platform otherwise).

    The canaries are handed over in `canaries_file`, which must lie outside `workdir`: the
    folder scanned for leaks holds only what the program wrote."""
    assert not canaries_file.resolve().is_relative_to(workdir.resolve())
    folders = Folders(workdir)
    folders.make()
    canaries_file.write_text(json.dumps(canaries, ensure_ascii=False), encoding="utf-8")
    command = [*wrapper, sys.executable, "-m", "tests.proof.session", str(workdir),
               str(canaries_file)]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(
        command,
        cwd=workdir,  # a file written to a relative path lands where it is scanned
        env=folders.environment()
        | ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {}),
        capture_output=True,
        text=True,
        timeout=SESSION_TIMEOUT,
        check=False,
    )
    seconds = time.monotonic() - started
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return SessionRun(done.returncode, report, done.stderr, round(seconds, 1))
