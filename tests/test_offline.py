"""The program never opens a network connection."""

from __future__ import annotations

import re
import shutil
import socket  # noqa: TID251 - to prove it is blocked
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.journals import PASSPHRASE


def test_the_test_suite_itself_cannot_reach_the_network() -> None:
    with (
        pytest.warns(UserWarning, match="tried to use socket"),
        pytest.raises(RuntimeError, match="tried to use socket"),
    ):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


STRACE = shutil.which("strace")


@pytest.mark.skipif(STRACE is None, reason="needs strace to watch a real process")
def test_init_check_and_passwd_make_no_network_calls(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text(PASSPHRASE)
    (tmp_path / "new").write_text(PASSPHRASE + " changed")
    journal = str(tmp_path / "j")
    runs = [
        ["init", "--passphrase-file", str(tmp_path / "pw")],
        ["check", "--passphrase-file", str(tmp_path / "pw")],
        [
            "passwd",
            "--passphrase-file",
            str(tmp_path / "pw"),
            "--new-passphrase-file",
            str(tmp_path / "new"),
        ],
    ]
    for arguments in runs:
        log = tmp_path / "trace"
        result = subprocess.run(
            [
                STRACE,
                "-f",
                "-qq",
                "-e",
                "trace=socket,connect,sendto",
                "-o",
                str(log),  # type: ignore[list-item]
                sys.executable,
                "-m",
                "hrjournal",
                "--journal",
                journal,
                *arguments,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        calls = log.read_text()
        network = re.findall(r"socket\((AF_INET6?|AF_PACKET|AF_NETLINK)[^)]*\)", calls)
        assert network == [], calls
