"""French lexicon: plain data read by tierscope.relations.engine (see lexicon/__init__ for keys)."""

from ._shared import IMPERSONAL_REPORT, NEITHER_NOR_REPORT, NOT_MADE_FROM, OUT_OF_PLANT, PRICE_MOVE_AFTER, TAKING_WASTE, WASTE_GOODS


#: "cessé" not after a negation ("n'a jamais cessé de", "n'a cessé de"): the tie goes on
_NOT_CESSE = r"(?<!\bjamais )(?<!\bpas )(?<!n'a )(?<!n’a )(?<!n'ont )(?<!n’ont )"
#: a past verb of stopping with its "de" after a negation ("n'a jamais cessé de"): the tie goes on
_STOPPED = r"\s+(?:cessé|arrêté)\s+(?:de|d['’])"

#: a past verb of supply or holding, and "until <year>": "ended_more" reads them in either order
_PAST_TIE = r"(?:(?:a|ont|avait|avaient) (?:\w+ )?(?:fourni|livré|approvisionné|détenu|contrôlé|possédé)|fournissait|fournissaient|livrait|livraient|approvisionnait|approvisionnaient|détenait|détenaient|contrôlait|contrôlaient|possédait|possédaient)"
_UNTIL_YEAR = r"jusqu['’](?:en|à|au) (?:(?:fin|début|mi-)[- ]?)?(?:\w+ )?(?:19|20)\d\d"
#: a buyer's past tie, and "until the failure" of a party: "achetait ses cellules à Y jusqu'à sa faillite"
_PAST_BUY = r"(?:(?:a|ont|avait|avaient) (?:\w+ )?acheté|achetait|achetaient)"
_UNTIL_END = r"jusqu['’](?:à|au) (?:sa |son |leur |la |le )?(?:faillite|liquidation|fermeture|dépôt de bilan)"

