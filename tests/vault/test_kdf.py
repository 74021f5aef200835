"""Argon2id calibration, checked against a model of this machine's speed.

Real timings belong in benchmarks/unlock.py; here a clock driven by the parameters makes the
calibration's arithmetic testable and repeatable."""

from __future__ import annotations

import pytest

from hrjournal.vault import kdf
from hrjournal.vault.kdf import MINIMUM_MEMORY_KIB, Argon2Params, calibrate


class ModelClock:
    """Pretends each derivation takes `seconds_per_gib_pass` per GiB per pass."""

    def __init__(self, seconds_per_gib_pass: float) -> None:
        self.rate = seconds_per_gib_pass
        self.now = 0.0
        self.calls: list[Argon2Params] = []

    def __call__(self) -> float:
        return self.now

    def derive(self, secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
        self.calls.append(params)
        self.now += self.rate * params.memory_kib / (1024 * 1024) * params.time_cost
        return bytes(32)


@pytest.mark.parametrize("rate", [0.3, 0.7, 1.5, 3.0])
def test_calibration_reaches_the_target_on_an_ordinary_machine(
    rate: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ModelClock(rate)
    monkeypatch.setattr(kdf, "argon2id", clock.derive)
    params = calibrate(target_seconds=1.0, clock=clock)
    assert params.memory_kib == 256 * 1024
    achieved = rate * 0.25 * params.time_cost
    assert abs(achieved - 1.0) <= 0.25


def test_a_slow_machine_gets_less_memory_but_never_below_64_mib(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = ModelClock(40.0)  # 10 s for one pass over 256 MiB
    monkeypatch.setattr(kdf, "argon2id", clock.derive)
    params = calibrate(target_seconds=1.0, clock=clock)
    assert params.memory_kib == MINIMUM_MEMORY_KIB
    assert params.time_cost == 1


def test_a_memory_request_below_the_floor_is_raised_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = ModelClock(1.0)
    monkeypatch.setattr(kdf, "argon2id", clock.derive)
    assert calibrate(memory_kib=1024, clock=clock).memory_kib == MINIMUM_MEMORY_KIB


def test_real_derivation_is_deterministic_and_salted() -> None:
    params = Argon2Params.cheapest_for_tests()
    one = kdf.argon2id(b"pass", b"s" * 16, params)
    assert one == kdf.argon2id(b"pass", b"s" * 16, params)
    assert one != kdf.argon2id(b"pass", b"t" * 16, params)
    assert one != kdf.argon2id(b"pasS", b"s" * 16, params)


def test_binding_secret_changes_the_key_encryption_key() -> None:
    stretched = bytes(range(32))
    assert kdf.key_encryption_key(stretched, None) != kdf.key_encryption_key(stretched, b"x" * 32)
