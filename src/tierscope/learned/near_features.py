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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..doc import Document, Mention
from ..relations.engine import company_name
from ..relations.known_roles import brand_owner
from .hashed import DIM, bin_label, slot
from .pair_features import (LANGS, READINGS, PageFacts, _tied, identity_features, markers_before, read_as,
                            sentence_cues)
from .pair_features import _sentence_features as status_cues

__all__ = ["DIM", "READINGS", "NearCandidate", "candidate_slots", "candidates", "opens_with_role", "reading_features"]

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


def reading_features(doc: Document, c: NearCandidate, facts: PageFacts, reading: str) -> list[str]:
    """Named features of ``c`` read as ``reading`` (one of ``READINGS``; "ab": ``a``, in the earlier
    sentence, is the source)."""
    r = read_as(c, reading)
    fam, way, src, tgt, ms, mt, roles, order = r
    si, sj = doc.sentences[c.sentence], doc.sentences[c.sentence + 1]
    lang = doc.language or "??"
    out = identity_features(r, lang, facts)
    # the two sentences: companies, length, place on the page
    na = len({company_name(m) for m in facts.in_sent.get(c.sentence, ())})
    nb = len({company_name(m) for m in facts.in_sent.get(c.sentence + 1, ())})
    out.append(f"cos_a:{bin_label(na, (1, 2, 3))}")
    out.append(f"cos_b:{bin_label(nb, (1, 2, 3))}")
    out.append(f"alone:{na == 1}:{nb == 1}")
    out.append(f"slen_a:{bin_label(si.end - si.start, (80, 160, 260))}")
    out.append(f"slen_b:{bin_label(sj.end - sj.start, (80, 160, 260))}")
    out.append(f"sent:{bin_label(c.sentence, (0, 1, 3, 8, 15))}")
    out.append(f"pagecos:{bin_label(facts.n_companies, (2, 4, 8, 15))}")
    out.append(f"pagerels:{bin_label(facts.n_rel, (0, 2, 5, 10))}")
    # where each name stands in its sentence: a's last in i, b's first in i + 1
    last_a = max((m.start for m in facts.in_sent.get(c.sentence, ())), default=-1) == c.ma.start
    first_b = min((m.start for m in facts.in_sent.get(c.sentence + 1, ())), default=-1) == c.mb.start
    out.append(f"edge:{last_a}:{first_b}")
    out.append(f"bpos:{bin_label(c.mb.start - sj.start, (3, 20, 60))}")
    out.append(f"apos:{bin_label(si.end - c.ma.end, (3, 20, 60))}")
    out.append(f"A:how:{c.ma.source or '?'}")
    out.append(f"B:how:{c.mb.source or '?'}")
    # how sentence i + 1 opens: a reference back, a role noun
    refs = [m for m in facts.in_sent.get(c.sentence + 1, ()) if m.source == "coref" and m.start - sj.start < 25]
    out.append(f"opens_ref:{bool(refs)}")
    if refs:
        out.append(f"opens_ref_to:{'a' if company_name(refs[0]) == c.a else ('b' if company_name(refs[0]) == c.b else 'other')}")
    jtext = doc.text[sj.start:sj.end]
    out.append(f"opens_role:{opens_with_role(lang, jtext)}")
    # the lexicon's cues of each sentence, by family, frame and place around its own name
    fams_a, fams_b = set(), set()
    for tag, cues, m, s0, fams in (("i", c.cues_a, c.ma, si.start, fams_a), ("j", c.cues_b, c.mb, sj.start, fams_b)):
        for cfam, typ, frame, t0, *_ in cues:
            place = _place(t0, m, s0)
            fams.add(cfam)
            out.append(f"cue{tag}:{cfam}:{place}")
            out.append(f"cue{tag}:{cfam}:{frame}")
            out.append(f"cuet{tag}:{typ}")
            if way:
                out.append(f"cue{tag}:{cfam}:{place}:{order}")
    out.append("cuefams_i:" + ",".join(sorted(fams_a)))
    out.append("cuefams_j:" + ",".join(sorted(fams_b)))
    out.append(f"owncue:{fam in fams_a}:{fam in fams_b}")
    # the earlier stages' relations in each sentence, and of each name in them
    for tag, k in (("i", c.sentence), ("j", c.sentence + 1)):
        for f in (facts.rel_sents.get(k) or {"none": 1}):
            out.append(f"sentrel{tag}:{f}")
    for tag, k, name in (("a", c.sentence, c.a), ("b", c.sentence + 1, c.b)):
        out.append(f"namerel{tag}:{name in facts.rel_in_sent.get(k, ())}")
    # status and stake cues of each sentence
    for tag, k, s in (("i", c.sentence, si), ("j", c.sentence + 1, sj)):
        got = facts.sent_feats.get(k)
        if got is None:
            got = facts.sent_feats[k] = status_cues(lang, doc.text[s.start:s.end])
        out.extend(f"{tag}:{x}" for x in got)
    for role, m, s in zip(roles, (ms, mt), (si, sj) if way != "ba" else (sj, si)):
        if m.start not in facts.markers:
            facts.markers[m.start] = markers_before(lang, doc.text, m.start) if m.start > s.start else set()
        for r in facts.markers[m.start]:
            out.append(f"{role}:marker:{r}")
            if way:
                out.append(f"{role}:marker:{r}:{order}")
    return out


def page_facts(doc: Document) -> PageFacts:
    """The pair admitter's page facts, with the names each sentence's relations tie."""
    facts = PageFacts(doc, [])
    facts.rel_in_sent = {}
    for r in doc.relations:
        for k, s in enumerate(doc.sentences):
            if s.start < r.evidence.end and r.evidence.start < s.end:
                facts.rel_in_sent.setdefault(k, set()).update((r.source, r.target))
    return facts


def candidate_slots(doc: Document, cands: list[NearCandidate],
                    readings: tuple[str, ...] = READINGS) -> list[dict[str, list[int]]]:
    """For each candidate, the hashed slots of each reading (of ``readings``)."""
    if not cands:
        return []
    facts = page_facts(doc)
    return [{r: sorted({slot(f) for f in reading_features(doc, c, facts, r)}) for r in readings} for c in cands]
