""""The joint venture" that points back to a joint venture named earlier in the story: "Recuvolt, una
empresa conjunta de A y B, ... La nueva sociedad venderá la masa negra a Umicore", "Verkor a signé
un contrat avec la coentreprise", "Das Gemeinschaftsunternehmen bezieht Strom von EnBW".

A company is known as a joint venture when a joint-venture noun stands in apposition right after it
("Ionway, la coentreprise de ...", "Cellforce, a new company set up by ...") or right before it ("la
joint venture paritetica Leonardo Rheinmetall", "das Gemeinschaftsunternehmen L-H Battery"), or before a naming
verb right before it ("la nueva sociedad, que se llamará X", "the new company, to be called X"), or
when a sentence that names only it is followed by one that opens with "this joint venture" ("Cette
coentreprise, détenue par ..."), or, where the story states none before the noun, when the venture
table (``data/ventures.tsv``) lists it. A definite or demonstrative joint-venture noun that names no
company itself ("la coentreprise", "the new company", "questa joint venture", not "la joint venture
con Sanan", "la coentreprise de Stellantis", "la coentreprise que ST a formée") is that company when
the story names exactly one such company in the ``_LOOKBACK`` sentences before it, and its own
sentence names at most one other company (with two, the noun may be theirs: "A and B said the joint
venture will ...", and it is a relation's trigger); the companies an ownership apposition names right
after the noun ("La coentreprise, détenue par A, B et C, produit ...", "The joint venture, owned by A
and B, ...") are its owners and do not count.
"""

from __future__ import annotations

import re

from ..doc import Mention, Sentence
from .text import Occupied

__all__ = ["find_venture_references"]

_LOOKBACK = 8  # sentences

_NOUN = (
    r"(?:joint[- ]venture|coentreprise|co-entreprise|société commune|società comune|empresa conjunta|sociedad conjunta"
    r"|Gemeinschaftsunternehmen|new (?:company|joint venture)|neue[ns]? (?:Unternehmen|Gesellschaft|Gemeinschaftsunternehmen)"
    r"|nueva (?:sociedad|empresa|compañía)|nuova (?:società|joint venture)|nouvelle (?:société|entreprise|coentreprise))"
)
_GATE = ("joint venture", "joint-venture", "entreprise", "commune", "comune", "conjunta", "gemeinschaftsunternehmen",
         "new company", "neue unternehmen", "neue gesellschaft", "neuen unternehmen", "nueva sociedad", "nueva empresa",
         "nueva compañía", "nuova società", "nouvelle société")
_ARTICLE = r"(?:the|this|la|le|l['’]|el|das|dem|des|der|die|dieses|diesem|cette|ce|questa|esta|della|dalla|alla|nella|sulla|dell['’])"
_DEMONSTRATIVE = frozenset("this cette ce questa esta dieses diesem".split())
_REFERENCE = re.compile(rf"(?<![\w-])(?P<art>{_ARTICLE})\s*(?P<noun>{_NOUN})(?![\w-])", re.IGNORECASE)
# What follows a noun that defines its joint venture instead of pointing back to one: a name, its
# owners or partners, a relative clause ("la joint venture con Sanan", "la coentreprise de Stellantis
# et de Mercedes", "the joint venture between A and B", "la empresa conjunta que creó con ...").
_DEFINING = re.compile(
    r"\s*,\s*[A-ZÀ-Ý]|\s*(?:(?:paritetica|paritaria|paritaire|al 50\s?%|50-50|à parts égales)\s*)?(?:[A-ZÀ-Ý]|(?:with|con|mit|avec)\s+(?:the\s+|la\s+|l['’]|der\s+|dem\s+|il\s+|el\s+)?[A-ZÀ-Ý]|(?:between|of|among|formed|set up|owned|held|that|which"
    r"|tra|fra|di|del|della|che|nata|costituita|creata|detenuta|partecipata|controllata"
    r"|von|zwischen|aus|das|die|der"
    r"|de|des|du|d['’]|entre|que|qui|qu['’]|créée|formée|détenue|nouée|constituée|née"
    r"|del|creada|constituida|participada|controlada|formada|cuya)\b)",
)
# A joint-venture noun in apposition after a company, or after its verb "to be": "Ionway, la
# coentreprise de ...", "Recuvolt, una empresa conjunta participada al 50%", "X est une coentreprise de".
_APPOSED = re.compile(rf"\s*(?:,|\s(?:is|was|est|était|è|era|ist|war|es|fue))\s*(?:the|a|an|la|una|une|un|el|das|ein|eine|il|lo|l['’])\s+(?:[\w%-]+\s+){{0,2}}?{_NOUN}(?![\w-])", re.IGNORECASE)
_OF = r"(?:of|with|between|among|by|di|del|della|dei|degli|tra|fra|con|da|dal|dalla|von|mit|zwischen|der|des|de|du|des|d['’]|avec|entre|par|y|e|et|und|and)"
# ... or right before it: "la joint venture paritetica Leonardo Rheinmetall", "das Gemeinschaftsunternehmen L-H Battery".
# (not a relative pronoun: "la empresa conjunta que Stellantis y CATL constituyeron" names its owner, the relative's subject)
_RELATIVE = r"(?:que|qui|che|cui|that|which|whom|die|der|das|den|dem)"
_BEFORE = re.compile(rf"{_NOUN}(?:\s+(?!(?:{_OF}|{_RELATIVE})\b)(?-i:[a-zà-ÿ][\w-]*))?\s+$", re.IGNORECASE)
# ... or between commas after an indefinite one: "hanno creato una joint venture, StarPlus, nel 2022",
# "ont fondé une coentreprise, Ionway, en 2021" (not "Pour financer la coentreprise, Stellantis a levé").
_BEFORE_COMMA = re.compile(rf"\b(?:a|an|una|une|un|uno)\s+(?:[\w-]+\s+)?{_NOUN}\s*,\s*$", re.IGNORECASE)
_CLOSED = re.compile(r"\s*(?:,|\(|\.|$)")
# ... or named by a naming verb after it: "la nueva sociedad, que se llamará X", "the new company, to be called X",
# "la coentreprise, qui sera baptisée X", "la nuova società, che si chiamerà X", "das Gemeinschaftsunternehmen namens X".
_NAMED_AFTER = re.compile(
    rf"{_NOUN}\s*,?\s*(?:(?:which|that)\s+(?:will\s+be|is|was)\s+(?:called|named)|to\s+be\s+(?:called|named)|called|named|dubbed"
    r"|que\s+se\s+(?:llamará|llama|denominará|denomina)|que\s+llevará\s+el\s+nombre\s+de|llamada|denominada|bautizada"
    r"|qui\s+s['’]appellera|qui\s+s['’]appelle|qui\s+sera\s+(?:baptisée|dénommée|nommée|appelée)|baptisée|dénommée|appelée"
    r"|che\s+si\s+chiamerà|che\s+si\s+chiama|che\s+sarà\s+(?:chiamata|denominata|battezzata)|denominata|chiamata|battezzata"
    r"|namens|mit\s+dem\s+Namen)\s+$", re.IGNORECASE)


