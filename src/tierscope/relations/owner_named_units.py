"""A unit named together with its owner's name is the party, not the owner.

    "Kestrel will supply cells to Brixo's battery unit Norvik"     -> supplies Kestrel Norvik (not Brixo)
    "Kestrel will deliver cells to Brixo subsidiary Norvik"        -> supplies Kestrel Norvik
    "Kestrel signed a licence deal with Brixo's battery company Norvik" -> Kestrel and Norvik (not Brixo)
    "a joint venture of Kestrel and Brixo's battery unit Norvik"   -> joint_venture Kestrel Norvik
    "das Gemeinschaftsunternehmen von Kestrel und der Brixo-Batterietochter Norvik"
    "Kestrel beteiligt sich an der Brixo-Softwaresparte Norvik"     -> invests_in Kestrel Norvik
    "une coentreprise avec la filiale de batteries de Brixo, Norvik", "con la controllata di Brixo,
    Norvik", "con la filial del grupo Brixo, Norvik", "with the battery unit of Brixo, Norvik"

"the Volkswagen unit" with no name after it stands for the one unit of that owner the gazetteer knows
and the sentence names elsewhere ("supplies PowerCo through Ionway, its joint venture with the
Volkswagen unit"). The owner's name there only says whose unit the named company is: before the unit noun in English (a
possessive or a bare modifier) and German (a compound: "Brixo-Tochter", "VW-Batterietochter"), after it
in a genitive with the unit in apposition ("the unit of Brixo, Norvik", "la filiale de Brixo, Norvik").
The frames take the first name of the phrase for the party, the owner's, and in the genitive form may
read the unit noun as an apposition on a name before it ("Kestrel e la controllata di Brixo" read as
Brixo owning Kestrel). The labelling guidelines tie a deal to the company that makes it: the unit (and
the owner to it by ``owns``, which the phrase states). A tie whose party is named in its sentence only
so takes the unit in its place, an ownership the owner was given over another company is its ownership
of the unit, and the ownership is added where no frame read it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .engine import Found
from .known_roles import known_parent

__all__ = ["names_a_unit", "units_for_owners"]

_I = re.IGNORECASE

#: between the owner and the unit: "'s battery unit", " subsidiary", "'s electric-vehicle arm"
#: (the words between modify the unit noun: never a conjunction, a determiner or a preposition, which
#: start another phrase: "to Brixo and its unit Norvik" names two customers)
_FUNCTION_WORDS = r"(?:and|or|but|nor|its|their|his|her|the|a|an|this|that|to|of|for|with|from|by|at|in|on|as|via)\b"
#: what a company named after another's possessive may be besides its unit (its owner too: "Brixo's parent
#: company Norvik", "its holding company", "its controlling company" own Brixo)
_NOT_OWNED = r"(?:sister|fellow|rival|competing|partner|peer|former|customer|client|supplier|portfolio|parent|holding|controlling|mother|owning)\b"
_GAP = re.compile(r"(?:(?:'s|’s|'|’)?\s+(?:(?!" + _FUNCTION_WORDS + r")(?-i:[a-z])[\w-]*\s+){0,2}?"
                  r"(?:unit|subsidiary|division|arm|affiliate)"
                  # after a possessive a company or business is the owner's too ("Brixo's battery company
                  # Norvik"); with no possessive "the Brixo battery company" may name a supplier of Brixo's
                  # ("Brixo's sister company Norvik" is no unit of Brixo's, nor its rival, partner or customer)
                  r"|(?:'s|’s)\s+(?:(?!" + _FUNCTION_WORDS + r"|" + _NOT_OWNED + r")(?-i:[a-z])[\w-]*\s+){0,2}?(?:company|business))\s+", _I)
#: German: the owner opens a compound whose head is the unit noun ("Brixo-Tochter", "VW-Batterietochter",
#: "Brixo-Softwaresparte", "Brixo-Tochtergesellschaft"), the unit's name right after it
_DE_GAP = re.compile(r"-[A-Za-zÄÖÜäöüß]*(?:[Tt]ochter(?:gesellschaft|firma|unternehmen)?|[Ss]parte|[Ee]inheit|[Dd]ivision)\s+")
#: the genitive form: the unit noun, up to three words (adjectives, "de batteries", "del grupo alemán"),
#: the preposition and up to two words more right before the owner ("the battery unit of Brixo",
#: "la filiale française du groupe Brixo", "la controllata di Brixo", "la filial de baterías del grupo Brixo",
#: "der Tochter des Konzerns Brixo"); the unit follows the owner after a comma
_UNIT_OF = re.compile(
    r"\b(?:unit|subsidiary|division|arm|affiliate|filiale|filial|controllata|divisione|(?-i:branche)|división"
    r"|(?-i:Tochter)(?:gesellschaft|firma|unternehmen)?|(?-i:Sparte))"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:of(?:\s+the)?|d[eiu]|de\s+la|del|della|dello|dell'|des|d'|von|vom|der)"
    r"(?:\s+|(?<='))(?:(?:the|le|la|les|il|lo|el|los|der|des|dem)\s+)?(?:[\w-]+\s+){0,2}?$", _I)
_HELD = frozenset(("owns", "acquires", "invests_in"))
_REACH = 90  # characters before the owner searched for the genitive form
#: a unit noun right after the owner, whether a name follows or not ("the Volkswagen unit", "die VW-Tochter")
_NOUN_AFTER = {
    "en": re.compile(r"(?:'s|’s|'|’)?\s+(?:(?!" + _FUNCTION_WORDS + r")(?-i:[a-z])[\w-]*\s+){0,2}?"
                     r"(?:unit|subsidiary|division|arm|affiliate)\b", _I),
    "de": re.compile(r"-[A-Za-zÄÖÜäöüß]*(?:[Tt]ochter(?:gesellschaft|firma|unternehmen)?|[Ss]parte|[Ee]inheit|[Dd]ivision)\b"),
}
#: after a unit named in apposition: another name of a list ("la filiale de Brixo, Norvik et Tarvel" may
#: name three), which leaves the apposition in doubt
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s(?:and|or|e|ed|o|et|ou|y|und|oder|sowie)\s+)(?:\S+\s+){0,2}?", _I)


def names_a_unit(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``text[start:end]`` only says whose unit a unit noun names: the noun right after
    it ("Volkswagen's battery unit", "the Volkswagen unit", "die VW-Batterietochter") or before it with a
    genitive ("the unit of Volkswagen", "la filiale de Volkswagen", "la filial del grupo Volkswagen")."""
    after = _NOUN_AFTER.get(lang)
    return bool((after is not None and after.match(text, end))
                or _UNIT_OF.search(text, max(0, start - _REACH), start))


