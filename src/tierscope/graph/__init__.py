"""Pure graph algorithms over plain data: relation history (``history``), near-duplicate documents
(``dedup``) and supply chains (``chain``). No store, no CLI."""

from .chain import (
    CapacityGroup,
    Edge,
    Hop,
    Link,
    SingleSource,
    SupplyChain,
    capacity,
    capacity_groups,
    downstream,
    path,
    single_source,
    upstream,
)
from .dedup import near_duplicates
from .history import (
    Assertion,
    Contradiction,
    StatusView,
    Step,
    capacity_contradictions,
    contradictions,
    current_status,
    direction_contradictions,
    timeline,
)

__all__ = [
    "Assertion",
    "StatusView",
    "Step",
    "Contradiction",
    "current_status",
    "timeline",
    "contradictions",
    "direction_contradictions",
    "capacity_contradictions",
    "near_duplicates",
    "Edge",
    "Hop",
    "Link",
    "SingleSource",
    "SupplyChain",
    "upstream",
    "downstream",
    "path",
    "single_source",
    "capacity",
    "capacity_groups",
    "CapacityGroup",
]
