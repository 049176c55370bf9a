"""Candidates and features for the near admitter (``NearAdmitter``, docs/learned.md).

Journalists often name a deal in one sentence and its other party in the next: "Norvane won an order
for modules. The customer is Kestrel", "Velqua needs cells for its new model. They will come from
Brasko", "Die Zellen kommen von Brasko. Abnehmer ist Velqua". The rules read one sentence at a time
and the pair admitter reads pairs of one sentence, so such a tie is read by neither. A candidate here
is a company ``a`` of sentence ``i`` and a company ``b`` of sentence ``i + 1`` (same story, as the
recognizer and its coreference resolved them) that the page never names in one sentence and that no
earlier stage tied in any family. To keep the candidates few, one of the two sentences holds a trigger
of the project's lexicons or ``b`` is the only company of its sentence.

The features are written like the pair admitter's (no words of the page; its helpers are imported):
how each name was found and what the gazetteer knows of it, the lexicon's cues of each sentence by
family, frame and place around its name, the case markers before each name, the status cues of each
sentence, whether sentence ``i + 1`` opens with a reference back (a coreference mention) or a role noun
("the customer", "der Abnehmer"), the earlier stages' relations in each sentence and of each name, the
companies of each sentence, page counts, language and where the sentences stand.

A page holds many candidates and each is read several ways, while most of what a reading says belongs
to its sentence pair, its candidate or one of its names; the features are therefore worked out in
pieces, each once per page with its hashed slots (``reading_slots``), and a reading is the union of its
pieces: the same features as one written out whole, for less work (speed). The admitter's run-time path
(``way_parts``, ``own_slot``, ``known_ties_bound``, ``names_ties``) groups the same slots otherwise, by what
they depend on: the sentence pair with the reading's order, each name alone in its sentence, role and
order (kept across pages by what it is made of), the two features that need both names, the family's own
cue and the names' ties. On the generated bench pages the pieces are scarcely shared (a name stands in few
candidates), so what counts there is the work per name and per reading, not the sharing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..doc import Document, Mention
from ..relations.engine import company_name
from ..relations.known_roles import brand_owner
from .hashed import DIM, bin_label, joined_slot, slot
from .pair_features import (LANGS, READINGS, PageFacts, Reading, _name_features, _pair_ties, _tied, markers_before,
                            pair_ties, read_as, sentence_cues)
from .pair_features import _sentence_features as _status_cues  # the status and stake cues of a sentence

__all__ = ["DIM", "READINGS", "NearCandidate", "candidate_slots", "candidates", "known_ties_bound", "names_ties", "own_slot", "opens_with_role",
           "reading_features", "reading_slots", "slots_but_ties", "ties_bound", "ties_slots", "way_parts"]

#: role nouns a sentence opens with to name a party of the deal told just before ("The customer is X")
_ROLES = {
    "en": r"(?:the\s+)?(?:customer|client|buyer|supplier|partner|investor|purchaser|acquirer|seller|vendor|"
          r"recipient|contractor|manufacturer|maker|owner|shareholder)s?",
    "de": r"(?:(?:der|die|das)\s+)?(?:Kunde|Kunden|Abnehmer|Käufer|Lieferant|Lieferanten|Partner|Investor|"
          r"Investoren|Auftraggeber|Hersteller|Eigentümer|Besitzer|Verkäufer|Erwerber|Zulieferer|Aktionär|Eigner)",
    "fr": r"(?:(?:le|la|les|l['’])\s*)?(?:client|clients|acheteur|acquéreur|fournisseur|fournisseurs|partenaire|"
          r"partenaires|investisseur|investisseurs|constructeur|propriétaire|actionnaire|vendeur|repreneur)",
    "it": r"(?:(?:il|la|i|gli|le|l['’])\s*)?(?:cliente|clienti|acquirente|compratore|fornitore|fornitori|partner|"
          r"investitore|investitori|costruttore|proprietario|azionista|venditore|committente)",
    "es": r"(?:(?:el|la|los|las)\s+)?(?:cliente|clientes|comprador|compradora|adquirente|proveedor|proveedores|"
          r"socio|socios|inversor|inversores|inversionista|fabricante|propietario|accionista|vendedor)",
}
_ROLE_RX = {k: re.compile(r"^\W{0,3}" + v + r"\b", re.I) for k, v in _ROLES.items()}


def opens_with_role(lang: str, text: str) -> bool:
    """Whether ``text`` (a sentence) opens with a role noun of a deal's party."""
    rx = _ROLE_RX.get(lang)
    return bool(rx and rx.match(text))


