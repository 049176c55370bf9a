"""Word lists of the five languages used by patterns, coreference and context rules.

Sets hold case-folded words. Sector nouns map to the gazetteer sectors they are compatible with
(``None``: any company).
"""

from __future__ import annotations

__all__ = [
    "STOP",
    "CONTEXT",
    "LOCATION_PREPS",
    "PLACE_NAME_HEADS",
    "PLACE_FINANCE_HEADS",
    "NATIONALITY",
    "CITY_ADJECTIVES",
    "REGION_CITIES",
    "SECTOR_NOUNS",
    "CONTINENTS",
    "SPEC_SECTORS",
    "DEFINITE",
    "SECTOR_FAMILY",
    "VEHICLE_MAKERS",
    "compatible_sector",
    "name_sectors",
]


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(w.casefold() for chunk in chunks for w in chunk.split())


MONTHS = _words(
    "January February March April May June July August September October November December",
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "Januar Jänner Februar März Mai Juni Juli Oktober Dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
)
SEASONS = _words(
    "Summer Autumn Winter",
    "Primavera Estate Autunno Inverno",
    "Sommer Sommers Herbst Herbstes Winter Winters Frühjahr Frühjahrs Frühling Frühlings",
    "Printemps Été Automne Hiver",
    "Verano Otoño Invierno",
)
WEEKDAYS = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
)
ROLE_WORDS = _words(
    "CEO CFO CTO COO chairman chairwoman chair president founder chief executive boss head",
    "amministratore delegato presidente fondatore direttore ad",
    "Chef Vorstandschef Konzernchef Vorstand Vorstandsvorsitzender Gründer Geschäftsführer Präsident",
    "PDG directeur président fondateur patron",
    "consejero delegado presidente fundador director",
)
# Capitalised words that never start (or continue) a company name found by pattern.
STOP = (
    _words(
        # determiners, pronouns, prepositions, conjunctions, frequent sentence starters
        "The A An This That These Those Its It Their They We He She Our His Her In On At For By From",
        "Elle Elles Ils Er Sie Es Ella Ellos Ellas Lei Esso Essa",
        "Wir Ihr Uns Unser Unsere Noi Voi Nosotros Nosotras Nous Vous Nuestro Nuestra Nostro Nostra Notre Nos",
        "You Your I My Si Se Ci Ne Former Interim Acting Outgoing Incoming Longtime",
        "With Without Of To As After Before Under Over About Also And But Or If When While Since",
        "According Meanwhile However Now Last Next New Both Other Such Some Many Most All Any",
        "Il Lo La L I Gli Le Un Una Uno Del Della Dello Dei Degli Delle Nel Nella Nei Al Alla",
        "Dal Dalla Per Con Su Tra Fra Anche Ma Se Quando Dopo Prima Secondo Questo Questa Ora",
        "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Im Am Zum Zur Vom Beim Bei Nach Aus",
        "Mit Für Von Und Oder Aber Auch Wie Wenn Nachdem Laut Dieser Diese Dieses Sein Seine Ihre",
        # German prepositions that open a time phrase before the verb ("Seit Mai beliefert der Konzern ...")
        "Seit Ab Bis Vor Um Gegen Durch Ohne Trotz Wegen Während",
        # German pronouns and adverbs that open a sentence before its verb ("Letztere gehört zu ABB")
        "Letztere Letzterer Letzteres Letzteren Erstere Ersterer Ersteres Zuvor Zudem Daneben Derweil Dabei Damit",
        # adverbs that open a sentence before its verb, where a subject cue would take them for a name
        # ("Dafür kooperiert die Tochter mit Y", "Tuttavia fornirà celle a Y", "Asimismo suministrará")
        "Dafür Dazu Dadurch Daher Darum Deshalb Deswegen Danach Davor Dagegen Darüber Damals Dann Dort",
        "Trotzdem Jedoch Allerdings Außerdem Ausserdem Inzwischen Mittlerweile Bisher Bislang Zuletzt",
        "Zunächst Künftig Gleichzeitig Zugleich Ebenfalls Nun Jetzt Bereits Insgesamt Anschließend",
        "Schließlich Stattdessen Ohnehin Immerhin Vielmehr Hingegen Dennoch Somit Folglich Demnach",
        "Offenbar Angeblich Ursprünglich Erstmals Seither Seitdem",
        "Bord Land",  # "bleibt an Bord", "einen Auftrag an Land ziehen": idioms after a deal preposition
        "Inoltre Intanto Tuttavia Successivamente Quindi Poi Infatti Invece Pertanto Dunque Comunque",
        "Finora Ormai Infine Contemporaneamente Parallelamente Peraltro Attualmente Recentemente Inizialmente",
        "Además Asimismo Posteriormente Luego Después Entonces También Ahora Finalmente Actualmente",
        "Recientemente Inicialmente Paralelamente Igualmente Incluso Todavía Aún",
        "Ainsi Désormais Ensuite Puis Alors Enfin Toutefois Cependant Pourtant Néanmoins Déjà",
        "Actuellement Récemment Parallèlement Également",
        "Additionally Separately Moreover Furthermore Later Then Currently Recently Previously Initially",
        "Finally Instead Thus",
        # English prepositions that open a sentence before a name ("Like X, Y makes ...", "Unlike X, ...",
        # "Including X, five firms ...", "Amid X's ...")
        "Like Unlike Including Excluding Among Amid Despite Following Alongside Although Though Because",
        # more openers of the same kind ("Surtout, le constructeur ...", "Parallel dazu ...")
        "Surtout Finalement Notamment Aussi Auparavant Entre-temps Mientras Así Ya Eppure Già Ancora",
        "Später Parallel Nämlich Übrigens Zusätzlich Ferner Überdies Notably Elsewhere Overall Besides",
        "Likewise Nevertheless Nonetheless Still Altrettanto Altresì",
        "Le Les Un Une Du Des Au Aux Dans Sur Pour Par Avec Et Ou Mais Selon Après Avant Ce Cette",
        "El Los Las Lo Un Una Del Al En Con Por Para Según Tras Y O Pero Este Esta Éste Ésta Su Sus",
        # time words
        "Today Yesterday Tomorrow Oggi Ieri Domani Heute Gestern Morgen Aujourd Hier Demain Hoy Ayer",
        "Mañana Week Year Quarter Woche Jahr Jahres Quartal Anno Semana Année Año",
        # regions and blocs that look like names
        "European Europe EU UE Asia Asian Africa African America American Global International",
    )
    | MONTHS
    | WEEKDAYS
    | ROLE_WORDS
    # German times of a day ("am Mittwochabend", "Dienstagmorgen"), the week's end and the year's
    | frozenset(d + t for d in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
                for t in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"))
    | _words("Wochenende Jahresende Jahresanfang Jahresbeginn Jahresmitte Monatsende Quartalsende")
    # seasons, as the time phrase before a verb ("Seit Sommer liefern wir an Y", "Im Herbst übernahm X"):
    # capitalised in German, at a sentence's start elsewhere ("Summer", "Estate", "Été", "Verano")
    | SEASONS
)

# Words near an ambiguous alias ("Vale", "Smart", "Lotus") that show it names the company.
CONTEXT = _words(
    "brand brands marque marques marchio marchi marca marcas Marke Marken",
    "carmaker carmakers automaker maker makers manufacturer group gruppo groupe grupo Konzern",
    "company società Unternehmen société empresa compañía casa costruttore constructeur",
    "fabricante fabricant Hersteller Autobauer supplier fornitore Zulieferer fournisseur proveedor",
    "miner mining minera minier Bergbaukonzern shares stock Aktie Aktien azioni acciones actions",
    "CEO model models modello modelli Modell Modelle modèle modèles modelo modelos",
    "EV EVs SUV SUVs electric elettrica elettriche elettrico Elektroauto électrique eléctrico",
    "battery batteries batteria batterie Batterien Batteriezellen baterías gigafactory",
    "plant factory stabilimento Werk Fabrik usine planta fábrica JV venture joint",
    "cars vehicles veicoli auto Autos voitures coches vehículos trucks camion Lkw",
    "lithium litio nickel cobalt iron ore aluminium aluminum alluminio Aluminium steel acciaio",
    "chip chips semiconductor semiconductors subsidiary parent unit division startup",
    "owner owned owns acquire acquired acquisition stake investment",
    # selling a business: "aveva già ceduto a Leonardo la sua divisione della difesa"
    "sold sale ceduto ceduta cessione venduto venduta divisione verkauft Verkauf Sparte vendu vendue cession",
    "vendió venta cedió división acquisizione adquisición rachat übernommen Übernahme",
)
#: Business words that make a place before them part of a company's name, not a place ("Alabama
#: Power", "Skellefteå Kraft", "Brianza Energia", "Sichuan Lithium").
PLACE_NAME_HEADS = _words(
    "power energy energie energia énergie kraft strom steel stahl acciai acero acier aluminium aluminum",
    "alluminio electric elettrica eléctrica électrique utilities gas lithium litio mining resources",
    "renewables renovables rinnovabili renouvelables chemicals chemical hydrogen battery batteries",
    "cobalt nickel materials technology technologies automotive motors",
)
#: finance, food and transport words that make a name of a place right before them ("Dakota Mutual
#: Insurance", "Valdora Airlines", "Dakota Bancorp"); only these words may follow the place, so "the group
#: of Hong Kong Velqua Holdings" still strips the place before another name
PLACE_FINANCE_HEADS = _words(
    "insurance mutual bank bancorp bancshares bankshares financial holdings foods airlines airways",
    "railroad railway pharmaceuticals assicurazioni seguros assurances versicherung",
)
LOCATION_PREPS = _words(
    "in at near from to outside around a ad presso vicino da bei nahe nach aus im à en près",
    "cerca desde hacia",
)
# Definite articles and article-prepositions: "the company", "della società", "des Konzerns".
DEFINITE = _words(
    "the il lo la l i gli del dello della dell al allo alla all dal dalla dall nel nella nell",
    "sul sulla der die das des dem den le du au el",
)


def _expand(stems: str, endings: str) -> list[str]:
    return [s + e for s in stems.split() for e in (endings.split(",") if endings else [""])]


_NATIONALITY_SPEC = {
    "JP": ("Japanese giapponese giapponesi japonais japonaise japonaises japonés japonesa japoneses",
           "japanisch"),
    "DE": ("German tedesco tedesca tedeschi tedesche allemand allemande allemands alemán alemana alemanes",
           "deutsch"),
    "CN": ("Chinese cinese cinesi chinois chinoise chino china chinos", "chinesisch"),
    "KR": ("Korean South-Korean coreano coreana sudcoreano sudcoreana coréen coréenne sud-coréen "
           "sud-coréenne surcoreano surcoreana", "koreanisch südkoreanisch"),
    "FR": ("French francese francesi français française francés francesa", "französisch"),
    "IT": ("Italian italiano italiana italiani italiane italien italienne", "italienisch"),
    "US": ("American US U.S. americano americana statunitense américain américaine estadounidense "
           "norteamericano norteamericana", "amerikanisch us-amerikanisch"),
    "SE": ("Swedish svedese svedesi suédois suédoise sueco sueca", "schwedisch"),
    "GB": ("British UK britannico britannica inglese britannique británico británica", "britisch"),
    "ES": ("Spanish spagnolo spagnola espagnol espagnole español española", "spanisch"),
    "IN": ("Indian indiano indiana indien indienne indio india", "indisch"),
    "NL": ("Dutch olandese néerlandais néerlandaise neerlandés holandés holandesa", "niederländisch"),
    "BE": ("Belgian belga belge", "belgisch"),
    "TW": ("Taiwanese taiwanese taïwanais taiwanés", "taiwanisch"),
    "CH": ("Swiss svizzero svizzera suisse suizo suiza", "schweizerisch"),
    "AT": ("Austrian austriaco austriaca autrichien autrichienne austriaco", "österreichisch"),
    "NO": ("Norwegian norvegese norvégien norvégienne noruego noruega", "norwegisch"),
    "FI": ("Finnish finlandese finlandais finlandaise finlandés", "finnisch"),
    "PL": ("Polish polacco polacca polonais polonaise polaco polaca", "polnisch"),
    "CA": ("Canadian canadese canadien canadienne canadiense", "kanadisch"),
    "AU": ("Australian australiano australiana australien australienne", "australisch"),
    "TR": ("Turkish turco turca turc turque", "türkisch"),
    "VN": ("Vietnamese vietnamita vietnamien vietnamienne", "vietnamesisch"),
    "HU": ("Hungarian ungherese hongrois húngaro", "ungarisch"),
    "CZ": ("Czech ceco ceca tchèque checo", "tschechisch"),
    "BR": ("Brazilian brasiliano brésilien brasileño", "brasilianisch"),
    "CL": ("Chilean cileno chilien chileno", "chilenisch"),
    "IL": ("Israeli israeliano israélien israelí", "israelisch"),
    "MX": ("Mexican messicano messicana mexicain mexicaine mexicano mexicana", "mexikanisch"),
    "RU": ("Russian russo russa russe ruso rusa", "russisch"),
    "SA": ("Saudi saudita saoudien saoudienne saudí", "saudisch"),
    "AE": ("Emirati emiratino émirati emiratí", "emiratisch"),
    "ID": ("Indonesian indonesiano indonésien indonesio", "indonesisch"),
    "TH": ("Thai thailandese thaïlandais tailandés", "thailändisch"),
    "MA": ("Moroccan marocchino marocain marroquí", "marokkanisch"),
    "AR": ("Argentine Argentinian argentino argentina argentin", "argentinisch"),
    "PT": ("Portuguese portoghese portugais portugués portuguesa", "portugiesisch"),
    "DK": ("Danish danese danois danés", "dänisch"),
    "IE": ("Irish irlandese irlandais irlandés", "irisch"),
    "GR": ("Greek greco greca grec grecque griego", "griechisch"),
    "RO": ("Romanian rumeno roumain rumano", "rumänisch"),
    "SK": ("Slovak slovacco slovaque eslovaco", "slowakisch"),
    "RS": ("Serbian serbo serbe serbio", "serbisch"),
}
#: Nationality adjective (folded, all inflections) -> ISO2.
NATIONALITY: dict[str, str] = {}
for _iso, (_plain, _german) in _NATIONALITY_SPEC.items():
    for _w in _plain.split() + _expand(_german, ",e,er,en,es,em"):
        NATIONALITY[_w.casefold()] = _iso

_ASIA = frozenset("CN JP KR TW IN VN TH ID MY SG PH HK".split())
_EUROPE = frozenset("DE FR IT ES GB NL BE CH AT SE NO FI PL PT DK IE GR RO SK CZ HU RS LU".split())
#: Adjectives of continents (folded) -> the countries they cover: "la compañía asiática", "der europäische Hersteller".
CONTINENTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["asian", "asiatico", "asiatica", "asiatique", "asiático", "asiática"]
                    + _expand("asiatisch", ",e,er,en,es,em"), _ASIA),
    **dict.fromkeys(["european", "europeo", "europea", "européen", "européenne"]
                    + _expand("europäisch", ",e,er,en,es,em"), _EUROPE),
}

