"""A plant's status from the sentence's cues: denied, rumoured, ended, under construction, active,
announced or planned; an "active" cue in the future is no running plant.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.branch_gate import long_gate
from ..scan.prefilter import any_in, has_odd_case, may_search, required_of
from ..scan.sentence_scan import scan_of
from .status import _NEVER, _search_outside


# "neither confirmed nor denied" is no denial: the report stands as a rumour
_NEITHER = re.compile(
    r"\bneither confirmed nor denied\b|\bni confirmée?s? ni démentie?s?\b|\bweder bestätigt noch dementiert\b|"
    r"\bné confermat[oa] né smentit[oa]\b|\bni confirmad[oa] ni desmentid[oa]\b|\bni confirmó ni desmintió\b",
    re.I,
)


def _status(text: str, lex: engine.Compiled, party, cue=None) -> tuple[str, bool]:
    # each cue's pattern, or one that matches nowhere where the sentence holds none of the literals
    # every match of the cue holds (most cues are in no sentence)
    lower = text.lower()
    if may_search(_NEITHER, text, lower):  # (the same gate first: most sentences hold no "neither")
        text = _NEITHER.sub(lambda m: " " * len(m.group(0)), text)
        lower = text.lower()
    odd = has_odd_case(text)  # (asked once for the sentence, not again by each cue's gate)
    st = _Gated(lex.status, text, lower, odd)
    fs = _Gated(lex.facility["status"], text, lower, odd)
    extra = _Gated(cue["status"] if cue else {}, text, lower, odd)
    if st["denied"].search(text) or ("denied" in extra and extra["denied"].search(text)):
        return "denied", True
    if _search_outside(fs.get("rumoured", st["rumoured"]), text, party) or (
        "rumoured" in extra and _search_outside(extra["rumoured"], text, party)
    ):
        return "rumoured", True
    if fs["ended"].search(text) or ("ended" in extra and extra["ended"].search(text)):
        return "ended", True
    if "under_construction" in extra and extra["under_construction"].search(text):
        return "under_construction", True
    if "active" in extra and _now(extra["active"], text, cue) and not fs["under_construction"].search(text):
        return "active", True
    for name in ("under_construction", "active", "announced", "planned"):
        if _now(fs[name], text, cue) if name == "active" else fs[name].search(text):
            return name, True
    return "announced", False


class _Gated:
    """A dict of cue patterns as ``_status`` reads it (``[name]``, ``get``, ``in``), each pattern
    passed through ``prefilter.may_search`` for one sentence (``odd``: ``has_odd_case`` of the
    sentence, the answer ``may_search`` falls back on, worked out once); a long list of alternatives
    then keeps only its branches that may match in the sentence (``BranchGate.narrowed``: the same
    matches, found faster)."""

    __slots__ = ("_cues", "_text", "_lower", "_odd")

    def __init__(self, cues: dict, text: str, lower: str, odd: bool):
        self._cues, self._text, self._lower, self._odd = cues, text, lower, odd

    def _gate(self, rx):
        # ``may_search(rx, text, lower)``, with the sentence's ``has_odd_case`` already known
        required = required_of(rx)
        if required is None or self._odd or any_in(required, self._lower):
            gate = long_gate(rx)
            if gate is None:
                return rx
            got = gate.narrowed(rx, scan_of(self._text))
            return _NEVER if got is None else got
        return _NEVER

    def __getitem__(self, name: str):
        return self._gate(self._cues[name])

    def __contains__(self, name: str) -> bool:
        return name in self._cues

    def get(self, name: str, default):
        rx = self._cues.get(name)
        return self._gate(rx) if rx is not None else default


def _now(rx: re.Pattern, text: str, cue) -> bool:
    """Whether ``rx`` matches ``text`` outside a future: "mise en service prévue fin 2026", "soll
    ... von 2027 an in Betrieb gehen", "will start production" are no running plant."""
    future = cue["future"] if cue else None
    for m in rx.finditer(text):
        if future is None or not (future.search(text, max(0, m.start() - 40), m.start())
                                  or future.search(text, m.end(), m.end() + 12)):
            return True
    return False
