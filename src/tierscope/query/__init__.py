"""The query library: what the CLI, the web server and notebooks read the graph through.

>>> from tierscope.store import SQLiteStore
>>> from tierscope import query
>>> store = SQLiteStore("tierscope.db", create=False)     # doctest: +SKIP
>>> query.company_profile(store, "jlr").relations          # doctest: +SKIP
"""

from .core import (
    Company,
    CompanySummary,
    EvidenceItem,
    FacilitySummary,
    Profile,
    ProfileRelation,
    RelationSummary,
    companies,
    company_profile,
    evidence,
    find_company,
    relation_assertions,
    relations,
)
from .chain import (
    CAPACITY_BY,
    CapacityRow,
    ChainLink,
    SingleSourceItem,
    capacity,
    capacity_table,
    downstream,
    path,
    single_source,
    upstream,
)
from .export import CSV_COLUMNS, EXPORT_FORMATS, export
from .history import ContradictionItem, HistoryStep, RelationHistory, contradictions, history
from .status import current_status, status_view

__all__ = [
    "Company",
    "CompanySummary",
    "EvidenceItem",
    "FacilitySummary",
    "Profile",
    "ProfileRelation",
    "RelationSummary",
    "companies",
    "company_profile",
    "current_status",
    "evidence",
    "export",
    "find_company",
    "relation_assertions",
    "relations",
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "status_view",
    "history",
    "contradictions",
    "HistoryStep",
    "RelationHistory",
    "ContradictionItem",
    "upstream",
    "downstream",
    "path",
    "single_source",
    "capacity",
    "capacity_table",
    "CapacityRow",
    "ChainLink",
    "SingleSourceItem",
    "CAPACITY_BY",
]
