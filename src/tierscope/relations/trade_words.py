"""The words a page uses for what a company makes, in the five languages, and the gazetteer sector
each stands for: the goods along the EV chain ("cathodes", "celle", "Kabelbäume", "bornes de recharge",
"ejes eléctricos"), the makers' nouns built on them ("cathode maker", "produttore di catodi",
"Kathodenhersteller", "fabricant de cellules", "fabricante de baterías") and the trades that stand
alone ("carmaker", "miner", "recycler", "utility", "équipementier", "Autobauer", "minera").

``described_trades.py`` reads them around a company's name; the sectors are the gazetteer's own
(``entities/data/companies.tsv``), so that ``known_roles`` directs a tie between companies the page
describes as it does one between companies the gazetteer knows. Goods are written out beyond what any
one page used: singular and plural, the Romance articles, German compounds by their last part.
"""

from __future__ import annotations

import re

__all__ = ["ADJECTIVAL", "EN_MAKER", "EN_VERB_AGENT", "GENERIC_BUILDERS", "GERMAN_COMPOUND", "GOODS", "MAKER_NOUN", "NOUN_BEFORE_ADJECTIVE",
           "OTHER_WORKS", "STANDALONE",
           "en_agent_sector", "en_maker_sector", "german_sector", "goods_rx", "goods_sector", "standalone_sector", "supplying_agent"]

_MAT, _MIN, _CELL, _PART, _CHIP = "battery_materials", "mining", "battery_cells", "supplier", "chips"
_CAR, _TRUCK, _POWER, _CHARGE, _RECYCLE = "carmaker", "trucks", "energy", "charging", "recycling"

