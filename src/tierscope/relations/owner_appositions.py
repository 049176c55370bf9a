"""A company named in an apposition as the owner of the name before it is no party to a supply: the
supply is that name's.

    "Alvena, propiedad del grupo Varco, ha encargado 50 autobuses a Kestrel"   -> Kestrel -> Alvena
    "Alvena, propriété du groupe Varco, a commandé 50 autobus à Kestrel"       -> Kestrel -> Alvena
    "Alvena, im Besitz des Konzerns Varco, hat 50 Busse bei Kestrel bestellt"  -> Kestrel -> Alvena
    "lo compra Nordia, otra sociedad del grupo Varco"                          -> Nordia buys, not Varco

News introduces a company with who owns it in an apposition between the subject and its verb. The
supply readers take the name nearest the verb for the clause's subject, which there is the owner's;
the labelling guidelines tie the supply to the company the apposition is about (and the owner to it by
``owns``). A party every one of whose mentions in the tie's evidence stands in such an apposition is
replaced by the apposition's head; where the head is the other party the tie goes (a company does not
supply itself); the owner's short name in brackets after its full one ("Varco Holding (VH)") is the
same naming, not a mention of its own. Unlike ``unit_owners`` (the unit named by a noun, "the subsidiary of P"), here the
unit is named, right before the comma, so the supply can be given to it.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from ..entities.vocab import NATIONALITY
from .evidence_names import bracketed_aliases, redirect_supplies

__all__ = ["supplies_of_apposed_units"]

#: a description of the head before the participle of owning ("the company jointly owned by", "la
#: società controllata congiuntamente da", "la société détenue à parts égales par", "la empresa participada
#: por", "die Gesellschaft im gemeinsamen Besitz von"): an article, up to three lower-case words (a noun,
#: adjectives, an adverb), the participle, up to three words of share or manner ("à parts égales", "al
#: 50%", "equally") and the link to the owners. The participle keeps it an apposition of ownership; the
#: head noun alone ("the company of A") could name a deal's party.
_OWNED = (r"(?:(?:co-|jointly-|majority-|wholly-|partly-)?(?:owned|controlled|held)"
          r"|(?:co-?)?(?:détenue?s?|contrôlée?s?|possédée?s?)"
          r"|(?:controllat|partecipat|posseduta|detenut)[aoie]|di\s+proprietà|in\s+mano"
          r"|(?:controlad|participad|poseíd|detenid)[ao]s?|propiedad|en\s+manos"
          r"|im\s+(?:gemeinsamen\s+)?Besitz|kontrolliert|gehalten)")
_DESCRIBED_OWNED = (
    # (a space after a whole article: "un" must not open "unused", nor "la" "latest")
    r"(?:(?:the|a|an|la|le|une|un|el|una|il|lo|uno|die|das|der|eine|ein)\s+|(?:l|un)['’]\s*)"
    r"(?:(?:(?-i:[a-zäöüßà-öø-ÿ])[\w'’-]*|(?-i:(?=[A-ZÄÖÜ]))[\wäöüß-]*(?:gesellschaft|unternehmen|firma|konzern|gruppe|tochter|sparte|hersteller|anbieter|spezialist))\s+){1,3}?"
    + _OWNED +
    r"(?:\s+(?:[a-zàâçéèêëîïôûùüÿñæœáíóúäöß%0-9][\w%'’-]*|%)){0,3}?"
    r"\s+(?:by|par|d(?:a|al|alla|ai|agli|i|el|ella|ei|egli)|por|de|del|von|de[sr]|durch)(?=[\s'’])")

#: the apposition's opening, from its comma to the owner's name: an ownership phrase ("owned by",
#: "propiedad de", "propriété de", "détenue par", "controllata da", "di proprietà di", "im Besitz von"),
#: or a unit noun of a group ("a subsidiary of", "otra sociedad del grupo", "un'altra società del
#: gruppo", "une filiale du groupe", "eine Tochter des Konzerns"), then a few words of description
#: ("del grupo británico", "des britischen Konzerns"; a German noun of a group capitalised) before the name
_OPENING = re.compile(
    r",\s*(?:"
    r"(?:(?:which\s+is\s+|that\s+is\s+)?(?:wholly\s+|majority[\s-]|fully\s+)?(?:owned|controlled)\s+by)"
    r"|(?:(?:hoy\s+|ahora\s+)?(?:propiedad|filial|subsidiaria)\s+del?)"
    r"|(?:(?:aujourd['’]hui\s+)?(?:propriété|filiale)\s+d(?:e|u|es|['’]))"
    r"|(?:(?:détenue?s?|contrôlée?s?)\s+(?:à\s+100\s*%\s+)?par)"
    r"|(?:(?:di\s+proprietà|controllata|controllato|posseduta|posseduto)\s+d(?:i|a|al|alla|ai|el|ella))"
    r"|(?:im\s+Besitz\s+(?:von|de[sr]))"
    r"|(?:(?:an?|another|one|otra|una|un['’]altra|une\s+autre|une|eine\s+andere|eine\s+weitere|eine)\s+"
    r"(?:subsidiary|unit|company|sociedad|empresa|filial|società|controllata|société|filiale|Tochter(?:gesellschaft|firma)?)"
    r"\s+(?:of|de|del|di|del|della|dello|dell['’]|du|des|von|de[sr]))"
    r"|" + _DESCRIBED_OWNED +
    # (English writes a nationality capitalised: "owned by Swiss engineering group P", "South Korean")
    r")\s*(?:(?:(?-i:[a-zäöüßà-öø-ÿ])[\w'’-]*|(?-i:(?=[A-ZÄÖÜ]))[\w-]*(?:konzern|gruppe|holding|fonds)(?:e?s)?"
    r"|(?-i:(?=[A-Z]))(?:(?:South|North|East|West)\s+)?(?:" + "|".join(sorted(map(re.escape, NATIONALITY), key=len, reverse=True)) + r"))\s+){0,4}$",
    re.IGNORECASE,
)
#: how far back the apposition may open before the owner's name
_REACH = 90
#: between a head's mention and the comma: nothing, or one or two lower-case words
_TAIL = re.compile(r"(?:\s+[a-zäöüßà-öø-ÿ][\w-]*){0,2}\s*")
#: between two owners of a list: a conjunction ("A and B", "A e B", "A y B", "A und B"), or a comma
#: ("A, B et C"; only inside a list a conjunction closes: the apposition's own comma may come before
#: "and": "Kestrel, owned by A, and Brixo supply ...")
_AND_GAP = re.compile(r"\s+(?:and|et|e|ed|y|und|sowie)\s+", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*,\s*")


def _in_list(text: str, inside: list, prev, m) -> bool:
    """Whether ``m`` follows ``prev`` in a list of names: "A and B", or "A, B" before "and C"."""
    if _AND_GAP.fullmatch(text, prev.end, m.start):
        return True
    if not _COMMA_GAP.fullmatch(text, prev.end, m.start):
        return False
    # (a comma: the list goes on after ``m``)
    return any(_AND_GAP.fullmatch(text, m.end, n.start) or _COMMA_GAP.fullmatch(text, m.end, n.start)
               for n in inside if n.start >= m.end)


#: a capitalised word right before the apposition's comma
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*)*$")


class _Unnamed:
    """The head of an apposition that names a company the entity stage did not find."""

    canonical = ""


_UNNAMED = _Unnamed()


def _head(text: str, inside: list, m, depth: int = 0):
    """The mention the apposition opened before ``m`` follows, where ``m`` stands in an owner's
    apposition; None otherwise."""
    lo = max(0, m.start - _REACH)
    chunk = text[lo : m.start]
    o = _OPENING.search(chunk)
    if o is None:
        # a later owner of a list ("controlled by A and B", "détenue par A, B et C"): the first one's head
        prev = next((p for p in reversed(inside) if p.end <= m.start and _in_list(text, inside, p, m)), None)
        if prev is not None and depth < 4:
            return _head(text, inside, prev, depth + 1)
    if o is None:
        # a description pointing back that takes in the genitive ("del grupo"): the opening ends before it
        lead = re.match(r"(?i)(?:of|de|del|di|du|des|von|de[sr])\s+", text[m.start : m.end])
        if lead is None or not (m.source or "").startswith("coref"):
            return None
        o = _OPENING.search(chunk + text[m.start : m.start + lead.end()])
        if o is None:
            return None
    comma = lo + o.start()
    if "," in text[comma + 1 : m.start]:
        return None
    # (a description may end in adjectives its mention leaves out: "el operador asturiano")
    before = [h for h in inside if h.end <= comma and _TAIL.fullmatch(text, h.end, comma)]
    if before:
        return before[-1]
    # a capitalised name the entity stage did not take: a company all the same, only not one to tie
    return _UNNAMED if _NAME_BEFORE.search(text, max(0, comma - 40), comma) else None


def _apposed_owner(text: str, inside: list, name: str):
    """The one company whose apposition every mention of ``name`` in the evidence stands in as owner."""
    aliases = bracketed_aliases(text, inside)
    own = [m for m in inside if m.canonical == name and id(m) not in aliases]
    if not own:
        return None
    heads = set()
    for m in own:
        h = _head(text, inside, m)
        if h is None or h.canonical == name:
            return None
        heads.add(h.canonical)
    return heads.pop() if len(heads) == 1 else None


def supplies_of_apposed_units(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with each supply whose party is named only as the owner in an apposition given to the
    apposition's head, or dropped where that head is the other party or already holds the tie."""

    def parties(text: str, inside: list, r: Relation) -> tuple[str, str] | None:
        head = _apposed_owner(text, inside, r.source)
        if head is not None:
            return head, r.target
        head = _apposed_owner(text, inside, r.target)
        return (r.source, head) if head is not None else None

    return redirect_supplies(relations, doc, parties)
