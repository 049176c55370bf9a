"""A second supplier told in a clause that leaves out the customer the sentence named before.

    "Cells for the cars will come from Maltrix, Korvan said, while seats will be ordered from Delvo."
                                                        -> supplies Maltrix Korvan, supplies Delvo Korvan
    "Korvan's premium cockpits rely on Maltrix processors, and its other models on chips from Delvo."
    "Les cellules de Korvan viendront de Maltrix ; les sièges seront fournis par Delvo."
    "Le celle di Korvan arrivano da Maltrix, mentre i sedili saranno forniti da Delvo."
    "Las celdas de Korvan llegarán de Maltrix y los asientos serán suministrados por Delvo."
    "Die Zellen für Korvan liefert Maltrix, die Sitze kommen künftig von Delvo."

The frames read one clause at a time: the second clause has a supplier after a passive of supplying
("ordered from", "fournis par", "forniti da", "suministrados por"), after a verb of coming ("come
from", "viendront de", "arrivano da", "kommen von") or, in English, after goods ("chips from"), and no
customer (a maker named by a participle of making, "de l'acier produit par Y", is no seller). When the
sentence's supplies found so far all go to one customer, and the supplier's clause names no other
company before it, the supplier sells to that customer too. A company the sentence already ties to
anything else is left alone; a frame's own reading of the second supplier is kept past the contrast
guard.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["second_sources"]

_I = re.IGNORECASE
#: a short description between the preposition and the name ("the Austrian supplier", "le sud-tyrolien")
_DESC = r"\s*(?:(?:the|le|la|les|l['’]|il|lo|i|gli|el|los|las|der|die|das|dem|den)\s*)?(?:(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*\s+){0,3}$"
_CUE = {
    "en": r"\b(?:(?:be|been|being|are|is|was|were)\s+(?:\w+\s+)?(?:ordered|sourced|supplied|delivered|provided|bought|purchased|procured)\s+(?:by|from)"
          r"|(?:come|comes|came|coming)\s+from"
          r"|(?:cells|chips|processors|semiconductors|batteries|packs|modules|engines|motors|seats|tyres|tires|axles|inverters|wafers|cathodes?|lithium|steel|components|parts)\s+from)",
    "fr": r"\b(?:(?:fourni|livré|commandé|acheté)(?:e|es|s)?\s+(?:par|auprès\s+(?:de|du|des|d['’]))"
          r"|(?:viendr(?:a|ont)|vient|viennent|proviendr(?:a|ont)|provient|proviennent)\s+(?:de|du|des|d['’]|de\s+chez))",
    "it": r"\b(?:(?:fornit|consegnat|ordinat|acquistat)[eoai]\s+(?:da|dal|dalla|dallo|dai|dalle|dall['’])"
          r"|(?:arriver(?:à|anno)|arriva|arrivano|proviene|provengono|proverr(?:à|anno))\s+(?:da|dal|dalla|dallo|dai|dalle|dall['’]))",
    "es": r"\b(?:(?:suministrad|entregad|pedid|comprad)[oa]s?\s+(?:por|a)"
          r"|(?:vendr(?:á|án)|llegar(?:á|án)|llega|llegan|procede|proceden|procederá|procederán)\s+(?:de|del|desde))",
    "de": r"\b(?:kommen|kommt|kamen|kam|stammen|stammt|stammten)\s+(?:(?:künftig|bisher|bereits|schon|nun|jetzt|auch|dagegen|hingegen)\s+)*(?:von|vom|aus)",
}
_CUE_RX = {k: re.compile("(?:" + v + ")" + _DESC, _I) for k, v in _CUE.items()}
#: a person as the subject of the verb of coming: "whose chief executive came from Y", "dont le directeur
#: général vient de Y", "il cui amministratore delegato proviene da Y", "cuyo consejero delegado procede de Y"
#: tell where people come from, not goods
_PEOPLE = {
    "en": r"chief\s+executive|ceo|cfo|cto|coo|executives?|managers?|management|founders?|co-founders?|engineers?|staff|workers?"
          r"|employees?|directors?|boss|chairman|chairwoman|president|he|she|scientists?|researchers?|designers?|hires|team",
    # (not French "il", "elle": goods have a gender, "le châssis, il vient de Y", and "il faut" is no one)
    "fr": r"directeur|directrice|président|présidente|pdg|patron|patronne|dirigeants?|fondateurs?|fondatrice|ingénieurs?"
          r"|salariés?|employés?|cadres?|chercheurs?|équipes?",
    # ("ad", the chief executive's initials, is also the preposition before a vowel: "mentre ad oggi ...")
    "it": r"amministratore\s+delegato|(?<=['’])ad|ad(?!\s+[aeiouhàèéìòóù])|direttore|direttrice|presidente|fondatori|fondatore|fondatrice|ingegneri|dipendenti"
          r"|manager|dirigenti|lui|lei|ricercatori|tecnici|squadra",
    "es": r"consejer[oa]\s+delegad[oa]|director|directora|presidente|presidenta|fundador(?:es|a)?|ingenier[oa]s|emplead[oa]s"
          r"|trabajador(?:es|as)|directivos?|él|ella|investigador(?:es|as)|técnicos|equipo",
}
_PEOPLE_RX = {k: re.compile(r"\b(?:" + v + r")\b", _I) for k, v in _PEOPLE.items()}
#: what may stand between the person and the verb of coming: two words at most ("directrice générale vient",
#: "founder also came"); not a possessive ("the team's modules come from Y": goods come)
_TO_VERB = re.compile(r"(?:\s+[\w-]+){0,2}\s*")


def _person_comes(people, text: str, lo: int, verb: int) -> bool:
    """Whether a person is the subject of the verb of coming at ``verb``: the last person word of
    ``text[lo:verb]`` stands right before it."""
    last = None
    for last in people.finditer(text, lo, verb):
        pass
    return last is not None and _TO_VERB.fullmatch(text, last.end(), verb) is not None
#: where the supplier's clause opens: a comma, a semicolon, or a conjunction of contrast before it
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|and|but|tandis\s+que|alors\s+que|et|mais|mentre|e|ma|mientras|y|pero|während|und|aber)\b", _I)


def second_sources(text: str, spans, found: list[engine.Found], lex) -> tuple[list[engine.Found], set[int]]:
    """supplies Found for each supplier of a clause with no customer, to the one customer of the
    sentence's other supplies; ``spans``: (start, end, name, sectors) of the sentence's companies.
    Also the ids of supplies already found that are such a second source ("while the seats will be
    ordered from Y": a frame may read Y's supply to the customer of the clause before): the contrast
    guard must keep them (``guards.apply``'s gapped)."""
    rx = _CUE_RX.get(lex.lang)
    supplies = [f for f in found if f.type == "supplies"]
    if rx is None or not supplies:
        return [], set()
    customers = {f.target for f in supplies}
    if len(customers) != 1:
        return [], set()
    customer = customers.pop()
    out: list[engine.Found] = []
    keep: set[int] = set()
    for k, (s, e, name, _sec) in enumerate(spans):
        if name == customer:
            continue
        ties = [f for f in found if name in (f.source, f.target)]
        if any(f.type != "supplies" or f.source != name for f in ties):
            continue  # tied otherwise: left alone
        firsts = [f.trigger[1] for f in supplies if f.source != name]
        if not firsts or s < min(firsts):
            continue
        first_end = min(firsts)
        cue = engine.ending_at(rx, text, s, 90)
        if cue is None:
            continue
        # the clause of the cue: after the last break before it, with no other company in it
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, cue.start())]
        lo = breaks[-1] if breaks else 0
        if lo <= first_end or any(lo <= s2 < s for s2, _e2, n2, _ in spans if n2 != name):
            continue
        people = _PEOPLE_RX.get(lex.lang)
        if people is not None and _person_comes(people, text, lo, cue.start()):
            continue  # "whose chief executive came from Y": a person comes from Y, no goods
        if ties:
            keep.update(id(f) for f in ties)  # the frame read it: the contrast guard must let it be
            continue
        status, dconf = engine.status_for(lex, text, cue.start(), cue.end(), "active", [(s, e)])
        if status == "ended":
            # an end told in the first clause is the first supplier's ("the contract with X ended, and
            # the cars now carry cells from Y"): the supplier's own clause says whether its supply ended
            status, dconf = engine.status_for(lex, text[lo:], cue.start() - lo, cue.end() - lo, "active", [(s - lo, e - lo)])
        if status is None:
            continue
        out.append(engine.Found("supplies", name, customer, status, 0.55 + dconf, supplies[0].product, cue.span()))
    return out, keep