#: Adjectives of cities that stand for a company's home ("la casa torinese", "der Wolfsburger Konzern").
CITY_ADJECTIVES = {
    "torinese": "Turin", "milanese": "Milan", "modenese": "Modena", "bolognese": "Bologna",
    "wolfsburger": "Wolfsburg", "stuttgarter": "Stuttgart", "münchner": "Munich",
    "ingolstädter": "Ingolstadt", "rüsselsheimer": "Rüsselsheim", "zwickauer": "Zwickau",
    "hannoveraner": "Hanover", "friedrichshafener": "Friedrichshafen", "herzogenauracher": "Herzogenaurach",
    "parisien": "Paris", "parisienne": "Paris", "lyonnais": "Lyon", "clermontois": "Clermont-Ferrand",
    "madrileña": "Madrid", "madrileño": "Madrid", "barcelonesa": "Barcelona", "vasca": "Basque Country",
    "grenoblois": "Grenoble", "grenobloise": "Grenoble", "toulousain": "Toulouse", "toulousaine": "Toulouse",
    "bordelais": "Bordeaux", "bordelaise": "Bordeaux", "lillois": "Lille", "lilloise": "Lille",
    "nantais": "Nantes", "nantaise": "Nantes", "strasbourgeois": "Strasbourg", "strasbourgeoise": "Strasbourg",
    "marseillais": "Marseille", "marseillaise": "Marseille", "lyonnaise": "Lyon",
    "bergamasco": "Bergamo", "bergamasca": "Bergamo", "bresciano": "Brescia", "bresciana": "Brescia",
    "veronese": "Verona", "genovese": "Genoa", "napoletano": "Naples", "napoletana": "Naples",
    "fiorentino": "Florence", "fiorentina": "Florence", "padovano": "Padua", "padovana": "Padua",
    "romano": "Rome", "romana": "Rome", "maranellese": "Maranello",
    "hamburger": "Hamburg", "berliner": "Berlin", "kölner": "Cologne", "düsseldorfer": "Düsseldorf",
    "frankfurter": "Frankfurt", "ludwigshafener": "Ludwigshafen", "bremer": "Bremen", "dresdner": "Dresden",
    "leipziger": "Leipzig",
    "valenciano": "Valencia", "valenciana": "Valencia", "catalán": "Catalonia", "catalana": "Catalonia",
    "gallego": "Galicia", "gallega": "Galicia", "navarro": "Navarre", "navarra": "Navarre",
    "bilbaíno": "Bilbao", "bilbaína": "Bilbao", "sevillano": "Seville", "sevillana": "Seville",
    "zaragozano": "Zaragoza", "zaragozana": "Zaragoza", "vigués": "Vigo", "viguesa": "Vigo",
}

