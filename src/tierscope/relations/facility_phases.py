"""The expansion of a plant told with the capacity it adds: "a second phase that would add 10,000
tonnes a year", "Une seconde tranche de 14 GWh, qui porterait la capacité totale à 30 GWh", "Eine
zweite Ausbaustufe mit weiteren 16.000 Tonnen", "una ampliación que añadirá otras 15.000 toneladas",
"la seconda fase aggiungerà 8 GWh".

Why: reporters tell a plant's next phase, tranche or extension in a sentence of its own, with the
amount it adds; the guidelines label such an expansion as a plant of its own at the same place, its
capacity the amount added. Read as a fact of the plant before, the added amount either went to that
plant (when it had no capacity yet) or was lost. ``added_amounts`` finds the amount a sentence adds;
the extractor keeps it from the plant's own capacity and tells the expansion as a copy of the plant
it belongs to (``expansion_of``).
"""

from __future__ import annotations

import re

from ..entities.quantities import parse_number
from .facility_places import _same_place

# a phase after the first, or an extension: "second phase", "phase two", "a second 25,000-tonne
# phase", "seconde tranche", "deuxième bloc", "zweite Ausbaustufe", "segunda fase", "ampliación"
# (a word of adding is a cue too: "would add", "ajoutera", "añadirá", "aggiungerà", "um weitere")
_ORDINAL = {
    "en": r"second|third|fourth|next|further|additional",
    "fr": r"seconde?|deuxième|troisième|prochaine?|nouvelle",
    "de": r"zweite[nrs]?|dritte[nrs]?|nächste[nrs]?|weitere[nrs]?",
    "it": r"second[ao]|terz[ao]|prossim[ao]|nuov[ao]",
    "es": r"segund[ao]|tercer[ao]?|próxim[ao]|nuev[ao]",
}
_STAGE = {
    "en": r"phase|stage|tranche",
    "fr": r"phase|tranche|étape|bloc",
    "de": r"(?:Ausbau)?[Ss]tufe|Phase|Bauabschnitt|Ausbaustufe",
    "it": r"fase|tranche|lotto",
    "es": r"fase|etapa",
}
_CUES = {
    "en": r"\bphase (?:two|three|2|3|II|III)\b|\b(?:expansion|extension)\b|\b(?:add|adds|adding|added)\b|\banother(?= \d)|\ba further(?= \d)",
    "fr": r"\b(?:extension|agrandissement)\b|\bajout(?:e|er|era|erait|eront|ant)\b|^\W{0,3}(?:le|la) (?:seconde?|deuxième|troisième)\b",
    "de": r"\b(?:Erweiterung|Ausbau)\b|\berweiter\w*|\bum weitere\b|\bweitere[n]?(?= \d)|\bzusätzliche[n]?(?= \d)",
    "it": r"\b(?:ampliamento|espansione|estensione)\b|\baggiung\w+|\bulterior[ie](?= \d)|\baltr[ie](?= \d)",
    "es": r"\b(?:ampliación|extensión|expansión)\b|\bañad\w+|\bsumará\b|\botr[ao]s(?= \d)|(?<=\d )\w+ más\b|\d+ más\b",
}
_COMPILED: dict[str, re.Pattern] = {}


def _cue_rx(lang: str) -> re.Pattern:
    lang = lang if lang in _CUES else "en"
    got = _COMPILED.get(lang)
    if got is None:
        # the ordinal, then at most two words (an amount: "a second 25,000-tonne phase"), then the stage
        ordinal = rf"\b(?:{_ORDINAL[lang]})\s+(?:[\w.,'’-]+\s+){{0,2}}?(?:{_STAGE[lang]})\b"
        got = _COMPILED[lang] = re.compile(rf"{ordinal}|{_CUES[lang]}", re.I if lang != "de" else 0)
    return got


# an amount in tonnes as an expansion states it: "15,000 tonnes", "25,000-tonne", "16.000 Tonnen"
_TONNES = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)[\s-]?"
    r"(?P<mult>(?i:thousand|mila|mil|tausend))?[\s-]?(?:(?i:de|di)\s)?(?i:tonnes|tonne|tons|ton|tonnen|tonnellate|toneladas|t)(?!\w)"
)
# what comes right before an amount that is the plant's total after the expansion, not the amount
# added: "porterait la capacité totale du site à 30 GWh", "bringing the total to 40 GWh", "hasta un
# total de 300.000", "aux 9 GWh déjà installés"
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:total\w*|insgesamt|gesamt\w*|complessiv\w*)\b[^.;]{0,30}|(?<!\bup )\bto\s+|\bauf\s+|\bà\s+|\baux\s+|\bhasta\s+|\bfino a\s+|\bjusqu['’]à\s+)$",
    re.I,
)
# what may stand between the cue and the amount it adds: a preposition, a word of more or of about,
# a word of production or capacity, a comma ("a second phase of another 15,000 tonnes", "mit weiteren
# 16.000 Tonnen", "une deuxième tranche de production de 20 GWh", "La deuxième tranche, de 16 GWh");
# no other noun, whose amount it is ("añadirá una prensa de 8.000 toneladas": a machine's tonnage)
_FILLER = re.compile(
    r"(?:\s*,?\s*(?:of|de|d['’]|di|del|da|mit|von|um|con|with|avec|a|an|une?|una?|ein\w*|otr[ao]s|altr[ie]|another|a further|further|weitere[nr]?|"
    r"zusätzliche[nr]?|supplémentaires?|some|about|around|up to|roughly|nearly|environ|quelque|près de|circa|"
    r"unos|unas|rund|etwa|bis zu|jusqu['’]à|hasta|fino a|production|produzione|producción|Produktion|capacit\w*|"
    r"capacidad|Kapazität)\b)*\s*,?\s*", re.I)
