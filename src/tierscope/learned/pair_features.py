"""Candidates and features for the pair admitter (``PairAdmitter``, docs/learned.md).

A candidate is two distinct companies named in one sentence (as the recognizer resolved them) that
the rules tied in no family anywhere on the page: the pairs the rules left out. Each candidate is read
as one of five readings (supply either way, partnership, ownership either way) and described without
the page's words, which fitted the dev pages' wording in the earlier rounds: how each name was found
and what the gazetteer knows of it (sectors, a parent above the other), order, distance and companies
between, the project's own trigger lexicons and status cues present (by family, frame and place
around the pair, not the words), the rules' other relations in the sentence and on the page, and
where the sentence stands. Feature names are hashed with crc32 (stable across runs) into ``DIM``
slots.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..doc import FAMILIES, Document, Mention
from ..entities.gazetteer import gazetteer
from ..relations.compiled import compiled
from ..relations.engine import company_name
from ..relations.known_roles import belongs_to, brand_owner, down_the_chain, gazetteer_name, kind_of
from ..relations.status import has_cue
from ..relations.trigger_gate import search_orders
from ..scan.sentence_scan import holds, scan_of
from .hashed import DIM, bin_label, slot
from .pair_context import clause_features, coordinated_lists, goods_near, lexicon_classes, name_features, sentence_marks

#: the readings of a pair; a directed one reads the first-named company as the source ("ab") or the target ("ba")
READINGS = ("supply:ab", "supply:ba", "partnership", "ownership:ab", "ownership:ba")
LANGS = ("en", "it", "de", "fr", "es")


@dataclass(slots=True)
class Candidate:
    """Two companies of one sentence the rules left untied: ``a`` is named first."""

    sentence: int
    a: str
    b: str
    ma: Mention
    mb: Mention
    cues: list = field(default_factory=list)  # (family, type, frame, start, end, status) of the triggers in the sentence


def _tied(doc: Document) -> set[frozenset]:
    """Every pair the rules tied in any family, also under the group a marque stands for."""
    out = set()
    for r in doc.relations:
        for s in (r.source, brand_owner(r.source) or r.source):
            for t in (r.target, brand_owner(r.target) or r.target):
                out.add(frozenset((s, t)))
    return out


def sentence_cues(lang: str, text: str) -> list[tuple]:
    """The lexicon's triggers that match ``text``: (family, type, frame, start, end, default status)."""
    lex = compiled(lang)
    out = []
    for i in search_orders(lex, scan_of(text)):
        rx, d = lex.triggers[i]
        for m in rx.finditer(text):
            out.append((FAMILIES.get(d.get("type"), "?"), d.get("type", "?"), d.get("frame", "?"), m.start(), m.end(),
                        d.get("status")))
    return out


def candidates(doc: Document) -> list[Candidate]:
    """The same-sentence pairs of distinct companies the rules tied nowhere on the page."""
    if doc.language not in LANGS or not doc.sentences:
        return []
    tied = _tied(doc)
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.label == "COMPANY" and 0 <= m.sentence < len(doc.sentences) and company_name(m):
            by_sent.setdefault(m.sentence, []).append(m)
    out = []
    for i, ms in sorted(by_sent.items()):
        first: dict[str, Mention] = {}
        for m in sorted(ms, key=lambda m: (m.start, m.end)):
            first.setdefault(company_name(m), m)
        names = list(first)
        if len(names) < 2:
            continue
        pairs = [(a, b) for k, a in enumerate(names) for b in names[k + 1:]
                 if frozenset((a, b)) not in tied
                 and frozenset((brand_owner(a) or a, brand_owner(b) or b)) not in tied]
        if not pairs:
            continue
        s = doc.sentences[i]
        cues = sentence_cues(doc.language, doc.text[s.start:s.end])
        for a, b in pairs:
            out.append(Candidate(i, a, b, first[a], first[b], cues))
    return out


