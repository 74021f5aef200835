"""What a forensic examiner would find on the raw disk after a wipe: nothing of the key header,
nothing of the exports, no canary.

A small ext4 file system is made in an image file and mounted through a loop device; a
journal and three plain exports holding a canary are written to it; the bytes of the header
and of each export are noted; the real program wipes; the image is unmounted and read raw,
4 KiB block by 4 KiB block. Needs root and loop devices (skipped elsewhere, with the reason).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hrjournal.resources import find

from hrjournal.services import interchange
from hrjournal.services.reports import Profile, ReportKind, ReportRequest, export_report
from hrjournal.vault.journal import create_journal, unlocked
from tests.support.journals import PASSPHRASE, run_cli

BLOCK = 4096
CANARY = "ForensicCanary5521"


def _can_loop_mount(tmp_path: Path) -> str | None:
    """None if loop mounts work here; else why not."""
    if os.geteuid() != 0:
        return "needs root to mount a loop device"
    if not (shutil.which("mkfs.ext4") and shutil.which("mount")):
        return "needs mkfs.ext4 and mount (e2fsprogs, util-linux)"
    image = tmp_path / "probe.img"
    image.write_bytes(b"")
    os.truncate(image, 8 * 1024 * 1024)
    made = subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], capture_output=True, check=False)
    point = tmp_path / "probe"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-o", "loop", str(image), str(point)], capture_output=True, check=False
    )
    if made.returncode or mounted.returncode:
        return "loop devices cannot be mounted here"
    subprocess.run(["umount", str(point)], check=True)
    return None


def _blocks(data: bytes) -> list[bytes]:
    """The file's 4 KiB blocks worth looking for: not all zero (an empty block is in every
    disk), the last one as far as the file goes."""
    chunks = [data[at : at + BLOCK] for at in range(0, len(data), BLOCK)]
    return [chunk for chunk in chunks if chunk.strip(b"\0") and len(chunk.strip(b"\0")) > 64]


def test_no_block_of_the_header_or_the_exports_survives_on_the_raw_disk(tmp_path: Path) -> None:
    reason = _can_loop_mount(tmp_path)
    if reason:
        pytest.skip(reason)
    image = tmp_path / "disk.img"
    image.write_bytes(b"")
    os.truncate(image, 64 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-E", "nodiscard", str(image)], check=True)
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-o", "loop", str(image), str(disk)], check=True)
    try:
        directory = disk / "journal"
        create_journal(directory, PASSPHRASE)
        example = json.loads(find("examples/journal.json").read_text(encoding="utf-8"))
        example["incidents"][0]["description"] = f"{CANARY} " * 400
        for incident in example["incidents"]:
            incident["attachments"] = []
        source = tmp_path / "canary.json"
        source.write_text(json.dumps(example), encoding="utf-8")
        with unlocked(directory, PASSPHRASE) as journal:
            interchange.import_json(journal, source)
            exports = [disk / "everything.json", disk / "second.json"]
            for target in exports:
                interchange.export_json(journal, target)
            pdf = disk / "summary.pdf"
            export_report(journal, ReportRequest(ReportKind.INCIDENTS, Profile.FULL), pdf)
            exports.append(pdf)
        assert CANARY in exports[0].read_text(encoding="utf-8")  # the control
        noted = {p.name: _blocks(p.read_bytes()) for p in [directory / "journal.header", *exports]}
        assert all(noted.values())
        # The control: a file merely deleted leaves its blocks on the disk, and the scan sees them.
        control = disk / "deleted-normally.txt"
        control_block = (b"ControlBlock " * 400)[:BLOCK]
        control.write_bytes(control_block * 2)
        os.sync()
        control.unlink()
        wiped = run_cli("--journal", str(directory), "panic", "--now")
        assert wiped.returncode == 0, wiped.stderr
    finally:
        subprocess.run(["umount", str(disk)], check=True)
    raw = image.read_bytes()
    assert control_block in raw
    survivors = [name for name, blocks in noted.items() for block in blocks if block in raw]
    assert survivors == []
    for encoding in ("utf-8", "utf-16-le"):
        assert CANARY.encode(encoding) not in raw