# an amount in tonnes written as the size of a thing other than a phase: "a 6,000-tonne press"
_SIZE_OF_A_THING = re.compile(r"\d[\d.,]*-(?:tonnes?|tons?|t)\s+(?!(?:phase|stage|tranche|expansion|extension|line)\b)[a-z]")
_WINDOW = 70  # (characters from the cue's end to the amount it states; the cue may follow it: "2 GWh más")


def _amounts(text: str, base: int, ms, language: str) -> list[tuple[int, dict]]:
    """(start in the sentence, capacity) of the amounts of the sentence that a plant can make a year:
    the CAPACITY mentions, and amounts in tonnes (a year, as an expansion's amount always is)."""
    out = []
    taken = []
    for m in ms:
        if m.label == "CAPACITY" and m.attrs.get("value") is not None and m.attrs.get("unit"):
            out.append((m.start - base, {"value": m.attrs["value"], "unit": m.attrs["unit"]}))
            taken.append((m.start - base, m.end - base))
        elif m.label == "MONEY":
            taken.append((m.start - base, m.end - base))
    for x in _TONNES.finditer(text):
        if any(a < x.end() and x.start() < b for a, b in taken):
            continue
        try:
            value = parse_number(x.group("num"), language)
        except ValueError:
            continue
        if (x.group("mult") or "").casefold() in ("thousand", "mila", "mil", "tausend"):
            value *= 1000
        out.append((x.start(), {"value": value, "unit": "t/y"}))
    return sorted(out, key=lambda a: a[0])


def added_amounts(text: str, base: int, ms, language: str | None) -> list[tuple[int, dict]]:
    """(start in the sentence, capacity) of the amount the sentence says an expansion adds: the
    first amount from a cue of a later phase or of adding on, within a short stretch after it (or
    right before a Spanish "más"), that is no total after the expansion. Empty where none."""
    lang = language or "en"
    rx = _cue_rx(lang)
    cues = list(rx.finditer(text))
    if not cues:
        return []
    amounts = _amounts(text, base, ms, lang)
    if not amounts:
        return []
    out: list[tuple[int, dict]] = []
    for cue in cues:
        for pos, cap in amounts:
            if not (cue.start() - 12 <= pos <= cue.end() + _WINDOW):
                continue
            if pos < cue.start() and not cue.group(0).casefold().endswith("más"):
                continue  # (only Spanish puts the word of adding after the amount: "2 GWh más")
            if _TOTAL_BEFORE.search(text, max(0, pos - 40), pos):
                continue
            if _SIZE_OF_A_THING.match(text, pos):
                continue  # ("add a 6,000-tonne press": the size of a machine)
            if pos > cue.end() and not _FILLER.fullmatch(text, cue.end(), pos):
                continue  # (the cue's own amount only: not "añadirá una prensa de 8.000 toneladas")
            if (pos, cap) not in out:
                out.append((pos, cap))
            break
    return out[:1]


def expansion_of(cands, i: int, latest, ms, cap: dict, topic: str | None = None):
    """The plant the expansion told in sentence ``i`` belongs to, among the extractor's candidates
    (each with ``story``, ``first``, ``last``, ``owner``, ``location``, ``capacity``): the plant of the
    story whose place the sentence names, else the plant the sentence itself names first, else the
    plant of ``topic`` (the company the story is about: a story on a plant's expansion also names its
    customers' and suppliers' plants, and the one told last may be theirs) told last before the
    sentence, else ``latest`` (the story's latest plant before the sentence). None where that plant has no owner or no place,
    or where a plant of that owner and place has the amount already."""
    if latest is None and not any(c.first == i for c in cands):
        return None
    story = latest.story if latest is not None else next(c.story for c in cands if c.first == i)
    known = [c for c in cands if c.story == story and c.first <= i and c.owner and c.location]
    places = [m.text for m in ms if m.label == "PLACE"]
    named = [c for c in known if any(_same_place(p, c.location) for p in places)]
    here = [c for c in known if c.first == i]
    if latest in known and (topic is None or latest.owner == topic):
        topical = [latest]  # (the topic's plant told last: the one the story speaks of)
    else:
        topical = sorted((c for c in known if topic and c.owner == topic), key=lambda c: c.first)[-1:]
    plant = (named or here or topical or [None])[0]
    if plant is None:
        plant = latest if latest in known else None
    if plant is None:
        return None
    if any(c.owner == plant.owner and c.location and _same_place(c.location, plant.location) and c.capacity == cap
           for c in cands):
        return None
    return plant