class PageFacts:
    """What the page tells around the candidates: the rules' relations by sentence and by company,
    how many sentences name each pair, the company named most."""

    def __init__(self, doc: Document, cands: list[Candidate]):
        self.n_sent = len(doc.sentences)
        self.rel_sents: dict[int, Counter] = {}
        self.rel_names: dict[str, Counter] = {}
        for r in doc.relations:
            fam = FAMILIES[r.type]
            for k, s in enumerate(doc.sentences):
                if s.start < r.evidence.end and r.evidence.start < s.end:
                    self.rel_sents.setdefault(k, Counter())[fam] += 1
            self.rel_names.setdefault(r.source, Counter())[fam + ":src"] += 1
            self.rel_names.setdefault(r.target, Counter())[fam + ":tgt"] += 1
        counts = Counter(company_name(m) for m in doc.mentions if m.label == "COMPANY")
        self.top = counts.most_common(1)[0][0] if counts else None
        self.counts = counts
        self.n_companies = len(counts)
        self.n_rel = len(doc.relations)
        self.pair_sents = Counter(frozenset((c.a, c.b)) for c in cands)
        self.sent_feats: dict[int, list[str]] = {}
        self.shared: dict[tuple, tuple[str, ...]] = {}
        self.asked: dict[tuple, bool] = {}
        self.name_feats: dict[tuple, tuple[list[str], list[str]]] = {}
        self.markers: dict[int, set[str]] = {}
        self.cos_in_sent = Counter()
        self.in_sent: dict[int, list[Mention]] = {}
        self.lists: dict[int, dict[int, int]] = {}
        self.context: dict[tuple, list[str]] = {}
        self.marks: dict[int, object] = {}
        self.triples = set()
        for r in doc.relations:
            fam = FAMILIES[r.type]
            self.triples.add((fam, r.source, r.target))
            if fam == "partnership":
                self.triples.add((fam, r.target, r.source))
        for m in doc.mentions:
            if m.label == "COMPANY":
                self.cos_in_sent[m.sentence] += 1
                self.in_sent.setdefault(m.sentence, []).append(m)

    def ask(self, fn, x: str, y: str) -> bool:
        """``fn(x, y)`` for one of the gazetteer's questions about two companies (``belongs_to``,
        ``down_the_chain``, ``sisters``), asked once per page: the five readings of a pair, and each
        sentence that names it, ask the same."""
        key = (fn, x, y)
        got = self.asked.get(key)
        if got is None:
            got = self.asked[key] = fn(x, y)
        return got


_WORDS = re.compile(r"\w+'?|'")


@lru_cache(maxsize=None)
def _marker_roles(lang: str) -> dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]:
    """The lexicon's case markers ("from", "with", "by" and their kin): their words and role names,
    by their last word."""
    lex = compiled(lang)
    roles: dict[tuple[str, ...], set[str]] = {}
    for role, phrases in lex.markers.items():
        for ph in phrases:
            roles.setdefault(tuple(_WORDS.findall(ph.lower())), set()).add(role)
    out: dict[str, list] = {}
    for k, v in roles.items():
        if k:
            out.setdefault(k[-1], []).append((k, frozenset(v)))
    return out


def markers_before(lang: str, text: str, pos: int) -> set[str]:
    """The marker roles of the words right before ``pos`` (an article between allowed by the
    lexicon's own phrases only)."""
    words = _WORDS.findall(text[max(0, pos - 40):pos].lower())
    out: set[str] = set()
    if not words:
        return out
    for k, roles in _marker_roles(lang).get(words[-1], ()):
        if len(k) <= len(words) and tuple(words[-len(k):]) == k:
            out |= roles
    return out


def _ancestors(name: str) -> set[str]:
    out = set()
    entry = gazetteer().entry(gazetteer_name(name))
    for _ in range(4):
        if entry is None or not entry.parent:
            break
        out.add(entry.parent)
        entry = gazetteer().entry(entry.parent)
    return out


def sisters(a: str, b: str) -> bool:
    """Whether the gazetteer puts one group above both (two units of one parent seldom trade as strangers)."""
    return bool(_ancestors(a) & _ancestors(b))


def _place(pos: int, lo: int, hi: int) -> str:
    return "before" if pos < lo else ("between" if pos < hi else "after")