@dataclass(slots=True)
class NearCandidate:
    """Company ``a`` of sentence ``sentence`` and company ``b`` of the next one, left untied."""

    sentence: int
    a: str
    b: str
    ma: Mention
    mb: Mention
    cues_a: list = field(default_factory=list)  # the lexicon's triggers in sentence ``sentence``
    cues_b: list = field(default_factory=list)  # and in the next


def _by_sentence(doc: Document) -> dict[int, dict[str, Mention]]:
    """Per sentence, each company's first mention."""
    out: dict[int, dict[str, Mention]] = {}
    for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
        if m.label == "COMPANY" and 0 <= m.sentence < len(doc.sentences):
            name = company_name(m)
            if name:
                out.setdefault(m.sentence, {}).setdefault(name, m)
    return out


def candidates(doc: Document, restrict: bool = True) -> list[NearCandidate]:
    """The pairs one sentence apart that the page never names together and no stage tied. With
    ``restrict``, only those where one of the two sentences holds a trigger or ``b`` is alone in its
    sentence."""
    if doc.language not in LANGS or not doc.sentences:
        return []
    by_sent = _by_sentence(doc)
    together: set[frozenset] = set()
    for names in by_sent.values():
        ns = list(names)
        together |= {frozenset((x, y)) for k, x in enumerate(ns) for y in ns[k + 1:]}
    tied = _tied(doc)
    cue_cache: dict[int, list] = {}

    def cues(i: int) -> list:
        if i not in cue_cache:
            s = doc.sentences[i]
            cue_cache[i] = sentence_cues(doc.language, doc.text[s.start:s.end])
        return cue_cache[i]

    out = []
    for i in sorted(by_sent):
        nxt = by_sent.get(i + 1)
        if not nxt or doc.sentences[i].story != doc.sentences[i + 1].story:
            continue
        pairs = [(a, b) for a in by_sent[i] for b in nxt
                 if a != b and frozenset((a, b)) not in together and frozenset((a, b)) not in tied
                 and frozenset((brand_owner(a) or a, brand_owner(b) or b)) not in tied]
        if not pairs:
            continue
        if restrict and len(nxt) > 1 and not cues(i) and not cues(i + 1):
            continue
        for a, b in pairs:
            out.append(NearCandidate(i, a, b, by_sent[i][a], nxt[b], cues(i), cues(i + 1)))
    return out


def _place(pos: int, m: Mention, s0: int) -> str:
    return "before" if pos < m.start - s0 else ("at" if pos < m.end - s0 else "after")


class _Pair:
    """What sentences ``i`` and ``i + 1`` tell whatever their candidate: the features, the cue families of
    each, the references back that open ``i + 1``, the start of the last company of ``i`` and of the first
    of ``i + 1``."""

    __slots__ = ("feats", "fams_a", "fams_b", "refs", "last_a", "first_b")