#: goods -> sector, in the order tried (longer and more specific phrases first: "battery packs" is a
#: part, "batteries" a cell maker's goods; "power electronics" a part, never a utility's power)
_GOODS: tuple[tuple[str, str], ...] = (
    (_CHARGE, r"charging (?:stations?|points?|infrastructure|networks?|hubs?|parks?)|charge points?|(?:ev |fast[- ])?chargers"
              r"|colonnine(?: di ricarica)?|stazioni di ricarica|punti di ricarica|infrastrutture? di ricarica|ricarica|recharge|recarga"
              r"|bornes(?: de recharge)?|stations de recharge|points de recharge|r[ée]seaux? de recharge"
              r"|puntos de (?:re)?carga|estaciones de (?:re)?carga|electrolineras?|cargadores"
              r"|lades(?:äulen|tationen|parks?)|ladepunkte|ladeinfrastruktur|schnelllades(?:äulen|tationen)|wallbox(?:en|es)?"),
    (_PART, r"battery (?:packs?|modules?|systems?|enclosures?|housings?|trays?)|pacchi batteri[ae]|pacchi|moduli batteria"
            r"|packs? (?:de |à )?batteries|modules? de batteries|bo[iî]tiers? de batteries|packs? de bater[ií]as|m[óo]dulos de bater[ií]as"
            r"|power electronics|elettronica di potenza|[ée]lectronique de puissance|electr[óo]nica de potencia"
            r"|e-?axles?|electric axles?|e-?assi|assali|essieux(?: [ée]lectriques)?|e-essieux|ejes(?: el[ée]ctricos)?|e-ejes"
            r"|(?:electric |traction )?motors|(?:e-)?motori(?: elettrici)?|moteurs(?: [ée]lectriques)?|motores(?: el[ée]ctricos)?"
            r"|inverters?|onduleurs|inversores"
            r"|wiring(?: harness(?:es)?)?|(?:cable )?harness(?:es)?|cablaggi|faisceaux(?: de c[aâ]bles| [ée]lectriques)?|mazos de cables|arneses"
            r"|cables|cavi|c[aâ]bles|seats|sedili|si[eè]ges|asientos|brakes|braking systems|freni|impianti frenanti|freins|frenos"
            r"|castings?|die[- ]castings?|getti|pressofusioni|pi[eè]ces (?:de fonderie|moul[ée]es)|piezas fundidas"
            r"|gearboxes|transmissions|trasmissioni|cambi|bo[iî]tes de vitesses|cajas de cambios?"
            r"|drive ?units|drivetrains?|powertrains?|propulsori|groupes motopropulseurs|sistemas de propulsi[óo]n"
            r"|thermal management(?: systems)?|heat pumps|pompe di calore|pompes [àa] chaleur|bombas de calor"
            r"|on-?board chargers|busbars|connectors|connettori|connecteurs|conectores|cooling plates|piastre di raffreddamento|plaques de refroidissement"
            r"|placas de refrigeraci[óo]n|rotors|stators|rotori|statori|rotors|stators|rotores|est[áa]tores"
            r"|sensors|sensori|capteurs|sensores|lidars?|radars?"
            r"|wheels|rims|ruote|cerchi|cerchioni|jantes|llantas|(?:auto |car |vehicle )?parts|(?:auto |car |vehicle )?components|componenti|ricambi|composants|pi[eè]ces d[ée]tach[ée]es|componentes|(?:auto)?piezas|autopartes"),
    (_CHIP, r"chips|microchips|semiconductors|semiconduttori|semi-?conducteurs|semiconductores|puces|wafers|microcontrollers|microcontrollori|microcontr[ôo]leurs|microcontroladores"),
    (_MAT, r"battery materials|cathode materials?|anode materials?|active materials?|materiali (?:per (?:le )?batterie|catodici|anodici|attivi)"
           r"|mat[ée]riaux (?:de|pour) batteries|mat[ée]riaux (?:cathodiques|anodiques|actifs)|materiales (?:para (?:las )?bater[ií]as|cat[óo]dicos|an[óo]dicos|activos)"
           r"|cathodes?|catodi|cathodes?|c[áa]todos?|anodes?|anodi|[áa]nodos?|precursors?|precursori|pr[ée]curseurs?|precursores"
           r"|separators?|separatori|s[ée]parateurs?|separadores|electrolytes?|elettroliti|[ée]lectrolytes?|electrolitos"
           r"|copper foils?|lamin(?:a|e) di rame|feuilles? de cuivre|l[áa]minas? de cobre|binders?|leganti|liants|aglutinantes"
           r"|lithium(?: hydroxide| carbonate)?|litio|idrossido di litio|carbonato di litio|hydroxyde de lithium|carbonate de lithium"
           r"|hidr[óo]xido de litio|carbonato de litio|nickel|nichel|n[ií]quel|cobalt|cobalto|graphite|grafite|grafito|manganese|mangan[èe]se|manganeso|spodumene"),
    (_CELL, r"battery cells|(?:lithium-ion |li-ion |lfp |solid-state )?cells|celle(?: (?:per )?batteri[ae])?|cellules(?: de batteries)?|celdas(?: de bater[ií]as)?"
            r"|(?:ev |lithium-ion |solid-state )?batter(?:y|ies)|batterie|bater[ií]as"),
    (_TRUCK, r"trucks|lorries|buses|coaches|vans|camion|autocarri|autobus|furgoni|camions|autocars|bus|poids lourds|camiones|autobuses|furgonetas"),
    (_CAR, r"(?:electric |passenger )?cars|(?:electric )?vehicles|evs|automobiles|auto(?: elettriche)?|automobili|vetture|veicoli(?: elettrici)?"
           r"|voitures(?: [ée]lectriques)?|v[ée]hicules(?: [ée]lectriques)?|coches(?: el[ée]ctricos)?|autom[óo]viles|veh[ií]culos(?: el[ée]ctricos)?"),
    (_POWER, r"electricity|renewable (?:power|energy)|green power|energia(?: elettrica| rinnovabile)?|elettricit[àa]|[ée]lectricit[ée]|[ée]nergie(?: renouvelable)?"
             r"|electricidad|energ[ií]a(?: renovable)?"),
    ("steel", r"steel|acciaio|acier|acero"),
    ("aluminium", r"alumini?um|alluminio|aluminio"),
    ("tyres", r"tyres|tires|pneumatici|pneus|neum[áa]ticos"),
)
#: German goods, the last part of a compound ("Batteriezellen", "Hochvoltkabel", "Elektromotoren"): a
#: prefix of letters may come before each
_DE_GOODS: tuple[tuple[str, str], ...] = (
    (_CHARGE, r"ladesäulen|ladestationen|ladepunkte|ladeinfrastruktur|ladeparks|wallboxen|schnellladestationen"),
    (_PART, r"batteriesysteme|batteriepacks|batteriemodule|batteriegehäuse|leistungselektronik|achsen|motoren|antriebe|antriebsstränge"
            r"|wechselrichter|kabelbäume|kabelsätze|kabel|sitze|bremsen|bremssysteme|gussteile|druckgussteile|getriebe|wärmepumpen"
            r"|steckverbinder|sensoren|komponenten|autoteile|bauteile|teile|räder|felgen|kühlplatten|kühlsysteme|gehäuse|stromschienen|rotoren|statoren"),
    (_CHIP, r"chips|halbleiter|wafer|mikrochips"),
    (_MAT, r"batteriematerialien|kathodenmaterial(?:ien)?|anodenmaterial(?:ien)?|aktivmaterial(?:ien)?|kathoden|anoden|vorprodukte|separatoren"
           r"|elektrolyte|kupferfolien|lithium(?:hydroxid|karbonat|carbonat)?|nickel|kobalt|graphit|mangan"),
    (_CELL, r"zellen|batterien|akkus"),
    (_TRUCK, r"lkw|lastwagen|busse|nutzfahrzeuge|transporter"),
    (_CAR, r"autos|fahrzeuge|pkw|elektroautos|elektrofahrzeuge"),
    (_POWER, r"strom|ökostrom"),
    ("steel", r"stahl"), ("aluminium", r"aluminium"), ("tyres", r"reifen"),
)
#: (a whole word, or the part after a hyphen: "EV-batteries"; never the end of another word: "progetti" holds
#: no "getti", "railcars" no "cars", "abribus" no "bus")
GOODS = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (_s, rx) in enumerate(_GOODS)) + r")(?![\w-])", re.I)
_GERMAN_GOODS = re.compile(r"\b[\w]*?-?(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (_s, rx) in enumerate(_DE_GOODS)) + r")(?![\w-])", re.I)


