"""Run inside a D-Bus session with gnome-keyring unlocked (see vault/test_real_keyring.py).

Drives the real program against the real Secret Service keyring and exits non-zero with a
message at the first broken promise."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import keyring


def hrjournal(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hrjournal", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def expect(condition: bool, message: str) -> None:
    if not condition:
        sys.exit(f"FAILED: {message}")


def main(work: Path) -> None:
    backend = keyring.get_keyring()
    expect(
        type(backend).__module__ == "keyring.backends.SecretService",
        f"expected the Secret Service keyring, got {backend!r}",
    )
    (work / "pw").write_text("correct horse battery staple\n")
    (work / "new").write_text("another long passphrase\n")
    journal = work / "journal"

    made = hrjournal(
        "--journal", str(journal), "init", "--bind-device", "--passphrase-file", str(work / "pw")
    )
    expect(made.returncode == 0, f"init failed: {made.stderr}")
    expect("bound to this computer's keyring" in made.stdout, f"not bound: {made.stdout}")
    found = re.search(r"([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})", made.stdout)
    expect(found is not None, "no recovery secret printed")
    assert found is not None
    (work / "recovery").write_text(found.group(1))

    checked = hrjournal("--journal", str(journal), "check", "--passphrase-file", str(work / "pw"))
    expect(checked.returncode == 0, f"check with the keyring failed: {checked.stderr}")

    entries = [
        i
        for i in backend.get_preferred_collection().get_all_items()  # type: ignore[attr-defined]
        if i.get_attributes().get("service") == "HR Journal device binding"
    ]
    expect(len(entries) == 1, f"expected one keyring entry, found {len(entries)}")

    shutil.copytree(journal, work / "copy")
    for item in entries:
        item.delete()  # as on another computer, or after reinstalling
    refused = hrjournal(
        "--journal", str(work / "copy"), "check", "--passphrase-file", str(work / "pw")
    )
    expect(refused.returncode == 1, "a copied bound journal opened without its keyring secret")
    expect("recovery secret" in refused.stderr, f"unclear refusal: {refused.stderr}")
    expect("Traceback" not in refused.stderr, "a traceback was shown")

    recovered = hrjournal(
        "--journal", str(work / "copy"), "check", "--passphrase-file", str(work / "recovery")
    )
    expect(recovered.returncode == 0, f"the recovery secret failed: {recovered.stderr}")

    rebound = hrjournal(
        "--journal",
        str(work / "copy"),
        "passwd",
        "--passphrase-file",
        str(work / "recovery"),
        "--new-passphrase-file",
        str(work / "new"),
    )
    expect(rebound.returncode == 0, f"passwd with the recovery secret failed: {rebound.stderr}")
    again = hrjournal(
        "--journal", str(work / "copy"), "check", "--passphrase-file", str(work / "new")
    )
    expect(again.returncode == 0, f"the new passphrase failed after rebinding: {again.stderr}")

    # The panic wipe deletes the journal's keyring entry too (the copy was bound afresh).
    expect(len(_binding_entries(backend)) == 1, "the rebound copy has no keyring entry")
    wiped = hrjournal("--journal", str(work / "copy"), "panic", "--now")
    expect(wiped.returncode == 0, f"the wipe failed: {wiped.stderr}")
    expect(_binding_entries(backend) == [], "the keyring entry survived the panic wipe")
    expect(not (work / "copy").exists(), "the journal folder survived the panic wipe")
    print("real keyring scenario passed")


def _binding_entries(backend: object) -> list[object]:
    return [
        i
        for i in backend.get_preferred_collection().get_all_items()  # type: ignore[attr-defined]
        if i.get_attributes().get("service") == "HR Journal device binding"
    ]


if __name__ == "__main__":
    main(Path(sys.argv[1]))
