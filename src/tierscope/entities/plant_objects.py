"""A plant noun that a supply goes to ("Kestrel will supply the plant with cathodes", "Kestrel alimentera le
site en électricité", "Kestrel abastecerá la planta de cátodos", "Kestrel rifornirà lo stabilimento di
catodi", "Kestrel wird das Werk mit Kathoden beliefern") stands for the plant's owner, the company whose
plant the story told of just before: a supply to a company's plant is a supply to it
(tests/golden/README.md). plant_openers.py reads the plant noun that opens a sentence as its subject;
this reads it as the object of a verb of supplying, anywhere in the sentence.

The owner is found in the nearest of the three sentences before that tells of a plant: its one company,
or of several the one the plant is said of ("the plant of X", "X's plant", "das X-Werk";
plant_openers._owners); a sentence that tells of a plant and leaves its owner open ends the search. Only
where the sentence names another company (the supplier) and not the owner (named, the frames read it);
the mention is the article and noun's span, and the plant readers still read the noun as the plant.
"""

from __future__ import annotations

import re

from ..doc import Mention
from ..scan.page_words import page_lower
from ..scan.sentences import may_hold
from .implied import pronoun_mention
from .plant_openers import _PLANT, _owners
from .gazetteer import gazetteer_parents
from .text import add_in_order

__all__ = ["find_plant_objects"]

_I = re.IGNORECASE
#: adverbs that may stand between the verb and its object
_ADV = {
    "en": r"(?:(?:also|already|now|still|directly|currently|soon)\s+)?",
    "fr": r"(?:(?:aussi|également|déjà|désormais|directement|encore)\s+)?",
    "it": r"(?:(?:anche|già|ora|direttamente|ancora)\s+)?",
    "es": r"(?:(?:también|ya|ahora|directamente)\s+)?",
    "de": r"",
}
#: a verb of supplying right before the plant noun, its object (or with the preposition of its recipient)
_SUPPLY_THEN_PLANT = {
    "en": r"\b(?:supply|supplies|supplied|supplying|power|powers|powered|powering|feed|feeds|feeding|equip|equips|"
          r"equipping|(?:deliver|delivers|delivered|delivering|ship|ships|shipped|shipping)\s+to)\s+{adv}"
          r"(?P<np>(?:the|this)\s+(?:new\s+)?(?:plant|factory|gigafactory|facility|site|refinery|smelter))\b",
    "fr": r"\b(?:aliment\w*|approvisionn\w*|équip\w*|fourni\w*|livr\w*)\s+{adv}(?:à\s+)?"
          r"(?P<np>(?:l['’]|cette\s+)(?:usine|gigafactory|installation)|(?:le|ce)\s+(?:nouveau\s+)?site"
          r"|(?:la|cette)\s+(?:nouvelle\s+)?raffinerie)\b",
    "it": r"\b(?:aliment\w*|riforn\w*|forni\w*|fornisc\w*|consegn\w*)\s+{adv}"
          r"(?P<np>(?:lo|allo|questo|a\s+questo)\s+(?:nuovo\s+)?stabilimento|(?:l|all)['’]\s?impianto"
          r"|(?:la|alla|questa|a\s+questa)\s+(?:nuova\s+)?(?:fabbrica|gigafactory|raffineria))\b",
    "es": r"\b(?:abastec\w*|abastez\w*|aliment\w*|equip\w*|suministr\w*|entreg\w*|provee\w*)\s+{adv}(?:a\s+)?"
          r"(?P<np>(?:la|esta)\s+(?:nueva\s+)?(?:planta|fábrica|factoría|gigafactoría|refinería))\b",
    "de": None,  # the verb stands last or second: read below
}
_SUPPLY_RX = {k: re.compile(v.replace("{adv}", _ADV[k]), _I) for k, v in _SUPPLY_THEN_PLANT.items() if v}
#: German: the plant in the accusative and a verb of supplying in its clause, either side
_DE_PLANT = re.compile(r"\b(?P<np>(?:das|dieses)\s+(?:neue\s+)?Werk|(?:die|diese)\s+(?:neue\s+)?(?:Anlage|Fabrik|Gigafactory|Raffinerie))\b")
_DE_VERB = re.compile(r"\b(?:belieferst|beliefert|beliefern|belieferte|belieferten|versorgt|versorgen|versorgte|versorgten"
                      r"|ausstatten|ausgestattet|stattet)\b")
