"""A company named as a parent of a joint venture is no party to the venture's supplies.

    "Ventra's joint venture with Holm ships cathode to the Kessel plant."           -> no supply Ventra/Holm
    "La coentreprise détenue par Ventra et Holm livre désormais Kessel."             -> no supply Holm -> Ventra,
                                                                                        Holm -> Kessel ...
    "Arvo, la empresa conjunta que Ventra y Holm constituyeron, suministra a Kessel." -> Arvo -> Kessel stays

The sentence tells the venture as the seller or the buyer and names its parents inside the noun phrase
("the joint venture of/with/between X and Y", "la coentreprise détenue par X", "la joint venture
costituita da X", "das Gemeinschaftsunternehmen mit X", "la empresa conjunta que X y Y constituyeron");
the readers, finding two company names around a supply verb, pair a parent with the customer, or the two
parents with each other. The labelling guidelines tie the supply to the venture, and the parents to it
by ``joint_venture``/``owns``. A supply whose party is named so is dropped, unless the venture is the
other party itself (named beside the noun: "Arvo, the joint venture of X, supplies X" is Arvo's supply).
On the dev set (582 pages) it removed 8 false supplies on 6 pages in four languages, and no right one.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import in_evidence, named_companies

__all__ = ["drop_parent_supplies", "parents_not_third_parties"]

#: the venture nouns of the five languages
_VENTURE = re.compile(
    r"\b(?:joint[- ]venture|venture|coentreprise|co-entreprise|soci[ée]t[ée] commune|entreprise commune"
    r"|Gemeinschaftsunternehmen|Joint[- ]Venture|empresa conjunta|empresa mixta|sociedad conjunta"
    r"|societ[àa] comune|societ[àa] mista)\b", re.IGNORECASE)

#: what may stand between the noun and the link to its parents: a few words of description
#: ("per la ricarica ad alta potenza", "à Chongqing", "formed in 2022"), no finite verb
_DESCRIPTION = r"(?:[,]?\s*[\w'’%-]+){0,7}?\s*"
#: the link to the parents ("with", "between", "of", "owned by" ... in the five languages)
_LINK = (r"(?:with|between|of|by|avec|entre|de|d['’]|du|des|par|mit|zwischen|von|der|des|con|del|por"
         r"|di|della|dei|tra|fra|da|dal|dalla|dai"
         # a verb of bringing the parents together: "la coentreprise réunissant A, B et C", "the joint
         # venture bringing together A and B", "la joint venture che riunisce A e B", "la empresa conjunta que reúne a A y B"
         r"|réunissant|regroupant|associant|qui réunit|qui regroupe|qui associe|bringing together|(?:which|that) brings together"
         r"|uniting|che riunisce|che unisce|che raggruppa|riunendo|que reúne(?: a)?|que agrupa(?: a)?|que une(?: a)?|reuniendo(?: a)?)")
#: the venture's parents named after a relative pronoun and before the verb of forming it
_RELATIVE = (r"(?:that|which|que|qu['’]|che|die|das|den)\s")
_FORMED = re.compile(
    r"\b(?:formed|set up|created|established|founded|own|owns|ont (?:créé|formé|fondé|constitué)|constituyeron|crearon"
    r"|formaron|fundaron|constituido|creado|hanno (?:costituito|creato|fondato)|ha (?:costituito|creato)"
    r"|gegründet|gebildet|aufgebaut"
    # German tells the parents brought together with the verb last: "das Gemeinschaftsunternehmen, das A und B vereint"
    r"|vereint|vereinen|zusammenbringt)", re.IGNORECASE)
#: a finite verb between the noun and the link: the noun is then the clause's subject ("la empresa
#: conjunta ha firmado con Iberdrola", Iberdrola is no parent)
_FINITE = re.compile(
    r"\b(?:has|have|had|is|was|will|would|signed|ont|avait|est|sera|signé|hat|hatte|haben|ist|wird"
    r"|unterzeichnet|ha|hanno|aveva|è|sarà|firmato|han|había|está|será|fue|firmado|cerrado)\b", re.IGNORECASE)
#: French "a" (has) is a finite verb; in Italian and Spanish it is a preposition
_FINITE_FR = re.compile(r"\ba\b")
_STOP = re.compile(r"[.;:!?()\[\]]")
#: a mention that is a possessive ("its", "sa", "ihr", "X's") names the owner of the noun it stands before
_POSSESSIVE = re.compile(r"^(?:its|their|sa|son|leur|ihr|ihre|sein|seine|su|sus|suo|sua|loro)$|['’]s?$", re.IGNORECASE)
#: where the names of the parents end: a clause of their own, a relative, the stretch's punctuation
#: (a comma before a lower-case word or a conjunction closes the list of parents: "ACC, la coentreprise
#: de Stellantis, et le groupe Renault" lists Renault beside ACC, not as a parent; "de Stellantis,
#: Mercedes-Benz et TotalEnergies" goes on)
_PARENTS_END = re.compile(r"[.;:!?()\[\]]|,\s*(?:which|who|that|qui|que|che|die|der|das|dont|cuyo|cuya)\b"
                          r"|\b(?:which|who|qui|che|que|dont)\b|,\s*(?-i:[a-zà-öø-ÿ])")


#: the link after a venture noun, as a regex: the definition ``_described_link`` answers as, without its
#: backtracking (no extraction code matches it any more; tests/relations/test_venture_link_walk.py
#: compares the two). Compiled once, as the relative after the noun and the gaps beside a mention below.
_DESCRIBED_LINK = re.compile(r"(?P<desc>" + _DESCRIPTION + r")\b" + _LINK + r"(?=[\s'’])\s*", re.IGNORECASE)
#: ``_DESCRIBED_LINK`` in its parts, for ``_described_link``: the link where the description may end
#: (the empty group marks where the link's word starts), and one word of the description
_LINK_AT = re.compile(r"\s*()\b" + _LINK + r"(?=[\s'’])\s*", re.IGNORECASE)
_LINK_STARTS = re.compile(r"(?=\b" + _LINK + r"(?=[\s'’]))", re.IGNORECASE)  # (every place a link's word starts)
_DESCRIPTION_WORD = re.compile(r"[\w'’%-]+")
_SPACES = re.compile(r"\s*")
_DESCRIPTION_WORDS = 7  # (the {0,7} of ``_DESCRIPTION``)
_RELATIVE_AFTER = re.compile(r"\s*,?\s*" + _RELATIVE, re.IGNORECASE)
_GAP_BEFORE_NOUN = re.compile(r"\s*[)\]]?\s*(?:[,(–—-]\s*)?(?:(?:the|a|an|its|la|le|l['’]|une|sa|die|das|ihr|el|una|su|il|sua)\s*)?"
                              r"(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
_GAP_AFTER_NOUN = re.compile(r"\s*,?\s*")


def _finite(text: str, lang: str) -> re.Match | None:
    return _FINITE.search(text) or (_FINITE_FR.search(text) if lang == "fr" else None)


def _described_link(rest: str) -> tuple[int, int] | None:
    """Where ``_DESCRIBED_LINK.match(rest)`` ends its description and where it ends, or None where it
    does not match: the same answer, found without its cost. Its description is up to seven words
    with nothing required between them, so a long word can be cut into pieces in very many ways, and
    the regex engine tries them all before it gives up (over a second for one noun followed by
    "franco-germano-italienne installée dans le ..."). This walks the same tries in the same order
    (the lazy count first: the link after so many words, then one word more; each word longest
    first) but remembers each (words taken, position) that found nothing, so that none is tried
    twice: at most 8 x 90 of them. Past the last place a link's word starts, nothing is tried."""
    last = -1
    for last_link in _LINK_STARTS.finditer(rest):
        last = last_link.start()
    if last < 0:
        return None  # (no link's word at all: most nouns)
    failed: set[tuple[int, int]] = set()

    def walk(words: int, pos: int) -> re.Match | None:
        if pos > last or (words, pos) in failed:
            return None
        link = _LINK_AT.match(rest, pos)
        if link is not None:
            return link
        if words < _DESCRIPTION_WORDS:
            for start in ((pos + 1, pos) if rest.startswith(",", pos) else (pos,)):  # (the optional comma, taken first)
                spaces = _SPACES.match(rest, start).end()
                for at in range(spaces, start - 1, -1):  # (the spaces, as many as there are first)
                    word = _DESCRIPTION_WORD.match(rest, at)
                    for end in range(word.end() if word else at, at, -1):  # (the word, longest first)
                        got = walk(words + 1, end)
                        if got is not None:
                            return got
        failed.add((words, pos))
        return None

    link = walk(0, 0)
    return None if link is None else (link.start(1), link.end())