def _name_features(role: str, name: str, m: Mention, facts: PageFacts) -> tuple[list[str], list[str]]:
    key = (role, name, m.start)
    got = facts.name_feats.get(key)
    if got is None:
        got = facts.name_feats[key] = _name_features_of(role, name, m, facts)
    return got


def _name_features_of(role: str, name: str, m: Mention, facts: PageFacts) -> tuple[list[str], list[str]]:
    out = [f"{role}:src:{m.source or '?'}", f"{role}:known:{bool(m.attrs.get('known'))}",
           f"{role}:zero:{m.start == m.end}", f"{role}:top:{name == facts.top}",
           f"{role}:n:{bin_label(facts.counts[name], (1, 2, 4))}"]
    entry = kind_of(name)
    secs = list(m.attrs.get("sectors") or (entry.sectors if entry is not None else None) or ["none"])
    out.extend(f"{role}:sec:{s}" for s in secs)
    for k in (facts.rel_names.get(name) or {"none": 1}):
        out.append(f"{role}:rel:{k}")
    return out, secs


class Reading(NamedTuple):
    """A candidate pair read one way: the family, the way ("ab", "ba" or "" for a partnership), the
    source and target names and mentions, their role labels and the order tag."""
    fam: str
    way: str
    src: str
    tgt: str
    ms: Mention
    mt: Mention
    roles: tuple[str, str]
    order: str


def read_as(c, reading: str) -> Reading:
    """Candidate ``c`` (anything with ``a``, ``b``, ``ma``, ``mb``: a same-sentence or an adjacent-sentence
    pair) read as ``reading`` (one of ``READINGS``)."""
    fam, _, way = reading.partition(":")
    if way == "ba":
        src, tgt, ms, mt = c.b, c.a, c.mb, c.ma
    else:
        src, tgt, ms, mt = c.a, c.b, c.ma, c.mb
    return Reading(fam, way, src, tgt, ms, mt, ("SRC", "TGT") if way else ("A", "B"), "st" if way != "ba" else "ts")


def identity_features(r: Reading, lang: str, facts: PageFacts) -> list[str]:
    """The features a same-sentence reading begins with: the language, the order, who each name is (how
    it was found, its sectors, its page relations) and how the two are related (``pair_ties``)."""
    fs, ss = _name_features(r.roles[0], r.src, r.ms, facts)
    ft, st = _name_features(r.roles[1], r.tgt, r.mt, facts)
    return ["bias", f"lang:{lang}", f"order:{r.order}"] + fs + ft + _pair_ties(r, ss, st, facts.ask)


def pair_ties(r: Reading, ss: list[str], st: list[str]) -> list[str]:
    """How the reading's two names are related: their sectors (``ss``, ``st``) as a pair, a parent above
    the other or a step down the chain, a group above both. Shared with the near admitter's features."""
    return _pair_ties(r, ss, st, _ask)


def _ask(fn, x: str, y: str) -> bool:
    return fn(x, y)


def _pair_ties(r: Reading, ss: list[str], st: list[str], ask) -> list[str]:
    """``pair_ties``, each of the gazetteer's answers asked through ``ask(fn, x, y)`` (``fn(x, y)``, or a
    page's memo of it: ``PageFacts.ask``)."""
    src, tgt = r.src, r.tgt
    out = [f"secpair:{x}:{y}" for x in ss for y in st]
    if r.way:
        out.append(f"belongs:{ask(belongs_to, tgt, src)}:{ask(belongs_to, src, tgt)}")
        if r.fam == "supply":
            out.append(f"downchain:{ask(down_the_chain, src, tgt)}:{ask(down_the_chain, tgt, src)}")
    else:
        out.append(f"related:{ask(belongs_to, src, tgt) or ask(belongs_to, tgt, src)}")
    out.append(f"sisters:{ask(sisters, src, tgt)}")
    return out


