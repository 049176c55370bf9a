"""Italian lexicon: plain data read by tierscope.relations.engine (see lexicon/__init__ for keys)."""

from ._shared import IMPERSONAL_REPORT, NEITHER_NOR_REPORT, OUT_OF_PLANT, TAKING_WASTE, WASTE_GOODS

_DA = ["da", "dal", "dalla", "dallo", "dall'", "dai", "dalle", "dagli"]
_A = ["a", "ad", "al", "alla", "allo", "all'", "ai", "alle", "agli"]
_DI = ["di", "del", "della", "dello", "dell'", "dei", "delle", "degli", "d'"]

#: a past verb of supply or holding, and "until <year>": "ended_more" reads them in either order
_PAST_TIE = r"(?:(?:ha|hanno|aveva|avevano) (?:\w+ )?(?:fornito|rifornito|detenuto|controllato|posseduto)|fornì|fornirono|forniva|fornivano|riforniva|rifornivano|deteneva|detenevano|controllava|controllavano|possedeva|possedevano)"
#: the conditional a report tells its news in ("un'intesa con Y garantirebbe ...", "X rileverebbe Y"): any
#: verb in -rebbe/-rebbero, lower case (a name is no verb); not "dovrebbe" (a plan or a forecast), "potrebbe"
#: (the hedge cue), "vorrebbe" (a wish) or "piacerebbe"; nor "avrebbe dovuto" / "avrebbe potuto", a past that did
#: not come about ("X, che avrebbe dovuto ritirare le celle, compra ora da Y"), not hearsay
_REPORT_CONDITIONAL = r"\b(?!(?:dov|pot|vor|piace)rebber?o?\b)(?-i:[a-zàèéìòù])\w{2,}(?:rebbe|rebbero)\b(?! (?:dovuto|potuto|voluto)\b)"
_UNTIL_YEAR = r"fino (?:al|a|alla fine del|a fine|a tutto il) (?:\w+ )?(?:19|20)\d\d"
#: a buyer's past tie, and "until the failure" of a party: "aveva acquistato da Y le celle fino al fallimento"
_PAST_BUY = r"(?:(?:ha|hanno|aveva|avevano) (?:\w+ )?(?:acquistato|comprato)|acquistava|acquistavano|comprava|compravano)"
_UNTIL_END = r"fino (?:al|alla) (?:suo |sua |loro )?(?:fallimento|crac|default|bancarotta|liquidazione|chiusura)"

#: a verb of stopping with its "di" ("smette di", "ha mai smesso di"): negated, the tie goes on
_STOP_DI = r"(?:(?:ha|hanno|aveva|avevano)\s+)?(?:mai\s+)?(?:smette|smettono|smesso|cessa|cessano|cessato)\s+di"
#: not after a negation: "non ha smesso di", "non ha mai smesso di", "mai cessato di" say the tie goes on
_NOT_STOP = "".join(rf"(?<!\b{w} )" for w in ("non ha", "non hanno", "non aveva", "non avevano", "mai", "non è", "non sono"))

