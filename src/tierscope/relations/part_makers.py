"""A car's parts told with their maker as the predicate: the maker supplies the carmaker whose car it is.

    "The seats are made by Lorvik."                       -> supplies Lorvik <the carmaker>
    "The microcontrollers are Lorvik's."                  -> supplies Lorvik <the carmaker>
    "Les sièges sont fournis par Lorvik."                 -> supplies Lorvik <the carmaker>
    "L'électronique de puissance vient de Lorvik."        -> supplies Lorvik <the carmaker>
    "I microcontrollori sono di Lorvik."                  -> supplies Lorvik <the carmaker>
    "I sedili sono forniti da Lorvik."                    -> supplies Lorvik <the carmaker>
    "Los asientos son de Lorvik." / "Los asientos los fabrica Lorvik."
    "Die Sitze liefert Lorvik." / "Die Sitze kommen von Lorvik."
    "The Twingo uses cells from Lorvik." / "Las primeras unidades montan celdas de Lorvik."
    "Tesla relied on Lorvik for its cells." / "Per le celle si affida a Lorvik."
    "Lorvik liefert die Zellen für den iX und den i4." -> supplies Lorvik BMW (a model named)

A launch story names who makes what in the car and leaves the customer to the reader: the carmaker
the sentence names (one, not the maker's own group above it), else the maker of the car model it names
("the Twingo": Renault, entities/data/car_models.tsv), else the carmaker or model the story's headline
names, else the only carmaker the sentence before names. The parts must open the clause with no
company inside them (goods_from reads "Korvan's cells come from Y"), and the maker must be a known
company that makes no cars itself where the customer is not in the sentence ("Die Elektromotoren
fertigt BMW selbst"), and no other such company may stand before the words (it may be the customer
they leave out). A maker that is the subject of a supply verb needs the model in its sentence: the
headline's car taken for it lost on unseen pages. Prototypes and cars on test are left out.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from ..entities.car_models import model_makers
from ..entities.gazetteer import gazetteer
from . import engine
from ..scan.page_words import present
from ..scan.prefilter import _gate, may_search
from ..scan.sentence_scan import scan_of
from .engine import company_name as _name
from .known_roles import belongs_to, brand_owner, gazetteer_name
from .members import named_companies
from .trials import TRIAL
from ..entities.vocab import VEHICLE_MAKERS

__all__ = ["part_makers"]

#: a description between the predicate and the maker's name ("by the French supplier Y")
_DESC = r"(?:(?:the|its|a|la|le|les|l['’]|il|lo|i|gli|el|los|las|der|die|das|dem|den)\s*)?(?:(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*\s+){0,3}"
#: German capitalises the nouns of the description ("liefert der Zulieferer Y", "der französische Konzern Y")
_DESC_DE = r"(?:(?:der|die|das|dem|den)\s+)?(?:[\w-]+\s+){0,2}?"
#: the predicate, ending where the maker's name starts
_PREDICATE = {
    "en": re.compile(
        r"\b(?:(?:come|comes|came|will\s+come|(?:will\s+)?continues?\s+to\s+come)\s+from|(?:is|are|was|were|will\s+be|have\s+been|has\s+been)\s+"
        r"(?:(?:also|now|all|both|still|mainly|largely|mostly)\s+)?(?:built|made|supplied|provided|developed|produced"
        r"|delivered|manufactured|sourced|designed)\s+by|(?P<own>is|are))\s+" + _DESC + "$", re.IGNORECASE),
    "fr": re.compile(
        r"\b(?:(?:vient|viennent|viendront|provient|proviennent|arrive|arrivent)\s+(?:(?:en\s+revanche|aussi|surtout|désormais)\s+)?"
        r"(?:de|du|des|d['’])|(?:est|sont|sera|seront|a\s+été|ont\s+été)\s+(?:(?:aussi|également|désormais|déjà|quant\s+à\s+eux)\s+)?"
        r"(?:fourni|fabriqué|livré|produit|développé|conçu)e?s?\s+par)\s*" + _DESC + "$", re.IGNORECASE),
    "it": re.compile(
        r"\b(?:(?:sono|è|saranno|sarà)\s+(?:(?:invece|tutti|tutte|anche)\s+)?(?:di|del|della|dello|dell['’])"
        r"|(?:è|sono|viene|vengono|sarà|saranno|sono\s+stat[ie]|è\s+stat[oa])\s+(?:(?:invece|anche|già|ora)\s+)?"
        r"(?:fornit|prodott|realizzat|sviluppat|costruit|fabbricat|progettat)[aeio]\s+(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)"
        r"|(?:(?:continuano|continueranno)\s+ad?\s+(?:arrivare|provenire)|arriva|arrivano|arriveranno|proviene|provengono)"
        r"\s+(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle))\s*" + _DESC + "$",
        re.IGNORECASE),
    "es": re.compile(
        r"\b(?:(?:son|es|serán|será)\s+(?:obra\s+)?(?:de|del)"
        r"|(?:es|son|será|serán|ha\s+sido|han\s+sido)\s+(?:(?:también|ya)\s+)?(?:fabricad|suministrad|producid|desarrollad|proporcionad|diseñad)[oa]s?\s+por"
        r"|(?:llega|llegan|llegarán|procede|proceden|viene|vienen|proviene|provienen)\s+(?:de|del)"
        r"|(?:los|las|lo|la)\s+(?:fabrica|fabrican|suministra|suministran|produce|producen|desarrolla|provee|aporta))\s+"
        r"(?:(?:la|el|las|los)\s+(?:planta|plantas|fábrica|factoría|centro)\s+(?:de|del)\s+)?" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(
        r"\b(?:(?:kommen|kommt|kamen|kam|stammen|stammt|stammten)\s+(?:[\w-]+\s+){0,5}?(?:von|vom)"
        r"|(?:liefert|liefern|fertigt|fertigen|produziert|produzieren|entwickelt|baut|steuert|steuern)"
        r"(?:\s+(?:auch|bereits|jetzt|künftig|dagegen))?"
        r"|(?P<passive>wird|werden|wurde|wurden)\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){0,3}?(?:von|vom))\s+" + _DESC_DE + "$", re.IGNORECASE),
}
#: a car's goods worked into it, with their maker: "uses cells from Y", "montan celdas de Y"
_FITTED = {
    "en": re.compile(r"\b(?:uses|use|used|run\s+on|runs\s+on|relies\s+on|rely\s+on|(?:built|made|assembled|fitted|equipped)\s+with)\s+((?:[\w-]+\s+){1,4}?)(?:from|made\s+by|supplied\s+by)\s+" + _DESC + "$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:utilise|utilisent|reçoit|reçoivent|embarque|embarquent|(?:équipée?s?|dotée?s?)\s+d['’e]|(?:fabriquée?s?|assemblée?s?)\s+avec)\s*((?:[\w'’«»-]+\s+){1,4}?)(?:(?:de|du|des|d['’]|(?:fournie?s?|fabriquée?s?)\s+par)\s*" + _DESC + ")?$", re.IGNORECASE),
    "it": re.compile(r"\b(?:monta|montano|monterà|monteranno|usa|usano|userà|useranno|utilizza|utilizzano|adotta|adottano|(?:equipaggiat|costruit|prodott)[aoei]\s+con|dotat[aoei]\s+di)\s+((?:[\w'’«»-]+\s+){1,4}?)(?:(?:di|del|della|dello|dell['’]|(?:fornit|prodott)[eiao]\s+(?:da|dalla|dal))\s*" + _DESC + ")?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:monta|montan|montará|montarán|usa|usan|usará|usarán|utiliza|utilizan|lleva|llevan|emplea|emplean|(?:equipad|fabricad|dotad)[oa]s?\s+(?:con|de))\s+((?:[\w«»-]+\s+){1,4}?)(?:(?:de|del|(?:fabricad|suministrad)[oa]s?\s+por)\s+" + _DESC + ")?$", re.IGNORECASE),
    "de": re.compile(r"\b(?:(?:setzt|setzen)\s+(?:[\w-]+\s+){0,2}auf|nutzt|nutzen|verwendet|verwenden|basiert\s+auf|basieren\s+auf|(?:ausgestattet|ausgerüstet|bestückt|gebaut)\s+mit)\s+((?:[\w-]+\s+){1,4}?)(?:von|vom)\s+" + _DESC_DE + "$", re.IGNORECASE),
}
#: the customer relies on the maker, with the car's parts named in the clause: "Tesla relied on Y for
#: its cells", "per le celle si affida a Y", "se fournit en cellules chez Y", "recurre a Y para las celdas"
_RELY = {
    "en": re.compile(r"\b(?:relies|rely|relied|relying|depends|depend|depended)\s+(?P<to>on)\s+" + _DESC + "$", re.IGNORECASE),
    "fr": re.compile(r"\bs['’](?:appuie|appuient|appuyait|approvisionne|approvisionnent|approvisionnait)\s+(?:en\s+\w+\s+)?"
                     r"(?P<to>auprès\s+d(?:e|u|es|['’])|sur|chez)\s*" + _DESC + "$", re.IGNORECASE),
    "it": re.compile(r"\bsi\s+(?:affida|affidano|affidava|rifornisce|riforniscono|riforniva|appoggia)\s+"
                     r"(?P<to>a|ad|al|alla|allo|all['’]|ai|agli|alle|da|dal|dalla|presso)\s*" + _DESC + "$", re.IGNORECASE),
    "es": re.compile(r"\b(?:recurre|recurren|recurrió|confía|confían|se\s+abastece|se\s+abastecen|se\s+surte|se\s+surten)\s+"
                     r"(?P<to>a|al|en|de|del)\s+" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(r"\b(?:setzt|setzen|vertraut|vertrauen)\s+(?:[\w-]+\s+){0,2}?(?P<to>auf)\s+" + _DESC_DE + "$", re.IGNORECASE),
}
#: English puts the maker before the goods with a possessive: "runs on Y's software", "uses Y's cells"
_FITTED_OWN = re.compile(r"\b(?:uses|use|used|runs\s+on|run\s+on|ran\s+on|relies\s+on|features)\s+$", re.IGNORECASE)
#: the maker as the subject of a supply verb with the car's parts as its object, right after its
#: name, for a car model the sentence names: "Lorvik supplies the cells for the iX3", "Lorvik liefert
#: die Zellen für den iX und den i4" (the headline's car is not taken: the maker may speak of others)
_SUBJECT_VERB = {
    "en": r"(?:(?:also|now|already|still|will)\s+)*(?:supplies|supply|provides|provide|delivers|deliver|makes|make|builds|build|produces|produce|manufactures)\s+(?:(?:the|its|all|both)\s+)?",
    "fr": r"(?:(?:aussi|également|déjà|désormais)\s+)*(?:fournit|fournissent|fournira|livre|livrent|livrera|fabrique|fabriquent|produit|produisent)\s+(?:(?:les|le|la|l['’]|des|ses|sa|son|leurs?)\s*)?",
    "it": r"(?:(?:anche|già|ora)\s+)*(?:fornisce|forniscono|fornirà|produce|producono|realizza|realizzano|costruisce|costruiscono)\s+(?:(?:i|il|lo|la|le|gli|l['’])\s*)?",
    "es": r"(?:(?:también|ya|ahora)\s+)*(?:suministra|suministran|suministrará|fabrica|fabrican|provee|proveen|produce|producen|aporta|aportan)\s+(?:(?:los|las|el|la)\s+)?",
    "de": r"(?:(?:auch|bereits|künftig|jetzt)\s+)*(?:liefert|liefern|fertigt|fertigen|produziert|produzieren|baut|bauen)\s+(?:(?:die|den|das|der)\s+)?",
}
#: a cheap test before any search: the predicates' letters
_GATE = {
    "en": ("come", "came", " by ", "'s", "’s", "use", "run", "rel", "depend", "with", "suppl", "provid", "deliver", "make", "build",
           "produc", "manufactur"),
    "fr": ("vien", "provien", "arriv", " par ", "utilis", "reçoi", "embarqu", "appui", "approvision", "fourni", "livr", "fabriqu",
           "produi", "équip", "doté", "assembl"),
    "it": ("son", "è ", "da", "arriv", "provien", "proveng", "monta", "usa", "utilizz", "adott", "affid", "rifornisc", "appoggi", "fornisc",
           "fornir", "produ", "realizz", "costruisc", "equipaggi", "costruit", "prodott", "dotat"),
    "es": ("son ", "es ", "será", " por ", "lleg", "proced", "vien", "provien", "fabrica", "suministra", "produce",
           "desarrolla", "provee", "aporta", "monta", "usa", "utiliza", "lleva", "emplea", "recurr", "confía", "abastec", "surte",
           "proveen", "equipad", "fabricad", "dotad"),
    "de": ("komm", "kam", "stamm", "liefer", "fertig", "produzier", "entwickelt", "baut", "steuer", "setz", "nutz", "gebaut",
           "verwende", "basier", "vertrau", "ausgestattet", "ausgerüstet", "bestückt"),
}
#: the parts of a car (German: the end of a compound, "Rundzellen", "Leistungshalbleiter")
_PARTS = {
    "en": re.compile(r"\b(?:cells?|batter(?:y|ies)|battery\s+packs?|packs?|(?:electric\s+|e-)?motors?|inverters?|seats?|seating"
                     r"|glass|glazing|windscreens?|headlights?|headlamps?|lights|tyres?|tires?|brakes?|chips?|microcontrollers?"
                     r"|semiconductors?|processors?|infotainment|software|displays?|screens?|sensors?|radars?|cameras?"
                     r"|(?:power\s+)?electronics|chargers?|wiring|harness(?:es)?|axles?|gearbox(?:es)?|steering|suspension"
                     r"|cockpit|components?|modules?|drivetrain|powertrain|wheels|mirrors?|airbags?|heat\s+pumps?)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:cellules?|batteries?|packs?|moteurs?|onduleurs?|sièges?|vitrages?|pare-brise|phares?|feux|pneus?|freins?"
                     r"|puces?|microcontrôleurs?|semi-conducteurs?|processeurs?|multimédia|infodivertissement|logiciels?|écrans?"
                     r"|capteurs?|radars?|caméras?|électronique|chargeurs?|faisceaux|essieux?|boîtes?|direction|suspensions?"
                     r"|composants?|modules?|jantes?|rétroviseurs?|airbags?|pompes?\s+à\s+chaleur)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:cell[ae]|batteri[ae]|pacc(?:o|hi)|motor[ei]|inverter|sedil[ei]|vetr[oi]|cristalli|parabrezza|fari|fanali"
                     r"|pneumatici|freni|chip|microcontrollori|semiconduttori|processori|infotainment|software|display|schermi?"
                     r"|sensori|radar|telecamere|elettronica|caricatori|cablaggi|assali|cambio|sterzo|sospensioni|componenti"
                     r"|moduli|cerchi|specchietti|airbag|pompe?\s+di\s+calore)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:celdas?|células?|baterías?|paquetes?|motor(?:es)?|inversor(?:es)?|asientos?|vidrios?|cristales|parabrisas"
                     r"|faros?|neumáticos?|frenos?|chips?|microcontroladores?|semiconductores?|procesadores?|infoentretenimiento"
                     r"|software|pantallas?|sensores?|radares?|cámaras?|electrónica|cargador(?:es)?|cableados?|ejes?|cajas?"
                     r"|dirección|suspensión|componentes?|módulos?|llantas?|retrovisores?|airbags?|bombas?\s+de\s+calor)\b", re.IGNORECASE),
    "de": re.compile(r"(?:zellen?|batterien?|akkus?|packs?|motoren|motor|wechselrichter|inverter|sitze?|glas|glaselemente|scheiben?"
                     r"|scheinwerfer|reifen|bremsen?|chips?|mikrocontroller|halbleiter|prozessoren|infotainment|software|displays?"
                     r"|bildschirme?|sensoren|radare?|kameras?|elektronik|ladegeräte?|kabelbäume?|achsen?|getriebe|lenkung"
                     r"|fahrwerk|komponenten|module|felgen|spiegel|airbags?|wärmepumpen?)\b", re.IGNORECASE),
}
#: a part right before the verb of "uses goods from Y" is its subject ("Los inversores llevan ...")
_SUBJECT_PART = {lang: re.compile("(?:" + rx.pattern + r")\s+$", re.IGNORECASE) for lang, rx in _PARTS.items()}
_OWN_GOODS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:" + _PARTS["en"].pattern + ")", re.IGNORECASE)
_SUPPLIES_PARTS = {lang: re.compile(r"\s+" + _SUBJECT_VERB[lang] + r"(?:[\w-]+\s+){0,2}?(?:" + rx.pattern + ")", re.IGNORECASE)
                   for lang, rx in _PARTS.items()}
#: the participle of a German passive after its agent ("werden überwiegend von Y geliefert")
_DE_PARTICIPLE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:geliefert|zugeliefert|gefertigt|hergestellt|produziert|entwickelt|gebaut|beigesteuert)\b")
#: a second maker in a gapped list: "Lorvik supplies the seats for the Twingo, Tessaro the glass"
_GAPPED_PARTS = {lang: re.compile(r"\s+(?:the|its|les|le|la|l['’]|des|i|il|lo|gli|los|las|el|die|den|das|der)\s*(?:[\w-]+\s+)??(?:"
                                  + rx.pattern + ")", re.IGNORECASE) for lang, rx in _PARTS.items()}
_GAP_BEFORE = re.compile(r"(?:[^,;.]*?)\s*(?:,|;|,?\s*(?:and|et|e|y|und))\s*", re.IGNORECASE)
#: where the parts' clause opens: a stop, or a conjunction that starts a clause of its own
_OPENS = re.compile(r"(?:[.;:!?\n]|,\s*(?:and|y|e|et|und)\b|\b(?:while|whereas|mentre|tandis\s+que|alors\s+que|während|mientras\s+que|mientras)\b)", re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s\b")
#: what joins the members of a list of makers
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:and|et|e|y|und|o|or|oder|ou))\s*", re.IGNORECASE)


def _kinds(m: Mention) -> set[str]:
    """The sectors of a mention's company (a reference back carries none: the gazetteer's)."""
    sectors = m.attrs.get("sectors")
    if not sectors and m.source == "coref":
        entry = gazetteer().entry(gazetteer_name(_name(m)))
        sectors = entry.sectors if entry is not None else ()
    return set(sectors or [])


def _group(name: str) -> str:
    return brand_owner(name) or name


def _carmakers(ms: list[Mention]) -> list[str]:
    return list(dict.fromkeys(_group(_name(m)) for m in ms if _kinds(m) & VEHICLE_MAKERS))


def _models(text: str) -> list[str]:
    return list(dict.fromkeys(_group(maker) for _s, _e, maker in model_makers(text)))


def _own_group(maker: str, customer: str) -> bool:
    return maker == customer or belongs_to(customer, maker)


def _customer(doc: Document, per_sentence, i: int, text: str, maker: str, maker_kinds: set[str]):
    """(customer, origin sentence) for a maker named in sentence ``i``, or None."""
    named = named_companies(per_sentence[i])
    here = [c for c in _carmakers([m for m in named if m.source != "coref"]) if c != maker and not belongs_to(maker, c)]
    models = [c for c in _models(text) if c != maker]
    # a carmaker the sentence names, else the maker of the model it names, else one it refers to
    for found in (here, models, [c for c in _carmakers(named) if c != maker and not belongs_to(maker, c)]):
        if len(found) == 1:
            return found[0], i
        if found:
            return None  # two carmakers: whose car is it?
    if not maker_kinds or maker_kinds & VEHICLE_MAKERS:
        return None  # a maker of unknown kind, or one that makes cars: the sentence must name its customer
    story = doc.sentences[i].story
    head = next(k for k in range(i + 1) if doc.sentences[k].story == story)
    if head == i:
        return None
    for k in (head, i - 1):
        if doc.sentences[k].story != story:
            continue
        sent = doc.sentences[k]
        named = [c for c in dict.fromkeys(_carmakers(named_companies(per_sentence[k])) + _models(doc.text[sent.start : sent.end]))
                 if c != maker]
        if len(named) == 1 and not _own_group(maker, named[0]):
            return named[0], (i if k == head else k)
        if named:
            return None
    return None


#: a dative preposition (and an article) right after the maker: "suministrados por Y a Z", "fournis par Y à la
#: société Z", "supplied by Y to Z", "geliefert von Y an Z", "forniti da Y alla Z"
_TO_RECIPIENT = re.compile(
    r"\s+(?:(?:a|al|à|au|aux|to|an|ad|alla|allo|alle|ai|agli|para|pour|for|für)\s+|all['’]\s*)"
    r"(?:(?:la|le|les|el|los|las|the|die|der|den|das|il|lo)\s+|l['’]\s*)?(?:[a-zà-ÿ]+\s+)?")


def _recipient_after(text: str, maker_end: int, others) -> bool:
    """Whether a company stands right after the maker behind a dative preposition (``_TO_RECIPIENT``): the
    customer the sentence names itself, whatever kind of company it is."""
    return any(s >= maker_end and _TO_RECIPIENT.fullmatch(text, maker_end, s) for s, _c in others)


def _makers_told(text: str, starts, language: str, pred, fitted, parts):
    """(maker's start, trigger span) for each maker of the car's parts the sentence ``text`` tells."""
    out = []
    for m0, m1 in starts:
        v = engine.ending_at(pred, text, m0, 90)
        if v is not None:
            opens = [o.end() for o in _OPENS.finditer(text, 0, v.start())]
            lo = max([0, *opens, *(e for s, e in starts if e <= v.start())])
            if any(lo <= s < v.start() for s, _e in starts):
                continue
            if v.start() - lo > 110 or parts.search(text, lo, m0 if language == "de" else v.start()) is None:
                continue  # the clause must open with the car's parts (German: or have them after the verb)
            if v.re.groupindex.get("own") and v.group("own") and (
                    text[v.end("own"):m0].strip() or not _POSSESSIVE.match(text, m1)):
                continue  # "the chips are X's": only the name, with the possessive
            if any(v.start() < s < m0 for s, _e in starts):
                continue  # another company inside the predicate: "liefert CATL an Y" names CATL's customer
            if v.re.groupindex.get("passive") and v.group("passive") and not _DE_PARTICIPLE.match(text, m1):
                continue  # "werden von Y geliefert": the participle closes the clause
        elif (v := engine.ending_at(_RELY[language], text, m0, 90)) is not None:
            lo = engine.clause_opening(text, v.start())
            if parts.search(text, lo, min(len(text), m1 + 50)) is None:
                continue  # "relies on Y for its cells": the parts in the clause
            if any(v.start("to") < s < m0 for s, _e in starts):
                continue  # (a company between the verb and "auf" is the German subject: "setzt Brixo auf Y")
        elif language == "en" and (v := engine.ending_at(_FITTED_OWN, text, m0, 30)) is not None:
            if _OWN_GOODS.match(text, m1) is None:
                continue  # (a name between, "Y's Android Automotive software", is the product's)
        else:
            v = engine.ending_at(fitted, text, m0, 90)
            if v is None:
                continue
            if parts.search(v.group(1)) is None:
                continue
            if any(v.start(1) <= s < m0 for s, _e in starts):
                continue
            subject = _SUBJECT_PART[language].search(text, max(0, v.start() - 40), v.start())
            if subject is not None and not any(v.start() < s < v.start(1) for s, _e in starts):
                continue  # "Los inversores llevan chips de Y": the goods go into a part, its maker's
        out.append((m0, v.span()))
        # makers listed after the first: "arrivano da Lear e Yazaki", "kommen von CATL und EVE"
        end = m1
        for s, e in starts:
            if s > end and _LIST_GLUE.fullmatch(text, end, s):
                out.append((s, v.span()))
                end = e
            elif s > end:
                break
    return out


def _model_customers(doc: Document, per_sentence, i: int, text: str, starts, told, language: str):
    """(maker's start, trigger span, customer) for a maker that supplies the car's parts as the
    subject of the sentence, when the sentence names a car model and no carmaker ("Lorvik liefert die
    Zellen für den iX und den i4": BMW)."""
    named = named_companies(per_sentence[i])
    if _carmakers(named):
        return []  # a carmaker named: the frames read the sentence
    models = _models(text)
    if len(models) != 1:
        return []
    out = []
    done = {m0 for m0, _t in told}
    for m0, m1 in starts:
        if m0 in done:
            continue
        v = _SUPPLIES_PARTS[language].match(text, m1)
        if v is None or any(m1 <= s < v.end() for s, _e in starts):
            continue
        maker_m = next(c for c in named if c.start - doc.sentences[i].start == m0)
        if not _kinds(maker_m) or _kinds(maker_m) & VEHICLE_MAKERS or _group(_name(maker_m)) == models[0]:
            continue
        out.append((m0, v.span(), models[0]))
        # makers gapped after it: "..., Tessaro the glass", "..., Tessaro i cristalli"
        end = v.end()
        for s, e in starts:
            if s < end:
                continue
            gap = _GAPPED_PARTS[language].match(text, e)
            if gap is None or not _GAP_BEFORE.fullmatch(text, end, s):
                break
            out.append((s, v.span(), models[0]))
            end = gap.end()
    return out


def _gated(rx: re.Pattern) -> re.Pattern:
    """``rx`` with a lookahead on its first characters (``prefilter._gate``): the same matches, found
    without trying each position of the sentence (the parts patterns open with a word boundary)."""
    got = _GATED.get(id(rx))
    if got is None or got[0] is not rx:
        got = _GATED[id(rx)] = (rx, re.compile(_gate(rx.pattern), rx.flags))
    return got[1]


_GATED: dict[int, tuple[re.Pattern, re.Pattern]] = {}  # keyed by id(): (the pattern, its gated form)


def part_makers(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, origin sentence, Found) for each maker of a car's parts so told."""
    pred, fitted, gate, parts = _PREDICATE.get(language), _FITTED.get(language), _GATE.get(language), _PARTS.get(language)
    if pred is None:
        return []
    lex = engine.compiled(language)
    out = []
    gate = present(gate, doc.text)  # (speed) a sentence holds none of the gate words its page lacks
    for i, sent in enumerate(doc.sentences):
        if not gate:
            continue
        comps = named_companies(per_sentence[i])
        if not comps:
            continue
        text = doc.text[sent.start : sent.end]
        # (the sentence's lower-cased text from its page scan; its literal test without its pieces, which a
        # sentence of one company may not have had worked out, and which cost more than the test saves)
        lower = scan_of(text).lower
        if not any(g in lower for g in gate) or not may_search(parts, text, lower) or _gated(parts).search(text) is None or TRIAL.search(text):
            continue
        starts = sorted({(c.start - sent.start, c.end - sent.start) for c in comps})
        told = _makers_told(text, starts, language, pred, fitted, parts)
        readings = []
        makers = {_name(c) for c in comps if any(c.start - sent.start == m0 for m0, _t in told)}
        # another company before the words that is no carmaker may be the customer they leave out
        # ("X dejó de comprar a Z y ahora se abastece de Y"): then not the headline's
        for m0, trigger in told:
            maker_m = next(c for c in comps if c.start - sent.start == m0)
            maker = _group(_name(maker_m))
            alone = all(_name(c) in makers or _kinds(c) & VEHICLE_MAKERS or c.start - sent.start > trigger[0] for c in comps)
            if alone and _recipient_after(text, maker_m.end - sent.start, [(c.start - sent.start, c) for c in comps if c is not maker_m]):
                alone = False  # "fournis par Y à Z": the sentence names the customer, the headline's carmaker is none
            got = _customer(doc, per_sentence, i, text, maker, _kinds(maker_m) if alone else set())
            if got is None:
                continue
            readings.append((maker_m, maker, trigger, got))
        for m0, trigger, customer in _model_customers(doc, per_sentence, i, text, starts, told, language):
            maker_m = next(c for c in comps if c.start - sent.start == m0)
            readings.append((maker_m, _group(_name(maker_m)), trigger, (customer, i)))
        for maker_m, maker, trigger, (customer, origin) in readings:
            m0 = maker_m.start - sent.start
            m1 = maker_m.end - sent.start
            status, dconf = engine.status_for(lex, text, trigger[0], trigger[1], "active", [(m0, m1)])
            if status is None:
                continue
            product = engine.products_in(text[max(0, trigger[0] - 80) : trigger[1]])
            out.append((i, origin, engine.Found("supplies", maker, customer, status, 0.6 + dconf,
                                                product[-1][1] if product else None, trigger)))
    return out