def reading_features(doc: Document, c: Candidate, facts: PageFacts, reading: str) -> list[str]:
    """Named features of candidate ``c`` read as ``reading`` (one of ``READINGS``): those of the reading
    (``own_features``) and those every reading of the candidate shares (``shared_features``)."""
    return own_features(doc, c, facts, reading) + list(shared_features(doc, c, facts))


def shared_features(doc: Document, c: Candidate, facts: PageFacts) -> tuple[str, ...]:
    """The features of ``c`` that do not depend on how it is read: distance, companies around, where
    the sentence stands, the rules' relations, the triggers' places, the sentence's cues. Worked out
    once per candidate and kept in ``facts``."""
    key = (c.sentence, c.a, c.b)
    got = facts.shared.get(key)
    if got is None:
        got = facts.shared[key] = tuple(_shared_features(doc, c, facts))  # (a tuple: no caller can change what is kept)
    return got


def _shared_features(doc: Document, c: Candidate, facts: PageFacts) -> list[str]:
    s = doc.sentences[c.sentence]
    lang = doc.language or "??"
    lo, hi = sorted((c.ma.start - s.start, c.mb.start - s.start))
    hi_end = max(c.ma.end, c.mb.end) - s.start
    between = [m for m in facts.in_sent.get(c.sentence, ()) if lo < m.start - s.start < hi and company_name(m) not in (c.a, c.b)]
    out = [f"dist:{bin_label(hi - lo, (10, 25, 50, 90, 150))}",
           f"cob:{bin_label(len({company_name(m) for m in between}), (0, 1, 2))}",
           f"cos:{bin_label(facts.cos_in_sent[c.sentence], (2, 3, 4, 6))}",
           f"slen:{bin_label(s.end - s.start, (80, 160, 260))}",
           f"sent:{bin_label(c.sentence, (0, 1, 3, 8, 15))}",
           f"pairsents:{bin_label(facts.pair_sents[frozenset((c.a, c.b))], (1, 2))}",
           f"pagecos:{bin_label(facts.n_companies, (2, 4, 8, 15))}",
           f"pagerels:{bin_label(facts.n_rel, (0, 2, 5, 10))}"]
    for k in (facts.rel_sents.get(c.sentence) or {"none": 1}):
        out.append(f"sentrel:{k}")
    fams = set()
    for cfam, typ, frame, t0, *_ in c.cues:
        place = _place(t0, lo, hi_end)
        fams.add(cfam)
        out.append(f"cue:{cfam}:{place}")
        out.append(f"cue:{cfam}:{frame}:{place}")
        out.append(f"cuet:{typ}:{place}")
    out.append("cuefams:" + ",".join(sorted(fams)))
    got = facts.sent_feats.get(c.sentence)
    if got is None:
        got = facts.sent_feats[c.sentence] = _sentence_features(lang, doc.text[s.start:s.end])
    out.extend(got)
    return out


def own_features(doc: Document, c: Candidate, facts: PageFacts, reading: str) -> list[str]:
    """The features of ``c`` read as ``reading`` that depend on the reading: who is source and who
    target (``identity_features``), the triggers' places by order, whether a trigger of the family is
    there, the context of ``pair_context`` and the case markers before each name."""
    r = read_as(c, reading)
    fam, way, src, tgt, ms, mt, roles, order = r
    s = doc.sentences[c.sentence]
    lang = doc.language or "??"
    out = identity_features(r, lang, facts)
    lo = min(c.ma.start, c.mb.start) - s.start
    hi_end = max(c.ma.end, c.mb.end) - s.start
    fams = set()
    for cfam, typ, frame, t0, *_ in c.cues:
        fams.add(cfam)
        if way:
            out.append(f"cue:{cfam}:{frame}:{_place(t0, lo, hi_end)}:{order}")
    out.append(f"owncue:{fam in fams}")
    out.extend(_context(doc, c, facts, fam, way, roles, src, tgt, ms, mt))
    text = doc.text
    for role, m in zip(roles, (ms, mt)):
        if m.start not in facts.markers:
            facts.markers[m.start] = markers_before(lang, text, m.start) if m.start > s.start else set()
        for r in facts.markers[m.start]:
            out.append(f"{role}:marker:{r}")
            if way:
                out.append(f"{role}:marker:{r}:{order}")
    return out


