"""Goods told with their maker alone, in the sentence after the one about the company that gets them.

    "Kessel opened its depot in Tarrow. The chargers come from Maltrix."     -> supplies Maltrix Kessel
    "Kessel baut in Tarrow. Die Ladesäulen stammen von Maltrix."             -> supplies Maltrix Kessel
    "Kessel costruisce a Tarrow. L'energia arriverà invece da Maltrix."     -> supplies Maltrix Kessel
    "Kessel construit à Tarrow. Les bornes sont fournies par Maltrix."       -> supplies Maltrix Kessel
    "Kessel construye en Tarrow. Los equipos los suministra Maltrix."        -> supplies Maltrix Kessel

A story about one company names who makes what for it and leaves the customer to the reader, as the
subject of the sentence before. part_makers.py reads this for a car's parts and a carmaker; here the
goods are any product or utility (power, hydrogen, steam, equipment), and the customer is the company
the sentence before is about (members.py's owner: its only company, or the one it opens with). The
sentence must name the maker and nothing else (its parent in an apposition aside), the goods must open
the clause, and the maker must not be the customer or of its group. A cross-sentence reading: low
confidence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .frames import CONTRAST_WORDS
from .known_roles import belongs_to
from .maker_appositions import apposed_owners
from .lone_driver import company_kinds, lone_pairs, peers, related, story_context, with_status
from .part_makers import _DESC, _DESC_DE, _OPENS, _PREDICATE
from .venture_sites import venture_customer
from ..entities.vocab import VEHICLE_MAKERS

__all__ = ["FIRST_PERSON", "goods_named", "lone_makers"]

#: goods a company buys that lexicon/products.py does not list: material, power, fuel, heat, machines, parts
_GOODS = {
    "en": re.compile(r"\b(?:materials?|output|electricity|power|energy|hydrogen|steam|gas|heat|equipment|machines|machinery|lines|chargers?"
                     r"|charging\s+(?:stations|points|units)|electrolysers?|electrolyzers?|furnaces?|presses|robots)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:matériaux|matériau|électricité|énergie|courant|hydrogène|vapeur|gaz|chaleur|équipements?|machines|lignes|bornes|chargeurs"
                     r"|électrolyseurs?|fours?|presses|robots)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:material[ei]|elettricità|energia|corrente|idrogeno|vapore|gas|calore|attrezzature|macchinari|macchine|linee"
                     r"|colonnine|caricatori|elettrolizzatori?|forni|presse|robot)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:material(?:es)?|electricidad|energía|hidrógeno|vapor|gas|calor|equipos|maquinaria|máquinas|líneas|cargadores"
                     r"|puntos\s+de\s+recarga|electrolizadores?|hornos|prensas|robots)\b", re.IGNORECASE),
    "de": re.compile(r"(?:material|teile|komponenten|strom|energie|wasserstoff|dampf|gas|wärme|anlagen|anlagentechnik|ausrüstung|maschinen|linien|ladesäulen|ladepunkte|lader"
                     r"|elektrolyseure?|öfen|pressen|roboter)\b", re.IGNORECASE),
}
#: the participle of a German passive after its agent ("werden von Y geliefert")
_DE_PARTICIPLE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:geliefert|zugeliefert|gefertigt|hergestellt|produziert|gebaut|bereitgestellt)\b")


#: the maker is the customer itself: "fertigt BMW selbst", "makes them in-house"
_SELF = {
    "en": re.compile(r"[^.;:]{0,25}?\b(?:itself|themselves|in-house)\b", re.IGNORECASE),
    "fr": re.compile(r"[^.;:]{0,25}?\b(?:lui-même|elle-même|eux-mêmes|en\s+interne)\b", re.IGNORECASE),
    "it": re.compile(r"[^.;:]{0,25}?\b(?:stess[oa]|in\s+casa|internamente)\b", re.IGNORECASE),
    "es": re.compile(r"[^.;:]{0,25}?\b(?:mism[oa]|internamente|en\s+casa)\b", re.IGNORECASE),
    "de": re.compile(r"[^.;:]{0,25}?\b(?:selbst|selber|im\s+eigenen\s+Haus)\b", re.IGNORECASE),
}


#: the goods of the one who speaks
FIRST_PERSON = {
    "en": re.compile(r"\b(?:my|our|we|us)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:mon|ma|mes|notre|nos|nous)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre|noi|ci)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:mi|mis|nuestro|nuestra|nuestros|nuestras|nos|nosotros)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|wir|uns)\b", re.IGNORECASE),
}




#: predicates part_makers.py does not read (its cars' parts are told in the present): a future or a
#: progressive passive, a utility's power ("powered by"), a German modal with the infinitive after the
#: maker ("Den Strom soll ab 2028 der Versorger Y liefern"), the Italian "continues to be supplied by", a
#: participle after the goods and a comma ("the machines, supplied by Y", "le linee, fornite dalla coreana Y",
#: "los equipos, suministrados por Y"), and a Spanish object fronted and taken up by its pronoun in any tense
#: ("La maquinaria la ha suministrado Y", "Las baterías las fabricaba Y"). These last (``loose``) say less of
#: whose goods they are (a contractor's, a plant's owner's?): their customer is the story's topic only
_MORE = {
    "en": re.compile(r"(?:\b(?:(?:is|are|was|were)\s+being|will\s+be|is\s+to\s+be|are\s+to\s+be)\s+(?:provided|supplied|delivered"
                     r"|built|powered|fed)|(?P<loose>,\s*(?:supplied|provided|delivered|manufactured)))\s+by\s+" + _DESC + "$", re.IGNORECASE),
    "fr": re.compile(r"(?:\b(?:proviendra|proviendront|arrivera|arriveront|viendra)\s+(?:(?:aussi|surtout|désormais|quant\s+à\s+elle)\s+)?"
                     r"(?:de|du|des|d['’])|\b(?:est|sont|sera|seront)\s+(?:(?:aussi|également|désormais)\s+)?(?:alimentée?s?|assurée?s?)\s+par"
                     r"|(?P<loose>,\s*(?:fourni|livré|fabriqué)e?s?\s+par))\s*"
                     + _DESC + "$", re.IGNORECASE),
    "it": re.compile(r"(?:\b(?:arriverà|proverrà|proverranno)\s+(?:(?:invece|anche|soprattutto)\s+)?"
                     r"|(?P<loose>\b(?:continua|continuano|continuerà|continueranno)\s+ad?\s+essere\s+fornit[aeio]\s+"
                     r"|,\s*fornit[aeio]\s+(?:(?:invece|anche|già|ora)\s+)?))(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*"
                     + _DESC + "$", re.IGNORECASE),
    "es": re.compile(r"(?:\b(?:llegará|procederá|vendrá|provendrá)\s+(?:(?:también|además)\s+)?(?:de|del)"
                     r"|(?P<loose>\b(?:los|las|lo|la)\s+(?:(?:ha|han|había|habían|habrá|habrán)\s+(?:fabricado|suministrado|producido|desarrollado"
                     r"|proporcionado|aportado|provisto)|(?:va|van|iba|iban)\s+a\s+(?:fabricar|suministrar|producir|aportar)"
                     r"|fabricaba|fabricaban|fabricó|fabricaron|fabricará|fabricarán|suministraba|suministraban|suministró|suministraron"
                     r"|suministrará|suministrarán|producía|producían|produjo|produjeron|producirá|producirán|proveía|proveyó|proveerá"
                     r"|aportaba|aportó|aportará)"
                     r"|,\s*(?:fabricad|suministrad|producid|proporcionad)[oa]s?\s+por))\s+" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(r"\b(?:soll|sollen|wird|werden)\s+(?:[\w-]+\s+){0,5}?" + _DESC_DE + "$", re.IGNORECASE),
}
#: the German infinitive that closes the modal's clause right after the maker
_DE_INFINITIVE = re.compile(r"\s+(?:liefern|zuliefern|bereitstellen|beisteuern|bauen|errichten)\b")


def goods_named(text: str, language: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names goods: a product of lexicon/products.py or one of ``_GOODS``."""
    return bool(engine.products_in(text[lo:hi])) or _GOODS[language].search(text, lo, hi) is not None


