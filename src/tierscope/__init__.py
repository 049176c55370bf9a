"""tierscope: read multilingual news and map who supplies, partners with, invests in, buys and owns
whom, with the evidence for every link."""

from .doc import (
    FAMILIES,
    RELATION_TYPES,
    STATUSES,
    Document,
    Evidence,
    Facility,
    Mention,
    Rejection,
    Relation,
    Sentence,
)
from .errors import InputError, NotFoundError, StageError, StoreError, TierscopeError, UsageError

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Document",
    "Sentence",
    "Mention",
    "Evidence",
    "Relation",
    "Facility",
    "Rejection",
    "RELATION_TYPES",
    "STATUSES",
    "FAMILIES",
    "TierscopeError",
    "InputError",
    "StageError",
    "StoreError",
    "NotFoundError",
    "UsageError",
]
