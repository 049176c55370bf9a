"""Expand what the user typed (files, folders, globs, ``-``) into the files to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from ..doc import Rejection

__all__ = ["SUPPORTED", "format_of", "expand_paths", "STDIN"]

STDIN = "-"
#: File endings we read, and the format each one is.
SUPPORTED = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".warc": "warc", ".warc.gz": "warc"}
_EXPECTED = ", ".join(SUPPORTED)


def format_of(path: str) -> str | None:
    name = os.path.basename(path).lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return SUPPORTED.get(os.path.splitext(name)[1])


def _extension(path: str) -> str:
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        inner = os.path.splitext(name[:-3])[1]
        return inner + ".gz" if inner else ".gz"
    return os.path.splitext(name)[1] or "(none)"


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: str) -> Iterator[str]:
    """Supported files under ``folder``, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name) and format_of(name):
                yield os.path.join(root, name)


def _has_magic(path: str) -> bool:
    return any(c in path for c in "*?[")


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejection]:
    """Yield file paths to read (or ``-``), or a ``Rejection`` for a path that cannot be read.

    Explicitly named files with an unknown extension are rejected (the user meant them); files met
    inside folders or through a glob are skipped silently when unsupported (a README, an image)."""
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            found = False
            for file in _walk(path):
                found = True
                yield file
            if not found:  # the user named it: silence would look like a folder of empty articles
                yield Rejection(path, f"no supported files in this folder (expected {_EXPECTED})")
        elif os.path.exists(path):
            if format_of(path):
                yield path
            else:
                yield Rejection(path, f"unsupported extension '{_extension(path)}' (expected {_EXPECTED})")
        elif _has_magic(path):
            matched = sorted(glob.glob(path, recursive=True))
            seen: set[str] = set()  # "a/**" matches a folder and the files in it
            for m in matched:
                files = _walk(m) if os.path.isdir(m) else [m]
                for f in files:
                    if f not in seen and format_of(f) and not _hidden(os.path.basename(f)):
                        seen.add(f)
                        yield f
            if not seen:
                yield Rejection(path, "the pattern matched no supported files")
        else:
            yield Rejection(path, "no such file or folder")
