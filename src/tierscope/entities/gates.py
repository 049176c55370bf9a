"""The token keys of a page worked out once (``page_keys``): a finder that walks every token for a few
words first asks whether the page holds any of them. (Which sentences may hold a pattern's match, by
its literals, is ``scan.sentences.may_hold``.)
"""

from __future__ import annotations

__all__ = ["page_keys"]

_KEYS: list = [None, frozenset()]  # [the last page's sentence tokens, the keys of all their tokens]


def page_keys(sentence_tokens) -> frozenset[str]:
    """The token keys of a page's sentences (``sentence_tokens``: (index, start, end, tokens) per
    sentence), worked out once per page: a finder that walks every token for a few words first asks
    whether the page holds any of them."""
    if _KEYS[0] is not sentence_tokens:
        _KEYS[:] = [sentence_tokens, frozenset(t.key for _i, _s, _e, tokens in sentence_tokens for t in tokens)]
    return _KEYS[1]
