"""The proof campaigns: each promise HR Journal makes (SECURITY.md) gets a campaign that tries
to break it. Every test here is marked slow: CI runs them; `./dev test -m "not slow"` skips
them."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/proof/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.slow)
