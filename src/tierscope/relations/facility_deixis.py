"""A plant placed by an adverb of place that points back: "... aus dem ungarischen Göd. Dort baut X
eine weitere Halle", "... sulla costa di Pomalaa. Qui X sta costruendo un impianto", "... a
Dunkerque. X y construit une usine", "... en Navalmoral de la Mata. X levantará allí una fábrica",
"... at Figueruelas. The plant X will build there ...". Journalists name the town once and then
say "there": the plant stands in the town the sentence before names last.

Only a town (a city the place list knows, or a name after a locative word), never a country or
region (the sentence before may name a country only in passing), nor a town given as a head
office ("headquartered in", "mit Sitz in", "siège à", "con sede a", "con sede en").
"""

from __future__ import annotations

import re

from .facility_places import _KIND_PENALTY, _place_candidates

# the adverbs and pronouns of place, per language; not the existential "there is", "il y a", nor
# French "y compris", Spanish "de ahí que" ("hence"); Spanish "y" is "and", German "da" mostly "as"
_DEICTIC = {
    "en": re.compile(
        r"\b(?:there\b(?!\s*(?:'s|’s|is|are|was|were|will|would|has|have|had|may|might|could|should|can|must|"
        r"seems?|appears?|remains?|exists?|be|been|being|also|still|now|already|seemed|appeared|remained)\b)|"
        r"here\b(?!\s*(?:is|are|was|were|'s|’s)\b)|on(?: the)? site\b)", re.I),
    "de": re.compile(r"\b(?:dort|hier|vor Ort)\b", re.I),
    "fr": re.compile(
        r"(?<![\w'’-])(?:là-bas|ici|sur place)\b|(?<!-)\blà\b|"
        r"(?<![\w-])(?<!il )(?<!Il )(?<!n['’])y\b(?!\s+(?:compris|a|avait|aura|aurait|ait|eut|ont)\b)(?!-t-il)", re.I),
    # (not "al di là di", "beyond", nor "più in là", "later on")
    "it": re.compile(r"(?<![\w'’])(?:lì|(?<!di )(?<!in )là|qui|qua|ivi|sul posto|in loco)(?![\w'’])", re.I),
    # (not "de aquí a 2030", "from now until")
    "es": re.compile(r"(?<![\w])(?:allí|allá|ahí(?!\s+que)|(?<!de )aquí(?!\s+a\b)|acá)(?![\w])", re.I),
}

# a town given as a head office or as where the company is listed just before it: no plant's place
# ("headquartered in", "mit Sitz in", "la società quotata a", "cotée à", "cotizada en"; "Firmensitz" too,
# not "Besitz", property: "im Besitz der Stadt X")
_SEAT_BEFORE = re.compile(
    r"(?:headquartered|headquarters|head office|based|listed|(?<!be)Sitz|Zentrale|Hauptsitz|notiert|siège|basée?s?|cotée?s?|"
    r"sede|sede social|quotat[oaie]|domiciliad[oa]s?|afincad[oa]s?|cotizad[oa]s?)\s+(?:\w+\s+){0,2}$", re.I)
# a town named as the point another place lies from: "à 40 km au nord de Rabat", "near Zaragoza",
# "südlich von Berlin", "a pochi chilometri da Napoli", "cerca de Valencia"
_LANDMARK_BEFORE = re.compile(
    r"\b(?:north|south|east|west|near|close to|outside|from|nördlich|südlich|östlich|westlich|nahe|unweit|"
    r"nord|sud|est|ouest|ovest|près|loin|kilomètres|kilometres|kilometers|km|miles|chilometri|vicino|pressi|porte|"
    r"norte|sur|este|oeste|cerca|kilómetros|afueras)\s+(?:of|von|de|du|des|d['’]|di|da|del|della|dal|a|al)?\s*$", re.I)
# a named estate or park is no town ("im Industriegebiet Süd", "nel Parco Tecnologico")
_SITE_NAME = re.compile(r"\b(?:Park|Parc|Parco|Parque|Campus|Estate|Gewerbe\w*|Industrie\w*|Polígono|Zona|Zone)\b|park\b", re.I)


def deictic(text: str, language: str | None):
    """The first adverb of place of ``language`` in ``text`` that points back ("dort", "qui", "y",
    "allí", "there"), as a match, or None."""
    rx = _DEICTIC.get(language or "en")
    return rx.search(text) if rx is not None else None


def _towns(ctx, j: int, text: str, end: int) -> list:
    """The places of sentence ``j`` that may be a plant's town, before ``end``, in order."""
    base = ctx.doc.sentences[j].start
    return sorted(p for p in _place_candidates(ctx, text, base, ctx.per[j]) if p[1] <= end
                  and p[2] < _KIND_PENALTY["region"] and not _SITE_NAME.search(p[3])
                  and not _SEAT_BEFORE.search(text, max(0, p[0] - 40), p[0])
                  and not _LANDMARK_BEFORE.search(text, max(0, p[0] - 30), p[0]))


def deictic_place(ctx, i: int, text: str) -> str | None:
    """The town a sentence's "there" points to: the last town the sentence names before it ("Termoli
    ha un vantaggio: Stellantis, che qui ha già lo stabilimento"), else the last town the sentence
    before (in the same story) names; None when the sentence says no "there" or no town is found."""
    doc = ctx.doc
    hit = deictic(text, doc.language)
    if hit is None:
        return None
    towns = _towns(ctx, i, text, hit.start())
    if not towns and i > 0 and doc.sentences[i - 1].story == doc.sentences[i].story:
        before = ctx.text(i - 1)
        towns = _towns(ctx, i - 1, before, len(before))
    return towns[-1][3] if towns else None  # (the last named: "von A nach B. Dort ..." is B)
