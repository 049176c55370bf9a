"""Words that let the name finder's subject cues reach a company past what news puts between them:

* an adverb of duration between a company and its verb ("Vale still controls the unit", "Lear, que
  todavía fabrica", "Exor resta tuttora", "Größter Aktionär ist weiterhin Amazon"), as the auxiliaries
  and "also"/"already" of ``cues.AUX`` are;
* the past of making and supplying in a relative clause on a company ("Nikola, che forniva la
  tecnologia", "Lear, que fabricaba los asientos", "Beta, qui fournissait"), which ``SUBJECT_VERBS``
  leaves out (its forms are also read by coreference and left-out subjects);
* a holder's noun after a copula ("Exor resta il primo azionista", "Beta is the largest shareholder",
  "Beta sigue siendo el mayor accionista", "Beta reste le premier actionnaire");
* an English verb in -s with its object's determiner right after it ("Linde supplies our silane",
  "Vale controls the unit"): a verb, where "Smart plans" or "Total sales" is a noun phrase.
"""

from __future__ import annotations

__all__ = ["DURATION_ADVERBS", "PAST_MAKING", "HOLDER_NOUNS", "OBJECT_OPENERS", "verb_before_object"]

#: adverbs of duration, folded (not in ``cues.AUX``: "still", "todavía", "tuttora", "toujours", "weiterhin")
DURATION_ADVERBS = frozenset(
    "still currently todavía aún actualmente tuttora ancora attualmente toujours encore actuellement "
    "weiterhin noch derzeit".split()
)
#: the imperfect and past of making and supplying, per language
PAST_MAKING = {
    "en": frozenset("made manufactured produced supplied delivered built".split()),
    "it": frozenset("forniva fornivano produceva producevano costruiva realizzava".split()),
    "es": frozenset("fabrica fabricaba suministraba producía proveía entregaba fabricó".split()),
    "fr": frozenset("fournissait produisait fabriquait livrait construisait".split()),
    "de": frozenset(),
}
#: a holder's noun after a copula ("the largest shareholder"), folded
HOLDER_NOUNS = {
    "en": frozenset("shareholder investor owner backer stakeholder".split()),
    "it": frozenset("azionista socio proprietario investitore".split()),
    "es": frozenset("accionista socio propietario inversor".split()),
    "fr": frozenset("actionnaire propriétaire investisseur".split()),
    "de": frozenset("aktionär großaktionär hauptaktionär ankeraktionär eigentümer anteilseigner investor".split()),
}
#: words that open an English verb's object: determiners and possessives
OBJECT_OPENERS = frozenset("the a an its our their his her this these those some all most".split())


def verb_before_object(tokens, k: int) -> bool:
    """Is tokens[k] (an English word in -s) followed by its object's determiner: a verb?"""
    return k + 1 < len(tokens) and tokens[k + 1].key in OBJECT_OPENERS and tokens[k + 1].text[0].islower()
