"""Where extracted documents live: the ``Store`` protocol, the SQLite store, and ``ingest``, which
runs the pipeline over inputs and writes what it finds."""

from .base import AddResult, Store
from .ingest import IngestReport, ingest
from .sqlite import SCHEMA_VERSION, SQLiteStore, resolve_company

__all__ = ["Store", "AddResult", "SQLiteStore", "resolve_company", "SCHEMA_VERSION", "ingest", "IngestReport"]
