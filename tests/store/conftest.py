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
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("samples.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def samples():
    return load_samples()


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture
def docs(samples):
    return samples.corpus()
