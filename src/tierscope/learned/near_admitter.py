"""``NearAdmitter``: a learned adder of ties told across two adjacent sentences (docs/learned.md).

Runs after ``PairAdmitter``. Journalists name a deal in one sentence and the other party in the next
("Norvane won an order for modules. The customer is Kestrel"); the rules and the pair admitter read
one sentence at a time and leave such ties out. For a company of one sentence and a company of the
next that the page never names together and no stage tied (``near_features.candidates``), three small
logistic regressions (supply, partnership, ownership; a directed family read both ways) give the
probability that the two sentences tell that tie; a reading at or above its family's threshold is
added, one per family and pair, with the status the rules' own reading (``status_for``) gives the
sentence that holds the family's trigger nearest its name, and both sentences as evidence. Weights
(``near_weights.json``) and thresholds (``near_admitter.json``) come from
``scripts/train_near_admitter.py``. Nothing is loaded at import or construction: ``warm_up()`` (or the
first page) loads them. Plain Python at run time. A reading that cannot reach its threshold is left
before its dearest piece (``reachable_scores``), and the readings are scored from parts grouped by what
they depend on (``near_features.way_parts``), a name's part kept across pages, the sums of parts that
share no slot kept with them: the same scores for about two thirds of the cost, still over the 3 ms a page
on the bench pages it must come under to join the default pipeline (docs/learned.md, twenty-fourth round).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..doc import Document, Evidence, Relation
from ..relations.compiled import compiled
from ..relations.owner_parties import drop_non_parties
from ..relations.status import status_for
from ..relations.known_roles import reads_trades
from .advisers import advises
from .near_features import (DIM, READINGS, NearCandidate, candidates, known_ties_bound, names_ties, own_slot,
                            page_facts, reading_slots, way_parts)
from .pair_admitter import _FALLBACK, _sigmoid, best_readings

HERE = Path(__file__).resolve().parent
WEIGHTS_PATH = HERE / "near_weights.json"
CARD_PATH = HERE / "near_admitter.json"
NAME = "tierscope.near_admitter.v1"
#: added to a reading's best possible sum before it is compared with its threshold: the bound's sum and the
#: score's run over the slots in another order, so they may differ in the last bits
_MARGIN = 1e-6


def _nearest_cue(doc: Document, c: NearCandidate, fam: str):
    """The family's trigger nearest its own sentence's name: (sentence index, cue), or None."""
    best = None
    for k, cues, m in ((c.sentence, c.cues_a, c.ma), (c.sentence + 1, c.cues_b, c.mb)):
        s0 = doc.sentences[k].start
        lo, hi = m.start - s0, m.end - s0
        for cue in cues:
            if cue[0] != fam:
                continue
            d = 0 if lo <= cue[3] <= hi else min(abs(cue[3] - lo), abs(cue[3] - hi))
            if best is None or d < best[0]:
                best = (d, k, cue)
    return best[1:] if best else None


def _adviser_in(doc: Document, c: NearCandidate) -> bool:
    """Whether one of the pair is named as an adviser (``advisers.py``): no party to the deal."""
    for k, m in ((c.sentence, c.ma), (c.sentence + 1, c.mb)):
        s = doc.sentences[k]
        if m.end > m.start and advises(doc.language, doc.text[s.start:s.end], m.start - s.start, m.end - s.start):
            return True
    return False


def admitted_relation(doc: Document, c: NearCandidate, reading: str, score: float) -> Relation | None:
    """The relation ``c`` read as ``reading`` stands for, with its status; None where the status
    reading drops it."""
    fam, _, way = reading.partition(":")
    got = _nearest_cue(doc, c, fam)
    if got is not None:
        k, cue = got
        typ, t0, t1, default = cue[1], cue[3], cue[4], cue[5] or "active"
    else:
        k = c.sentence + 1
        s0 = doc.sentences[k].start
        typ, t0, t1, default = _FALLBACK[fam], c.mb.start - s0, c.mb.end - s0, "active"
    s = doc.sentences[k]
    m = c.ma if k == c.sentence else c.mb
    status, _ = status_for(compiled(doc.language), doc.text[s.start:s.end], t0, t1, default,
                           [(m.start - s.start, m.end - s.start)], refusable=True)
    if status is None:
        return None
    src, tgt = (c.b, c.a) if way == "ba" else (c.a, c.b)
    if not way:
        src, tgt = sorted((src, tgt))
    lo, hi = doc.sentences[c.sentence].start, doc.sentences[c.sentence + 1].end
    return Relation(type=typ, source=src, target=tgt, status=status, evidence=Evidence(doc.text[lo:hi], lo, hi),
                    confidence=round(score, 3), component=NAME)


def admit(doc: Document, cands: list[NearCandidate], scores: list[dict[str, float]],
          thresholds: dict[str, float]) -> list[Relation]:
    """The relations to add: per family and pair the best-scoring reading, where it reaches the
    family's threshold."""
    out = []
    for p, c, reading in best_readings(doc, cands, scores, thresholds, _adviser_in):
        rel = admitted_relation(doc, c, reading, p)
        if rel is not None:
            out.append(rel)
    return out


class _Parts(tuple):
    """Sets of slots that share none, asked whether one of them holds a slot."""

    __slots__ = ()

    def __contains__(self, i) -> bool:
        for x in self:
            if i in x:
                return True
        return False