def _maker(doc: Document, sent, text: str, comps: list[Mention], language: str):
    """(maker mention, trigger span, a ``loose`` predicate) when the sentence tells goods coming from its one
    maker, else None."""
    first = comps[0]
    owners = apposed_owners(text, first, comps, sent.start)  # "Y, a joint venture of A and B"
    names = list(dict.fromkeys(_name(c) for k, c in enumerate(comps) if k not in owners))
    maker = _name(first)
    # the maker, and its parent in an apposition after it at most ("Y, a unit of Z")
    if any(n != maker and not belongs_to(maker, n) for n in names):
        return None
    m0, m1 = first.start - sent.start, first.end - sent.start
    # the more specific predicates first ("are being supplied by" is no "are" + a description)
    v = engine.ending_at(_MORE[language], text, m0, 90)
    if v is not None and language == "de" and not _DE_INFINITIVE.match(text, m1):
        v = None
    loose = v is not None and v.re.groupindex.get("loose") is not None and v.group("loose") is not None
    if v is None:
        v = engine.ending_at(_PREDICATE[language], text, m0, 90)
    if v is None:
        return None
    if v.re.groupindex.get("own") and v.group("own"):
        return None  # "the chips are X's": part_makers' reading, of a car
    if v.re.groupindex.get("passive") and v.group("passive") and not _DE_PARTICIPLE.match(text, m1):
        return None
    lo = max([0, *(o.end() for o in _OPENS.finditer(text, 0, v.start()))])
    if FIRST_PERSON[language].search(text, 0, v.start()):
        return None  # "My battery was made by Y", "Unsere Zellen kommen von Y": the speaker's, not the story's
    if v.start() - lo > 110 or not goods_named(text, language, lo, m0 if language == "de" else v.start()):
        return None
    return first, v.span(), loose


