"""A plant placed by the sentence after it with a verb of being built or of coming into being and no
plant noun: "Brelix plans its first large plant. It will be built in X.", "Sie soll in X entstehen",
"Diese entsteht im Chempark X", "Gebaut wird sie in X", "Celle-ci sera construite à X", "Elle verra
le jour à X", "Sorgerà a X", "Questo sarà realizzato a X", "Se levantará en X", "Ésta será construida
en X". Journalists name the plant, then where it will stand.

The sentence must speak of the plant itself: it opens on a pronoun or a demonstrative (in German
one may stand after the verb: "Gebaut wird sie in X"), or, in Italian and Spanish, on the verb
itself (a subject left out). "The cars will be built in X" is no plant's place. Only a town (a city
the place list knows, or a name after a locative word), not a region or country: the sentence before
may have given the plant a country already, and the town is what is missing.
"""

from __future__ import annotations

import re

from .facility_cues import ANAPHOR
from .facility_places import _KIND_PENALTY, _location_full, _place_candidates

_BUILT = {
    "en": r"\b(?:(?:will|would|is to|are to|to|shall|could|may)\s+(?:be\s+)?|(?:is|are|was|were|be|being|been)\s+(?:being\s+)?)"
          r"(?:built|constructed|erected|sited|located|rise|go up)\b",
    "de": r"\b(?:entsteh(?:en|t)|entstand(?:en)?|errichtet|gebaut|hochgezogen|angesiedelt)\b",
    "fr": r"\b(?:sera|seront|serait|seraient|est|sont|a été|ont été|doit être|doivent être|devrait être|devraient être|va être|vont être)\s+"
          r"(?:construite?s?|implantée?s?|érigée?s?|bâtie?s?|installée?s?|située?s?|localisée?s?)\b"
          r"|\bverr(?:a|ont|ait|aient) le jour\b|\bs['’]implanter(?:a|ont|ait|aient)\b|\bsortira de terre\b|\bs['’]élèvera\b",
    "it": r"\b(?:sorger(?:à|anno|ebbe|ebbero)|sorge|sorgono|nascer(?:à|anno|ebbe))\b"
          r"|\b(?:sarà|saranno|sarebbe|sarebbero|verrà|verranno|verrebbe|è|sono|viene|vengono|è stat[oa]|sono stat[ie]|"
          r"dovrà essere|dovranno essere|dovrebbe essere)\s+(?:costruit[oaie]|realizzat[oaie]|edificat[oaie]|localizzat[oaie]|"
          r"ubicat[oaie]|insediat[oaie]|collocat[oaie])\b",
    "es": r"\bse\s+(?:construir(?:á|án|ía|ían)|construyen?|levantar(?:á|án|ía|ían)|levantan?|ubicar(?:á|án|ía)|ubican?|"
          r"instalar(?:á|án|ía)|situar(?:á|án|ía)|erigir(?:á|án))\b"
          r"|\b(?:será|serán|sería|estará|estarán|está|están|es|son|fue|ha sido)\s+"
          r"(?:construid[oa]s?|levantad[oa]s?|erigid[oa]s?|instalad[oa]s?|situad[oa]s?|ubicad[oa]s?|emplazad[oa]s?)\b",
}
_BUILT_RX = {lang: re.compile(rx, re.I) for lang, rx in _BUILT.items()}

# what may stand before the verb: a pronoun or a demonstrative that stands for the plant, after an
# adverb or a date set off by a comma or not ("In 2027, it will be ...")
_OPENER = {
    "en": r"(?:it|this one|this|the latter)",  # (the longer form first: "this" would cut "this one")
    "de": r"(?:sie|es|diese[sr]?|letztere[sr]?)",
    "fr": r"(?:elle|il|celle-ci|celui-ci|cette dernière|ce dernier)",
    "it": r"(?:essa|esso|questa|questo|quest['’]ultim[oa])",
    "es": r"(?:ella|ésta|esta|éste|este|la misma|el mismo)",
}
_LEAD = re.compile(r"\W{0,3}(?:[\w'’-]+\s+){0,3}?(?:[\w'’ -]{1,30},\s*)?")
_OPENERS = {lang: re.compile(rf"(?<![\w'’-])(?:{rx})(?=\s)", re.I) for lang, rx in _OPENER.items()}
# between the pronoun and the verb: nothing, or an aside set off by commas ("It will, in time, be built";
# not "This year the trucks will be built", "The parts it needs will be built": a demonstrative before a
# noun, or a pronoun inside another subject, is not the plant)
# (an adverb or a word of plan before "to" at most: "It is expected to be built", "It is now set to rise")
_TO_VERB = re.compile(r"\s*(?:(?:will|would|shall|could|may|might|should|is|are|was|were)\s*)?(?:,[^,]{1,40},\s*)?"
                      r"(?:(?:now|also|still|then|expected|set|due|planned|scheduled|slated|likely|going|reportedly)\s+){0,2}", re.I)
