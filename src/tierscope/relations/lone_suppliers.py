"""A supplier named alone as the subject of a verb of supplying goods, its customer left to the sentence
before: the active form of lone_makers.py.

    "Korvan picked a second supplier for its van. Maltrix will provide the cells."  -> supplies Maltrix Korvan
    "Korvan hat einen Vertrag mit Maltrix unterzeichnet. Maltrix liefert die Zellen." -> supplies Maltrix Korvan
    "Korvan a choisi un second fournisseur. Maltrix livrera les cellules dès 2027."  -> supplies Maltrix Korvan
    "Korvan ha scelto un secondo fornitore. Maltrix fornirà le celle dal 2027."      -> supplies Maltrix Korvan
    "Korvan eligió un segundo proveedor. Maltrix suministrará las celdas."           -> supplies Maltrix Korvan

A story tells a deal or a search for a supplier with its customer, then the supply with the supplier
alone; the customer is the story's topic or the company the sentence before is about
(lone_driver.counterpart: not when the two disagree, not a peer of the supplier's tier). The sentence
must name the supplier and nothing else (its parent in an apposition aside), open with it as the subject
(an opening phrase, an article and a description before it at most), and have goods as the verb's
object. What such a sentence says of a company's trade in general is left alone: a recipient after the
goods ("supplies cells to carmakers", "fournit des cellules aux constructeurs"), a first person, a
question, a supplier of unknown kind or a carmaker (whose "supplies" may be cars to anyone), a customer
named only in the page's headline, and a customer of the sentence before across a paragraph break unless
it is the story's topic. Verbs that take
the customer as their object ("beliefert", "approvisionne", "abastece") are other readers'. A
cross-sentence reading: low confidence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .lone_driver import company_kinds, lone_pairs, lone_party, related, story_context, with_status
from ..entities.vocab import VEHICLE_MAKERS
from .lone_makers import FIRST_PERSON, goods_named

__all__ = ["lone_suppliers"]

#: adverbs between the subject and its verb ("Maltrix also supplies", "Maltrix ya suministra")
_ADVERBS = {
    "en": r"(?:(?:also|already|still|now|currently|soon|meanwhile|then|in\s+turn|alone|itself)\s+)*",
    "fr": r"",  # (French adverbs follow the verb: "Maltrix fournit déjà")
    "it": r"(?:(?:già|anche|ora|inoltre|invece|intanto|ancora|tuttora|poi|pure)\s+)*",
    "es": r"(?:(?:ya|también|además|ahora|todavía|aún|asimismo|luego)\s+)*",
    "de": r"",  # (German adverbs follow the verb in second place)
}
#: the verb of supplying right after the subject (and its adverbs), in the active voice
_VERB = {
    "en": r"(?:supplies|supplied|provides|provided|delivers|delivered|ships|shipped"
          r"|(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to|is\s+going\s+to|has\s+agreed\s+to|continues\s+to|has\s+been|had\s+been|is|was)"
          r"\s+(?:also\s+|now\s+|already\s+|then\s+)?(?:supply|supplying|provide|providing|deliver|delivering|ship|shipping)"
          r"|(?:has|had)\s+(?:also\s+|already\s+)?(?:supplied|provided|delivered|shipped))\b",
    "fr": r"(?:fournit|fournira|fourniront|fournissait|fournissent|livre|livrera|livreront|livrait|livrent"
          r"|(?:a|avait|aura)\s+(?:déjà\s+|aussi\s+)?(?:fourni|livré)"
          r"|(?:va|doit|devra|devrait|continue\s+de|continuera\s+de|s['’]est\s+engagée?\s+à)\s+(?:fournir|livrer))\b",
    "it": r"(?:fornisce|fornirà|forniranno|forniva|forniscono|consegna|consegnerà|consegneranno|consegnava"
          r"|(?:ha|aveva|avrà)\s+(?:già\s+|anche\s+)?(?:fornito|consegnato)"
          r"|(?:dovrà|deve|dovrebbe|continuerà\s+a|continua\s+a|si\s+è\s+impegnata\s+a)\s+(?:fornire|consegnare))\b",
    "es": r"(?:suministra|suministrará|suministrarán|suministraba|suministran|entrega|entregará|entregarán|entregaba"
          r"|provee|proveerá|(?:ha|había|habrá)\s+(?:ya\s+)?(?:suministrado|entregado|provisto)"
          r"|(?:va\s+a|deberá|debe|debería|seguirá|sigue|se\s+ha\s+comprometido\s+a)\s+(?:suministrando|suministrar|entregar|proveer))\b",
    "de": r"(?:(?:lieferten|lieferte|liefert|liefern)\b|(?P<modal>soll|sollen|wird|werden|will)\b)",
}
#: the German infinitive that closes a modal's clause ("soll ab 2027 die Zellen liefern")
_DE_INFINITIVE = re.compile(r"\b(?:liefern|zuliefern|bereitstellen)\b")
#: an apposition on the subject before its verb ("Maltrix, the Korean cell maker, will supply")
_APPOSITION = r"(?:\s*,[^,;:.]{1,80},)?"
#: what may stand before the subject: an opening phrase closed by a comma, then an article and a short
#: lower-case description ("La china", "Le groupe belge", "Der Zulieferer", "Auch")
_BEFORE = re.compile(r"(?:[^,;:.?!]{0,50},\s*)?(?:\S+\s+)?(?:[a-zà-ÿß'’-]+\s+){0,3}", re.IGNORECASE)
#: a recipient after the goods: the sentence tells whom, and it is none of the story's companies (not a
#: year or a phrase of time: "from 2028 to 2032", "dal 2028 al 2032", "a finales de 2028", "à terme")
_RECIPIENT = {
    "en": re.compile(r"\bto\s+(?!be\b|\d)", re.IGNORECASE),
    "fr": re.compile(r"(?:\bà\s+(?!partir\b|terme\b|l['’]horizon\b|la fin\b|\d)|\baux\s+|\bchez\s+)", re.IGNORECASE),
    # (a space after the preposition, but none after the elided "all'": "a" must not be a word's first letter, "anche")
    "it": re.compile(r"\b(?:(?:a|ad|al|alla|allo|ai|agli|alle)\s+|all['’]\s*)(?!partire\b|fine\b|inizio\b|metà\b|\d)(?=\w)",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:a|al)\s+(?!partir\b|finales\b|principios\b|mediados\b|largo\b|corto\b|medio\b|\d)", re.IGNORECASE),
    "de": re.compile(r"\ban\s+(?![Ll]and\b|\d)", re.IGNORECASE),
}
_CLAUSE_END = re.compile(r"[.;:!?]|,\s*(?:and|while|but|et|mais|e|ma|y|pero|und|aber)\b|\s+(?:while|whereas|mentre|tandis|mientras|während)\b")
_GOODS_REACH = 70  # characters after the verb where the goods stand


def _supplier(doc: Document, sent, text: str, comps: list[Mention], language: str):
    """(supplier mention, verb span) when the sentence opens with its one company as the subject of a
    verb of supplying goods, naming no recipient, else None."""
    if text.rstrip().endswith("?") or lone_party(comps, text, sent.start) is None:
        return None
    first = comps[0]
    if first.start == first.end:
        return None  # (a subject left out: the implied readers' own)
    m0, m1 = first.start - sent.start, first.end - sent.start
    if not _BEFORE.fullmatch(text, 0, m0) or FIRST_PERSON[language].search(text, 0, m0):
        return None
    v = re.compile(_APPOSITION + r"\s+" + _ADVERBS[language] + "(?P<verb>" + _VERB[language] + ")",
                   re.IGNORECASE).match(text, m1)
    if v is None:
        return None
    vs, ve = v.span("verb")
    end = _CLAUSE_END.search(text, ve)
    stop = end.start() if end is not None else len(text)
    if language == "de":
        if v.group("modal"):
            inf = _DE_INFINITIVE.search(text, ve, stop)
            if inf is None:
                return None
            stop, ve = inf.start(), inf.end()
            goods_lo = v.end()
        else:
            goods_lo = ve
    else:
        goods_lo = ve
    if FIRST_PERSON[language].search(text, goods_lo, stop):
        return None  # "supplies us with", "nous livrera": the speaker is the customer
    if not goods_named(text, language, goods_lo, min(stop, goods_lo + _GOODS_REACH)):
        return None
    if _RECIPIENT[language].search(text, ve if language != "de" else goods_lo, stop):
        return None
    return first, (vs, ve)


def lone_suppliers(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, customer's sentence, Found) for each supplier of goods so told."""
    if language not in _VERB:
        return []
    lex = engine.compiled(language)
    out = []
    topics, _ = story_context(doc, per_sentence)
    patterns = (re.compile(_VERB[language], re.IGNORECASE),)
    read = lambda sent, text, comps: _supplier(doc, sent, text, comps, language)  # noqa: E731
    for pair in lone_pairs(doc, per_sentence, patterns, read, lambda reading: [_name(reading[0])], upstream=True, trials=True):
        (maker_m, trigger), customer, sent = pair.reading, pair.other, pair.sent
        maker = _name(maker_m)
        kinds = company_kinds(maker, pair.sectors)
        if not kinds or kinds & VEHICLE_MAKERS:
            continue  # a company of unknown kind may be a carmaker; a carmaker's goods are its cars
        if customer == maker or related(customer, maker):
            continue
        if customer != topics.get(sent.story) and "\n" in doc.text[doc.sentences[pair.origin].end : sent.start]:
            continue  # a paragraph break between: the sentence before may belong to another matter
        if pair.origin == 0:
            continue  # a headline's company ("Brixo unveils its small car"): its parts may be anyone's (part_makers)
        span = (maker_m.start - sent.start, maker_m.end - sent.start)
        product = engine.products_in(pair.text[trigger[0] : min(len(pair.text), trigger[1] + _GOODS_REACH)])
        got = with_status(lex, pair, trigger[0], trigger[1], [span],
                          lambda status, dconf: engine.Found("supplies", maker, customer, status, 0.45 + dconf,
                                                             product[0][1] if product else None, trigger))
        if got is not None:
            out.append(got)
    return out
