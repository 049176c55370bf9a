"""Words around a capitalised name that show it names a company, in the five languages.

These are general business-news cues, not names: a name right before a business verb ("X said",
"X hat ... übernommen", "X ha firmato"), right after an acquisition or partnership word ("acquire X",
"accordo con X", "Übernahme von X"), before a possessive role ("X's chief executive"), or joined by
a hyphen to a company noun ("NBC-Mutter", "VW-Konzern"). Sets hold case-folded words; multi-word
cues are tuples of folded tokens.
"""

from __future__ import annotations

__all__ = [
    "SUBJECT_VERBS",
    "AUX",
    "GERMAN_PARTICIPLES",
    "OBJECT_CUES",
    "REPORT_BEFORE",
    "REPORT_AFTER",
    "POSSESSIVE_HEADS",
    "HYPHEN_HEADS",
    "TITLES",
    "FURNITURE",
    "GEO_WORDS",
    "NOT_COMPANIES",
    "MATERIALS",
    "INSTITUTION_WORDS",
    "MODEL_NAMES",
    "DETERMINERS",
    "GERMAN_NOUN_ENDINGS",
    "GERMAN_HEADS",
    "COORDINATORS",
    "EXCHANGES",
    "SENTENCE_STARTERS",
    "ROLE_NOUNS",
    "NAME_NOUNS",
    "GERMAN_NAME_NOUN_ENDINGS",
    "DEAL_STEMS",
    "DEAL_PREPOSITIONS",
    "IMPLIED_VERBS",
    "IMPLIED_AUX",
    "cue_words",
]

from functools import lru_cache

from .car_models import model_names


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(w.casefold() for chunk in chunks for w in chunk.split())


def _phrases(*chunks: str) -> frozenset[tuple[str, ...]]:
    """'a b|c' -> {('a','b'), ('c',)}."""
    return frozenset(tuple(p.casefold().split()) for chunk in chunks for p in chunk.split("|") if p.strip())


