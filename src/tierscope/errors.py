"""The error tree. Every error's ``str()`` is one line a user can act on; the CLI prints it, never a
traceback, for anything that is the user's input rather than a bug."""

from __future__ import annotations

__all__ = [
    "TierscopeError",
    "InputError",
    "StageError",
    "ContractError",
    "StoreError",
    "NotFoundError",
    "UsageError",
]


class TierscopeError(Exception):
    """Base of every error tierscope raises on purpose."""


class InputError(TierscopeError):
    """An input that cannot be read: names the input and the reason."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class StageError(TierscopeError):
    """A pipeline component failed on one document."""

    def __init__(self, component: str, doc_id: str, reason: str):
        self.component = component
        self.doc_id = doc_id
        self.reason = reason
        super().__init__(f"{doc_id}: {component} failed: {reason}")


class ContractError(TierscopeError):
    """A component ran before what it reads was produced (a wiring bug, named by component)."""


class StoreError(TierscopeError):
    """The database cannot be opened or written; says which file and what to do."""


class NotFoundError(TierscopeError):
    """A company, relation or record the user asked for does not exist."""


class UsageError(TierscopeError):
    """A command was called with arguments that cannot work together."""
