"""Key derivation: Argon2id from a secret to a key-encryption key, and its calibration.

The parameters are chosen once per journal, on the machine that creates it, so that one guess
costs an attacker about a second of this machine's time and a quarter of a gigabyte of memory.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16

TARGET_SECONDS = 1.0
DEFAULT_MEMORY_KIB = 256 * 1024
MINIMUM_MEMORY_KIB = 64 * 1024
MAXIMUM_TIME_COST = 64

# The explicit, test-only switch: journals created while it is set use the cheapest Argon2id
# parameters, so that a test suite can create hundreds of journals. The CLI warns when it is on.
CHEAP_KDF_FOR_TESTS_ENV = "HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS"


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    time_cost: int
    parallelism: int

    @classmethod
    def cheapest_for_tests(cls) -> Argon2Params:
        return cls(memory_kib=8, time_cost=1, parallelism=1)

    def is_valid(self) -> bool:
        return (
            1 <= self.parallelism <= 16
            and 1 <= self.time_cost <= 1024
            and 8 * self.parallelism <= self.memory_kib <= 4 * 1024 * 1024
        )


def cheap_kdf_requested() -> bool:
    return os.environ.get(CHEAP_KDF_FOR_TESTS_ENV) == "1"


def argon2id(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def key_encryption_key(stretched: bytes, binding_secret: bytes | None) -> bytes:
    """Mix the Argon2id output with the device-binding secret, when there is one.

    HKDF keeps the two inputs independent: without the binding secret, knowing the passphrase
    gives nothing, and the binding secret alone gives nothing either.
    """
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=binding_secret,
        info=b"hrjournal key-encryption key v1",
    ).derive(stretched)


def _default_parallelism() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    memory_kib: int = DEFAULT_MEMORY_KIB,
    clock: Callable[[], float] = time.perf_counter,
) -> Argon2Params:
    """Find Argon2id parameters that take about `target_seconds` on this machine.

    Memory stays at `memory_kib` unless even one pass is too slow, in which case it is halved,
    never below 64 MiB. The time cost then scales to the target. The first derivation of a
    process pays for mapping its memory, so a warm-up run is not counted.
    """
    parallelism = _default_parallelism()
    memory = max(memory_kib, MINIMUM_MEMORY_KIB)
    salt = os.urandom(SALT_BYTES)

    def seconds(params: Argon2Params) -> float:
        start = clock()
        argon2id(b"calibration", salt, params)
        return clock() - start

    seconds(Argon2Params(memory, 1, parallelism))
    one_pass = seconds(Argon2Params(memory, 1, parallelism))
    while one_pass > target_seconds and memory > MINIMUM_MEMORY_KIB:
        memory = max(MINIMUM_MEMORY_KIB, memory // 2)
        one_pass = seconds(Argon2Params(memory, 1, parallelism))

    time_cost = max(1, min(MAXIMUM_TIME_COST, round(target_seconds / one_pass)))
    # One correction step: cost is close to linear in passes, but not exactly.
    measured = seconds(Argon2Params(memory, time_cost, parallelism))
    corrected = max(1, min(MAXIMUM_TIME_COST, round(time_cost * target_seconds / measured)))
    return Argon2Params(memory, corrected, parallelism)
