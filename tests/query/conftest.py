from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tierscope.store import SQLiteStore


def load_samples():
    """tests/store/samples.py under a unique module name (the test folders are not packages)."""
    name = "tierscope_test_samples"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "store" / "samples.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def samples():
    return load_samples()


@pytest.fixture
def db_path(tmp_path, samples):
    """A real database file holding the hand-built sample corpus."""
    path = tmp_path / "sample.db"
    with SQLiteStore(path) as s:
        for doc in samples.corpus():
            s.add_document(doc)
    return path


@pytest.fixture
def store(db_path):
    s = SQLiteStore(db_path, create=False)
    yield s
    s.close()
