"""The compiled builds (scripts/build_compiled.py, src/tierscope/compiled.py): an edited .py always
wins over an older build of it, and without Cython or a C compiler everything runs as plain Python."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_compiled.py"
MODULE = "tierscope.scan.page_words"  # small, so one build takes seconds


def copy_tree(tmp_path: Path) -> Path:
    """A copy of the package's sources, so the test can edit one."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "tierscope", src / "tierscope", ignore=shutil.ignore_patterns("__pycache__"))
    return src


def where(src: Path, build: Path, code: str) -> str:
    """Run `code` in a fresh interpreter importing the copied package with the given build folder."""
    env = dict(os.environ, PYTHONPATH=str(src), TIERSCOPE_COMPILED_DIR=str(build), PYTHONDONTWRITEBYTECODE="1")
    env.pop("TIERSCOPE_PURE", None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def build(src: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--src", str(src), "--out", str(out), "--jobs", "1", "--only", MODULE],
        env=dict(os.environ, **env), capture_output=True, text=True, check=True,
    )


PROBE = f"import {MODULE} as m; print(m.__file__.rsplit('.', 1)[-1], getattr(m, 'PROBE_EDIT', None))"


def test_without_a_compiler_everything_stays_plain_python(tmp_path):
    src, out = copy_tree(tmp_path), tmp_path / "build"
    done = build(src, out, CC=str(tmp_path / "no-such-cc"))
    assert "plain Python" in done.stderr
    assert not (out / "manifest.json").exists()
    assert where(src, out, PROBE) == "py None"


def test_a_build_for_another_python_is_ignored(tmp_path):
    src, out = copy_tree(tmp_path), tmp_path / "build"
    out.mkdir()
    entry = {"source": "tierscope/scan/page_words.py", "sha256": "0" * 64, "extension": "x.so"}
    (out / "manifest.json").write_text(json.dumps({"suffix": ".cpython-20-x.so", "modules": {MODULE: entry}}))
    assert where(src, out, PROBE) == "py None"


@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler")
def test_an_edited_source_runs_instead_of_its_stale_build(tmp_path):
    pytest.importorskip("Cython")
    src, out = copy_tree(tmp_path), tmp_path / "build"
    build(src, out)
    assert where(src, out, PROBE) == "so None"  # the build runs
    assert where(src, out, "import tierscope.scan.prefilter as m; print(m.__file__[-3:])") == ".py"  # not built

    source = src / "tierscope" / "scan" / "page_words.py"
    source.write_text(source.read_text(encoding="utf-8") + "\nPROBE_EDIT = 1\n", encoding="utf-8")
    assert where(src, out, PROBE) == "py 1"  # the old build no longer shadows the edited .py
    assert where(src, out, f"import os; os.environ['TIERSCOPE_PURE'] = '1'; {PROBE}") == "py 1"

    build(src, out)  # the next build compiles the edit
    assert where(src, out, PROBE) == "so 1"
