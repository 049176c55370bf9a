"""A joint venture is no joint-venture partner of its own parents.

    "Lumora, its joint venture with Vantor, makes cells in Ohio"          -> no joint_venture Lumora-Vantor
    "Maltrix setzt auf Lumora, ein Gemeinschaftsunternehmen mit Vantor"   -> no joint_venture Lumora-Vantor
    "Maltrix cuenta con Lumora, su empresa conjunta con Vantor y Kestrel" -> none of Lumora-Vantor, Lumora-Kestrel
    "Maltrix entwickelt im Gemeinschaftsunternehmen Lumora zusammen mit Vantor" -> no partnership Lumora-Vantor
    "Maltrix formed Ultium CAM with General Motors"                        -> no joint_venture Ultium CAM-General Motors
                                                                              (data/ventures.tsv lists GM as its parent)

The frames read "V, <venture noun> with Y" as a venture of V and Y: the name before the apposition is
the subject they look for. But V is the venture itself (the apposition says what V is), and Y one of
its parents; the labelling guidelines tie the parents to each other by ``joint_venture`` and to V by
``owns``, never V to its own parent as a partner. So a joint venture or a partnership whose one party
is named right beside a venture noun (before it, in apposition, or right after it: "im
Gemeinschaftsunternehmen V") and whose other party is named in the sentence only among that noun's
parents ("with Y", "avec Y", "mit Y", "con Y", "of Y") is dropped; and so is a joint venture between a
venture of ``data/ventures.tsv`` and one of its listed parents, however the sentence put it.

In the place of a dropped venture the parents' own tie is given, where the sentence or the list says who
the other parent is: the possessor right before the noun ("Maltrix's joint venture with Y"), else the one
other parent the list holds for V that the page names ("L-H Battery, the company's joint venture with
Honda": LG Energy Solution, where the page names it).
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from ..entities.gazetteer import known_ventures
from .evidence_names import in_evidence, named_companies
from .venture_parents import _parent_spans
from .venture_stakes import _PARENT_AFTER

__all__ = ["drop_self_ventures"]

_PAIR_TYPES = frozenset(("joint_venture", "partners_with"))
#: words that link a noun to another company; between a name and the venture noun after it they make
#: the name a parent or a partner ("X with the joint venture", "A and B's venture"), not the venture
_LINK_WORD = re.compile(
    r"^(?:with|of|between|by|and|or|avec|de|du|des|d['’]\w*|entre|par|et|ou|mit|von|vom|zwischen|und|oder|durch|con|di|del|della|"
    r"dei|tra|fra|da|dal|e|ed|o|y|por|partners?|partenaires?|socios?|soci|Partnern?)$", re.IGNORECASE)
#: between the venture's name and its noun after it: the rest of the name ("L-H Battery Company"), an
#: abbreviation in brackets ("(ACC)"), a predicate adjective ("präsent"), then a comma, a dash or a
#: copula, and the noun's determiner or possessor with two words at most ("its", "the company's",
#: "das Brennstoffzellen-")
_GAP_BEFORE = re.compile(
    r"(?:\s+[\w&.-]+)?\s*(?:\([^()]{1,30}\)\s*)?(?:[,(–—:]\s*|\s+(?:is|was|est|était|è|era|ist|war|es|fue)\s+)"
    r"(?:(?:itself|also|now|aussi|désormais|anche|ora|auch|inzwischen|también|ahora)\s+)?"
    # (the noun's own determiner or possessive, then two words at most: "X è uscita dalla joint venture"
    # tells a parent leaving it, "X is in a joint venture with Y" a parent in it)
    r"(?P<words>(?:(?:the|a|an|its|their|this|le|la|l['’]|les|un|une|sa|son|leur|cette|il|lo|una|sua|suo|la\s+sua|il\s+suo"
    r"|el|su|esta|este|der|die|das|ein|eine|sein|seine|ihr|ihre|diese[sr]?)\s*|[\w.-]+['’]s?\s+)(?:[\w’'.-]+\s+){0,2}?|)"
    r"[\w-]*$", re.IGNORECASE)
#: right after the noun: the venture named there ("im Gemeinschaftsunternehmen Lumora", "the joint venture Lumora")
_GAP_AFTER = re.compile(r"\s+(?:(?:called|named|baptisée|appelée|chiamata|denominada|llamada|namens)\s+)?$", re.IGNORECASE)
#: a possessor right before the noun: "Maltrix's joint venture"
_POSSESSOR = re.compile(r"^(?:['’]s?)\s+(?:[\w-]+\s+){0,2}?[\w-]*$")
_NOUN_GAP = 45  # characters between a name and the venture noun after it


def _named_beside(text: str, m, noun_start: int, noun_end: int) -> bool:
    """Whether the mention ``m`` names the venture of the noun at [noun_start, noun_end)."""
    if m.end <= noun_start and noun_start - m.end <= _NOUN_GAP:
        gap = _GAP_BEFORE.fullmatch(text, m.end, noun_start)
        return gap is not None and not any(_LINK_WORD.match(w) for w in gap.group("words").split())
    if m.start >= noun_end:
        # a name, not a description ("ein Gemeinschaftsunternehmen des Autokonzerns" names a parent), and
        # not the subject of a reduced relative ("the joint venture Kestrel set up with Y": a parent)
        return (m.source != "coref" and _GAP_AFTER.fullmatch(text, noun_end, m.start) is not None
                and not _PARENT_AFTER.match(text, m.end))
    return False


def _possessor(text: str, mentions, noun_start: int, skip: set[str]) -> str | None:
    """The company named with a possessive right before the noun ("Maltrix's joint venture")."""
    for m in reversed(mentions):
        if m.end <= noun_start and noun_start - m.end <= 30 and m.canonical not in skip and _POSSESSOR.match(text[m.end:noun_start]):
            return m.canonical
    return None


def _listed_parents(ventures: dict, venture: str) -> set[str]:
    return {name for side in ventures.get(venture, ()) for name in side}


def _other_parent(ventures: dict, venture: str, partner: str, page_names: set[str]) -> str | None:
    """The one other parent of a listed venture that the page names (one side of the list only)."""
    sides = ventures.get(venture, ())
    if not any(partner in side for side in sides):
        return None
    named = [[n for n in side if n in page_names] for side in sides if partner not in side]
    named = [side for side in named if side]
    return named[0][0] if len(named) == 1 else None


def drop_self_ventures(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the joint ventures and partnerships of a venture with its own parent, with the
    parents' joint venture in their place where the sentence or the list names the other parent."""
    if not any(r.type in _PAIR_TYPES for r in relations):
        return relations
    text, lang = doc.text, doc.language or ""
    companies = named_companies(doc)
    page_names = {m.canonical for m in companies}
    ventures = known_ventures()
    # (by the evidence's two ends: two evidences may start together, one a sentence, one a longer window)
    cache: dict[tuple[int, int], list[tuple[int, int, int, int]]] = {}
    drop: set[int] = set()
    added: list[Relation] = []
    have = {frozenset((r.source, r.target)) for r in relations if r.type == "joint_venture"}
    for r in relations:
        if r.type not in _PAIR_TYPES:
            continue
        ev = r.evidence
        spans = cache.get((ev.start, ev.end))
        if spans is None:
            spans = cache[(ev.start, ev.end)] = [tuple(x + ev.start for x in span) for span in _parent_spans(ev.text, lang)]
        inside = in_evidence(companies, ev)
        venture = partner = possessor = None
        for a, b in ((r.source, r.target), (r.target, r.source)):
            if r.type == "joint_venture" and b in _listed_parents(ventures, a):
                venture, partner = a, b
                break
            ys = [m for m in inside if m.canonical == b]
            xs = [m for m in inside if m.canonical == a]
            for noun_start, noun_end, ps, pe in spans:
                # (the venture is named outside the list of its parents: "Smatrics EnBW ist ein
                # Gemeinschaftsunternehmen von Verbund und EnBW" names EnBW as a parent too)
                if ys and all(ps <= m.start < pe for m in ys) and not any(ps <= m.start < pe for m in xs) and any(
                        m.canonical == a and _named_beside(text, m, noun_start, noun_end) for m in inside):
                    venture, partner = a, b
                    possessor = _possessor(text, inside, noun_start, {a, b})
                    break
            if venture:
                break
        if venture is None:
            continue
        drop.add(id(r))
        parent = possessor or _other_parent(ventures, venture, partner, page_names)
        if parent is None or parent in (venture, partner) or frozenset((parent, partner)) in have:
            continue
        have.add(frozenset((parent, partner)))
        src, tgt = sorted((parent, partner))
        added.append(Relation(type="joint_venture", source=src, target=tgt, status=r.status, evidence=ev,
                              product=None, confidence=r.confidence, component=r.component))
    if not drop:
        return relations
    return [r for r in relations if id(r) not in drop] + added