def _parents_at(text: str, noun_end: int, lang: str) -> int:
    """Where, after a venture noun ending at ``noun_end``, the names of its parents may start (the
    offset right after the link), or -1 when the noun is not followed by a link to them."""
    rest = text[noun_end : noun_end + 90]
    stop = _STOP.search(rest)
    rest = rest[: stop.start()] if stop else rest
    link = _described_link(rest)  # (``_DESCRIBED_LINK.match(rest)``: the description and the end)
    if link is not None and not _finite(rest[: link[0]], lang):
        return noun_end + link[1]
    m = _RELATIVE_AFTER.match(rest)
    if m is not None and _FORMED.search(rest, m.end()):
        return noun_end + m.end()
    return -1


def _parent_spans(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """(noun start, noun end, start and end of the stretch naming its parents) per venture noun of ``text``."""
    out = []
    for m in _VENTURE.finditer(text):
        at = _parents_at(text, m.end(), lang)
        if at < 0:
            continue
        tail = text[at : at + 100]
        ends = [x.start() for x in (_PARENTS_END.search(tail), _finite(tail, lang), _FORMED.search(tail)) if x is not None]
        out.append((m.start(), m.end(), at, at + min(ends, default=len(tail))))
    return out


def _beside(text: str, m_start: int, m_end: int, noun_start: int, noun_end: int) -> bool:
    """Whether a mention [m_start, m_end) names the venture itself: it holds the noun ("la
    coentreprise" read as the company), or stands right before it ("Arvo, the joint venture", "the Arvo
    joint venture", "its venture") or right after it ("the joint venture Arvo")."""
    if m_start <= noun_start and noun_end <= m_end:
        return True
    if m_end <= noun_start:
        if _POSSESSIVE.search(text[m_start:m_end]):
            return False  # "its venture with Y", "X's joint venture": the venture's parent
        gap = text[m_end:noun_start]
        return bool(_GAP_BEFORE_NOUN.fullmatch(gap))
    gap = text[noun_end:m_start]
    return bool(_GAP_AFTER_NOUN.fullmatch(gap))


def drop_parent_supplies(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies whose party is named as a parent of a venture the evidence tells
    beside them (see the module's docstring)."""
    if not any(r.type == "supplies" for r in relations):
        return relations
    companies = named_companies(doc)
    out = []
    cache: dict[int, list[tuple[int, int, int, int]]] = {}
    for r in relations:
        if r.type != "supplies":
            out.append(r)
            continue
        ev = r.evidence
        spans = cache.get(ev.start)
        if spans is None:
            spans = cache[ev.start] = [tuple(x + ev.start for x in span) for span in _parent_spans(ev.text, doc.language or "")]
        if not spans:
            out.append(r)
            continue
        inside = [m for m in in_evidence(companies, ev) if m.canonical in (r.source, r.target)]
        drop = False
        for noun_start, noun_end, parents_start, parents_end in spans:
            parents = {m.canonical for m in inside if parents_start <= m.start < parents_end}
            if not parents:
                continue
            if any(_beside(doc.text, m.start, m.end, noun_start, noun_end) for m in inside if m.canonical not in parents):
                # the venture is the other party: its own supply, where the parent is named again outside the
                # noun phrase ("Arvo, the joint venture of X, supplies X"); a parent named only there
                # ("Arvo, the joint venture between X and Y, will ship its first cathode") is no customer
                if any(m.canonical in parents and not any(ps <= m.start < pe for _n0, _n1, ps, pe in spans) for m in inside):
                    continue
                if not _ALL_PARENTS.search(doc.text, max(0, parents_start - 12), parents_start):
                    continue  # ("s'approvisionne auprès de Y": a "de" that may be no link to parents at all)
            drop = True
            break
        if not drop:
            out.append(r)
    return out


#: the links after a venture noun that name ALL its founding parents ("between A and B", "set up by A and
#: B"); "with" names the partner of a parent told elsewhere ("X's joint venture with Y"), "of"/"de" may
#: open a description ("una empresa conjunta de recarga rápida")
_ALL_PARENTS = re.compile(r"(?:between|by|entre|par|zwischen|von|vom|tra|fra|da|dal|dalla|dai|por"
                          # a verb of bringing together names all the parents ("réunissant A et B", "che riunisce
                          # A e B"), and so does a German relative whose verb of forming or uniting comes last ("das A und B vereint")
                          r"|réunissant|regroupant|associant|réunit|regroupe|associe|bringing together|brings together|uniting"
                          r"|riunisce|unisce|raggruppa|riunendo|reúne(?: a)?|agrupa(?: a)?|une(?: a)?|reuniendo(?: a)?|,\s*(?:das|die|den))\s*$", re.IGNORECASE)


def parents_not_third_parties(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the joint ventures that pair a parent named in "a joint venture between A and
    B" (or "set up by A and B") with the venture itself, named before the noun ("Arvo redevient une
    coentreprise à parts égales entre Ventra et Holm", "Arvo, la
    coentreprise créée par Ventra et Holm") is no parent. A company named after the list is left alone:
    it may have joined the founders ("créée par A et B, rejointe par C"). The pair of parents is added
    where the sentence gave only the pairs with the venture (the list is the venture's)."""
    if not any(r.type == "joint_venture" for r in relations):
        return relations
    companies = named_companies(doc)
    lang = doc.language or ""
    cache: dict[int, list[set[str]]] = {}
    drop: set[int] = set()
    added: list[Relation] = []
    for r in relations:
        if r.type != "joint_venture":
            continue
        ev = r.evidence
        lists = cache.get(ev.start)
        if lists is None:
            lists = cache[ev.start] = []
            for noun_start, noun_end, at, end in _parent_spans(ev.text, lang):
                if not _ALL_PARENTS.search(ev.text[noun_end:at]):
                    continue
                names = {m.canonical for m in companies if ev.start + at <= m.start < ev.start + end}
                if len(names) >= 2:
                    lists.append((names, ev.start + noun_start))
        for names, noun_at in lists:
            inside = names & {r.source, r.target}
            if len(inside) != 1:
                continue
            (other,) = {r.source, r.target} - inside
            # only the venture itself, told before the noun ("Arvo redevient une coentreprise entre A et B");
            # a company named after the list may have joined the parents later ("rejointe par Mercedes")
            if any(m.canonical == other and m.start >= noun_at for m in in_evidence(companies, ev)):
                continue
            drop.add(id(r))
            if len(names) <= 3:
                for a in sorted(names):
                    for b in sorted(names):
                        if a < b and not any(x.type == "joint_venture" and {x.source, x.target} == {a, b}
                                             for x in [*relations, *added]):
                            added.append(Relation(type="joint_venture", source=a, target=b, status=r.status,
                                                  evidence=ev, product=None, confidence=r.confidence,
                                                  component=r.component))
            break
    if not drop:
        return relations
    return [r for r in relations if id(r) not in drop] + added
