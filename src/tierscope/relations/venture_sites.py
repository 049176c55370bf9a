"""The works and goods for a joint venture's plant go to the venture, not to the parent the story names most.

    "Ebro Cells, the joint venture Kestrel and Nordia formed last year, is building the plant in Tarrow.
     Kestrel expects ... Kestrel ... The civil works are carried out by Brixo."
                                          -> supplies Brixo Ebro Cells (not Brixo -> Kestrel)

The readers that take a lone contractor's or maker's customer from the story (``plant_works``: the
company named most; ``lone_makers``: the company the sentence before is about) pick a parent on a page
about a venture's plant: news names the big parent more often than the venture it set up. The labelling
guidelines give the plant, and what is bought for it, to the venture. Where the page calls exactly one
company a joint venture (``venture_stakes.ventures_named``), names it twice or more, and the customer
picked is another company named beside the venture in one of the page's sentences (a parent, mostly),
the venture is the customer.
"""

from __future__ import annotations

from ..doc import Document, Mention
from .engine import company_name
from .venture_stakes import ventures_named

__all__ = ["venture_customer"]


def venture_customer(doc: Document, per_sentence: list[list[Mention]], customer: str) -> str:
    """The page's one named joint venture in place of ``customer`` when ``customer`` is named beside it,
    else ``customer``."""
    named = ventures_named(doc)
    if len(named) != 1:
        return customer
    (venture,) = named
    if venture == customer or sum(company_name(m) == venture for ms in per_sentence for m in ms if m.label == "COMPANY") < 2:
        return customer  # (a venture named once passes through a story about another company's plant)
    for ms in per_sentence:
        names = {company_name(m) for m in ms if m.label == "COMPANY"}
        if venture in names and customer in names:
            return venture
    return customer
