"""Compile the hot pure-Python modules ahead of time with Cython (pure-Python mode: the .py files
themselves, unchanged) into build/compiled/, out of the source tree; src/tierscope/compiled.py loads
them while their sources are unchanged. `make install` runs this; run it again after editing
sources to get the speed back for the edited modules (until then they run as plain Python).

Only what changed since the last build is compiled again (the manifest records each module's source
sha256). Where Cython or a C compiler is missing, or a module fails to compile, it says so and
leaves those modules as plain Python: the package works the same, only slower.

    python scripts/build_compiled.py [--out build/compiled] [--src src] [--jobs N] [--only MODULE ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The extraction pipeline's per-sentence and per-mention code, where the profile's time is spread:
# every module of these packages but the package __init__ files (a package stays a plain package).
PACKAGES = ["tierscope/entities", "tierscope/relations", "tierscope/scan", "tierscope/sentences", "tierscope/dates",
            "tierscope/clean", "tierscope/language"]
MODULES: list[str] = []
# C flags: -O2 without debug information compiles about twice as fast as Python's default -O3 -g,
# and runs as fast for this code.
CFLAGS = ["-O2", "-g0"]
DIRECTIVES = {
    "language_level": 3,
    # Annotations stay documentation, as in CPython: with typing on, Cython would check `str`,
    # `list` and `float` (as a C double) at each call, which plain Python never does.
    "annotation_typing": False,
}


def sources(src: Path, only: list[str]) -> dict[str, Path]:
    """module name -> .py file, for the modules to compile."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((src / package).rglob("*.py")):
            if path.name != "__init__.py":
                found[".".join(path.relative_to(src).with_suffix("").parts)] = path
    for module in MODULES:
        found[module] = src / (module.replace(".", "/") + ".py")
    if only:
        found = {name: path for name, path in found.items() if name in only}
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("--out", default=str(ROOT / "build" / "compiled"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args(argv)
    src, out = Path(args.src).resolve(), Path(args.out).resolve()
    suffix = sysconfig.get_config_var("EXT_SUFFIX")

    try:
        from Cython.Build import cythonize
        from setuptools import Extension, setup
    except ImportError:
        print("build_compiled: Cython is not installed; tierscope runs as plain Python", file=sys.stderr)
        return 0
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        print(f"build_compiled: no C compiler ({compiler}); tierscope runs as plain Python", file=sys.stderr)
        return 0

    manifest_path = out / "manifest.json"
    try:
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        kept = old["modules"] if old.get("suffix") == suffix else {}
    except (OSError, ValueError, KeyError):
        kept = {}

    # Stage the exact bytes to compile (their hash is the one recorded), in the package layout Cython
    # reads a module's full name from; the generated C stays there too, out of the source tree.
    stage = out.parent / (out.name + "-stage")
    todo: dict[str, tuple[Path, str]] = {}
    modules: dict[str, dict[str, str]] = {}
    for name, path in sources(src, args.only).items():
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        rel = path.relative_to(src)
        extension = str(rel.with_suffix("")) + suffix
        entry = {"source": str(rel), "sha256": digest, "extension": extension}
        if kept.get(name) == entry and (out / extension).is_file():
            modules[name] = entry
            continue
        staged = stage / rel
        staged.parent.mkdir(parents=True, exist_ok=True)
        for parent in rel.parents:
            if parent != Path("."):
                (stage / parent / "__init__.py").touch()
        staged.write_bytes(data)
        todo[name] = (staged, digest)
        modules[name] = entry

    if todo:
        print(f"build_compiled: compiling {len(todo)} modules into {out} ...", file=sys.stderr)
        built = compile_modules(todo, stage, out, args.jobs, cythonize, Extension, setup)
        for name in set(todo) - built:
            modules.pop(name)
    for name in set(kept) - set(modules):
        # a module no longer listed (or no longer building): remove its old extension
        (out / kept[name]["extension"]).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    tmp = manifest_path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"suffix": suffix, "modules": modules}, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(manifest_path)
    print(f"build_compiled: {len(modules)} modules compiled and current", file=sys.stderr)
    return 0


def compile_modules(todo, stage, out, jobs, cythonize, Extension, setup) -> set[str]:
    """Compile the staged modules; the names of those built. On a failure, each module is tried
    alone, so one that Cython cannot compile stays plain Python and the others still build."""
    try:
        build(list(todo), todo, stage, out, jobs, cythonize, Extension, setup)
        return set(todo)
    except (Exception, SystemExit) as error:  # noqa: BLE001 - distutils exits on compiler errors
        print(f"build_compiled: {error}; trying the modules one by one", file=sys.stderr)
    built = set()
    for name in todo:
        try:
            build([name], todo, stage, out, 1, cythonize, Extension, setup)
            built.add(name)
        except (Exception, SystemExit) as error:  # noqa: BLE001
            print(f"build_compiled: {name} stays plain Python ({error})", file=sys.stderr)
    return built


def build(names, todo, stage, out, jobs, cythonize, Extension, setup) -> None:
    extensions = [Extension(name, [str(todo[name][0])], extra_compile_args=CFLAGS) for name in names]
    cwd = os.getcwd()
    os.chdir(stage)  # Cython names each module from the package folders above its file
    try:
        compiled = cythonize(extensions, compiler_directives=DIRECTIVES, nthreads=jobs, quiet=True)
        setup(
            name="tierscope-compiled",
            ext_modules=compiled,
            script_args=["-q", "build_ext", "--build-lib", str(out), "--build-temp", str(stage / "tmp"), "-j", str(jobs)],
        )
    finally:
        os.chdir(cwd)


if __name__ == "__main__":
    sys.exit(main())
