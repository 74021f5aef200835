"""Destroying a plaintext file: overwritten in place before it is unlinked, whatever its mode,
and never through a link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hrjournal.vault import shred
from hrjournal.vault.shred import destroy_file


def _witnessed(path: Path, content: bytes) -> Path:
    """A second name for the file's blocks, to read what is left in them afterwards."""
    path.write_bytes(content)
    witness = path.with_name(path.name + ".witness")
    os.link(path, witness)
    return witness


def test_the_content_is_overwritten_before_the_name_goes(tmp_path: Path) -> None:
    witness = _witnessed(tmp_path / "export.pdf", b"%PDF secret " * 1000)
    assert destroy_file(tmp_path / "export.pdf")
    assert not (tmp_path / "export.pdf").exists()
    left = witness.read_bytes()
    assert len(left) == 12_000
    assert b"secret" not in left
    assert [p.name for p in tmp_path.iterdir()] == [witness.name]  # no renamed leftover


def test_a_read_only_file_is_destroyed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.pdf"
    witness = _witnessed(target, b"secret " * 100)
    target.chmod(0o400)
    real_open = os.open
    refused = []

    def as_for_a_user(path: object, flags: int, *args: object) -> int:
        # Root may write to a 0400 file; an ordinary user may not: refuse as the system would.
        if Path(str(path)) == target and flags & os.O_WRONLY and not refused:
            refused.append(True)
            if os.stat(target).st_mode & 0o200 == 0:
                raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(shred.os, "open", as_for_a_user)
    assert destroy_file(target)
    assert not target.exists()
    assert b"secret" not in witness.read_bytes()


def test_a_folder_goes_on_past_a_file_that_resists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "all.attachments"
    (folder / "0001").mkdir(parents=True)
    stuck = folder / "0001" / "a.jpg"
    stuck.write_bytes(b"photo")
    other = folder / "0002.txt"
    other.write_bytes(b"statement")
    real_overwrite = shred._overwrite

    def resisting(path: Path) -> None:
        if path == stuck:
            raise OSError(5, "Input/output error")
        real_overwrite(path)

    monkeypatch.setattr(shred, "_overwrite", resisting)
    with pytest.raises(OSError, match="Input/output error"):
        destroy_file(folder, folder_depth=2)
    assert not other.exists()
    assert stuck.exists()


def test_a_link_is_removed_and_what_it_points_to_is_left_alone(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("the user's own file")
    link = tmp_path / "export.pdf"
    link.symlink_to(precious)
    assert destroy_file(link)
    assert not link.is_symlink()
    assert precious.read_text() == "the user's own file"


def test_a_folder_is_refused_unless_asked_for_and_never_deeper(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "file.txt").write_text("three levels down")
    with pytest.raises(IsADirectoryError):
        destroy_file(tmp_path / "a")
    with pytest.raises(IsADirectoryError):
        destroy_file(tmp_path / "a", folder_depth=2)
    assert (deep / "file.txt").read_text() == "three levels down"


def test_nothing_there_is_not_an_error(tmp_path: Path) -> None:
    assert destroy_file(tmp_path / "gone.pdf") is False