#: Adjectives of regions that stand for a company's home ("il gruppo bavarese" is BMW, Audi,
#: Schaeffler...): the region's cities where companies have their head office.
_REGIONS = {
    ("bavarese", "bavaresi", "bavarois", "bavaroise", "bávaro", "bávara", "bavarian", "bayerisch", "bayerische",
     "bayerischen", "bayerischer", "bayerisches"):
        ("Munich", "Ingolstadt", "Herzogenaurach", "Regensburg", "Nuremberg", "Schweinfurt", "Neubiberg", "Erlangen"),
    ("svevo", "sveva", "souabe", "suabo", "suaba", "swabian", "schwäbisch", "schwäbische", "schwäbischen", "schwäbischer"):
        ("Stuttgart", "Zuffenhausen", "Gerlingen", "Friedrichshafen", "Heilbronn", "Weissach"),
    ("sassone", "saxon", "saxonne", "sajón", "sajona", "sächsisch", "sächsische", "sächsischen", "sächsischer"):
        ("Dresden", "Leipzig", "Zwickau", "Chemnitz"),
    ("niedersächsisch", "niedersächsische", "niedersächsischen", "niedersächsischer"):
        ("Wolfsburg", "Hanover", "Salzgitter", "Brunswick", "Emden"),
    ("piemontese", "piemontesi", "piémontais", "piémontaise", "piamontés", "piamontesa", "piedmontese"):
        ("Turin", "Cherasco"),
    ("lombardo", "lombarda", "lombardi", "lombarde", "lombard", "lombarda"): ("Milan", "Bergamo", "Brescia", "Varese"),
    ("emiliano", "emiliana", "emiliani"): ("Bologna", "Modena", "Maranello", "Reggio Emilia", "Sant'Agata Bolognese"),
    ("basco", "basca", "baschi", "basque", "vasco", "baskisch", "baskische", "baskischen"):
        ("Bilbao", "San Sebastián", "Vitoria-Gasteiz", "Mondragón", "Zamudio", "Ormaiztegi"),
    ("normand", "normande", "normanno", "normanna", "normando", "normanda"): ("Rouen", "Caen", "Le Havre"),
    # Spanish regions named by their adjective ("la firma vasca", "la compañía catalana"): the head-office towns
    ("vasca", "vascas", "vascos"): ("Bilbao", "San Sebastián", "Vitoria-Gasteiz", "Mondragón", "Zamudio", "Ormaiztegi", "Basauri", "Getxo", "Beasain", "Eskoriatza", "Aduna"),
    ("catalán", "catalana", "catalanes", "catalanas", "catalan", "catalane"): ("Barcelona", "Martorell", "Sant Cugat del Vallès", "Terrassa"),
    ("gallego", "gallega", "gallegos", "gallegas"): ("Vigo", "A Coruña", "Arteixo", "Santiago de Compostela"),
    ("navarro", "navarra", "navarros", "navarras"): ("Pamplona",),
}
REGION_CITIES: dict[str, tuple[str, ...]] = {adj: cities for adjs, cities in _REGIONS.items() for adj in adjs}

