"""A backup of a journal holding GiB of evidence, against a plain copy of the same files.

    .venv/bin/python benchmarks/backup.py [--gib 1.0] [--out FILE.json]

Builds a journal with random attachments totalling --gib, then in the same run: copies its
files (database and header) with fsync, the baseline; writes a backup (sqlcipher_export under a
new key, the trailer, fsync); and verifies it. Prints and saves JSON with the ratio backup / copy.

A backup under a key of its own must decrypt, check, re-encrypt and re-sign every page, which
a copy never does, so the same run also times that work alone on as many bytes, in one thread
as sqlcipher_export does it, with the same primitives (AES-256-CBC, HMAC-SHA256): the floor no
re-encrypting backup can go under on this computer.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase, never a real one"
CHUNK = 128 * 1024 * 1024


def _copy_with_fsync(source: Path, target: Path) -> None:
    target.mkdir()
    for path in sorted(source.iterdir()):
        if path.is_file():
            destination = target / path.name
            shutil.copyfile(path, destination)
            with open(destination, "rb+") as file:
                os.fsync(file.fileno())


def _reencryption_floor(total: int) -> float:
    """Seconds to decrypt, check, encrypt and sign `total` bytes in memory, in one thread."""
    block = os.urandom(16 * 1024 * 1024)
    old = Cipher(algorithms.AES(os.urandom(32)), modes.CBC(os.urandom(16))).decryptor()
    new = Cipher(algorithms.AES(os.urandom(32)), modes.CBC(os.urandom(16))).encryptor()
    check = hmac.new(os.urandom(32), digestmod=hashlib.sha256)
    sign = hmac.new(os.urandom(32), digestmod=hashlib.sha256)
    started = time.perf_counter()
    for _ in range(max(total // len(block), 1)):
        check.update(block)
        plain = old.update(block)
        sign.update(new.update(plain))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/backup.json")
    arguments = parser.parse_args()
    os.environ["HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS"] = "1"  # unlocking is not measured
    sys.path.insert(0, str(ROOT))
    from hrjournal.domain.incident import Incident
    from hrjournal.services import backup
    from hrjournal.services.records import add_attachment, new_id, save_incident
    from hrjournal.vault.journal import create_journal, unlocked

    with tempfile.TemporaryDirectory(dir=ROOT / "benchmarks") as folder:
        work = Path(folder)
        directory = work / "journal"
        create_journal(directory, PASSPHRASE)
        total, written = int(arguments.gib * 1024**3), 0
        with unlocked(directory, PASSPHRASE) as journal:
            incident = save_incident(journal, Incident(id=new_id("incident"), title="Evidence"))
            evidence = work / "evidence.bin"
            while written < total:
                size = min(CHUNK, total - written)
                evidence.write_bytes(os.urandom(size))
                add_attachment(journal, incident.id, evidence)
                written += size
            evidence.unlink()
            journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.sync()
        started = time.perf_counter()
        _copy_with_fsync(directory, work / "copy")
        copy_s = time.perf_counter() - started
        os.sync()
        started = time.perf_counter()
        made = backup.make_backup(directory, PASSPHRASE, work / "journal.backup", "backup pw!")
        backup_s = time.perf_counter() - started
        started = time.perf_counter()
        backup.verify_backup(work / "journal.backup", "backup pw!")
        verify_s = time.perf_counter() - started
        journal_bytes = sum(p.stat().st_size for p in directory.iterdir() if p.is_file())
    floor_s = _reencryption_floor(journal_bytes)
    results = {
        "benchmark": "backup",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "journal_bytes": journal_bytes,
        "backup_bytes": made.size,
        "plain_copy_s": round(copy_s, 2),
        "backup_s": round(backup_s, 2),
        "verify_s": round(verify_s, 2),
        "ratio_backup_vs_copy": round(backup_s / copy_s, 2),
        "reencryption_floor_s": round(floor_s, 2),
        "ratio_floor_vs_copy": round(floor_s / copy_s, 2),
        "ratio_backup_vs_copy_plus_floor": round(backup_s / (copy_s + floor_s), 2),
        "target_ratio": 1.5,
    }
    print(json.dumps(results, indent=2))
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
