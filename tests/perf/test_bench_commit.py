"""The bench names the commit it measures: the tierscope the running Python imports, not the checkout the
bench script lies in (an old commit's environment is timed with today's script)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import tierscope

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_run", module)
    spec.loader.exec_module(module)
    return module


def test_the_commit_is_read_where_the_package_lies():
    assert _bench()._package_dir() == Path(tierscope.__file__).resolve().parent