#: the gazetteer sectors of a company that makes vehicles (a carmaker, a truck or bus maker): the kind that
#: buys from the chain rather than selling into it, asked by many readers of both stages
VEHICLE_MAKERS = frozenset({"carmaker", "trucks"})

# Sector families: a descriptor sector -> the gazetteer sectors it accepts.
SECTOR_FAMILY = {
    "carmaker": {"carmaker", "trucks"},
    "trucks": {"trucks", "carmaker"},
    "battery_cells": {"battery_cells"},
    "battery_materials": {"battery_materials", "mining", "recycling", "chemicals"},
    "mining": {"mining", "battery_materials"},
    "recycling": {"recycling", "battery_materials"},
    "chips": {"chips"},
    "supplier": {"supplier", "tyres", "chips", "battery_cells", "battery_materials", "steel",
                 "aluminium", "electronics", "electrical", "chemicals"},
    "steel": {"steel"},
    "aluminium": {"aluminium"},
    "chemicals": {"chemicals", "battery_materials"},
    "energy": {"energy", "electrical"},
    "aerospace": {"aerospace", "defence"},
    "tyres": {"tyres"},
    "tech": {"tech", "electronics", "software"},
    "startup": None,
    "investor": {"investor", "conglomerate"},  # "die Stuttgarter Holding"
}


