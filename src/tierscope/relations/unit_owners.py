"""A company named only as the owner of the unit that sells or buys is no party to the unit's supply.

    "Ab 2028 soll die Tochter des Chemiekonzerns Brakon Anoden an Selvio liefern."       -> no Brakon -> Selvio
    "La filiale du sidérurgiste Brakon livrera des cathodes à Selvio."                   -> no Brakon -> Selvio
    "The Brakon-owned manufacturer said Selvio will deliver cells to its plant."          -> no Selvio -> Brakon
    "Die Sitze liefert die ebenfalls zu Brakon gehörende Quarda."                         -> no Brakon -> Selvio
    "Quarda, rattachée au groupe italien Brakon, produit un autobus sur trois"           -> no Quarda -> Brakon

The sentence's seller (or buyer) is "the subsidiary of P", "P's unit", "the P-owned manufacturer": a
company the page often names elsewhere. The readers take the one name in the noun phrase, the owner's,
for the party. The labelling guidelines tie the supply to the unit (and the owner to the unit by
``owns``); a supply whose party is named, in its evidence, only so is dropped. The owner may be told
by a phrase of belonging in an apposition ("owned by P", "rattachée au groupe P", "propiedad del grupo
P", "controllata dal gruppo P", "im Besitz des Konzerns P"), by one of control ("passé sous le contrôle
du fonds P", "passata sotto il controllo di P", "bajo el control de P", "en manos de P", "under the
control of P", "unter der Kontrolle von P") or by a unit noun opening one with no article ("Quarda,
filiale de P,"). The owner's short name in brackets after its full one ("P Holding (PH)") is the same
naming, not a second one. So is an owner the verb of its clause gives a company named right before it
("Quarda gehört inzwischen zur P", "Quarda is owned by P", "Quarda appartient au groupe P", "Quarda fa
capo alla P", "Quarda pertenece al grupo P"): a plant's owner ("the plant is owned by P") is no such
company and stays a party. Not "the plant is owned by P" nor "P2, the battery company owned by
P": the phrase opens the apposition right after its comma.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import bracketed_aliases, drop_supplies

__all__ = ["drop_unit_owners"]

#: "the subsidiary of [the steel group] P" in the five languages: a determiner, the unit noun, a few words
#: of description, the genitive link, up to three words of description before the name
_UNIT_OF = re.compile(
    # (an apposition may open with no article, or an indefinite one: "Norvik, filiale de P,", "Norvik, a unit of P,")
    r"(?:\b(?:the|its|la|sa|die|ihre|seine|der|il|sua|el|su)\s+|,\s*(?:(?:a|an|une|una|eine|un)\s+)?)(?:[\w-]+\s+)?"
    r"(?:subsidiary|unit|division|arm|filiale|controllata|filial|Tochter(?:gesellschaft|firma)?)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:of(?: the)?|de(?: la| l['’])?|du|des|d['’]|di|del|della|dello|dell['’]|vom|von|der)"
    r"\s*(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: what follows the words that name an owner, in ``_OWNED_BY`` and ``_BELONGS_TO`` alike: an article (an
#: elided one runs into the name: "dall'", "à l'"), then up to three words of the owner's description that
#: are no preposition or conjunction, to the owner's name
_OWNER_TAIL = (r"(?:\s+|(?<=['’]))(?:(?:the|le|la|les|il|lo|el|los|der|des|dem)\s+|l['’]\s*)?"
               r"(?:(?!(?:with|of|to|for|from|and|avec|de|du|à|pour|et|con|di|a|per|e|mit|von|für|und|y|para|en|in)\b)[\w-]+\s+){0,3}?$")
#: an owner told by a participle or a phrase of belonging in an apposition or a relative ("Norvik, owned by
#: P,", "Norvik, rattaché au groupe italien P,", "Norvik, propiedad del grupo P,", "Norvik, controllata dal
#: gruppo P,"), up to three words of the owner's description before its name (an elided preposition or
#: article, "dall'", "d'", "à l'", runs into the name with no space, here and in ``_BELONGS_TO``)
_OWNED_BY = re.compile(
    # (right after the apposition's comma, an adverb at most: "L'usine est détenue par P" tells a plant's
    # owner, and "P2, la società delle batterie controllata da P" a description's)
    r",\s*(?:(?:wholly|fully|majority|now|itself|entièrement|majoritairement|lui-même|elle-même|interamente|integralmente"
    r"|íntegramente|mayoritariamente|vollständig|mehrheitlich)\s+)?"
    r"(?:(?:(?:wholly|fully|majority|jointly)-)?(?:owned|controlled|held)\s+by|rattachée?s?\s+(?:au|aux|à\s+la|à\s+l['’]|à)"
    r"|appartenant\s+(?:au|aux|à\s+la|à\s+l['’]|à)|(?:détenue?s?|contrôlée?s?)\s+par|propiedad\s+del?"
    r"|(?:controlad[ao]s?|participad[ao]s?)\s+por|pertenecientes?\s+(?:al|a\s+la|a)|controllat[ao]\s+da(?:l|lla|llo|ll['’])?"
    r"|di\s+proprietà\s+d(?:i|el|ella)|appartenente\s+(?:al|alla|a)|im\s+Besitz\s+(?:von|des|der)"
    # control or property told as a state the unit is in ("passé sous le contrôle du fonds P", "tombé dans
    # le giron de P", "propriété de P", "passata sotto il controllo di P", "in mano al fondo P", "bajo el
    # control de P", "en manos de P", "under the control of P", "in the hands of P", "unter der Kontrolle
    # von P", "unter dem Dach von P")
    r"|(?:(?:passée?s?|placée?s?|tombée?s?|restée?s?)\s+)?sous\s+(?:le\s+)?contrôle\s+d(?:u|es|e|['’])"
    r"|(?:(?:passée?s?|tombée?s?|entrée?s?)\s+)?dans\s+le\s+giron\s+d(?:u|es|e|['’])|propriété\s+d(?:u|es|e|['’])"
    r"|(?:(?:passat|finit|rimast)[aoie]\s+)?sotto\s+il\s+controllo\s+d(?:i|el|ella|ello|ell['’]|ei|egli)"
    r"|(?:(?:passat|finit)[aoie]\s+)?in\s+mano\s+a(?:l|lla|llo|ll['’]|i|gli)?"
    r"|(?:(?:pasad[ao]s?|que\s+pasó)\s+)?(?:a|en)\s+manos\s+del?|bajo\s+(?:el\s+)?control\s+del?"
    r"|under\s+the\s+control\s+of|in\s+the\s+hands\s+of"
    r"|unter\s+(?:der\s+)?Kontrolle\s+(?:von|des|der)|unter\s+dem\s+Dach\s+(?:von|des|der))"
    + _OWNER_TAIL,
    re.IGNORECASE)
#: "the P-owned manufacturer", "die P-Tochter"
_OWNED_AFTER = re.compile(r"^-(?:owned|controlled|Tochter)\b"
                          # the German participle before the unit: "die ebenfalls zu P gehörende Y"
                          r"|^\s+gehörende[nmrs]?\b")


def _owner_only(text: str, ev_start: int, mentions: list, name: str, others: list) -> bool:
    aliases = bracketed_aliases(text, mentions)
    own = [m for m in mentions if m.canonical == name and id(m) not in aliases]
    if not own:
        return False
    for m in own:
        lo = max(ev_start, m.start - 80)
        u = _UNIT_OF.search(text, lo, m.start) or _OWNED_BY.search(text, lo, m.start)
        # (the unit noun itself may be a reference back to the unit, "La filial" = the unit named in the
        # sentence before: that is the phrase, not a company between it and the owner)
        if u is not None and not any(u.start() < o.start < m.start or (o.start == u.start() and o.source != "coref")
                                     for o in others):
            continue
        if _OWNED_AFTER.match(text[m.end : m.end + 12]):
            continue
        if _owner_of_subject(text, lo, m, others):
            continue
        return False
    return True


#: a company's owner told by the verb of its clause: "U gehört inzwischen zur P", "U is owned by P",
#: "U belongs to P", "U appartient au groupe P", "U fa capo alla P", "U pertenece al grupo P" - up to
#: three words of adverb between the company and the verb, three of the owner's description after it
_BELONGS_TO = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:"
    r"(?:is|was|has\s+been)\s+(?:(?:now|wholly|fully|majority|jointly)[\s-]+){0,2}(?:owned|controlled)\s+by|belongs\s+to"
    r"|gehört(?:e)?\s+(?:(?:ja|inzwischen|mittlerweile|heute|seit\s+\S+|mehrheitlich|vollständig|ganz|nun|jetzt)\s+)*(?:zu[rm]?|zu\s+de[mr])"
    r"|(?:appartient|appartenait)\s+(?:(?:désormais|aujourd['’]hui|depuis\s+\S+)\s+)?(?:au|aux|à\s+la|à\s+l['’]|à)"
    r"|(?:est|était)\s+(?:désormais\s+)?(?:détenue?|contrôlée?)\s+(?:à\s+\S+\s*%\s+)?par"
    r"|(?:appartiene|apparteneva|fa\s+capo|faceva\s+capo)\s+(?:ora\s+|oggi\s+)?(?:a|al|alla|allo|all['’]|ai)"
    r"|(?:è|era)\s+(?:ora\s+)?(?:controllat[ao]|di\s+proprietà)\s+d(?:a|al|alla|allo|all['’]|i|el|ella)"
    r"|(?:pertenece|pertenecía)\s+(?:hoy\s+|ahora\s+|desde\s+\S+\s+)?(?:a|al|a\s+la)"
    r"|(?:es|está)\s+(?:controlad[ao]\s+por|participad[ao]\s+por|en\s+manos\s+del?|bajo\s+el\s+control\s+del?)"
    r")" + _OWNER_TAIL,
    re.IGNORECASE)


def _owner_of_subject(text: str, lo: int, m, others: list) -> bool:
    """Whether ``m`` is the owner the verb of its clause gives the company right before it ("Covestro
    gehört inzwischen zur P", "U is owned by P"): another company, then the verb of belonging, then P."""
    subject = next((o for o in reversed(others) if lo <= o.start and o.end <= m.start and o.canonical != m.canonical), None)
    if subject is None or _BELONGS_TO.fullmatch(text, subject.end, m.start) is None:
        return False
    # (a relative on the owner makes it the subject of its own verb: "U is owned by P, which ships cells to C")
    return _RELATIVE_AFTER.match(text, m.end) is None


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|that|who|qui|que|dont|lequel|laquelle|che|cui|il\s+quale|la\s+quale|quien|cuy[oa]"
                             r"|die|der|das|dem|den|welche[rsmn]?)\b", re.IGNORECASE)


def drop_unit_owners(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies whose party is named only as the owner of the acting unit."""
    return drop_supplies(
        relations, doc,
        lambda text, inside, r: any(_owner_only(text, r.evidence.start, inside, name, inside) for name in (r.source, r.target)))
