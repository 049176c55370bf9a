"""Words the facility extractor needs beyond the shared lexicons, in the five languages.

* ``EXTRA_NOUNS``: plant words the relation lexicons lack ("lithium converter", "Lithiumanlage",
  "Anlage zur Herstellung", "bioraffineria", "ligne pilote", "astillero", "la nuova linea di X",
  "une nouvelle ligne à X", "línea industrial").
* ``LOC_PREP``: words that introduce the place of a plant ("in", "near", "a", "presso", "bei",
  "nahe", "à", "près de", "en", "cerca de") and ``LOC_OF``: the genitive link of "stabilimento di
  Livorno", "usine de Douai", "planta de Cartagena", "Werk Grünheide".
* ``AREA``: the industrial estate, park or port a plant stands in, between its noun and its town
  ("in the industrial park of", "nella zona industriale di", "im Industriepark", "dans la zone
  portuaire de", "en el polígono industrial de"): the town after it is still the plant's place.
* ``ANAPHOR``: a definite plant noun that points back to a plant already named ("the plant", "lo
  stabilimento", "das Werk", "l'usine", "la planta"); ``NEW_PLANT``: words that introduce another
  one ("a second plant", "un nuovo stabilimento", "ein weiteres Werk", "une deuxième usine",
  "otra planta").
* ``GLOBAL``: capacity words about a company's total, not one plant ("global capacity",
  "capacità complessiva", "weltweit", "capacité mondiale", "capacidad total").
* ``ANNUAL_CAP``: "annual capacity of", "Jahreskapazität von"... before an amount in tonnes or
  units that has no "a year" after it.
* ``DELIVERED``: a supply verb before an amount ("will supply 650 GWh a year"): no capacity.
* ``SUBSIDIARY``: "subsidiary", "Tochter", "filiale", "filial": "the Volkswagen subsidiary" is not
  Volkswagen.
* ``NAMING``: "to be called", "si chiamerà", "namens", "baptisée", "se llamará": the name a new
  company (a joint venture) gets.
* ``PRONOUN``: a subject pronoun that opens a sentence ("It", "Esso", "Es", "Il"/"Elle", "Ésta").
* ``PHASE``: a sentence that opens with a phase of the plant ("La première phase portera sur ...").
* ``FUTURE``: words that put an "active" cue in the future ("mise en service prévue fin 2026").
* ``PAUSED``: plants put on hold ("on hold", "auf Eis", "gelées", "congelati", "en pausa").
* ``STATUS``: cues the shared lexicons miss, per status, tried before them.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

EXTRA_NOUNS = {
    "en": r"\b(?:lithium|hydroxide|cathode|anode|precursor|material)s? (?:converter|refinery|facility|plant|site)\b|\bsmelter\b|\bcell (?:factory|plant)\b|\bpilot lines?\b|\bshipyards?\b|\bsteel ?works\b|\bsteel mills?\b|\b(?:chip |wafer |semiconductor )?fabs?\b"
          r"|\b(?:battery|cell|cathode|anode|chemical|lithium|nickel|refining|steel) complex(?:es)?\b"
          r"|\b(?:rolling|aluminum|aluminium|sheet|pulp|paper|rebar|tube|wire) mills?\b",
    "it": r"\bbio-?raffineria\b|\bgiga-?factory\b|\bconvertitore di litio\b|\bcentro produttivo\b|\bfabbrica di (?:celle|batterie)\b|\blinea pilota\b|\bcantiere navale\b|\bcantiere(?= di [A-Z])|\bacciaieria\b|\bfab\b"
          r"|\bcomplesso (?:industriale|chimico|siderurgico|produttivo)\b"
          # a new production line in a town ("la nuova linea di Cortona", "una terza linea da 10 GWh", "la
          # linea industriale di X"); not a line of products or credit, nor "in linea con"; not an assembly
          # line, often the equipment a maker sells ("le linee di assemblaggio fornite da X")
          r"|\blinea (?:produttiva|industriale)\b|\b(?:nuova|seconda|terza|prima) linea(?= (?:(?:di|a|ad) (?-i:[A-Z])|da \d))",
    "de": r"\b\w*[Kk]onverter\b|\b(?:Lithium|Produktions|Recycling|Pilot|Raffinations|Fertigungs|Batterie|Zell|Kathoden|Anoden|Material|Direktreduktions|Elektrolyse|Hydroxid|Konversions|Verarbeitungs|Herstellungs|Montage|Groß)\w*anlage\b|\b(?:[A-Z]\w+[ -])*Fab\b|\bAnlage zur (?:Herstellung|Produktion|Fertigung|Raffination)\b|\b\w*Pilotlinie\b|\b\w*[Ww]erft\b|\b(?:neue|eigene)n? Fertigung\b",
    "fr": r"\bgiga-?usine\b|\bgigafactory\b|\busine de (?:cellules|batteries|cathodes)\b|\bsite de production\b|\bligne pilote\b|\bchantier naval\b|\baciérie\b|\bcomplexe (?:industriel|chimique|sidérurgique)\b"
          r"|\bunités? pilotes?\b|\bateliers? de (?:production|fabrication|montage|assemblage)\b|\batelier(?= d['’]?e? ?(?-i:[A-ZÉ]))"
          r"|\bligne industrielle\b|\b(?:nouvelle|deuxième|seconde|troisième|première) ligne(?= (?:(?:de|à|d['’]) ?(?-i:[A-ZÉ])|de \d))",
    "es": r"\bgigafactor[ií]a\b|\bplanta de (?:celdas|baterías|cátodos)\b|\bbiorrefinería\b|\blínea piloto\b|\bastillero\b|\bacería\b"
          r"|\bcomplejos? (?:(?:industrial|químico|siderúrgico|productivo|europeo|fabril)(?:es)? )?de (?:baterías|celdas|cátodos|litio|acero)\b"
          r"|\blínea industrial\b|\b(?:nueva|segunda|tercera|primera) línea(?= (?:(?:de|en) (?-i:[A-ZÁÉ])|de \d))",
}

# Equipment that is a plant when a company builds it somewhere ("builds a 200 MW electrolyser in
# Normandy") but goods when it is sold or made: a plant noun only in a sentence with no other plant
# noun and no word of supply or order (``SUPPLIED``), right after a verb of building (``BUILT``).
EQUIPMENT = {
    "en": r"\belectroly[sz]ers?\b",
    "it": r"\belettrolizzator[ei]\b",
    "de": r"\b\w*[Ee]lektrolyseur(?:e|s|en)?\b",
    "fr": r"\bélectrolyseurs?\b",
    "es": r"\belectrolizador(?:es)?\b",
}
BUILT = {
    "en": r"\b(?:build\w*|built|construct\w*|install\w*|erect\w*|commission\w*)\s+(?:[\w.,-]+\s+){0,5}$",
    "it": r"\b(?:costrui\w+|costruzione di|realizz\w+|install\w+)\s+(?:[\w.,'’-]+\s+){0,5}$",
    "de": r"(?:\bbau(?:t|en|te)|\berricht\w+|\bBau\s+(?:eines|einer)|\binstallier\w+)\s+(?:[\w.,-]+\s+){0,6}$",
    "fr": r"\b(?:construi\w+|construction d['’]\w*|install\w+|implant\w+)\s*(?:[\w.,'’-]+\s+){0,5}$",
    "es": r"\b(?:constru\w+|construcción de|levant\w+|instal\w+)\s+(?:[\w.,-]+\s+){0,5}$",
}
SUPPLIED = {
    "en": r"\b(?:suppl\w+|deliver\w*|order\w*|sold|sell\w*|contract\w*|award\w*)\b",
    "it": r"\b(?:fornit\w*|fornir\w*|fornisce|consegn\w+|ordin\w+|commess\w+|vend\w+|contratt\w+|aggiudic\w+)\b",
    "de": r"(?:liefer\w*|Auftr\w+|bestell\w*|verkauf\w*|Vertrag\w*|vergeben)",
    "fr": r"(?<![sS]['’])(?<!\bse )\b(?:fourni\w*|livr\w+|command\w+|vend\w+|contrat\w*|attribu\w+)\b",
    "es": r"\b(?!\w+(?:rse|ndose)\b)(?:suministr\w+|entreg\w+|pedido\w*|encarg\w+|vend\w+|contrat\w+|adjudic\w+)\b",
}

# A supply verb and the recipient's preposition and article right before a plant noun: "X will supply
# power to the plant of Y", "fournira ... à la gigafactory de", "liefert ... an das Werk": X sells to
# the plant, it does not own it.
# (not a reflexive verb, whose subject buys: "pour s'approvisionner en cellules ... pour son usine",
# "para abastecerse de celdas ... a la factoría", "per rifornirsi di celle ... per lo stabilimento")
SUPPLIES_TO = {
    "en": r"\b(?:suppl\w+|deliver\w*|provid\w+|ship\w*|sell\w*|sold)\b[^.;]{0,120}?\b(?:to|for)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    "it": r"\b(?!\w+(?:rsi|rsene)\b)(?:fornir\w*|fornisc\w+|fornit\w+|consegn\w+|vend\w+|aliment\w+)\b[^.;]{0,120}?\b(?:alla|allo|al|all['’]|agli|ai|alle|per (?:la|il|lo|l['’]|i|gli|le))\s*(?:[\w-]+\s+){0,2}(?:(?:fase|linea|ampliamento|espansione) (?:della|del|dello|dell['’])\s*)?$",
    "de": r"(?:liefer\w*|belief\w*|verkauf\w*|versorg\w*)\b[^.;]{0,120}?\b(?:an|für)\s+(?:das|den|die|seine[mn]?|ihre[mn]?|dessen|deren)\s+(?:[\w-]+\s+){0,2}$",
    "fr": r"(?<![sS]['’])(?<!\bse )\b(?:fourni\w*|livr\w+|vend\w+|approvisionn\w+|aliment\w+)\b[^.;]{0,120}?\b(?:à la|à l['’]|au|aux|à (?:son|sa|ses|leur|leurs)|pour (?:la|le|l['’]|les|son|sa|ses|leur|leurs))\s*(?:[\w-]+\s+){0,2}$",
    "es": r"\b(?!\w+(?:rse|ndose)\b)(?:suministr\w+|abastec\w+|entreg\w+|vend\w+|prove\w+)\b[^.;]{0,120}?\b(?:a la|al|a las|a los|a sus?|para (?:la|el|las|los|sus?))\s+(?:[\w-]+\s+){0,2}$",
}

# Plant words that name something else here ("impianti frenanti" are brake systems).
EXCLUDE = {
    "en": r"\b(?:sewage|treatment|solar|wind|hydro|nuclear|coal|gas|power) plants?\b|\bplant-based\b",
    "it": r"\bimpiant[oi] (?:frenant\w*|elettric\w*|di (?:frenata|climatizzazione|illuminazione|sicurezza|riscaldamento))",
    "de": r"\b\w*(?:Klär|Solar|Windkraft|Photovoltaik|Geld|Biogas|Wind)anlagen?\b",
    "fr": r"\bsites? (?:internet|web|classés?)\b",
    "es": r"\bplanta (?:baja|superior|alta)\b",
}

LOC_PREP = {
    "en": r"(?:in|near|at|outside|close to|in the (?:town|city|village) of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of)",
    "it": r"(?:a|ad|in|presso|vicino a|nei pressi di|nel comune di|alle porte di|a (?:nord|sud|est|ovest) di)",
    "de": r"(?:in|bei|nahe|nahe bei|im|am|in der Nähe von|unweit von)",
    "fr": r"(?:à|au|en|près de|dans|sur le site de|au (?:nord|sud|est|ouest) de)",
    "es": r"(?:en|cerca de|junto a|a las afueras de|al (?:norte|sur|este|oeste) de)",
}
LOC_OF = {
    "en": r"(?:in|at|near)",
    "it": r"(?:di|a)",
    "de": r"(?:in|bei|nahe)?",  # "das Werk Grünheide", "das Werk in Zwickau"
    "fr": r"(?:de|d['’]|à)",
    "es": r"(?:de|en)",
}

# the link of a product complement between a plant noun and its town: "stabilimento di pistoni di X",
# "usine de moteurs électriques de X", "fábrica de turismos de X", "a plant for battery packs in X".
# (German names the product inside the noun, "das Kolbenwerk in X": no complement to skip there)
GOODS_OF = {
    "en": r"(?:for|of)",
    "it": r"(?:di|per)",
    "de": None,
    "fr": r"(?:de|d['’]|pour)",
    "es": r"(?:de|para)",
}

AREA = {
    "en": r"(?:in|at|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:industrial|business|chemical|science|technology|port)\s+(?:park|area|zone|estate|site|complex)\s+(?:of\s+|in\s+|at\s+)?"
          r"|(?:in|at)\s+the\s+(?:municipality|town|village|commune|borough)\s+of\s+",
    "it": r"(?:nel|nell['’]|nella|presso\s+(?:il|la|l['’]))\s*(?:area|zona|parco|polo|distretto|piana|sito|porto)(?:\s+(?:industriale|produttivo|chimico|portuale|tecnologico|logistico))?\s+(?:di|del|della|d['’])\s*"
          r"|(?:nel|presso\s+il)\s+comune\s+di\s+|nella\s+(?:città|frazione|località)\s+di\s+",
    "de": r"(?:im|in\s+dem|auf\s+dem)\s+(?:[\w-]*(?:[Ii]ndustrie|[Cc]hem|[Gg]ewerbe)(?:park|gebiet)|[\w-]*[Hh]afen|Chempark|Gewerbegebiet|Industriegebiet)\s+(?:von\s+|in\s+)?"
          r"|in\s+der\s+(?:Gemeinde|Ortschaft|Kommune)\s+",
    "fr": r"(?:dans|sur)\s+(?:la|le|l['’])\s*(?:zone|parc|plateforme|site|pôle|port)(?:\s+(?:industriel(?:le)?|portuaire|d['’]activités?|chimique|logistique))?\s+(?:de|d['’]|du)\s*"
          r"|(?:sur|dans)\s+la\s+commune\s+(?:de\s+|d['’]\s*)|dans\s+la\s+localité\s+(?:de\s+|d['’]\s*)",
    "es": r"(?:en|junto\s+a)\s+(?:el|la)\s+(?:polígono|parque|polo|zona|complejo|puerto)(?:\s+(?:industrial|químico|empresarial|tecnológico|logístico|portuario|franca))?\s+(?:de|del)\s+"
          r"|en\s+(?:la\s+(?:comuna|localidad)|el\s+(?:municipio|término\s+municipal|concejo))\s+de\s+"
          # "la planta piloto del parque tecnológico de X"; a lithium plant's salt flat, named with or
          # without "de" ("en el salar de X", "en el salar X", "del Salar del X")
          r"|del\s+(?:polígono|parque)\s+(?:industrial|químico|empresarial|tecnológico|logístico)\s+(?:de|del)\s+"
          r"|(?:(?:en|junto\s+a)\s+el|del)\s+salar\s+(?:de\s+|del\s+)?",
}

# English and German put a plant's size or cost before its noun: "The 15.8 GWh factory, which cost
# ...", "the $2 billion plant", "the 40-gigawatt-hour plant", "the 30,000-tonne refinery", "Die
# 40-GWh-Fabrik", "das 2-Milliarden-Euro-Werk". The amount names no new plant: the plant the story
# told of has that size, so the noun points back as a bare "the plant" does.
_SIZE_EN = (r"(?:(?:[$€£]\s?)?\d[\d.,]*(?:\s?(?:bn|billion|million|mn|m)\b)?"
            r"(?:[- ](?:GWh|gigawatt[- ]hours?|GW|MWh|MW|tonnes?|tons?|pounds?|euros?|dollars?))?"
            r"(?:[- ](?:a|per)[- ]year)?[- ])?")
_SIZE_DE = r"(?:\d[\d.,]*-(?:[\wÄÖÜäöüß]+-)+)?"

ANAPHOR = {
    "en": r"\b(?:the|this|that|its|the new|the planned) (?:new |planned |future |proposed )?" + _SIZE_EN
          + r"(?:giga-?factory|plant|factory|facility|site|works|refinery|converter)\b",
    "it": r"\b(?:lo|il|l['’]|la|questo|quello|quella|nuovo|nuova|futuro|futura) ?(?:nuovo |nuova |futuro |futura )?(?:stabilimento|impianto|fabbrica|giga-?factory|sito|polo|raffineria)\b",
    "de": r"\b(?:das|dem|des|die|der|dieses|diese|dieser) (?:neue[nrs]? |geplante[nrs]? |künftige[nrs]? )?" + _SIZE_DE
          + r"(?:\w*[Ww]erk(?:s|e)?|\w*[Ff]abrik|Anlage|Standort(?:s|e)?)\b",
    "fr": r"\b(?:l['’]|la|le|cette|ce|cet|la future|le futur) ?(?:nouvelle |nouveau |future |futur )?(?:usine|site|giga-?factory|gigafactory|raffinerie|complexe)\b",
    "es": r"\b(?:la|el|esta|este|dicha|dicho|la nueva|la futura) (?:nueva |futura )?(?:planta|fábrica|gigafactor[ií]a|factoría|instalación|complejo)\b",
}
# a phrase of time that may open a sentence before the plant noun: "À terme, le complexe doit
# atteindre ...", "Eventually, the plant will ...", "In una prima fase lo stabilimento ...",
# "Zunächst soll das Werk ...", "A largo plazo, la planta ..." (each language its own phrases)
_TIME_PHRASES = {
    "en": r"eventually|ultimately|initially|at first|at full capacity|(?:by|in) \d{4}|in (?:a|the) first phase",
    "fr": r"à terme|d['’]ici (?:à )?(?:\d{4}|là)|en \d{4}|dans un premier temps|à pleine capacité",
    "it": r"entro il \d{4}|a regime|inizialmente|in una prima fase|a (?:medio|lungo) termine|nel \d{4}",
    "es": r"en una primera fase|a (?:medio|largo) plazo|inicialmente|en \d{4}",
    "de": r"zunächst|langfristig|in einer ersten (?:phase|stufe)|bis \d{4}|(?:im jahr )?\d{4}",
}
#: after a German time phrase the verb comes second, before the plant noun
_DE_VERB_SECOND = r"(?:(?:soll|sollen|wird|werden|kann|könnte|dürfte|muss|hat|ist)\s+)?"
_TIME_OPENER = {lang: rf"(?:(?:{rx})\s*,?\s+{_DE_VERB_SECOND if lang == 'de' else ''})?" for lang, rx in _TIME_PHRASES.items()}
ANAPHOR_START = {lang: re.compile(r"^\W{0,3}" + _TIME_OPENER[lang] + r"(?:" + rx[2:] + r")", _I) for lang, rx in ANAPHOR.items()}

NEW_PLANT = {
    "en": r"\b(?:second|third|fourth|another|new|additional|further) (?:\w+ ){0,3}(?:giga-?factory|plant|factory|facility|site)\b",
    "it": r"\b(?:second[oa]|terz[oa]|altr[oa]|nuov[oa]|ulterior[ei]) (?:\w+ ){0,2}(?:stabilimento|impianto|fabbrica|giga-?factory)\b|\b(?:stabilimento|impianto|fabbrica|giga-?factory) (?:\w+ ){0,1}(?:nuov[oa]|aggiuntiv[oa])\b",
    "de": r"\b(?:zweite[nrs]?|dritte[nrs]?|weitere[nrs]?|neue[nrs]?|zusätzliche[nrs]?) (?:\w+ ){0,2}(?:\w*[Ww]erk|\w*[Ff]abrik|Anlage|Standort)\b",
    "fr": r"\b(?:deuxième|seconde?|troisième|autre|nouvelle|nouveau) (?:\w+ ){0,2}(?:usine|gigafactory|site|implantation)\b|\b(?:usine|site) (?:\w+ ){0,1}(?:nouvelle|supplémentaire)\b",
    "es": r"\b(?:segunda|tercera|otra|nueva) (?:\w+ ){0,2}(?:planta|fábrica|gigafactor[ií]a)\b|\b(?:planta|fábrica) (?:\w+ ){0,1}(?:nueva|adicional)\b",
}

GLOBAL = {
    "en": r"\b(?:global|worldwide|total|overall|combined|group-wide|company-wide|group)\s+(?:\w+\s+){0,2}capacit|\bcapacit\w* (?:\w+ ){0,3}(?:worldwide|globally|in total|across (?:all|its))\b|\bacross (?:all |its )?(?:plants|sites|factories)\b",
    "it": r"\bcapacità (?:\w+ ){0,2}(?:complessiva|totale|globale|mondiale)\b|\b(?:complessivamente|in totale|a livello globale|nel mondo)\b",
    "de": r"\b(?:weltweit|insgesamt|Gesamtkapazität|konzernweit|global)\w*\b",
    "fr": r"\bcapacité (?:\w+ ){0,2}(?:mondiale|globale|totale)\b|\b(?:au total|dans le monde|à l['’]échelle mondiale)\b",
    "es": r"\bcapacidad (?:\w+ ){0,2}(?:mundial|global|total)\b|\b(?:en total|en todo el mundo|a nivel mundial)\b",
}

ANNUAL_CAP = {
    "en": r"\b(?:annual|yearly|per-year)(?: production| output)? capacity of (?:up to |about |around |some )?$|\b(?:annually|each year|every year) (?:up to |about |around |some )?$|\bcapacity to (?:produce|make|process) (?:up to |about |around |some )?$|\b(?:can|could|will|would|to) (?:make|produce|build|assemble|turn out) (?:up to |about |around |some )?$",
    "it": r"\bcapacità (?:produttiva )?annua (?:di )?(?:fino a |circa )?$|\bogni anno (?:circa |fino a )?$|\bcapacità di (?:produrre|lavorare) (?:fino a |circa )?$|\b(?:può|potrà|possono|potranno|in grado di) (?:produrre|sfornare|assemblare|fabbricare) (?:fino a |circa )?$",
    "de": r"\bJahreskapazität (?:von )?(?:bis zu |rund |etwa |ca\. )?$|\b(?:jedes|pro|im) Jahr (?:rund |etwa |bis zu |ca\. )?$|\bjährlich (?:rund |etwa |bis zu |ca\. )?$|\bjährliche[nr]? (?:Produktions)?[Kk]apazität (?:von )?(?:bis zu |rund |etwa )?$",
    "fr": r"\bcapacité (?:de production )?annuelle (?:de )?(?:jusqu['’]à |environ )?$|\bchaque année (?:environ |jusqu['’]à )?$|\b(?:peut|pourra|peuvent|pourront|capable de) (?:produire|fabriquer|assembler|sortir) (?:jusqu['’]à |environ )?$",
    "es": r"\bcapacidad (?:de producción )?anual (?:de )?(?:hasta |unas |unos |cerca de )?$|\bcada año (?:hasta |unas |unos )?$|\b(?:puede|podrá|pueden|podrán|capaz de) (?:producir|fabricar|ensamblar) (?:hasta |unas |unos )?$",
}

# A verb of supply before an amount: the amount delivered, not a plant's capacity ("Iberdrola will
# supply some 650 GWh a year to the plant", "suministrará unos 650 GWh anuales").
DELIVERED = {
    "en": r"\b(?:suppl(?:y|ies|ied|ying)|deliver\w*|cover\w*|purchas\w+|buy(?:s|ing)?|bought)\s+(?:[\w-]+\s+){0,5}$",
    "it": r"\b(?!\w+(?:rsi|rsene)\b)(?:fornir\w*|fornisce|fornirà|consegn\w+|coprir\w*|acquist\w+|compr\w+)\s+(?:[\w'’-]+\s+){0,5}$",
    "de": r"\b(?:liefer\w*|bezieh\w*|bezog\w*|deck\w*|kauf\w*)\s+(?:[\w-]+\s+){0,5}$",
    "fr": r"(?<![sS]['’])(?<!\bse )\b(?:fourni\w*|livr\w+|couvr\w*|achet\w+|achèt\w+)\s+(?:[\w'’-]+\s+){0,5}$",
    "es": r"\b(?!\w+(?:rse|ndose)\b)(?:suministr\w+|abastec\w+|entreg\w+|cubr\w+|compr\w+)\s+(?:[\w-]+\s+){0,5}$",
}

SUBSIDIARY = {
    "en": r"\b(?:subsidiary|unit|arm|division|daughter company)\b",
    "it": r"\b(?:controllata|filiale|consociata|divisione|società figlia)\b",
    "de": r"\w*[Tt]ochter(?:gesellschaft|firma|unternehmen)?\b",
    "fr": r"\b(?:filiale|branche|division)\b",
    "es": r"\b(?:filial|subsidiaria|división)\b",
}

NAMING = {
    "en": r"\b(?:(?:to be|will be|is|was|been) (?:called|named|known as|dubbed)|called|named|dubbed|under the name)\s+$",
    "it": r"\b(?:si chiamerà|si chiama|denominat[ao]|chiamat[ao]|battezzat[ao]|con il nome di|dal nome)\s+$",
    "de": r"\b(?:namens|mit dem Namen|heißt|heißen wird|soll \w* ?heißen|firmiert unter|getauft auf den Namen)\s+$",
    "fr": r"\b(?:baptisée?s?|dénommée?s?|appelée?s?|nommée?s?|s['’]appellera|s['’]appelle|portera le nom(?: de)?|sous le nom de)\s+$",
    "es": r"\b(?:se llamará|se llama|denominad[ao]|llamad[ao]|bautizad[ao]|bajo el nombre de|con el nombre de)\s+$",
}
# "Aragon Cells" after a naming cue: one to four capitalised words (and "&", "-", digits inside).
NAME_AFTER = re.compile(r"[«\"“']?\s*((?:[A-ZÀ-ÖØ-Þ][\w&.\-]*|\d\w*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w&.\-]*|&|\d\w*)){0,3})")

PRONOUN = {
    "en": r"^\W{0,3}(?:it|the company|the group|the firm)\b",
    "it": r"^\W{0,3}(?:esso|essa|l['’]azienda|la società|il gruppo)\b",
    "de": r"^\W{0,3}(?:es|sie|das Unternehmen|der Konzern|die Firma)\b",
    "fr": r"^\W{0,3}(?:il|elle|l['’]entreprise|la société|le groupe)\b",
    "es": r"^\W{0,3}(?:ésta|esta|éste|la empresa|la compañía|el grupo)\b",
}

# A sentence that opens with a phase of the plant speaks of the plant ("The first phase will have
# 20 GWh", "La première phase portera sur 20 GWh", "Die erste Ausbaustufe soll ...").
PHASE = {
    "en": r"^\W{0,3}(?:[\w'’]+\s+){0,2}(?:first|second|initial|opening)\s+(?:phase|stage)\b",
    "it": r"^\W{0,3}(?:[\w'’]+\s+){0,2}(?:prima|seconda|iniziale)\s+fase\b",
    "de": r"^\W{0,3}(?:[\w'’]+\s+){0,2}(?:erste[nr]?|zweite[nr]?)\s+(?:Phase|Stufe|Ausbaustufe|Bauabschnitt)\b",
    "fr": r"^\W{0,3}(?:[\w'’]+\s+){0,2}(?:première|seconde|deuxième)\s+(?:phase|tranche|étape)\b",
    "es": r"^\W{0,3}(?:[\w'’]+\s+){0,2}(?:primera|segunda)\s+(?:fase|etapa)\b",
}

# Words that put an "active" cue in the future ("mise en service prévue fin 2026", "soll ... in
# Betrieb gehen", "will start production"): the plant does not run yet.
FUTURE = {
    "en": r"\b(?:will|would|shall|is (?:due|expected|scheduled|set|slated) to|are (?:due|expected|scheduled|set) to|planned|expected|scheduled)\b",
    "it": r"\b(?:previst[oa]|dovrebbe|dovrà|entrerà|avvierà|inizierà|sarà|saranno)\b",
    "de": r"\b(?:soll|sollen|wird|werden|geplant\w*|vorgesehen|ab 20\d\d|von 20\d\d an|gehen|nehmen)\b",
    "fr": r"\b(?:prévue?s?|devrait|devraient|doit|doivent|sera|seront|entrera|démarrera|à terme)\b",
    "es": r"\b(?:previst[oa]s?|debería|deberá|entrará|arrancará|comenzará|será|serán)\b",
}

STATUS = {
    "en": {
        "denied": r"\b(?:rejected|dismissed|denied) (?:reports?|claims?|speculation)\b|\bno (?:such )?plans?\b",
        "rumoured": r"\b(?:newsletter|newspaper|paper|daily|media|press) (?:\w+ ){0,3}(?:reported|said|says|claims?|added|adds|wrote|writes)\b",
        "under_construction": r"\b(?:is|are) (?:\w+ ){0,2}(?:building|constructing|erecting)\b|\bconstruction (?:[\w,'’-]+ ){0,6}(?:is|has been) (?:well )?(?:advanced|progressing|under ?way|ongoing)\b|\bwork(?:s)? (?:on the site |on the plant )?(?:has|have) (?:started|begun)\b"
                              r"|\bconstruction (?:[\w,'’-]+ ){0,8}(?:has|have) (?:started|begun)\b|\b(?:broke|has broken|have broken) ground\b|\b(?:topped|tops|has topped) out\b|\bpoured (?:the )?(?:first )?foundations?\b",
        "ended": r"\bstopped production\b|\bceased operations?\b|\bclosed (?:down|its)\b|\b(?:abandon\w*|scrap(?:s|ped|ping)?|drop(?:s|ped)|cancel\w*|shelv\w+) (?:\w+ ){0,3}plans?\b|\bplans? (?:\w+ ){0,4}(?:abandoned|scrapped|cancell?ed|shelved|dropped)\b",
        "active": r"\b(?:started|began|begun|commenced|starts) (?:\w+ ){0,2}(?:production|output|operations)\b|\b(?:operating|in operation) since\b",
    },
    "it": {
        "denied": r"\bsmentit\w+|\bha smentito\b|\bnessun (?:piano|progetto)\b",
        "rumoured": r"\bsecondo (?:indiscrezioni|fonti|alcune fonti|quanto riporta|il quotidiano|la stampa)\b|\bindiscrezion\w+\b",
        "under_construction": r"\bgià in costruzione\b|\blavori (?:\w+ ){0,2}(?:iniziati|avviati|cominciati)\b|\b(?:sono )?(?:iniziati|partiti|cominciati|avviati) (?:\w+ ){0,3}i lavori\b|\bin corso (?:i|di) lavori\b|\bsono in corso i lavori\b|\bproseguono (?:\w+ ){0,2}i lavori\b|\blavori (?:\w+ ){0,3}proseguono\b|\bsta(?:nno)? completando\b|\blavori\b.{0,80}\bin fase avanzata\b"
                              r"|\bsta(?:nno)? (?:realizzando|installando|ultimando|erigendo)\b",
        "ended": r"\bha fermato la produzione\b|\bchiuderà\b|\b(?:rinuncia|rinunciato|abbandona\w*) (?:\w+ ){0,3}(?:progett|pian)\w*",
        "active": r"\b(?:ha|hanno) (?:avviato|iniziato|cominciato) (?:\w+ ){0,2}(?:produzione|attività)\b|\b(?:realizza|assembla|fabbrica|sforna)(?:no)? (?:la|il|lo|le|i|gli|l['’])|\b(?:funziona(?:no)?|opera(?:no)?|è operativ[oa]|in funzione) (?:già )?da(?:l|lla|l[\'’])?\b",
    },
    "de": {
        "denied": r"\bwies? (?:\w+ ){0,4}zurück\b|\bdementier\w+|\bgibt es nicht\b|\bkeine (?:solchen )?Pläne\b",
        "under_construction": r"\bmit dem Bau (?:\w+ ){0,9}begonnen\b|\bBau (?:\w+ ){0,4}(?:begonnen|gestartet|hat begonnen)\b|\berrichtet (?:derzeit|gerade|in)\b|\bder Bau ist (?:weit )?(?:fortgeschritten|im Gange)\b|\bbaut (?:\w+ ){0,5}(?:derzeit|gerade)\b|\bbaut (?:\w+ ){0,8}weiter\b"
                              r"|\bRichtfest (?:\w+ ){0,3}gefeiert\b",
        "ended": r"\bProduktion (?:endgültig )?eingestellt\b|\b(?:gibt|gab|geben) (?:\w+ ){0,2}Pläne (?:\w+ ){0,6}auf\b|\bPläne (?:\w+ ){0,4}(?:aufgegeben|gestoppt|beerdigt)\b",
        "active": r"\b(?:hat|haben) (?:\w+ ){0,3}(?:Produktion|Fertigung|Serienfertigung|Serienproduktion) (?:\w+ ){0,2}aufgenommen\b|\b(?:läuft|laufen|produziert|arbeitet) (?:\w+ )?seit\b",
    },
    "fr": {
        "denied": r"\bdément\w*|\ba démenti\b|\baucun projet\b",
        "rumoured": r"\bselon (?:des sources|plusieurs sources|nos informations|le journal|la presse)\b",
        "ended": r"\b(?:renonce|a renoncé|abandonne|a abandonné) (?:\w+ ){0,3}(?:projet|plans?)\b|\bprojet (?:\w+ ){0,3}abandonné\b",
        "under_construction": r"\bconstruit (?:actuellement|également|aussi)\b|\best en (?:cours de )?construction\b|\btravaux (?:[\w'’-]+ ){0,8}(?:ont )?(?:commencé|débuté)\b|\bcoup d['’]envoi (?:des|du) (?:travaux|chantier)\b|\blancen?t? (?:le|les) (?:chantier|travaux)\b"
                              r"|\b(?:a|ont) lancé (?:le|les) (?:chantier|travaux)\b|\best en cours d['’](?:installation|aménagement|édification)\b|\b(?:a|ont) coulé (?:[\w'’-]+ ){0,6}fondations\b|\bpremière pierre (?:a été )?posée\b",
        "active": r"\bexploit(?:e|ent)\b|(?<!\bla )(?<!\bune )\bfabriquen?t?\b|\ba (?:démarré|lancé|commencé) (?:\w+ ){0,2}(?:production|fabrication)\b|(?<!\ble )(?<!\bun )(?<!\bdu )\bprodui(?:t|sent) (?:le|la|les|des|du|l['’])|\bfonctionn(?:e|ent) depuis\b|\btourn(?:e|ent) depuis\b|\ben service depuis\b",
    },
    "es": {
        # (the sentence's plant noun reaches these patterns masked with x's: "levanta su xxxxxx")
        "denied": r"\bdesmint\w+|\bnegó\b|\bno hay (?:tales )?planes\b",
        "rumoured": r"\bsegún (?:fuentes|medios|informaciones|el diario)\b",
        "under_construction": r"\bcuyas obras avanzan\b|\bobras (?:\w+ ){0,2}avanzan\b|\bya en construcción\b|\b(?:está|están) construyendo\b|\bconstruye\b"
                              r"|\b(?:está|están) levantando\b|\blevantan? (?:su|sus|una|la|el) (?:nueva |primera |segunda )?(?:planta|fábrica|gigafactoría|factoría|nave|refinería|x{5,})\b|\bobras (?:[\w-]+ ){0,8}(?:han comenzado|comenzaron|arrancaron|empezaron)\b|\b(?:colocó|colocaron|ha colocado) la primera piedra\b",
        "ended": r"\bha cerrado\b|\bdejó de producir\b|\b(?:renuncia|renunció|abandona|abandonó|cancela|canceló) (?:\w+ ){0,3}(?:proyecto|planes|plan)\b",
        "active": r"\b(?:ha|han) (?:iniciado|comenzado|arrancado) (?:\w+ ){0,2}(?:producción|fabricación)\b|\b(?:monta|ensambla)n? (?:el|la|los|las)\b|\b(?:funciona(?:n)?|opera(?:n)?|produce(?:n)?|está en (?:funcionamiento|operación)) desde\b",
    },
}

# Month names: a town of the place list that is also a month ("im März": Marz in Austria) is the month
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
    "giugno", "luglio", "settembre", "ottobre", "dicembre",
})

# Words that start a capitalised run but are never a place ("In", "The", months...).
NOT_PLACE = {
    "the", "a", "an", "il", "lo", "la", "le", "les", "der", "die", "das", "el", "los", "las", "un", "una",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
    "giugno", "luglio", "settembre", "ottobre", "dicembre", "europe", "europa", "q1", "q2", "q3", "q4",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ceo", "eu", "us",
    "model", "giga", "gigafactory", "new", "old", "first", "second", "third", "main", "flagship", "north", "south",
    "east", "west", "american", "european", "german", "chinese", "french", "italian", "spanish", "british",
    "japanese", "korean", "hungarian", "polish", "mexican", "canadian", "swedish", "czech", "us-based",
    # the stock exchange a company is listed on ("quotato in Borsa", "an der Börse notiert")
    "borsa", "börse", "bourse", "bolsa", "nasdaq", "nyse",
}


def compiled(lang: str) -> dict:
    got = _COMPILED.get(lang)
    if got is None:  # (``setdefault(lang, _compile(lang))`` compiled the cues again on every call)
        got = _COMPILED[lang] = _compile(lang)
    return got


# Plants put on hold: "on hold", "auf Eis gelegt", "gelées", "congelati", "en pausa" (a list of such
# plants told in passing gives no plant past its first).
PAUSED = {
    "en": r"\b(?:on hold|on ice|paused|pausing|frozen|froze|freez(?:e|es|ing)|shelved|shelving|suspended|suspend(?:s|ing)?|mothball(?:s|ed|ing)?)\b",
    "de": r"\bauf Eis\b|\b(?:eingefroren|pausiert|pausieren|ausgesetzt|zurückgestellt|eingemottet|gestoppt|auf Halde)\b",
    "fr": r"\b(?:g[eè]l(?:é|ée|és|ées|er|e|ent)|en pause|mise? en pause|suspendu(?:e|s|es)?|suspend(?:re|u|ent)|en suspens|à l['’]arrêt|en sommeil|mise? en veille)\b",
    "it": r"\b(?:congelat[oaie]|congela(?:to|no|re)?|in pausa|sospes[oaie]|sospend(?:e|ere|ono)|in sospeso|accantonat[oaie]|in stand-?by|bloccat[oaie])\b",
    "es": r"\b(?:congelad[oa]s?|congel(?:a|an|ar|ó)|en pausa|suspendid[oa]s?|suspend(?:e|en|er|ió)|en suspenso|paralizad[oa]s?|paraliz(?:a|an|ó)|aparcad[oa]s?|en el congelador)\b",
}

_COMPILED: dict[str, dict] = {}


def _compile(lang: str) -> dict:
    lang = lang if lang in EXTRA_NOUNS else "en"
    return {
        "extra_nouns": re.compile(EXTRA_NOUNS[lang], _I if lang != "de" else 0),
        "exclude": re.compile(EXCLUDE[lang], _I),
        "loc_prep": LOC_PREP[lang],
        "loc_of": LOC_OF[lang],
        "goods_of": GOODS_OF[lang],
        "area": AREA[lang],
        "equipment": re.compile(EQUIPMENT[lang], _I if lang != "de" else 0),
        "supplied": re.compile(SUPPLIED[lang], _I if lang != "de" else 0),
        "built": re.compile(BUILT[lang], _I if lang != "de" else 0),
        "supplies_to": re.compile(SUPPLIES_TO[lang], _I if lang != "de" else 0),
        "anaphor_start": ANAPHOR_START[lang],
        "anaphor": re.compile(ANAPHOR[lang], _I),
        "new_plant": re.compile(NEW_PLANT[lang], _I),
        "global": re.compile(GLOBAL[lang], _I),
        "annual_cap": re.compile(ANNUAL_CAP[lang], _I),
        "subsidiary": re.compile(SUBSIDIARY[lang], _I),
        "delivered": re.compile(DELIVERED[lang], _I),
        "naming": re.compile(NAMING[lang], _I),
        "pronoun": re.compile(PRONOUN[lang], _I),
        "phase": re.compile(PHASE[lang], _I),
        "future": re.compile(FUTURE[lang], _I),
        "paused": re.compile(PAUSED[lang], _I),
        "status": {k: re.compile(v, _I) for k, v in STATUS[lang].items()},
    }