def compatible_sector(wanted: str | None, sectors) -> bool:
    """Does a company with ``sectors`` fit a descriptor of sector ``wanted``? Unknown companies
    (no sectors) fit any descriptor."""
    if wanted is None or not sectors:
        return True
    family = SECTOR_FAMILY.get(wanted)
    return family is None or any(s in family for s in sectors)


_C, _B, _BM, _M, _S, _CH, _ST, _AL = (
    "carmaker", "battery_cells", "battery_materials", "mining", "supplier", "chips", "steel", "aluminium")
#: Descriptor nouns (folded) -> sector, per language. Multi-word nouns first when compiled.
SECTOR_NOUNS: dict[str, dict[str, str | None]] = {
    "en": {
        "company": None, "firm": None, "group": None, "conglomerate": None, "manufacturer": None,
        "producer": None, "business": None, "carmaker": _C, "car maker": _C, "automaker": _C,
        "auto maker": _C, "car manufacturer": _C, "vehicle maker": _C, "vehicle manufacturer": _C,
        "ev maker": _C, "electric vehicle maker": _C, "electric carmaker": _C, "electric car maker": _C,
        "ev startup": _C, "brand": _C, "truckmaker": "trucks", "truck maker": "trucks",
        "startup": "startup", "start-up": "startup", "battery maker": _B, "battery manufacturer": _B,
        "battery producer": _B, "battery cell maker": _B, "battery-cell maker": _B, "cell maker": _B,
        "cell manufacturer": _B, "battery company": _B, "supplier": _S, "auto supplier": _S,
        "parts supplier": _S, "parts maker": _S, "auto parts maker": _S, "components maker": _S,
        "chipmaker": _CH, "chip maker": _CH, "semiconductor maker": _CH, "semiconductor company": _CH,
        "chip company": _CH, "miner": _M, "mining company": _M, "mining group": _M, "lithium miner": _M,
        "lithium producer": _BM, "materials maker": _BM, "cathode maker": _BM, "recycler": "recycling",
        "battery recycler": "recycling", "steelmaker": _ST, "steel maker": _ST, "steel producer": _ST,
        "steel group": _ST, "aluminium maker": _AL, "aluminium producer": _AL, "aluminum maker": _AL,
        "aluminum producer": _AL, "tyre maker": "tyres", "tire maker": "tyres", "planemaker": "aerospace",
        "aircraft maker": "aerospace", "utility": "energy", "energy company": "energy",
        "energy group": "energy", "chemicals group": "chemicals", "chemical company": "chemicals",
        "tech giant": "tech", "giant": None,
        # who builds for others: "the Austrian contract manufacturer"
        "contract manufacturer": _S,
        # (xsent) who runs a network or invests: "the operator" (of chargers, of a plant), "the fund",
        # "the investor" go on about a company named before as "the company" does
        "operator": None, "fund": "investor", "investor": "investor", "cooperative": None, "pension fund": "investor",
        # who builds a plant or hauls for it: "main contractor Beta", "the construction company Beta"
        "contractor": None, "main contractor": None, "construction company": None,
        # "the haulier Beta", "Beta, the Leeds-based builder,": local firms a plant hires
        "haulier": None, "hauler": None, "builder": None, "housebuilder": None,
    },
    "it": {
        "società": None, "azienda": None, "impresa": None, "gruppo": None, "colosso": None,
        "gigante": None, "multinazionale": None, "casa automobilistica": _C, "casa auto": _C,
        "casa": _C, "costruttore": _C, "produttore": None, "marchio": _C, "fornitore": _S,
        "componentista": _S, "startup": "startup", "start-up": "startup", "gruppo siderurgico": _ST,
        "gruppo minerario": _M, "gruppo chimico": "chemicals", "gruppo energetico": "energy", "holding": "investor",
        "terzista": _S, "subfornitore": _S,
        "operatore": None, "fondo": "investor", "investitore": "investor", "cooperativa": None, "fondo pensione": "investor",
        # (not "utility": an invariant plural, "il comparto delle utility" is the sector)
        "multiutility": "energy",
        # a small firm and a builder as news names them: "la pmi Beta", "l'impresa edile Beta"
        "pmi": None, "impresa edile": None,
    },
    "de": {
        "unternehmen": None, "konzern": None, "firma": None, "gruppe": None, "mischkonzern": None,
        "gesellschaft": None,  # "Die Gesellschaft erwägt eine eigene Zellfabrik" (the company; not "Beteiligungsgesellschaft")
        "hersteller": None, "autobauer": _C, "autokonzern": _C, "autohersteller": _C,
        "fahrzeughersteller": _C, "elektroautobauer": _C, "e-autobauer": _C,
        "elektroautohersteller": _C, "lkw-hersteller": "trucks", "nutzfahrzeughersteller": "trucks",
        "marke": _C, "batteriehersteller": _B, "batteriezellhersteller": _B, "zellhersteller": _B,
        "zellfertiger": _B, "zulieferer": _S, "autozulieferer": _S, "chiphersteller": _CH,
        "chipkonzern": _CH, "halbleiterhersteller": _CH, "halbleiterkonzern": _CH,
        "stahlkonzern": _ST, "stahlhersteller": _ST, "stahlkocher": _ST, "chemiekonzern": "chemicals",
        "energiekonzern": "energy", "bergbaukonzern": _M, "rohstoffkonzern": _M,
        "technologiekonzern": "tech", "reifenhersteller": "tyres", "flugzeugbauer": "aerospace",
        "luftfahrtkonzern": "aerospace", "start-up": "startup", "startup": "startup", "versorger": "energy",
        "recycler": "recycling", "holding": "investor",
        # the German Mittelstand's own descriptions: "der Mittelständler X", "das Familienunternehmen X"
        "mittelständler": None, "familienunternehmen": None, "maschinenbauer": "machinery",
        "anlagenbauer": "machinery", "energieversorger": "energy",
        # recyclers and utilities as news names them ("mit dem Recyclingunternehmen X", "der Entsorger X")
        "recyclingunternehmen": "recycling", "recyclingkonzern": "recycling", "recyclingspezialist": "recycling",
        "entsorger": "recycling", "entsorgungskonzern": "recycling", "energieunternehmen": "energy",
        "stromversorger": "energy", "batteriekonzern": _B, "elektronikkonzern": None,
        "auftragsfertiger": _S, "lohnfertiger": _S, "zulieferkonzern": _S, "anbieter": _S,
        "betreiber": None, "investor": "investor", "finanzinvestor": "investor", "fonds": "investor",
        "beteiligungsgesellschaft": "investor", "genossenschaft": None, "logistiker": None, "pensionsfonds": "investor",
        # builders and venture investors: "der Baukonzern Beta", "der Wagniskapitalgeber Beta"
        "baukonzern": None, "bauunternehmen": None, "wagniskapitalgeber": "investor", "risikokapitalgeber": "investor",
    },
    "fr": {
        "société": None, "entreprise": None, "groupe": None, "firme": None, "géant": None,
        "industriel": None, "fabricant": None, "constructeur automobile": _C, "constructeur": _C,
        "marque": _C, "équipementier": _S, "fournisseur": _S, "start-up": "startup",
        "startup": "startup", "jeune pousse": "startup", "sidérurgiste": _ST, "groupe minier": _M,
        "minier": _M, "fondeur": _CH, "énergéticien": "energy", "chimiste": "chemicals",
        "motoriste": "aerospace", "avionneur": "aerospace", "holding": "investor",
        "sous-traitant": _S, "câblier": _S,
        "opérateur": None, "fonds": "investor", "investisseur": "investor", "coopérative": None, "fonds de pension": "investor",
        "recycleur": "recycling", "logisticien": None, "électricien": "energy",
        # a small firm, a builder, a haulier: "la PME Beta", "le groupe de BTP Beta", "le transporteur Beta"
        "pme": None, "transporteur": None,
    },
    "es": {
        "empresa": None, "compañía": None, "grupo": None, "firma": None, "multinacional": None,
        "gigante": None, "fabricante": None, "fabricante de automóviles": _C,
        "fabricante de coches": _C, "automovilística": _C, "automotriz": _C, "marca": _C,
        "proveedor": _S, "startup": "startup", "start-up": "startup", "siderúrgica": _ST,
        "minera": _M, "eléctrica": "energy", "energética": "energy", "tecnológica": "tech",
        "química": "chemicals", "petrolera": "energy", "holding": "investor",
        "subcontratista": _S,
        # (not "inversor": also the power inverter)
        "operador": None, "operadora": None, "fondo": "investor", "cooperativa": None, "fondo de pensiones": "investor",
        "recicladora": "recycling", "transportista": None, "gestora": "investor",
        # a small firm and a builder: "la pyme Beta", "la constructora Beta"
        "pyme": None, "constructora": None,
    },
}
#: Words after "di/de/of/von" that give the sector ("produttore di batterie").
SPEC_SECTORS = {
    **dict.fromkeys("batterie batteries baterías batterien celle cells celdas zellen cellules".split(), _B),
    **dict.fromkeys("chips chip semiconduttori semiconducteurs semiconductores halbleiter puces".split(), _CH),
    **dict.fromkeys("acciaio acier acero stahl steel".split(), _ST),
    **dict.fromkeys("componenti composants componentes components autoteile".split(), _S),
    **dict.fromkeys("auto automobili voitures automóviles coches vehículos veicoli cars".split(), _C),
    **dict.fromkeys("litio lithium".split(), _BM),
    **dict.fromkeys("pneumatici pneus pneumatiques neumáticos reifen tyres tires".split(), "tyres"),
    **dict.fromkeys("camion camions camiones trucks lkw lastwagen autocarri".split(), "trucks"),
    **dict.fromkeys("alluminio aluminium aluminio".split(), _AL),
}


