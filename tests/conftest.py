"""Shared test setup. Tests marked `shared_data` read the public corpora at ../shared/data and skip,
saying so, where that folder is absent (a user's fresh clone)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_collection_modifyitems(config, items):
    if SHARED_DATA.is_dir():
        return
    skip = pytest.mark.skip(reason=f"public corpora not found at {SHARED_DATA} (see README: Development data)")
    for item in items:
        if "shared_data" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"public corpora not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def read_page():
    """``read(text, language)``: the default per-document stages on a text, warmed once per session, with
    the language given (a sentence or two is too short to tell it, so the language detector is left out)
    and no date finder (the test texts carry no date line)."""
    from tierscope.doc import Document
    from tierscope.pipeline import default_components

    stages = [c for c in default_components() if type(c).__name__ not in ("LanguageDetector", "DateFinder")]
    for c in stages:
        c.warm_up()

    def read(text: str, language: str):
        doc = Document(id="t", source="t.txt", text=text, language=language)
        for c in stages:
            doc = c(doc)
        return doc

    return read


def load_samples():
    """tests/store/samples.py (the hand-built sample corpus) under a unique module name: the test
    folders are not packages."""
    name = "tierscope_test_samples"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "store" / "samples.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def samples():
    return load_samples()


@pytest.fixture
def db_path(tmp_path, samples):
    """A real database file holding the sample corpus."""
    from tierscope.store import SQLiteStore

    path = tmp_path / "sample.db"
    with SQLiteStore(path) as s:
        for doc in samples.corpus():
            s.add_document(doc)
    return path