def goods_rx(language: str) -> re.Pattern:
    """The goods pattern of ``language``: German's reads a compound by its last part."""
    return _GERMAN_GOODS if language == "de" else GOODS


def goods_sector(m: re.Match) -> str:
    """The sector of a match of ``GOODS`` or of the German goods."""
    table = _DE_GOODS if m.re is _GERMAN_GOODS else _GOODS
    return table[int(m.lastgroup[1:])][0]


#: the goods as the first part of an English maker's noun ("cathode maker", "e-axle supplier",
#: "battery-cell producer", "wiring-harness specialist"): singular, hyphen or space before the noun
_EN_MODIFIER: tuple[tuple[str, str], ...] = (
    (_CHARGE, r"charging(?:[- ](?:station|point|network|infrastructure))?|charge[- ]point|charger"),
    (_PART, r"(?:battery[- ])?pack|battery[- ](?:module|system|enclosure)|power[- ]electronics|e-?axle|axle|(?:electric[- ])?motor|inverter|wiring(?:[- ]harness)?"
            r"|harness|cable|seat|brake|casting|die[- ]casting|gearbox|transmission|drivetrain|powertrain|drive[- ]unit|thermal[- ]management"
            r"|heat[- ]pump|connector|sensor|lidar|(?:auto[- ]|car[- ])?parts?|(?:auto[- ])?components?|interior|lighting|glass"),
    (_CHIP, r"chip|semiconductor|microchip|wafer"),
    (_MAT, r"(?:battery[- ])?materials?|cathode(?:[- ]materials?)?|anode(?:[- ]materials?)?|precursor|separator|electrolyte|copper[- ]foil|binder"
           r"|lithium(?:[- ]hydroxide)?|nickel|cobalt|graphite|manganese"),
    (_CELL, r"battery[- ]cells?|cells?|(?:ev[- ]|lithium-ion[- ]|solid-state[- ])?battery"),
    (_TRUCK, r"truck|lorry|bus|coach|van|commercial[- ]vehicle"),
    (_CAR, r"(?:electric[- ])?car|(?:electric[- ])?vehicle|ev|auto|electric-car|electric-vehicle"),
    (_POWER, r"power|electricity|energy|renewable[- ]energy|renewables"),
    ("steel", r"steel"), ("aluminium", r"alumini?um"), ("tyres", r"tyre|tire"),
)
_EN_AGENTS = (r"makers?|manufacturers?|producers?|suppliers?|specialists?|developers?|companies|company|firms?|groups?|start-?ups?"
              r"|businesses|business|operators?|providers?|networks?")