# Words inside a company's own name that say its kind: "Norrlid Motors", "Velqua Batteries", "Arvik Lithium".
_NAME_WORD_SECTORS = {
    **dict.fromkeys("motors motor automobile automobiles autos cars".split(), "carmaker"),
    **dict.fromkeys("battery batteries batterie batterien baterías cells zellen celdas celle".split(), "battery_cells"),
    # the Italian and Spanish names of a materials maker end in the same trade words ("Ascoli Materiali",
    # "Cieza Materiales", "Sierra Alta Cátodos") as the English ones
    **dict.fromkeys("lithium litio cathode cathodes catodi cátodos materials materiali materiales".split(), "battery_materials"),
    **dict.fromkeys("mining minerals minera mineração resources bergbau".split(), "mining"),
    **dict.fromkeys("steel stahl acciai acero aciers".split(), "steel"),
    **dict.fromkeys("semiconductor semiconductors semiconductores halbleiter".split(), "chips"),
    **dict.fromkeys("chemicals chemical chemie chimica química".split(), "chemicals"),
    **dict.fromkeys("recycling".split(), "recycling"),
    **dict.fromkeys("aerospace aviation".split(), "aerospace"),
}


def name_sectors(name: str) -> list[str]:
    """Sectors a company's own name states ("Norrlid Motors" -> carmaker); empty when none."""
    words = name.casefold().split()[1:]
    return sorted({_NAME_WORD_SECTORS[w] for w in words if w in _NAME_WORD_SECTORS})