def _pair(doc: Document, c: NearCandidate, facts: PageFacts) -> _Pair:
    """The sentence pair's part of every reading of its candidates, worked out once per page."""
    p = facts.near_pairs.get(c.sentence)
    if p is not None:
        return p
    p = facts.near_pairs[c.sentence] = _Pair()
    lang = doc.language or "??"
    si, sj = doc.sentences[c.sentence], doc.sentences[c.sentence + 1]
    in_i, in_j = facts.in_sent.get(c.sentence, ()), facts.in_sent.get(c.sentence + 1, ())
    na = len({company_name(m) for m in in_i})
    nb = len({company_name(m) for m in in_j})
    out = [f"cos_a:{bin_label(na, (1, 2, 3))}", f"cos_b:{bin_label(nb, (1, 2, 3))}", f"alone:{na == 1}:{nb == 1}",
           f"slen_a:{bin_label(si.end - si.start, (80, 160, 260))}", f"slen_b:{bin_label(sj.end - sj.start, (80, 160, 260))}",
           f"sent:{bin_label(c.sentence, (0, 1, 3, 8, 15))}", f"pagecos:{bin_label(facts.n_companies, (2, 4, 8, 15))}",
           f"pagerels:{bin_label(facts.n_rel, (0, 2, 5, 10))}"]
    p.last_a = max((m.start for m in in_i), default=-1)
    p.first_b = min((m.start for m in in_j), default=-1)
    # how sentence i + 1 opens: a reference back, a role noun
    p.refs = [m for m in in_j if m.source == "coref" and m.start - sj.start < 25]
    out.append(f"opens_ref:{bool(p.refs)}")
    out.append(f"opens_role:{opens_with_role(lang, doc.text[sj.start:sj.end])}")
    # the lexicon's cues of each sentence by family and frame (their place is the candidate's)
    p.fams_a, p.fams_b = set(), set()
    for tag, cues, fams in (("i", c.cues_a, p.fams_a), ("j", c.cues_b, p.fams_b)):
        for cfam, typ, frame, *_ in cues:
            fams.add(cfam)
            out.append(f"cue{tag}:{cfam}:{frame}")
            out.append(f"cuet{tag}:{typ}")
    out.append("cuefams_i:" + ",".join(sorted(p.fams_a)))
    out.append("cuefams_j:" + ",".join(sorted(p.fams_b)))
    # the earlier stages' relations in each sentence; status and stake cues of each sentence
    for tag, k in (("i", c.sentence), ("j", c.sentence + 1)):
        for f in (facts.rel_sents.get(k) or {"none": 1}):
            out.append(f"sentrel{tag}:{f}")
    for tag, k, s in (("i", c.sentence, si), ("j", c.sentence + 1, sj)):
        got = facts.sent_feats.get(k)
        if got is None:
            got = facts.sent_feats[k] = _status_cues(lang, doc.text[s.start:s.end])
        out.extend(f"{tag}:{x}" for x in got)
    p.feats = out
    return p


def _places(doc: Document, c: NearCandidate, facts: PageFacts) -> list[tuple[str, str, str]]:
    """(sentence tag, cue family, place around that sentence's name) of each cue of the two sentences."""
    key = (c.sentence, c.a, c.b)
    got = facts.near_places.get(key)
    if got is None:
        si, sj = doc.sentences[c.sentence], doc.sentences[c.sentence + 1]
        got = facts.near_places[key] = [
            (tag, cfam, _place(t0, m, s0))
            for tag, cues, m, s0 in (("i", c.cues_a, c.ma, si.start), ("j", c.cues_b, c.mb, sj.start))
            for cfam, _, _, t0, *_ in cues]
    return got


def _candidate_part(doc: Document, c: NearCandidate, facts: PageFacts) -> list[str]:
    """The features of the candidate that do not depend on how it is read (beyond its sentence pair's)."""
    p = _pair(doc, c, facts)
    si, sj = doc.sentences[c.sentence], doc.sentences[c.sentence + 1]
    # where each name stands in its sentence: a's last in i, b's first in i + 1
    out = [f"edge:{p.last_a == c.ma.start}:{p.first_b == c.mb.start}",
           f"bpos:{bin_label(c.mb.start - sj.start, (3, 20, 60))}", f"apos:{bin_label(si.end - c.ma.end, (3, 20, 60))}",
           f"A:how:{c.ma.source or '?'}", f"B:how:{c.mb.source or '?'}"]
    if p.refs:
        to = company_name(p.refs[0])
        out.append(f"opens_ref_to:{'a' if to == c.a else ('b' if to == c.b else 'other')}")
    out.extend(f"cue{tag}:{cfam}:{place}" for tag, cfam, place in _places(doc, c, facts))
    for tag, k, name in (("a", c.sentence, c.a), ("b", c.sentence + 1, c.b)):
        out.append(f"namerel{tag}:{name in facts.rel_in_sent.get(k, ())}")
    return out