#: Verbs right after a company that is the subject (after optional ``AUX`` words).
SUBJECT_VERBS: dict[str, frozenset[str]] = {
    "en": _words(
        "said says announced announces agreed agrees signed signs acquired acquires bought buys sold sells",
        "supplies supplied plans planned intends reported reports posted invested invests owns owned",
        "launched launches unveiled unveils completed completes confirmed confirms denied denies declined",
        "builds produces manufactures delivers partnered teamed struck raised",
        "purchased purchases merged merge merges expects employs operates controls secured won",
        # base forms after "will"/"would" (an auxiliary): "Belmark will buy Norvik"
        "buy acquire supply sell sign build invest deliver provide produce form launch open",
        "entered inked sealed struck completes finalized finalised closed",
        # a deal closed in the present of a headline or release: "Beta closes acquisition of Gamma"
        "closes finalizes finalises",
        # plural present: "Beta and Gamma form a joint venture"
        "sign form create announce launch partner team picked chose selected tapped",
        # founding a company, alone or with a partner: "Beta established a joint venture", "Beta is teaming up"
        "establish establishes established formed forms created creates teaming",
    ),
    "it": _words(
        "firmato annunciato acquisito comprato venduto siglato raggiunto investito rilevato presentato",
        "dichiarato comunicato ottenuto chiuso avviato ceduto fornito confermato smentito",
        "firma sigla annuncia acquisisce acquista compra vende fornisce fornirà investe investirà produce",
        "produrrà costruisce costruirà controlla detiene possiede rileva prevede comunica conferma smentisce",
        "punta cede rifornisce riforniscono forniscono equipaggia",
        "consegna consegnerà tratta negozia chiude apre lancia crea rinnova sale entra esce",
        "firmano siglano costituiscono creano annunciano lanciano avviano stringono rafforzano aggiudica allea",
        "alleano",
        # founding a company with a partner, in the past and the future plural: "Beta e Gamma hanno costituito",
        # "costituiranno una joint venture"
        "costituito creato costituiranno creeranno firmeranno",
        "acquisterà venderà rileverà cederà firmerà siglerà stipula ordina sceglie acquisirà",
        # reflexive business verbs, "si" before them ("X si rifornirà da Y", "X si affida a Y")
        "rifornirà riforniranno approvvigiona approvvigionerà affida affiderà",
        # belonging and working together: "il marchio appartiene a Y", "la società collabora con Y"
        "appartiene appartengono apparteneva collabora collaborano partecipa",
    ),
    "de": _words(
        "unterzeichnete unterzeichnet übernimmt übernahm kauft kaufte erwirbt erwarb liefert lieferte",
        "beliefert investiert investierte baut baute plant plante meldete meldet verkauft verkaufte",
        "teilte kündigte produziert fertigt schloss einigte erhielt bestätigte dementierte gab",
        "beteiligt übernehmen kaufen",
        "erwartet schnappt steigt gründet gründete startet eröffnet verhandelt prüft holt",
        "erhält gewinnt bezieht entwickelt kooperiert vereinbart vereinbarte gehört",
        "gründen bauen planen liefern vereinbaren unterzeichnen kooperieren investieren schließen",
    ),
    "fr": _words(
        "signé annoncé acquis racheté conclu investi cédé vendu déclaré indiqué confirmé obtenu lancé",
        "présenté fourni démenti signe annonce acquiert rachète fournit fournira investit investira",
        "produit produira construit construira détient possède cède vend prévoit confirme dément",
        "livre livrera négocie ouvre crée lance remporte prend prendra empare allie associe",
        "signent créent annoncent lancent concluent allient associent",
        "achète achètera rachètera vendra signera cédera acquerra commande choisit décroche décroché obtient",
        # a deal closed: "Beta finalise le rachat de Gamma", "Beta conclut l'acquisition"
        "finalise finalisé conclut",
        # infinitives after "va"/"vont" (an auxiliary): "Beta et Gamma vont créer une coentreprise"
        "créer fonder constituer signer racheter acquérir fournir investir",
    ),
    "es": _words(
        "firmado anunciado adquirido comprado vendido invertido cerrado alcanzado presentado suministrado",
        "firmó anunció adquirió compró vendió invirtió cerró alcanzó presentó suministró afirmó confirmó",
        "informó desmintió firma anuncia adquiere compra vende suministra suministrará invierte invertirá",
        "produce producirá construye construirá controla posee prevé confirma desmiente",
        "entrega entregará sustituye negocia negoció cierra abre abrirá crea creará lanza ultima gana",
        "firman crean constituyen anuncian lanzan cierran sellan refuerzan alía alían",
        # past and future business verbs (a name before them is their subject)
        "acordó pactó cedió selló obtuvo logró eligió contrató adjudicó abastece provee comprará adjudica",
        "adquirirá venderá firmará abastecerá",
        # founding a company with a partner, in the plural: "Beta y Gamma crearán una empresa conjunta"
        "crearon crearán constituyeron constituirán firmaron firmarán",
        # belonging and working together: "la marca pertenece a Y", "la compañía colabora con Y"
        "pertenece pertenecen pertenecía colabora colaboran participa",
    ),
}
#: Finite (third person singular) business verbs beyond ``SUBJECT_VERBS`` that may open a clause
#: whose subject is left out (Italian and Spanish drop it: "Ha inoltre firmato con Y", "En 2023 creó con
#: Y ..."): see ``implied.py``. Verbs whose subject often follows them ("entra", "partecipa", "sale")
#: are left out.
IMPLIED_VERBS: dict[str, frozenset[str]] = {
    "it": _words(
        "collabora coopera rifornisce fornirà acquisterà venderà rileverà cederà investirà firmerà siglerà",
        "stipula conclude completa costruirà realizza realizzerà sviluppa gestisce ottiene otterrà ordina",
        "affida sceglie seleziona acquisirà compra comprerà controllerà possiede detiene punterà",
        "negozia tratta valuta studia esplora rafforza estende amplia avvia avvierà lancerà",
        # raising a stake: "Salirà inoltre al 25% nel capitale di Y" (the future only: "sale" is often inverted)
        "salirà aumenterà incrementerà",
        # a venture held with a partner: "Condivide inoltre con Y la joint venture Z"
        "condivide condividerà",
    ),
    "es": _words(
        "creó colabora coopera abastece abastecerá provee proveerá suministró suministrará vendió venderá",
        "adquirirá comprará firmará invertirá construyó construirá gestiona desarrolla opera mantiene",
        "negocia negociará adjudica adjudicó obtuvo obtiene logró selló cerró ganó eligió elige encargó",
        "contrató compró adquirió lanzó abrió inauguró anunció firmó alcanzó acordó pactó cedió",
        "estudia explora amplía amplió refuerza reforzó extiende extendió ultima",
        # raising a stake, taking control: "Además, elevará al 30 % su participación en Y", "tomó el control de Y"
        "eleva elevó elevará aumentó aumentará incrementó incrementará tomó tomará",
        # a venture held with a partner: "En Norteamérica comparte con Y la empresa conjunta Z"
        "comparte compartirá",
    ),
}
#: Auxiliaries and modals (third person singular) that may open such a clause before a participle,
#: gerund or infinitive: "Ha firmato", "Sta trattando", "Puede suministrar". No copula: "È stata
#: scelta" and "Fue vendida" are passives.
IMPLIED_AUX: dict[str, frozenset[str]] = {
    "it": _words("ha aveva avrà avrebbe sta stava può potrà potrebbe vuole intende deve dovrà dovrebbe"),
    "es": _words("ha había habrá habría está estaba puede podrá podría quiere pretende debe deberá va iba"),
}
#: Words allowed between the subject and its verb: auxiliaries and a few adverbs.
AUX = _words(
    # not "is"/"was": "the Transit Custom is built" is a product in the passive
    "has had have will would also already recently now then",
    "ha hanno aveva avrà anche già ora inoltre poi infatti quindi",
    "a ont avait va vont aussi déjà également désormais ensuite",
    "ha han había habrá va también ya además",
    "hat haben hatte will wird soll auch bereits nun",
    # reflexive pronouns: "Beta si aggiudica", "Beta se alía", "Beta s'empare", "Beta sichert sich"
    "si se s ' ’",
)
#: German verb-final clauses: "X hat ... übernommen". The subject cue is "X hat/will/wird" plus one of
#: these later in the sentence.
GERMAN_PARTICIPLES = _words(
    "unterzeichnet übernommen gekauft erworben vereinbart angekündigt bekanntgegeben geschlossen",
    "beteiligt investiert geliefert verkauft unterschrieben übernehmen kaufen erwerben liefern",
    "investieren bauen beteiligen verkaufen gegründet abgeschlossen mitgeteilt",
)
#: Words right before a company name: acquisition, stake, deal partner, parent, role of.
OBJECT_CUES: dict[str, frozenset[tuple[str, ...]]] = {
    "en": _phrases(
        "acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchased|takeover of",
        "acquisition of|purchase of|merger with|stake in|investment in|invest in|invested in|deal with",
        "agreement with|contract with|partnership with|venture with|alliance with|talks with",
        "negotiations with|supplier to|supplies|supplied|subsidiary of|unit of|division of|owned by",
        "acquired by|bought by|shares of|shares in|sold to|chief executive of|ceo of|chairman of",
        "founder of|partnered with|teamed up with|partner|partners",
        "buy out|buys out|bought out|buying out|snapped up|snaps up|scooped up|took over|takes over|take over",
        "taking over|collaboration between|partnership between|agreement between|deal between|venture between",
        "merger between|merger of|contract between|alliance between|talks between|cooperation between",
        "entered into an agreement with|collaboration with|cooperation with|tie-up with",
        "picked|picks|chose|chosen|selected|selects|tapped|taps|signed with|signs with|part of|now part of",
        # whose customers or shareholders: a company
        "customers of|customer of|clients of|shareholders of|shareholder of",
        "partners with|partner with|partnering with|teams up with|teaming up with|teams with",
        # what is sold is a company when it is named: "agreed to sell Xandr to", "sold Beta in 2019"
        "sell|sells|selling|sold",
        # investors and owners: "invests in Beta", "the owner of Beta", "a funding round for Beta"
        "invests in|investing in|invested into|investment into|investor in|investors in|owner of|owners of",
        "parent of|parent company of|backer of|round for|funding round for",
        # taking control and giving a unit up: "took full control of Beta", "divested Beta in 2019"
        "control of|full control of|majority control of|divest|divests|divested|divesting|spun off|spin off|spins off",
        # heads of a company, women's titles too: "chairwoman of Beta", "co-founder of Beta"
        "chairwoman of|co-founder of|cofounder of|chief executive officer of",
        # who won an order: "the contract was awarded to Beta"
        "awarded to",
    ),
    "it": _phrases(
        "acquisisce|acquisire|acquisito|acquista|acquistare|rileva|rilevare|rilevato|acquisizione di",
        "acquisto di|quota di|quota in|partecipazione in|partecipazione di|accordo con|intesa con",
        "contratto con|alleanza con|partnership con|joint venture con|controllata di|controllata da",
        "fornitore di|ceduto a|venduto a|azioni di|trattative con|fusione con|amministratore delegato di",
        "presidente di|fondatore di|insieme a",
        "accordo tra|accordo fra|intesa tra|intesa fra|alleanza tra|fusione tra|joint venture tra|contratto tra",
        "collaborazione con|collaborazione tra|cooperazione con|consegna a|fornitura a|fornisce a",
        "fornirà|rifornisce|commessa da|ordine da|allea con|alleano con|scelto|sceglie|selezionato|parte di",
        "firmato con|siglato con|firma con|sigla con",
        "clienti di|cliente di|azionisti di|azionista di",
        "affida a|affidato a|affidata a|assegnato a|assegnata a|assegna a",
        "vende|vendere|venduto|cede|cedere|ceduto",
        "investito in|investe in|investire in|investimento in|investimenti in|capitale di|proprietario di",
        "controllante di|socio di|soci di",
        # "ha preso il controllo di Beta", "dismette Beta"
        "controllo di|controllo del|controllo della|dismette|dismesso|dismettere",
        # heads of a company, women's titles too: "amministratrice delegata di Beta", "fondatrice di Beta"
        "amministratrice delegata di|fondatrice di|direttore generale di|direttrice generale di",
    ),
    "de": _phrases(
        "übernahme von|übernahme der|übernahme des|kauf von|beteiligung an|anteile an|anteile von",
        "vertrag mit|vereinbarung mit|partnerschaft mit|kooperation mit|gemeinschaftsunternehmen mit",
        "joint venture mit|tochter von|tochter des|tochter der|aktien von|verhandlungen mit|fusion mit",
        "zulieferer von|lieferant von|übernimmt|kauft|erwirbt|übernahm|kaufte|erwarb|beliefert",
        "chef von|gründer von|partner",
        "vereinbarung zwischen|vertrag zwischen|kooperation zwischen|partnerschaft zwischen|fusion zwischen",
        "zusammenarbeit mit|zusammenarbeit zwischen|allianz mit|schnappt sich|auftrag von|großauftrag von",
        "bestellung von|sichert sich|wählt|wählte|gewählt|ausgewählt|teil von|gehört zu|einigte sich mit",
        "einigt sich mit",
        "kunden von|kunde von|aktionäre von|großaktionär von|gesellschafter von|anteilseigner von",
        # the customers' other word and the plural of the suppliers: "zu den Abnehmern von Beta zählen ..."
        "abnehmer von|abnehmern von|großabnehmer von|hauptabnehmer von|lieferanten von|zulieferern von",
        # where an order or a product goes or comes from: "Der Zuschlag ging an X", "Die Zellen kommen von X"
        "ging an|geht an|gingen an|gehen an|stammen von|stammt von|kommen von|kommt von",
        "investiert in|investierte in|investieren in|investition in|beteiligt sich an|beteiligte sich an",
        "beteiligen sich an|steigt bei|stieg bei|eingestiegen bei|einstieg bei|eigentümer von|mutter von",
        # "übernimmt die Kontrolle über Beta", "trennt sich von Beta"
        "kontrolle über|kontrolle bei|kontrolle von|trennt sich von|trennte sich von",
        # heads of a company, women's titles too: "Chefin von Beta", "Gründerin von Beta"
        "chefin von|gründerin von|vorstandschef von|vorstandschefin von|geschäftsführer von|geschäftsführerin von",
    ),
    "fr": _phrases(
        "acquiert|racheter|rachète|racheté|acquérir|rachat de|acquisition de|achat de|participation dans",
        "participation de|accord avec|contrat avec|partenariat avec|alliance avec|coentreprise avec",
        "joint-venture avec|filiale de|fournisseur de|actions de|négociations avec|discussions avec",
        "fusion avec|cédé à|vendu à|pdg de|directeur général de|fondateur de|partenaire",
        "accord entre|partenariat entre|alliance entre|fusion entre|coentreprise entre|contrat entre",
        "collaboration avec|coopération avec|livre à|livrera à|fournit à|fournira à|empare de|allie à",
        "associe à|allie avec|associe avec|livre|livrera|choisi|choisit|sélectionné|retenu|partie de",
        "signé avec|signe avec",
        "clients de|client de|actionnaires de|actionnaire de",
        "vend|vendre|vendu|cède|céder|cédé",
        # a takeover and the co-investors of a round: "reprendre Y", "aux côtés de Y"
        "reprendre|reprend|repris|reprise de|aux côtés de|aux côtés d '|aux côtés d ’",
        # the same nouns before a name that elides "de": "l'acquisition d'Electriphi", "filiale d'Aramco"
        "acquisition d '|acquisition d ’|rachat d '|rachat d ’|reprise d '|reprise d ’|filiale d '|filiale d ’",
        "fournisseur d '|fournisseur d ’|client d '|client d ’|clients d '|clients d ’",
        "actionnaire d '|actionnaire d ’|actionnaires d '|actionnaires d ’|participation d '|participation d ’",
        # investors and owners: "a investi dans Beta", "entré au capital de Beta", "propriétaire de Beta"
        "investi dans|investit dans|investir dans|investissement dans|investira dans|capital de|capital d '",
        "capital d ’|propriétaire de|propriétaire d '|propriétaire d ’|maison mère de|maison mère d '",
        # "a pris le contrôle de Beta", "se sépare de Beta"
        "contrôle de|contrôle du|contrôle d '|contrôle d ’|sépare de|séparer de",
        # heads of a company, women's titles too: "directrice générale de Beta", "fondatrice d'Beta"
        "directrice générale de|fondatrice de|pdg d '|pdg d ’|directeur général d '|directeur général d ’",
        "directrice générale d '|directrice générale d ’|fondateur d '|fondateur d ’|fondatrice d '|fondatrice d ’",
    ),
    "es": _phrases(
        "adquiere|adquirir|adquirió|compra|comprar|compró|adquisición de|compra de|participación en",
        "participación de|acuerdo con|contrato con|alianza con|asociación con|empresa conjunta con",
        "filial de|proveedor de|acciones de|negociaciones con|conversaciones con|fusión con|vendió a",
        "consejero delegado de|fundador de|socio",
        "acuerdo entre|alianza entre|fusión entre|empresa conjunta entre|contrato entre|colaboración con",
        "cooperación con|entrega a|entregará a|suministra a|suministrará a|sustituye a|hace con|alía con",
        "abastece a|abastecerá a|pedido de|encargo de|elegido a|elige a|seleccionado a|escogido a|parte de",
        "firmado con|firma con|firmó con|sellado con",
        "clientes de|cliente de|accionistas de|accionista de",
        "vende|vender|vendió|vendido|cede|ceder|cedió",
        "invierte en|invertido en|invertir en|invirtió en|invertirá en|inversión en|capital de",
        "propietario de|matriz de|dueño de|socio de|socios de",
        # "tomó el control de Beta", "se desprende de Beta"
        "control de|control del|desprende de|desprenderse de|desinvierte en",
        # heads of a company, women's titles too: "consejera delegada de Beta", "fundadora de Beta"
        "consejera delegada de|fundadora de|director general de|directora general de",
        "presidente ejecutivo de|presidenta ejecutiva de",
    ),
}
#: A news outlet reporting: "according to X", "laut X" (name after) and "X reported" (name before).
REPORT_BEFORE = _phrases(
    "according to|told|secondo|riporta|scrive|laut|berichtet|berichtete|selon|rapporte|según|informa",
    "publica|publicó|cited by|citato da|zitiert von|cité par|citado por",
    "reported by|riportato da|riportata da|rapporté par|révélé par|publicado por|informado por|d ' après|d ’ après|stando a",
    "interview with|intervista a|intervista con|interview avec|entrevista con|interview mit",
)
REPORT_AFTER = _words(
    "reported reports reporting wrote writes riporta riportato scrive scritto berichtet berichtete",
    "schreibt rapporte rapporté écrit informa informó publica publicó",
)
#: "X's chief executive", "X's shares": the owner of the possessive is a company.
POSSESSIVE_HEADS = _words(
    "chief ceo cfo chairman chairwoman shares stock board shareholders subsidiary unit division",
    "plant factory factories plants suppliers supplier customers headquarters executives management",
    # not "sales", "revenue", "brand": products have them too ("Humira's sales")
    "acquisition takeover purchase merger deal bid offer stake parent earnings profit",
    # "Beta's largest customer", "Beta's biggest shareholder"
    "customer shareholder",
)
#: Nouns right before a name that say what kind of business it is, beyond the descriptor nouns of
#: ``vocab.SECTOR_NOUNS`` (which coreference also uses): "helicopter maker Sikorsky", "its parent,
#: Everest Re", "il concorrente Beta". Not for coreference: "the rival" is not the company before.
NAME_NOUNS: dict[str, frozenset[str]] = {
    "en": _words(
        "maker giant rival rivals competitor retailer bank lender insurer reinsurer operator carrier",
        "provider developer chain unit subsidiary affiliate parent distributor pharmacy peer owner",
        "buyer acquirer bidder investor fund startup start-up firm specialist customer client",
    ),
    "it": _words("banca operatore rivale concorrente catena controllata controllante compagnia fondo",
                 "specialista socio cliente partner filiale"),
    "de": _words("tochter mutter rivale konkurrent wettbewerber mitbewerber partner kunde kunden"),
    "fr": _words("banque opérateur rival concurrent filiale chaîne assureur distributeur fonds spécialiste",
                 "partenaire client holding"),
    "es": _words("banco operador rival competidor filial cadena aseguradora distribuidora fondo especialista",
                 "socio cliente holding"),
}
#: German compound descriptors by their head: "Zahlungsdienstleister Moip", "Energieversorger EWE".
_GERMAN_NAME_NOUN_STEMS = (
    "konzern", "hersteller", "anbieter", "dienstleister", "versorger", "kette", "bauer", "händler",
    "bank", "versicherer", "betreiber", "entwickler", "zulieferer", "produzent", "riese", "spezialist",
    "bewerber", "konkurrent", "rivale", "investor", "haus", "werft", "firma", "gruppe",
    "verarbeiter", "agentur", "manager", "erzeuger", "vermarkter", "lieferant", "versender", "discounter",
    "startup", "fonds", "verwalter", "gesellschaft",
    # the trades of waste, haulage and recycling: "der Entsorger Y", "ein Zürcher Spediteur"
    "entsorger", "spediteur", "logistiker", "recycler", "verwerter",
    # a holder's role: "als Minderheitsaktionäre beteiligt", "Großaktionär Y", "die Anteilseigner"
    "aktionär", "anteilseigner", "teilhaber",
)
# With their inflections: "des Konzerns", "den Handelsriesen", "dem Geflügelspezialisten", "des Asset-Managers".
GERMAN_NAME_NOUN_ENDINGS = tuple(
    sorted({stem + end for stem in _GERMAN_NAME_NOUN_STEMS for end in ("", "s", "n", "en", "e")})
)
#: Stems of deal words: with one in the sentence, "by/from/durch/von/da/par/por" + name is a party.
DEAL_STEMS: dict[str, tuple[str, ...]] = {
    # supply words too: "delivers cells to Beta", "fornisce celle a Beta", "liefert Zellen an Beta"
    "en": ("acqui", "buy", "bought", "purchas", "sold", "sell", "sale", "merg", "takeover", "stake",
           "suppl", "deliver", "ship", "sourc", "order"),
    "it": ("acquis", "acquist", "vend", "cedu", "cession", "fusion", "rilev", "comprat", "fornit", "fornisc",
           "fornir", "consegn", "commess", "ordin"),
    "de": ("übernahm", "übernomm", "übernimm", "übernehm", "kauf", "gekauft", "erwerb", "erwarb",
           "erworben", "verkauf", "fusion", "liefer", "bezieh", "bezog", "auftrag", "bestell", "stamm"),
    "fr": ("rachat", "rachet", "rachèt", "acqui", "achat", "achet", "vend", "cession", "cèd", "cédé",
           "fusion", "fourni", "livr", "commande"),
    "es": ("adquisi", "adquir", "compr", "vend", "fusión", "fusion", "suministr", "entreg", "provee", "pedido"),
}
DEAL_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": _words("by from to"),
    "it": _words("da a"),
    "de": _words("durch von an vom"),
    "fr": _words("par à"),
    "es": _words("por a"),
}
#: German (and English) hyphen compounds whose first part is a company: "VW-Konzern", "NBC-Mutter",
#: "Tesla-Chef", "Siemens-Tochter", "BMW-Aktie", "Apple-backed".
HYPHEN_HEADS = _words(
    "konzern mutter mutterkonzern tochter tochterfirma chef chefin aktie aktien werk werke zulieferer",
    "partner gruppe sprecher sprecherin manager vorstand übernahme unternehmen hersteller fabrik",
    "gigafactory beteiligung anteile anteilen owned backed controlled funded led",
)
#: Titles before a person's name.
TITLES = _words(
    "mr mrs ms miss dr prof sir lord lady herr frau signor signora sig sigg dott ing m mme mlle",
    "monsieur madame sr sra srta don doña señor señora prince princess king queen sheikh",
)
#: Page furniture and generic words that are never a company found by pattern.
FURNITURE = _words(
    "tweet share teilen condividi partager compartir advertisement anzeige werbung pubblicità publicité",
    "publicidad newsletter photo foto bild image images copyright subscribe abonnieren login menu",
    "cookie cookies video kommentare comments read lesen leggi lire leer mehr more home startseite",
    "quelle source fuente fonte getty",
)
#: Materials and parts (German capitalises them: "auf Basis von Siliziumkarbid"): a name that is
#: one, or a compound that starts with one ("Siliziumkarbid-Substraten"), is goods, no company.
MATERIALS = _words(
    "lithium lithiumhydroxid lithiumcarbonat nickel kobalt cobalt mangan graphit graphite kupfer stahl",
    "aluminium silizium siliziumkarbid galliumnitrid sic gan wasserstoff halbleiter zellen batteriezellen",
    "kathodenmaterial anodenmaterial elektrolyt strom ökostrom",
)
#: Acronyms and capitalised words that are institutions, markets or terms, not companies.
NOT_COMPANIES = _words(
    "eu us usa uk un ue ceo cfo ev evs suv suvs ipo gdp ai it co2 nato ecb ezb bce imf fmi wto sec fda fed",
    "nyse nasdaq dax ftse cac ibex mib gwh mwh kwh gw mw kw pdg ad ki pil bip pib bce bip inc ltd",
    "gmbh ag sa spa srl plc llc nv bv se kg covid esg r&d ceo's usd eur cny jpy",
    # battery chemistries and vehicle classes
    "lfp lmfp nmc nca lto nmca bev bevs phev phevs hev ice",
    # parts and functions of a car ("les phares à LED", "il BMS", "ADAS-Funktionen")
    "led leds oled lidar adas bms hud ota",
    "government regierung governo gouvernement gobierno commission kommission commissione ministry",
    # German federal and state government ("Fördermittel von Bund und Land")
    "bund bundesregierung landesregierung",
    "ministerium ministero ministère ministerio parliament parlament parlamento parlement",
    "analysts analysten analisti analystes analistas investors anleger investitori investisseurs",
    "inversores officials shares sales sources experts workers employees customers unions",
    "shareholders regulators authorities company companies group unternehmen konzern joint venture",
    # a company's people, which English news opens sentences with ("Bosses said"; the other languages'
    # patterns do not take "Dirigeants", "Dirigenti", "Directivos", "Führungskräfte" before a verb)
    "bosses executives managers",
    # indefinite pronouns opening a sentence or a quote ("Nobody is buying us", "Nessuno ha avvicinato", "Nadie ha
    # contactado"; the German and French patterns do not take "Niemand", "Personne")
    "nobody someone somebody everyone everybody anyone anybody nessuno qualcuno nadie alguien",
    # analysts' ratings
    "underperform outperform underweight overweight neutral accumulate reduce hold equal weight",
) | MATERIALS
#: Words of public bodies and institutions: a name containing one is no company
#: ("Comisión Nacional del Mercado de Valores", "Bundeskartellamt", "University of Turin").
INSTITUTION_WORDS = _words(
    "commission comisión commissione kommission ministry ministerio ministero ministère ministerium",
    "authority autorità autorité autoridad behörde agency agencia agenzia agence bundesamt",
    "bundeskartellamt kartellamt court tribunal tribunale gericht oberlandesgericht university",
    "universität università université universidad parliament parlamento parlement bundestag",
    "senate senato sénat senado council consiglio conseil consejo rat government gobierno governo",
    "gouvernement regierung police polizei polizia policía union unión unione",
    "guardia army armée esercito ejército bundeswehr carabinieri gendarmerie état etat estado stato staat",
    "bourse borsa börse bolsa",  # "la mise en Bourse de Beta", "la Bolsa de Seúl": a market, not a party
    "department dipartimento departamento regione región région",
    # market regulators, competition authorities and ministries known by their acronyms
    "consob bafin cnmv cnmc agcm arera amf acm cma ftc doe mimit mise mef mase bmwk bmwi bmdv bmf dgcomp",
)
#: Car models of the big carmakers, named like companies in lists and as subjects ("Zellen für
#: Range Rover, Defender und Jaguar", "La Cinquecento monta ..."): an unknown name that is one of
#: these (alone or with more model words, "Mustang Mach-E") is the product, not a company. The
#: one-word models of ``data/car_models.tsv`` (with their makers) and a few more.
MODEL_NAMES = frozenset(m.casefold() for m in model_names() if " " not in m) | _words(
    # (models outside the table: marques it does not list, first words of a longer name, common words)
    "e-pace f-pace panda tipo punto mustang mach-e juke",
)
#: Words of seas, rivers, mountains and other features of the land: a name containing one is no
#: company ("Baltic Sea", "Mar del Norte", "Golfo di Taranto", "Lac Léman", "Rio Grande Valley").
GEO_WORDS = _words(
    "sea ocean river mountains mountain bay gulf lake valley island islands peninsula coast basin strait canal",
    "mare mar meer golfo golfe lago lac fiume río rio fleuve rivière montagne montagnes monti sierra",
    "bucht küste tal gebirge halbinsel kanal isola isole île îles isla islas costa côte canale",
)
#: Determiners: a German word after one of these is a common noun, not a name.
DETERMINERS = _words(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner sein",
    "seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere dieser diese dieses diesen",
    "jeder jede jedes jeden alle beide",
)
#: Endings of German common nouns ("Regierung", "Gesellschaft", "Produktion"): a name does not start
#: with one ("Dreamworks Animation" may end with one).
GERMAN_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen", "tät", "ismus", "nis",
    "nisse", "ling",
)
#: German head nouns that end a compound about a company and are never part of its name
#: ("NBC-Mutter", "Konzernchef", "Autowerk").
GERMAN_HEADS = (
    "chef", "chefin", "konzern", "mutter", "tochter", "werk", "markt", "bericht", "zahlen", "preis",
    "preise", "geschäft", "verkauf", "kauf", "vertrag", "anteil", "anteile", "anteilen", "sprecher",
    "sprecherin", "aktie", "aktien",
)
COORDINATORS = _words("and und e ed et y as well")
#: Stock exchanges in "(NYSE: TSLA)": the name before the parenthesis is listed, so a company.
EXCHANGES = _words(
    "nyse nasdaq tsx lse fwb etr xetra bit epa ams ebr bme six hkex sse szse krx tse asx otc otcqx",
    "euronext frankfurt",
)
#: Capitalised sentence starters that are not names (beyond vocab.STOP).
SENTENCE_STARTERS = _words(
    "because although though yet so then thus still even just only why what who how where here there",
    "perché però così quindi inoltre infatti intanto già mentre dove chi come cosa",
    "weil doch dann denn jedoch zudem außerdem damit wer was wo hier dort daher deshalb dessen deren künftig",
    "bislang bisher inzwischen derzeit damals später zuletzt erstmals jetzt nun bald seither dabei dazu",
    "parce pourquoi donc ainsi alors ensuite cependant pourtant où qui quoi ici",
    "porque pues entonces así sin embargo además donde quién qué aquí allí quien quienes",
    "neither nor either whether yes no not",
    # sentence adverbs before a comma ("Separately, the company, ...", "Übrigens, der Konzern, ...")
    "separately additionally overall instead finally similarly likewise previously currently",
    "moreover furthermore nevertheless nonetheless indeed specifically",
    "übrigens allerdings indes jedenfalls ebenfalls gleichzeitig schließlich letztlich immerhin trotzdem",
    "dennoch stattdessen insgesamt seitdem vorerst vorher nachher ebenso",
    # modals and auxiliaries that end a name in a title-case headline ("TWX Could Provide ...")
    "could would should will may might can must is are was were be been does do did",
    # prepositions that open a sentence before a name the gazetteer lacks ("Outre Kervan Motors, ...",
    # "Chez Norcane Automobiles, ...", "Tramite Trevano Motori ...", "Mediante Kervan Motors ...", "Neben Kervan
    # Motors ..."): capitalised only there, they are no first word of the name (not the ones that are
    # family or company names as well: "Côté", "Salvo", "Verso", "Via", "Beyond")
    "outre chez hormis comme derrière depuis malgré excepté hors sauf devant auprès faute",
    "presso tramite tranne dietro attraverso nonostante",
    "desde mediante detrás hacia excepto",
    "neben außer hinter gegenüber dank",
    "except behind through",
    # Italian and Spanish drop the subject: a sentence may open with the auxiliary ("Avete anche firmato con
    # A2A", "Abbiamo firmato", "Hemos firmado con Seat"); the plural persons only, which no name shares
    # ("Ha", "Han", "Sono", "Es" are names too; nor "state", which English names hold: "Golden State Cells",
    # and this list ends a name wherever it stands)
    "abbiamo avete hanno siamo siete stiamo stanno avevamo avevate avevano saremo sarete saranno",
    "avremo avrete avranno",
    "hemos habéis habíamos habíais habían somos sois estamos estáis están seremos habremos habrán",
)
#: Role nouns: a company name never contains one ("Chief Financial Officer of Beta" names "Beta").
ROLE_NOUNS = _words(
    "officer executive director president chairman chairwoman founder manager spokesman spokeswoman",
    "spokesperson analyst minister secretary berater sprecher sprecherin vorstand chef direttore",
    "presidente portavoce analista ministro directeur porte-parole ministre portavoz ceo cfo cto coo",
)


@lru_cache(maxsize=8)
def cue_words(language: str) -> frozenset[str]:
    """One-word cues of ``language``: in a title-case headline they are no name words
    ("Disney To Acquire Fox", "Buys AirTouch")."""
    lang = language if language in SUBJECT_VERBS else "en"
    return SUBJECT_VERBS[lang] | frozenset(c[0] for c in OBJECT_CUES[lang] if len(c) == 1)