#: Nicknames the press uses for a company, from its emblem or home (folded words) -> canonical name.
#: Those of the first table are names by themselves ("il Cavallino", "del Cane a sei zampe"); those
#: of the second also mean a thing ("rombo" is an engine's roar, "lion" an animal) and name the
#: company only after a company noun ("la casa del Biscione", "le groupe au losange", "el grupo del
#: rombo") or capitalised after an article ("le Losange").
NICKNAMES = {
    "cavallino": "Ferrari", "cavallino rampante": "Ferrari", "prancing horse": "Ferrari",
    "cane a sei zampe": "Eni",
}
EMBLEM_NICKNAMES = {
    "biscione": "Alfa Romeo", "losange": "Renault", "losanga": "Renault", "rombo": "Renault",
    "bicocca": "Pirelli", "lion": "Peugeot", "leone": "Peugeot", "león": "Peugeot",
    "chevrons": "Citroën", "double chevron": "Citroën", "doppio chevron": "Citroën", "doble chevrón": "Citroën",
    # Italian business press: Maserati's trident, Mercedes' star, Fiat's old Turin head office for
    # the group it became ("il Lingotto" is the group, "al Lingotto" the fair grounds)
    "tridente": "Maserati", "stella": "Mercedes-Benz", "lingotto": "Stellantis",
}