EN_MAKER = re.compile(r"\b(?:" + "|".join(f"(?P<m{i}>{rx})" for i, (_s, rx) in enumerate(_EN_MODIFIER)) + r")[- ](?P<agent>" + _EN_AGENTS + r")\b", re.I)
#: the nouns of one who supplies or specialises rather than makes: "auto supplier", "Autozulieferer", "fornitore
#: di auto" sell parts for vehicles, not vehicles
_SUPPLYING_AGENT = re.compile(r"suppl|speciali|zuliefer|lieferant|spezialist|anbieter|fornit|fournisseur|proveedor|sp[ée]cialist|especialist", re.I)


#: the nouns of one who runs a network or a fleet: over charging points or power a trade ("charging operator",
#: "Ladenetzbetreiber"), over vehicles none: a bus operator, "gestore di autobus", "exploitant de bus",
#: "operador de autobuses", "Busbetreiber" buys the buses
_OPERATING_AGENT = re.compile(r"operat|provider|network|gestor|op[ée]rateur|exploitant|operador|betreiber", re.I)


def supplying_agent(sector: str, agent: str) -> str | None:
    """``sector``, or a parts supplier's where a supplier's or a specialist's noun takes vehicles as its goods,
    or none where an operator's noun does."""
    if sector in (_CAR, _TRUCK) and _OPERATING_AGENT.match(agent):
        return None
    return _PART if sector in (_CAR, _TRUCK) and _SUPPLYING_AGENT.match(agent) else sector
#: a miner, a refiner, a recycler with goods before them: "lithium miner", "nickel refiner", "battery recycler"
EN_VERB_AGENT = re.compile(r"\b(?:[\w-]+[- ])?(?P<agent>miners?|mining (?:company|group|firm)|refiners?|recyclers?|recycling (?:company|firm|specialist|group))\b", re.I)


def en_maker_sector(m: re.Match) -> str | None:
    """The sector of a match of ``EN_MAKER``."""
    k = next(i for i in range(len(_EN_MODIFIER)) if m.group(f"m{i}") is not None)
    return supplying_agent(_EN_MODIFIER[k][0], m.group("agent"))


#: Romance makers' nouns, then (an adjective, then) "of" and the goods: "produttore (cinese) di catodi",
#: "fabricant de cellules", "fabricante de baterías", "fornitore di cablaggi", "spécialiste des câbles"
MAKER_NOUN = {
    "it": re.compile(r"\b(?P<agent>produttor[ei]|produttric[ei]|fabbricant[ei]|costruttor[ei]|fornitor[ei]|fornitric[ei]|specialist[ai]|leader"
                     r"|operator[ei]|gestor[ei]"
                     r"|gruppo|societ[àa]|azienda)(?:\s+[a-zàèéìòù-]+){0,2}?\s+(?:di|del|dei|degli|delle|della|dello|d'|dell')\s*", re.I),
    "fr": re.compile(r"\b(?P<agent>fabricant(?:e|s|es)?|producteurs?|productrices?|fournisseurs?|sp[ée]cialistes?|constructeurs?|[ée]quipementiers?"
                     r"|op[ée]rateurs?|exploitants?"
                     r"|leader)(?:\s+[a-zàâçéèêëîïôûù-]+){0,2}?\s+(?:de|des|du|d'|de la|de l')\s*", re.I),
    "es": re.compile(r"\b(?P<agent>fabricantes?|productor(?:a|es|as)?|proveedor(?:a|es|as)?|especialistas?|constructor(?:a|es|as)?|l[íi]der"
                     r"|operador(?:a|es|as)?|gestor(?:a|es|as)?"
                     r")(?:\s+[a-záéíóúñü-]+){0,2}?\s+(?:de|del|de la|de los|de las)\s*", re.I),
}

