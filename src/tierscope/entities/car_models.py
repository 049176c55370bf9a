"""Car models of the big carmakers and the company that sells them (``data/car_models.tsv``): "the
Twingo" is Renault's, "der iX3" BMW's, "la Raval" Cupra's. A model stands for its maker where a
sentence says what goes into the car and names no carmaker ("Die Sitze des iX3 liefert Adient").

    model_makers("Die Sitze des iX3 liefert Adient.")  -> [(14, 17, "BMW")]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import _rows

__all__ = ["model_makers", "model_names"]


@lru_cache(maxsize=1)
def _models() -> tuple[re.Pattern, dict[str, str]]:
    makers = dict(_rows("car_models.tsv", 2))
    # longest first ("Ioniq 5" before "Ioniq"); a model is a word of its own, case as written; not a
    # processor's name ("Intel Core i7")
    alts = "|".join(re.escape(m) for m in sorted(makers, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?<!Core\s)(?:{alts})(?![\w-])"), makers


def model_makers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, maker) for each car model named in ``text``."""
    rx, makers = _models()
    return [(m.start(), m.end(), makers[m.group(0)]) for m in rx.finditer(text)]


def model_names() -> frozenset[str]:
    """The models of the table as written ("Twingo", "iX3", "Ioniq 5")."""
    return frozenset(_models()[1])