def _demonyms(spec: dict[str, str]) -> dict[str, str]:
    return {w.casefold(): iso for iso, words in spec.items() for w in words.split()}


#: Plural nouns of peoples the press uses for a company of that country after an article ("gli
#: indiani", "die Koreaner", "les Coréens", "los coreanos"), folded -> ISO2, per language.
DEMONYMS: dict[str, dict[str, str]] = {
    "it": _demonyms({
        "CN": "cinesi", "KR": "coreani sudcoreani", "JP": "giapponesi", "DE": "tedeschi", "FR": "francesi",
        "US": "americani statunitensi", "IN": "indiani", "TW": "taiwanesi", "SE": "svedesi", "IT": "italiani",
        "ES": "spagnoli", "GB": "britannici inglesi", "NL": "olandesi", "BE": "belgi", "CH": "svizzeri",
        "AU": "australiani", "CA": "canadesi",
    }),
    "de": _demonyms({
        "CN": "chinesen", "KR": "koreaner koreanern südkoreaner südkoreanern", "JP": "japaner japanern",
        "FR": "franzosen", "US": "amerikaner amerikanern", "IN": "inder indern", "TW": "taiwaner taiwanern",
        "SE": "schweden", "IT": "italiener italienern", "ES": "spanier spaniern", "GB": "briten",
        "NL": "niederländer niederländern", "BE": "belgier belgiern", "CH": "schweizer schweizern",
        "AU": "australier australiern", "CA": "kanadier kanadiern",
    }),
    "fr": _demonyms({
        "CN": "chinois", "KR": "coréens sud-coréens", "JP": "japonais", "DE": "allemands", "FR": "français",
        "US": "américains", "IN": "indiens", "TW": "taïwanais", "SE": "suédois", "IT": "italiens",
        "ES": "espagnols", "GB": "britanniques", "NL": "néerlandais", "BE": "belges", "CH": "suisses",
        "AU": "australiens", "CA": "canadiens",
    }),
    "es": _demonyms({
        "CN": "chinos", "KR": "coreanos surcoreanos", "JP": "japoneses", "DE": "alemanes", "FR": "franceses",
        "US": "estadounidenses norteamericanos", "IN": "indios", "TW": "taiwaneses", "SE": "suecos",
        "IT": "italianos", "ES": "españoles", "GB": "británicos", "NL": "neerlandeses holandeses",
        "BE": "belgas", "CH": "suizos", "AU": "australianos", "CA": "canadienses",
    }),
}