def _own_cue(doc: Document, c: NearCandidate, facts: PageFacts, fam: str) -> list[str]:
    """Whether each sentence holds a cue of the reading's own family."""
    p = _pair(doc, c, facts)
    return [f"owncue:{fam in p.fams_a}:{fam in p.fams_b}"]


def _who(doc: Document, facts: PageFacts, role: str, name: str, m: Mention, order: str) -> list[str]:
    """Who one name is (the pair admitter's name features: how it was found, known, sectors, its page
    relations) and the case markers before it, by its role (and the reading's order, for a directed
    reading)."""
    out = list(_name_features(role, name, m, facts)[0])
    for r in _markers(doc, facts, m):
        out.append(f"{role}:marker:{r}")
        if order:
            out.append(f"{role}:marker:{r}:{order}")
    return out


def _ties(r: Reading, facts: PageFacts) -> list[str]:
    """How the two names are related (the pair admitter's ``pair_ties``, after the names' features)."""
    ss = _name_features(r.roles[0], r.src, r.ms, facts)[1]
    st = _name_features(r.roles[1], r.tgt, r.mt, facts)[1]
    return pair_ties(r, ss, st)


def _ordered(doc: Document, c: NearCandidate, facts: PageFacts, lang: str, order: str, way: str) -> list[str]:
    """The reading's language and order, and for a directed reading each cue's place with the order."""
    out = ["bias", f"lang:{lang}", f"order:{order}"]
    if way:
        out.extend(f"cue{tag}:{cfam}:{place}:{order}" for tag, cfam, place in _places(doc, c, facts))
    return out


def _pieces(doc: Document, c: NearCandidate, facts: PageFacts, r: Reading) -> list[tuple[tuple, object]]:
    """The features of ``c`` read as ``r`` in pieces, each (key, a function giving its features): a piece
    with the same key is the same features anywhere on the page, so its slots are worked out once. The
    sentence pair's and the candidate's own pieces, shared by all its readings, are ``_shared``."""
    fam, way, src, tgt, ms, mt, roles, order = r
    lang = doc.language or "??"
    mo = order if way else ""
    return list(zip(_piece_keys(c, r), (lambda: _ordered(doc, c, facts, lang, order, way),
                                        lambda: _who(doc, facts, roles[0], src, ms, mo),
                                        lambda: _who(doc, facts, roles[1], tgt, mt, mo))))


def _piece_keys(c: NearCandidate, r: Reading) -> tuple[tuple, tuple, tuple]:
    """The keys of ``_pieces``, in its order."""
    mo = r.order if r.way else ""
    return (("ord", c.sentence, c.a, c.b, r.order, r.way), ("who", r.roles[0], r.src, r.ms.start, mo),
            ("who", r.roles[1], r.tgt, r.mt.start, mo))


def _ties_piece(r: Reading, facts: PageFacts) -> tuple[tuple, object]:
    """The piece of how the two names are related: the dearest to work out (the gazetteer's parents and
    tiers), so a score that cannot reach its threshold without it is left before it (``ties_bound``)."""
    return ("ties", r.fam, r.way, r.src, r.ms.start, r.tgt, r.mt.start), lambda: _ties(r, facts)


def _shared(doc: Document, c: NearCandidate, facts: PageFacts, fam: str) -> list[tuple[tuple, object]]:
    return [(("pair", c.sentence), lambda: _pair(doc, c, facts).feats),
            (("cand", c.sentence, c.a, c.b), lambda: _candidate_part(doc, c, facts)),
            (("own", c.sentence, fam), lambda: _own_cue(doc, c, facts, fam))]


