"""Converters from public corpora to the gold format (one module per corpus). Each exposes pure
mapping functions and ``iter_gold(...)`` yielding validated gold lines with the text inline.
The mappings are documented in docs/corpora.md; scripts/convert_corpora.py runs them."""

from . import common, fire, redocred, relx, sentivent, smartdata

__all__ = ["common", "fire", "redocred", "relx", "sentivent", "smartdata"]
