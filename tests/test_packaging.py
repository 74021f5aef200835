"""The installed package holds every subpackage, and the resources are found through one door."""

from __future__ import annotations

import tomllib
from pathlib import Path

import hrjournal.resources

ROOT = Path(__file__).parents[1]


def test_every_subpackage_is_listed_for_installation() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "hrjournal").rglob("__init__.py")
    }
    assert on_disk | {"hrjournal.resources"} == listed


def test_resources_are_found_through_find() -> None:
    assert hrjournal.resources.find("__init__.py").is_file()


def test_the_layout_of_the_design_exists() -> None:
    for part in ("domain", "vault", "store", "export", "wipe", "services", "ui"):
        assert (ROOT / "hrjournal" / part / "__init__.py").is_file(), part
    for top in (
        "resources",
        "installers",
        "tests",
        "benchmarks",
        "README.md",
        "SECURITY.md",
        "LICENSE",
        ".ci/run",
        "pyproject.toml",
    ):
        assert (ROOT / top).exists(), top