def reading_features(doc: Document, c: NearCandidate, facts: PageFacts, reading: str) -> list[str]:
    """Named features of ``c`` read as ``reading`` (one of ``READINGS``; "ab": ``a``, in the earlier
    sentence, is the source)."""
    r = read_as(c, reading)
    out = []
    for _, make in _pieces(doc, c, facts, r) + [_ties_piece(r, facts)] + _shared(doc, c, facts, r.fam):
        out.extend(make())
    return out


def _slots(facts: PageFacts, key: tuple, make, keep) -> frozenset[int]:
    """The slots of one piece's features (only those ``keep`` holds, where given), once per page: the
    features are written once whatever the family (``key`` is the piece's and the family's)."""
    got = facts.near_slots.get(key)
    if got is None:
        piece = key[0]
        found = facts.near_slots.get(piece)
        if found is None:
            found = facts.near_slots[piece] = frozenset(map(slot, make()))
        got = facts.near_slots[key] = found if keep is None else frozenset(filter(keep.__contains__, found))
    return got


def slots_but_ties(doc: Document, c: NearCandidate, facts: PageFacts, reading: str,
                   keep: dict[int, float] | None = None) -> frozenset[int]:
    """The hashed slots of every piece of ``reading_features`` but the names' ties (``_ties_piece``);
    with ``keep`` (the reading's family's weights) only those it holds. Each piece's slots are worked
    out once per page, and the pieces every reading of the candidate in one family shares are joined
    once."""
    r = read_as(c, reading)
    fam = r.fam if keep is not None else None
    key = ("shared", c.sentence, c.a, c.b, r.fam, fam)
    found = facts.near_slots.get(key)
    if found is None:
        found = facts.near_slots[key] = frozenset().union(
            *(_slots(facts, (k, fam), make, keep) for k, make in _shared(doc, c, facts, r.fam)))
    # (the pieces' functions are only written where a piece's slots are not yet kept)
    got = [facts.near_slots.get((k, fam)) for k in _piece_keys(c, r)]
    if any(g is None for g in got):
        got = [_slots(facts, (k, fam), make, keep) for k, make in _pieces(doc, c, facts, r)]
    return found.union(*got)


def ties_slots(doc: Document, c: NearCandidate, facts: PageFacts, reading: str,
               keep: dict[int, float] | None = None) -> frozenset[int]:
    """The hashed slots of the names' ties piece (only those ``keep`` holds, where given)."""
    r = read_as(c, reading)
    k, make = _ties_piece(r, facts)
    return _slots(facts, (k, r.fam if keep is not None else None), make, keep)


def reading_slots(doc: Document, c: NearCandidate, facts: PageFacts, reading: str,
                  keep: dict[int, float] | None = None) -> list[int]:
    """The hashed slots of ``reading_features``, sorted; with ``keep`` (the reading's family's weights)
    only those it holds, which is all a score needs."""
    return sorted(slots_but_ties(doc, c, facts, reading, keep) | ties_slots(doc, c, facts, reading, keep))


def _options_best(facts: PageFacts, r: Reading, keep: dict[int, float]) -> float:
    """The sum, over the yes-or-no groups of ``_tie_options``, of the best weight of each (nothing where
    all weigh against): the same for every reading of a family and a way, so once per page."""
    key = ("options", r.fam, bool(r.way))
    got = facts.near_slots.get(key)
    if got is None:
        got = facts.near_slots[key] = sum(max(0.0, max(keep.get(slot(o), 0.0) for o in opts)) for opts in _tie_options(r))
    return got