class NearAdmitter:
    name = NAME
    requires = ("sentences", "mentions", "language", "relations")
    produces = ("relations",)

    def __init__(self, thresholds: dict[str, float] | None = None, weights: Path | None = None):
        self._thresholds = thresholds
        self._path = Path(weights) if weights else WEIGHTS_PATH
        self._models: dict[str, tuple[float, dict[int, float]]] | None = None
        self._tables: dict[str, list[float]] = {}
        #: for the slots the scored families weigh: the names' parts by what they are made of, and the sums
        #: of parts, kept across pages (``reachable_scores``)
        self._memo: dict[tuple, tuple[dict, dict]] = {}

    def warm_up(self) -> None:
        if self._models is not None:
            return
        z = json.loads(self._path.read_text(encoding="utf-8"))
        if z["dim"] != DIM:
            raise ValueError(f"{self._path}: hashed for {z['dim']} slots, features use {DIM}")
        if self._thresholds is None:
            self._thresholds = json.loads(CARD_PATH.read_text(encoding="utf-8"))["thresholds"]
        self._models = {fam: (float(m["bias"]), {int(k): float(v) for k, v in m["weights"].items()})
                        for fam, m in z["models"].items()}
        # each family's weight of every slot, zero where it weighs nothing (``reachable_scores``)
        self._tables = {}
        for fam, (_, w) in self._models.items():
            table = self._tables[fam] = [0.0] * DIM
            for i, v in w.items():
                table[i] = v

    @reads_trades
    def scores(self, doc: Document, cands: list[NearCandidate],
               families: set[str] | None = None) -> list[dict[str, float]]:
        """The probability of each reading of each candidate (of ``families`` only, where given: a
        family with no threshold adds nothing and is not scored at run time)."""
        self.warm_up()
        readings = tuple(r for r in READINGS if families is None or r.partition(":")[0] in families)
        if not cands:
            return []
        facts = page_facts(doc)
        out = []
        for c in cands:
            row = {}
            for reading in readings:
                b, w = self._models[reading.partition(":")[0]]
                # (only the slots the family weighs: the same sum as over all of them, a zero added nowhere)
                row[reading] = _sigmoid(b + sum(w[i] for i in reading_slots(doc, c, facts, reading, w)))
            out.append(row)
        return out

    @reads_trades
    def reachable_scores(self, doc: Document, cands: list[NearCandidate]) -> list[dict[str, float]]:
        """``scores`` of the readings of the families with a threshold that can reach it; a reading left
        out scores below its threshold whatever its names' ties (``near_features.known_ties_bound``), so
        the gazetteer is not asked about them. Most readings are left out that way: the admitter adds what
        ``scores`` would have it add, for less work. A reading's slots are those ``scores`` sums and
        some no scored family weighs; each weight is read from the family's table of every slot (zero
        where it weighs nothing), and a zero added leaves a sum as it was, so a score is the same to the
        bit."""
        self.warm_up()
        thresholds = self._thresholds or {}
        if not cands:
            return []
        fams = [fam for fam in ("supply", "partnership", "ownership") if fam in thresholds]
        plan: dict[str, list] = {}
        for reading in READINGS:
            fam, _, way = reading.partition(":")
            if fam in thresholds:
                plan.setdefault(way, []).append((reading, fams.index(fam), fam, *self._models[fam], self._tables[fam],
                                                 thresholds[fam]))
        kept = frozenset().union(*(self._models[fam][1] for fam in fams))
        memo = self._memo.get((tuple(fams), kept))
        if memo is None:
            self._memo.clear()
            memo = self._memo[tuple(fams), kept] = ({}, {})
        parts, sums = memo
        tables = [self._tables[fam] for fam in fams]
        facts = page_facts(doc)
        out = []
        for c in cands:
            row = {}
            for way, todo in plan.items():
                ps, sa, sb, both = way_parts(doc, c, facts, way, kept, parts)
                # where the parts share no slot (nearly always), a reading's sum is the sum of their sums,
                # kept per part, and no union is made unless it can reach its threshold
                apart = (ps.isdisjoint(sa) and ps.isdisjoint(sb) and sa.isdisjoint(sb) and both.isdisjoint(ps)
                         and both.isdisjoint(sa) and both.isdisjoint(sb))
                known = _Parts((ps, sa, sb, both)) if apart else ps.union(sa, sb, both)
                if apart:
                    got = [sums.get(x) for x in (ps, sa, sb, both)]
                    for n, x in enumerate((ps, sa, sb, both)):
                        if got[n] is None:
                            if len(sums) >= 1 << 16:
                                sums.clear()
                            got[n] = sums[x] = [sum(map(t.__getitem__, x)) for t in tables]
                for reading, j, fam, b, w, table, thr in todo:
                    own = own_slot(doc, c, facts, fam)
                    if apart:
                        total = got[0][j] + got[1][j] + got[2][j] + got[3][j] + (0.0 if own in known else table[own])
                        bound = known_ties_bound(c, facts, fam, way, _Parts((ps, sa, sb, both, (own,))), w)
                    else:
                        mine = known.union((own,))
                        total = sum(map(table.__getitem__, mine))
                        bound = known_ties_bound(c, facts, fam, way, mine, w)
                    if _sigmoid(b + total + bound + _MARGIN) < thr:
                        continue
                    # (the sum ``scores`` takes, over the same weighed slots in the same order)
                    mine = ps.union(sa, sb, both, (own,), names_ties(c, facts, reading))
                    row[reading] = _sigmoid(b + sum(map(table.__getitem__, sorted(mine))))
            out.append(row)
        return out

    @reads_trades
    def __call__(self, doc: Document) -> Document:
        self.warm_up()
        if not self._thresholds:
            return doc
        cands = candidates(doc)
        if not cands:
            return doc
        scores = self.reachable_scores(doc, cands)
        # an ownership whose party the evidence calls a marque, a family, a person or a plant: dropped, as
        # the rules and the pair admitter drop theirs
        doc.relations = list(doc.relations) + drop_non_parties(admit(doc, cands, scores, self._thresholds), doc)
        return doc
