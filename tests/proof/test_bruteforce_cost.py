"""Brute-force cost: what one guess at a seized journal's passphrase costs, at the Argon2id
parameters a new journal gets on this computer, measured on one core (an attacker's cost per
core) and against a plain SHA-256 of the same passphrase (what a careless design would cost)."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from hrjournal.vault.kdf import MINIMUM_MEMORY_KIB, SALT_BYTES, argon2id, calibrate
from tests.proof import figures

GUESSES = 4
PASSPHRASE = b"correct horse battery staple"
DICEWARE_WORDS = 7776  # the EFF long list
SECONDS_PER_YEAR = 365.25 * 24 * 3600


def _on_one_core() -> set[int] | None:
    """Pin this process (and the threads Argon2 starts) to one core; the previous set."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    return before


def test_each_guess_costs_a_calibrated_argon2id_derivation() -> None:
    params = calibrate()
    salt = os.urandom(SALT_BYTES)
    argon2id(PASSPHRASE, salt, params)  # the first derivation pays for mapping the memory
    started = time.perf_counter()
    for n in range(GUESSES):
        argon2id(PASSPHRASE + bytes([n]), salt, params)
    all_cores_s = (time.perf_counter() - started) / GUESSES
    before = _on_one_core()
    if before is None:
        pytest.skip("this system cannot pin a process to one core")
    try:
        started = time.perf_counter()
        for n in range(GUESSES):
            argon2id(PASSPHRASE + bytes([n]), salt, params)
        one_core_s = (time.perf_counter() - started) / GUESSES
    finally:
        os.sched_setaffinity(0, before)
    started = time.perf_counter()
    rounds = 200_000
    for n in range(rounds):
        hashlib.sha256(PASSPHRASE + n.to_bytes(4, "little")).digest()
    sha256_per_s = rounds / (time.perf_counter() - started)
    per_core = 1 / one_core_s
    five_words = DICEWARE_WORDS**5 / 2 / per_core / SECONDS_PER_YEAR
    figures.record(
        "bruteforce",
        "brute force costs a calibrated Argon2id derivation per guess",
        {
            "params": {
                "memory_mib": params.memory_kib // 1024,
                "time_cost": params.time_cost,
                "parallelism": params.parallelism,
            },
            "seconds_per_guess_all_cores": round(all_cores_s, 3),
            "seconds_per_guess_one_core": round(one_core_s, 3),
            "guesses_per_second_per_core": round(per_core, 3),
            "memory_per_guess_mib": params.memory_kib // 1024,
            "baseline_sha256_guesses_per_second_per_core": round(sha256_per_s),
            "ratio_sha256_vs_argon2id": round(sha256_per_s / per_core),
            "core_years_for_half_of_a_random_5_word_passphrase": f"{five_words:.2e}",
        },
        f"{per_core:.2f} guesses per second per core ({params.memory_kib // 1024} MiB, "
        f"t={params.time_cost}, p={params.parallelism}), {sha256_per_s / per_core:,.0f} times "
        f"fewer than a plain SHA-256; a random 5-word passphrase: {five_words:.1e} core-years",
    )
    assert params.memory_kib >= MINIMUM_MEMORY_KIB
    assert per_core < 2.0  # about one second of one core, or more, per guess