def _tie_options(r: Reading) -> list[tuple[str, ...]]:
    """The features ``pair_features.pair_ties`` may write beyond the sectors as a pair: one of each group
    (each a yes or no of the gazetteer's, two of them for a pair of such)."""
    yes_no = [f"{x}:{y}" for x in (True, False) for y in (True, False)]
    groups = [tuple(f"belongs:{v}" for v in yes_no)] if r.way else [("related:True", "related:False")]
    if r.way and r.fam == "supply":
        groups.append(tuple(f"downchain:{v}" for v in yes_no))
    groups.append(("sisters:True", "sisters:False"))
    return groups


def ties_bound(c: NearCandidate, facts: PageFacts, reading: str, known: frozenset[int], keep: dict[int, float]) -> float:
    """The most the names' ties piece can add to a score over the slots ``known`` (the reading's other
    slots that ``keep``, the family's weights, holds), without asking the gazetteer whether one name
    belongs to the other, stands down its chain or shares its group: the sector pairs are known from the
    names' own pieces, and of each yes-or-no group the best of its options counts (nothing, where every
    option weighs against). At least what the piece adds, so a reading whose score cannot reach its
    family's threshold even so is known without the piece."""
    r = read_as(c, reading)
    key = ("secpairs", r.src, r.ms.start, r.tgt, r.mt.start)  # (a name's sectors are the same in either role)
    pairs = facts.near_slots.get(key)
    if pairs is None:
        ss = _name_features(r.roles[0], r.src, r.ms, facts)[1]
        st = _name_features(r.roles[1], r.tgt, r.mt, facts)[1]
        pairs = facts.near_slots[key] = frozenset(slot(f"secpair:{x}:{y}") for x in ss for y in st)
    return sum(keep.get(i, 0.0) for i in pairs - known) + _options_best(facts, r, keep)


#: by a reading's way, the (role, order of its markers) of ``a`` (sentence ``i``) and of ``b`` (sentence ``i + 1``)
#: a stand-in reading of each family and whether it is directed: all ``_tie_options`` asks of it
_ROLE_READING = {(f, d): Reading(f, "ab" if d else "", "", "", None, None, ("", ""), "") for f in ("supply", "partnership",
                                                                                                  "ownership") for d in (True, False)}
_SIDES = {"ab": (("SRC", "st"), ("TGT", "st")), "ba": (("TGT", "ts"), ("SRC", "ts")), "": (("A", ""), ("B", ""))}


def way_parts(doc: Document, c: NearCandidate, facts: PageFacts, way: str, kept: frozenset[int],
              memo: dict) -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    """The slots of ``c`` read one way (``way``: "ab", "ba" or "" for a partnership) that ``kept`` holds
    (those some scored family weighs), of every piece but the names' ties and the family's own cue
    (``own_slot``), in four parts: their union with it holds the slots of ``slots_but_ties`` a reading
    of any family weighs, for less work. The slots are grouped by what they depend on, not by the pieces
    they are written in: the sentence pair's features with the reading's language and order (once per
    page for each sentence pair and order), what ``a`` alone decides and what ``b`` alone decides of the
    candidate's, the order's and its own piece (``_side``), and the two features that need both names
    (where each stands at its sentence's edge, whom a reference back names). ``memo`` keeps a name's
    part for this ``kept`` by what it is made of, across pages."""
    p = _pair(doc, c, facts)
    got = facts.near_slots
    order = "ts" if way == "ba" else "st"
    k1 = ("P", c.sentence, order)
    s1 = got.get(k1)
    if s1 is None:
        more = (slot("bias"), joined_slot(("lang", doc.language or "??")), joined_slot(("order", order)))
        s1 = got[k1] = frozenset(filter(kept.__contains__, frozenset(map(slot, p.feats)).union(more)))
    k2 = ("SA", c.sentence, c.a, c.ma.start, way)
    s2 = got.get(k2)
    if s2 is None:
        s2 = got[k2] = _side(doc, facts, "i", c.sentence, c.a, c.ma, c.cues_a, way, kept, memo)
    k3 = ("SB", c.sentence + 1, c.b, c.mb.start, way)
    s3 = got.get(k3)
    if s3 is None:
        s3 = got[k3] = _side(doc, facts, "j", c.sentence + 1, c.b, c.mb, c.cues_b, way, kept, memo)
    both = [joined_slot(("edge", p.last_a == c.ma.start, p.first_b == c.mb.start))]
    if p.refs:
        to = company_name(p.refs[0])
        both.append(joined_slot(("opens_ref_to", "a" if to == c.a else ("b" if to == c.b else "other"))))
    return s1, s2, s3, frozenset(filter(kept.__contains__, both))