def _ventures(text: str, sentences: list[Sentence], companies: dict[int, list[Mention]],
              tabled: bool = False) -> dict[int, list[Mention]]:
    """The companies each sentence states to be joint ventures; with ``tabled``, those the venture
    table lists instead (asked only where the story states none)."""
    from .gazetteer import known_ventures

    table = known_ventures()
    out: dict[int, list[Mention]] = {}
    for s_index, ms in companies.items():
        for c in ms:
            if c.source == "coref" or not c.canonical:
                continue
            if tabled:
                if c.canonical in table:
                    out.setdefault(s_index, []).append(c)
                continue
            lo = max(sentences[s_index].start, c.start - 60)
            if _APPOSED.match(text, c.end) or _BEFORE.search(text, lo, c.start) or _NAMED_AFTER.search(text, lo, c.start) or (
                    _BEFORE_COMMA.search(text, lo, c.start) and _CLOSED.match(text, c.end)):
                out.setdefault(s_index, []).append(c)
    return out


def find_venture_references(text: str, sentences: list[Sentence], companies: dict[int, list[Mention]],
                            occupied: Occupied) -> list[Mention]:
    """COMPANY mentions (source "coref") for joint-venture nouns that point back to a named joint venture."""
    from ..scan.page_words import page_lower

    lower = page_lower(text)  # (the page lower-cased once, for every module that asks)
    if not any(g in lower for g in _GATE):
        return []
    from ..scan.sentences import may_hold

    ventures = tabled = None
    out: list[Mention] = []
    # (speed: only the sentences that hold one of the literals every reference holds are searched;
    # on a page with none of them, none)
    holds = may_hold(_REFERENCE, text, lower, [(s.start, s.end) for s in sentences])
    if not any(holds):
        return out
    for s_index, sent in enumerate(sentences):
        if not holds[s_index]:
            continue
        for m in _REFERENCE.finditer(text, sent.start, sent.end):
            start, end = m.start(), m.end()
            if occupied.overlaps(start, end) or _DEFINING.match(text, end) or any(
                    c.start < end and start < c.end for c in companies.get(s_index, ())):
                continue
            if re.search(r"[\w)]\s*,\s*$", text[max(sent.start, start - 3) : start]) and any(
                    c.end <= start and not text[c.end : start].strip(" ,") for c in companies.get(s_index, ())):
                continue  # "Ionway, la coentreprise": an apposition
            if ventures is None:
                ventures = _ventures(text, sentences, companies)
            cands = _candidates(sentences, s_index, start, ventures)
            if not cands:
                # a venture the story stated further back, the story's own ("La nueva sociedad, que se llamará X" in
                # the lead, "la empresa conjunta" in its tenth sentence): it goes before the table's
                story = _candidates(sentences, s_index, start, ventures, len(sentences))
                cands = story if len(story) == 1 else {}
            if not cands:
                # no venture stated before: one the venture table lists ("... avec Veltrane. La coentreprise, ...")
                if tabled is None:
                    tabled = _ventures(text, sentences, companies, tabled=True)
                cands = _candidates(sentences, s_index, start, tabled)
            if m.group("art").casefold() in _DEMONSTRATIVE and not cands and s_index > 0 \
                    and sentences[s_index - 1].story == sent.story and text[sent.start : start].strip() == "":
                # "... les ateliers d'Orano XTC. Cette coentreprise, détenue par ...": the only company before
                cands = {c.canonical: c for c in companies.get(s_index - 1, ()) if c.canonical}
            if len(cands) != 1:
                continue
            antecedent = next(iter(cands.values()))
            if _another_venture(text, antecedent, start, out):
                continue  # "... BlueOval SK, a joint venture ... Stellantis has a joint venture with Leapmotor. The joint venture"
            owners = _apposed_owners(text, end, companies.get(s_index, ()))
            here = {c.canonical for c in companies.get(s_index, ()) if id(c) not in owners}
            if antecedent.canonical in here:
                continue  # the sentence names it: the noun is something else
            if len(here) > 1:
                continue  # "A e B hanno annunciato che la joint venture ...": the noun may be theirs, a trigger
            mention = Mention(
                start=start, end=end, text=text[start:end], label="COMPANY", canonical=antecedent.canonical,
                sentence=s_index, source="coref",
                attrs={"known": antecedent.attrs.get("known", False), "sectors": list(antecedent.attrs.get("sectors") or []),
                       "country": antecedent.attrs.get("country"), "antecedent": [antecedent.start, antecedent.end]},
            )
            out.append(mention)
            occupied.add(start, end)
    return out