# German puts the verb last: the word after the pronoun is a verb or a preposition, never a noun ("Es
# soll in X entstehen", "Dieses entsteht in X"; not "Diese Woche wurden in X Lastwagen gebaut")
_PLANT_PHRASE = {lang: re.compile(rx, re.I) for lang, rx in ANAPHOR.items()}
_DE_AFTER = re.compile(r"\s+(?-i:[a-zäöüß])")
# Italian and Spanish leave the subject out: the verb opens the sentence ("Sorgerà a X", "Se
# levantará en X"), after a phrase set off by a comma at most ("Entro il 2027, sorgerà a X"; not
# "Le auto saranno costruite a X", whose subject is another thing)
_BARE = re.compile(r"^\W{0,3}(?:[\w'’ -]{1,30},\s*)?$")
# German with the verb first: "Gebaut wird sie in X", "Entstehen soll sie in X", "In X soll sie entstehen"
_DE_PRONOUN_EARLY = re.compile(r"^\W{0,3}(?:[\wäöüß-]+\s+){1,4}?(?:sie|es|diese[sr]?)\b(?=\s+[a-zäöüß]|\s*[,.;]|$)")
# German verb last: the place before it in its clause ("Sie soll in X entstehen", "im Chempark X")
_DE_CLAUSE_GAP = re.compile(r"[^,;:.()]{0,60}")


def built_place(ctx, text: str, base: int, ms, language: str | None) -> str | None:
    """The town a sentence with no plant noun says the plant before will be built in, or None."""
    lang = language or "en"
    rx = _BUILT_RX.get(lang)
    m = rx.search(text) if rx is not None else None
    if m is None or not _about_the_plant(text, m.start(), lang):
        return None
    found = _location_full(ctx, text, base, ms, m.start(), m.end(), attached_only=True)
    if found is None and lang == "de":
        found = _before_the_verb(ctx, text, base, ms, m.start())
    if found is None or found[3] >= _KIND_PENALTY["region"]:
        return None
    return found[0]


def _about_the_plant(text: str, v0: int, lang: str) -> bool:
    """Whether the verb at ``v0`` has the plant for its subject: a pronoun opens the sentence, or
    the verb does (Italian, Spanish), or in German a pronoun stands among its first words."""
    if v0 <= 60 and any(_pronoun_subject(text, m, v0, lang) for m in _OPENERS[lang].finditer(text, 0, v0)):
        return True
    head = text[:v0]
    if lang in ("it", "es") and _BARE.fullmatch(head):
        return True
    return lang == "de" and _DE_PRONOUN_EARLY.match(text) is not None


def _pronoun_subject(text: str, m: re.Match, v0: int, lang: str) -> bool:
    """Whether the pronoun ``m`` opens the sentence (after a few words or a phrase set off by a comma) and
    is the subject of the verb at ``v0``."""
    if not _LEAD.fullmatch(text, 0, m.start()):
        return False
    end = m.end()
    noun = _PLANT_PHRASE[lang].match(text, m.start())
    if noun is not None and noun.end() <= v0:
        end = noun.end()  # a demonstrative before a plant's noun: "Diese Anlage entsteht in X", "Questo impianto sorgerà a X"
    if lang == "de":
        return _DE_AFTER.match(text, end) is not None
    return _TO_VERB.fullmatch(text, end, v0) is not None


def _before_the_verb(ctx, text: str, base: int, ms, v0: int):
    """(name, start, end, penalty) of the last town before a German verb that ends its clause, in
    the same clause after a locative word ("Sie soll in X entstehen"), or None."""
    out = None
    for s, e, penalty, name in _place_candidates(ctx, text, base, ms):
        if e <= v0 and _DE_CLAUSE_GAP.fullmatch(text, e, v0) and re.search(
                r"\b(?:in|im|bei|nahe|am)\s+(?:[\wäöüß-]+\s+){0,2}$", text[max(0, s - 30) : s]):
            out = (name, s, e, penalty)
    return out
