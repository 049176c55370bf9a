"""Frames: pick (source group, target group) around one trigger.

Each trigger of the lexicon names a *frame*; ``resolve`` hands the trigger to the frame's reader,
one module per family: ``supply`` (supplying, buying goods, orders, supply deals), ``nouns`` (the
supplier / customer / shareholder nouns), ``deals`` (acquisitions, stakes, sales, funding),
``ownership`` (parents and units) and ``partnership`` (partnerships, joint ventures). ``common``
holds what they all read (the groups left and right of the trigger, the clause subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import deals, nouns, ownership, partnership, supply
from ..compiled import Compiled
from ..groups import Group


#: frame name (the lexicon's ``frame``) -> the function that reads it
FRAMES: dict[str, Callable] = {
    "SUPPLY": supply.read_supply,
    "RELY": supply.read_rely,
    "PROCURE": supply.read_procure,
    "WIN_ORDER": supply.read_win_order,
    "WIN_ORDER_BY": supply.read_win_order_by,
    "DEAL_SUPPLIER": supply.read_deal,
    "DEAL_BUYER": supply.read_deal,
    "SUPPLIER_N": nouns.read_supplier_noun,
    "SYM": partnership.read_sym,
    "JOINT_OWNERS": partnership.read_joint_owners,
    "JOINT_HOLDERS": partnership.read_joint_holders,
    "ACQ": deals.read_acquisition,
    "INV": deals.read_acquisition,
    "OWN_CR": deals.read_acquisition,
    "SELL": deals.read_sale,
    "RAISE": deals.read_raise,
    "OWN_NOUN": ownership.read_unit_noun,
    "OWN_PR": ownership.read_parent,
}


def resolve(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """Return a list of (source_group_names, target_group_names, type_override, conf_delta), with a
    fifth item where the frame knows the status better than the trigger: "active" (what the words
    state when no cue says otherwise: "X is a joint venture of A and B") or "standing" (active, and
    the sentence's own news does not change it: "ACC, the joint venture of A and B, denied ...")."""
    read = FRAMES.get(frame)
    return read(frame, trig, m, groups, text, lex) if read is not None else []
