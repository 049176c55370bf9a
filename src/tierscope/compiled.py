"""Use the ahead-of-time compiled (Cython) builds of the hot modules where they are present and
current; everywhere else the plain .py files run, as they always did.

scripts/build_compiled.py (run by `make install`) compiles the modules it lists into
build/compiled/ at the checkout's root, OUT of the source tree, and writes build/compiled/manifest.json:
for each module, its extension file and the sha256 of the exact source it was compiled from. Python
on its own never sees those files; the finder below, put first on sys.meta_path when the package is
imported, hands a module its extension only while the .py's current sha256 still equals the
recorded one. Edit a .py and that module runs from the .py at the next import (the others keep
their builds) until the next build, so an old build can never shadow new code.

TIERSCOPE_PURE=1 turns the finder off (everything runs as plain Python); TIERSCOPE_COMPILED_DIR
points it at another build folder (the tests use it)."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from importlib.util import spec_from_file_location
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent  # src/tierscope
DEFAULT_DIR = PACKAGE_DIR.parent.parent / "build" / "compiled"  # the checkout's build/compiled
MANIFEST = "manifest.json"


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CompiledFinder:
    """A meta-path finder that answers only for the modules in the manifest, and only while each
    one's source is unchanged since its build; for anything else it answers None, so the normal
    finders import the .py."""

    def __init__(self, folder: Path, modules: dict[str, dict[str, str]]) -> None:
        self.folder = folder
        self.modules = modules

    def find_spec(self, name, path=None, target=None):
        entry = self.modules.get(name)
        if entry is None:
            return None
        extension = self.folder / entry["extension"]
        source = PACKAGE_DIR.parent / entry["source"]
        try:
            if source_hash(source) != entry["sha256"] or not extension.is_file():
                return None  # edited (or gone) since the build: the .py runs
        except OSError:
            return None
        return spec_from_file_location(name, str(extension), loader=ExtensionFileLoader(name, str(extension)))


def load_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """The manifest's modules, or none where there is no build, or one made for another Python
    (its extension suffix differs from this interpreter's)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if manifest.get("suffix") not in EXTENSION_SUFFIXES:
        return {}
    return manifest.get("modules", {})


def install() -> None:
    """Put the finder first on sys.meta_path, once, where a build exists and TIERSCOPE_PURE is unset."""
    if os.environ.get("TIERSCOPE_PURE"):
        return
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return
    folder = Path(os.environ.get("TIERSCOPE_COMPILED_DIR") or DEFAULT_DIR)
    modules = load_manifest(folder)
    if modules:
        sys.meta_path.insert(0, CompiledFinder(folder, modules))
