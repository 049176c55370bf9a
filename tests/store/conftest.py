"""The sample corpus (``samples``) comes from tests/conftest.py."""

from __future__ import annotations

import pytest

from tierscope.store import SQLiteStore


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture
def docs(samples):
    return samples.corpus()
