"""A joint company's parents hold their shares in it as partners, not as owners or investors.

    "Lumen Cells, a joint venture in which Vostra holds 51 percent", "Lumen Cells, la coentreprise
    détenue à 60 % par Vostra", "la società comune Lumen Cells, controllata al 51% da Vostra",
    "das Gemeinschaftsunternehmen Lumen Cells, an dem Vostra 49 Prozent hält", "Lumen Cells, la
    empresa conjunta participada al 50 % por Vostra"

The labelling guidelines give the two parents of a joint company a ``joint_venture`` and do not
label each parent's stake in it again as ``owns`` or ``invests_in``; the gazetteer also lists some
joint companies under one parent. So a current stake in (or ownership of) a company the page calls a
joint venture is dropped, unless the page tells of a change of control of it (someone acquires it:
"Vostra bought out its partner's 50 percent"), where the new owner's control is news. A stake that
ended, is reported, in talks or denied is a deal and stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..doc import Document, Relation
from .engine import company_name
from .named_ventures import BOUGHT_OUT, _JV
from ..scan.page_words import page_lower
from ..scan.prefilter import has_odd_case, required_of

__all__ = ["ventures_named", "drop_venture_stakes"]

#: the venture word in any of the five languages (a German compound ends in it: "Batterie-Gemeinschaftsunternehmen")
_WORD = "|".join(f"(?:{w})" for w in _JV.values()).replace("|JV", r"|(?-i:JV)") + "|Gemeinschaftsunternehmen"
#: a word between the venture word and the name that makes the name a parent or partner of the venture,
#: not the venture: "the joint venture of X", "sa coentreprise avec X", "X's joint venture", "joint venture partner X"
_LINK = (r"(?:of|with|between|and|by|in|into|through|its|their|partners?|de|du|des|avec|entre|et|par|dans|sa|leur|"
         r"partenaires?|di|del|della|dei|con|tra|fra|e|da|sua|loro|von|vom|mit|zwischen|und|durch|seine[mn]?|ihre[mn]?|"
         r"Partnern?|y|por|su|sus|socios?|this|that|these|cette|ce|cet|ces|questa|questo|diese[rsnm]?|esta|este|esa|ese)\b")
#: the word right before the name: "the joint venture X", "une coentreprise, X", "la sociedad conjunta X"
#: (a word between, "a joint venture associating X", "la coentreprise que X", names a parent)
_BEFORE = re.compile(rf"(?:{_WORD})\s*(?:,\s*|\s(?:called|named|baptisée|appelée|chiamata|denominada|llamada|namens)\s+)?$",
                     re.IGNORECASE)
#: the word in apposition or as predicate right after the name: "X, a joint venture", "X is itself a
#: joint venture", "X, dem Brennstoffzellen-Gemeinschaftsunternehmen", "X (la empresa conjunta"
_AFTER = re.compile(rf"(?!['’]s\b)\s*(?:[,(–—:]\s*|\s(?:is|was|est|était|è|era|ist|war|es|fue)\s+)"
                    rf"(?:(?:itself|aussi|also|anche|auch|también|ya)\s+)?"
                    rf"(?:(?!{_LINK})[\w’'-]+\s+){{0,2}}?[\w-]*(?:{_WORD})\b(?!\s+(?:partners?|partenaires?|socios?|soci|Partnern?)\b|\s+(?-i:[A-Z]))",
                    re.IGNORECASE)
#: after a name the venture word put before it: the name goes on ("la sociedad conjunta X | Y", "the joint
#: venture X and Y") or is the subject of a reduced relative ("the joint venture X set up with Y"): X is a parent
_PARENT_AFTER = re.compile(r"\s*(?:[|&/+]|-\s|(?:and|und|et|e|y)\s)|\s+(?:\w+\s+)?(?:set|sets|formed|forms|created|founded|launched|"
                           r"established|runs|operates|owns|has|had|shares|a|ont|a\s+créé|ha|hanno|hat|haben|betreibt|betreiben|"
                           r"gründete\w*|creó|crearon|constituyeron|comparte|comparten|opera|operan|tiene|tienen)\b", re.IGNORECASE)
#: one capitalised word between two names: the second ends a longer name ("SK Materials Group14, a joint venture")
_NAME_WORD = re.compile(r"\s(?-i:[A-Z])[\w&.-]*\s")
#: one parent now holds it alone: "now a wholly owned Ford subsidiary", "contrôle désormais seul", "alleiniger Eigentümer"
_SOLE = re.compile(r"\b(?:wholly[- ]owned|sole\s+(?:control|owner)|(?:seul|unique)\s+propriétaire|contrôle\s+(?:désormais\s+)?seul|"
                   r"unico\s+(?:proprietario|azionista)|alleinige[rn]?\s+(?:Eigentümer|Kontrolle)|únic[oa]\s+(?:propietari[oa]|dueñ[oa]|accionista))\b",
                   re.IGNORECASE)
_CUE = ("joint", "jv", "coentreprise", "co-entreprise", "commune", "comune", "mista", "gemeinschaftsunternehmen",
        "conjunta", "mixta", "coinversión")


def ventures_named(doc: Document) -> set[str]:
    """The companies the page calls a joint venture, by a mention of their own (not a pronoun) with
    the venture word right before it or in apposition right after it (no other company between)."""
    lower = page_lower(doc.text)  # (the page lower-cased once for all modules that ask)
    if not any(c in lower for c in _CUE):
        return set()
    text = doc.text
    comps = sorted((m for m in doc.mentions or () if m.label == "COMPANY" and not m.attrs.get("implied")),
                   key=lambda m: m.start)
    named = [m for m in comps if m.source != "coref" and company_name(m)]  # (a description between is the apposition)
    out, moved = set(), set()
    words = _word_spans(text, lower)
    for k, m in enumerate(named):
        lo = max(m.start - 60, named[k - 1].end if k else 0)
        hi = min(m.end + 70, named[k + 1].start if k + 1 < len(named) else len(text))
        if lo < m.start and _holds(words, lo, m.start) and _BEFORE.search(text, lo, m.start) and not _PARENT_AFTER.match(text, m.end):
            out.add(company_name(m))
        elif hi > m.end and _holds(words, m.end, hi) and (a := _AFTER.match(text, m.end, hi)) and not (
                k and _NAME_WORD.fullmatch(text, named[k - 1].end, m.start)):
            if a.end() < len(text) and not text[a.end():hi].strip() and hi < m.end + 70:
                continue  # "X ist das Gemeinschaftsunternehmen Y": the word introduces the next name
            out.add(company_name(m))
    if out:
        # "Ford has bought SK On's half of BlueOval SK": the venture changed hands, its new owner's control is news
        said = {(s.start, s.end) for m in comps if company_name(m) in out for s in doc.sentences or () if s.start <= m.start < s.end}
        for a, b in said:
            if BOUGHT_OUT.search(text, a, b) or _SOLE.search(text, a, b):
                moved.update(company_name(m) for m in comps if a <= m.start < b)
    return out - moved


def _word_spans(text: str, lower: str) -> list[tuple[int, int]] | None:
    """Where the page holds one of the literals that every match of ``_BEFORE`` and of ``_AFTER``
    holds (the venture words: ``prefilter.required_of``), as sorted (start, end); None where that
    test cannot be trusted (a character of odd case folding, which may also shift ``lower``'s
    offsets): then every stretch is searched."""
    required = required_of(_BEFORE), required_of(_AFTER)
    if None in required or has_odd_case(text):
        return None
    spans = []
    for x in set(required[0]) | set(required[1]):
        at = lower.find(x)
        while at >= 0:
            spans.append((at, at + len(x)))
            at = lower.find(x, at + 1)
    return sorted(spans)


def _holds(spans: list[tuple[int, int]] | None, lo: int, hi: int) -> bool:
    """Whether a venture word lies wholly in lo..hi: else neither pattern can match there (speed:
    the page's mentions mostly have none near them)."""
    if spans is None:
        return True
    k = bisect_left(spans, (lo, -1))
    while k < len(spans) and spans[k][0] < hi:
        if spans[k][1] <= hi:
            return True
        k += 1
    return False


def drop_venture_stakes(relations: list[Relation], ventures: set[str]) -> list[Relation]:
    """``relations`` without the current stakes and ownerships of the joint companies in ``ventures``
    (see the module's docstring); a venture someone acquires keeps its owners."""
    if not ventures:
        return relations
    # a venture that changed hands: its buyer's control, and the seller's stake that ended, are news
    moved = {r.target for r in relations if r.type == "acquires" or r.status == "ended"}
    # an investor that came in beside the parents ("Horse, the joint venture Renault set up with Geely, in
    # which Aramco holds 10%"): where the page names the parents (a joint venture between two companies),
    # a minority holder that is none of them holds a stake of its own
    parents = {n for r in relations if r.type == "joint_venture" for n in (r.source, r.target)}
    return [r for r in relations
            if not (r.type in ("owns", "invests_in") and r.status in ("active", "announced")
                    and r.target in ventures and r.target not in moved
                    and not (r.type == "invests_in" and parents and r.source not in parents))]