#: a relative clause right after the plant noun defines a plant of its own ("la fabbrica che sta costruendo
#: con Y"), not one told before
_RELATIVE = re.compile(r"\s*,?\s*(?:che|cui|que|qui|dont|which|that|where|où|dove|donde|den|die|das|der|wo)\b", _I)
#: a German preposition before the plant: "für das Werk" is a purpose, not the supply's object
_DE_PREPOSITION = re.compile(r"\b(?:für|in|bei|von|aus|zu|an|auf|über)\s+$", _I)
#: a plant named as where goods come from ("from its plant in Y", "desde su planta de"): the supplier's
#: site, not the plant the story follows
_FROM = re.compile(r"\b(?:from|desde|depuis|dalla|dallo|dal|da|aus|von|ab)\s+(?:\w+\s+){0,2}$", _I)
_DE_REACH = 80  # characters between the plant and its verb, no clause break
_LOOKBACK = 3  # sentences


def _targets(text: str, lo: int, hi: int, language: str):
    """(start, end) of each plant noun the sentence's supply goes to."""
    rx = _SUPPLY_RX.get(language)
    if rx is not None:
        return [m.span("np") for m in rx.finditer(text, lo, hi) if not _RELATIVE.match(text, m.end("np"))]
    if language != "de":
        return []
    out = []
    for m in _DE_PLANT.finditer(text, lo, hi):
        if m.start() == lo or _RELATIVE.match(text, m.end("np")) or _DE_PREPOSITION.search(text, max(lo, m.start() - 8), m.start()):
            continue  # the sentence's subject ("Das Werk beliefert ...": plant_openers.py), a plant of its own, "für das Werk"
        before, after = text[max(lo, m.start() - _DE_REACH) : m.start()], text[m.end() : min(hi, m.end() + _DE_REACH)]
        after = re.split(r"[,;:]", after, maxsplit=1)[0]
        before = re.split(r"[,;:]", before)[-1]
        if _DE_VERB.search(after) or _DE_VERB.search(before):
            out.append(m.span("np"))
    return out


_PLURAL = {"it": re.compile(r"(?:stabilimenti|impianti|fabbriche|miniere|raffinerie)$", _I),
           "de": re.compile(r"(?:werke|fabriken|anlagen|minen|raffinerien)$", _I)}
_PLURAL_S = re.compile(r"s$", _I)


def _plural(word: str, language: str) -> bool:
    """Is the plant noun plural ("several plants", "varias plantas", "die Werke")? A singular plant taken
    up later is not one of them."""
    return bool(_PLURAL.get(language, _PLURAL_S).search(word))


def _owner(text: str, sentences, s_index: int, companies, plant, language: str) -> Mention | None:
    """The company whose plant the nearest sentence before that tells of one is about, when it is clear."""
    story = sentences[s_index].story
    for back in range(s_index - 1, max(-1, s_index - 1 - _LOOKBACK), -1):
        sent = sentences[back]
        if sent.story != story:
            return None
        told = [p for p in plant.finditer(text, sent.start, sent.end)
                if not _FROM.search(text, max(sent.start, p.start() - 30), p.start()) and not _plural(p.group(0), language)]
        if not told:
            continue  # no plant, or only the site goods come from
        prior = [c for c in companies.get(back, ()) if c.canonical and not c.attrs.get("implied")]
        if len({c.canonical for c in prior}) != 1:
            prior = _owners(text, prior, plant)
        return prior[0] if len({c.canonical for c in prior}) == 1 else None
    return None


def find_plant_objects(text, sentences, language: str, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions (the plant noun's span, ``attrs["pronoun"]``, ``attrs["plant"]``) for a plant noun
    that a supply goes to, standing for the company whose plant the sentences before told of."""
    plant = _PLANT.get(language)
    if plant is None or (language not in _SUPPLY_RX and language != "de"):
        return []
    out: list[Mention] = []
    # (only the sentences that hold one of the literals every match of ``_targets``' pattern holds are read)
    holds = may_hold(_SUPPLY_RX.get(language, _DE_PLANT), text, page_lower(text), [(s.start, s.end) for s in sentences])
    for s_index in range(1, len(sentences)):
        if not holds[s_index]:
            continue
        sent = sentences[s_index]
        spans = _targets(text, sent.start, sent.end, language)
        if not spans:
            continue
        here = [c for c in companies.get(s_index, ()) if c.canonical]
        if not here:
            continue  # no supplier named: the sentence tells of the plant itself
        owner = _owner(text, sentences, s_index, companies, plant, language)
        if owner is None or any(c.canonical == owner.canonical for c in here):
            continue  # the owner is named here: the frames read its own mention
        if len({c.canonical for c in here if owner.canonical not in gazetteer_parents(c.canonical)}) != 1:
            continue  # several companies (not the owner's marques): whose plant it is may be one of them
        for start, end in spans:
            if occupied.overlaps(start, end):
                continue
            mention = pronoun_mention(start, end, text[start:end], s_index, owner)
            mention.attrs["plant"] = True  # the plant readers read the noun as a plant, not as its owner
            out.append(mention)
            occupied.add(start, end)
            subject[id(mention)] = False
            add_in_order(companies, s_index, mention)
    return out
