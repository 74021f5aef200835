"""Offline campaign: the same full session as the leak campaign (tests/proof/session.py), with
every network system call of the program and of any process it starts written down by strace;
then the session once more in a namespace with no network at all (unshare -rn), where it must
still do everything.

Local Unix sockets (D-Bus, X) are allowed; netlink talks to the kernel, not to a network, and is
counted apart. Any other address family in a connect or a send is a connection attempt, and a
socket of a network family opened at all is counted too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.proof import figures
from tests.proof.sessions import SessionRun, make_canaries, run_session, traced_calls
from tests.support.xserver import XVFB, virtual_display

STRACE = shutil.which("strace")
DBUS_RUN_SESSION = shutil.which("dbus-run-session")
UNSHARE = shutil.which("unshare")
SOCKET_FAMILY = re.compile(r"^([AP]F_[A-Z0-9]+)")
ADDRESS_FAMILY = re.compile(r"sa_family=([AP]F_[A-Z0-9]+)")
SENDS = ("sendto", "sendmsg", "sendmmsg")
LOCAL = frozenset({"AF_UNIX", "AF_LOCAL"})
KERNEL = frozenset({"AF_NETLINK"})


@dataclass
class NetworkUse:
    calls: Counter[str] = field(default_factory=Counter)  # every network call, by name
    sockets: Counter[str] = field(default_factory=Counter)  # sockets opened, by family
    connects: Counter[str] = field(default_factory=Counter)  # connect calls, by family
    addressed_sends: Counter[str] = field(default_factory=Counter)  # sends naming an address
    attempts: list[str] = field(default_factory=list)  # a connect or send to a network

    def network_sockets(self) -> int:
        return sum(n for family, n in self.sockets.items() if family not in LOCAL | KERNEL)

    def figures(self) -> dict[str, Any]:
        return {
            "network_calls_by_name": dict(self.calls),
            "sockets_by_family": dict(self.sockets),
            "connect_calls": sum(self.connects.values()),
            "connect_calls_by_family": dict(self.connects),
            "sends_to_an_address_by_family": dict(self.addressed_sends),
            "netlink_calls_to_the_kernel": self.sockets["AF_NETLINK"]
            + self.connects["AF_NETLINK"]
            + self.addressed_sends["AF_NETLINK"],
            "network_sockets_opened": self.network_sockets(),
            "connection_attempts_to_a_network": len(self.attempts),
            "attempts": self.attempts,
        }


def _traced(log: Path) -> list[str]:
    return [STRACE or "strace", "-f", "-qq", "-e", "trace=%network", "-o", str(log)]


def network_use(log: Path) -> NetworkUse:
    use = NetworkUse()
    for name, text in traced_calls(log):
        use.calls[name] += 1
        if name == "socket":
            family = SOCKET_FAMILY.match(text)
            use.sockets[family.group(1) if family else "unknown"] += 1
            continue
        address = ADDRESS_FAMILY.search(text)
        if name not in ("connect", *SENDS) or address is None:
            continue
        family_name = address.group(1)
        (use.connects if name == "connect" else use.addressed_sends)[family_name] += 1
        if family_name not in LOCAL | KERNEL:
            use.attempts.append(f"{name}({text[:160]}")
    return use


def unshare_works() -> bool:
    if UNSHARE is None:
        return False
    tried = subprocess.run([UNSHARE, "-rn", "true"], capture_output=True, check=False)
    return tried.returncode == 0


def _no_network_figures(run: SessionRun | None) -> dict[str, Any]:
    if run is None:
        return {"ran": False, "why": "unshare -rn does not work here"}
    steps = len(run.report.get("steps", []))
    return {"ran": True, "exit_code": run.returncode, "steps": steps, "seconds": run.seconds}


def _connects(use: NetworkUse) -> str:
    families = ", ".join(f"{name} {n}" for name, n in sorted(use.connects.items())) or "none"
    return f"{sum(use.connects.values())} connect calls ({families})"


def _headline(
    use: NetworkUse, without_network: SessionRun | None, desktop: NetworkUse | None
) -> str:
    if without_network is None:
        alone = "not run without a network (no unshare)"
    elif without_network.returncode == 0:
        alone = "the same session completes with no network at all"
    else:
        alone = "the session FAILED with no network"
    on_desktop = (
        "not run on an X display (no Xvfb or dbus-run-session)"
        if desktop is None
        else f"on an X display with a D-Bus session bus, {_connects(desktop)}, "
        f"{len(desktop.attempts)} attempts to reach a network"
    )
    return (
        f"offscreen, {_connects(use)}, {len(use.attempts)} attempts to reach a network; "
        f"{on_desktop}; {alone}"
    )


def _desktop_session(tmp_path: Path) -> tuple[SessionRun, NetworkUse] | None:
    """The session as on a desktop: a real X server and a D-Bus session bus, which Qt uses
    (accessibility, input methods, the desktop's settings portal) through Unix sockets."""
    if XVFB is None or DBUS_RUN_SESSION is None:
        return None
    log = tmp_path / "desktop.trace"
    with virtual_display() as display:
        run = run_session(
            tmp_path / "desktop", make_canaries(), tmp_path / "canaries-3.json",
            [DBUS_RUN_SESSION, "--", *_traced(log)], display=display,
        )  # fmt: skip
    return run, network_use(log)


def _completed(run: SessionRun) -> None:
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.report["missing_from_journal"] == []


@pytest.mark.skipif(STRACE is None, reason="needs strace to watch a real process")
def test_a_full_session_never_opens_a_network_connection(tmp_path: Path) -> None:
    canaries = make_canaries()
    log = tmp_path / "network.trace"
    traced = run_session(tmp_path / "traced", canaries, tmp_path / "canaries.json", _traced(log))
    _completed(traced)
    use = network_use(log)
    without_network: SessionRun | None = None
    if unshare_works():
        without_network = run_session(
            tmp_path / "no-network", make_canaries(), tmp_path / "canaries-2.json",
            [UNSHARE or "unshare", "-rn"],
        )  # fmt: skip
    desktop = _desktop_session(tmp_path)
    figures.record(
        "offline",
        "the program never opens a network connection",
        {
            "session_steps": traced.report["steps"],
            "traced_session_seconds": traced.seconds,
            "traced_calls": "every call of strace's %network class, in every process",
            **use.figures(),
            "desktop_session": {"ran": False}
            if desktop is None
            else {"ran": True, "seconds": desktop[0].seconds, **desktop[1].figures()},
            "session_with_no_network_at_all": _no_network_figures(without_network),
        },
        _headline(use, without_network, desktop and desktop[1]),
    )
    assert use.attempts == []
    assert use.network_sockets() == 0, use.sockets
    if without_network is not None:
        _completed(without_network)
    if desktop is not None:
        run, desktop_use = desktop
        _completed(run)
        assert desktop_use.attempts == []
        assert desktop_use.network_sockets() == 0, desktop_use.sockets
        assert desktop_use.connects["AF_UNIX"] > 0, "the control: X and D-Bus were really used"


@pytest.mark.skipif(STRACE is None, reason="needs strace to watch a real process")
def test_the_count_sees_connection_attempts_of_every_family(tmp_path: Path) -> None:
    """A process that does try: one local socket, and loopback addresses in IPv4 and IPv6
    (inside an empty network namespace where that is possible, so nothing is reached)."""
    log = tmp_path / "network.trace"
    script = (
        "import socket\n"
        "for family, address in ((socket.AF_UNIX, '/nonexistent/hrjournal-test'),\n"
        "                        (socket.AF_INET, ('127.0.0.1', 9)),\n"
        "                        (socket.AF_INET6, ('::1', 9))):\n"
        "    with socket.socket(family) as s:\n"
        "        s.connect_ex(address)\n"
    )
    isolated = [UNSHARE or "unshare", "-rn"] if unshare_works() else []
    subprocess.run([*_traced(log), *isolated, sys.executable, "-c", script], check=True)
    use = network_use(log)
    assert use.connects == Counter({"AF_UNIX": 1, "AF_INET": 1, "AF_INET6": 1})
    assert len(use.attempts) == 2
    assert use.network_sockets() == 2