LEXICON = {
    "coord": [",", "e", "ed", "nonché", "oltre a", "e il", "e la", "e lo", "e l'", "e i", "e gli", "e le", "ed il", "sia", "che", "-", "ma anche", "ma pure", "e anche"],  # ("-": a pair in a headline, "Alleanza Iveco-Hyundai")
    # "Stellantis e la cinese CATL", "Iveco e la startup svedese Volta": a conjunction, then a
    # description of the next company (its kind or its country) ending right before its name.
    # ("subsidiary" and the like are left out: they state a relation of their own.)
    "coord_np": r"(?:e|ed)\s+(?:(?:il|la|lo|i|gli|le|un|una|uno|la sua|il suo)\s+|l['’]|un['’])(?:[\w'’.-]+\s+){0,3}?(?:startup|start-up|gruppo|società|azienda|casa|costruttore|produttore|fornitore|componentista|colosso|gigante|rivale|partner|multinazionale|utility|cines[ei]|coreana?|sudcoreana?|giappones[ei]|tedesc[oa]|frances[ei]|american[oa]|statunitense|svedese|britannic[oa]|indian[oa]|taiwanese|belga|olandese|svizzer[oa]|slovacc[oa]|polacc[oa]|canadese|australian[oa]|spagnol[oa]|norvegese|finlandese|austriac[oa])",
    # "X, che Y ha acquisito" / "X, di cui Y detiene il 20%": the company after these words acts on X.
    "rel_object": r"che|di cui|in cui|nella quale|nel quale|della quale|del quale",
    # Selling a unit or a stake is a change of ownership, not a supply of goods.
    "asset": r"\b(?:controllat[ae]|divisione|ramo|attivit[àa]|quot[ae]|partecipazion[ei]|azioni|business|filiale|unit[àa])\b",
    # "counts Y among its shareholders": a membership the possessive reading needs
    "among": r"\b(?:tra|fra)\b",
    # "X, which holds ...": the relative's antecedent is the subject, whatever governs it
    "rel_subject": r"che|il quale|la quale",
    # the place of a name before its subject relative ("Vulcan nella valle del Reno, che fornirà", "Brixo a Torino, che")
    # (supS) the town of a name between commas before its subject relative ("Raffmetal, di Casto, che")
    "rel_place": r"(?:\s*,\s*(?:di|da|con sede a)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})|(?:\s+(?:a|ad|in|nella|nel|presso|vicino\s+a)\s+(?:(?:valle|provincia|regione|zona|area|distretto)\s+(?:di|del|della|dello|dell['’])\s*)?(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.-]*){0,2})",
    # "buys Y's stake in Z", "la participación de Y en Z": Y only holds the stake; Z is the company
    "stake_holder": r"\s+(?:nella|nello|nell['’]|nel|in)\s*",  # (longest first: "nella Y" is no "nel" + "la Y")
    # "X, whose largest shareholder is Y": the name after the noun is its referent, X its anchor
    "rel_whose": r"il cui|la cui|i cui|le cui|nel cui",
    # "a round led by X, with participation from Y and Z": more investors after the first
    # (or the list's own "da" again, with a description: "sottoscritto da A, dal fondo pensione B e da C")
    # --- own16: a round's relative naming more investors after the verb ("guidato da X, al quale ha partecipato anche Y")
    "co_investor": r"\s*,?\s*(?:con (?:la )?partecipazione d(?:i|el|ella|ei|egli)|insieme a|affiancat[oi] da)\s+(?:(?-i:[a-zàèéìòù][\w'’-]*)\s+){0,3}|\s*(?:,|\s+e|\s+ed)\s+(?:da|dal|dallo|dalla|dai|dagli|dalle)\s+(?:(?-i:[a-zàèéìòù][\w'’-]*)\s+){0,4}|\s*(?:,|\s+e|\s+ed)\s+dall['’](?:(?-i:[a-zàèéìòù][\w'’-]*)\s+){0,4}"
                   r"|\s*,\s*(?:al quale|alla quale|a cui|cui) (?:ha|hanno|aveva|avevano) (?:anche )?(?:partecipato|preso parte)(?: anche)?\s+(?:(?-i:[a-zàèéìòù][\w'’-]*)\s+){0,3}",
    # --- end own16
    # "founded by former Tesla executives": people named after a company, not the company
    "staff_nouns": r"\s+(?:ex\s+)?(?:manager|dirigenti|dipendenti|ingegneri|fondatori)\b",
    "possessive": r"\b(?:suoi|sue|sua|suo|propri[oaie]?)\b",
    # between a joint venture's own name and the noun: "ACC, la joint venture tra ...", "ACC è una joint venture di ..."
    "venture_appos": r"\s*\)?\s*(?:(?:\s(?-i:[A-Z])[\w.&-]*)?,\s*|\s+(?:è|era|sarà|è stata|è stato|diventa|diventerà|resta|rimane)\s+|\s+[^,;:()]{0,40}?\b(?:come|quale)\s+)(?:(?:la|il|lo|una|un)\s+|l['’]|un['’])(?:[\w%-]+\s+){0,2}",
    # a pair named before, referred back to ("i due gruppi", "entrambi i soci")
    "pair_anaphor": r"\b(?:i|dei|dai|ai|tra i|fra i|le|delle|dalle|alle|tra le|fra le) due (?:gruppi|soci|partner|costruttori|colossi|produttori|marchi|società|aziende|case)\b|\b(?:entramb[ie]|ambedue) (?:i |le )?(?:gruppi|soci|partner|costruttori|società|aziende)\b",
    # deal nouns: "a deal ... for the supply of" reads like "a supply deal"
    "deal": r"\b(?:accord[oi]|contratt[oi]|intes[ae]|commess[ae]|ordin[ei])\b",
    # goods owned by the customer: "fournit les systèmes des utilitaires de Stellantis"
    # a production participle: "acquista il litio prodotto da X" (X is the seller)
    # a member named among a company's own suppliers or customers: "ha fatto di X uno dei suoi fornitori"
    "one_of": r"(?:uno|una) (?:dei|degli|delle)|tra i|fra i|tra le|fra le",
    # a relative of partnership: "X, with which Y signed a deal" (Y made the deal with X)
    "with_rel": r"con cui|con il quale|con la quale|con i quali|con le quali",
    # an object clitic in a subject relative: "Apollo, che l'ha rilevata nel 2022" (the clitic stands for a name before)
    "object_clitic": r"l['’](?=\w)|(?:la|lo|li|le|ne)\s+",
    "clitic_adverb": r"già|poi|anche|ormai|infine|quindi|ancora",
    # a relative governed by "to": "Corvalis, alla quale Norvik fornisce le celle" (the antecedent receives)
    "to_rel": r"a cui|al quale|alla quale|ai quali|alle quali|per il quale|per la quale|per i quali|per le quali",
    # a deal noun in the plural (matched on the trigger's words): "supply agreements", "Abnahmeverträge"
    "deal_plural": r"^(?:accordi|contratti|intese|patti|ordini|commesse)\b",
    "made_by": r"\b(?:prodott|fabbricat|realizzat|estratt|raffinat|costruit|assemblat|acquistat|comprat)[oaie]",
    # ("le elettriche", "le utilitarie": cars named by their kind; "la piattaforma MEB di Volkswagen")
    # (a charging network, its hubs and stations are goods a maker equips or supplies, like a plant: "Y équipe le
    # réseau de X", "Y liefert die Ladesäulen für das Netz von X": their owner is the customer)
    "goods_of": r"\b(?:veicoli|vetture|auto|furgoni|camion|autobus|modelli|stabiliment[oi]|fabbrica|fabbriche|impiant[oi]|gigafactory|treni|flott[ae]|navi|elettriche|ibride|utilitarie|berline|piattaform[ae]|ret[ei]|colonnine|stazioni(?: di ricarica)?|hub|trattori|tosaerba|escavatori|macchine|macchinari|carrelli elevatori|muletti|barche|traghetti|scooter|moto|motocicli|biciclette|locomotive)",
    # a carmaker's name after a plural article stands for its cars: "le celle che equipaggiano le Peugeot"
    "name_as_goods": r"\b(?:le|delle|sulle|nelle)",
    # verbs of choosing a company: "X chose Y to supply ..." (Y supplies X)
    "choose": r"\b(?:scegli(?:e|ono|erà)|scelto|selezion(?:a|ano|ato)|incaric(?:a|ano|ato))\b",
    # a sentence opening with "the subsidiary of Y" (its child named in the sentence before)
    "child_lead": r"(?:La|Questa) (?:(?-i:[a-zà-ù]+) ){0,2}(?:controllata|sussidiaria|filiale|consociata) (?:di|del|della|dell')(?: ?(?:gruppo|colosso|società|fondo))?(?: (?-i:[a-zà-ù]+)){0,2} ",
    # awarding a supply: "la fornitura è stata aggiudicata a Y" (Y supplies, not receives)
    "award": r"\b(?:aggiudic|assegn|affid)(?:a|ano|ato|ata|ati|ate|ava|erà)\b",
    # "X ha come azionista Y", "X ha in Y il primo cliente": the subject of "have" anchors the noun
    # (and the first person plural of an interview's answer: "Abbiamo come azionisti di minoranza Y e Z")
    "have_as": r"\b(?:ha|hanno|aveva|avevano|avrà|avranno|abbiamo|avevamo|avremo|avemmo)\s+(?:come|quale)",
    "have_in": r"\b(?:ha|hanno|aveva|avevano|avrà|avranno|abbiamo|avevamo|avremo|avemmo)\s+in",
    # a past participle, and "have" before one: "acquisita da Y" may be passive, "ha acquistato da Y" is not
    "participle": r"\w+(?:at|it|ut)[oaie]|pres[oa]",
    "active_aux": r"\b(?:ha|hanno|aveva|avevano|avrà|avranno|avrebbe(?:ro)?|abbia(?:no)?)",
    # a description found by coreference keeps its preposition ("dalla società di Duisburg", "dell'azienda"):
    # the preposition is the description's marker, as it would be before a name
    "inner_first": True,
    "inner_markers": [w for w in _DA + _A + _DI + ["nel", "nella", "nello", "nell'", "nei", "negli", "nelle"] if w not in ("a", "ad", "da", "di", "d'")],
    # months: "a marzo Norvik", "a fine luglio X": the preposition governs the date, not the name after it
    # and adverbs made with a preposition: "tocca da vicino X", "da anni X fornisce", "a breve X firmerà"
    "marker_stop": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                    "ottobre", "novembre", "dicembre", "vicino", "tempo", "anni", "mesi", "settimane", "breve", "recente"],
    "verb_final": False,
    "markers": {
        "agent": _DA + ["da parte di", "da parte del", "da parte della", "da parte dell'", "guidato da", "guidata da"],
        "recipient": _A + ["per", "per conto di", "per conto della", "per conto del"],
        "from": _DA + ["presso"] + _A,
        "seller": _DA,  # "acquista Y da Z": Z owned Y
        "with": ["con", "tra", "fra"] + ["insieme " + a for a in _A] + ["assieme " + a for a in _A],
        "of": _DI,
        "in": ["in", "nel", "nella", "nello", "nell'"] + _DI,
        "report": ["secondo", "stando a", "secondo quanto riportato da", "secondo quanto riferito da"],
    },
    # what talks with a partner are about (frames/talks.py): the deal's type and direction; "unit"
    # follows the purpose word when the object is an unnamed unit of the partner ("its battery unit")
    "talks_purpose": {
        "sell": r"\bcession[ei]\b|\bceder\w*|\bvender\w*|\bvendita (?:di|del|della|dell|dello|dei|delle)\b|\bdismission\w*",
        "stake": r"\bquot[ae] (?:di minoranza|di maggioranza|di controllo|azionari\w*|del(?:l['’])? ?\d|di \d|del capitale|nel capitale)|\b(?:rilevar(?:e|ne)|acquisir(?:e|ne)|acquistar(?:e|ne)|comprar(?:e|ne)|prender(?:e|ne)) (?:una |la )?quota\b|\bpartecipazion[ei]\b(?! (?:a|al|alla|alle|ai|agli)\b)",
        "acquire": r"\b(?:rilev\w+|acquisizion[ei]|acquisir\w*|acquist\w+|comprar\w*|fusion[ei]|takeover|scalata|opa)\b",
        "venture": r"\bjoint[- ]venture\b|\bsociet[àa] (?:comune|congiunta|mista)\b",
        "partner": r"\b(?:alleanz[ae]|partnership|collaborazion[ei]|cooperazion[ei]|sviluppo congiunto|(?:programm[ai]|progett[oi]) (?:comun[ei]|congiunt[oi])|ricerca congiunta|reciproc(?:o|a|i|he|amente)|vicendevol(?:e|i|mente))\b",
        # a purpose noun denied right before it, in its own clause: "non si parla di una joint venture",
        # "né una società comune", "esclusa una joint venture" (matched on the 40 characters before the noun)
        "negated": r"\b(?:non(?!\s+(?:si\s+)?(?:esclud\w*|solo|soltanto)\b)|né|esclus[ao]|senza)\b[^,;:.!?]*$",
        # "per rifornirsi di litio", "per l'approvvigionamento di celle": goods the subject would take from the partner
        "supply_from": r"\b(?:rifornirsi|approvvigionarsi)\b|\bl['’]approvvigionamento di\b|\bperché (?:[\w-]+ ){0,3}(?:ci|gli|le) (?:fornisca|forniscano|consegni|consegnino|venda|vendano)\b" + "|" + TAKING_WASTE["it"],
        "supply_to": r"\b(?:fornir|rifornir|consegnar|equipaggiar)(?:e|gli|le|lo|la|li|ne)\b|\bdiventar(?:e|ne) (?:il |un |suo )?(?:[\w-]+ )?fornitore\b",
        "unit": r"(?:\s+(?:di|del|della|dello|dei|delle))?\s+(?:(?:la|il|le|i|l['’])\s*)?(?:sua|suo|sue|suoi|propri[ao])\s+(?:[\w-]+\s+)?(?:controllat\w+|divisione|filiale|ramo|attività|business|stabiliment\w+|unità)\b",
        "enters": r"\b(?:far(?:la|lo|li|le)? entrare(?: nel capitale)?|(?:il |l['’])?(?:suo |loro )?ingresso (?:(?:di|del|della|dello|dei) [\w'’-]+ )?nel capitale)\b",
        "including": r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*(?:\(|,)\s*(?:tra cui|tra i quali|tra le quali|fra cui|come|in particolare)\s+(?:[\w'’-]+\s+){0,3}?",
    },
    "triggers": [
        # joint ownership: the owners are the parents of a joint venture ("ACC, detenuta pariteticamente da Stellantis e Mercedes-Benz", "X, di cui A e B detengono ciascuno il 50%")
        # a company held by a list of companies is theirs jointly: "la società controllata da A, B e C" (one owner: OWN_PR)
        {"re": r"\b(?:controllat[ao]|detenut[ao]|possedut[ao]) (?:(?:oggi|ora|insieme|dal (?:19|20)\d\d) )?(?:da|dal|dalla|dallo|dall['’]|dai|dalle|dagli)(?:\s|(?<=['’]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        {"re": r"\b(?:controllat[ao]|detenut[ao]|possedut[ao]|partecipat[ao]) (?:congiuntamente|pariteticamente|in parti uguali|a metà|al 50 ?%) (?:da|dal|dalla|dallo|dall'|dai|dalle|dagli)\b|\bdi propriet[àa] (?:congiunta|paritetica) (?:di|del|della|dell'|dei)\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # owners each named with a share: "controllata al 51% da Stellantis e al 49% da Leapmotor"
        {"re": r"\b(?:controllat[ao]|detenut[ao]|partecipat[ao]|possedut[ao]) (?:al|per il) \d+(?:[.,]\d+)? ?% (?:da|dal|dalla|dallo|dall'|dai|dalle|dagli)\b(?=[^;:()]{1,60}?\be (?:al|per il)(?: restante)? \d+(?:[.,]\d+)? ?% (?:da|dal|dalla|dallo|dall'|dai|dalle|dagli)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8, "shares": True},
        {"re": r"\b(?:ciascun[oa]|ognun[oa]|a testa) (?:il |la )?(?:50 ?%|metà)|\b(?:il |al )?50 ?% (?:ciascun[oa]|ognun[oa]|a testa)\b", "type": "joint_venture", "frame": "JOINT_HOLDERS", "status": "active", "conf": 0.75},
        # holders named with their companions ("X holds a third of W alongside Y and Z"): joint owners (frames/co_holders);
        # zero width, so the companions keep their preposition as marker and other triggers their words
        {"re": r"\b(?=(?:insieme|assieme) (?:a|ad|al|alla|allo|ai|alle|agli|con)\b)", "type": "joint_venture", "frame": "CO_HOLDERS", "status": "active", "conf": 0.7},
        # building a plant with a partner ("X is building a plant in Spain with Y"): a jointly owned plant, a joint venture
        {"re": r"\b(?:costru(?:isce|iscono|ito|ita|endo|irà|iranno|ire)|realizz(?:a|ano|ato|ata|ando|erà|eranno|are))\b(?=[^.;:]{0,80}?\b(?:impiant|stabiliment|fabbric|gigafactory|raffineri|minier)\w*)(?=[^.;:]{0,80}?\b(?:con|insieme ad?|assieme ad?) (?:la |il |lo |l['’]|i |gli |le )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÀ-Ý]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
        # a partner named right after its partner: "X and its partner Y" (frames/partner_next)
        {"re": r"\be (?:il |i )?(?:suo |loro |suoi )?(?:storico )?partner(?: (?-i:[a-z]\w*)){0,2}(?= (?-i:[A-ZÀ-Ý]))", "type": "partners_with", "frame": "PARTNER_NEXT", "status": "active", "conf": 0.7},
        # "Y passes into the hands of X": a change of owner, the new owner after the words
        # the unit named between its noun and its parent: "la controllata Brixo di Vostra"
        {"re": r"\b(?:controllata|filiale|consociata|sussidiaria)(?= (?-i:[A-ZÀ-Ý])[\w&.-]*(?: (?-i:[A-ZÀ-Ý])[\w&.-]*){0,3} (?:di |del |della |dello |dell['’] ?)(?-i:[A-ZÀ-Ý]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "child_after": "of"},
        {"re": r"\bpass(?:a|ano|ato|ata|erà|are) (?:sotto il controllo|nelle mani) (?:di|del|della|dello|dell')", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.75},
        # the target of a bid: "Y è oggetto di un'offerta pubblica di acquisto di X", "Y è stata oggetto di un'OPA ostile da parte di X"
        {"re": r"\b(?:è|sono|era|erano|sarà|sarebbe|(?:è|sono) stat[oaie]|fa|fanno) (?:già |ora |ormai )?oggetto di un['’] ?(?:(?:nuova|prima|eventuale|possibile|seconda) )?(?:offerta|opa)(?: pubblica)?(?: di (?:acquisto|scambio))?(?: (?:amichevole|ostile|vincolante|concorrente|non sollecitata))?(?= (?:di|del|della|dello|dell['’]|da parte di|da parte del|da parte della|da parte dell['’]|lanciata da|promossa da)(?:\s|(?<=['’])))", "type": "acquires", "frame": "OWN_PR", "status": "announced", "conf": 0.75},
        # "Y passa a X", "Y è passata al gruppo X": the new owner right after the preposition
        {"re": r"\bpass(?:a|ano|ato|ata|ati|ate|erà|eranno)(?= (?:a|ad|al|alla|allo|all['’]) ?(?:(?:gruppo|fondo|colosso|costruttore|produttore) )?(?:(?-i:[a-zà-ù]+) )?(?-i:[A-Z]))", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.7},
        {"re": r"\bfa(?:nno|ceva)? parte (?:di|del|della|dello|dell')|\b(?:controllata|partecipata|sussidiaria|filiale|divisione|marchio|consociata|societ[àa] (?:controllata|del gruppo))(?: \w+)? (?:al \d+(?:[.,]\d+)? ?% )?(?:da|dal|dalla|dallo|dall'|di|del|della|dello|dell')|\b(?:controllat[oaie]|posseduta|detenuta|di propriet[àa]) (?:al \d+(?:[.,]\d+)? ?% )?(?:da|dal|dalla|dallo|dall'|di|del|della|dell')|\bfa(?:nno)? capo a(?:d|l|lla|llo|ll'|i|lle|gli)?\b|\bappart(?:iene|engono|eneva|enevano|erranno|errà) a(?:d|l|lla|llo|ll'|i|gli|lle)?\b|\bcasa madre\b(?= (?-i:[A-Z]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.8},
        # "Y, set up by X": a company set up by one company is its unit (several: a joint venture; "founded by" names people)
        {"re": r"\bcostituit[oaie] (?:nel \d{4} )?(?:da|dal|dalla|dall'|dai)\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7, "single_parent": True},
        # "X, la società delle batterie del gruppo Y", "X, la controllata americana del colosso Y": a described unit of a named owner
        {"re": r"\b(?:controllata|società|azienda|sussidiaria|filiale|marchio|divisione|consociata|holding)(?! (?:comune|congiunta|mista)\b)(?: (?!che\b)(?-i:[a-zàèéìòù][\w'’-]*)){0,6}? (?:di|del|della|dello|dei|delle)(?: (?:gruppo|colosso|conglomerato|holding|costruttore|produttore|fondo|gigante)(?: (?-i:[a-zàèéìòù][\w'’-]*)){0,2})?(?= (?-i:[A-ZÀÈÉ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        # the same when the entity stage took the noun in apposition for the unit's own mention ("Ampere,
        # [la società] di Renault"): an empty trigger right after the noun, so the owner keeps its "di"
        # marker ("nella società di Y" is governed by a preposition: no apposition). An apposition that
        # goes on to name the owner with a participle ("..., controllata dal gruppo") leaves it to that.
        {"re": r"(?:(?<=, la società)|(?<=, l'azienda)|(?<=, l’azienda)|(?<=, la controllata)|(?<=, la sussidiaria)|(?<=, la filiale)|(?<=, la divisione)|(?<=, la consociata))(?= (?:di|del|della|dello|dei|delle) (?-i:[A-ZÀÈÉ]))(?![^,;:]*,\s*(?:\w+ )?(?:controllat|detenut|partecipat|possedut)[oa]\b)", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        {"re": r"\b(?:(?:di|del|della|delle|dei|degli) (?-i:[a-zàèéìòù][\w'’-]*) )?(?:del|dello) (?:gruppo|colosso|conglomerato|holding)(?: (?-i:[a-zàèéìòù][\w'’-]*)){0,2}(?= (?-i:[A-ZÀÈÉ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        {"re": r"\b(?:la|sua|la sua|le sue|le|una) (?:\w+ )?(?:controllat[ae]|sussidiari[ae]|filial[ei])\b|\bcapogruppo (?:di|del|della|dell')|\bcasa madre (?:di|del|della|dell')|\bproprietari[oa] (?:di|del|della|dell')|\bcontroll(?:a|ano)\b|(?<!\bche )\bcontrollav(?:a|ano)\b|\bpossied(?:e|ono)\b|(?<!\bche )\bpossedev(?:a|ano)\b|\bdetien(?:e|e il|e una)\b|(?<!\bche )\bdetenev(?:a|ano)\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        # --- own16: plural units with "sue" ("sulle sue controllate A e B": "sulle" hides the article)
        {"re": r"\bsue (?:\w+ )?(?:controllate|sussidiarie|filiali)\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        # --- end own16
        {"re": r"\bjoint[- ]venture\b|\bsociet[àa] (?:mista|comune|paritetica|congiunta)\b|\b(?:stabilimento|fabbrica|gigafactory) (?:comune|congiunt[oa])\b|\bJV\b|\b(?:societ[àa]|azienda)(?= che [^,;:()]{1,60}? condivid\w+ (?:[\w ]{0,25}?)con\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.85},
        # un cliente aggiunto al portafoglio del fornitore: "X ha aggiunto Y e Z al proprio portafoglio clienti"
        {"re": r"\baggiun(?:ge|gono|to|gerà|geranno|geva|gendo)\b(?= (?:[\w&.'’-]+,? ){1,12}?(?:al|alla) (?:(?:suo|sua|proprio|propria|loro) )?(?:portafoglio (?:clienti|ordini)|lista (?:dei )?clienti|clientela|parco clienti)\b)", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.7},
        {"re": r"\b(?:vince|vinto|vincerà|vincere|ottiene|ottenuto|otterrà|ottenere|si aggiudica|si è aggiudicat[oa]|si aggiudicherà|aggiudicarsi|aggiudicat[oa]|riceve|ricevuto|riceverà|ricevere|conquista|conquistato|incassa|strappa)\b(?: [\w$€.,%'-]+){0,5}? (?:ordin[ei]|commess[ae]|contratt[oi]|fornitur[ae]|appalt[oi])\b", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        # "X ha ottenuto da Y la fornitura di ...": the customer between the verb and the order
        {"re": r"\b(?:ottiene|ottenuto|otterrà|si aggiudica|si è aggiudicat[oa]|riceve|ricevuto|conquista|conquistato|strappa|strappato)(?= (?:da|dal|dalla|dall['’]) ?[^,;:()]{1,50}? (?:la |le |una |un |il |i |l['’])?(?:\w+ )?(?:ordin[ei]|commess[ae]|contratt[oi]|fornitur[ae]|appalt[oi])\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        # "X ha assegnato ad Y una commessa", "X affida a Y la fornitura": the customer awards, Y supplies
        {"re": r"\b(?:aggiudic|assegn|affid)(?:a|ano|ato|ata|erà)(?= (?:a|ad|al|alla|allo|all['’]) ?[^,;:()]{1,50}? (?:la |le |una |un |il |i |l['’])?(?:\w+ )?(?:ordin[ei]|commess[ae]|contratt[oi]|fornitur[ae]|appalt[oi]|produzione|realizzazione|costruzione)\b)", "type": "supplies", "frame": "RELY", "status": "announced", "conf": 0.75},
        {"re": r"\b(?:scelt[oa]|selezionat[oa]) come (?:\w+ )?(?:fornitore|partner)\b", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # chosen by the customer: "Kestrel è stata scelta da Brixo come fornitore / per fornire le celle"
        {"re": r"\b(?:scelt[oaie]|selezionat[oaie]|designat[oaie]|individuat[oaie])(?= (?:da|dal|dalla|dall['’]|dai|dalle) ?[^,;:()]{1,40}? (?:(?:come|quale) (?:\w+ )?(?:fornitore|fornitrice)|per (?:fornire|produrre|realizzare|consegnare))\b)", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # acquisti spostati verso un fornitore: "Brixo ha spostato parte degli acquisti di celle verso Kestrel"
        {"re": r"\b(?:spostat|trasferit|dirottat)[oaie] (?:(?:parte|gran parte|una parte|quota) )?(?:degli|dei|delle|gli|i|le|i suoi|le sue|suoi|sue) (?:[\w-]+ ){0,3}?(?:ordini|acquisti|volumi|commesse)(?= (?:[\w-]+ ){0,3}?(?:a|ad|al|alla|ai|agli|alle|all['’]|verso) ?(?:[\w'’-]+ ){0,2}?(?-i:[A-Z]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7},
        # --- ord16: services (begin) ---
        # un servizio svolto per un cliente o il suo stabilimento (le linee guida lo contano come fornitura):
        # "X gestisce la logistica dello stabilimento di Y", "cura la manutenzione per Y"
        {"re": r"\b(?:gestisce|gestiscono|gestirà|gestiva|cura|curerà|svolge|svolgerà|presta|prestano|offre|offrono)\s+(?:la\s+logistica|la\s+manutenzione|il\s+trasporto|i\s+servizi|servizi)\b(?:\s+(?:interna|esterna|di\s+(?:manutenzione|logistica|trasporto|stoccaggio|pulizia|sicurezza|riciclo)))?", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "recipient_only": True, "service": True},
        {"re": r"\b(?:gestisce|gestiscono|gestirà|gestiva|cura|curerà|svolge|svolgerà)\s+(?:la\s+logistica|la\s+manutenzione|il\s+trasporto)\b(?:\s+(?:interna|esterna))?(?:\s+(?:di|del|dello|della|dei|degli|delle)(?=\s))?", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "goods_owner": True, "service": True},
        # --- ord16: services (end) ---
        # --- ord16: an order placed with a supplier, told by a participle (begin) ---
        # "Y ha annullato un ordine da 2 miliardi piazzato presso X": chi lo ha ricevuto fornisce il soggetto
        {"re": r"\bordin[ei]\b(?= (?:[^,;:()]{0,50}? )?(?:piazzat|effettuat|passat)[oi] (?:a|ad|al|alla|allo|all['’]|presso) ?)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # --- ord16: an order placed with a supplier, told by a participle (end) ---
        # --- ord16: orders split between suppliers (begin) ---
        # "Y divide gli ordini di celle tra A e B": ciascuno fornisce il soggetto
        {"re": r"\b(?:divide|dividono|ripartisce|ripartiscono|suddivide|suddividono|ha diviso|ha ripartito|ha suddiviso) (?:gli|i|le|i suoi|le sue|suoi|sue|propri) (?:[\w'’-]+ ){0,3}?(?:ordini|ordinativi|acquisti|volumi|commesse|forniture) (?:[\w'’-]+ ){0,3}?(?:tra|fra)\b", "type": "supplies", "frame": "RELY", "status": "active", "conf": 0.7},
        # --- ord16: orders split between suppliers (end) ---
        # --- ord16: an order handed on to another supplier (begin) ---
        # an order told before and handed on by a clitic or as "those volumes": "annullò l'ordine con Z e
        # affidò quei volumi a Y", "affidandole poi a Y", "per affidarla a Y" (the subject buys from Y)
        {"re": r"\b(?:affidandol[aeio]|affidarl[aeio]|(?:l['’]|li |le )(?:ha|hanno|aveva|avevano) (?:poi )?affidat[aoie]|(?:affidò|affidato|affida|affidano|affiderà|spostò|dirottò|trasferì) (?:quei|questi|tali|i|gli|i suoi|parte dei|parte degli) (?:[\w-]+ ){0,2}?(?:volumi|ordini|ordinativi|acquisti))(?= (?:poi |quindi |invece |ora )?(?:a|ad|al|alla|allo|ai|agli|all['’]) ?(?:[\w'’-]+ ){0,2}?(?-i:[A-Z]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7, "handed_on": True},
        # --- ord16: an order handed on to another supplier (end) ---
        # an order named with the customer in a relative: "la commessa che Brixo aveva affidato a Kestrel"
        {"re": r"\b(?:commess[ae]|ordin[ei]|ordinativ[oi]|contratt[oi])\b(?: (?:per|di|del|della|dei|delle|sul|sulla) [^,;:()]{1,50}?)?,?(?= che (?-i:[A-Z])[^,;:()]{0,40}? (?:(?:ha|aveva|hanno|avevano|avrebbe) (?:affidat|assegnat|commissionat)[oaie]|affidò|assegnò|commissionò) (?:\w+ )?(?:a|ad|al|alla|allo|all['’]))", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "relative_order": True},
        # an order noun with its customer's name right after it, the supplier after "per"/"a" (a headline's
        # way): "Maxi commessa Brixo per Kestrel", "commessa Brixo da 200 milioni a Kestrel"
        {"re": r"\b(?:[Mm]axi[- ]?)?(?:[Cc]ommessa|[Oo]rdine|[Oo]rdinativo)(?= (?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,2} (?:[^,;:()]{0,30} )?(?:per|a|ad|alla|al|all['’]) )", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "noun_first": True},
        # giving an order: "Brixo ha assegnato la commessa dei sedili a Kestrel", "affida a Kestrel la produzione delle celle"
        {"re": r"\b(?:assegn|affid)(?:a|ano|ato|ata|ati|ate|erà|eranno)\b(?= (?:(?:la|il|l['’]|le|i|gli|un|una|uno|un['’]|sua|suo|sue|suoi) ?(?:[\w-]+ )?(?:commess[ae]|ordin[ei]|ordinativ[oi]|contratt[oi]|fornitur[ae]|produzione|appalt[oi])\b[^,;:()]{0,50}? (?:a|ad|al|alla|allo|all['’]) ?(?:[\w'’-]+ ){0,3}?(?-i:[A-Z])|(?:a|ad|al|alla|allo|all['’]) ?(?:[\w'’-]+ ){0,3}?(?-i:[A-Z])[^,;:()]{0,40}? (?:la|il|l['’]|le|i|gli|un|una|uno|un['’]) ?(?:[\w-]+ )?(?:commess[ae]|ordin[ei]|ordinativ[oi]|contratt[oi]|fornitur[ae]|produzione|appalt[oi])\b))", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # commissioning goods: "Brixo ha commissionato a Kestrel 200 treni" (Kestrel supplies)
        {"re": r"\bcommission(?:a|ano|ato|ata|ati|ate|erà|eranno)\b(?= (?:a|ad|al|alla|allo|all['’]) ?[^,;:()]{1,50}?)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75},
        # charging a maker with making goods: "Brixo ha incaricato Kestrel di produrre i sedili"
        {"re": r"\bincaric(?:a|ano|ato|ata|ò|arono|herà|heranno)\b(?= (?-i:[A-Z])[^,;:()]{0,40}? di (?:produrre|fornire|realizzare|costruire|fabbricare|consegnare|assemblare|sviluppare|installare)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # --- supply: produzione conto terzi -------------------------------------------------
        # "GAC ha firmato con Magna Steyr un contratto di assemblaggio (di produzione conto terzi)": the
        # assembler supplies the subject, unless the tiers say otherwise
        {"re": r"\b(?:accord[oi]|contratt[oi]|intes[ae]) (?:di |per l['’])(?:assemblaggio|(?:produzione|fabbricazione) (?:per )?conto terzi)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # --- ord16: power supply contracts (begin) ---
        # a power purchase or supply contract ("un contratto di acquisto di energia (PPA)", "un accordo decennale
        # per l'acquisto di elettricità", "un contratto di fornitura di energia elettrica con Y"): the energy
        # company sells, whichever side is the subject (neither or both known as one: the deal nouns below
        # read it as before)
        {"re": r"\b(?:accord[oi]|contratt[oi]|intes[ae]) (?:[\w-]+ )?(?:di |per l['’]|per la )(?:acquisto|compravendita|fornitura|approvvigionamento) (?:di |d['’])(?:energia|elettricità)\b|\bPPAs?\b|\b(?:accord[oi]|contratt[oi]) (?:di |per l['’]|sull['’])(?:energia elettrica|elettricità)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- ord16: power supply contracts (end) ---
        # --- ord16: sales contracts (begin) ---
        # "X ha firmato contratti di vendita con Y": chi vende fornisce (non la vendita di quote, rami o società)
        {"re": r"\bcontratt[oi] di vendita\b(?! (?:di|del|della|dei|delle|dell['’]|degli) (?:[\w-]+ )?(?:quot[ae]|partecipazion[ei]|azion[ei]|ram[oi]|società|controllo|stabiliment[oi]|attività|divisione|march(?:io|i)\b))", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # --- ord16: sales contracts (end) ---
        {"re": r"\b(?:accordo|contratto|intesa) (?:di |d'|per l')(?:acquisto|approvvigionamento|offtake)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # a deal to buy goods: "un contratto con Y per l'acquisto di 100 treni" (Y supplies)
        {"re": r"\b(?:accord[oi]|contratt[oi]|intes[ae])\b(?=[^,;:()]{0,60}? per l['’]acquisto (?:di|del|della|dei|delle|degli)\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "needs_product": True, "purchase_of": True},
        # un contratto perso: chi lo perde forniva ("X ha perso il contratto dei sedili con Y")
        {"re": r"\bpers[oa] (?:il|la|un|una|i|le|l['’]) ?(?:[\w-]+ ){0,3}?(?:contratt[oi]|commess[ae]|ordin[ei])(?= (?:[^,;:()]{0,40}? )?con )", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "ended", "conf": 0.65},
        {"re": r"\b(?:accordo|contratto|intesa|patto|ordine|commessa) (?:di|per la|per) fornitur[ae]\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # a contract between two tiers of the chain for a product named right after it ("a contract with CATL for cells"): the lower tier supplies
        # a contract said to be over, its goods left out: "il contratto che legava X a Y è scaduto" (the tiers give the direction: frames/ended_deals.py)
        {"re": r"\bcontratt[oi]\b(?! di (?:cessione|vendita|acquisizione|licenza|partnership|lavoro)\b)", "type": "supplies", "frame": "DEAL_ENDED", "status": "ended", "conf": 0.65},
        {"re": r"\b(?:contratt[oi]|accord[oi]|(?<!memorandum d')(?<!memorandum d’)(?<!protocollo d')(?<!protocollo d’)(?<!protocolli d')(?<!protocolli d’)intes[ae])\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.65, "needs_product": True, "tier_only": True},
        {"re": r"\b(?<!con la )(?:quota|partecipazione)(?: (?:di minoranza|minoritaria|di maggioranza|maggioritaria|di controllo|strategica|azionaria))?(?: (?:del|pari al) \d+(?:[.,]\d+)? ?%)? (?:in|nel|nella|nello|nell'|di|del|della|dello|dell')|\binvest(?:e|ono|ito|irà|iranno|ire|imento|imenti)(?: [\w$€.,%'-]+){0,4}? (?:in|nel|nella|nell'|su)\b|\bentr(?:a|ano|at[oaie]|erà|eranno|are) nel capitale (?:di|del|della|dell')|\bingresso nel capitale (?:di|del|della|dello|dell')|\bsottoscri(?:ve|vono|tto|tta|verà|veranno|vere|vendo)(?: (?:l['’]|un |parte dell['’]))?aumento di capitale (?:di|del|della|dello|dell')|\bsal(?:e|ita|ito|irà|ire|endo) (?:(?:inoltre|anche|poi|ora|quindi|ulteriormente) )?(?:al|fino al|oltre il) \d+(?:[.,]\d+)? ?(?:%|per cento) (?:(?:del|nel) capitale )?(?:di|del|della|dello|dell')|\bround (?:di finanziamento )?(?:in|di|della|dell')", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # leaving the capital of Y: a stake that has ended
        {"re": r"\b(?:(?:è|sono) uscit[oaie]|esce|escono|uscirà|usciranno) (?:definitivamente |completamente )?dal capitale (?:di|del|della|dello|dell')", "type": "invests_in", "frame": "INV", "status": "ended", "conf": 0.75},
        # being in a company's capital: "X è nel capitale di Y dal 2021", "X, presente nel capitale di Y"
        # (and sitting or figuring there: "X siede nel capitale di Y dal 2021", "X figura anche nel capitale di Y")
        {"re": r"\b(?:è|sono|era|erano|resta|restano|rimane|rimangono|present[ei]|siede|siedono|sedeva|sedevano|figura|figurano|figurava|figuravano) (?:già |ancora |anche |tuttora )?(?:present[ei] )?nel capitale (?:di|del|della|dello|dell['’])", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        # "una quota di circa il 20% in Y", "la quota che deteneva in Y"
        {"re": r"\b(?:quota|partecipazione)(?: (?:di minoranza|minoritaria|di maggioranza|maggioritaria|strategica|indiretta))? (?:di|del|pari al) (?:circa |quasi |oltre |poco più |poco meno )?(?:il |dell')?\d+(?:[.,]\d+)? ?(?:%|per cento) (?:in|nel|nella|nello|nell'|di|del|della|dello|dell')|\b(?:quota|partecipazione) (?:[\w%,’'-]+ ){0,4}?che (?:deteneva|detiene|aveva|possedeva|ancora detiene) (?:ancora )?(?:in|nel|nella|nello|nell')", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # money raised from named investors, no funding noun: "Verkor ha raccolto 2 miliardi di euro da Renault e Bpifrance"
        {"re": r"\b(?:raccolt[oa]|raccoglie|raccoglierà)\b (?:oltre |circa |quasi |altri )?[\d.,]+ (?:milioni|miliardi|mln|mld)(?: di (?:euro|dollari))?(?= (?:da|dal|dalla|dai|dalle|dagli) ?(?-i:[A-ZÀ-Ý]))", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        {"re": r"\b(?:raccolt[oa]|raccoglie|ottiene|ottenuto|chiude|chiuso)\b(?: [\w$€.,%'-]+){0,6}? (?:finanziament[oi]|capitali|round|investiment[oi])\b|\b(?:guidat[oa]|sostenut[oa]|finanziat[oa]|partecipat[oa])(?= da)|(?<=\bcapitale )(?:[^;:.()]{0,40}? )?sottoscritt[oa](?: (?:interamente|integralmente|in gran parte))?(?= da)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        # "a round ... in which X, Y and Z took part": the investors follow the verb
        {"re": r"\b(?:round|aumento di capitale)\b(?:[^;:.]|\.\d){0,90}?\b(?:a cui|al quale) (?:hanno|ha) (?:partecipato|aderito)\b", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75, "investors_after": True},
        # "dopo la sua cessione a Vostra": the possessor was sold (frames/deals.py, ``_possessed_sale``)
        {"re": r"(?<=\bsua )(?:cessione|vendita)(?= (?:a|ad|al|alla|allo|all['’]))", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # the buyer named before the stake sold: "la cessione a Z della sua quota del 50% di Y"
        {"re": r"\b(?:cessione|vendita)(?= (?:a|ad|al|alla|allo|all['’]) ?[^,;:()]{1,50}? (?:della|delle|dei) (?:sua|sue|propria|proprie|loro) (?:quota|quote|partecipazione|partecipazioni|azioni)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- own16: a sale noun naming its buyer before the unit sold ("la cessione a Z della controllata Y")
        {"re": r"\b(?:cessione|vendita)(?= (?:a|ad|al|alla|allo|all['’]) ?[^,;:()]{1,50}? (?:della|dell['’]) ?(?:sua |propria )?(?:società )?(?:controllata|filiale|consociata|divisione)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- end own16
        {"re": r"\b(?:vend(?:e|ono|erà|ere|uto|uta)|ced(?:e|ono|erà|ere|uto|uta)|(?:cessione|vendita) (?:di|del|della|dell')|dismett\w+)\b", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.75},
        # selling goods (a unit or a stake sold is read above): "Kestrel venderà a Brixo 200 camion"; supplying in the subjunctive: "prevede che Kestrel fornisca a Brixo"
        {"re": r"\bvend(?:e|ono|erà|eranno|eva|evano|uto|uta|uti|ute|erebbe|erebbero|ette|ettero|endo|iamo|eremo|evamo)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True, "recipient_only": True},
        {"re": r"\b(?:fornisc(?:a|ano)|fornisse(?:ro)?|riforni(?:sca|scano|sse)|consegni(?:no)?)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        # shipping goods: "Kestrel spedirà 10.000 tonnellate di litio a Brixo"
        {"re": r"\bspedi(?:sce|scono|rà|ranno|va|vano|to|ta|ti|te|re|rebbe|rebbero)\b|\besport(?:a|ano|erà|eranno|ava|avano|are|erebbe|erebbero)\b|\binvi(?:a|ano|erà|eranno|ava|avano|are|erebbe|erebbero)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "needs_product": True, "product_object": True},
        # la produzione o l'energia di un impianto venduta o comprata: "vende la produzione del parco eolico a Y", "compra energia da Y"
        {"re": r"\bvend(?:e|ono|erà|eranno|eva|evano|uto)\b(?= (?:(?:la|l['’]|tutta la|parte della|gran parte della|la sua|la propria) ?)?(?:produzione|energia)\b(?: (?:del|della|dei|dello|degli|di|dal|dalla|dai) [^,;:()]{1,40}?)? (?:a|ad|al|alla|allo|ai|alle)\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        {"re": r"\b(?:compra|comprano|comprerà|compreranno|comprava|acquista|acquistano|acquisterà|acquistava)\b(?= (?:(?:la|l['’]|tutta la|parte della|la sua) ?)?(?:produzione|energia)\b(?: [\w-]+)? (?:da|dal|dalla|dallo|dai|dalle)\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # a recycler taking a company's waste ("collects the used batteries of X", "recupera le batterie esauste di X"):
        # the waste's maker, named by "of"/"from", supplies (relations/scrap_flow.py)
        {"re": r"\b(?:ritir(?:a|ano|erà|eranno|ava|avano|ato)|raccogli(?:e|ono|erà|eranno|eva|evano)|raccolt[oa]|recuper(?:a|ano|erà|eranno|ava|avano|ato)|ricev(?:e|ono|erà|eranno|eva|evano|uto))\b(?= (?:[\w\'’-]+ ){0,2}?" + WASTE_GOODS["it"] + r"\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "maker_only": True, "waste": True},
        {"re": r"\b(?:si rifornir[àa]|si rifornisce|si riforniscono|rifornirsi|si approvvigion\w+|approvvigionarsi|import(?:a|ano|ato|erà|are|ando))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.8},
        # an order placed is a supply contract whose deliveries come later: announced unless a cue says they run
        {"re": r"\b(?:ordin(?:a|ano|ato|erà|eranno|are|ò|arono|erebbe|erebbero)|commission(?:a|ano|ato|erà|are))\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        # entrusting to a clitic in a subject relative: "Y, che gli ha affidato la fornitura" (Y is the customer, the clitic the clause subject)
        {"re": r"(?:(?<=\bgli )|(?<=\ble ))(?:ha |hanno |aveva |avevano )?(?:affidat[oaie]|assegnat[oaie]|affida|affidano|affiderà|affideranno|assegna|assegnano|assegnerà)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # the buyer's verb in every tense a news story uses, the conditional of a report included
        # ("acquisterebbe", "achèterait", "compraría": a rumoured purchase)
        {"re": r"\b(?:acquist(?:a|ano|erà|eranno|are|ato|ava|avano|ò|arono|erebbe|erebbero|ando)|compr(?:a|ano|erà|eranno|are|ato|ava|avano|ò|arono|erebbe|erebbero|ando)|ricev(?:e|ono|erà|eranno|uto|eva|evano|ette|ettero|erebbe|erebbero|endo)|ottien(?:e|ono)|otterr(?:à|anno|ebbe|ebbero)|acquisti|acquist(?:iamo|eremo|avamo)|compr(?:iamo|eremo|avamo)|ricev(?:iamo|eremo|evamo))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75, "needs_product": True},
        # using goods made by a company: "X monta negli inverter i chip prodotti da Y" (Y supplies X)
        {"re": r"\b(?:mont(?:a|ano|erà|eranno)|utilizz(?:a|ano|erà|eranno)|impieg(?:a|ano|herà|heranno)|us(?:a|ano|erà|eranno)|adott(?:a|ano|erà|eranno))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "maker_only": True},
        # choosing a company for a product: "X chose Y for its cells" (Y supplies X)
        {"re": r"\b(?:scegli(?:e|ono|erà)|(?:ha|hanno) scelto|selezion(?:a|ano|ato)|punta su)\b", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.6, "needs_product": True, "product_after": True},
        # talks with a partner whose purpose names the deal: "X è in trattative con Y per rilevare una quota", "X tratta con Y per la cessione di Z" (frames/talks.py)
        {"re": r"\b(?:trattativ[ae]|negoziat[io]|negoziazion[ei]|colloqui|discussion[ei]|interlocuzion[ei]|contatt[io]|dialogo|negozi(?:a|ano|amo|ate|ava|avano|avamo|ando|ato|erà|eranno|erebbe|erebbero)|(?<!\bsi )tratt(?:a|ano|iamo|ate|ava|avano|avamo|ando|erà|eranno|erebbe|erebbero)|(?:sta|stanno|stiamo|stava|stavano|stavamo|starebbe|starebbero) (?:trattando|negoziando|discutendo)|discut(?:e|ono|iamo|eva|evano|endo))(?:\s+(?:preliminar[ie]|esclusiv[ae]|avanzat[ae]|apert[ae]|serrat[ae]|formal[ie]|informal[ie]|riservat[ae]|confermat[ae]|approfondit[ae]))?\s+(?=con\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- supply: talks with an adverb before the partner ---------------------------------
        # "tratta anche con Y", "sta trattando già con Y": the same talks frame, the adverb skipped
        {"re": r"\b(?:trattativ[ae]|contatt[io]|negozi(?:a|ano|amo|ate|ava|avano|avamo|ando|ato|erà|eranno|erebbe|erebbero)|(?<!\bsi )tratt(?:a|ano|iamo|ate|ava|avano|avamo|ando|erà|eranno|erebbe|erebbero)|(?:sta|stanno|stiamo|stava|stavano|stavamo|starebbe|starebbero) (?:trattando|negoziando|discutendo)|discut(?:e|ono|iamo|eva|evano|endo))\s+(?:anche|già|ora|inoltre|pure)\s+(?=con\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # talks with a partner about a product: "verhandelt mit CATL über Zellen" (direction from tiers)
        # the noun of supplying a customer: its "of" complement is the customer
        {"re": r"\brifornimento\b(?= (?:di|del|della|dello|dell['’]|dei|degli|delle)\s*(?-i:[A-ZÀ-Ý]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "nominal": True, "customer_of": True},
        {"re": r"\b(?:sulla fornitura|su)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "nominal": True, "talks": True, "needs_product": True},
        # making goods for a named customer: "fabrica componentes para Audi" (only with a recipient)
        # goods that come from a maker, for a named customer: "le celle per Y arrivano da X", "i sedili delle auto di Y provengono da X"
        {"re": r"\b(?:arriva|arrivano|arriverà|arriveranno|arrivavano|proviene|provengono|provenivano|proverranno)\b(?=\s+(?:(?:già|ora|oggi|tuttora|soprattutto|principalmente|in gran parte|anche)\s+)?(?:da|dal|dalla|dallo|dai|dalle|dall['’])\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "needs_product": True, "recipient_only": True},
        # --- supply: making a customer's goods ------------------------------------------------
        # "X assembla da un anno due modelli di Y", "X produrrà le vetture di Y": the goods (vehicles or a
        # product, checked by the frame) are Y's, so X supplies Y
        # "fabbrica" after an article or an adjective is the noun, a factory, not the verb ("stanno costruendo la fabbrica di celle"); "il prodotto", "i prodotti": products
        {"re": r"\b(?:produc(?:e|ono)|produrr(?:à|anno)|(?<!\bl['’])(?<!\bla )(?<!\buna )(?<!\bdella )(?<!\bnella )(?<!\balla )(?<!\bdalla )(?<!\bsulla )(?<!\bquesta )(?<!\bquella )(?<!\bsua )(?<!\bnuova )(?<!\bprima )(?<!\bpropria )(?<!\bgrande )(?<!\bfutura )(?<!\bseconda )fabbrica|fabbric(?:ano|herà|heranno)|assembl(?:a|ano|erà|eranno)|costruisc(?:e|ono)|costruir(?:à|anno))\b(?= [^,;:()]{1,50}? (?:di|del|della|dei|delle|degli|dell['’]) ?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "makes_goods_of": True},
        # stampare parti per un cliente è produrle: "stampa pannelli della carrozzeria per Y" (non "la stampa", i giornali)
        {"re": r"(?<!\bla )(?<!\bdella )(?<!\balla )(?<!\bdalla )(?<!\bnella )(?<!\bsulla )\b(?:stampa|stampano|stamperà|stamperanno|stampava|stampavano|pressofonde|pressofondono)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # --- end supply ---------------------------------------------------------------------
        # the nouns "la fabbrica" (a factory), "il prodotto", "i prodotti" (products) are no verbs of making
        {"re": r"\b(?:produc(?:iamo|evamo)|produrr(?:emo|ebbe|ebbero)|fabbrich(?:iamo|eremo|eranno|erebbe|erebbero)|fabbricavamo|assembl(?:iamo|avamo|eremo|erebbe|erebbero)|costru(?:iamo|ivamo|iremo|irà|iranno)|produc(?:e|ono|eva|evano)|produrr(?:à|anno)|(?<!\bil )(?<!\bun )(?<!\bdel )(?<!\bnel )(?<!\bal )(?<!\bdal )(?<!\bsul )(?<!\bquesto )(?<!\bquel )(?<!\bsuo )(?<!\bnuovo )(?<!\bprimo )(?<!\bproprio )prodotto|(?<!\bi )(?<!\bdei )(?<!\bnei )(?<!\bai )(?<!\bdai )(?<!\bsui )(?<!\bquesti )(?<!\bquei )(?<!\bsuoi )(?<!\bnuovi )(?<!\bpropri )prodotti|prodott[ae]|(?<!\bl['’])(?<!\bla )(?<!\buna )(?<!\bdella )(?<!\bnella )(?<!\balla )(?<!\bdalla )(?<!\bsulla )(?<!\bquesta )(?<!\bquella )(?<!\bsua )(?<!\bnuova )(?<!\bprima )(?<!\bpropria )(?<!\bgrande )(?<!\bfutura )(?<!\bseconda )fabbrica|fabbric(?:ano|herà|ato|ati|ava|avano)|realizz(?:a|ano|erà|ato|ati|ava|avano)|costruisc(?:e|ono)|costruiva(?:no)?|assembl(?:a|ano|erà|eranno|at[oaie]|ava|avano))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # the infinitive of making goods for a customer, after a contract or a plan: "a contract to make cells for Y",
        # "un contrat pour fabriquer des cellules pour Y" (a product must be named: "to make room for Y" is none)
        {"re": r"\b(?:produrre|fabbricare|assemblare)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True, "needs_product": True},
        # a contractor's work for a named client, as "trabaja para" (es): "Kestrel lavora per Brixo dal 2019",
        # "Kestrel, che lavorava quasi solo per Brixo" (only with a recipient)
        {"re": r"\blavor(?:a|ano|ava|avano|ato|erà|eranno)(?: (?:quasi|soprattutto|principalmente|prevalentemente|esclusivamente|solo|soltanto|già|anche|ancora)){0,2} (?=per\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # equipping a company, the company as the object: "Kestrel equipaggia Brixo dal 2019"
        {"re": r"\bequipaggi(?:a|ano|ava|avano|erà|eranno|amo)\b(?= (?:(?:già|anche|ora|ormai|da (?:[\w'’-]+ ){1,2}?)\s*)?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65},
        # goods in a maker's vehicles, as in German (frames/supply.py read_goods_in): "le celle di Kestrel finiscono
        # nei furgoni di Brixo", "sono montate sulle auto di Brixo" (the goods' maker, named with "di"/"da", supplies)
        # a customer's vehicle run on a supplier's goods: "il camion di Brixo è alimentato da celle di Kestrel" (frames/powered_by.py)
        {"re": r"\b(?:alimentat[oaie]|spint[oaie]|mossi|moss[oa]|equipaggiat[oaie]) (?:da|dalle|dai|dagli|con)\b", "type": "supplies", "frame": "POWERED_BY", "status": "active", "conf": 0.65},
        {"re": r"\b(?:finisc(?:e|ono)|finivano|finiranno|(?:sono|è|vengono|viene|erano|saranno) (?:montat[eiao]|installat[eiao]|utilizzat[eiao]|usat[eiao]|impiegat[eiao])|equipaggi(?:a|ano|avano|eranno)|equipaggeranno|(?:si )?trovano)\b(?: (?-i:[a-z])[\w-]*){0,3}? (?:(?:(?:su|in|a bordo d)(?:i|gli|lle|l)?|nei|negli|nelle|sui|sugli|sulle|i|gli|le) (?:(?:(?-i:[a-z])[\w-]*)\s+){0,2}?(?:veicoli|auto|vetture|modelli|furgoni|camion|autobus|bus|mezzi|treni|flott[ae]|piattaform[ae])|(?:nel|nella|sul|sulla|il|la|lo) (?:(?:(?-i:[a-z])[\w-]*)\s+){0,2}?(?:veicolo|vettura|modello|furgone|camion|autobus|mezzo|treno|piattaforma)) (?:di|del|della|dello|dei|degli|delle)\b", "type": "supplies", "frame": "GOODS_IN", "status": "active", "conf": 0.65},
        # reliance with a product named: "X relies on Y for cells" (Y supplies X)
        # relying on a supplier in every tense, the infinitive after a modal or periphrasis included ("continuerà ad affidarsi a Y", "potrebbe contare su Y")
        {"re": r"\b(?:si affid(?:a|ano|erà|eranno|ava|avano|erebbe|erebbero|ò|arono)|ci affid(?:iamo|eremo|avamo)|(?:puntiamo|contiamo) su\w*|affidarsi|affidandosi|(?:si (?:è|sono)|essersi) affidat[oaie]|fa(?:nno|ceva)? (?:\w+ )?affidamento su\w*|punta(?:no|va)? su\w*|si rivolg(?:e|ono|erà|eranno)|(?:si (?:è|sono)|essersi) rivolt[oaie]|rivolgersi|conta(?:no)? su\w*)(?!\w)", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.65, "needs_product": True},
        # reliance in the infinitive: "continua a fare affidamento su Y per i motori"
        {"re": r"\bfare (?:\w+ )?affidamento su\w*", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.65, "needs_product": True},
        # a partner named by its noun: "Brixo, partner di Vostra,", "Brixo, partner storico del gruppo Vostra"
        {"re": r"\bpartner(?= (?:(?:storico|industriale|strategico|tecnologico|commerciale|(?-i:[a-z][\w-]*(?:ese|ense|ano|ana|co|ca|sco|sca))) )?(?:di|del|della|dello|dell['’]))", "type": "partners_with", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65},
        # una fonte nominata come un fornitore: "ha qualificato Y come seconda fonte"
        {"re": r"(?<=\bcome )(?:(?:sua|loro|la|una) )?(?:seconda|terza|nuova|altra|principale|unica) fonte\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        {"re": r"\bfornitor[ei]\b|\bfornitrice\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # "Y, nel cui capitale figurano A, B e C": the holders named after the verb
        {"re": r"(?<=capitale )(?:figurano|figura|figuravano|partecipano|partecipa|sono presenti|sono entrati|è entrat[oa])\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # un acquirente dei beni di una società: "uno dei principali acquirenti delle celle di Kestrel"
        {"re": r"\bacquirent[ei] (?:di|dei|delle|del|della|degli|dell['’]) ?(?:[\w-]+ ){0,2}?(?:celle|batterie|pacchi|moduli|chip|semiconduttori|acciaio|alluminio|litio|nichel|cobalto|grafite|catodi|anodi|idrossido|carbonato|minerale|concentrato|produzione|prodotti|componenti|motori|sedili|pneumatici)(?= (?:di|del|della|dell['’]) ?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        {"re": r"\bclient[ei]\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        # a controlling or sole shareholder owns the company
        {"re": r"\b(?:azionista|socio) (?:di controllo|di maggioranza|unico)\b|\bunico (?:azionista|socio)\b", "type": "owns", "frame": "SUPPLIER_N", "status": "active", "conf": 0.75},
        # "socio di Y" is a shareholder in the business press ("socio di minoranza", "i soci di Y")
        {"re": r"\bazionist[ai]\b|\bsoci[oa]?\b(?= (?:di (?:minoranza|maggioranza|riferimento) |forte |storico |industriale |finanziario )?(?:di|del|della|dello|dell['’]))", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # the interviewee's investors, its first-person possessive before the noun ("Y resta uno dei nostri
        # investitori", "il nostro finanziatore Y"): the possessive names whose (entities/interview.py)
        {"re": r"(?<=\bnostri )(?:investitori|finanziatori)\b|(?<=\bnostro )(?:investitore|finanziatore)\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # (the first person plural, "forniamo i freni a Y": in an interview the company, entities/interview.py)
        {"re": r"\b(?:fornisc(?:e|ono)|fornir[àa]|fornirann?o|fornire|fornito|fornita|forniti|fornite|fornendo|forniva|fornivano|fornirebbe(?:ro)?|fornì|fornirono|riforni(?:sce|scono|rà|re|to|ta|ti|te|va|vano)|consegn(?:a|ano|erà|eranno|are|ato|ata|ati|ate|ava|avano|ò|arono|erebbe|erebbero|ando)|(?:forn|riforn)(?:iamo|iremo|ivamo)|consegn(?:iamo|eremo|avamo)|(?:fornir|fornendo|rifornir|rifornendo|consegnar|consegnando)(?:gli|le|li|la|ne))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.85},
        # a plant or a maker "che servirà Y": serving a named customer is supplying it ("una gigafactory che
        # servirà in primo luogo Y"); only in a relative and right before a capitalised name ("servirà a
        # ridurre", "servono due miliardi" are no supply)
        {"re": r"(?<=\bche )(?:servirà|serviranno|servirebbe|servirebbero|serve|servono|serviva|servivano)(?: (?:in primo luogo|in prima battuta|principalmente|soprattutto|anzitutto|innanzitutto|anche|già))?(?= (?:(?:il|lo|la|i|gli|le|l['’]) ?)?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        # putting goods at a customer's disposal: "X metterà a disposizione di Y celle" (German "stellt Y ... bereit")
        {"re": r"\b(?:mette|mettono|metterà|metteranno|metteva|mettevano|mettere|messo|messa|messi|messe)\s+a\s+disposizione\s+(?:di|del|della|dello|dell['’]|dei|degli|delle)\s*", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        {"re": r"\bfornitur[ae]\b|\bconsegn[ae]\b(?= (?:di|del|della|dei|delle)\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8, "nominal": True},
        # "X rifornisce di celle Stellantis": the goods right after the verb, then the customer as its
        # object (the trigger takes in the goods, so their "di" is no marker of the name)
        {"re": r"(?<!\bsi )(?<!\bsi è )\b(?:riforni(?:sce|scono|rà|ranno|va|vano|re)|(?:ha|hanno|aveva|avevano) rifornito) (?:anche |già |inoltre )?di (?:(?!(?:da|dal|dalla|dai|dalle|a|ad|al|alla|ai|alle|per|con|presso)\b)[a-zàèéìòù][\w'’-]* ){1,3}?(?=(?:anche |inoltre |pure )?(?:la |il |l['’])?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        # fitting out a customer's vehicles: "X equipaggerà i modelli di Y", "le celle di X alimenteranno le auto di Y"
        {"re": r"\b(?:equipaggi(?:a|ano|erà|eranno|are|ato|ata|ati|ate|ava|avano)|equipagger(?:à|anno)|dot(?:a|ano|erà|eranno|are)|alimenter(?:à|anno)|motorizz(?:a|ano|erà|eranno))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "goods_owner": True},
        {"re": r"\b(?:equipaggi(?:a|ano|erà|are|ato)|dot(?:a|erà|are))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        {"re": r"\b(?:(?:acquisi(?:sce|scono|rà|re|t[oaie])|acquist(?:a|erà|are|at[oaie])|compr(?:a|erà|are|at[oaie])|rilev(?:a|ano|erà|are|at[oaie])|assorb(?:e|irà|it[oa])|inglob(?:a|ano|erà|at[oa])|incorpor(?:a|ano|erà|at[oa]))(?!\w)|acquisizion[ei] (?:(?:delle|degli) (?:principali |intere )?(?:attività|asset) )?(?:di|del|della|dell')|(?<!d')(?<!d’)acquisto (?:(?:delle|degli) (?:principali |intere )?(?:attività|asset) )?(?:di|del|della|dell')|prend(?:e|erà) il controllo (?:nel (?:19|20)\d\d )?(?:di|del|della|dell')|(?:ha )?pres[oa] il controllo (?:nel (?:19|20)\d\d )?(?:di|del|della|dell')|(?:assum(?:e|erà)|(?:ha )?assunto) il controllo (?:nel (?:19|20)\d\d )?(?:di|del|della|dell')|OPA (?:\w+ ){0,2}?su|offerta (?:pubblica )?(?:di acquisto )?(?:(?-i:[a-z]+) ){0,3}?(?:su|per|sulle azioni (?:di|del|della|dell')|sul capitale (?:di|del|della|dell'))|(?:acquisizione|scalata)(?= da parte))", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.85},
        {"re": r"\b(?:collabor(?:a|ano|erà|eranno|are)|cooper(?:a|ano|erà|are)|si alle(?:a|ano)|alleat[oaie]|lavor(?:a|ano|erà|eranno)(?: insieme)?(?= con (?:la |il |lo |l['’])?(?-i:[A-ZÀ-Ý])))(?= con)|\b(?:partnership|alleanz[ae]|collaborazion[ei]|cooperazion[ei]|accord[oi] quadro|memorandum d'intesa|protocoll[oi] d'intesa|letter[ae] d'intenti|MoU|sodalizio|laboratorio (?:comune|congiunto)|sviluppo congiunto|progett[oi] (?:comun[ei]|congiunt[oi])|ricerca congiunta)\b", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # "i due gruppi sviluppano insieme ...", "A e B lavorano insieme": a pair as subject
        {"re": r"\b(?:lavor|collabor|cooper|svilupp|oper)\w* (?:già )?insieme\b(?! ad?\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        # making goods together with a partner, a time between: "X produce dal 2024 insieme alla spagnola Y" (not a plant: a joint venture)
        {"re": r"\b(?:produc(?:e|ono|eva|evano)|produrr(?:à|anno)|assembl(?:a|ano|ava|avano|erà|eranno)|fabbric(?:ano|herà|heranno))\b(?= (?:(?:già|anche|ormai|dal (?:19|20)\d\d|da (?:\w+ )?anni) )*(?:insieme|assieme) (?:a|ad|al|alla|allo|all['’]|ai|alle|agli|con)\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # "X sviluppa con Y una piattaforma", "sviluppa insieme a Y": developing with a partner
        {"re": r"\b(?:co-?)?svilupp(?:a|ano|erà|eranno|ava|avano)\b(?= (?:(?:già|anche) )?(?:con|insieme a|insieme ad|assieme a) (?:(?:il|la|lo|l['’]) ?)?(?-i:[A-ZÀ-Ý]))", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # "X fa squadra con Y"
        {"re": r"\b(?:fa|fanno|farà|faranno|faceva|facevano|ha fatto|hanno fatto) squadra(?= con)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # "A e B stanno costruendo insieme una fabbrica": a plant built or run together is a joint venture
        {"re": r"\b(?:costru|realizz|gestisc|gestir|edific)\w* (?:già )?insieme\b(?! ad?\b)(?= (?:[\w'’-]+ ){0,3}?(?:impiant|stabiliment|fabbric|gigafactory|raffineri|minier)\w*)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        {"re": r"\b(?:costru|realizz|produc|produrr|fabbric)\w* (?:già )?insieme\b(?! ad?\b)(?! (?:[\w'’-]+ ){0,3}?(?:impiant|stabiliment|fabbric|gigafactory|raffineri|minier)\w*)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65, "strict": True},
        # an order named by its noun: "un ordine di Y per 400 camion" (Y buys), "una commessa presso Y" (Y supplies): frames/orders.py
        {"re": r"\b(?:un|una|l['’]|il|la)\s*(?:(?:nuov[oa]|prim[oa]|second[oa]|maxi|grande|importante)\s+)?(?:ordine|ordinativo|commessa)\b(?! del giorno)", "type": "supplies", "frame": "ORDER_NOUN", "status": "announced", "conf": 0.75},
        # an order placed with a maker: "Trenitalia ha firmato un ordine con Alstom per 100 treni" (Alstom supplies)
        {"re": r"\b(?:ordine|ordini|ordinativo|ordinativi)\b(?=[^,;:()]{0,40}? con\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "needs_product": True},
        # deliveries to a customer: "ha avviato le consegne a Stellantis"
        {"re": r"\bconsegn[ae]\b(?= (?:a|ad|al|alla|allo|all['’]|ai|agli|alle) ?(?-i:[A-ZÀ-Ý]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "nominal": True},
        # the press's idioms of a takeover: "KKR mette le mani su Marelli", "Marelli entra nell'orbita di KKR",
        # "finisce nelle mani di KKR"
        # a company integrated after its purchase: "X ha completato l'integrazione di Y", "X, che dopo l'integrazione di Y ha rafforzato ..."
        {"re": r"\b(?:(?:ha|hanno|aveva|avevano) (?:completato|concluso|terminato|portato a termine)|complet(?:a|ano|erà)|dopo|conclusa|completata) l['’]integrazione (?:di|del|della|dello|dell['’])(?=\s*(?:gruppo |società )?(?-i:[A-ZÀ-Ý])|(?<=['’])(?-i:[A-ZÀ-Ý]))", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.75},
        {"re": r"\b(?:mette|mettono|metterà|metteranno|(?:ha|hanno) messo|mettere) le mani (?:su|sul|sulla|sullo|sull['’])(?:\s|(?<=['’]))", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.75},
        {"re": r"\b(?:entr(?:a|ano|erà|eranno)|(?:è|sono) entrat[oaie]|finisc(?:e|ono)|finirà|(?:è|sono) finit[oaie]) (?:nell['’] ?orbita|nelle mani|sotto il controllo) (?:di|del|della|dello|dell['’])", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.75},
        # a bid named with its bidder: "l'OPA di Mediobanca su Banca Generali" (the bidder, then the target)
        {"re": r"\b(?:opa|ops|offerta|scalata) (?:(?:pubblica|ostile|amichevole|totalitaria) )?(?:di|del|della|dell['’])(?= ?(?:gruppo )?(?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? (?:su|sul|sulla|sullo|sull['’]|per) ?(?-i:[A-ZÀ-Ý]))", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.75, "holder_first": True},
        # having a share: "Enel ha il 70% di Endesa", "Camfin ha in portafoglio il 27% di Pirelli"; a share
        # "in the hands of" its holder: "il 37% di Pirelli è in mano a Sinochem"
        {"re": r"\b(?:ha|hanno|aveva|avevano|avrà|avranno)(?: (?:in portafoglio|in mano|ancora|già|oggi|ora))?(?= (?:circa |quasi |oltre |poco più del |poco meno del )?(?:il |l['’])\d+(?:[.,]\d+)? ?(?:%|per cento) (?:del capitale )?(?:di|del|della|dello|dell['’])(?:\s|(?<=['’]))(?:gruppo )?(?-i:[A-ZÀ-Ý]))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        {"re": r"\b(?:è|sono|era|erano|resta|restano|rimane|rimangono) (?:saldamente )?(?:in mano|nelle mani) (?:a|ad|al|alla|allo|all['’]|ai|di|del|della|dello|dell['’]|dei)(?:\s|(?<=['’]))", "type": "invests_in", "frame": "OWN_PR", "status": "active", "conf": 0.7},
        # the group named in brackets after its unit: "Versalis (gruppo Eni)"
        {"re": r"\((?:del )?gruppo (?=(?-i:[A-ZÀ-Ý]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7},
        # choosing a partner: "Pirelli ha scelto Bosch come partner tecnologico" (the chooser and the chosen)
        {"re": r"\b(?:scelto|scelta|selezionato|selezionata|individuato|individuata|sceglie|scelgono)\b(?= (?:la |il |lo |l['’])?(?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? (?:come|quale) (?:\w+ )?partner\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # a pair of equal shareholders: "Eni ed Enel saranno soci al 50%", "soci paritetici"
        {"re": r"\bsoci (?:al 50 ?%|paritetici|alla pari|a metà)", "type": "joint_venture", "frame": "SYM", "status": None, "conf": 0.7, "strict": True},
        # a pair that works together, with no "con": "Fincantieri e Leonardo collaborano da anni"
        {"re": r"\b(?:collabor|cooper)(?:ano|avano|eranno)\b(?! con\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7, "strict": True},
        # "A e B danno vita a una nuova società": a company set up by a pair is their joint venture
        {"re": r"\b(?:danno|daranno|hanno dato|avevano dato) vita a (?:una )?nuova (?:società|azienda|impresa)\b", "type": "joint_venture", "frame": "SYM", "status": None, "conf": 0.7, "strict": True},
        {"re": r"\b(?:accord[oi]|intes[ae])\b(?! (?:di|per la) (?:cessione|vendita|acquisizione|rilevamento)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.55, "strict": True, "bare": True},
        # a pair joined by a reciprocal verb, no "con": "X e Y si alleano per ...", "X e Y uniscono le forze"
        {"re": r"\bsi (?:alleano|alleeranno)\b(?! con\b)|\buniscono le (?:loro )?forze\b(?! con\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
    ],
    "status": {
        "rumoured": IMPERSONAL_REPORT["it"] + r"|\barticoli di stampa\b|\b(?:la )?stampa (?:\w+ )?(?:ha|aveva|hanno) (?:riferito|riportato|scritto|rivelato)\b|\bindiscrezion[ei]\b|\bsecondo (?:fonti|indiscrezioni|quanto (?:riportato|riferito|appreso|scrive|riporta)(?!\s+(?:(?:oggi|ieri)\s+)?(?:da(?:lla|l|ll['’])\s*(?:stessa\s+|stesso\s+)?(?:società|azienda|gruppo|costruttore|casa|compagnia|multinazionale|acquirente|venditore|impresa)|in una nota|in un comunicato))\b|il quotidiano|il giornale|la stampa|(?-i:[A-Z]))|\bstando a\b|\bfonti (?:vicine|informate|anonime|di stampa|citate|interne|sindacali|del settore)\b|\bvoci\b|\brumors?\b|\bsi vocifera\b|\bsarebbe(?:ro)?\b|\bavrebbe(?:ro)?\b(?! (?:dovuto|potuto|voluto)\b)|\bfornirebbe(?:ro)?\b|\bstarebbe(?:ro)?\b|" + _REPORT_CONDITIONAL + r"|\bpare che\b|\bsembra che\b|\briport(?:a|ano|ato) (?:il|la) (?-i:[A-Z])|\bscrive (?:il|la) (?-i:[A-Z])|\bsecondo (?:il|la) (?-i:[A-Z])|\bsecondo (?:alcune|diverse|varie|più|due|tre|altre) (?:\w+ )?(?:fonti|indiscrezioni|rumors|voci)\b|\bambienti (?:vicini|finanziari|sindacali|del settore|bene informati)\b|\ba quanto (?:si apprende|risulta|trapela)\b|\btrapel\w+|\bsi apprende\b|\bpresunt[oa]\b",
        "in_talks": r"\bcorteggi(?:a|ano|ava|avano)\b|\btrattativ[ae]\b|\bnegozia\w*|\bnegoziat\w+|\bin (?:fase di )?(?:negoziazione|discussione)\b|\bcolloqui\b|\bdialogo\b|\bsta(?:nno)? valutando\b|\bsta(?:nno)? discutendo\b|\bdiscut(?:e|ono)\b|\bstudia(?:no)? (?:un|una)\b|\btratta(?:no)? (?:con|per)\b|\bsta(?:nno)? trattando\b|\bcontatti (?:con|avanzati|in corso|preliminari)\b|\besplor\w+|\bsondagg?i\w*|\bsonda(?:no)?\b|\bvaluta(?:no)? (?:l['’]|la |il |un |una )(?:possibile |eventuale )?(?:acquist|acquisizion|ingresso|cession|alleanz|accord|offert|fusion|vendit)\w*",
        "denied": r"\bnon (?:ha|aveva|hanno|avevano|aver|avere) ricevuto (?:alcuna|nessuna) (?:\w+ )?(?:offerta|proposta)\b|\bnon (?:è|sono) ver[aoie]\b|\bnessun (?:\w+ )?interesse\b|\bnon (?:è|sono|e) in vendita\b|\bnon (?:è|sono) (?:sul tavolo|all['’]ordine del giorno|in agenda)\b|\bsmentisc\w*|\bsmentit\w*|\bsmentita\b|\bnega(?:to|no|ndo)?\b|\bdestituit\w+ di (?:ogni )?fondamento|\binfondat\w+|\bprive? di fondamento\b|\bpriv[oa] di fondamento\b|\bescl(?:ude|uso|usa|udono)\b|\brespin(?:ge|to|gono) (?:le )?(?:indiscrezioni|voci|notizie)\b|\bfals[oaie]\b|\bnessun[oa]? (?:trattativa|trattative|negoziato|contatto|contatti)\b|\bnon (?:c['’]è|esiste|esistono|ci sono) (?:alcun[oa]? |nessun[oa]? )?(?:trattativ[ae]|negoziat[oi]|contatti)\b",
        # (ord16: an order cancelled with an indefinite article or in the passato remoto: "annullò un ordine con Y")
        "ended": r"\b(?:ha|hanno|aveva|avevano) pers[oa] (?:sia )?(?:il |i |la |le |lo |l['’])(?:[\w-]+ ){0,3}?(?:contratt[oi]|commess[ae]|ordin[ei]|fornitur[ae])\b|\bcontratt[oi]\b[^.;:]{0,40}?\b(?:(?:è|sono) stat[oi] |viene |vengono )?risolt[oi]\b|\b(?:ha|hanno|aveva|avevano) lasciato (?:il |la |l['’])(?:[\w-]+ )?(?:consorzio|alleanza|partnership|joint venture)\b|\blascia (?:il |la |l['’])(?:[\w-]+ )?(?:consorzio|alleanza|partnership|joint venture)\b|\b(?:è|sono) finit[oaie]\b|\bchiusura (?:della|del|dei|delle|dell['’]) ?(?:fornitur|contratt|rapport|collaborazion|partnership)\w*|\bfinit[oa] (?:la|il|l'|le|i) ?(?:contratt|accord|rapport|collaborazion|fornitur|partnership|alleanz)\w*|\bsi (?:è|sono) chius[oaie] (?:il|la|l'|i|le) ?(?:contratt|accord|rapport|collaborazion|fornitur|partnership|alleanz)\w*|\bha(?:nno)? interrotto\b|\binterromp\w+|\binterrott[oaie]\b|\bcessat[oaie]\b|\bcessa(?:no)? (?:la|le|il)\b|\bnon più\b|\brescind\w+|\brescisso\b|\brisol(?:to|ve|vono|verà|vere) (?:\w+ ){0,2}?(?:il|i|l['’]) ?(?:contratt|accord)\w*|\bdisdett[oaie]\b|\bpon(?:e|gono) fine\b|\bposto fine\b|\bmesso fine\b|\bmette(?:rà)? fine\b|\bchiude (?:il|la|i) (?:rapporto|accordo|contratto|collaborazione|partnership)\b|\bstop (?:al|alla)\b|\bex[- ]?(?:fornitore|partner|socio|controllante|azionista|proprietario)\b|\b(?:un tempo|in passato) (?:(?:il|l['’]|un|uno) ?)?(?:fornitore|partner|socio|azionista|proprietario)\b|\bscadut[oa]\b|\bnon (?:è stat[oa] |sono stat[ie] )?rinnovat[oaie]\b|\bsenza essere rinnovat[oaie]\b|\bsciolt[oa]\b|\bscioglimento\b|\b(?:è|sono) uscit[oaie] da\w*+" + OUT_OF_PLANT["it"] + r"|\besc(?:e|ono) da\w*+" + OUT_OF_PLANT["it"] + r"|\bscioglie\b|\brompe\b|\brottura\b|\bconclus[oa] la (?:collaborazione|partnership|fornitura)\b|\bterminat[oa]\b|\b(?:accordo|contratto|partnership|alleanza|collaborazione|fornitura|intesa)\b[^.;:]{0,60}?\b(?:si (?:è|sono) conclus[oaie]|(?:è|sono) finit[oaie]|si (?:è|sono) interrott[oaie])\b|\b(?:è|sono) saltat[oaie]\b|\bazzerat[oa] (?:la |le )?(?:sua |sue |propri[ae] )?(?:quot|partecipazion)\w*|\b(?:quot[ae]|partecipazion[ei]) (?:\w+ )?azzerat[oaie]\b|\b(?:cancellat|annullat|disdett)[oaie] (?:il |l['’]|la |i |gli |le |un |una |un['’])?(?:contratt|accord|ordin|commess|fornitur|partnership|collaborazion)\w*|\b(?:cancell|annull|disdic)(?:a|ano|e|ono|erà) (?:il |l['’]|la |i |gli |le )?(?:contratt|accord|ordin|commess|fornitur|partnership|collaborazion)\w*|\brisolt[oa] (?:il |l['’]|la )?(?:contratt|accord|rapport)\w*|\brisoluzione (?:del |dell['’])?(?:contratt|accord|rapport)\w*|\bnaufragat[oaie]\b|\bnaufraga(?:no)?\b|\bdecadut[oaie]\b|\bvenut[oaie] meno\b|\b(?:bloccat[oaie]|vietat[oaie]|(?:ha|hanno|aveva) (?:bloccato|vietato|posto il veto (?:al|alla|all['’]))|bocciat[oaie])\b(?: \w+){0,3} (?:la |il |l['’])?(?:cessione|vendita|acquisizione|fusione|scalata|offerta|operazione|acquisto|ingresso)\b|\b(?:cessione|vendita|acquisizione|fusione|scalata|offerta|operazione|acquisto)\b(?: \w+){0,4} (?:è|sono|è stata|è stato|fu) (?:stat[oa] )?(?:bloccat[oa]|vietat[oa]|bocciat[oa])\b|\b(?:annullò|cancellò|disdisse|revocò) (?:il |l['’]|la |i |gli |le |un |una |un['’])?(?:contratt|accord|ordin|commess|fornitur)\w*",
        # (nor a negated stop: "non ha mai smesso di fornire", "non cessa di comprare" say the tie goes on)
        "negation": r"\b(?:non(?!\s+(?:solo|soltanto|solamente|unicamente|meno|" + _STOP_DI + r")\b)|né|mai(?!\s+" + _STOP_DI + r"\b))\b",
        # a deal that takes effect later: "entrera en vigueur en 2027", "entrerà in vigore con l'avvio della produzione"
        "future_start": r"\buna volta (?:che )?(?:[\w'’]+ ){0,3}?(?:avviat|completat|apert|operativ|realizzat|costruit|entrat[oaie] in (?:funzione|esercizio|produzione))\w*|\b(?:all['’]|dall['’]|al momento dell['’])(?:apertura|avvio|entrata in (?:funzione|esercizio|produzione)) (?:del|della|dello|dell['’]|degli|delle)\b|\bquando (?:lo |la |il |l['’])?(?:[\w'’]+ ){0,3}?(?:entrerà in funzione|aprirà|sarà (?:operativ|complet|avviat)\w*)\b|\ba partire dall['’](?:avvio|apertura)\b|\bricever(?:à|anno) (?:le |i )?(?:sue |loro )?prim[ie]\b|\bcomincer(?:à|anno) a ricevere\b|\bentrer(?:à|anno|ebbe|ebbero) in vigore\b|\bavr(?:à|anno|ebbe|ebbero) effetto\b",
        # forniture che partono più tardi ("...; le consegne inizieranno nel 2027")
        "starts_later": r"\b(?:consegne|consegna|forniture|fornitura|installazione|messa in servizio)\b(?: [\w'’-]+){0,4}? (?:inizier(?:à|anno)|partir(?:à|anno)|comincer(?:à|anno)|(?:dovr(?:à|anno|ebbero)|devono) (?:iniziare|partire|cominciare)|(?:sono|è) previst[aeio] (?:a partire|dal|dalla|dall['’]|nel|entro|per))|\b(?:inizier(?:à|anno)|comincer(?:à|anno)|(?:dovr(?:à|anno|ebbero)|devono) (?:iniziare|cominciare)) a (?:consegnare|fornire|rifornire)\b",
        # il nome di un legame, poi chi ne data l'inizio nel passato ("accordo di collaborazione con Y,
        # avviato due anni fa", "una partnership nata nel 2022")
        "started_after": r"\b(?:collaborazione|cooperazione|alleanza|partnership|joint venture|società comune|rapporto)\b[^;:.]{0,60}?\b(?:(?:avviat|iniziat|nat|partit)[oa] (?:nel|\w+ anni fa|un anno fa|dal|già)|che (?:\w+ ){0,2}?(?:è (?:iniziat|partit|nat)[oa]|dura da|va avanti da|prosegue da))\b|\b(?:joint venture|società comune|società mista)\b[^;:.]{0,30}?\bche (?:\w+ ){1,3}?(?:condivide|condividono|detiene|detengono|gestisce|gestiscono)\b|\b(?:joint venture|società comune)\b[^;:.]{0,80}?\bche produce già\b",
        # una controllata ceduta ("ha ceduto la sua controllata Y", "ha completato la cessione della controllata Y")
        "sold_unit": r"\b(?:ha|hanno|aveva|avevano) (?:ceduto|venduto)\s+$|\b(?:ha|hanno|aveva|avevano) (?:completato|perfezionato|chiuso|concluso|finalizzato) (?:la )?(?:cessione|vendita) (?:(?:a|ad|al|alla|allo|all['’]) ?[^,;:()]{1,40}? )?(?:della|del|dello|dell['’])\s*$",
        # una frase aperta da "fino al <anno>" con un imperfetto ("Fino al 2024 Y era controllata da X")
        "until_past": r"\W*(?:(?:e|ma) )?(?:[Ff]ino (?:al|alla fine del|all['’]inizio del|a tutto il) (?:19|20)\d\d)\b,?[^;:]{0,80}?\b(?:era|erano|aveva|avevano|deteneva|detenevano|controllava|controllavano|possedeva|possedevano|forniva|fornivano|apparteneva|appartenevano)\b(?! (?:previst|attes)[oaie]\b)",
        # un verbo d'ordine come innesco: ordinato, dunque annunciato (consegnato poi), come "orders" in inglese (al presente o al futuro; un passato resta com'era)
        "order_verb": r"(?:ordin(?:a|ano|erà|eranno))",
        "not_yet": r"\bnon (?:\w+ )?ancora\b|\bnon (?:\w+ ){0,2}?prima (?:del|dello|della|dell['’]|di)\b",
        "contrast": r"\bbensì\b|,\s+ma\s+(?:a|da|con|alla|al|alle|ai)\b",
        # right before a trigger: the tie is named as absent ("senza creare una società comune")
        "absent": r"\b(?:senza|anziché|invece di)\s+(?:[\w-]+\s+|\w+['’]){0,4}$",
        # (a negated stop is no end but "keeps on": "non ha mai smesso di fornire", "non ha cessato di comprare")
        "cessation": r"\bnon (?:\w+ ){0,2}più\b|" + _NOT_STOP + r"\bsmesso\b|" + _NOT_STOP + r"\bcessato\b",
        # a past verb of supplying or holding with 'fino al' and a year: the tie ran until then ("ha fornito fino al 2022", "forniva ... fino al 2021")
        # a tie with its last year, either order: "forniva ... fino al 2022", "fino al 2022 forniva"
        # "finora" / "fino ad allora" with an imperfect of supply or holding, or what a company was
        # until then: "Finora le celle di Z erano fornite da Y", "Y, fino ad allora joint venture con Z"
        "ended_so_far": r"\b(?:finora|sinora|fino ad ora|fino ad allora|fino a quel momento|fino a oggi|fino ad oggi)\b"
                        r",?[^;:.]{0,80}?\b(?:era|erano|forniva|fornivano|riforniva|rifornivano|deteneva|detenevano|controllava|controllavano|possedeva|possedevano|acquistava|acquistavano|apparteneva|appartenevano)\b",
        "ended_then_noun": r"\b(?:fino ad allora|fino a quel momento),? (?:una? |la |sua |loro )?(?:joint venture|controllata|filiale|fornitore|partner|socio|azionista)\b",
        # un legame durevole al trapassato prossimo: "X aveva fornito Y per anni", "Z, che aveva controllato Y
        # fino al 2024" (non un evento, "aveva rilevato Y", il cui esito può durare)
        "ended_pluperfect": r"\b(?:aveva|avevano) (?:(?:a lungo|già|sempre|le|gli|loro) ){0,2}(?:fornito|rifornito|controllato|detenuto|posseduto)\b",
        # a tie with how many years it ran ("per anni", where the present says "da anni"): "che per anni
        # si è rifornita da Y", "per anni Z e Y hanno prodotto celle insieme"
        "ended_for_years": r"\b[Pp]er (?:molti |tanti |diversi |parecchi )?(?:anni|decenni)\b",
        # a holder's shares sold, no company named after them: "ma ha venduto le azioni nel 2024"
        "ended_sold": r"\b(?:ha|hanno|aveva|avevano) (?:poi )?(?:venduto|ceduto) (?:le (?:sue |proprie )?azioni|la (?:sua |propria )?(?:quota|partecipazione))\b(?! (?:in|di|del|della|nel capitale)\b(?! (?:19|20)\d\d\b))",
        # deliveries told with the year they start: "con consegne a partire dal 2027"
        "starts_later_year": r"\b(?:consegne|forniture)\b (?:a partire (?:dal|dalla fine del|dall['’]inizio del) |(?:che inizieranno|in partenza) (?:nel |dal )?)20\d\d\b",
        "ended_more": rf"\b{_PAST_TIE}\b[^,;:]{{0,60}}?\b{_UNTIL_YEAR}\b|\b{_UNTIL_YEAR}\b,?[^,;:.]{{0,40}}?\b{_PAST_TIE}\b"
                      rf"|\b(?:{_PAST_TIE}|{_PAST_BUY})\b[^,;:]{{0,80}}?\b{_UNTIL_END}\b",
        "hedge": r"\b(?:potrebbe(?:ro)?|potrà|potranno|forse|eventualmente)\b",
        # a wish or a hope of the subject ("we would like to supply Y"): no deal yet, at most talks
        "wish": r"\b(?:vorremmo|vorrebbe|vorrebbero|vogliamo|vuole|vogliono|(?:ci|gli|le) piacerebbe|speriamo|spera|sperano|desideriamo|desidera|auspichiamo|ci auguriamo)\b",
        "condition": r"\b(?:se|qualora|nel caso in cui|a condizione che)\b",
        "unlikely": r"\bnon (?:è |sono )?previst[oaie]\b|\bimprobabile\b|\bnon intende\b|\bnon ha intenzione\b|\bnessun piano\b|\bnon (?:è|sono) in trattativa\b|\bnon prevede\b|\bnon (?:ha|hanno) alcun (?:progetto|piano|interesse)\b|\bnon (?:sta|stanno) (?:valutando|considerando)\b",
        # a report opening a clause of its own ("le voci secondo cui X rileverebbe Y"): a denial
        # anywhere in the sentence denies what the clause reports
        "report_clause": r"\b(?:indiscrezion[ei]|voci|notizi[ae]|rumors?|ricostruzion[ei]|articol[oi]|report)\b[^.;:]{0,60}?\b(?:secondo (?:cui|le quali|la quale|il quale|i quali)|in base all[ae] qual[ei])\b",
        "report_denial": r"\b(?:bollat[oaie]|liquidat[oaie]|definit[oaie]) come (?:pure |mere |semplici )?(?:speculazion|illazion|indiscrezion|voci|fantasi)\w*",
        # right before an ownership trigger in a sentence that tells a change of owner: the owner
        # until now ("Y, finora controllata da Z", with Y bought by X)
        "ended_before": r"\b(?:finora|sinora|fino ad ora|fino a oggi|fino ad oggi|fino a ieri)\s+$",
        "ended_before_if": r"\b(?:acquisi|acquist|rilev|cedut|cede|cession|vend|pass(?:a|ata|ato|erà) (?:a|al|alla|sotto))\w*",
    },
    "local": {
        # the deal's nouns and "new" among the words of "announced": not a future for a verb in the present
        "deal_words": r"\b(?:accordo|contratto|intesa|nuov[oaie])\b",
        "active_clause": r"\bnel (?:19|20)\d\d [^,;:]{0,60}\b(?:ha|hanno) (?:dato vita|costituito|fondato|creato)\b",
        # "dal 2018 fornisce" is active, "dal 2027 fornirà" a plan (the future verb follows the year)
        "active": r"\b(?:(?:nat|sort)[oa] nel (?:19|20)\d\d da(?:l|ll['’]|lla|i|gli)?|(?:ha|hanno) (?:gi[àa] )?(?:una|la|il) (?:quota|partecipazione)|(?:ha|hanno) (?:dato vita|costituito|fondato|creato)(?: \w+)? nel (?:19|20)\d\d|(?:costituit|fondat|creat)[oa] nel (?:19|20)\d\d|detiene|possiede|controlla|gestisce|gestiscono|prosegue|proseguono|collabora|collaborano|coopera|cooperano|già(?! (?:firmat|siglat|annunciat|concordat|raggiunt)\w*)|attualmente|da anni|da (?:oltre |più di |circa |almeno )?(?:un anno|\w+ anni|tempo|mesi)|dal (?:19|20)\d\d(?!\s+\w+(?:rà|ranno)\b)|dal (?:19|20)\d\d(?! (?:\w+ )?\w+(?:rà|ranno)\b)|ha iniziato|hanno iniziato|ha avviato|avviato|oggi|continua a|continuano a|continuer(?:à|anno) ad?|principale|storico|unico)\b",
        "announced": r"\b(?:costituiscono|costituisce|creano|crea|danno vita|dà vita|lanciano|fondano|fonda|avviano|avvia|firm\w+|siglat\w+|sigla(?:to|no)?|accordo|contratto|intesa|annunci\w+|prevede|prevista|previsto|dovr[àa]|dovranno|inizier[àa]|a partire dal|dal 20\d\d|nuov[oaie]|si impegna|si (?:è|sono) impegnat[oaie] a|(?:ha|hanno) accettato di|ha concordato|concordato|ha deciso|(?:ha|hanno) (?:scelto|selezionato)|per(?= \w+(?:are|ere|ire)(?:l[aeio]|ne)?\b)|\w+(?:er|ir|ar)(?:à|anno)|verr(?:à|anno))\b",
    },
    # done, or already running: "operativa da marzo", "già operativa" (not "sarà operativa dal 2027")
    # ("consegna dall'autunno scorso", "lavora da allora": running since a time past)
    "completed": r"\b(?:è|sono|resta|restano|rimane|rimangono|già) in vigore\b|\bin vigore da(?:l|ll['’]|lla)?\b|\bchiud(?:e|ono) (?:l['’]|la |il )(?:acquisizion|acquist|cession|operazion|fusion)\w*|\b(?:perfezionat[oa]|perfeziona|completat[oa]|completa|(?:conclus|chius)[oa](?!\s+(?:[\w'’]+\s+){0,4}?(?:un|una|un['’])\s*(?:\w+\s+)?(?:accordo|contratto|intesa|patto|memorandum)\b)|già operativ[oaie]|(?<!sarà )(?<!saranno )operativ[oaie] da(?:l|lla|ll')?|da allora|dall['’](?:anno|autunno|estate|inverno) scors[oa]|dal(?:lo)? (?:mese|anno|trimestre|semestre) scorso)\b|\b(?:ha|hanno) finalizzato (?:l['’]|la |il )(?:acquisizion|acquist|cession|operazion|fusion)\w*|\bportat[oa] a termine\b",
    # (also a conditional of the future in the past: "avevano pensato che l'operazione avrebbe incontrato ostacoli")
    "unhedge": r"\b(?:pensat[oi]|previst[oi]|ritenut[oi]|temut[oi]|credut[oi]|immaginat[oi]|promess[oi]|assicurat[oi]|sperat[oi]|pensava(?:no)?|temeva(?:no)?|credeva(?:no)?) che [^,;:]{0,60}?\b(?:avrebbe|avrebbero|sarebbe|sarebbero)\b|\b(?:pone|mette|mettendo|ponendo) fine (?:alle|ai) (?:\w+\s+){0,2}(?:indiscrezioni|speculazioni|voci|rumors)\b"
               # (the rumours that came before a statement: "Dopo settimane di indiscrezioni, X ha confermato ...")
               r"|\bdopo (?:\w+\s+){0,2}(?:giorni|settimane|mesi|anni) di (?:\w+\s+){0,2}(?:indiscrezioni|speculazioni|voci|rumors)\b",
    "stake": r"\b(?:quota|quote|partecipazione|azioni|minoranza|capitale|per cento|un terzo|un quarto|un quinto|la metà)|%",
    "majority": r"\b(?:maggioranza|controllo|totalitari[ao]|intero|intera|restante|tutte le azioni)\b|\b100 ?(?:%|per cento)"
    # --- own16: "(la quasi) totalità del capitale", "due terzi", "tre quarti": as "totalité", "totalidad", "two-thirds"
    r"|\b(?:totalità|due terzi|tre quarti)\b",
    # --- end own16
    "anaphora": r"\b(?:l'accordo|la notizia|l'intesa|il contratto|l'operazione|la partnership|le indiscrezioni|la joint venture|l'indiscrezione|la collaborazione|la trattativa|le voci|la fornitura|l'acquisizione)\b",
    "facility": {
        "nouns": r"\bgiga-?factory\b|\bgiga-?fabbrica\b|\bstabiliment[oi]\b|\bimpiant[oi]\b|\bfabbric(?:a|he)\b|\bsit[oi] (?:produttiv[oi]|industrial[ei])\b|\bpol[oi] produttiv[oi]\b|\blinea di produzione\b|\braffineria\b|\bfactory\b",
        # ("un nuovo reparto per i freni": a new production shop, with a build cue and a place)
        "weak_nouns": r"\bsit[oi]\b|\bpolo\b|\bhub\b|\bcentro\b|\brepart[oi] (?:produttiv[oi]|dedicat[oi]|per)\b|\bnuov[oi] repart[oi]\b",
        "exclude": r"\bimpianti? (?:fotovoltaic|eolic|solar|di risalita|idroelettric)\w*|\bsito (?:web|internet)\b|\bcentro (?:storico|commerciale|ricerche|di ricerca|studi)\b",
        "build": r"\bcostru\w+|\brealizz\w+|\bapr\w+|\binvest\w+|\bprodu\w+|\bedific\w+|\bavvi\w+",
        "status": {
            "under_construction": r"\bin (?:fase di )?costruzione\b|\bin via di (?:costruzione|realizzazione)\b|\bcantiere\b|\bprima pietra\b|\bavviati i lavori\b|\blavori (?:sono )?(?:iniziati|partiti|in corso|avviati)\b|\bsta(?:nno)? costruendo\b|\bsta(?:nno)? realizzando\b|\bin fase di realizzazione\b",
            "active": r"\binaugurat\w+|\binaugura\b|\bha aperto\b|\bproduc(?:e|ono)\b|\bin funzione\b|\bin attività\b|\boperativ[oa]\b|\b(?:avviat[oa]|iniziat[oa]|partit[oa]|avviato|iniziato) la produzione\b|\bha (?:avviato|iniziato) la produzione\b|\besistente\b|\bsforna\b|\bimpiega\b|\bdove (?:si )?produce\b|\bgià attiv[oa]\b",
            "ended": r"\bchius(?:ura|o|a|e|i)\b|\bchiude(?:rà)?\b|\bdismission\w*|\bstop alla produzione\b|\bferm(?:o|a) (?:della )?produzione\b|\bcess(?:a|azione|ato|erà) (?:la |della )?(?:produzione|attività)\b",
            "planned": r"\bprevede di\b|\bintende\b|\bpian[oi]\b|\bpianifica\w*|\bprogett[oa]\b|\bpotrebbe\b|\bvaluta\w*|\bipotesi\b|\bipotizza\w*|\bstudio di fattibilità\b|\bpunta a\b|\bvuole\b|\bmira a\b",
            "announced": r"\bannunci\w+|\bcostruirà\b|\brealizzerà\b|\bsorgerà\b|\baprirà\b|\bconfermat\w+|\bha scelto\b|\bscelt[oa]\b|\bfirmat\w+|\bapprovat\w+|\bvia libera\b|\bdecis\w+|\bavrà una capacità\b|\bprodurrà\b|\bsarà (?:costruit|realizzat)\w+",
        },
    },
}

# (partners) fondare una società con un partner è una joint venture: "X ha fondato insieme a Y la società Z",
# "X costituisce con Y una nuova società" (un nome o un nome di società nella stessa frase, prima di una virgola)
LEXICON["triggers"][0:0] = [
    {"re": r"\b(?:fondat[oaie]|fond(?:a|ano|ò|arono|erà|eranno)|costituit[oaie]|costitu(?:isce|iscono|ì|irono|irà|iranno)|creat[oaie]|cre(?:a|ano|ò|arono|erà|eranno))\b(?=(?: [\w'’-]+){0,6}? (?:(?:insieme|assieme) (?:a|ad|al|alla|allo|ai|alle|agli|con)|con) (?:(?:il|la|lo|i|gli|le) |l['’])?(?:[\w'’-]+ ){0,2}?(?-i:[A-ZÀ-Ý]))(?=[^.;:,]{0,80}?\b(?:società|azienda|impresa|start-?up)\b| (?-i:[A-Z]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
]
# --- partnership family (par16): descriptor lists, shared plants ---------------------------------------
# "l'utility X e le case auto Y e Z", "e i costruttori tedeschi Y": a plural kind noun (and its
# adjectives) after the conjunction still joins the next company to the list
LEXICON["coord_np"] += r"|(?:e|ed)\s+(?:(?:i|gli|le)\s+)?(?:case|costruttori|produttori|fornitori|gruppi|aziende|società|colossi|giganti|rivali|multinazionali|utility|compagnie)(?:\s+(?-i:[a-zà-ü])[\w-]+){0,2}"
LEXICON["triggers"].extend([
    # "la fabbrica di batterie che A e B costruiscono", "lo stabilimento che A e B condividono"
    {"re": r"\b(?:fabbrica|stabilimento|impianto|gigafactory|raffineria)(?: [^,;:()]{0,40}?)? che(?= (?:il |la |l['’])?(?:[\w-]+ ){0,3}?(?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? (?:e|ed) [^,;:()]{0,40}? (?:condividono|costruiscono|stanno costruendo|realizzano|stanno realizzando|costruiranno|realizzeranno|gestiscono insieme|gestiscono congiuntamente)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75},
    # "la gigafactory di A e B", "la fabbrica di batterie di A e B": one plant of a pair
    {"re": r"\b(?:la |lo |alla |della |nella |dalla |sulla |allo |dello |nello )(?:nuova |futura )?(?:fabbrica|gigafactory|raffineria|stabilimento)(?: di (?:batterie|celle|catodi|materiali per batterie))?(?= di (?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? (?:e|ed) (?-i:[A-ZÀ-Ý]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.7},
    # "la fabbrica che costruiscono insieme", "la loro fabbrica comune"
    {"re": r"\b(?:fabbrica|stabilimento|impianto|gigafactory|raffineria) che (?:stanno costruendo|costruiscono|realizzano|gestiscono|condividono) (?:insieme|congiuntamente)\b|\b(?:la|il) loro (?:fabbrica|stabilimento|impianto|gigafactory) (?:comune|congiunt[oa])\b", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
])
LEXICON["triggers"].extend([
    # "lavora da due anni con Y", "collabora dal 2021 con Y", "lavoriamo in Cina con Y": a time or place
    # between the verb of working together and its "con"; the partner may be a description ("con la
    # società di Canton") that the entity stage resolved
    {"re": r"\b(?:lavor|collabor|cooper)(?:a|ano|iamo|ava|avano|erà|eranno)(?= (?:(?:già |ormai |anche )?da (?:\w+ )?(?:anni|mesi|tempo|decenni)|(?:già |ormai |anche )?(?:dal|sin dal|fin dal) (?:19|20)\d\d|in (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?) con\b)|\b(?:lavor|collabor|cooper)(?:a|ano|iamo|erà|eranno)(?= con (?:la |il |lo |l['’])(?:società|gruppo|casa|costruttore|produttore|fornitore|start-?up|colosso|azienda) )", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# (put first: the partnership triggers of the same verb would otherwise take its words)
LEXICON["triggers"][0:0] = [
    # "A e B si alleano: nasce Z", "si alleano e danno vita a Z": an alliance that founds a company is a
    # joint venture
    {"re": r"\bsi alle(?:a|ano|eranno)\b(?=[^.;]{0,12}?\b(?:nasce|nascerà|nascono|(?:e |per )?(?:danno|daranno|dare) vita a|per (?:creare|costituire) (?:una |la )?(?:nuova )?(?:società|joint venture)))", "type": "joint_venture", "frame": "SYM", "status": "announced", "conf": 0.8},
]
# (put first: "insieme a" would otherwise be read as a partnership)
LEXICON["triggers"][0:0] = [
    # "X possiede insieme a Y una raffineria", "gestisce con Y lo stabilimento": a plant two companies own
    # or run together is their joint venture
    {"re": r"\b(?:possied|possegg|gestisc|detien)\w*(?= (?:insieme|congiuntamente) (?:a|ad|con) )(?=[^.;]{0,80}?\b(?:impiant|stabiliment|fabbric|gigafactory|raffineri|minier)\w*)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
]
LEXICON["triggers"].extend([
    # un accordo di licenza tra due società è una partnership tecnologica
    {"re": r"\b(?:accord[oi]|contratt[oi]) di licenza\b", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7},
])

LEXICON["triggers"].extend([
    # una joint venture detta da una relativa il cui soggetto è la coppia che la fonda o la gestisce ("la joint
    # venture che A e B hanno costituito nel 2022", "la società comune che A e B hanno deciso di creare")
    {"re": r"\b(?:joint[- ]venture|società (?:comune|congiunta|mista)|jv)\s*,?\s+(?:che|la quale)\s+(?=(?:il |lo |la |i |gli |le |l['’])?(?:[\w-]+ ){0,3}?(?-i:[A-Z])[^,;:()]{0,60}? e [^,;:()]{0,60}? (?:hanno (?:costituito|creato|fondato|formato|lanciato|avviato)|costituiscono|creano|fondano|formano|controllano|detengono|gestiscono|condividono)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
    {"re": r"\b(?:joint[- ]venture|società (?:comune|congiunta|mista)|jv)\s*,?\s+(?:che|la quale)\s+(?=(?:il |lo |la |i |gli |le |l['’])?(?:[\w-]+ ){0,3}?(?-i:[A-Z])[^,;:()]{0,60}? e [^,;:()]{0,60}? (?:(?:hanno|avevano) (?:deciso|concordato|accettato|previsto) di (?:costituire|creare|fondare|formare|lanciare|avviare)|costituiranno|creeranno|fonderanno|formeranno|lanceranno)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "announced", "conf": 0.8},
])

LEXICON["triggers"].extend([
    # un verbo di collaborazione in una relativa di "con" ("Brixo, con la quale Norvik collabora dal 2023",
    # "Brixo, con cui sviluppa software"): l'antecedente collabora con il soggetto della relativa
    {"re": r"\b(?:(?:ha|hanno|aveva|avevano) )?(?:collabor(?:a|ano|ava|avano|ato)|cooper(?:a|ano|ava|avano|ato)|lavor(?:a|ano|ava|avano|ato)|svilupp(?:a|ano|ava|avano|ato)|co-?svilupp(?:a|ano|ato))\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
])

LEXICON["triggers"].extend([
    # una quota detta da una frazione subito prima della società ("possiede quasi un quarto di Y", "detiene un terzo
    # del capitale di Y"), e una quota detta dopo il capitale della società ("conserva nel capitale di Y una
    # partecipazione di minoranza")
    {"re": r"\b(?:ha|hanno|aveva|possiede|possiedono|possedeva|detiene|detengono|deteneva|controlla|controllano|mantiene|conserva)\s+(?:(?:circa|quasi|oltre|più di|meno di|poco più di|poco meno di)\s+)?(?:un terzo|un quarto|un quinto|un decimo)\s+(?:del capitale\s+|delle azioni\s+|delle quote\s+)?(?:di|del|della|dell['’])", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8},
    {"re": r"\b(?:conserva|conservano|mantiene|mantengono|ha|hanno|detiene|detengono|possiede|possiedono|aveva|deteneva)\s+(?:ancora\s+|tuttora\s+)?nel capitale (?:di|del|della|dell['’])(?=\s*[^,;:()]{1,50}?\b(?:una|la sua|il suo|un)\s+(?:partecipazione|quota|pacchetto))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8, "stake_after": True},
])

# una congiunzione con qualsiasi descrizione della società seguente, articolo e parole minuscole prima del nome
# ("e il progettista di chip Y", "e la torinese Y"; non "e lo stabilimento di Y": l'ultima parola non è una preposizione)
LEXICON["coord_np"] += r"|(?:e|ed)\s+(?:il\s+|lo\s+|la\s+|l['’])(?!(?:[\w'’-]+\s+){0,3}?(?:sua|suo|loro|controllata|controllante|filiale|divisione|unità|casa madre|capogruppo|proprietari[oa]|joint|comune|mista|consorzio|alleanza)\b)(?:(?-i:[a-zà-ù])[\w'’-]+\s+){0,3}?(?!(?:di|del|della|dello|dei|degli|delle|a|al|alla|in|nel|nella|con|per|da|dal|tra|fra|su|sul|e|o|che|suo|sua|altro|altra|nuovo|nuova|stesso|stessa)\b)(?-i:[a-zà-ù])[\w-]+"

# "rifornisce Korvan, ma anche costruttori più piccoli come Delvo" (see en)
LEXICON["coord_np"] += r"|,?\s*ma\s+anche\s+(?:(?!(?:con|contro|a|al|ai|da|per)\b)(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,4}?(?:come|quali|tra\s+cui)"

# una notizia riportata dalla sua testata, con parole in mezzo ("un quotidiano tedesco ha scritto
# che", "alcuni articoli hanno parlato di un'acquisizione"): quanto dice è una voce; un «Niente.» secco dopo
# la domanda dell'intervistatore la smentisce
LEXICON["status"]["rumoured"] += (
    r"|\b(?:un|una|alcuni|alcune|diversi|diverse|vari|varie|due|tre|altri|altre) (?:quotidian[oi]|giornal[ei]|settimanal[ei]|"
    r"rivist[ae]|testat[ae]|articol[oi]|periodic[oi]|sit[oi] specializzat[oi])\b[^.;:]{0,60}?\b"
    r"(?:(?:ha|hanno|aveva|avevano) (?:scritto|riferito|riportato|rivelato|parlato|ipotizzato|sostenuto|affermato|anticipato)|"
    r"scrive|scrivono|riporta|riportano|rivela|rivelano|ipotizza|ipotizzano|parla|parlano)\b")
LEXICON["status"]["denied"] += r"|^\W*(?:niente|nulla|no)\W*$"

# un legame raccontato all'imperfetto con il suo anno d'inizio ("che forniva Y dal 2015", "che dal
# 2015 riforniva Y", "che da anni forniva"): uno stato passato, finito
_IT_IMPERFECT_TIE = r"(?:forniva|fornivano|riforniva|rifornivano|consegnava|consegnavano|produceva|producevano|assemblava|assemblavano|acquistava|acquistavano|controllava|controllavano|deteneva|detenevano|possedeva|possedevano)"
LEXICON["status"]["ended_imperfect"] = (
    rf"\b{_IT_IMPERFECT_TIE}\b[^,;:.]{{0,60}}?\b(?:dal (?:19|20)\d\d|da (?:anni|decenni|\w+ anni))\b"
    rf"|\b(?:dal (?:19|20)\d\d|da (?:anni|decenni|\w+ anni))\b,? (?:\w+ ){{0,2}}?{_IT_IMPERFECT_TIE}\b")

# le prime consegne rinviate a un anno a venire ("le cui prime consegne non arriveranno prima del 2027", "le
# prime consegne sono previste per il 2028"): il contratto è firmato, la fornitura non ancora avviata
LEXICON["status"]["starts_later"] += (
    r"|\bprim[ei] (?:consegne|forniture|tonnellate|volumi|celle)\b(?: [\w'’-]+){0,3}? (?:non (?:arriver|inizier|partir|comincer)(?:à|anno) "
    r"prima del|(?:sono|saranno|è) previst[ei] (?:per il|nel|dal|entro il|a partire dal)) 20\d\d\b")

# un contratto non prorogato o non confermato alla scadenza ("non è stato prorogato"): finito
LEXICON["status"]["ended"] += r"|\bnon (?:è stat[oa] |sono stat[ie] )?(?:prorogat|riconfermat)[oaie]\b"

# una collaborazione o una fornitura che la frase dice chiusa ("la collaborazione ... si è chiusa", "il
# rapporto si è interrotto"); non un'operazione che "si è chiusa" (un'acquisizione completata)
LEXICON["status"]["ended"] += (
    r"|\b(?:collaborazion[ei]|partnership|alleanz[ae]|cooperazion[ei]|rapport[oi]|fornitur[ae])\b[^.;:]{0,80}?"
    r"\b(?:si (?:è|sono) (?:chius|interrott)[oaie]|(?:è|sono) (?:terminat|finit)[oaie])\b")
# una quota raccontata all'imperfetto in una relativa ("Kelda, che deteneva circa il 6% di Y"): finita
LEXICON["status"]["ended_imperfect"] += r"|\b(?:che|la quale|il quale) (?:allora )?(?:deteneva|detenevano|possedeva|possedevano|controllava|controllavano)\b"

# un'acquisizione nominata come un fatto passato, dopo "dopo", "in seguito a", "grazie a", "ereditato da"
# ("dopo l'acquisizione di Y nel 2019"): fatta, attiva; non una di cui il seguito dice che verrà
LEXICON["status"]["done_noun"] = (
    r"\b(?:dopo|in seguito|grazie|ereditat[oaie])\s+(?:(?:a|da)(?:ll['’]|lla |l |llo |gli |i )|l['’]|la |il |lo |le |i )?"
    r"(?:acquisizion[ei]|acquist[oi]|rilevamento|fusion[ei]|incorporazion[ei])\b"
    r"(?![^.;:]{0,120}?\b(?:dovrà|dovrebbe|sarà|saranno|previst[oa]|attes[oa]|in attesa|soggett[oa]|(?-i:[a-zàèéìòù]+)(?:erà|eranno))\b)")

# the future's first person plural, as an interview's company speaks of a deal to come ("Forniremo a Y i
# caricatori", "consegneremo dal 2027"): still to come, like "fornirà" (not the present "forniamo", nor the
# conditional "forniremmo")
LEXICON["local"]["announced"] += r"|\b(?-i:[A-ZÀ-Ýa-zàèéìòù][a-zàèéìòù]+(?:er|ir|ar)emo)\b"  # (a capital only first: "Forniremo" opens a sentence)

# un progetto o un accordo a cui si è rinunciato ("ha rinunciato al progetto di joint venture con Y", "hanno
# abbandonato l'intesa"): finito, come "renoncé au", "abandoned its plan"
LEXICON["status"]["ended"] += (
    r"|\b(?:(?:ha|hanno|aveva|avevano) (?:(?:poi|già|insieme|definitivamente) )?rinunciato|rinunci(?:a|ano|ò|arono)) "
    r"(?:(?:insieme|definitivamente) )?(?:a|al|alla|allo|all['’]|ai|agli|alle)\b"
    r"|\b(?:(?:ha|hanno|aveva|avevano) abbandonato|abbandon(?:a|ano|ò|arono)) (?:il |la |l['’]|i |gli |le )(?:\w+ )?"
    r"(?:progett|pian|accord|intes|collaborazion|partnership|alleanz|operazion|offert|joint venture|ide)\w*")

# consegne che partono più tardi, con un inciso tra il nome e il verbo ("le prime consegne a Y, previste dal
# contratto firmato nel 2022, partiranno nel 2028"): un legame ancora da venire
LEXICON["status"]["starts_later"] += (
    r"|\b(?:consegne|consegna|forniture|fornitura)\b(?: [\w'’-]+){0,4}?,[^,;:.]{1,90}, (?:inizier(?:à|anno)|partir(?:à|anno)|"
    r"comincer(?:à|anno)|(?:dovr(?:à|anno|ebbero)|devono) (?:iniziare|partire|cominciare)|"
    r"(?:sono|è|saranno|sarà) previst[aeio] (?:a partire|dal|dalla|dall['’]|nel|entro|per))")

# a verb of cooperating in the passato prossimo, or with an adverb of manner before its "con" ("X ha
# collaborato con Y", "X ha lavorato a stretto contatto con Y", "X collabora strettamente con Y");
# "lavorare" only with a proper name after "con" (not "ha lavorato con i sindacati")
LEXICON["triggers"].extend([
    {"re": r"\b(?:(?:ha|hanno) (?:già |anche |sempre )?(?:collaborato|cooperato)|(?:ha|hanno) (?:già |anche |sempre )?lavorato(?= (?:(?:strettamente|a stretto contatto|fianco a fianco|insieme) )?con (?:la |il |lo |l['’])?(?-i:[A-ZÀ-Ý]))|collabor(?:a|ano)(?= (?:strettamente|a stretto contatto)\b)|cooper(?:a|ano)(?= strettamente\b))(?= (?:(?:strettamente|a stretto contatto|fianco a fianco|insieme) )?con\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# una notizia che la parte non commenta resta una notizia di stampa; "né conferma né smentisce" la lascia in piedi
LEXICON["status"]["rumoured"] += (
    r"|\bnon (?:ha|hanno|aveva) (?:voluto|inteso) commentare (?:le |queste |tali )?(?:notizie|informazioni|ricostruzioni)\b"
    "|" + NEITHER_NOR_REPORT["it"])
# un contratto lasciato scadere o decaduto è finito
LEXICON["status"]["ended"] += r"|\b(?:lasciato|lascia|lasciano|lasciare|lasciava|lasciò) scadere\b|\b(?:è|sono|era|erano) decadut[oaie]\b"
# "circola l'ipotesi", "circolano voci": quel che si dice sul mercato
LEXICON["status"]["rumoured"] += r"|\bcircol(?:a|ano|ava|avano|ato|ata)\b[^.;:]{0,30}?\b(?:ipotesi|voci|indiscrezioni|notizi[ae])\b"
# una risposta che comincia con «No.» (anche dopo «R:») respinge quanto chiesto
LEXICON["status"]["answer_no"] = r"^\W*(?:(?-i:[A-Z])[\w.]{0,20}\s*:\s*)?no\b[.!,;](?!\s*\d)"
# un titolo che comincia dalla sua fonte («Fonti: X tratta ...») riporta una voce
LEXICON["status"]["rumoured"] += r"|^\W*(?:fonti|rumors?|indiscrezioni|indiscrezione|voci)\s*:"

# un memorandum firmato con un partner ("ha firmato un memorandum con Y"; "memorandum d'intesa" è già letto):
# una partnership, il partner dopo "con" a poche parole dal nome; non uno su una fornitura
LEXICON["triggers"].extend([
    {"re": r"\bmemorandum\b(?! d['’]intesa\b)(?=(?: [\w'’-]+){0,3}? con\b)(?![^.;]{0,90}?\b(?:fornitur\w*|fornir\w*|forni(?:sce|ra|scono)|consegn\w*)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
])

# consegne con un tempo a venire e il participio senza il suo ausiliare ("con consegne previste a partire dal
# prossimo anno", "prime forniture attese nel 2027"), o il futuro di "arrivare" ("le prime consegne arriveranno
# a Y nel 2027"): il contratto c'è, la fornitura non ancora
LEXICON["status"]["starts_later"] += (
    r"|\b(?:consegne|consegna|forniture|fornitura)\b(?: [\w'’-]+){0,3}? (?:previst|attes|programmat)[ae] "
    r"(?:a partire|dal|dalla|dall['’]|nel|entro|per il|per l['’]|per la)"
    r"|\b(?:consegne|consegna|forniture|fornitura)\b(?: [\w'’-]+){0,4}? arriver(?:à|anno) (?:[\w'’-]+ ){0,4}?"
    r"(?:a partire|dal|dalla|dall['’]|nel|entro|il prossimo|l['’]anno prossimo)\b")

# le trattative raccontate dalla parte stessa, alla prima persona plurale, come nelle interviste ("Stiamo
# discutendo con Y", "stiamo trattando con Y", "discutiamo con Y"): in trattativa, detto dalla parte; "trattiamo"
# solo davanti a "con" ("trattiamo 20.000 tonnellate" è il trattamento dei rifiuti)
LEXICON["status"]["in_talks"] += (r"|\bstiamo (?:discutendo|trattando|negoziando)\b|\b(?:discutiamo|negoziamo)\b"
                                  r"|\btrattiamo (?=con\b)")