def own_slot(doc: Document, c: NearCandidate, facts: PageFacts, fam: str) -> int:
    """The slot of the family's own cue piece (``_own_cue``)."""
    p = _pair(doc, c, facts)
    return joined_slot(("owncue", fam in p.fams_a, fam in p.fams_b))


def _markers(doc: Document, facts: PageFacts, m: Mention) -> set[str]:
    """The case markers' roles before a mention, once per page."""
    got = facts.markers.get(m.start)
    if got is None:
        s0 = doc.sentences[m.sentence].start
        got = facts.markers[m.start] = markers_before(doc.language or "??", doc.text, m.start) if m.start > s0 else set()
    return got


def _side(doc: Document, facts: PageFacts, tag: str, k: int, name: str, m: Mention, cues: list, way: str,
          kept: frozenset[int], memo: dict) -> frozenset[int]:
    """``_side_set`` of a name in its sentence ``k`` (tag "i": ``a`` in sentence ``i``; "j": ``b`` in
    ``i + 1``) read ``way``, from ``memo`` where a name was made of the same already: the key holds all
    it depends on (its place in its sentence, how it was found, whether its sentence's relations name it,
    the places of its sentence's cues around it, the pair admitter's features of the name in one role,
    of which those in any role are the same with the role's name, and the markers before it)."""
    kn = ("K", tag, name, m.start)
    made = facts.near_slots.get(kn)
    if made is None:
        s = doc.sentences[k]
        places = tuple((cfam, _place(t0, m, s.start)) for cfam, _, _, t0, *_ in cues)
        pos = (s.end - m.end) if tag == "i" else (m.start - s.start)
        made = facts.near_slots[kn] = (tag, bin_label(pos, (3, 20, 60)), m.source, name in facts.rel_in_sent.get(k, ()),
                                       places, tuple(_name_features("SRC", name, m, facts)[0]),
                                       frozenset(_markers(doc, facts, m)))
    key = (way, made)
    got = memo.get(key)
    if got is None:
        if len(memo) >= 1 << 16:
            memo.clear()
        role, mo = _SIDES[way][0 if tag == "i" else 1]
        got = memo[key] = _side_set(doc, facts, tag, k, name, m, made[4], role, mo, "ts" if way == "ba" else "st",
                                    way, kept)
    return got


def _side_set(doc: Document, facts: PageFacts, tag: str, k: int, name: str, m: Mention, places: tuple,
              role: str, mo: str, order: str, way: str, kept: frozenset[int]) -> frozenset[int]:
    """The slots ``kept`` holds of what one name (tag "i": ``a`` in sentence ``k`` = ``i``; "j": ``b`` in
    ``i + 1``) decides alone: where it stands in its sentence, how it was found, the places of its
    sentence's cues around it (``places``: cue family and place), and with the order for a directed
    reading, whether its sentence's relations name it (``_candidate_part``, ``_ordered``), and who it is
    in its role (``_who``)."""
    s = doc.sentences[k]
    side = "a" if tag == "i" else "b"
    pos = (s.end - m.end) if side == "a" else (m.start - s.start)
    out = [joined_slot((side + "pos", bin_label(pos, (3, 20, 60)))), joined_slot((side.upper(), "how", m.source or "?")),
           joined_slot(("namerel" + side, name in facts.rel_in_sent.get(k, ())))]
    out.extend(joined_slot(("cue" + tag, cfam, place)) for cfam, place in places)
    if way:
        out.extend(joined_slot(("cue" + tag, cfam, place, order)) for cfam, place in places)
    out.extend(map(slot, _who(doc, facts, role, name, m, mo)))
    return frozenset(filter(kept.__contains__, out))


