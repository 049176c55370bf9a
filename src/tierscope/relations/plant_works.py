"""Who builds or fits out the plant a story is about, told with no customer named in the sentence:

    "Kestrel, which won the main construction contract last year, has 900 workers on site."
    "Los trabajos los ejecuta Kestrel, que se adjudicó el contrato de construcción de la nave."
    "I lavori sono stati affidati a Kestrel, che ha vinto l'appalto nel 2024."
    "Les travaux de construction ont été confiés à Kestrel."
    "Generalunternehmer ist Kestrel."
    "The cells will be made on production lines supplied by Kestrel."
    "Las líneas de ensamblaje las suministrará Kestrel." / "Le linee sono state fornite da Kestrel."

The contractor or the maker of the lines supplies (a service or equipment; the gold guidelines count
both) the company the story is about: the one it names most, three times or more and more often than
any other (a story of a joint venture's plant names its parents too, but the venture most; a unit
named as often as its group is the one; another tie tells nothing). Only in a sentence that names no company but the contractor and the story's company,
and only where the story's company is not of the contractor's kind (a peer builds its own plants); the
plant itself told as built by a maker of vehicles or cells is that maker's own plant, no contractor's work.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from ..entities.gazetteer import gazetteer
from .engine import company_name as _name
from .known_roles import belongs_to, gazetteer_name
from .maker_appositions import apposed_owners
from .members import named_companies, ties_to_listed
from .topic import story_counts
from .venture_sites import venture_customer

__all__ = ["plant_works"]

_I = re.IGNORECASE

#: a service of the plant given to a contractor ("Logistics has been entrusted to X", "La logistique amont, elle, a
#: été confiée à X", "La logistica è stata affidata a X", "El transporte se ha adjudicado a X"): a supply too
_SERVICES = {
    "en": r"(?:inbound\s+|outbound\s+)?(?:logistics|transport|transportation|haulage|maintenance|security|cleaning|catering|waste\s+(?:management|disposal))",
    "fr": r"(?:la\s+logistique(?:\s+amont|\s+aval)?|le\s+transport|les\s+transports|la\s+maintenance|la\s+sécurité|le\s+gardiennage|le\s+nettoyage"
          r"|la\s+restauration|la\s+gestion\s+des\s+déchets)",
    "it": r"(?:la\s+logistica|il\s+trasporto|i\s+trasporti|la\s+manutenzione|la\s+sicurezza|la\s+vigilanza|la\s+pulizia|la\s+mensa"
          r"|la\s+gestione\s+dei\s+rifiuti)",
    "es": r"(?:la\s+logística|el\s+transporte|el\s+mantenimiento|la\s+seguridad|la\s+vigilancia|la\s+limpieza|el\s+comedor"
          r"|la\s+gestión\s+de\s+(?:los\s+)?residuos)",
}
#: the plant itself told as built by someone ("The plant is being built by X", "La planta será construida por
#: X", "Lo stabilimento è realizzato da X", "L'usine est construite par X"): a contractor, unless X makes
#: vehicles or cells and builds its own plant (see ``_OWN_PLANT_KINDS``)
_BUILT = {
    "en": r"\b(?:plant|factory|refinery|gigafactory|building|facility|site|works)\s+(?:is|was|will\s+be|has\s+been)\s+(?:being\s+)?(?:built|constructed|erected)\s+by",
    "es": r"\b(?:la\s+planta|la\s+fábrica|la\s+factoría|la\s+nave|la\s+refinería|la\s+gigafactoría|el\s+edificio)\s+(?:(?:es|será|ha\s+sido|está\s+siendo|fue)\s+(?:construid|levantad|edificad)[oa]\s+por|la\s+(?:construye|construirá|levanta|levantará))",
    "it": r"\b(?:lo\s+stabilimento|la\s+fabbrica|l['’]impianto|il\s+capannone|l['’]edificio|la\s+raffineria|la\s+gigafactory)\s+(?:è|sarà|è\s+stat[oa]|viene|verrà)\s+(?:costruit|realizzat|edificat)[oa]\s+(?:da|dal|dalla|dallo|dall['’])",
    "fr": r"\b(?:l['’]usine|le\s+bâtiment|la\s+raffinerie|la\s+gigafactory|le\s+site)\s+(?:est|sera|a\s+été)\s+(?:construite?|bâtie?|érigée?)\s+par",
}
#: the contractor or maker named right AFTER these words ("supplied by X", "los ejecuta X",
#: "Generalunternehmer ist X", "confiés à X"); a description of it may stand between (up to 60 characters)
_NAME_AFTER = {
    "en": r"\b(?:(?:production|assembly|manufacturing|coating|electrode|formation|cell|battery|process)\s+)?(?:lines|line|machines|machinery|equipment)\s+"
          r"(?:(?:will\s+be|are|were|is|was|have\s+been|has\s+been|being)\s+)?(?:supplied|provided|delivered|built|installed)\s+by"
          r"|\b(?:main|general|principal|lead)\s+(?:construction\s+)?contractor(?:\s+(?:is|was|will\s+be))?"
          r"|\b(?:construction|building|civil)\s+(?:work\s+|works\s+)?(?:is|are|was|were|will\s+be|has\s+been|is\s+being)\s+(?:carried\s+out|done|handled|led)\s+by"
          r"|" + _BUILT["en"] +
          r"|\b" + _SERVICES["en"] + r"\s+(?:(?:has|have)\s+been|is|are|was|were|will\s+be)\s+(?:entrusted|awarded|contracted|outsourced|handed)\s+to",
    "es": r"\b(?:los\s+trabajos|la\s+obra(?:\s+civil)?|las\s+obras|el\s+grueso\s+de\s+la\s+obra(?:\s+civil)?)\s+(?:los|la|las|lo)\s+(?:ejecuta|ejecutará|ejecutan|realiza|realizará|lleva\s+a\s+cabo)"
          r"|\b" + _SERVICES["es"] + r"\s+(?:(?:ha|han)\s+sido|se\s+han?|es|son|será|serán|fue|fueron)\s+(?:adjudicad|encargad|encomendad|confiad|asignad)[oa]s?\s+(?:a|al)"
          r"|" + _BUILT["es"] +
          r"|\b(?:líneas|equipos|maquinaria|máquinas)\b[^.;:]{0,80}?\b(?:las|los)\s+(?:suministrará|suministra|suministrarán|suministran|suministró|instalará|instala|instaló|fabricará|fabrica)"
          r"|\b(?:líneas|equipos|maquinaria|máquinas)\b[^.;:,]{0,60}?\b(?:suministrad|instalad|fabricad)[oa]s?\s+por"
          r"|\bcontratista\s+(?:principal\s+)?(?:es|será)?",
    "it": r"\b(?:i\s+lavori(?:\s+di\s+costruzione|\s+edili|\s+civili|\s+strutturali)?|l['’]appalto(?:\s+per\s+la\s+costruzione)?|la\s+costruzione(?:\s+dell['’]impianto|\s+dello\s+stabilimento|\s+della\s+fabbrica)?)\s+(?:sono|è|sono\s+stati|è\s+stato|è\s+stata|saranno|sarà)\s+(?:affidat[aoie]|assegnat[aoie]|aggiudicat[aoie])\s+(?:a|ad|al|alla|all['’])"
          r"|\b(?:linee|macchinari|macchine|attrezzature)\b[^.;:,]{0,60}?\b(?:sono|saranno|sono\s+state|verranno|vengono)\s+(?:fornit|installat|realizzat)[ei]\s+(?:da|dal|dalla|dall['’])"
          r"|\bgeneral\s+contractor(?:\s+(?:è|sarà))?"
          r"|\b" + _SERVICES["it"] + r"\s+(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|sarà|saranno)\s+(?:affidat|assegnat|aggiudicat)[aoie]\s+(?:a|ad|al|alla|all['’])"
          r"|" + _BUILT["it"],
    "fr": r"\b(?:les\s+travaux(?:\s+de\s+construction|\s+de\s+gros\s+œuvre|\s+de\s+génie\s+civil)?|le\s+chantier|la\s+construction(?:\s+(?:de\s+l['’]usine|du\s+bâtiment|du\s+site|de\s+la\s+gigafactory))?)\s+(?:ont\s+été|sont|seront|a\s+été|est|sera)\s+(?:confiée?s?|attribuée?s?)\s+(?:à|au|aux)"
          r"|\b(?:lignes|machines|équipements)\b[^.;:,]{0,60}?\b(?:sont|seront|ont\s+été)\s+(?:fournies|fournis|installées|installés|livrées|livrés)\s+par"
          r"|\bentreprise\s+générale|\bmaître\s+d['’]œuvre"
          r"|\b" + _SERVICES["fr"] + r"(?:\s*,\s*(?:elle|elles|lui|eux)\s*,)?\s+(?:a\s+été|ont\s+été|est|sont|sera|seront)\s+(?:confiée?s?|attribuée?s?)\s+(?:à|au|aux)"
          r"|" + _BUILT["fr"],
    "de": r"\bGeneralunternehmer(?:\s+(?:ist|wird|war))?"
          r"|\b(?:Produktions|Fertigungs|Beschichtungs|Montage|Zell)?(?:linien|anlagen|[Mm]aschinen)\b[^.;:,]{0,40}?\b(?:liefert|liefern|lieferte|installiert|stammen\s+von|kommen\s+von)",
}
#: the contractor named right BEFORE these words ("X, which won the main construction contract",
#: "X se adjudicó el contrato de construcción", "X a remporté le marché de génie civil")
_NAME_BEFORE = {
    "en": r"[\s,]*(?:(?:which|that|who)\s+)?(?:has\s+|had\s+)?(?:won|was\s+awarded|secured|holds|landed)\s+(?:the\s+|a\s+)?(?:main\s+|general\s+|civil[- ]works\s+|\w+\s+)?construction\s+contract",
    "es": r"[\s,]*(?:que\s+)?se\s+(?:ha\s+|había\s+)?adjudic(?:ó|a|ado)\s+(?:en\s+\w+(?:\s+de\s+\d{4})?\s+|en\s+\d{4}\s+)?(?:el\s+contrato\s+de\s+(?:construcción|las\s+obras)|la\s+construcción|las\s+obras)",
    "it": r"[\s,]*(?:che\s+)?(?:si\s+è\s+aggiudicat[oa]|ha\s+vinto|aveva\s+vinto)\s+(?:nel\s+\d{4}\s+)?(?:l['’]appalto|i\s+lavori|la\s+gara)(?:\s+per\s+la\s+costruzione|\s+di\s+costruzione)?",
    "fr": r"[\s,]*(?:qui\s+)?(?:a|avait)\s+remporté\s+(?:en\s+\d{4}\s+)?(?:le|les)\s+(?:contrat|marché|lot)s?\s+(?:de\s+(?:construction|génie\s+civil|gros\s+œuvre))",
    "de": r"[\s,]*(?:(?:der|die|das)\s+)?(?:hat|hatte|erhielt|erhält|bekam)\s+(?:\w+\s+){0,3}?(?:den|einen)\s+(?:\w+\s+)?(?:Bauauftrag|Generalunternehmerauftrag|Auftrag\s+für\s+den\s+Bau)",
}
_AFTER_RX = {k: re.compile(v, _I) for k, v in _NAME_AFTER.items()}
_BUILT_RX = {k: re.compile(v, _I) for k, v in _BUILT.items()}
#: kinds of a builder of the plant that builds plants of its own, for no client: a maker of vehicles or cells
#: ("The plant is being built by Korvan" in a story about Korvan's supplier: Korvan's own plant)
_OWN_PLANT_KINDS = frozenset({"carmaker", "trucks", "battery_cells"})
_BEFORE_RX = {k: re.compile(v, _I) for k, v in _NAME_BEFORE.items()}
#: a cheap test before the patterns, on the sentence in lower case: a title may open it ("Contratista
#: principal es X", "Maître d'œuvre du chantier est X")
_STEMS = {
    "en": ("entrusted", "outsourced", "handed to", "awarded to", "contract", "supplied by", "provided by", "delivered by", "built by", "installed by", "carried out by", "contractor", "handled by", "led by", "done by",
           "constructed by", "erected by"),
    "es": ("ejecuta", "realiza", "lleva a cabo", "suministr", "instal", "fabric", "adjudic", "contratista", "encargad", "encomendad", "confiad", "asignad", "construid", "levantad", "edificad", "construye", "construirá", "levanta"),
    "it": ("affidat", "assegnat", "aggiudicat", "fornit", "installat", "realizzat", "vinto", "contractor", "costruit", "edificat"),
    "fr": ("confié", "attribué", "fourni", "installé", "livré", "remporté", "entreprise générale", "maître d", "construit", "bâti", "érigé"),
    "de": ("generalunternehmer", "liefer", "installiert", "stammen", "kommen", "bauauftrag", "auftrag für den bau"),
}
#: a description between the pattern and the name: an article, up to six lower-case words, an origin
_DESCRIPTION = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l['’]|il|lo|der|die|das|dem|den)\s*)?(?:[\w'’-]+\s+){0,6}?$", _I)
#: kinds of the contractor that the story's company may not share (a peer builds its own plants)
_BUILDER_KINDS = frozenset({"construction", "machinery", "engineering", "conglomerate", "energy", "industrial", "automation"})


def _kinds(name: str, mentions: list[Mention]) -> set[str]:
    """The sectors of ``name``: from its mentions (the entity stage's gazetteer reading), else the gazetteer."""
    for m in mentions:
        if m.label == "COMPANY" and _name(m) == name and m.attrs.get("sectors"):
            return set(m.attrs["sectors"])
    entry = gazetteer().entry(gazetteer_name(name))
    return set(entry.sectors) if entry is not None else set()


def _contractor(text: str, base: int, comps: list[Mention], lang: str) -> tuple[Mention, tuple[int, int]] | None:
    """The one company the sentence tells building or fitting out the plant, with the span of the words
    that say so (offsets in ``text``)."""
    for m in _AFTER_RX[lang].finditer(text):
        after = [c for c in comps if c.start - base >= m.end() and c.start - base - m.end() <= 60]
        if after and _DESCRIPTION.fullmatch(text, m.end(), after[0].start - base):
            return after[0], m.span()
    for c in comps:
        m = _BEFORE_RX[lang].match(text, c.end - base)
        if m is not None:
            return c, m.span()
    return None


def _main_company(doc: Document, per_sentence: list[list[Mention]], i: int, besides: str) -> str | None:
    """The company the story of sentence ``i`` names most (three times or more, and more than any
    other), not ``besides``; None on a tie."""
    ranked = [(n, k) for n, k in story_counts(doc, per_sentence, i).most_common() if n != besides]
    if not ranked or ranked[0][1] < 3:
        return None
    tied = [n for n, k in ranked if k == ranked[0][1]]
    if len(tied) == 2 and belongs_to(tied[1], tied[0]):
        return tied[1]  # a unit and its group named as often ("PowerCo" and "Volkswagen"): the plant is the unit's
    if len(tied) == 2 and belongs_to(tied[0], tied[1]):
        return tied[0]
    return tied[0] if len(tied) == 1 else None


def plant_works(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, the same sentence, Found) for each contractor or maker of lines so told."""
    stems = _STEMS.get(language)
    if stems is None:
        return []
    out = []
    for i, sent in enumerate(doc.sentences):
        text = doc.text[sent.start : sent.end]
        low = text.lower()
        if not any(s in low for s in stems):
            continue
        comps = named_companies(per_sentence[i])
        names = {_name(c) for c in comps}
        if not comps or len(names) > 3:
            continue
        found = _contractor(text, sent.start, [c for c in comps if c.source != "coref"], language)
        if found is None:
            continue
        contractor, span = found
        who = _name(contractor)
        topic = _main_company(doc, per_sentence, i, who)
        # (the contractor's own group beside it is no other party: "Grovell, a unit of Grovell Holding")
        group = {_name(comps[k]) for k in apposed_owners(text, contractor, comps, sent.start)}
        if topic is None or topic == who or any(n not in (who, topic) and n not in group and not belongs_to(who, n) for n in names):
            continue
        if _kinds(topic, doc.mentions) & _kinds(who, doc.mentions) & _BUILDER_KINDS:
            continue  # a peer: a builder or machine maker the story is about builds for itself
        built = _BUILT_RX.get(language)
        if built is not None and built.fullmatch(text, *span) and _kinds(who, doc.mentions) & _OWN_PLANT_KINDS:
            continue  # a carmaker or cell maker building the plant builds its own, whoever the story is about
        topic = venture_customer(doc, per_sentence, topic)  # a venture's plant: the venture, not its parent
        if topic == who:
            continue
        out.extend(ties_to_listed(language, i, i, sent, text, [contractor], span,
                                  lambda name, topic=topic: ("supplies", name, topic)))
    return out