def _genitive_unit(text: str, spans, k: int) -> bool:
    """Whether the name ``spans[k]`` is the owner in "the unit of Owner, Unit" and the next name its unit."""
    s, e = spans[k][0], spans[k][1]
    if k + 1 >= len(spans) or not re.fullmatch(r",\s+", text[e:spans[k + 1][0]]):
        return False
    if not _UNIT_OF.search(text, max(0, s - _REACH), s):
        return False
    after = spans[k + 2] if k + 2 < len(spans) else None
    return after is None or not _LIST_GOES_ON.fullmatch(text, spans[k + 1][1], after[0])


def _owner_units(text: str, spans, lang: str) -> tuple[dict[str, str], set[str]]:
    """Owner name -> the unit named with it, for owners named in the sentence only so; and the owners
    whose unit is named beside them (not only elsewhere in the sentence)."""
    found: dict[str, set[str]] = {}
    beside: set[str] = set()
    other: set[str] = set()
    gap = _DE_GAP if lang == "de" else _GAP if lang == "en" else None
    for k, (s, e, name, *_) in enumerate(spans):
        nxt = next((o for o in spans[k + 1:] if o[0] >= e), None)
        if nxt is not None and nxt[2] != name and (
                (gap is not None and gap.fullmatch(text, e, nxt[0]))
                or (spans[k + 1] is nxt and _genitive_unit(text, spans, k))):
            found.setdefault(name, set()).add(nxt[2])
            beside.add(name)
        elif (after := _NOUN_AFTER.get(lang)) is not None and after.match(text, e) and (
                units := {o[2] for o in spans if o[2] != name and known_parent(o[2]) == name}) and len(units) == 1:
            # "its joint venture with the Volkswagen unit" where the sentence names that unit elsewhere
            found.setdefault(name, set()).update(units)
        else:
            other.add(name)
    owners = {p: min(units) for p, units in found.items() if p not in other and len(units) == 1}
    return owners, beside & owners.keys()


def _possessed_by(text: str, spans, name: str, possessor: str) -> bool:
    """Whether ``name`` is named right after ``possessor``'s possessive ("Vostra's Orvale")."""
    return any(a[2] == possessor and b[2] == name and re.fullmatch(r"(?:'s|’s|'|’)\s+", text[a[1]:b[0]])
               for a, b in zip(spans, spans[1:]))


def units_for_owners(text: str, spans, results: list, lang: str) -> list:
    """``results`` with a tie's party named only as the owner of the unit named with it given that unit."""
    owners, beside = _owner_units(text, spans, lang)
    if not owners:
        return results
    out, have = [], set()
    for f in results:
        unit = owners.get(f.source)
        if f.type == "owns" and unit is not None and f.target != unit and f.target not in owners:
            # the owner owns what the unit noun names: the unit (not a name the noun was read as apposed to)
            f = replace(f, target=unit)
        elif {f.source, f.target} & owners.keys() and not any(
                owners.get(a) == b for a, b in ((f.source, f.target), (f.target, f.source))) and not (
                f.type in _HELD and f.target in owners and _possessed_by(text, spans, f.target, f.source)):
            # (the owner held by its possessor is told of the owner itself: "Vostra's Orvale unit Brixo", Vostra owns Orvale)
            f = replace(f, source=owners.get(f.source, f.source), target=owners.get(f.target, f.target))
        if f.source == f.target or (f.type, f.source, f.target) in have:
            continue
        have.add((f.type, f.source, f.target))
        out.append(f)
    for owner, unit in sorted(owners.items()):
        # (the phrase states the ownership where it names the unit; "the group's parts affiliate" leaves
        # that to the frames)
        if owner in beside and not any({f.source, f.target} == {owner, unit} for f in out):
            at = next(s for s, _e, name, *_ in spans if name == owner)
            out.append(Found("owns", owner, unit, "active", 0.6, None, (at, at + len(owner))))
    return out