LEXICON = {
    "coord": [",", "et", "ainsi que", "et le", "et la", "et les", "et l'", "ainsi que le", "ainsi que la", "que", "mais aussi", "mais également"],
    # "LG Chem et le chinois Huayou", "d'Orano et du groupe chinois XTC": a conjunction, then a
    # description of the next company (its kind or its country) ending right before its name.
    # ("subsidiary" and the like are left out: they state a relation of their own.)
    "coord_np": r"(?:et|ainsi que)\s+(?:(?:le|la|les|du|de la|des|un|une|son|sa)\s+|(?:de )?l['’])(?:[\w'’.-]+\s+){0,3}?(?:start-?up|groupe|société|entreprise|constructeur|fabricant|équipementier|fournisseur|géant|spécialiste|partenaire|rival|sidérurgiste|chimiste|énergéticien|industriel|chinois[e]?|(?:sud-)?coréen(?:ne)?|japonais[e]?|allemand[e]?|français[e]?|américain[e]?|suédois[e]?|britannique|indien(?:ne)?|taïwanais[e]?|belge|néerlandais[e]?|suisse|slovaque|polonais[e]?|canadien(?:ne)?|australien(?:ne)?|italien(?:ne)?|espagnol[e]?|norvégien(?:ne)?|finlandais[e]?|autrichien(?:ne)?)",
    # "X, que Y a racheté" / "X, dont Y détient 20 %": the company after these words acts on X.
    "rel_object": r"que|qu['’]|dont|dans laquelle|dans lequel|auquel|à laquelle",
    # "Verkor, dont il détient 20 %": the pronoun is the subject of the clause Verkor belongs to
    "rel_pronoun": r"il|elle|ils|elles",
    # Selling a unit or a stake is a change of ownership, not a supply of goods.
    "asset": r"\b(?:filiale|division|branche|activit[ée]s?|participation|parts|actions|unit[ée])\b",
    # "counts Y among its shareholders": a membership the possessive reading needs
    "among": r"\bparmi\b",
    # "X, which holds ...": the relative's antecedent is the subject, whatever governs it
    "rel_subject": r"qui|lequel|laquelle",
    # the place of a name before its subject relative ("Vulcan dans la vallée du Rhin, qui fournira", "Brixo à Lyon, qui")
    # (supS) the town of a name between commas before its subject relative ("Maltrix, basée à Lyon, qui")
    "rel_place": r"(?:\s*,\s*(?:(?:basée?|installée?|implantée?)\s+)?à\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})|(?:\s+(?:à|en|dans\s+(?:le|la|les|l['’])|près\s+de)\s*(?:(?:vallée|région|province|bassin|département)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?)?(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.-]*){0,2})",
    # "buys Y's stake in Z", "la participación de Y en Z": Y only holds the stake; Z is the company
    "stake_holder": r"\s+(?:dans|au capital de|au capital du)\s+",
    # "X, whose largest shareholder is Y": the name after the noun is its referent, X its anchor
    "rel_whose": r"dont|au capital (?:duquel|de laquelle|desquels|desquelles)",
    # "a round led by X, with participation from Y and Z": more investors after the first
    # (the investors may be named after a description and a comma: "avec la participation de ses actionnaires historiques, A et B", then "ainsi que du fonds C")
    "co_investor": r"\s*,?\s*(?:avec (?:la )?participation d[eu']|aux côtés d[eu']|rejoint par|(?:à laquelle|auquel) (?:ont|a) (?:également |aussi )?(?:participé|pris part))\s*(?:(?-i:[a-zàâçéèêëîïôûù][\w'’-]*)\s+){0,3}(?:(?-i:[a-zàâçéèêëîïôûù][\w'’-]*),\s*)?|\s*,?\s+ainsi que\s+(?:de|du|des|d['’])\s*(?:(?-i:[a-zàâçéèêëîïôûù][\w'’-]*)\s+){0,3}",
    # "founded by former Tesla executives": people named after a company, not the company
    "staff_nouns": r"\s+(?:anciens?\s+)?(?:cadres?|dirigeants?|ingénieurs?|salariés?|employés?|fondateurs?)\b",
    # (in lower case or opening a sentence: "SA" after a name is its legal form, "Meldrow SA sera absorbée")
    "possessive": r"(?-i:\b(?:[Ss]es|[Ss]a|[Ss]on|[Ll]eurs?)\b)",
    # between a joint venture's own name and the noun: "ACC, la coentreprise de ...", "Ultium CAM est une coentreprise de ..."
    "venture_appos": r"\s*\)?\s*(?:(?:\s(?-i:[A-Z])[\w.&-]*)?,\s*|\s+(?:est|était|sera|a été|devient|reste|demeure)\s+|\s+[^,;:()]{0,40}?\b(?:comme|en tant que)\s+)(?:(?:la|le|une|un)\s+|l['’])(?:[\w%-]+\s+){0,2}",
    # a pair named before, referred back to ("les deux groupes")
    "pair_anaphor": r"\b(?:les|des|aux) deux (?:groupes|entreprises|sociétés|partenaires|constructeurs|industriels|actionnaires|firmes)\b",
    # deal nouns: "a deal ... for the supply of" reads like "a supply deal"
    "deal": r"\b(?:accords?|contrats?|commandes?)\b",
    # goods owned by the customer: "fournit les systèmes des utilitaires de Stellantis"
    # a production participle: "achète le lithium produit par X" (X is the seller)
    # a member named among a company's own suppliers or customers: "faisait de X l'un de ses fournisseurs"
    "one_of": r"(?:l['’])?(?:un|une) de|parmi",
    # a relative of partnership: "X, with which Y signed a deal" (Y made the deal with X)
    "with_rel": r"avec qui|avec lequel|avec laquelle|avec lesquels|avec lesquelles",
    # a relative governed by "to" or "for": "Brixo, à qui Kestrel livre des cellules" (the antecedent receives)
    "to_rel": r"à qui|auquel|à laquelle|auxquels|auxquelles|pour qui|pour lequel|pour laquelle|pour lesquels|pour lesquelles",
    # a deal noun in the plural (matched on the trigger's words): "supply agreements", "Abnahmeverträge"
    "deal_plural": r"^\w+[sx]\b",
    "made_by": r"\b(?:produit|fabriqué|extrait|raffiné|construit|assemblé)e?s?",
    # (a charging network, its hubs and stations are goods a maker equips or supplies, like a plant: "Y équipe le
    # réseau de X", "Y liefert die Ladesäulen für das Netz von X": their owner is the customer)
    "goods_of": r"\b(?:véhicules|voitures|utilitaires|camions|bus|autobus|modèles|usines?|gigafactor(?:y|ies)|sites|trains|rames|flottes?|navires|hybrides|électriques|citadines|berlines|SUV|réseaux?|bornes|stations(?: de recharge)?|hubs|aires|tracteurs|tondeuses|pelleteuses|engins|machines|chariots élévateurs|bateaux|ferries|scooters|motos|vélos|locomotives)",
    # verbs of choosing a company: "X chose Y to supply ..." (Y supplies X)
    "choose": r"\b(?:choisi(?:t|ssent)?|retenu|sélectionn(?:e|ent|é)|mandat(?:e|é))\b",
    # a sentence opening with "the subsidiary of Y" (its child named in the sentence before)
    "child_lead": r"(?:La|Cette) (?:(?-i:[a-zàâçéèêëîïôûùüÿ]+) ){0,2}(?:filiale) (?:de |du |d')(?:(?:groupe|géant|fonds) )?(?:(?-i:[a-zàâçéèêëîïôûùüÿ]+) ){0,2}",
    # a description right before a name whose "de" governs a bare noun, not the name: "le fonds
    # d'investissement américain X", "l'opérateur français de recharge rapide X" ("np": after the article)
    "descriptor": r"(?:\b(?:le|la|les|un|une|du|au|des|aux)\s+|\bl['’])(?P<np>(?:(?-i:[a-zàâçéèêëîïôûù][\w-]*)\s+){0,2}?(?:fonds|chaîne|enseigne|concepteur|conceptrice|réseau|plateforme|société|groupe|opérateur|opératrice|fabricant|spécialiste|géant|constructeur|équipementier|fournisseur|producteur|productrice|holding|start-?up|pousse|gestionnaire|firme|entreprise|leader|champion|chimiste|sidérurgiste|acteur|distributeur|exploitant|développeur|assureur|investisseur|conglomérat|énergéticien|pétrolier|minier)(?:\s+(?-i:[a-zàâçéèêëîïôûù][\w-]*)){0,2}\s+(?:de\s+|du\s+|des\s+|d['’])(?!(?:la|le|les|son|sa|ses|leur|leurs|un|une)\s|l['’])(?:(?!(?:qui|que|dont|et|ou|par|avec|à|au|aux|chez|auprès|selon)\s)(?-i:[a-zàâçéèêëîïôûù][\w-]*)\s+){1,4})",
    # adverbs made with a preposition ("par ailleurs X", "par exemple X", "par contre X"): the preposition governs no name after them
    "marker_stop": ["ailleurs", "exemple", "contre", "conséquent"],
    "verb_final": False,
    # a description found by coreference keeps its fused preposition ("au constructeur", "du groupe"): that preposition
    # is its marker, as it would be before a name (not "des", also the plural article)
    "inner_first": True,
    "inner_markers": ["au", "aux", "du"],
    "markers": {
        "agent": ["par", "de la part de", "de la part d'", "mené par", "menée par"],
        "recipient": ["à", "au", "aux", "à des", "pour", "pour le compte de", "pour le compte du", "pour le compte d'"],
        "from": ["de", "du", "des", "d'", "auprès de", "auprès du", "auprès d'", "auprès des", "chez", "à", "au", "aux", "à des"],
        "seller": ["à", "au", "à des", "auprès de", "auprès du", "auprès d'"],  # "rachète Y à Z": Z owned Y
        "with": ["avec", "entre", "aux côtés de", "aux côtés d'", "aux côtés du"],
        "of": ["de", "du", "des", "d'"],
        "in": ["dans", "de", "du", "d'", "au capital de", "au capital du", "au capital d'"],
        "report": ["selon", "d'après", "cité par", "selon le", "selon la", "selon les"],
    },
    # what talks with a partner are about (frames/talks.py): the deal's type and direction; "unit"
    # follows the purpose word when the object is an unnamed unit of the partner ("its battery unit")
    "talks_purpose": {
        "sell": r"\b(?:cession|céder|vente (?:de|du|des|d['’])|vendre|se séparer)",
        "stake": r"\bparticipation\b(?! (?:à|au|aux)\b)|\bmonter au capital\b",
        "acquire": r"\b(?:rachat|racheter|rachète\w*|acquisition|acquérir|fusion|fusionner|reprise|reprendre|rapprochement|OPA|offre publique)\b",
        "venture": r"\bcoentreprise\b|\bjoint[- ]venture\b|\bsociété commune\b",
        "partner": r"\b(?:partenariat|alliance|coopération|collaboration|(?:développement|programme|projet) (?:commun|conjoint)|programme de (?:développement|recherche) commun|recherche commune|mutuel(?:le|les|s)?|mutuellement|réciproques?|réciproquement)\b",
        # "pour s'approvisionner en lithium": goods the subject would take from the partner
        "supply_from": r"\bs['’]approvisionner\b|\bson approvisionnement en\b|\bpour qu['’](?:[\w-]+ ){0,3}(?:nous|lui|leur) (?:fournisse|fournissent|livre|livrent|vende|vendent)\b" + "|" + TAKING_WASTE["fr"],
        "supply_to": r"\b(?:fournir|livrer|écouler|(?<!s['’])approvisionner|équiper|(?:leur|lui) (?:fournir|livrer)|devenir (?:son |leur |un |le )?(?:[\w-]+ )?fournisseur)\b",
        "unit": r"(?:\s+(?:de|du|des))?\s+(?:sa|son|ses|leur|leurs)\s+(?:[\w-]+\s+)?(?:filiale|division|activité|branche|usine|pôle|unité)\b",
        "enters": r"\b(?:(?:le |la |les )?faire entrer(?: au capital)?|(?:son|leur) entrée (?:au|dans le) capital|l['’]entrée (?:de|du|d['’]) ?[\w'’-]+ (?:au|dans le) capital)\b",
        "including": r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*(?:\(|,)\s*(?:dont|parmi lesquels|parmi lesquelles|notamment|comme)\s+(?:[\w'’-]+\s+){0,3}?",
    },
    "triggers": [
        # "X compte A et B parmi les constructeurs qui achètent ses puces": les noms avant "parmi" achètent à X
        {"re": r"\bparmi (?:les |ses |leurs )(?:[\w-]+ ){0,3}?(?:constructeurs|groupes|entreprises|sociétés|clients|fabricants|marques|équipementiers)(?: et [\w-]+)? qui (?:lui )?(?:achètent|utilisent|emploient|montent|intègrent) (?:ses|leurs)\b", "type": "supplies", "frame": "AMONG_BUYERS", "status": "active", "conf": 0.7},
        # joint ownership: the owners are the parents of a joint venture ("IONWAY, détenue à parts égales par Umicore et PowerCo", "X, dont A et B détiennent chacun 50 %");
        # a company held by a list of companies is theirs jointly ("détenu par A, B et C"; one owner: OWN_PR)
        # owners each named with a share: "détenue à 51 % par A et à 49 % par B" (a first share of 40-60%)
        {"re": r"\b(?:détenue?s?|contrôlée?s?|possédée?s?) à (?:4\d|5\d|60)(?:[.,]\d+)? ?(?:%|pour ?cent) par\b(?=[^;:()]{1,60}?\bet (?:à |pour )?(?:(?:les|le) )?(?:restants? )?\d+(?:[.,]\d+)? ?(?:%|pour ?cent)(?: restants?)? par\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8, "shares": True},
        {"re": r"\b(?:détenue?s?|contrôlée?s?|possédée?s?) (?:(?:à parts égales|conjointement|paritairement|à 50 ?%|à 50-50|à égalité) )?par\b|\bcodétenue?s? par\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        {"re": r"\bchacun(?:e)? (?:50 ?%|la moitié)|\b50 ?% chacun(?:e)?\b|\b(?:détiennent|possèdent|contrôlent) (?:chacun(?:e)? )?(?:à parts égales|à 50-50)", "type": "joint_venture", "frame": "JOINT_HOLDERS", "status": "active", "conf": 0.75},
        # holders named with their companions ("X holds a third of W alongside Y and Z"): joint owners (frames/co_holders);
        # zero width, so the companions keep their preposition as marker and other triggers their words
        {"re": r"\b(?=aux côtés (?:de|d['’]|du|des))", "type": "joint_venture", "frame": "CO_HOLDERS", "status": "active", "conf": 0.7},
        # building a plant with a partner ("X is building a plant in Spain with Y"): a jointly owned plant, a joint venture
        {"re": r"\b(?:construi(?:t|sent|ra|ront|re|sait)|construit|bâti(?:t|ssent|ra))\b(?=[^.;:]{0,80}?\b(?:usine|gigafactory|raffinerie|mine)s?\b)(?=[^.;:]{0,80}?\b(?:avec|aux côtés d['’e]) (?:le |la |l['’]|les )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÀ-Ý]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
        # a partner named right after its partner: "X and its partner Y" (frames/partner_next)
        {"re": r"\bet (?:son|leur|ses|leurs) (?:(?-i:[a-zé]\w*) )?partenaires?(?: (?-i:[a-zé]\w*)){0,2}(?= (?-i:[A-ZÀ-Ý]))", "type": "partners_with", "frame": "PARTNER_NEXT", "status": "active", "conf": 0.7},
        # "Y passes into the hands of X": a change of owner, the new owner after the words
        # the unit named between its noun and its parent: "la filiale Brixo de Vostra"
        {"re": r"\b(?:filiale|sous-filiale)(?= (?-i:[A-ZÀ-Ý])[\w&.-]*(?: (?-i:[A-ZÀ-Ý])[\w&.-]*){0,3} (?:de |du |d['’] ?)(?-i:[A-ZÀ-Ý]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "child_after": "of"},
        # a part owner is a minority investor: "Gotion, détenue en partie par Volkswagen"
        {"re": r"\b(?:(?:en partie|partiellement|minoritairement) détenue?s?|détenue?s? (?:en partie|partiellement|minoritairement)) par\b", "type": "invests_in", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        {"re": r"\bpass(?:e|era|er|ent|eront) (?:sous le contrôle|aux mains|dans le giron) (?:de|du|d')", "type": "acquires", "frame": "OWN_PR", "status": "announced", "conf": 0.75},
        # the target of a bid: "Y fait l'objet d'une offre publique d'achat de X", "Y fait lui-même l'objet d'une OPA hostile de X"
        {"re": r"\bfai(?:t|sait|saient|sant|re|ra|ront|rait|raient)(?: (?:lui|elle|eux|elles)-mêmes?)? l['’]objet d['’]une (?:(?:nouvelle|première|éventuelle|possible|seconde) )?(?:offre|OPA)(?: publique)?(?: d['’](?:achat|échange|rachat))?(?: (?:amicale|hostile|ferme|concurrente|non sollicitée|de rachat))?(?= (?:de|du|d['’]|de la part de|de la part du|de la part d['’])(?:\s|(?<=['’])))", "type": "acquires", "frame": "OWN_PR", "status": "announced", "conf": 0.75},
        {"re": r"\bpass(?:é|ée|és|ées) (?:(?:en|début|fin|mi-?) ?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) |l['’]an dernier |l['’]année dernière |cette année |récemment )?(?:sous le contrôle|aux mains|dans le giron) (?:de|du|d')", "type": "acquires", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        {"re": r"\b(?:filiale|sous-filiale|division|marque|branche|unité)(?! (?:commune|conjointe)\b)(?: à part entière| à \d+(?:[.,]\d+)? ?%| \w+)? (?:(?:de(?= (?:la |l['’]|son |sa |leur |un |une |(?-i:[A-ZÀ-Ý0-9])))|du|des|d['’](?=(?-i:[A-ZÀ-Ý])))|d(?:e |['’])(?:(?-i:[a-zàâçéèêëîïôûù][\w'’-]*) ){1,3}?(?:de(?= (?:la |l['’]|son |sa |leur |un |une |(?-i:[A-ZÀ-Ý0-9])))|du|des|d['’](?=(?-i:[A-ZÀ-Ý]))))|\b(?:détenue?s?|contrôlée?s?|possédée?s?)(?: (?:majoritairement|entièrement|à \d+(?:[.,]\d+)? ?%))?(?: et \w+)?(?: depuis (?:(?:plus de |près de )?(?:\w+ )?(?:ans|années|décennies|mois)|(?:19|20)\d\d)| aujourd['’]hui| encore| déjà)? (?:par)\b|\bfai(?:t|saient|sait|sant) partie (?:de|du|des|d')|\b(?:appartient|appartiennent|appartenant) (?:à|au|aux)\b|\bpropriété (?:de|du|d')|\bgiron (?:de|du|d')|\bmaison mère\b(?= (?-i:[A-Z]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.8},
        # "Y, set up by X": a company set up by one company is its unit (several: a joint venture; "founded by" names people)
        {"re": r"\bconstituée?s? (?:en \d{4} )?par\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7, "single_parent": True},
        # "X, la filiale poids lourds du groupe Y", "X, la société de batteries de Y": a described unit of a named owner
        {"re": r"\b(?:filiale|société|entreprise|marque|division|branche|unité|holding)(?! (?:commune|conjointe)\b)(?: (?!(?:qui|que|dont)\b)(?-i:[a-zàâçéèêëîïôûù][\w'’-]*)){0,6}? (?:de|du|de la|des)(?: (?:groupe|conglomérat|holding|fabricant|géant|constructeur|sidérurgiste|chimiste|pétrolier|énergéticien|fonds|équipementier|minier)(?: (?-i:[a-zàâçéèêëîïôûù][\w'’-]*)){0,2})?(?= (?-i:[A-ZÀÂÉÈ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        {"re": r"\b(?:(?:de|du|des|de la) (?-i:[a-zàâçéèêëîïôûù][\w'’-]*) )?(?:du|de la) (?:groupe|conglomérat|holding)(?: (?-i:[a-zàâçéèêëîïôûù][\w'’-]*)){0,2}(?= (?-i:[A-ZÀÂÉÈ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        # a former unit: "Y, son ancienne division", "son ex-filiale Y" (the owner's tie is over)
        {"re": r"\b(?:son|sa|ses|leur|leurs) (?:ancienne?s?|ex-|ex) ?(?:filiales?|divisions?|branches?|unités?|activités?)\b", "type": "owns", "frame": "OWN_CR", "status": "ended", "conf": 0.75},
        # the parent of a described unit: "X, la maison mère du fabricant de pneus Y" (the description runs up to the name)
        # a holding told in the imperfect is one given up since ("X, qui détenait 25 % de Y depuis 2017, a apporté ses titres à l'offre";
        # a share told as a fraction as well: "dont X détenait alors un quart des parts")
        {"re": r"\b(?:détenai(?:t|ent)|possédai(?:t|ent))\b(?= (?:(?:environ|près de|quelque|plus de|moins de|jusqu['’]ici|encore|alors|déjà) )*(?:\d+(?:[.,]\d+)? ?(?:%|pour ?cent)|(?:un|une) (?:tiers|quart|cinquième|dixième)|la moitié|les deux tiers|les trois quarts|la majorité|le contrôle))", "type": "owns", "frame": "OWN_CR", "status": "ended", "conf": 0.7},
        {"re": r"\b(?:maison|société)[- ]mère (?:de|du|de la|d['’]) ?(?:(?-i:[a-zàâçéèêëîïôûù][\w'’-]*) ){1,4}?(?=(?-i:[A-ZÀÂÉÈ]))", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        {"re": r"\b(?:sa|ses|leur|leurs|la|une) (?:\w+ )?filiales?\b(?: d(?:e |es |['’])(?-i:[a-zàâçéèêëîïôûù][\w'’-]*)(?: (?-i:[a-zàâçéèêëîïôûù][\w'’-]*)){0,2})?|\b(?:sa|ses|leur|leurs) (?:\w+ )?(?:divisions?|branches?)\b(?: d(?:e |es |['’])(?-i:[a-zàâçéèêëîïôûù][\w'’-]*)(?: (?-i:[a-zàâçéèêëîïôûù][\w'’-]*)){0,2})?|\bmaison mère (?:de|du|d')|\bsociété mère (?:de|du|d')|\bpropriétaire (?:de|du|des|d')|\bmaison-mère (?:de|du|d')|\b(?<!\ble )(?<!\bdu )(?<!\bau )(?<!\bun )(?<!\bson )(?<!\bsa )(?<!\bde )contrôle\b|\bdétient\b|\bpossède\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        {"re": r"\bco-?entreprise\b|\bjoint[- ]venture\b|\b(?:société|filiale|entreprise|usine|gigafactory|giga-usine) (?:commune|conjointe)\b|\bJV\b|\b(?:société|entreprise|filiale)(?= qu(?:e |['’])[^,;:()]{1,60}? partagen?t? (?:[\w ]{0,25}?)avec\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.85},
        # un client ajouté au carnet du fournisseur : "X a ajouté Y et Z à son carnet de commandes / à sa liste de clients"
        {"re": r"\bajout(?:e|ent|é|era|eront|ait|ant)\b(?= (?:[\w&.'’-]+,? ){1,12}?(?:à|a) (?:son|sa|leur) (?:carnet de commandes|liste de clients|portefeuille (?:de )?clients|clientèle)\b)", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.7},
        # a verb of winning followed by a figure in per cent is a share price's move, not an order won: "Le titre X a gagné 4 % depuis l'annonce du contrat"
        {"re": r"\b(?:remporte|remporté|remportera|remporter|décroche|décroché|décrochera|décrocher|obtient|obtenu|obtiendra|obtenir|reçoit|reçu|recevra|recevoir|gagne|gagné|gagnera|gagner|enregistre|engrange)\b" + PRICE_MOVE_AFTER + r"(?=(?: [\w$€.,%'’-]+){0,7}? (?:commandes?|contrats?|marchés?|appels? d'offres)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        {"re": r"\b(?:choisi|sélectionné|retenu)e? comme (?:\w+ )?(?:fournisseur|partenaire)\b", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # chosen by the customer: "Kestrel a été retenu par Brixo pour fournir les cellules / comme fournisseur"
        {"re": r"\b(?:choisi|sélectionné|retenu|désigné)e?s?(?= par [^,;:()]{1,40}? (?:comme (?:\w+ )?(?:fournisseur|fournisseuse)|pour (?:fournir|livrer|produire|fabriquer|équiper))\b)", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # des achats déplacés vers un fournisseur : "Brixo a transféré une partie de ses commandes de cellules à Kestrel"
        {"re": r"\b(?:transféré|transfère|transférera|déplacé|déplace|basculé|bascule|réorienté|réoriente)e?s? (?:une partie de |l['’]essentiel de )?(?:ses|leurs|les) (?:[\w-]+ ){0,3}?(?:commandes|achats|volumes)(?= (?:[\w-]+ ){0,3}?(?:à|au|aux|vers|chez) (?:[\w'’-]+ ){0,2}?(?-i:[A-Z]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7},
        # an order named with the customer in a relative: "la commande que Brixo a passée à Kestrel", "le contrat qu'Brixo avait attribué à Kestrel"
        {"re": r"\b(?:commandes?|contrats?|marchés?)\b(?: (?:de|du|des|pour) [^,;:()]{1,50}?)?,?(?= (?:qu['’]|que )(?-i:[A-ZÉ])[^,;:()]{0,40}? (?:a|avait|ont|avaient|aurait) (?:passée?s?|attribuée?s?|confiée?s?) (?:\w+ )?(?:à|au|aux|auprès d))", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "relative_order": True},
        # charging a maker with making goods: "Brixo a chargé Kestrel de produire les sièges", "mandaté Kestrel pour fournir"
        # ("se charge de": the subject does it itself)
        {"re": r"(?<!\bse )(?<!\bs['’])\b(?:charg(?:e|ent|é|ée|era|eront)|mandat(?:e|ent|é|ée|era))\b(?= (?-i:[A-ZÉ])[^,;:()]{0,40}? (?:de|d['’]|pour) ?(?:produire|fournir|fabriquer|livrer|construire|assembler|développer|réaliser|installer)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # giving an order: "Brixo a attribué à Kestrel le marché", "confie à Kestrel la fourniture", "passe commande à Kestrel"
        {"re": r"\b(?:attribu(?:e|ent|é|ée|era|eront)|confi(?:e|ent|é|ée|era|eront)|adjug(?:e|ent|é|ée|era|eront))\b(?= (?:à|au|aux)(?: (?-i:[A-ZÄÖÜÉ])[\w&.'’-]*){0,4} (?:(?:la|le|les|une|un|l['’]|des|son|sa|ses) ?)?(?:[\w-]+ )?(?:commandes?|contrats?|marchés?|fournitures?|livraisons?|production|fabrication)\b)|\bpass(?:e|ent|é|era|eront) (?:une |sa |ses )?commandes?(?= (?:à|au|auprès d[eu]) )", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75},
        # the order first, the one given it after "à": "Brixo a attribué le contrat de sièges à Kestrel", "confie la production de ses cellules à Kestrel"
        {"re": r"\b(?:attribu(?:e|ent|é|ée|era|eront)|confi(?:e|ent|é|ée|era|eront)|adjug(?:e|ent|é|ée|era|eront))\b(?= (?:la|le|les|une|un|l['’]|des|son|sa|ses|leur|leurs) ?(?:[\w-]+ )?(?:commandes?|contrats?|marchés?|fournitures?|livraisons?|production|fabrication)\b[^,;:()]{0,50}? (?:à|au|aux) (?:[\w'’-]+ ){0,3}?(?-i:[A-ZÉ]))", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # --- ord16: services (begin) ---
        # un service rendu à un client ou à son usine (les consignes le comptent comme fourniture) : « X assure
        # la logistique de l'usine d'Y », « fournit des services de maintenance à Y »
        {"re": r"\b(?:assure|assurent|assurera|assureront|assurait|gère|gèrent|gérera|gérait|prend en charge|prendra en charge|fournit|fournissent|fournira|offre|propose)\s+(?:la\s+logistique|la\s+maintenance|le\s+transport|les\s+services|des\s+services)\b(?:\s+(?:interne|externe|de\s+(?:maintenance|logistique|transport|stockage|nettoyage|sécurité|recyclage)))?", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "recipient_only": True, "service": True},
        {"re": r"\b(?:assure|assurent|assurera|assureront|assurait|gère|gèrent|gérera|gérait|prend en charge|prendra en charge)\s+(?:la\s+logistique|la\s+maintenance|le\s+transport)\b(?:\s+(?:interne|externe))?(?:\s+(?:de|du|des)(?=\s))?", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "goods_owner": True, "service": True},
        # --- ord16: services (end) ---
        # --- ord16: an order placed with a supplier, told by a participle (begin) ---
        # « Y a annulé une commande de 2 milliards d'euros passée à X » : celui à qui elle est passée fournit le sujet
        {"re": r"\bcommandes?\b(?= (?:[^,;:()]{0,50}? )?passée?s? (?:à|au|aux|auprès d(?:e|u|es)|auprès de l['’]) ?)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # --- ord16: an order placed with a supplier, told by a participle (end) ---
        # --- ord16: orders split between suppliers (begin) ---
        # « Y répartit ses commandes de cellules entre A et B » : chacun fournit le sujet
        {"re": r"\b(?:répartit|répartissent|répartissait|a réparti|ont réparti|partage|partagent|divise) (?:ses|leurs|les) (?:[\w'’-]+ ){0,3}?(?:commandes|achats|volumes|approvisionnements) (?:[\w'’-]+ ){0,3}?entre\b", "type": "supplies", "frame": "RELY", "status": "active", "conf": 0.7},
        # --- ord16: orders split between suppliers (end) ---
        # --- ord16: an order handed on to another supplier (begin) ---
        # une commande racontée avant et confiée à un autre par un pronom ou comme « ces volumes » : « a annulé
        # la commande passée à Z pour la confier à Y », « a confié ces volumes à Y » (le sujet achète à Y)
        {"re": r"\b(?:(?:la|le|les) (?:confi(?:er|e|ent|era|eront|ait)|réattribu(?:er|e|ent|era))|l['’](?:a|ont|avait) (?:ensuite )?confiée?s?|confi(?:é|e|ent|era|eront|ait) (?:ces|ses|les|leurs|une partie de ses|une partie des) (?:[\w-]+ ){0,2}?(?:volumes|commandes|achats))(?= (?:ensuite |plutôt |désormais )?(?:à|au|aux) (?:[\w'’-]+ ){0,2}?(?-i:[A-ZÉ]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7, "handed_on": True},
        # --- ord16: an order handed on to another supplier (end) ---
        # un contrat d'achat d'électricité (PPA) : l'énergéticien vend, quel que soit le sujet
        {"re": r"\b(?:contrats?|accords?) d['’]achat d['’](?:électricité|énergie)\b|\bPPAs?\b|\b(?:contrats?|accords?) d['’]électricité\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- supply: production sous-traitée -----------------------------------------------
        # "GAC a signé un contrat d'assemblage (de production en sous-traitance) avec Magna Steyr": the
        # assembler supplies the subject, unless the tiers say otherwise
        {"re": r"\b(?:contrats?|accords?) (?:d['’]assemblage|de sous-traitance|de (?:production|fabrication) (?:sous-traitée|en sous-traitance|à façon|pour (?:le )?compte de tiers))\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # --- ord16: power supply contracts (begin) ---
        # a power supply contract named by its goods or its megawatts ("un contrat de fourniture d'électricité
        # avec Y", "un contrat d'approvisionnement de 50 mégawatts"): the energy company sells, whichever side
        # is the subject (neither or both known as one: the deal nouns below read it as before)
        {"re": r"\b(?:contrats?|accords?) (?:de fourniture|d['’]approvisionnement)(?: en| d['’]| de)? ?(?:électricité|énergie|\d+(?:[,.]\d+)? (?:mégawatts?|MW)\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- ord16: power supply contracts (end) ---
        # --- ord16: sales contracts (begin) ---
        # « X a signé des contrats de vente avec Y » : le vendeur fournit (pas la vente de parts, d'une filiale ou d'une usine)
        {"re": r"\bcontrats? de vente\b(?! (?:de|du|des|d['’]) ?(?:la |sa |ses |l['’])?(?:[\w-]+ )?(?:participations?|parts|actions|filiales?|sociétés?|usines?|activités?|divisions?|marques?|contrôle))", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # --- ord16: sales contracts (end) ---
        {"re": r"\b(?:contrats?|accords?) d'(?:achat|approvisionnement|offtake)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # un contrat perdu : qui le perd fournissait ("X a perdu le contrat de sièges avec Y", "le contrat qui le liait à Y")
        {"re": r"\bperdu (?:le|son|un|leur|ses|les) (?:[\w-]+ ){0,3}?(?:contrats?|marchés?|commandes?)(?= (?:[^,;:()]{0,40}? )?(?:avec|qui l[ea] liait à|qui les liait à) )", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "ended", "conf": 0.65},
        # the producer's own word for an offtake: "ses contrats d'écoulement avec Y", "un contrat d'enlèvement avec Y" (the producer sells)
        {"re": r"\b(?:contrats?|accords?) d['’](?:enlèvement|écoulement)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # a deal to buy goods: "un contrat avec Y pour l'achat de 100 rames" (Y supplies)
        {"re": r"\b(?:accords?|contrats?)\b(?=[^,;:()]{0,60}? pour l['’](?:achat|acquisition) (?:de|du|des|d['’])\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "needs_product": True, "purchase_of": True},
        {"re": r"\b(?:contrat|accord|partenariat|contrat-cadre|commande) de (?:fourniture|livraison)s?\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # a contract said to be over, its goods left out: "le contrat qui liait X à Y a pris fin" (the tiers give the direction: frames/ended_deals.py)
        {"re": r"\bcontrats?\b(?! (?:de |d['’])(?:cession|vente|rachat|licence|partenariat|travail)\b)|\baccords? d['’]approvisionnement\b", "type": "supplies", "frame": "DEAL_ENDED", "status": "ended", "conf": 0.65},
        # a contract between two tiers of the chain for a product named right after it ("a contract with CATL for cells"): the lower tier supplies
        {"re": r"\b(?:contrats?|(?<!protocole d')(?<!protocole d’)(?<!protocoles d')(?<!protocoles d’)accords?)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.65, "needs_product": True, "tier_only": True},
        {"re": r"\b(?<!avec la )(?:prise de participation|participation|part|parts)(?: minoritaire| majoritaire| stratégique)?(?: de \d+(?:[.,]\d+)? ?(?:%|pour ?cent))? (?:dans|au capital de|au capital d'|au capital du)|\b(?:entre|entré|entrer|entrera|entrée|monte|monté|monter|montera|montée) (?:\w+ ){0,3}au capital (?:de|du|d')|\bmont(?:e|é|ée|er|era) à \d+(?:[.,]\d+)? ?(?:%|pour ?cent) (?:du capital )?(?:de|du|d')|\binvesti(?:t|r|ra|ssent|ssement|ssements)?(?: [\w$€.,%'-]+){0,4}? dans\b|\btours? de table (?:de|du|d')", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # subscribing to a capital increase: "X souscrira à l'augmentation de capital de Y", "X a souscrit une augmentation de capital de Y"
        {"re": r"\bsouscri(?:t|ts|vent|ra|ront|re|vant|rait)(?: (?:à|au))?(?: (?:l['’]|une |la totalité de l['’]|une partie de l['’]))?augmentation de capital (?:de|du|d['’])", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # "une participation (minoritaire) d'environ 21 % dans Y", "la participation qu'il détenait dans Y"
        {"re": r"\b(?:participation|part)(?: minoritaire| majoritaire| stratégique| indirecte)? (?:d['’]|de )(?:environ|près de|quelque|plus de|moins de|un peu plus de|un peu moins de) \d+(?:[.,]\d+)? ?(?:%|pour ?cent) (?:dans|au capital de|au capital d'|au capital du)|\bparticipation (?:[\w%,’'-]+ ){0,4}?qu['’](?:il|elle|ils|elles) (?:détenait|détient|détenaient|avait|possédait|conservait) (?:encore )?(?:dans|au capital de|au capital d'|au capital du)", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # a share of the capital taken: "Brixo a pris 30 % du capital de Kestrel", "prendra 20 % de Kestrel"
        {"re": r"\b(?:pris|prend|prennent|prendra|prendront|prendre) (?:(?:environ|près de|plus de|moins de|jusqu['’]à) )?\d+(?:[.,]\d+)? ?(?:%|pour ?cent) (?:du capital )?(?:de|du|d['’])", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # money raised "auprès de" named investors, no funding noun: "Brixo a levé 2 milliards d'euros auprès de Kestrel et de Vostra"
        {"re": r"\b(?:lève|levé|lèvera|lèveront|lever)\b (?:(?:plus de|près de|environ|quelque|un peu plus de) )?[\d.,]+ (?:millions|milliards|M|Md)(?: d['’]euros| de dollars)?(?=(?:,? (?:en (?:19|20)\d\d|en fonds propres(?: et en dette)?|en capital(?: et en dette)?|au total|notamment))*,? auprès (?:notamment )?(?:de|d['’]|du|des)\b)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        {"re": r"\b(?:lève|levé|lèvera|obtient|obtenu|boucle|bouclé)\b(?: [\w$€.,%'-]+){0,6}? (?:financement|fonds|capitaux|levée)\b|\b(?:mené|menée|emmené|emmenée|soutenu|soutenue|financé|financée)(?= par)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        # "a round ... in which X, Y and Z took part": the investors follow the verb
        {"re": r"\b(?:tour de table|levée de fonds|augmentation de capital|(?:ronde|tour) de (?:financement|table))\b(?:[^;:.]|\.\d){0,140}?\b(?:auquel|à laquelle) (?:ont|a) (?:participé|pris part)\b", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75, "investors_after": True},
        # "depuis sa cession à Vostra": the possessor was sold (frames/deals.py, ``_possessed_sale``)
        {"re": r"(?<=\bsa )(?:cession|vente)(?= (?:à|au)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # the buyer named before the stake sold: "la cession à Z de sa participation de 50 % dans Y" (Z buys it, the subject held it)
        {"re": r"\b(?:cession|vente)(?= (?:à|au) [^,;:()]{1,50}? (?:de|d['’]) ?(?:sa|son|ses|leur|leurs) (?:participation|part|parts|actions|quote-part)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- own16: a sale noun naming its buyer before the unit sold ("la cession à Z de sa filiale Y")
        {"re": r"\b(?:cession|vente)(?= (?:à|au) [^,;:()]{1,50}? (?:de|d['’]) ?(?:sa|la|leur) (?:filiale|division|branche)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- end own16
        {"re": r"\b(?:vend|vendu|vendue|vendre|vendra|cède|cédé|cédée|céder|cédera|cession (?:de|du|d')|vente (?:de|du|d')(?=\s*(?-i:[A-Z])))", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.75},
        # an order named by its noun: "une commande de 200 bornes auprès de Y" (Y supplies), "une commande de Y" (Y buys): frames/orders.py
        {"re": r"\b(?:une|la|sa|leur|cette|d['’]une)\s+(?:(?:première|nouvelle|grosse|importante|seconde|deuxième|troisième)\s+)?commandes?\b", "type": "supplies", "frame": "ORDER_NOUN", "status": "announced", "conf": 0.75},
        # la production ou l'énergie d'une centrale vendue ou achetée : "vend la production de son parc éolien à Y", "achète de l'énergie à Y"
        {"re": r"\b(?:vend|vendent|vendra|vendront|vendait|vendaient|vendu)\b(?= (?:(?:la|sa|leur|toute la|toute sa|une partie de (?:la|sa)|l['’]|de l['’]) ?)?(?:production|énergie|électricité)\b(?: (?:de|du|des|d['’]) ?[^,;:()]{1,40}?)? (?:à|au|aux)\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        {"re": r"\b(?:achète|achètent|achètera|achèteront|achetait|achetaient|acheté)\b(?= (?:(?:la|sa|toute la|toute sa|l['’]|de l['’]) ?)?(?:production|énergie)\b(?: [\w-]+)? (?:à|au|aux|auprès d(?:e|u|es))\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # buying goods: "X s'approvisionne / se fournit auprès de Y"
        # ("commande" after a determiner or an adjective is the noun: "la commande de Y" names the customer)
        # a recycler taking a company's waste ("collects the used batteries of X", "recupera le batterie esauste di X"):
        # the waste's maker, named by "of"/"from", supplies (relations/scrap_flow.py)
        {"re": r"\b(?:récupèr(?:e|ent)|récupér(?:era|eront|ait|aient|é)|collect(?:e|ent|era|eront|ait|aient|é)|reç(?:oit|oivent|u)|recevr(?:a|ont)|recevait|recevaient|repren(?:d|nent|dra|dront|ait|aient)|repris)\b(?= (?:[\w\'’-]+ ){0,2}?" + WASTE_GOODS["fr"] + r"\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "maker_only": True, "waste": True},
        {"re": r"\b(?:s['’]approvisionn\w+|se fourni(?:t|ssent|ssait|ssaient|ra|ront|rait|raient|r)|s['’](?:est|étaient|était|sont) (?:approvisionn|fourni)\w*|import(?:é|ait|aient)|(?<!\bla )(?<!\bune )(?<!\bsa )(?<!\bcette )(?<!\bleur )(?<!\bgrosse )(?<!\bnouvelle )(?<!\bpremière )(?<!\bdernière )commande|importe|importer|importera)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.8},
        # an order placed is a supply contract whose deliveries come later: announced unless a cue says they run
        {"re": r"\b(?:commandé|commander|commandera|commanderont|commanderait|commanderaient|commandait|commandaient|commanda|commandèrent|commandent)\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        # entrusting to a clitic in a subject relative: "Y, qui lui a confié ce service" (Y is the customer, the clitic the clause subject)
        {"re": r"(?:(?<=\blui )|(?<=\bleur ))(?:a |ont |avait |avaient )?(?:confié|attribué|confie|confient|confiera|confieront|attribue|attribuera)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # the buyer's verb in every tense a news story uses, the conditional of a report included
        # ("acquisterebbe", "achèterait", "compraría": a rumoured purchase)
        {"re": r"\b(?:achète|acheté|acheter|achètera|achèteront|achèterait|achèteraient|achetait|achetaient|achètent|achetant|acheta|achetèrent|reçoit|reçoivent|reçu|recevra|recevront|recevrait|recevraient|recevait|recevaient|obtient|obtiendra|achetons|achèterons|achetions|recevons|recevrons|recevions|achats|(?<=\bnous nous )(?:fournissons|fournirons|approvisionnons|approvisionnerons))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75, "needs_product": True},
        # choosing a company for a product: "X chose Y for its cells" (Y supplies X)
        {"re": r"\b(?:choisi(?:t|ssent)?|(?:a|ont) choisi|retenu|sélectionn(?:e|ent|é))\b", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.6, "needs_product": True, "product_after": True},
        # talks with a partner whose purpose names the deal: "X est en discussions avec Y pour racheter Z", "X dément toute négociation avec Y sur une prise de participation" (frames/talks.py)
        {"re": r"\b(?:négociations?|discussions?|pourparlers|tractations|contacts?|en contact|échanges|dialogue|négoci(?:e|es|ent|ons|ez|ait|ais|aient|ions|iez|er|é|ée|és|ant|era|eront|erait|eraient)|discut(?:e|es|ent|ons|ez|ait|ais|aient|ions|iez|er|é|ée|és|ant|era|eront|erait|eraient))(?:\s+(?:préliminaires|exclusives|avancées|formelles|informelles|approfondies|serrées|confidentielles))?\s+(?=avec\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- supply: talks with an adverb before the partner ---------------------------------
        # "Korvan négociait aussi avec Y", "discute également avec Y": the same talks frame, the adverb skipped
        {"re": r"\b(?:négociations?|discussions?|pourparlers|contacts?|négoci(?:e|es|ent|ons|ez|ait|ais|aient|ions|iez|er|é|ée|és|ant|era|eront|erait|eraient)|discut(?:e|es|ent|ons|ez|ait|ais|aient|ions|iez|er|é|ée|és|ant|era|eront|erait|eraient))\s+(?:aussi|également|déjà|encore|notamment|désormais|actuellement)\s+(?=avec\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # talks with a partner about a product: "verhandelt mit CATL über Zellen" (direction from tiers)
        # the noun of supplying a customer: its "of" complement is the customer ("l'approvisionnement de X")
        {"re": r"\bapprovisionnement\b(?= (?:de|du|des|d['’])\s*(?-i:[A-ZÀ-Ý]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "nominal": True, "customer_of": True},
        {"re": r"\bsur\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "nominal": True, "talks": True, "needs_product": True},
        # emboutir des pièces pour un client, c'est les fabriquer : "emboutit des panneaux de carrosserie pour Y"
        {"re": r"\b(?:emboutit|emboutissent|emboutira|emboutiront|emboutissait|emboutissaient)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # making goods for a named customer: "fabrica componentes para Audi" (only with a recipient)
        # after a determiner "fabrique" is the noun (a works), "produit(s)" the noun (products): no verb of making ("une fabrique de cellules", "les produits de Y")
        {"re": r"\b(?:fabriqu(?:ons|ions|ez|iez|ée|erons|erait|eraient|ais)|produis(?:ons|ions|ez|iez|ais)|produir(?:ons|ait|aient)|assembl(?:ons|ions|ez|ais|erons|erait|eraient|é|ée|és|ées)|(?<!\bune )(?<!\bcette )(?<!\bsa )(?<!\bnotre )(?<!\bleur )(?<!\bnouvelle )(?<!\bancienne )(?<!\bde la )(?<!\bà la )fabrique|fabriqu(?:ent|era|eront|é|és|ées|ait|aient)|(?<!\bun )(?<!\bce )(?<!\bdu )(?<!\bau )(?<!\bson )(?<!\bnotre )(?<!\bleur )(?<!\bnouveau )(?<!\bpremier )(?<!\bchaque )produit|(?<!\bles )(?<!\bdes )(?<!\bses )(?<!\bnos )(?<!\bleurs )(?<!\bces )(?<!\baux )(?<!\bnouveaux )(?<!\bpremiers )produits|produi(?:sent|ra|ront|tes|sait|saient)|assembl(?:e|ent|era|eront|ait|aient))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # the infinitive of making goods for a customer, after a contract or a plan: "a contract to make cells for Y",
        # "un contrat pour fabriquer des cellules pour Y" (a product must be named: "to make room for Y" is none)
        {"re": r"\b(?:fabriquer|produire|assembler)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True, "needs_product": True},
        # a contractor's work for a named client, as "trabaja para" (es): "Kestrel travaille pour Brixo depuis 2019"
        # (only with a recipient)
        {"re": r"\btravaill(?:e|ent|ait|aient|é|era|eront)(?: (?:presque|surtout|principalement|essentiellement|exclusivement|uniquement|seulement|déjà|aussi|également|encore)){0,2} (?=pour\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # using goods of a maker, as "monta freni Halvion" (it), "monta baterías de Fendrow" (es), "verbaut Zellen von"
        # (de): "X monte des freins Y", "intègre des puces de Y", "utilise dans son usine des cellules de Y" (the maker supplies)
        {"re": r"\b(?:utilis(?:e|ent|era|eront|ait|aient)|emploi(?:e|ent|era|eront)|mont(?:e|ent|era|eront|ait|aient)|intègr(?:e|ent)|intégr(?:ait|aient|era|eront)|embarqu(?:e|ent|era|eront|ait|aient))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "maker_only": True},
        # equipping a company, the company as the object: "Kestrel équipe Brixo depuis 2019", "nous équipons depuis
        # plusieurs années Brixo et Delvo" (not the noun "l'équipe")
        {"re": r"(?<!\bl['’])(?<!\bune )(?<!\bson )(?<!\bsa )(?<!\bleur )(?<!\bcette )(?<!\bla )(?<!\bnotre )(?<!\bvotre )\béquip(?:e|ent|ait|aient|era|eront|ons|erons|ions)\b(?= (?:(?:déjà|aussi|également|notamment|désormais|encore|depuis (?:[\w'’-]+ ){1,3}?)\s*)?(?-i:[A-ZÉ]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65},
        # goods in a maker's vehicles, as in German (frames/supply.py read_goods_in): "les cellules de Kestrel
        # équipent les bus de Brixo", "sont montées dans les voitures de Brixo" (the goods' maker, named with "de", supplies)
        # a customer's vehicle run on a supplier's goods: "le camion de Brixo est propulsé par des piles de Kestrel" (frames/powered_by.py)
        {"re": r"\b(?:propulsée?s?|alimentée?s?|animée?s?|motorisée?s?|mue?s?) par\b", "type": "supplies", "frame": "POWERED_BY", "status": "active", "conf": 0.65},
        {"re": r"\b(?:équip(?:ent|aient|eront|ent déjà)|(?:sont|étaient|seront) (?:montée?s|installée?s|utilisée?s|intégrée?s)|(?:se )?retrouv(?:ent|aient|eront)|finiss(?:ent|aient)|vont)\b(?: (?-i:[a-zéè])[\w-]*){0,3}? (?:(?:(?:dans|sur|à bord) (?:les|des|de)|les|des) (?:(?:(?-i:[a-zéè])[\w-]*)\s+){0,2}?(?:véhicules|voitures|modèles|fourgons|fourgonnettes|utilitaires|camions|bus|autobus|cars|trains|rames|flottes|plateformes)|(?:(?:dans|sur) (?:le|la)|à bord du|le|la) (?:(?:(?-i:[a-zéè])[\w-]*)\s+){0,2}?(?:véhicule|voiture|modèle|fourgon|fourgonnette|utilitaire|camion|bus|autobus|train|plateforme)) (?:de|du|des|d['’])", "type": "supplies", "frame": "GOODS_IN", "status": "active", "conf": 0.65},
        # making a customer's own goods: "X fabrique les batteries de Y", "X assemble les utilitaires de Y"
        {"re": r"\b(?:fabriqu(?:e|ent|era|eront)|produi(?:t|sent|ra|ront)|assembl(?:e|ent|era|eront))\b(?= (?:les|la|le|l['’]|des) [^,;:]{1,40}? (?:de|du|d['’]) ?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "makes_goods_of": True},
        # reliance with a product named: "X relies on Y for cells" (Y supplies X)
        # relying on a supplier in every tense, the infinitive after a modal or periphrasis included ("pourrait compter sur Y", "continuera de miser sur Y")
        {"re": r"(?:\b(?:fai[ts]|font|fera|feront) appel (?:à|au|aux)|\bs['’]appui(?:e|ent|era|eront|erait|eraient) sur|\bs['’]appuy(?:er|ait|aient) sur|\bse (?:tourne|tournent|tournera|tourner) vers|\bs['’](?:est|était) tournée?s? vers|\bs['’]être tournée?s? vers|\bse sont tournée?s? vers|\bcompt(?:e|ent|er|era|eront|ait|aient|erait|eraient|ons|erons) sur|\bmis(?:e|ent|er|era|eront|ait|aient|ons|erons) sur|\bnous appuyons sur|\bfaisons appel (?:à|au|aux)|\bdépend(?:ent|ra|ront|ait|aient)? de)(?!\w)", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.65, "needs_product": True},
        # a partner named by its noun: "Brixo, partenaire d'Vostra,", "Brixo, partenaire historique de Vostra"
        {"re": r"\bpartenaire(?= (?:(?:historique|industriel|stratégique|technologique|commercial|de longue date|(?-i:[a-zé][\w-]*(?:ais|ois|ien|éen|ain|and|en)e?)) )?(?:de|du|d['’]))", "type": "partners_with", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65},
        # une source nommée comme un fournisseur : "a qualifié Y comme seconde source"
        {"re": r"(?<=\bcomme )(?:(?:sa|leur|la|une) )?(?:seconde|deuxième|troisième|nouvelle|autre|principale|unique) source\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        {"re": r"\bfournisseurs?\b|\bfournisseuse\b|\béquipementiers?\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # "Y, au capital duquel figurent A, B et C": the holders named after the verb
        {"re": r"(?<=duquel )(?:figurent|figure|figuraient|participent|participe|sont entrés|est entré)\b|(?<=laquelle )(?:figurent|figure|figuraient|participent|participe|sont entrés|est entré)\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # un acheteur des biens d'une société : "l'un des principaux acheteurs des packs de Kestrel"
        {"re": r"\bacheteu(?:r|rs|se|ses) (?:de|des|du|d['’]) ?(?:[\w-]+ ){0,2}?(?:cellules|batteries|packs|modules|puces|semi-conducteurs|plaquettes|acier|aluminium|lithium|nickel|cobalt|graphite|cathodes?|anodes?|hydroxyde|carbonate|minerai|concentré|production|produits|pièces|composants|moteurs|sièges|pneus)(?= (?:de|du|d['’]) ?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        {"re": r"\bclient(?:e|s|es)?\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        # a controlling or sole shareholder owns the company
        {"re": r"\bactionnaire (?:majoritaire|de contrôle|unique)\b|\bunique actionnaire\b", "type": "owns", "frame": "SUPPLIER_N", "status": "active", "conf": 0.75},
        {"re": r"\bactionnaires?\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # one named among a company's investors ("X figure parmi les investisseurs de Y", "Y compte X parmi ses
        # investisseurs"); "investisseurs" alone names no tie ("les investisseurs ont salué ...")
        {"re": r"(?<=\bparmi les )investisseurs\b(?= (?:de|d['’]|du)\b)|(?<=\bparmi ses )investisseurs\b|(?<=\bparmi leurs )investisseurs\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # the interviewee's investors, its first-person possessive before the noun ("Y reste l'un de nos
        # investisseurs", "notre investisseur historique Y"): the possessive names whose (entities/interview.py)
        {"re": r"(?<=\bnos )(?:(?:[\w-]+ )?)investisseurs\b|(?<=\bnotre )(?:(?:[\w-]+ )?)investisseur\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        {"re": r"(?<!\bs')(?<!\bs’)(?<!\bse )\b(?:fournissant|livrant|fourni(?:t|ssent|ra|ront|r|ssait|ssaient|e|es|s|ssons|rons)?|livr(?:e|ent|era|eront|erait|eraient|er|é|ée|és|ées|ait|aient|a|èrent|ons|erons)|approvisionn(?:e|ent|era|eront|er|é|ée|ait|ons|erons)|alimente(?:ra|nt)?|alimentons)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.85},
        # putting goods at a customer's disposal: "X mettra à la disposition de Y des cellules" (German "stellt Y ... bereit")
        {"re": r"\b(?:met|mettent|mettra|mettront|mettait|mettaient|mettre|mis|mise|mises)\s+à\s+(?:la\s+)?disposition\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        # deliveries said to come ("les premières livraisons sont prévues en 2027") are announced
        {"re": r"\b(?:livraisons?|fournitures?)\b(?=[^,;:.]{0,40}?\b(?:(?:sont|est) (?:prévue?s?|attendue?s?|programmée?s?)|débuteront|commenceront|démarreront|interviendront)\b)", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.8, "nominal": True},
        {"re": r"\b(?:livraisons?|fournitures?)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8, "nominal": True},
        # a purpose clause with a dative clitic: "X a signé avec Y pour qu'il lui fournisse des cellules" (Y supplies X)
        {"re": r"\b(?:pour|afin) qu['’](?:il|elle|ils|elles) (?:lui|leur) (?:fourniss|livr|approvisionn|vend)\w*", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.75, "purpose_clitic": True},
        # supplying in the subjunctive: "l'accord prévoit que Kestrel fournisse des cellules à Brixo"
        {"re": r"\b(?:fournisse(?:nt)?|approvisionne(?:nt)?)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        # shipping goods: "Kestrel expédiera 10 000 tonnes de lithium à Brixo"
        {"re": r"\bexpédi(?:e|ent|er|era|eront|erait|eraient|ait|aient|é|ée|és|ées)\b|\bexport(?:e|ent|er|era|eront|erait|eraient|ait|aient)\b|\benvoi(?:e|ent)\b|\benverr(?:a|ont|ait|aient)\b|\benvoy(?:er|ait|aient)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "needs_product": True, "product_object": True},
        # "X, dont les faisceaux équipent Y": the goods of the relative's antecedent equip the customer
        {"re": r"\bdont (?:les|le|la|l['’]|ses) (?:[\w'’-]+ ){0,3}?(?:équip(?:e|ent|aient|era|eront)|aliment(?:e|ent|aient)|motoris(?:e|ent|aient))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        # fitting out a customer's vehicles: "X équipera les modèles de Y", "les cellules de X équiperont les voitures de Y"
        # (ord16: not the noun of "faire équipe", a partnership: "X fait équipe avec Y pour les bornes")
        {"re": r"(?<!\bfait )(?<!\bfont )(?<!\bfera )(?<!\bferont )(?<!\bfaisait )(?<!\bfaire )(?<!\bfaisaient )\b(?:équip(?:e|ent|era|eront|ait|aient|er)|dot(?:e|ent|era|eront)|motoris(?:e|ent|era|eront|ait|aient)|alimenter(?:a|ont))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "goods_owner": True},
        {"re": r"(?<!\bfait )(?<!\bfont )(?<!\bfera )(?<!\bferont )(?<!\bfaisait )(?<!\bfaire )(?<!\bfaisaient )\b(?:équip(?:e|ent|era|eront|er|é|ée)|vend(?:ra|ront|rait|raient|ait|aient|ent|u|us|ues|ons|rons|ions)?)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        # taking a company over: "reprendre Y" (a plant or an activity taken over is no company: see ACQ)
        # the passive of absorbing, done: "Y a été absorbée par X" (before the plain verb, whose "absorbé" it holds)
        {"re": r"\b(?:a|ont|avait|avaient) été absorbée?s?(?= par\b)", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.8},
        {"re": r"\b(?:rachète|rachetée?s?|racheter|rachètera|rachats? (?:de|du|des|d')|acquiert|acquise?s?|acquérir|acquerra|acquisitions? (?:de|du|des|d')|(?:re)?prend(?:ra)? le contrôle(?: total| exclusif| intégral)?(?: en (?:19|20)\d\d)? (?:de|du|d')|(?:re)?pris le contrôle(?: total| exclusif| intégral)?(?: en (?:19|20)\d\d)? (?:de|du|d')|prise de contrôle (?:de|du|d')|reprend|reprennent|reprendre|reprendra|reprise (?:de|du|d')|reprise?s?|absorbe|absorbée?s?|met la main sur|mis la main sur|s'empare (?:de|du|d')|achète|achetée?s?|acheter|achètera|(?:OPA|offre publique d'achat|offre) (?:amicale |hostile )?sur|(?:rachat|acquisition|reprise|prise de contrôle)(?= par\b))\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.85},
        # choosing a partner: "X a choisi Y comme partenaire technologique" (the chooser and the chosen)
        {"re": r"\b(?:choisi|choisit|choisissent|sélectionné|sélectionne|retenu|retient)\b(?= (?:le |la |l['’])?(?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? comme (?:[\w-]+ )?(?:partenaire|allié)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        {"re": r"\b(?:s'allie\w*|allié|alliés|collabor(?:e|ent|era|eront|er)|coop[éè]r(?:e|ent|era|eront|er)|travaill(?:e|ent|era|eront|ons|erons)(?: main dans la main| ensemble)?|collaborons|coopérons|s'associe\w*|associé|s'unissent|unissent leurs forces)(?= avec)|\b(?:s'allie(?:nt|ra|ront)?|s'associe(?:nt|ra|ront)?|s'est (?:allié|associé)e?s?|se sont (?:alliés|associés)|s'unit|s'unissent) (?:à|au|aux)\b|\b(?:partenariat|alliance|collaboration|coopération|accord-cadre|protocole d'accord|mémorandum d'entente|lettre d'intention|rapprochement)s?\b|\blaboratoire commun\b|\b(?:développement|recherche) conjointe?\b|\bco-?développement\b", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # making goods together with a partner, a time between: "X fabrique depuis 2024 avec l'espagnol Y",
        # "X assemble conjointement avec Y" (the partner's name a word or two on: not "avec des cellules de Y")
        {"re": r"\b(?:fabriqu(?:e|ent|era|eront|ait|aient)|produi(?:t|sent|ra|ront|sait|saient)|assembl(?:e|ent|era|eront|ait|aient))\b(?= (?:(?:déjà|aussi|depuis (?:(?:19|20)\d\d|\w+ (?:ans|mois)|l'an dernier|l'année dernière)) )*(?:conjointement |en commun |main dans la main )?avec (?:(?:le|la|les) |l['’])?(?:(?-i:[a-zéèêàç])[\w-]*(?<!\bde)(?<!\bdes)(?<!\bdu) ){0,2}(?-i:[A-ZÉÈ]))", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # "les deux groupes travaillent ensemble", "A et B développent conjointement": a pair as subject
        {"re": r"\b(?:travaill|collabor|coopér|développ)\w* (?:déjà )?(?:ensemble|conjointement)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        # "X développe avec Y une plateforme": developing with a partner
        {"re": r"\b(?:co-?)?développ(?:e|ent|era|eront|ait|aient)\b(?= (?:(?:aussi|également|déjà|conjointement) )?avec (?:(?:le|la|l['’]) ?)?(?-i:[A-ZÀ-Ý]))", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # "X fait équipe avec Y"
        {"re": r"\b(?:fai(?:t|sait)|font|faisaient|fera|feront|a fait|ont fait) équipe(?= avec)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # "A et B construisent ensemble une usine": a plant built or run together is a joint venture
        {"re": r"\b(?:construi|bâti|bâtiss|exploit|érig)\w* (?:déjà )?(?:ensemble|conjointement)\b(?= (?:[\w'’-]+ ){0,3}?(?:usine|gigafactory|giga-usine|raffinerie|mine|site)s?\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        {"re": r"\b(?:construi|produi|produis|fabriqu)\w* (?:déjà )?(?:ensemble|conjointement)\b(?! (?:[\w'’-]+ ){0,3}?(?:usine|gigafactory|giga-usine|raffinerie|mine|site)s?\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65, "strict": True},
        # a pair that cooperates, no "avec" ("A et B vont coopérer sur ...")
        {"re": r"\b(?:coop[éè]r|collabor)(?:e|ent|era|eront|er)\b(?! avec\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.65, "strict": True},
        {"re": r"\b(?:accords?|ententes?)\b(?! (?:de|pour la) (?:cession|vente|rachat|reprise|acquisition)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.55, "strict": True, "bare": True},
        # the conditional of report: "X fournirait des cellules à Y, selon ..." (the status reads the mood as rumoured)
        {"re": r"\b(?:fournir|livrer|approvisionner)ai(?:t|ent)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        {"re": r"\b(?:acquerr|reprendr|absorber)ai(?:t|ent)\b|\bs['’]emparerai(?:t|ent)\b(?= (?:de|du|d['’]))", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.8},
        # a company integrated after its purchase: "X a achevé l'intégration de Y", "depuis l'intégration de Y, X ..."
        {"re": r"\b(?:(?:a|ont|avait|avaient) (?:achevé|finalisé|terminé|bouclé|mené à bien)|achève|finalise|après|depuis) l['’]intégration (?:de|du|d['’])(?=\s*(?:groupe |société )?(?-i:[A-ZÀ-Ý])|(?<=['’])(?-i:[A-ZÀ-Ý]))", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.75},
        # the reflexive in compound tenses and the future: "X s'est emparé de Y", "X s'emparera de Y"
        {"re": r"\bs['’](?:est|était) emparée?s? (?:de|du|d['’])|\bse sont emparée?s? (?:de|du|d['’])", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.85},
        {"re": r"\bs['’]empar(?:era|eront|ent|er) (?:de|du|d['’])", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.85},
        # une approche en vue d'un rachat: "X aurait approché Y en vue d'un rachat", "X a sondé Y sur une éventuelle fusion"
        {"re": r"\b(?:approch(?:é|ée|er|e|ent|erait|ait)|sond(?:é|ée|er|e|ent|ait))\b(?= (?:le |la |les |l['’])?(?:(?!(?:et|mais|tandis)\b)[\w&.'’-]+,? ){0,9}?(?:en vue d['’]une?|pour une?|au sujet d['’]une?|sur une?|à propos d['’]une?) (?:éventuel(?:le)? |possible |)(?:rachat|acquisition|rapprochement|fusion|OPA|offre|prise de contrôle)\b)", "type": "acquires", "frame": "ACQ", "status": "in_talks", "conf": 0.7},
        # taking control with a time between verb and object: "X avait pris en 2021 le contrôle de Y"
        {"re": r"\b(?:pris|repris)\b(?= (?:(?:en|dès|fin|début) (?:19|20)\d\d|déjà|finalement|ainsi) le contrôle (?:total |exclusif |intégral )?(?:de|du|d['’]))", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.8},
        # a standing owner in a phrase: "Y, dans le giron de X depuis 2019", "Y, aux mains de X", "Y, sous la coupe de X"
        {"re": r"\bdans(?:(?<=, dans)|(?<=est dans)|(?<=sont dans)|(?<=était dans)|(?<=étaient dans)|(?<=reste dans)|(?<=restent dans)|(?<=demeure dans)|(?<=désormais dans)|(?<=toujours dans)|(?<=déjà dans)) (?:le giron|l['’]escarcelle) (?:de|du|d['’])|\baux(?:(?<=, aux)|(?<=est aux)|(?<=sont aux)|(?<=était aux)|(?<=étaient aux)|(?<=reste aux)|(?<=restent aux)|(?<=demeure aux)|(?<=désormais aux)|(?<=toujours aux)|(?<=déjà aux)) mains (?:de|du|d['’])|\bsous(?:(?<=, sous)|(?<=est sous)|(?<=sont sous)|(?<=était sous)|(?<=étaient sous)|(?<=reste sous)|(?<=restent sous)|(?<=demeure sous)|(?<=désormais sous)|(?<=toujours sous)|(?<=déjà sous)) la coupe (?:de|du|d['’])", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        # falling to an owner: "Y est tombé dans l'escarcelle de X", "Y tombe dans le giron de X"
        {"re": r"\btomb(?:e|ent|era|eront|é|ée|és|ées) (?:dans l['’]escarcelle|dans le giron|aux mains|dans les mains|sous le contrôle) (?:de|du|d['’])", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.75},
        # setting up a named venture with a partner: "X a créé Y avec Z" (X and Z are its parents)
        {"re": r"\b(?:créé|fondé|constitué)e?s?\b(?= (?-i:[A-Z])[\w&.'’-]*(?: (?-i:[A-Z])[\w&.'’-]*){0,3},? avec\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
        # or an unnamed one: "X a créé avec Y une société à 50-50", "X a fondé avec Y une société commune"
        {"re": r"\b(?:crée|créent|créé|fondé|constitué|constituent|constitue)e?s?\b(?= avec [^,;:()]{1,40}? une (?:nouvelle )?(?:société|entreprise|structure|filiale)(?: \w+)? (?:à 50 ?%|à 50-50|à parts égales|paritaire|détenue à parts égales)(?!\w))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.8},
        # a venture named by its split: "A et B lancent une société à 50-50", "une société détenue à parts égales"
        {"re": r"\b(?:société|entreprise|structure)(?: détenue)? (?:à 50 ?%|à 50-50|à parts égales|paritaire)(?!\w)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
        # the group named in brackets after its unit: "Brixo (groupe Corvalis)"
        {"re": r"\((?:du )?groupe (?=(?-i:[A-ZÀ-Ý]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7},
        # joining a group: "Y a intégré le groupe X", "Y rejoint le groupe X", "Y est passée sous pavillon X"
        {"re": r"\b(?:a|ont|avait|avaient) (?:intégré|rejoint) le groupe\b(?= (?-i:[A-ZÀ-Ý]))|\bpass(?:é|ée|és|ées) sous (?:le )?pavillon\b(?= (?-i:[A-ZÀ-Ý]))", "type": "acquires", "frame": "OWN_PR", "status": "active", "conf": 0.7, "unmarked_child": True},
        {"re": r"\b(?:intègre|intègrent|intégrera|intégreront|rejoint|rejoignent|rejoindra|rejoindront) le groupe\b(?= (?-i:[A-ZÀ-Ý]))|\bpass(?:e|ent|era|eront) sous (?:le )?pavillon\b(?= (?-i:[A-ZÀ-Ý]))", "type": "acquires", "frame": "OWN_PR", "status": "announced", "conf": 0.7, "unmarked_child": True},
        # a subcontractor is a supplier: "Y, sous-traitant de X", "Y travaille comme sous-traitant pour X"
        {"re": r"\bsous-traitants?\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # being in a company's capital: "X est au capital de Y depuis 2021", "X, présent au capital de Y"
        # (and sitting or figuring there: "X figure aussi au capital de Y", "X siège au capital de Y depuis 2021")
        {"re": r"\b(?:est|sont|était|étaient|reste|restent|demeure|demeurent|présente?s?|figure|figurent|figurait|figuraient|siège|siègent|siégeait|siégeaient) (?:déjà |toujours |encore |aussi |également )?(?:présente?s? )?au capital (?:de|du|d['’])", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        # leaving a company's capital: "X est sorti du capital de Y", "X sortira du capital de Y"
        {"re": r"\bsorti(?:e|s|es|ra|ront|r)? (?:complètement |définitivement )?du capital (?:de|du|d['’])", "type": "invests_in", "frame": "INV", "status": "ended", "conf": 0.75},
        # "X s'est désengagé de Y", "se désengage du capital de Y": a stake given up
        {"re": r"\b(?:se désengag(?:e|ent|era|eront|er)|s['’](?:est|était) désengagée?s?|désengagement) (?:complètement |totalement |définitivement )?(?:du capital )?(?:de|du|d['’])", "type": "invests_in", "frame": "INV", "status": "ended", "conf": 0.75},
        # takeover idioms: "X s'offre Y", "X va mettre la main sur Y", "X fait main basse sur Y" (the past: done)
        {"re": r"\bs['’](?:est|était) offerte?\b|\bse sont offerts?\b|\b(?:a|ont|avait|avaient) fait main basse sur\b", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.8},
        {"re": r"\bs['’]offr(?:e|ent|ira|iront|irait|iraient)\b(?= (?:(?:le|la|les|l['’]) ?)?(?:(?:groupe|société|fabricant|constructeur|équipementier|spécialiste|start-up|firme|entreprise|américain|allemand|chinois|italien|espagnol|japonais|coréen|britannique|suédois|français|belge|suisse|néerlandais)e?s? )*(?-i:[A-ZÀ-Ý])| \d)|\bmettr(?:e|a|ont|ait|aient) la main sur\b|\b(?:fait|font|fera|feront|ferait|faire) main basse sur\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.8},
        # a partnership verb in a relative of "with": "Brixo, avec laquelle il collabore depuis 2021" (the main subject works with Brixo)
        {"re": r"\b(?:collabor(?:e|ent|ait|aient)|coopèr(?:e|ent)|coopér(?:ait|aient)|travaill(?:e|ent|ait|aient))\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
        # a pair joined by a reciprocal verb, no "avec": "X et Y s'allient pour ...", "X et Y unissent leurs forces",
        # "X et Y s'associent pour ...", "se sont associés", "vont s'associer" (not "s'associent à Z": another trigger's)
        {"re": r"\bs['’](?:allient|allieront)\b(?! avec\b)|\bunissent leurs forces\b(?! avec\b)"
               r"|\b(?:s['’](?:associent|associeront|associer)|se sont (?:associé|allié)e?s)\b(?! (?:avec|à|au|aux)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
    ],
    "status": {
        "rumoured": IMPERSONAL_REPORT["fr"] + r"|\barticles? de (?:la )?presse\b|\b(?:la|plusieurs titres de la) presse (?:\w+ )?(?:a|avait|ont|avaient) (?:rapporté|affirmé|écrit|indiqué|révélé)\b|\bselon (?:des |plusieurs |nos )?(?:sources?|informations|médias|la presse|le journal|le quotidien|le magazine|l'agence|(?-i:[A-Z]))|\bd['’]après (?:des |plusieurs )?(?:sources?|informations|médias|la presse|le journal|le quotidien|le magazine|l'agence|(?-i:[A-Z]))|\bsources? (?:proches|bien informées|citées|anonymes|concordantes|internes)\b|\bproches? du dossier\b|\brumeurs?\b|\bspéculations?\b|\b(?:aurai(?:t|ent)|serai(?:t|ent)|fournirai(?:t|ent)|livrerai(?:t|ent)|rachèterai(?:t|ent)|négocierai(?:t|ent)|envisagerai(?:t|ent)|s'apprêterai(?:t|ent)|discuterai(?:t|ent))\b|\bpersonnes (?:au fait|proches|familières)\b|\bà en croire\b|\bindiscrétions?\b|\bde sources? (?:proches?|bien informées?|syndicales?|concordantes?|internes?)\b|\bselon (?:certaines|certains|diverses|divers|deux|trois|d['’]autres) (?:\w+ )?(?:médias|sources|journaux|informations)\b|\bdans l['’]entourage\b|\bil se murmure\b|\bsupposé(?:e|s|es)?\b|\bprésumé(?:e|s|es)?\b|\bdit-on\b",
        "in_talks": r"\bcourtis(?:e|ent|ait|aient)\b|\ben (?:\w+ )?(?:discussions?|négociations?|pourparlers)\b|\bnégoci(?:e|ent|ait|aient|ation|ations|er)\b|\bdiscut(?:e|ent|er|ait|aient)\b|\bpourparlers\b|\bdiscussions (?:avec|avancées|exclusives)\b|\benvisag(?:e|ent)\b|\bétudi(?:e|ent) (?:un|une|la|le)\b|\btractations?\b|\bétudi(?:e|ent) la possibilité\b|\bexplor(?:e|ent|ait)\b|\bsond(?:e|ent|ait)\b|\bpistes? (?:d['’]un|d['’]une)\b|\b(?:discussions|négociations|pourparlers|échanges) (?:sont|étaient|seraient|restent|demeurent) (?:toujours |encore |déjà |actuellement )?en cours\b",
        "denied": r"\bn['’](?:a|avait|ont|avaient|avoir) reçu aucune (?:\w+ )?(?:offre|proposition|approche)\b|\bne (?:sommes|sont|est|suis) pas en (?:\w+ )?(?:discussions?|négociations?|pourparlers)\b|\binexacte?s?\b|\baucun (?:\w+ )?intérêt\b|\bpas à vendre\b|\bpas (?:sur la table|à l['’]ordre du jour|d['’]actualité)\b|\bdément(?:i|ent|ait)?\b|\bdémenti\w*|\bnie\b|\bnié\b|\bnient\b|\bdénuée?s? de (?:tout )?fondement|\bsans fondement\b|\binfondée?s?\b|\bfausses?\b|\bexclu(?:t|e|s)?\b|\bécart(?:e|é)\b|\brejet(?:te|é|tent) (?:les |ces )?(?:informations|rumeurs|spéculations)\b|\b(?:aucune?|pas de) (?:négociations?|discussions?|contacts?|pourparlers)\b",
        # (a deal given up: "a renoncé au rachat", "renonce à racheter")
        # (ord16: an order or contract cancelled: "a annulé une commande de 2 milliards", "le contrat a été annulé")
        "ended": r"\b(?:a|ont|avait|avaient) perdu (?:le |les |la |l['’]|son |sa |ses |leur |leurs )(?:[\w-]+ ){0,3}?(?:contrats?|commandes?|marchés?)\b|\b(?:a|ont|avait|avaient) quitté (?:le |la |l['’])(?:[\w-]+ )?(?:consortium|alliance|partenariat|coentreprise)\b|\bquitte (?:le |la |l['’])(?:[\w-]+ )?(?:consortium|alliance|partenariat|coentreprise)\b|\b(?:a|ont|avait|avaient) (?:cédé|vendu|revendu) (?:sa|leur|ses|leurs|toute sa|l['’]intégralité de sa) (?:participation|part|parts|actions)\b(?! (?:dans|au capital|de|du|d['’]))|\brenon(?:ce|cent|cé|cera|çait) (?:à|au|aux)\b|\b(?:a|ont|avait|avaient) mis fin\b|\b(?:a|ont|avait|avaient) pris fin\b(?! (?:19|20)\d\d)|\bpren(?:d|nent|dra) fin\b|\bmet(?:tent)? fin\b|\bmettre fin\b|\bmettra fin\b|\bfin (?:de|du|des|de la|de l['’]) ?(?:contrat|partenariat|accord|collaboration|livraisons?|fourniture|approvisionnement)\b|\brompu\b|\brompt\b|\brupture\b|\brésili\w+|\bne (?:[sl]['’])?\w+ plus\b|\bn['’]\w+ plus\b|\bterminé\b|" + _NOT_CESSE + r"\bcessé\b|\bdissou\w+|\bdissolution\b|\b(?:est|sont) sorti(?:e|s|es)? (?:de|du|des)\b" + OUT_OF_PLANT["fr"] + r"|\bancien (?:fournisseur|partenaire|actionnaire|propriétaire)\b|\b(?:ex-|autrefois (?:un |l['’])?|jadis (?:un |l['’])?)(?:fournisseur|partenaire|actionnaire|propriétaire|investisseur)\b|\bexpiré\b|\bn['’](?:a|ont|avait|avaient) pas (?:été )?renouvelé\w*|\bpas été (?:renouvelé|prolongé)e?s?\b|\barrivée? à (?:son )?(?:échéance|expiration|terme)\b|\bse retire\b|\bs'est retiré\b|\b(?:arrêt\w*|interromp\w*) (?:de |du |la |le |les |ses |leurs )?(?:contrat|partenariat|livraisons|collaboration|approvisionnement)\b|\bromp(?:ent|re|ra)\b|\béchoué\b|\bcapot(?:é|e|ent)\b|\bavorté\b|\bdénonc\w+ (?:(?:dès|en|fin|début) (?:19|20)\d\d )?(?:le|la|son|sa|ses|leur|leurs|l['’]) ?(?:contrat|accord|partenariat|commandes?)\b|\b(?:avait|avaient) été (?:le|la|les|son|sa|ses|leur|l['’]) ?(?:(?:principal|premier|plus gros|unique|historique) )?(?:actionnaires?|fournisseurs?|partenaires?|propriétaires?|maison mère)\b|\b(?:a|ont|avait) (?:bloqué|interdit|mis son veto à)(?: \w+){0,3} (?:la |le |l['’])?(?:cession|vente|rachat|acquisition|fusion|offre|opération|prise de contrôle)\b|\b(?:cession|vente|rachat|acquisition|fusion|offre|opération)\b(?: \w+){0,4} (?:a été|avait été|est) (?:bloqué|interdit)e?s?\b|\bannul(?:é|ée|és|ées|ait|aient|ation)\b(?= (?:[\w'’-]+ ){0,3}?(?:commandes?|contrats?|accords?|marchés?|livraisons?)\b)|\b(?:commandes?|contrats?|accords?|marchés?) (?:[\w'’-]+ ){0,3}?(?:a|ont) été annulée?s?\b",
        # (nor a negated stop: "ne cesse de livrer", "n'a jamais cessé de", "n'arrête pas de" say the tie goes on)
        "negation": r"\b(?:ne(?!\s+(?:cesse|cessent|cessera|cesseront)\s+(?:de|d['’]))|(?<!arrête )(?<!arrêtent )(?<!cesse )(?<!cessent )pas(?!\s+(?:seulement|uniquement|moins)\b|" + _STOPPED + r")"
                    r"|jamais(?!" + _STOPPED + r")|aucun|aucune)\b|\bn['’](?!(?:a|ont|avait|avaient)(?:\s+(?:jamais|pas))?" + _STOPPED + r"|arrête(?:nt)?\s+pas\s+(?:de|d['’]))",
        # a deal that takes effect later: "entrera en vigueur en 2027", "entrerà in vigore con l'avvio della produzione"
        "future_start": r"\bdès (?:l['’]ouverture|la mise en service|le démarrage|l['’]entrée en service)\b|\bune fois (?:que )?(?:l['’]|la |le |les )?(?:[\w-]+ ){0,3}?(?:ouverte?s?|en service|opérationnelle?s?|achevée?s?|construite?s?|en production|mise?s? en service)\b|\blors de (?:la mise en service|l['’]ouverture|l['’]entrée en production)\b|\bquand (?:l['’]|la |le )(?:[\w-]+ ){0,3}?(?:ouvrira|sera (?:ouverte?|achevée?|opérationnelle?|en service))\b|\brecevr(?:a|ont) (?:ses|leurs|les) premi(?:er|ère)s\b|\bcommencer(?:a|ont) à recevoir\b|\bentrer(?:a|ont|ait|aient) en vigueur\b|\bprendr(?:a|ont|ait|aient) effet\b",
        # des livraisons qui commencent plus tard ("... ; les livraisons doivent commencer l'an prochain")
        "starts_later": r"\b(?:livraisons?|approvisionnements?|installation|mise en service)\b(?: [\w'’-]+){0,4}? (?:(?:doi(?:t|vent)|devr(?:ait|aient|a|ont)|vont|va) (?:\w+ )?(?:commencer|débuter|démarrer)|commencer(?:a|ont)|débuter(?:a|ont)|démarrer(?:a|ont)|(?:sont|est) (?:prévue?s?|attendue?s?) (?:à partir|dès|pour|en|d['’]ici))\b|\b(?:commencer(?:a|ont)|débuter(?:a|ont)|(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|vont|va) (?:commencer|débuter)) (?:à|a) (?:livrer|fournir|approvisionner)\b",
        # le nom d'un lien, puis une relative qui en date le début ("une collaboration qui a débuté en
        # 2022", "la coentreprise qu'il a formée en 2021", "l'alliance que nous formons depuis 2020")
        "started_after": r"\b(?:collaboration|coopération|partenariat|alliance|coentreprise|co-entreprise|joint-venture|société commune)s?\b[^;:.]{0,60}?(?:\bqui (?:a|avait) (?:débuté|commencé|démarré)|\bqu['’]?(?:e )?(?:\w+ ){0,3}?(?:a|ont|avait|avaient) (?:formée?s?|créée?s?|fondée?s?|constituée?s?|lancée?s?|nouée?s?) (?:en|dès|il y a)|\b(?:formée?|créée?|fondée?|constituée?|lancée?|nouée?) (?:il y a|dès)|\bque (?:\w+ ){0,3}?(?:form|men|entreten|développ)\w* depuis)\b|\b(?:coentreprise|co-entreprise|joint-venture|société commune)\b[^;:.]{0,30}?\bque (?:\w+ ){1,3}?(?:partage|partagent|détient|détiennent|exploite|exploitent)\b",
        # une filiale cédée ("a cédé sa filiale Y", "a finalisé la cession de sa filiale Y")
        "sold_unit": r"\b(?:a|ont|avait|avaient) (?:cédé|vendu|revendu)\s+$|\b(?:a|ont|avait|avaient) (?:finalisé|bouclé|conclu|réalisé|achevé) (?:la|sa) (?:cession|vente) (?:(?:à|au|aux) [^,;:()]{1,40}? )?(?:de|d['’])\s*$",
        # une proposition ouverte par "jusqu'en <année>" avec un imparfait ("Jusqu'en 2024, Y était détenue par X")
        "until_past": r"\W*(?:(?:et|mais) )?(?:jusqu['’](?:en|à fin|à la fin de|au début de|à la mi-) ?(?:19|20)\d\d)\b,?[^;:]{0,80}?\b(?:était|étaient|avait|avaient|détenait|détenaient|contrôlait|contrôlaient|possédait|possédaient|fournissait|fournissaient|appartenait|appartenaient)\b(?! (?:prévue?s?|censée?s?)\b)",
        # un verbe de commande comme déclencheur : commandé, donc annoncé (livré plus tard), comme "orders" en anglais (au présent ou au futur; un passé reste tel quel)
        "order_verb": r"(?:command(?:e|ent|era|eront))",
        "not_yet": r"\bpas encore\b|\bpas (?:\w+ )?avant\b",
        "contrast": r"\bmais plutôt\b|,\s+mais\s+(?:à|au|aux|de|avec)\b",
        # right before a trigger: the tie is named as absent ("sans créer de coentreprise")
        "absent": r"\b(?:sans|plutôt que|au lieu de|au lieu d['’])\s*(?:[\w-]+\s+|\w+['’]){0,4}$",
        # ("plus de" before a figure is "more than": "détient un peu plus de 20 % des titres")
        "cessation": r"\b(?:a|ont|avait|avaient|aura|auront) arrêté de\b|(?<!\bne )(?<!\bn['’])\b(?:arrête|cesse)(?:nt|ra|ront)? de\b|\bne (?:[sl]['’])?\w+ plus\b|\bn['’]\w+ plus\b|\bne \w+ \w+ plus\b|" + _NOT_CESSE + r"\bcessé\b|(?<!depuis )(?<!pendant )(?<!durant )\bplus (?:de|d')\b(?!\s*(?:\d|la moitié|un tiers|un quart|une? (?:an|année|mois|décennie|semaine)s?\b|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille) |\w+ (?:ans|années|mois|semaines)\b))",
        # a past verb of supplying or holding with 'jusqu'en' and a year: the tie ran until then ("a fourni ... jusqu'en 2022")
        # a tie with its last year, either order: "forniva ... fino al 2022", "fino al 2022 forniva"
        # "jusqu'ici" / "jusqu'alors" with an imperfect of supply or holding, or what a company was
        # until then: "Jusqu'ici, les onduleurs de Z étaient fournis par Y", "Y, jusqu'alors coentreprise de Z"
        "ended_so_far": r"(?:\bjusqu['’](?:ici|alors|à présent|à maintenant)\b|\bjusque-là\b)"
                        r",?[^;:.]{0,80}?\b(?:était|étaient|avait|avaient|fournissait|fournissaient|livrait|livraient|détenait|détenaient|contrôlait|contrôlaient|possédait|possédaient|achetait|achetaient|appartenait|appartenaient)\b",
        "ended_then_noun": r"(?:\bjusqu['’]alors\b|\bjusque-là\b),? (?:une? |la |sa |leur )?(?:coentreprise|filiale|fournisseur|partenaire|actionnaire)\b",
        # un lien durable au plus-que-parfait: "X avait fourni Y pendant dix ans", "Z, qui avait contrôlé Y
        # jusque-là" (pas un événement, "avait racheté Y", dont le résultat peut durer)
        "ended_pluperfect": r"\b(?:avait|avaient) (?:(?:longtemps|déjà|lui|leur|toujours) ){0,2}(?:fourni|approvisionné|contrôlé|détenu|possédé)\b",
        # a tie with how many years it ran, in the past: "a fourni Y pendant des années"
        "ended_for_years": r"\b(?:pendant|durant) (?:des|de (?:longues|nombreuses)|plusieurs|une dizaine d['’]) ?(?:années|décennies|ans)\b",
        # deliveries told with the year they start: "avec des livraisons à partir de 2027"
        "starts_later_year": r"\b(?:livraisons?|approvisionnements?)\b (?:(?:débutant|commençant|démarrant) (?:en |dès )?|à partir de |dès )(?:(?:début|fin|mi-?) )?20\d\d\b",
        "ended_more": rf"\b{_PAST_TIE}\b[^,;:]{{0,60}}?\b{_UNTIL_YEAR}\b|\b{_UNTIL_YEAR}\b[^,;:.]{{0,40}}?\b{_PAST_TIE}\b"
                      rf"|\b(?:{_PAST_TIE}|{_PAST_BUY})\b[^,;:]{{0,80}}?\b{_UNTIL_END}\b",
        "hedge": r"\b(?:pourrai(?:t|ent)|pourra|pourront|éventuellement|peut-être|possiblement)\b",
        # a wish or a hope of the subject ("we would like to supply Y"): no deal yet, at most talks
        "wish": r"\b(?:aimerions|aimerait|aimeraient|voudrions|voudrait|voudraient|voulons|veut|veulent|souhaitons|souhaite|souhaitent|souhaiterions|souhaiterait|espérons|espère|espèrent|rêvons|rêve)\b",
        "condition": r"\b(?:si|à condition que|au cas où|dans le cas où)\b",
        "unlikely": r"\bpas prévu\b|\bn'est pas prévu\b|\bpeu probable\b|\bimprobable\b|\baucun projet\b|\bn'envisage pas\b|\bpas en discussions?\b",
    },
    "local": {
        # the deal's nouns and "new" among the words of "announced": not a future for a verb in the present
        "deal_words": r"\b(?:accord|contrat|nouveau|nouvel|nouvelle)\b",
        # (a partnership verb in the present is a standing tie: "X collabore avec Y sur ...")
        "active": r"\b(?:(?:a|ont|avait|avaient) (?:ainsi |déjà |alors )?(?:pris|acquis|racheté|investi|injecté|souscrit|repris) en (?:19|20)\d\d|(?:née?s?|issue?s?) en (?:19|20)\d\d (?:de|du|d['’])|(?:a|ont|garde|gardent|conserve|conservent) (?:(?:déjà|encore|toujours|aujourd['’]hui) )?(?:une|la|sa|leur) participation|collabor(?:e|ent)|coopèr(?:e|ent)|travaill(?:e|ent)(?: (?:main dans la main|ensemble))?|(?:a|ont) (?:créé|fondé|constitué)(?: \w+)? en (?:19|20)\d\d|(?:créée?|fondée?|constituée?) en (?:19|20)\d\d|détient|possède|(?<!\ble )(?<!\bde )contrôle|exploite|exploitent|déjà|actuellement|depuis|existant|historique|principal|unique|a commencé|ont commencé|a débuté|continu(?:e|ent|era|eront|ait|aient)|(?:a|ont|avait|avaient) (?:déjà )?(?:créé|fondé|constitué)e?s?$|(?:a|ont|avait|avaient) (?:déjà )?mis la main sur$)\b",
        "announced": r"\b(?:créent|crée|forment|(?<!\bla )(?<!\bune )forme|lancent|lance|fondent|fonde|constituent|constitue|s'associent|va|vont|signé|signe|conclu|accord|contrat|annonc\w+|prévoit|prévu|à partir de" + NOT_MADE_FROM["fr"] + r"|dès 20\d\d|nouveau|nouvel|nouvelle|s'engage|s['’](?:est|sont) engagée?s? à|(?:a|ont) (?:accepté|convenu) de|(?:a|ont) (?:choisi|retenu|sélectionné)|pour(?! (?:sa|leur|ma|notre|votre) part\b| l['’]instant\b| le moment\b| l['’]heure\b)|devra|devrait|afin de|(?-i:[a-zàâçéèêëîïôûù]+)(?:era|ira|ra|eront|iront|ront)|doit|doivent)\b",
    },
    # ("a conclu un accord pour le racheter", "l'accord conclu avec Y": an agreement concluded, the deal still to come)
    "completed": r"\b(?:finalisé|finalise|bouclé|boucle|achevé|achève|(?<!\baccord )(?<!\baccords )(?<!\bcontrat )(?<!\bcontrats )(?<!\bprotocole )(?<!\bpacte )conclu(?!e?s? (?:[\w'’]+ ){0,3}?(?:un|une|des|deux|trois|plusieurs) (?:[\w'’-]+ )?(?:accords?|contrats?|protocoles?|pactes?)\b)|clôturé)e?s?\b|\bfinalisation\b|\bréalisé(?:e)? (?:le|la|l['’]) ?(?:rachat|acquisition|cession|opération)\b",
    # (the rumours a statement ends, or that came before it: "Après plusieurs semaines de rumeurs, X a confirmé ...")
    "unhedge": r"\b(?:met|mettant|mis) (?:ainsi )?fin (?:aux|à) (?:\w+\s+){0,2}(?:spéculations|rumeurs)\b"
               r"|\baprès (?:\w+\s+){0,2}(?:jours|semaines|mois|années) de (?:\w+\s+){0,2}(?:rumeurs|spéculations|indiscrétions)\b",
    "stake": r"\b(?:participation|parts?\b|actions|minoritaire|capital|pour ?cent|tiers|quart|moitié|cinquième)|%",
    "majority": r"\b(?:majoritaire|majorité|contrôle|totalité|intégralité|reste|solde|deux tiers|trois quarts)\b|\b100 ?(?:%|pour ?cent)",
    "anaphora": r"\b(?:l['’]accord|le contrat|l['’]information|ces informations|cette information|le partenariat|la co-?entreprise|l['’]opération|le rachat|la transaction|ces rumeurs|l['’]alliance|la collaboration|la commande)\b",
    "facility": {
        "nouns": r"\bgiga-?factor(?:y|ies)\b|\bgiga-?usines?\b|\busines?\b|\bmanufactures?\b|\bsites? (?:de production|industriels?|de fabrication|d['’]assemblage)\b|\bunités? de production\b|\blignes? de production\b|\braffinerie\b",
        "weak_nouns": r"\bsites?\b|\bcomplexe\b|\bpôle\b|\b(?:(?:nouvelle|première|deuxième|seconde|troisième) implantation|implantation industrielle)\b",
        "exclude": r"\bcentrales?\b|\bsite (?:web|internet)\b|\busine à gaz\b",
        "build": r"\bconstru\w+|\bbâti\w*|\bimplant\w+|\bouv\w+|\binvesti\w*|\bprodui\w+|\bfabri\w+|\bassembl\w+|\bédifi\w+",
        "status": {
            "under_construction": r"\ben (?:cours de )?construction\b|\ben chantier\b|\bpremière pierre\b|\btravaux (?:ont|ont commencé|ont débuté|en cours|de construction)\b|\best en train d['’]être construit\w*|\bconstruit actuellement\b|\bsort de terre\b",
            "active": r"\binaugur\w+|\ba ouvert\b|\bouvert[es]*\b|\bproduit (?:déjà|actuellement|des|les|depuis)\b|\bproduisent\b|\ben service\b|\ben activité\b|\ben fonctionnement\b|\bopérationnel\w*|\bdémarr\w+ (?:de )?(?:la )?production\b|\ba démarré\b|\bexistant\w*|\bemploie\b|\bsort(?:ent)? des chaînes\b|\bentrée en production\b",
            "ended": r"\bferm(?:e|er|era|é|ée|eture)\b|\barrêt de (?:la )?production\b|\bcessation d['’]activité\b|\bmise à l['’]arrêt\b|\bmettre à l['’]arrêt\b",
            "planned": r"\bprévoit\b|\benvisag\w+|\bprojet(?:s|te)?\b|\bcompte\b|\bpourrait\b|\bentend\b|\bsouhaite\b|\bambitionne\b|\bvise\b|\bétude de faisabilité\b|\bréfléchit\b|\bétudie\b",
            "announced": r"\bannonc\w+|\bdévoil\w+|\bconstruira\b|\bva construire\b|\bouvrira\b|\bva ouvrir\b|\bimplantera\b|\bva implanter\b|\bconfirm\w+|\bchoisi\w*|\bretenu\w*|\bsigné\b|\bapprouvé\b|\bfeu vert\b|\bproduira\b|\bverra le jour\b|\baura une capacité\b|\bsera construit\w*",
        },
    },
}

# (partners) fonder une société avec un partenaire est une coentreprise : "X a créé avec Y la société Z",
# "X fonde avec Y une nouvelle entreprise" (un nom ou un nom de société dans la même proposition)
LEXICON["triggers"][0:0] = [
    {"re": r"\b(?:fond(?:é|ée|és|ées|e|ent|a|èrent|era|eront)|cré(?:é|ée|és|ées|e|ent|a|èrent|era|eront)|constitu(?:é|ée|és|ées|e|ent|a|èrent|era|eront))(?!\w)(?=(?: [\w'’-]+){0,6}? (?:conjointement |ensemble )?avec (?:(?:le|la|les) |l['’])?(?:[\w'’-]+ ){0,2}?(?-i:[A-ZÉ]))(?=[^.;:,]{0,80}?\b(?:société|entreprise|start-?up|firme)\b| (?-i:[A-Z]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
]
# --- partnership family (par16): descriptor lists, shared plants ---------------------------------------
# "l'énergéticien X et les constructeurs Y et Z", "et les groupes allemands Y": a plural kind noun (and
# its adjectives) after the conjunction still joins the next company to the list
LEXICON["coord_np"] += r"|(?:et|ainsi que)\s+(?:les|des)\s+(?:constructeurs|groupes|fabricants|équipementiers|fournisseurs|sociétés|entreprises|géants|industriels|énergéticiens|chimistes|partenaires)(?:\s+(?-i:[a-zà-ü])[\w-]+){0,2}"
LEXICON["triggers"].extend([
    # "l'usine que A et B construisent à Dunkerque"
    {"re": r"\b(?:usine|gigafactory|giga-usine|raffinerie)(?: [^,;:()]{0,40}?)? qu(?:e |['’])(?=(?:le |la |l['’])?(?:[\w-]+ ){0,3}?(?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? et [^,;:()]{0,40}? (?:partagent|construisent|sont en train de construire|bâtissent|construiront|exploitent (?:ensemble|conjointement)|détiennent (?:ensemble|conjointement))\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75},
    # "l'usine de cathodes d'A et B", "la gigafactory de A et de B": one plant of a pair
    {"re": r"\b(?:l['’]|la |de l['’]|à l['’]|de la |à la )(?:future |nouvelle )?(?:usine|gigafactory|giga-usine|raffinerie)(?: de (?:batteries|cellules|cathodes|matériaux pour batteries))?(?= (?:de |d['’])(?-i:[A-ZÀ-Ý])[^,;:()]{0,40}? et (?:de |d['’]|du )?(?-i:[A-ZÀ-Ý]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.7},
    # "leur usine commune", "l'usine qu'ils construisent ensemble"
    {"re": r"\bleur (?:usine|gigafactory|raffinerie) (?:commune|conjointe)\b|\b(?:usine|gigafactory|raffinerie) qu['’]ils (?:construisent|exploitent|partagent|bâtissent) (?:ensemble|conjointement)\b", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
])
LEXICON["triggers"].extend([
    # "travaille depuis le début avec Y", "coopère depuis 2021 avec Y": a time between the verb of working
    # together and its "avec"
    {"re": r"\b(?:travaill|collabor|coop[éè]r)(?:e|ent|ons|ait|aient|era|eront)(?= (?:déjà |aussi |également )?depuis (?:le début|longtemps|(?:19|20)\d\d|\w+ (?:ans|mois|années)) avec\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# "un partenariat technique ... aucune société commune n'a été créée", "sans création de coentreprise":
# a venture noun denied right before it is no venture of a pair that another trigger ties (also read by
# the talks frame: a purpose denied is not the talks' purpose)
LEXICON["talks_purpose"]["negated"] = r"\b(?:aucune?|sans|ni|pas|jamais)\b(?:\s+[\w'’]+){0,3}\s*$"
# (put first: the partnership triggers of the same verb would otherwise take its words)
LEXICON["triggers"][0:0] = [
    # "A et B s'allient pour créer une société", "s'allient : naissance de Z": an alliance that founds a
    # company is a joint venture
    {"re": r"\bs['’](?:allient|associent|allieront)\b(?=[^.;]{0,12}?\b(?:naissance d|(?:pour|et) (?:créer|fonder|lancer|constituer) (?:une |la )?(?:nouvelle )?(?:société|entreprise|coentreprise|co-entreprise)))", "type": "joint_venture", "frame": "SYM", "status": "announced", "conf": 0.8},
]
# (put first: "avec" would otherwise be read as a partnership)
LEXICON["triggers"][0:0] = [
    # "X détient avec Y une usine", "exploite conjointement avec Y la raffinerie": a plant two companies own
    # or run together is their joint venture
    {"re": r"\b(?:détien|possèd|exploit)\w*(?= (?:conjointement |ensemble )?avec )(?=[^.;]{0,80}?\b(?:usine|gigafactory|raffinerie|mine)s?\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
]
LEXICON["triggers"].extend([
    # un accord de licence entre deux sociétés est un partenariat technologique
    {"re": r"\b(?:accords?|contrats?) de licence\b", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7},
])

LEXICON["triggers"].extend([
    # une coentreprise dite par une relative dont le couple la fonde, l'exploite ou l'a décidée ("la
    # coentreprise que A et B ont créée en 2022", "la société commune que A et B ont décidé de constituer",
    # "la coentreprise qu'exploitent A et B" non lu ici): le couple en est le parent
    {"re": r"\b(?:coentreprise|co-entreprise|joint-venture|société commune|entreprise commune)\s+(?:qu['’]|que\s+)(?=(?:le |la |les |l['’])?(?:[\w-]+ ){0,3}?(?-i:[A-ZÉ])[^,;:()]{0,60}? et [^,;:()]{0,60}? (?:ont (?:créée?|fondée?|constituée?|formée?|lancée?|mise? sur pied)|créent|fondent|constituent|forment|détiennent|exploitent|contrôlent|partagent|dirigent)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
    {"re": r"\b(?:coentreprise|co-entreprise|joint-venture|société commune|entreprise commune)\s+(?:qu['’]|que\s+)(?=(?:le |la |les |l['’])?(?:[\w-]+ ){0,3}?(?-i:[A-ZÉ])[^,;:()]{0,60}? et [^,;:()]{0,60}? (?:(?:ont|avaient) (?:décidé|convenu|accepté|prévu) de (?:créer|fonder|constituer|former|lancer)|vont (?:créer|fonder|constituer|former|lancer))\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "announced", "conf": 0.8},
])

LEXICON["triggers"].extend([
    # développer avec: "Brixo, avec laquelle Norvik développe des cellules depuis 2023"
    {"re": r"\b(?:co-?)?développ(?:e|ent|ait|aient)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
])

LEXICON["triggers"].extend([
    # une participation dite après le capital de la société ("conserve dans le capital de Y une participation minoritaire")
    {"re": r"\b(?:conserve|conservent|garde|gardent|détient|détiennent|possède|possèdent)\s+(?:encore\s+|toujours\s+)?dans le capital (?:de|du|d['’])(?=\s*[^,;:()]{1,50}?\b(?:une|sa)\s+(?:participation|part))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8, "stake_after": True},
])

# une conjonction avec toute description de la société suivante, article et mots en minuscules devant son nom
# ("et du concepteur de puces Y", "et la lyonnaise Y"; pas "et l'usine de Y": le dernier mot n'est pas une préposition)
LEXICON["coord_np"] += r"|(?:et|ainsi que)\s+(?:le\s+|la\s+|du\s+|de la\s+|l['’]|de l['’])(?!(?:[\w'’-]+\s+){0,3}?(?:filiale|division|unité|maison mère|société mère|propriétaire|branche|coentreprise|co-entreprise|joint-venture|commune|consortium|alliance)\b)(?:(?-i:[a-zà-ÿ])[\w'’-]+\s+){0,3}?(?!(?:de|du|des|d|à|au|aux|en|avec|pour|par|et|ou|que|qui|son|sa|ses|entre|autre|nouveau|nouvelle|même)\b)(?-i:[a-zà-ÿ])[\w-]+"

# "fournit Korvan, mais aussi des constructeurs plus petits comme Delvo" (see en)
LEXICON["coord_np"] += r"|,?\s*mais\s+(?:aussi|également)\s+(?:(?!(?:avec|contre|à|au|aux|par|pour)\b)(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,4}?(?:comme|tels?\s+que|telles\s+que|notamment)"

# une information rapportée par son média, avec des mots entre ("un quotidien allemand a affirmé
# que", "plusieurs articles ont évoqué un rachat"): ce qu'elle dit est une rumeur ; un « Rien. » sec après la
# question de l'intervieweur la dément
LEXICON["status"]["rumoured"] += (
    r"|\b(?:un|une|plusieurs|certains|certaines|deux|trois|d['’]autres) (?:quotidiens?|journal|journaux|hebdomadaires?|"
    r"magazines?|médias?|revues?|articles?|publications? spécialisées?|titres? de presse|lettres? spécialisées?)\b[^.;:]{0,60}?\b"
    r"(?:(?:a|ont|avait|avaient) (?:évoqué|affirmé|écrit|rapporté|révélé|assuré|fait état)|évoque|évoquent|affirme|affirment|"
    r"écrit|écrivent|rapporte|rapportent|révèle|révèlent|fait état|font état)\b")
LEXICON["status"]["denied"] += r"|^\W*(?:rien|non)\W*$|\bc['’]est faux\b"

# un lien raconté à l'imparfait avec son année de début ("qui fournissait Y depuis 2019", "qui depuis
# 2015 approvisionnait Y") : un état passé, terminé
_FR_IMPERFECT_TIE = r"(?:fournissai(?:t|ent)|approvisionnai(?:t|ent)|livrai(?:t|ent)|équipai(?:t|ent)|fabriquai(?:t|ent)|assemblai(?:t|ent)|achetai(?:t|ent)|contrôlai(?:t|ent)|détenai(?:t|ent)|possédai(?:t|ent))"
LEXICON["status"]["ended_imperfect"] = (
    rf"\b{_FR_IMPERFECT_TIE}\b[^,;:.]{{0,60}}?\bdepuis (?:(?:19|20)\d\d|des (?:années|décennies))\b"
    rf"|\bdepuis (?:(?:19|20)\d\d|des (?:années|décennies))\b,? (?:\w+ ){{0,2}}?{_FR_IMPERFECT_TIE}\b")

# les premières livraisons repoussées à une année à venir ("dont les premières livraisons n'interviendront
# pas avant 2027", "les premières livraisons sont attendues en 2028") : le contrat est signé, pas encore exécuté
LEXICON["status"]["starts_later"] += (
    r"|\bpremi(?:ères|ers) (?:livraisons|tonnes|volumes|cellules|approvisionnements)\b(?: [\w'’-]+){0,3}? "
    r"(?:n['’](?:interviendr|arriver|commencer|débuter)(?:a|ont) pas (?:avant|d['’]ici)|ne (?:commencer|débuter|démarrer)(?:a|ont) pas avant|"
    r"(?:sont|seront|est) (?:attendue?s|prévue?s) (?:en|pour|à partir de|dès|d['’]ici)) (?:(?:début|fin|mi-?) )?20\d\d\b")

# un contrat non reconduit ou non prolongé à son échéance ("n'a pas été reconduit", "ne sera pas reconduit") : fini
LEXICON["status"]["ended"] += r"|\b(?:n['’](?:a|ont|avait|avaient) )?pas été (?:reconduite?s?|prorogée?s?)\b|\bnon reconduite?s?\b"

# un contrat ou un partenariat dont la phrase dit qu'il s'est achevé ("notre contrat avec lui s'est achevé",
# "a vu ce contrat prendre fin", "le partenariat a pris fin") ; pas une opération achevée (un rachat bouclé)
LEXICON["status"]["ended"] += (
    r"|\b(?:contrats?|partenariats?|collaborations?|coopérations?|alliances?|relations? commerciales?|approvisionnements?)\b[^.;:]{0,80}?"
    r"(?:\bs['’](?:est|était|sont|étaient) (?:achevée?s?|terminée?s?|arrêtée?s?)|\b(?:a|ont|avait|avaient) pris fin|\bvu (?:\w+ ){0,2}prendre fin)\b")

# un rachat nommé comme un fait passé, après "après", "depuis", "à la faveur de", "héritée de" ("après le rachat
# de Y", "une dette héritée du rachat de Y en 2015") : fait, actif ; pas un rachat dont la suite dit qu'il viendra
LEXICON["status"]["done_noun"] = (
    r"\b(?:après|depuis|suite à|à la suite|à la faveur|grâce à|héritée?s?)\s+(?:de |du |des |d['’])?(?:le |la |l['’]|les |son |sa |ses |leur |leurs )?"
    r"(?:rachats?|acquisitions?|reprises?|prises? de contrôle|fusions?|absorptions?)\b"
    r"(?![^.;:]{0,120}?\b(?:doit|doivent|devrait|devraient|sera|seront|prévue?s?|attend(?:ue?s?)?|en attente|soumise?s?|(?-i:[a-zéèêàç]+)(?:era|eront))\b)")

# le futur à la première personne du pluriel, quand la société d'un entretien parle d'un contrat à venir
# ("Nous fournirons à Y les sièges", "nous livrerons dès 2027") : à venir, comme "fournira" (pas le présent "livrons",
# ni "tirons", "attirons", "désirons", présents en -irons)
LEXICON["local"]["announced"] += (
    r"|\b(?!(?:re|at)?tirons\b|(?:a|in|ex)spirons\b|admirons\b|désirons\b)(?-i:[a-zàâçéèêëîïôûù])\w+(?:er|ir|dr)ons\b")

# un projet ou un accord abandonné ("a abandonné son projet de coentreprise avec Y") : fini, comme "a renoncé au"
LEXICON["status"]["ended"] += (
    r"|\b(?:(?:a|ont|avait|avaient) abandonné|abandonn(?:e|ent|era|eront)) (?:le |la |l['’]|les |son |sa |ses |leur |leurs )"
    r"(?:[\w-]+ )?(?:projets?|plans?|idée|accords?|offre|partenariat|coentreprise|alliance|rachat|opération)\b")

# une fin au participe présent ("les deux groupes ayant mis fin à leur collaboration") et une fin que le sujet a
# vue venir ("a vu ce contrat prendre fin en 2025", "a vu son contrat arriver à échéance") : fini, comme "a mis fin"
LEXICON["status"]["ended"] += (
    r"|\bayant (?:mis|pris) fin\b"
    r"|\b(?:a|ont|avait|avaient) vu (?:[\w'’-]+ ){1,4}?(?:prendre fin|arriver à (?:son )?(?:échéance|expiration|terme)|expirer)\b")

# des livraisons qui commencent plus tard, avec une incise entre le nom et son verbe ("les premières livraisons à
# Y, prévues par le contrat de 2022, débuteront en 2028") : un lien encore à venir
LEXICON["status"]["starts_later"] += (
    r"|\b(?:livraisons?|approvisionnements?)\b(?: [\w'’-]+){0,4}?,[^,;:.]{1,90}, (?:commencer(?:a|ont)|débuter(?:a|ont)|"
    r"démarrer(?:a|ont)|(?:doi(?:t|vent)|devr(?:ait|aient|a|ont)|vont|va) (?:\w+ )?(?:commencer|débuter|démarrer)|"
    r"(?:sont|est|seront|sera) (?:prévue?s?|attendue?s?) (?:à partir|dès|pour|en|d['’]ici))")

# a verb of cooperating in the passé composé, or with an adverb of manner before its "avec" ("X a
# collaboré avec Y", "X a travaillé étroitement avec Y", "X collabore étroitement avec Y"); "travailler"
# only before a proper name (not "a travaillé avec les syndicats")
LEXICON["triggers"].extend([
    {"re": r"\b(?:(?:a|ont) (?:déjà |aussi |également |toujours )?(?:collaboré|coopéré)|(?:a|ont) (?:déjà |aussi |également |toujours )?travaillé(?= (?:(?:étroitement|main dans la main|ensemble) )?avec (?:la |le |l['’])?(?-i:[A-ZÀ-Ý]))|(?:collabor|coopèr|travaill)(?:e|ent)(?= étroitement\b))(?= (?:(?:étroitement|main dans la main|ensemble) )?avec\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# une information que la partie refuse de commenter reste une information de presse ; "ni confirmé ni démenti"
# la laisse debout
LEXICON["status"]["rumoured"] += (
    r"|\bn['’](?:a|ont|avait|avaient) pas (?:souhaité|voulu|pu) (?:commenter|réagir à|s['’]exprimer sur) "
    r"(?:ces |les |des |de telles )?(?:informations|rumeurs|spéculations|articles?)\b"
    "|" + NEITHER_NOR_REPORT["fr"])
# a contract let expire or made void is over ("a laissé expirer son contrat", "est devenu caduc")
LEXICON["status"]["ended"] += (
    r"|\b(?:laissé|laisse|laissent|laisser|laissait) (?:expirer|s['’]éteindre|courir jusqu['’]à (?:son )?terme)\b"
    r"|\b(?:devenu|devenue|devenus|devenues|rendu|rendue) caduc(?:s|que|ques)?\b")
# "la presse a évoqué", "la presse fait état de": what the press tells
LEXICON["status"]["rumoured"] += (
    r"|\b(?:la )?presse (?:\w+ )?(?:a|avait|ont|avaient) (?:évoqué|fait état)\b|\b(?:la )?presse (?:\w+ )?(?:évoque|fait état)\b")
# une réponse qui commence par « Non. » (aussi après « R : ») écarte ce qui était demandé
LEXICON["status"]["answer_no"] = r"^\W*(?:(?-i:[A-Z])[\w.]{0,20}\s*:\s*)?non\b[.!,;]"
# un titre qui commence par sa source (« Sources : X négocie ... ») rapporte une information
LEXICON["status"]["rumoured"] += r"|^\W*(?:sources?|rumeurs?|indiscrétions?|selon nos informations)\s*:"

# un protocole ou un mémorandum signé avec un partenaire ("a signé un protocole avec Y"; "protocole d'accord" est
# déjà lu; pas un protocole de cession, ni un mémorandum sur des livraisons), et un projet commun ("leur projet
# commun de recyclage"): un partenariat
LEXICON["triggers"].extend([
    {"re": r"\b(?:protocoles?|m[ée]morandums?)\b(?! d['’](?:accord|entente|achat|acquisition)\b| de (?:cession|vente|rachat|reprise|fusion|acquisition)\b)(?=(?: [\w'’-]+){0,3}? avec\b)(?![^.;]{0,90}?\b(?:fourni\w*|livr\w*|approvisionn\w*)\b)"
           r"|\bprojets? communs?\b", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
])

# des livraisons à venir sans leur auxiliaire ("dont les premières livraisons, attendues fin 2026", "livraisons
# prévues l'an prochain") ou au futur d'"arriver" ("dont les premières livraisons arriveront en 2027") : le contrat
# est signé, la fourniture pas encore commencée
LEXICON["status"]["starts_later"] += (
    r"|\b(?:livraisons?|approvisionnements?)\b(?: [\w'’-]+){0,3}? (?:(?:sont|est|seront|sera) )?(?:prévue?s?|attendue?s?) "
    r"(?:fin|début|courant|mi-|l['’]an prochain|l['’]année prochaine)"
    r"|\b(?:livraisons?|approvisionnements?)\b(?: [\w'’-]+){0,3}? arriver(?:a|ont) (?:[\w'’-]+ ){0,3}?"
    r"(?:en (?:19|20)\d\d|dès|à partir|d['’]ici|l['’]an prochain|l['’]année prochaine|(?:fin|début) (?:19|20)\d\d)")

# des pourparlers racontés par la partie elle-même, à la première personne du pluriel, comme le font les
# entretiens ("Nous discutons avec Y pour des batteries", "nous négocions avec Y") : en discussion, dit par
# la partie (le présent de la troisième personne, "discute", est déjà lu)
LEXICON["status"]["in_talks"] += r"|\b(?:discutons|négocions)\b"
