"""The sample corpus (``samples``, ``db_path``) comes from tests/conftest.py."""

from __future__ import annotations

import pytest

from tierscope.store import SQLiteStore


@pytest.fixture
def store(db_path):
    s = SQLiteStore(db_path, create=False)
    yield s
    s.close()
