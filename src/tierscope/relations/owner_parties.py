"""Who may be a party to a tie of ownership (owns, acquires, invests_in): not a marque, a family, a
person, nor a plant named after its owner.

The frames read a stake, a purchase or a parent wherever two names stand around the right words.
Some of those names are no company of the story in that sentence:

* a marque the sentence calls a brand of its owner: "MG, the brand of SAIC", "la marca de SAIC",
  "Eigentümer der Marke MG": the labelling guidelines list no brand as a company, so a brand's
  ownership is not told (a marque's ownership told plainly stays with the company that carries the
  name: "PSA bought Opel"). A stake "in Peugeot", one of the gazetteer's marques, is a stake in its
  group (brand_owner), as the deals of a marque are;
* a family or a person: "Peugeot Invest, the investment arm of the Peugeot family", "la famille
  Peugeot", "la familia Riberas", "die Familie Porsche", "la famiglia Agnelli", "the mining magnate
  Gina Example", "l'industriel Jean Exemple": the company graph has companies, and the family's
  vehicle (named beside it) is the holder;
* a plant named after its owner, on the side of what is owned: "a stake in Ultium's Lansing plant",
  "l'usine Alpine de Dieppe", "la planta Seat de Martorell", "das Werk BMW in Leipzig".

A party is dropped only where every mention of it in the tie's evidence is one of these (a name the
sentence also gives plainly keeps its tie).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..doc import Document, Relation
from ..scan.page_windows import page_may_hold_in
from .engine import company_name
from .known_roles import brand_owner

__all__ = ["called_brand", "drop_non_parties"]

_OWNERSHIP = ("owns", "acquires", "invests_in")
_I = re.IGNORECASE

_BRAND_NOUN = r"(?:brands?|marques?|marcas?|march(?:io|i)|Marken?|Automarken?|Automarke)"
# "the brand MG", "la marque chinoise MG", "il marchio MG", "die Marke MG" (not "the brand of SAIC")
_BRAND_BEFORE = re.compile(
    _BRAND_NOUN + r"(?:\s+(?!(?:of|de|du|des|del|della|di|von|der|des)\b)[\w-]+)?\s+$", _I)
# "MG, the brand of SAIC", "MG, la marca del grupo SAIC", "the MG brand" (not "Proton, la marca malaya en la
# que Geely posee ...": a company news calls a brand, whose owner the phrase does not give)
_BRAND_AFTER = re.compile(
    r"(?:\s*,\s*(?:(?:the|its|a|la|le|el|il|sa|su|une|una|un|die|eine|ihre|seine|deren|dessen)\s+)?"
    r"(?:[\w-]+\s+)?" + _BRAND_NOUN + r"\s+(?:\w+\s+)?(?:of|de|du|des|del|della|dello|di|von|der|des)\b|\s+" + _BRAND_NOUN + r"\b)", _I)

_FAMILY_NOUN = r"(?:famil(?:y|ies|le|les|ia|ias|ie)|famigli[ae]|Familie|Familien|Eigentümerfamilie|Gründerfamilie|dynast(?:y|ie|ía))"
# "la famille Peugeot", "der Familie Porsche", "della famiglia Agnelli"; the second of two families after
# their plural noun: "der Familien Arlberg und Seidl", "the families Norvik and Selvio"
_FAMILY_BEFORE = re.compile(_FAMILY_NOUN + r"\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]+\s+(?:und|and|et|e|y)\s+)?$", _I)
# "the Peugeot family", "die Porsche-Familie", "the Agnelli family's holding"
_FAMILY_AFTER = re.compile(r"(?:\s+|-)(?:family|families|Familie|Familien|dynasty)\b", _I)

# a person's noun before the name, with a given name between at most: "the magnate Gina Example",
# "industrialist Ravi Example", "l'homme d'affaires Jean Exemple", "der Unternehmer Hans Beispiel"
_PERSON_BEFORE = re.compile(
    r"\b(?:magnates?|tycoons?|billionaires?|industrialists?|businessman|businesswoman|entrepreneurs?|heiress|heir"
    r"|magnats?|milliardaires?|homme\s+d['’]affaires|femme\s+d['’]affaires|héritière|héritier"
    r"|miliardari[oa]|imprenditor[ei]|imprenditrice|ereditiera|erede"
    r"|multimillonari[oa]|millonari[oa]|empresari[oa]|heredera|heredero"
    r"|Milliardär(?:in)?|Unternehmer(?:in)?|Industrielle[rn]?|Erbin|Magnat(?:in)?)"
    r"\s+(?:[A-ZÀ-Ý][\w'’-]+\s+)?$")

_PLANT_NOUN = (r"(?:plants?|factory|factories|gigafactory|gigafactories|site|works|mill|refinery|facility|Werk|Werks|Fabrik"
               r"|usine|planta|fábrica|factoría|stabilimento|fabbrica|impianto)")
# "Ultium's Lansing plant", "Ford's Cologne site", "BMW's plant"
_PLANT_POSSESSIVE = re.compile(r"['’]s?\s+(?:[A-Z][\w-]+\s+){0,3}" + _PLANT_NOUN + r"\b", _I)
# "l'usine Alpine de Dieppe", "la planta Seat de Martorell", "das Werk BMW in Leipzig", "the plant Volvo in Ghent"
_PLANT_BEFORE = re.compile(r"\b" + _PLANT_NOUN + r"\s+$", _I)
_PLACE_AFTER = re.compile(r"\s+(?:de|d['’]|di|in|à|a|en|im|at|near|bei|près\s+de|vicino\s+a|cerca\s+de)\s*[A-ZÀ-Ý]")


def _before(rx: re.Pattern, text: str, lo: int, hi: int) -> bool:
    """``rx.search(text, lo, hi)``, after a literal test on the stretch (``text`` is the page's: only the
    literals the page holds are looked for, scan/page_windows.py: speed)."""
    return page_may_hold_in(rx, text, lo, hi) and rx.search(text, lo, hi) is not None


def _brand(text: str, m) -> bool:
    return bool(_before(_BRAND_BEFORE, text, max(0, m.start - 40), m.start) or _BRAND_AFTER.match(text, m.end))


#: the same test for the supply filter (``brand_parties``)
called_brand = _brand


def _family_or_person(text: str, m) -> bool:
    return bool(_before(_FAMILY_BEFORE, text, max(0, m.start - 45), m.start) or _FAMILY_AFTER.match(text, m.end)
                or _before(_PERSON_BEFORE, text, max(0, m.start - 60), m.start))


def _plant(text: str, m) -> bool:
    return bool(_PLANT_POSSESSIVE.match(text, m.end)
                or (_PLANT_BEFORE.search(text, max(0, m.start - 20), m.start) and _PLACE_AFTER.match(text, m.end)))


def _all_cued(text: str, inside: list, name: str, tests) -> bool:
    """Whether the tie's evidence (``inside``: its company mentions) names ``name`` and every plain
    mention of it there passes one of ``tests``."""
    # (a reference back to it, "the group", is the company itself: "des Konzerns ..., über die die
    # Familie Schaeffler ihre Anteile bündelt")
    named = [m for m in inside if company_name(m) == name]
    return bool(named) and all(any(t(text, m) for t in tests) for m in named)


def drop_non_parties(out: list[Relation], doc: Document) -> list[Relation]:
    """``out`` without the ownership ties one of whose parties is a marque, a family, a person or a
    plant where the evidence names it; a stake in a marque is a stake in its group."""
    kept = []
    # the page's company mentions by start, once: each tie takes those of its evidence by bisection
    # rather than a walk over every mention of the page (speed; the tests below ask of them in any order)
    comps: list | None = None
    for r in out:
        if r.type not in _OWNERSHIP:
            kept.append(r)
            continue
        if comps is None:
            comps = sorted((m for m in doc.mentions or () if m.label == "COMPANY"), key=lambda m: m.start)
            starts = [m.start for m in comps]
        inside = comps[bisect_left(starts, r.evidence.start) : bisect_left(starts, r.evidence.end)]
        text = doc.text
        group = brand_owner(r.target)
        if r.type == "invests_in" and group and not brand_owner(r.source) and not _all_cued(text, inside, r.target, (_brand, _plant)):
            # "Dongfeng entered the capital of Peugeot": its group's capital (as a marque's deals are)
            if group != r.source and not any((o.type, o.source, o.target) == (r.type, r.source, group) for o in out):
                r.target = group
                kept.append(r)
            continue
        if _all_cued(text, inside, r.source, (_family_or_person,)) or _all_cued(text, inside, r.target, (_brand,)):
            continue
        if r.type != "owns" and _all_cued(text, inside, r.target, (_family_or_person,)):
            continue  # "X, el vehículo inversor de la familia Y, posee el 14%": no stake in the family (the
            # company a family's holding owns is often named by the family: "die IHO Holding der Familie
            # Schaeffler" owns Schaeffler)
        if _all_cued(text, inside, r.target, (_plant,)):
            continue
        kept.append(r)
    return kept