#: trades that stand alone, each language's words (folded), -> sector
STANDALONE: dict[str, dict[str, str]] = {
    "en": {**dict.fromkeys("carmaker carmakers automaker automakers car-maker automobile-maker ev-maker oem".split(), _CAR),
           **dict.fromkeys("truckmaker truckmakers busmaker".split(), _TRUCK),
           **dict.fromkeys("chipmaker chipmakers foundry".split(), _CHIP),
           **dict.fromkeys("miner miners".split(), _MIN),
           **dict.fromkeys("refiner refiners".split(), _MAT),
           **dict.fromkeys("recycler recyclers".split(), _RECYCLE),
           **dict.fromkeys("utility utilities".split(), _POWER),
           **dict.fromkeys("steelmaker steelmakers".split(), "steel"),
           **dict.fromkeys("supplier suppliers tier-1 tier-one".split(), _PART)},
    "it": {**dict.fromkeys("componentista componentisti fornitore fornitrice subfornitore terzista".split(), _PART),
           **dict.fromkeys("fonderia".split(), _PART),
           **dict.fromkeys("acciaieria siderurgico".split(), "steel"),
           **dict.fromkeys("riciclatore riciclatori".split(), _RECYCLE),
           **dict.fromkeys("raffinatore raffinatori".split(), _MAT),
           **dict.fromkeys("utility multiutility".split(), _POWER),
           **dict.fromkeys("minerario minerari".split(), _MIN),
           # (after "casa", "gruppo": "il fornitore automobilistico X" is a supplier, whose noun comes first)
           **dict.fromkeys("automobilistica automobilistico".split(), _CAR)},
    "fr": {**dict.fromkeys("équipementier équipementiers sous-traitant fournisseur".split(), _PART),
           **dict.fromkeys("fonderie".split(), _PART),
           **dict.fromkeys("sidérurgiste".split(), "steel"),
           **dict.fromkeys("recycleur recycleurs".split(), _RECYCLE),
           **dict.fromkeys("raffineur raffineurs".split(), _MAT),
           **dict.fromkeys("énergéticien électricien".split(), _POWER),
           **dict.fromkeys("minier miniers".split(), _MIN),
           **dict.fromkeys("constructeur automobile".split(), _CAR)},
    "es": {**dict.fromkeys("autopartista autopartistas proveedor proveedora subcontratista".split(), _PART),
           **dict.fromkeys("fundición".split(), _PART),
           **dict.fromkeys("siderúrgica".split(), "steel"),
           **dict.fromkeys("recicladora recicladoras".split(), _RECYCLE),
           **dict.fromkeys("refinadora refinería".split(), _MAT),
           **dict.fromkeys("eléctrica energética".split(), _POWER),
           **dict.fromkeys("minera mineras".split(), _MIN),
           **dict.fromkeys("automovilística automotriz".split(), _CAR)},
    "de": {**dict.fromkeys("zulieferer autozulieferer zulieferkonzern gießerei lieferant".split(), _PART),
           **dict.fromkeys("autobauer autokonzern autohersteller".split(), _CAR),
           **dict.fromkeys("recycler entsorger".split(), _RECYCLE),
           **dict.fromkeys("versorger energieversorger stromversorger".split(), _POWER),
           **dict.fromkeys("stahlkocher".split(), "steel")},
}


#: standalone trades that are adjectives first ("la plataforma eléctrica X", "il settore automobilistico"):
#: a trade only as a noun, right after an article or a company noun ("la eléctrica X", "la casa
#: automobilistica X", "le groupe minier X", "la minera X")
ADJECTIVAL = frozenset("automobilistica automobilistico minerario minerari siderurgico eléctrica energética minera mineras siderúrgica "
                       "automovilística automotriz minier miniers automobile recicladora".split())
NOUN_BEFORE_ADJECTIVE = frozenset("la las el los una un le les l il lo gli i casa gruppo groupe grupo società azienda empresa compañía "
                                  "société entreprise firma colosso gigante géant constructeur industria".split())