#: a contrast that joins two clauses of goods and their makers ("The cathode is supplied by X, while the
#: separator comes from Y", "L'automatisation a été livrée par X, tandis que l'électricité est fournie par Y")
#: (French elides "que" before a vowel: "tandis qu'un autre fournisseur"; Spanish may drop "que": "mientras la
#: electricidad llega de Y"; the contrast words the frames know, ``frames.CONTRAST_WORDS``)
_CLAUSES = re.compile(r"\b(?:" + CONTRAST_WORDS + r")\b|;", re.IGNORECASE)


def _makers(doc: Document, sent, text: str, comps: list[Mention], language: str) -> list:
    """The readings of ``_maker``: of the whole sentence, else of each clause a contrast sets apart, each
    with its own goods and its one maker (its parent in an apposition aside)."""
    one = _maker(doc, sent, text, comps, language)
    if one is not None:
        return [one]
    cuts = [m.start() for m in _CLAUSES.finditer(text)]
    if not cuts or len(comps) < 2:
        return []
    out = []
    for lo, hi in zip([0, *cuts], [*cuts, len(text)]):
        part = [c for c in comps if lo <= c.start - sent.start < hi]
        if part and (got := _maker(doc, sent, text, part, language)) is not None:
            out.append(got)
    # every maker of the sentence told so: a clause of another tie ("X supplies Korvan, while Y ...") reads none
    return out if {_name(c) for c in comps} <= {_name(r[0]) for r in out} | _parents(out, comps) else []


def _parents(readings, comps: list[Mention]) -> set[str]:
    """The companies an apposition on a reading's maker names as its owners."""
    return {_name(c) for r in readings for c in comps if c is not r[0] and belongs_to(_name(r[0]), _name(c))}


def lone_makers(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, customer's sentence, Found) for each maker of goods so told."""
    if language not in _PREDICATE:
        return []
    lex = engine.compiled(language)
    out = []
    patterns = (_MORE[language], _PREDICATE[language])
    read = lambda sent, text, comps: _makers(doc, sent, text, comps, language) or None  # noqa: E731
    topics, _ = story_context(doc, per_sentence)
    names = lambda readings: list(dict.fromkeys(_name(r[0]) for r in readings))  # noqa: E731
    for pair in lone_pairs(doc, per_sentence, patterns, read, names, upstream=True, trials=True):
        out.extend(_supplies(doc, per_sentence, language, lex, pair, topics))
    return out


def _supplies(doc: Document, per_sentence, language: str, lex, pair, topics) -> list:
    """The supplies of each reading of one sentence's makers to the customer the story gives."""
    out = []
    for maker_m, trigger, loose in pair.reading:
        customer, sectors, sent = pair.other, pair.sectors, pair.sent
        if loose and customer != topics.get(sent.story):
            continue  # whose goods a participle or a fronted object tells: the story's company only
        maker = _name(maker_m)
        if not company_kinds(maker, sectors) or company_kinds(maker, sectors) & VEHICLE_MAKERS:
            continue  # a maker of unknown kind may be the customer itself ("The motors are made by Brixo")
        if _SELF[language].match(pair.text, maker_m.end - sent.start) or peers(maker, customer, sectors):
            continue
        if customer == maker or related(customer, maker):
            continue
        if not loose:  # (a loose reading holds to the story's topic)
            customer = venture_customer(doc, per_sentence, customer)  # a venture's plant: the venture, not its parent
        if customer == maker:
            continue
        span = (maker_m.start - sent.start, maker_m.end - sent.start)
        product = engine.products_in(pair.text[max(0, trigger[0] - 80) : trigger[1]])
        got = with_status(lex, pair, trigger[0], trigger[1], [span],
                          lambda status, dconf: engine.Found("supplies", maker, customer, status, 0.45 + dconf,
                                                             product[-1][1] if product else None, trigger))
        if got is not None:
            out.append(got)
    return out