# An ownership participle in apposition right after the noun: "La coentreprise, détenue par", "The
# joint venture, owned by", "La joint venture, controllata da", "La empresa conjunta, participada por",
# "Das Gemeinschaftsunternehmen, an dem"
_OWNED_BY = re.compile(
    r"\s*,\s*(?:(?:jointly|equally|wholly|conjointement|à parts égales|pariteticamente|a partes iguales)\s+)?"
    r"(?:owned|held|controlled|backed|détenue?s?|codétenue?s?|contrôlée?s?|detenut[ao]|controllat[ao]|partecipat[ao]|"
    r"participad[ao]|controlad[ao]|propiedad|an (?:dem|der))\b", re.IGNORECASE)
# between the owners of that apposition: agents, articles, shares and list words
_OWNER_GAP = re.compile(
    r"(?:[\s,]|\b(?:and|et|e|y|und|sowie|by|par|da|dal|dalla|dai|por|von|de|di|del|the|le|la|les|il|i|el|los|las|l['’]|"
    r"each|chacun|ciascuna|cada una|je|al|à|a|per|pour|cent|percent|equally|jointly|wholly|parts|égales|%)\b|\d+(?:[.,]\d+)?\s?%)*", re.IGNORECASE)


def _apposed_owners(text: str, end: int, companies) -> set[int]:
    """ids of the companies an ownership apposition after the noun ending at ``end`` names."""
    m = _OWNED_BY.match(text, end)
    if m is None:
        return set()
    out: set[int] = set()
    pos = m.end()
    for c in sorted((c for c in companies if c.start >= pos), key=lambda c: c.start):
        if not _OWNER_GAP.fullmatch(text, pos, c.start):
            break
        out.add(id(c))
        pos = c.end
    return out


_ANY = re.compile(rf"(?<![\w-]){_NOUN}(?![\w-])", re.IGNORECASE)


def _another_venture(text: str, antecedent: Mention, start: int, found: list[Mention]) -> bool:
    """Does a joint-venture noun stand between the antecedent's own one and ``start`` that is not a
    reference to it already?"""
    own = _APPOSED.match(text, antecedent.end)
    lo = own.end() if own else antecedent.end
    same = {(m.start, m.end) for m in found if m.canonical == antecedent.canonical}
    for m in _ANY.finditer(text, lo, start):
        if not any(a <= m.start() and m.end() <= b for a, b in same):
            return True
    return False


def _candidates(sentences, s_index, start, ventures, lookback: int = _LOOKBACK) -> dict[str, Mention]:
    story = sentences[s_index].story
    cands: dict[str, Mention] = {}
    for back in range(s_index, max(-1, s_index - 1 - lookback), -1):
        if sentences[back].story != story:
            break
        for c in ventures.get(back, ()):
            if back < s_index or c.end <= start:
                cands.setdefault(c.canonical, c)
    return cands