#: a builder's noun that stands for a carmaker only where nothing after it names other works: "le
#: constructeur (chinois) X", not "le constructeur aéronautique, ferroviaire, naval, immobilier X" nor "le
#: constructeur de maisons X" (goods of the chain after "de" are read first: ``MAKER_NOUN``)
GENERIC_BUILDERS = frozenset({"constructeur", "constructeurs"})
OTHER_WORKS = re.compile(r"\s+(?:d['’]|de\b|des\b|du\b|a[ée]ronautiques?\b|ferroviaires?\b|nava(?:l|le|ls|les)\b|immobiliers?\b"
                         r"|agricoles?\b|spatia(?:l|le|ux|les)\b|a[ée]riens?\b|nautiques?\b|industriels?\b|d['’]avions\b)", re.I)


def standalone_sector(language: str, word: str) -> str | None:
    """The sector of a trade word that stands alone ("carmaker", "équipementier", "minera"), or None."""
    return STANDALONE.get(language, {}).get(word.casefold())


#: German compounds whose last part is a maker's, seller's or operator's noun: the first part tells
#: the goods ("Kathodenhersteller", "Kabelspezialisten", "Ladenetzbetreiber", "Lithiumveredler")
GERMAN_COMPOUND = re.compile(
    r"\b(?P<goods>[\w-]+?)(?P<agent>hersteller|produzent(?:en)?|fertiger|lieferant(?:en)?|zulieferer|spezialist(?:en)?|bauer|anbieter"
    r"|konzern|unternehmen|firma|betreiber|veredler|verarbeiter|recycler)(?:s|n)?\b", re.I)
_DE_FIRST: tuple[tuple[str, str], ...] = (
    (_CHARGE, r"lade(?:netz|säulen|stationen|infrastruktur|park)?|schnelllade(?:netz)?|wallbox"),
    (_PART, r"batteriesystem|batteriepack|batteriemodul|batteriegehäuse|leistungselektronik|e-?achs(?:en)?|achs(?:en)?|(?:e-|elektro)?motoren"
            r"|wechselrichter|kabelbaum|kabelsatz|kabel|sitz|brems(?:en)?|guss|druckguss|getriebe|antriebs?|antriebsstrang|thermomanagement"
            r"|wärmepumpen|steckverbinder|sensor(?:en)?|auto(?:mobil)?teile|teile|komponenten|zuliefer|kühlplatten|kühlsystem|gehäuse|stromschienen"),
    (_CHIP, r"chip|halbleiter|wafer"),
    (_MAT, r"(?:batterie)?material|kathoden(?:material)?|anoden(?:material)?|separator(?:en)?|elektrolyt|kupferfolien?|lithium|nickel|kobalt|graphit|mangan"),
    (_CELL, r"(?:batterie)?zell|(?:batterie)?zellen|batterie|akku"),
    (_TRUCK, r"lkw|lkw-|lastwagen|nutzfahrzeug|bus|busse"),
    (_CAR, r"auto|automobil|fahrzeug|elektroauto|e-auto|pkw|elektrofahrzeug"),
    (_POWER, r"strom|energie|ökostrom"),
    (_MIN, r"bergbau|rohstoff|minen"),
    (_RECYCLE, r"recycling|batterierecycling"),
    ("steel", r"stahl"), ("aluminium", r"alu(?:minium)?"), ("tyres", r"reifen"),
)
_DE_FIRST_RX = re.compile(r"(?:" + "|".join(f"(?P<d{i}>{rx})" for i, (_s, rx) in enumerate(_DE_FIRST)) + r")-?", re.I)


def german_sector(first: str, agent: str = "") -> str | None:
    """The sector of a German compound's first part ("Kathoden" of "Kathodenhersteller"), or None; a
    recycler recycles whatever its first part names ("Batterierecycler")."""
    if agent.casefold().startswith("recycler"):
        return _RECYCLE
    m = _DE_FIRST_RX.fullmatch(first)
    return supplying_agent(_DE_FIRST[int(m.lastgroup[1:])][0], agent) if m else None


def en_agent_sector(m: re.Match) -> str:
    """The sector of a match of the English miner/refiner/recycler nouns."""
    agent = m.group("agent").casefold()
    if agent.startswith("min"):
        return _MIN
    if agent.startswith("ref"):
        return _MAT
    return _RECYCLE