def _context(doc: Document, c: Candidate, facts: PageFacts, fam: str, way: str, roles: tuple[str, str],
             src: str, tgt: str, ms: Mention, mt: Mention) -> list[str]:
    """The context features of ``pair_context`` for one reading: clause bounds, lists and what the
    rules tied to a list's other members, goods, subjects, triggers next to a name, lexicon classes."""
    s = doc.sentences[c.sentence]
    lang = doc.language or "??"
    text = doc.text[s.start:s.end]
    key = (c.sentence, ms.start, mt.start, roles)  # a directed reading's roles follow its direction
    out = facts.context.get(key)
    if out is None:
        marks = facts.marks.get(c.sentence)
        if marks is None:
            marks = facts.marks[c.sentence] = sentence_marks(lang, text)
        a0, a1 = c.ma.start - s.start, c.ma.end - s.start
        b0, b1 = c.mb.start - s.start, c.mb.end - s.start
        lo, hi = min(a1, b1), max(a0, b0)
        out = clause_features(lang, text[lo:hi]) if hi > lo else []
        if goods_near(marks, lo, hi):
            out.append("gd:between")
        for role, m in zip(roles, (ms, mt)):
            out.extend(name_features(role, text, m.start - s.start, m.end - s.start, c.cues, marks))
        out.extend(lexicon_classes(marks, min(a0, b0), max(a1, b1)))
        facts.context[key] = out
    out = list(out)
    lists = facts.lists.get(c.sentence)
    if lists is None:
        lists = facts.lists[c.sentence] = coordinated_lists(lang, doc.text, facts.in_sent.get(c.sentence, []))
    ls, lt = lists.get(ms.start), lists.get(mt.start)
    for role, lid in zip(roles, (ls, lt)):
        if lid is not None:
            out.append(f"ls:{role}:inlist")
    if ls is not None and ls == lt:
        out.append("ls:same")
    mates = {}
    for m in facts.in_sent.get(c.sentence, ()):
        lid = lists.get(m.start)
        if lid is not None:
            mates.setdefault(lid, set()).add(company_name(m))
    for side, lid in (("tgtlist", lt), ("srclist", ls)):
        if lid is None or lid == (ls if side == "tgtlist" else lt):
            continue
        for other in mates.get(lid, ()) - {src, tgt}:
            pair = (src, other) if side == "tgtlist" else (other, tgt)
            if (fam, *pair) in facts.triples:
                out.append(f"lq:{fam}:{side}")
            if any((f, *pair) in facts.triples or (f, pair[1], pair[0]) in facts.triples
                   for f in ("supply", "partnership", "ownership")):
                out.append(f"lq:any:{side}")
    return out


def _sentence_features(lang: str, text: str) -> list[str]:
    """The status cues and the stake cue of the lexicon the sentence holds (both admitters' sentence
    features). The status cues are asked of ``relations.status.has_cue``, which answers from what the
    relation stage already searched in the sentence for the page, and searches the others once, only
    where the sentence may hold one of their literals; the stake cue after the sentence's literal test
    (``scan/sentence_scan.holds``): the same answers as a search of each pattern."""
    lex = compiled(lang)
    out = [f"status:{key}" for key in _STATUS_KEYS if key in lex.status and has_cue(lex, text, key)]
    if holds(lex.stake, text):
        out.append("stake")
    return out


_STATUS_KEYS = ("rumoured", "in_talks", "denied", "negation", "ended", "hedge", "condition")


def candidate_slots(doc: Document, cands: list[Candidate]) -> list[dict[str, list[int]]]:
    """For each candidate, the hashed slots of each reading (those of ``reading_features``, sorted): the
    slots the readings share are hashed once per candidate."""
    facts = PageFacts(doc, cands)
    out = []
    for c in cands:
        shared = {slot(f) for f in shared_features(doc, c, facts)}
        out.append({r: sorted(shared.union([slot(f) for f in own_features(doc, c, facts, r)])) for r in READINGS})
    return out