def known_ties_bound(c: NearCandidate, facts: PageFacts, fam: str, way: str, known, keep: dict[int, float]) -> float:
    """``ties_bound`` of the reading ``fam`` and ``way`` (``known``: anything that says whether it holds a
    slot), its sector pairs' slots kept per page for the two mentions whatever the reading's family: the
    same bound, for less work."""
    if way == "ba":
        src, tgt, ms, mt = c.b, c.a, c.mb, c.ma
    else:
        src, tgt, ms, mt = c.a, c.b, c.ma, c.mb
    key = ("secpairs", src, ms.start, tgt, mt.start)
    pairs = facts.near_slots.get(key)
    if pairs is None:
        ss = _name_features("SRC", src, ms, facts)[1]  # (a name's sectors are the same in every role)
        st = _name_features("SRC", tgt, mt, facts)[1]
        pairs = facts.near_slots[key] = frozenset(slot(f"secpair:{x}:{y}") for x in ss for y in st)
    kb = ("options", fam, bool(way))
    best = facts.near_slots.get(kb)
    if best is None:
        best = facts.near_slots[kb] = sum(max(0.0, max(keep.get(slot(o), 0.0) for o in opts))
                                          for opts in _tie_options(_ROLE_READING[fam, bool(way)]))
    return sum(keep.get(i, 0.0) for i in pairs if i not in known) + best


def names_ties(c: NearCandidate, facts: PageFacts, reading: str) -> frozenset[int]:
    """The slots of the names' ties piece (``_ties``, all of them), once per page for each family, way
    and pair of mentions, the gazetteer's answers asked once per page (``PageFacts.ask``)."""
    r = read_as(c, reading)
    key = ("T", r.fam, r.way, r.src, r.ms.start, r.tgt, r.mt.start)
    got = facts.near_slots.get(key)
    if got is None:
        ss = _name_features(r.roles[0], r.src, r.ms, facts)[1]
        st = _name_features(r.roles[1], r.tgt, r.mt, facts)[1]
        got = facts.near_slots[key] = frozenset(map(slot, _pair_ties(r, ss, st, facts.ask)))
    return got


def page_facts(doc: Document) -> PageFacts:
    """The pair admitter's page facts, with the names each sentence's relations tie and the pieces of
    features worked out so far."""
    facts = PageFacts(doc, [])
    facts.rel_in_sent = _names_by_sentence(doc)
    facts.near_pairs, facts.near_places, facts.near_slots = {}, {}, {}
    return facts


def _names_by_sentence(doc: Document) -> dict[int, set[str]]:
    """The names the relations tie, by the sentences their evidence overlaps: where the sentences' starts
    and ends both run in order (as the splitter leaves them), the run between two bisections, else each
    sentence tested."""
    sents = doc.sentences
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    in_order = all(a <= b for a, b in zip(starts, starts[1:])) and all(a <= b for a, b in zip(ends, ends[1:]))
    out: dict[int, set[str]] = {}
    for r in doc.relations:
        lo, hi = r.evidence.start, r.evidence.end
        ks = (range(bisect_right(ends, lo), bisect_left(starts, hi)) if in_order
              else [k for k, s in enumerate(sents) if s.start < hi and lo < s.end])
        for k in ks:
            out.setdefault(k, set()).update((r.source, r.target))
    return out


def candidate_slots(doc: Document, cands: list[NearCandidate],
                    readings: tuple[str, ...] = READINGS) -> list[dict[str, list[int]]]:
    """For each candidate, the hashed slots of each reading (of ``readings``)."""
    if not cands:
        return []
    facts = page_facts(doc)
    return [{r: reading_slots(doc, c, facts, r) for r in readings} for c in cands]
