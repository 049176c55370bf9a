"""Spanish lexicon: plain data read by tierscope.relations.engine (see lexicon/__init__ for keys)."""

from ._shared import IMPERSONAL_REPORT, NEITHER_NOR_REPORT, NOT_MADE_FROM, OUT_OF_PLANT, PRICE_MOVE_AFTER, TAKING_WASTE, WASTE_GOODS


#: a past verb of supply or holding, and "until <year>": "ended_more" reads them in either order
_PAST_TIE = r"(?:(?:ha|han|había|habían) (?:suministrado|abastecido|provisto|controlado|poseído)|suministró|suministraron|suministraba|suministraban|abasteció|abastecieron|abastecía|abastecían|proveyó|proveía|controló|controlaba|poseyó|poseía|tenía|tenían|mantenía|mantenían|ostentaba|ostentaban)"
_UNTIL_YEAR = r"hasta (?:(?:finales|mediados|principios) de )?(?:el )?(?:año )?(?:19|20)\d\d"

#: a verb of stopping with its "de" ("cesa de", "ha dejado de"): negated, the tie goes on
_STOP_DE = r"(?:(?:ha|han|había|habían)\s+)?(?:cesa|cesan|cesó|cesaron|cesado|deja|dejan|dejó|dejaron|dejado)\s+de"
#: not after a negation: "no cesa de", "no ha dejado de", "nunca dejó de" say the tie goes on
_NOT_STOP = "".join(rf"(?<!\b{w} )" for w in ("no", "no ha", "no han", "no había", "no habían", "nunca", "nunca ha",
                                                "nunca han", "jamás", "jamás ha"))

LEXICON = {
    "coord": [",", "y", "e", "así como", "como", "y el", "y la", "y los", "y las", "e la", "e el", "-", "pero también", "sino también", "y también"],  # ("-": a pair in a headline, "Acuerdo Iberdrola-Stellantis")
    # "Stellantis y la china CATL", "Seat y el fabricante chino Gotion": a conjunction, then a description
    # of the next company (its kind or its country) ending right before its name.
    # ("subsidiary" and the like are left out: they state a relation of their own.)
    "coord_np": r"(?:y|e)\s+(?:el|la|los|las|un|una|su)\s+(?:[\w'’.-]+\s+){0,3}?(?:startup|start-up|grupo|empresa|compañía|firma|fabricante|constructora|proveedor|gigante|socio|rival|multinacional|automovilística|eléctrica|energética|petrolera|minera|tecnológica|siderúrgica|chin[oa]|(?:sur)?coreana?|japonés|japonesa|alemana?|alemán|francés|francesa|estadounidense|norteamericana?|suec[oa]|británic[oa]|indi[oa]|taiwanés|taiwanesa|belga|holandés|holandesa|suiz[oa]|eslovac[oa]|polac[oa]|canadiense|australiana?|italiana?|noruega?|finlandesa?|austriac[oa])",
    # "X, que Y adquirió" / "X, en la que Y tiene un 20%": the company after these words acts on X.
    "rel_object": r"que|en la que|en el que|de la que|del que|en la cual|en el cual|cuyo|cuya",
    # Selling a unit or a stake is a change of ownership, not a supply of goods.
    "asset": r"\b(?:filial|divisi[óo]n|negocio|unidad|participaci[óo]n|acciones|activos)\b",
    # "counts Y among its shareholders": a membership the possessive reading needs
    "among": r"\bentre\b",
    # "X, which holds ...": the relative's antecedent is the subject, whatever governs it
    "rel_subject": r"que|quien|el cual|la cual",
    # the place of a name before its subject relative ("Vulcan en el valle del Rin, que suministrará", "Brixo en Vigo, que")
    # (supS) the town of a name between commas before its subject relative ("Maltrix, de Valencia, que")
    "rel_place": r"(?:\s*,\s*(?:de|con sede en|radicad[ao] en)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})|(?:\s+(?:en|cerca\s+de)\s+(?:(?:el|la)\s+(?:valle|provincia|región|comunidad|zona)\s+(?:de|del)\s+(?:la\s+)?)?(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.-]*){0,2})",
    # "buys Y's stake in Z", "la participación de Y en Z": Y only holds the stake; Z is the company
    "stake_holder": r"\s+en\s+",
    # "X tiene como primer accionista a Y", "X tiene en Y a su principal cliente": the subject of "have" anchors the noun
    # (and the first person plural of an interview's answer: "Tenemos como accionistas minoritarios a Y")
    "have_as": r"\b(?:tiene|tienen|tenía|tenían|tendrá|tendrán|tenemos|teníamos|tendremos|tuvimos)\s+(?:como|por)",
    "have_in": r"\b(?:tiene|tienen|tenía|tenían|tendrá|tendrán|tenemos|teníamos|tendremos|tuvimos)\s+en",
    # "X, whose largest shareholder is Y": the name after the noun is its referent, X its anchor
    "rel_whose": r"cuyo|cuya|cuyos|cuyas|en cuyo|en cuya",
    # "a round led by X, with participation from Y and Z": more investors after the first
    # --- own16: a round's relative naming more investors after the verb ("liderada por X, en la que también participó Y")
    "co_investor": r"\s*,?\s*(?:con (?:la )?participación de|junto a|junto con)\s+(?:(?-i:[a-záéíóú][\w-]*)\s+){0,3}"
                   r"|\s*,\s*en (?:la|el) que (?:también |además )?(?:participó|participaron|ha participado|han participado|había participado|habían participado)"
                   r"(?: también| además)?\s+(?:(?-i:[a-záéíóú][\w-]*)\s+){0,3}",
    # --- end own16
    # "founded by former Tesla executives": people named after a company, not the company
    "staff_nouns": r"\s+(?:ex\s+)?(?:directivos?|ejecutivos?|ingenieros?|empleados?|fundadores?)\b",
    "possessive": r"\b(?:sus|su)\b",
    # between a joint venture's own name and the noun: "ACC, la empresa conjunta de ...", "X es una empresa conjunta entre ..."
    "venture_appos": r"\s*\)?\s*(?:(?:\s(?-i:[A-Z])[\w.&-]*)?,\s*|\s+(?:es|era|será|fue|ha sido|sigue siendo)\s+|\s+[^,;:()]{0,40}?\bcomo\s+)(?:la|el|una|un)\s+(?:[\w%-]+\s+){0,2}",
    # a pair named before, referred back to ("ambas compañías")
    "pair_anaphor": r"\b(?:ambas|ambos|las dos|los dos) (?:compañías|empresas|grupos|socios|firmas|partes|fabricantes|sociedades)\b",
    # deal nouns: "a deal ... for the supply of" reads like "a supply deal"
    # (not the participle of "pedir" after "haber": "ha pedido a Y" asked Y)
    "deal": r"\b(?:acuerdos?|contratos?|(?<!\bha )(?<!\bhan )(?<!\bhabía )(?<!\bhabían )(?<!\bhaya )(?<!\bhemos )pedidos?)\b",
    # goods owned by the customer: "fournit les systèmes des utilitaires de Stellantis"
    # a production participle: "compra el litio producido por X" (X is the seller)
    # a member named among a company's own suppliers or customers: "convirtió a X en uno de sus proveedores"
    "one_of": r"(?:en )?(?:uno|una) de|entre",
    # a relative of partnership: "X, with which Y signed a deal" (Y made the deal with X)
    "with_rel": r"con (?:el|la|los|las) que|con quien|con (?:el|la) cual",
    # a relative governed by "to" or "for": "Brixo, a la que Kestrel suministra celdas" (the antecedent receives)
    "to_rel": r"a la que|al que|a los que|a las que|a quien|a quienes|a la cual|al cual|para quien|para quienes|para la que|para el que|para los que|para las que|para la cual|para el cual",
    # a deal noun in the plural (matched on the trigger's words): "supply agreements", "Abnahmeverträge"
    "deal_plural": r"^\w+s\b",
    "made_by": r"\b(?:producid|fabricad|extraíd|refinad|construid|ensamblad)[oa]s?",
    # (a charging network, its hubs and stations are goods a maker equips or supplies, like a plant: "Y équipe le
    # réseau de X", "Y liefert die Ladesäulen für das Netz von X": their owner is the customer)
    "goods_of": r"\b(?:vehículos|coches|furgonetas|camiones|autobuses|modelos|plantas?|fábricas?|factorías?|gigafactorías?|recintos?|complejos?|instalaciones|trenes|flotas?|buques|híbridos|eléctricos|todocaminos|turismos|berlinas|utilitarios|SUV|red|redes?|estaciones(?: de (?:carga|recarga))?|electrolineras|cargadores|puntos de (?:carga|recarga)|hubs|tractores|cortacéspedes|excavadoras|máquinas|maquinaria|carretillas(?: elevadoras)?|barcos|ferris|transbordadores|motos|motocicletas|bicicletas|locomotoras)",
    # verbs of choosing a company: "X chose Y to supply ..." (Y supplies X)
    "choose": r"\b(?:elig(?:e|en|ió)|elegido|seleccion(?:a|an|ó|ado)|encarg(?:a|ó|ado)|fich(?:a|an|ó|ado)|contrat(?:a|an|ó|ado)|(?<!se )(?<!se ha )(?<!se han )(?<!se había )adjudic(?:a|an|ó|ado))\b",  # ("se ha adjudicado": won, not awarded)
    # a sentence opening with "the subsidiary of Y" (its child named in the sentence before)
    "child_lead": r"(?:La|Esta) (?:(?-i:[a-záéíóúñ]+) ){0,2}(?:filial|subsidiaria|participada) (?:de|del)(?: (?:grupo|gigante|fondo))?(?: (?-i:[a-záéíóúñ]+)){0,2} ",
    # a description right before a name whose "de" governs a bare noun, not the name: "el operador
    # palentino de recarga Zunder", "el fondo francés de infraestructuras Infravia" ("np": after the article)
    "descriptor": r"\b(?:el|la|los|las|un|una|del|al)\s+(?P<np>(?:(?-i:[a-záéíóúñü][\w-]*)\s+){0,2}?(?:operador|operadora|cadena|diseñador|diseñadora|red|plataforma|fabricante|grupo|fondo|empresa|compañía|gestora|proveedor|proveedora|firma|productor|productora|especialista|distribuidor|distribuidora|promotora?|constructora?|holding|consorcio|aseguradora|startup|start-up)(?:\s+(?-i:[a-záéíóúñü][\w-]*)){0,2}\s+de\s+(?!(?:el|la|los|las|un|una|su|sus)\s)(?:(?-i:[a-záéíóúñü][\w-]*)\s+){1,3})",
    # adverbs made with a preposition ("por ejemplo X", "a su vez X", "de hecho X", "por otro lado X"): the preposition governs no name after them
    "marker_stop": ["ejemplo", "vez", "hecho", "tanto", "lado"],
    "verb_final": False,
    # a description found by coreference keeps its fused preposition ("al fabricante", "del grupo"): that preposition
    # is its marker, as it would be before a name (not "des", also the plural article)
    "inner_first": True,
    "inner_markers": ["al", "del"],
    "markers": {
        "agent": ["por", "por parte de", "de parte de", "liderada por", "liderado por"],
        "recipient": ["a", "al", "para", "por cuenta de", "por cuenta del", "por encargo de"],
        "from": ["de", "del", "a", "al", "desde"],
        "seller": ["a", "al"],  # "compra Y a Z": Z owned Y
        "with": ["con", "entre", "junto a", "junto con"],
        "of": ["de", "del"],
        "in": ["en", "de", "del"],
        "report": ["según", "de acuerdo con", "citando a", "según informa", "según publica"],
        # a company as direct object: "controla a la alemana Y", "adquirió al grupo Y" (frames/deals.py)
        "object": ["a", "al"],
    },
    # what talks with a partner are about (frames/talks.py): the deal's type and direction; "unit"
    # follows the purpose word when the object is an unnamed unit of the partner ("its battery unit")
    "talks_purpose": {
        "sell": r"\b(?:vend(?:er|erle|erles)|venta (?:de|del)|desinversión|desprenderse|ceder|cesión)\b",
        "stake": r"\bparticipaci[óo]n\b(?! (?:en (?:el|la) (?:proyecto|concurso|licitación|feria)|a\b|al\b))|\bpaquete accionarial\b",
        "acquire": r"\b(?:compra|comprar|adquisici[óo]n|adquirir|fusi[óo]n|fusionar|opa|absorci[óo]n|hacerse con)\b",
        "venture": r"\b(?:empresa conjunta|joint[- ]venture|sociedad conjunta)\b",
        "partner": r"\b(?:alianza|asociaci[óo]n|colaboraci[óo]n|cooperaci[óo]n|desarrollo conjunto|(?:programa|proyecto) (?:conjunto|común)|investigación conjunta|mutu(?:o|a|os|as|amente)|rec[íi]proc(?:o|a|os|as|amente))\b",
        # "para abastecerse de litio": goods the subject would take from the partner
        "supply_from": r"\b(?:abastecerse|aprovisionarse|suministrarse)\b|\bpara que (?:[\w-]+ ){0,3}(?:nos|le|les) (?:suministre|suministren|abastezca|abastezcan|provea|provean|entregue|entreguen|venda|vendan)\b" + "|" + TAKING_WASTE["es"],
        "supply_to": r"\b(?:(?:suministrar|abastecer|proveer|entregar|equipar)(?:le|les)?|convertirse en (?:su |el |un )?(?:[\w-]+ )?proveedor)\b",
        "unit": r"(?:\s+(?:de|del))?\s+(?:su|sus)\s+(?:[\w-]+\s+)?(?:filial|divisi[óo]n|negocio|unidad|planta|fábrica|activos)\b",
        "enters": r"\b(?:dar(?:le|les)? entrada|su entrada en el capital|la entrada (?:de|del) [\w'’-]+ en el capital)\b",
        "including": r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*(?:\(|,)\s*(?:entre (?:ellos|ellas|los que|las que)|como|incluid[oa]s?|en particular)\s+(?:[\w'’-]+\s+){0,3}?",
    },
    "triggers": [
        # "X cuenta a A y B entre los fabricantes que compran sus chips": los nombres antes de "entre" compran a X
        {"re": r"\bentre (?:los |sus )(?:[\w-]+ ){0,3}?(?:fabricantes|grupos|empresas|compañías|clientes|marcas|constructores)(?: y [\w-]+)? que (?:le )?(?:compran|utilizan|usan|montan|integran) (?:sus)\b", "type": "supplies", "frame": "AMONG_BUYERS", "status": "active", "conf": 0.7},
        # joint ownership: the owners are the parents of a joint venture ("Recuvolt, participada a partes iguales por Iberdrola y FCC", "X, en la que A y B tienen cada uno el 50%")
        {"re": r"\b(?:empresa|sociedad|compañía) (?:conjunta|mixta),? (?:formada|creada|constituida|fundada|participada|integrada) (?:a partes iguales |al 50 ?% )?por\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # owners each named with a share: "participada al 51% por Stellantis y al 49% por CATL"
        # (a first share of 40-60%: "en un 61% por A y en un 37% por B" is A's company with B's minority)
        {"re": r"\b(?:participad[ao]|controlad[ao]|propiedad) (?:en un |al )(?:4\d|5\d|60)(?:[.,]\d+)? ?% (?:por|de|del)\b(?=[^;:()]{1,60}?\by (?:en un |al )(?:restante )?\d+(?:[.,]\d+)? ?% (?:por|de|del)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8, "shares": True},
        {"re": r"\b(?:participad[ao]|controlad[ao]|propiedad) (?:a partes iguales|en partes iguales|al 50 ?%|conjuntamente|a medias) (?:por|de|del)\b|\bpropiedad conjunta (?:de|del)\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # owned by two or more named owners (the frame needs two): "Brenta, propiedad de A y B", "controlada por A, B y C"
        {"re": r"(?<!\bla )(?<!\bsu )(?<!\bplena )\bpropiedad (?:de|del)\b|\bcontrolad[ao] (?:hoy |ahora )?por\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75, "plain": True},
        # a venture or a plant that two companies set up, build or share: "la empresa conjunta que A y B
        # constituyeron en 2023", "la fábrica que A y B construyen en Zaragoza", "la planta que comparten A y B"
        {"re": r"\b(?:empresa|sociedad|compañía) (?:conjunta|mixta),? que(?= (?:el |la )?(?:[\w-]+ ){0,3}?(?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,60}? (?:y|e) [^,;:()]{0,60}? (?:constituyeron|crearon|fundaron|formaron|lanzaron|pusieron en marcha|han (?:constituido|creado|fundado|formado|lanzado|puesto en marcha)|constituyen|crean|forman|ponen en marcha|controlan|comparten)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        {"re": r"\b(?:planta|fábrica|factoría|gigafactoría|refinería)(?: [^,;:()]{0,40}?)? que(?: comparten\b|(?= (?:el |la )?(?:[\w-]+ ){0,3}?(?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? (?:y|e) [^,;:()]{0,40}? (?:comparten|construyen|están construyendo|levantan|están levantando|construirán|levantarán|gestionan conjuntamente|operan conjuntamente)\b))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75},
        # "la planta que comparte con B": the sharer is the clause's subject, the partner follows "con"
        {"re": r"\b(?:planta|fábrica|factoría|gigafactoría|refinería)(?: [^,;:()]{0,40}?)? que (?:comparte|compartirá|gestiona conjuntamente|opera conjuntamente)(?= con\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
        {"re": r"\bcada un[oa] (?:el |un )?(?:50 ?%|la mitad)|\b(?:el |un |al )?50 ?% cada un[oa]\b|\b(?:controlan|poseen|tienen|comparten) (?:a partes iguales|al 50 ?%)", "type": "joint_venture", "frame": "JOINT_HOLDERS", "status": "active", "conf": 0.75},
        # holders named with their companions ("X holds a third of W alongside Y and Z"): joint owners (frames/co_holders);
        # zero width, so the companions keep their preposition as marker and other triggers their words
        {"re": r"\b(?=junto (?:con|a|al)\b)", "type": "joint_venture", "frame": "CO_HOLDERS", "status": "active", "conf": 0.7},
        # building a plant with a partner ("X is building a plant in Spain with Y"): a jointly owned plant, a joint venture
        {"re": r"\b(?:constru(?:ye|yen|irá|irán|yendo|ido|ir)|levant(?:a|an|ará|arán|ando))\b(?=[^.;:]{0,80}?\b(?:planta|fábrica|factoría|gigafactoría|refinería|mina)s?\b)(?=[^.;:]{0,80}?\b(?:con|junto a|junto con) (?:el |la |los |las )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÁÉÍÓÚ]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
        # a partner named right after its partner: "X and its partner Y" (frames/partner_next)
        {"re": r"\by (?:su|sus) (?:(?-i:[a-zé]\w*) )?soci[oa]s?(?: (?-i:[a-zé]\w*)){0,2}(?= (?-i:[A-ZÁÉÍÓÚ]))", "type": "partners_with", "frame": "PARTNER_NEXT", "status": "active", "conf": 0.7},
        # "Y passes into the hands of X": a change of owner, the new owner after the words
        # the unit named between its noun and its parent: "la filial Brixo de Vostra"
        {"re": r"\b(?:filial|subsidiaria)(?= (?-i:[A-ZÀ-Ý])[\w&.-]*(?: (?-i:[A-ZÀ-Ý])[\w&.-]*){0,3} (?:de|del) (?-i:[A-ZÀ-Ý]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "child_after": "of"},
        {"re": r"\bpas(?:a|ó|ará|ar) (?:a manos|bajo el control) (?:de|del)\b", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.75},
        # taking in a company bought: "Brembo culmina la integración de Öhlins" (the deal done)
        {"re": r"\b(?:culmin|complet|finaliz|cierr|cerr)(?:a|an|ó|aron|ado)(?:\s+(?:en|el|este|ese)\s+\w+)?\s+(?:la|su)\s+integración\s+(?:de|del)\b", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.75},
        {"re": r"\bforma(?:ba|n)? parte (?:de|del)\b|\b(?:filial(?:es)?|subsidiarias?|división|divisiones|marcas?|unidad(?:es)?|participadas?|sociedad participada)(?: al \d+(?:[.,]\d+)? ?%| \w+)? (?:de|del)\b|\b(?:propiedad|controlad[ao]s?|participad[ao]s?)(?: (?:mayoritariamente|íntegramente|(?:al|en un|en el) \d+(?:[.,]\d+)? ?%))?(?: (?:desde (?:hace )?(?:más de |casi |unos |unas )?(?:\w+ )?(?:años?|décadas?|meses)|desde (?:19|20)\d\d|en (?:19|20)\d\d|actualmente|todavía|aún|ya))? (?:de|del|por)\b|\bpertenece a(?:l)?\b|\bperteneciente a(?:l)?\b|\bintegrad[ao]s? en (?:el grupo |el holding )?(?=(?-i:[A-ZÁÉÍÓÚ]))|\bcasa matriz\b(?= (?-i:[A-Z]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.8},
        # "Y, set up by X": a company set up by one company is its unit (several: a joint venture; "founded by" names people)
        {"re": r"\bconstituid[ao]s? (?:en \d{4} )?por\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7, "single_parent": True},
        # "X, la filial de vehículos eléctricos de Y", "X, la compañía de baterías del grupo Y": a described unit of a named owner
        {"re": r"\b(?:filial|subsidiaria|compañía|empresa|sociedad|marca|división|unidad)(?! (?:conjunta|mixta|común)\b)(?: (?-i:[a-zñáéíóúü][\w-]*)){0,6}? (?:de|del|de la)(?: (?:grupo|conglomerado|consorcio|holding|fabricante|gigante|multinacional|constructor|fondo|petrolera|eléctrica|siderúrgica|minera|química)(?: (?-i:[a-zñáéíóúü][\w-]*)){0,2})?(?= (?-i:[A-ZÁÉÍÓÚ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        {"re": r"\b(?:(?:de|del|de la) (?-i:[a-zñáéíóúü][\w-]*) )?(?:del|de la) (?:grupo|conglomerado|consorcio|holding)(?: (?-i:[a-zñáéíóúü][\w-]*)){0,2}(?= (?-i:[A-ZÁÉÍÓÚ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        # a former unit: "Y, su antigua filial", "su ex filial Y" (the owner's tie is over)
        {"re": r"\b(?:su|sus) (?:antigu[ao]s?|ex|ex-|anterior|anteriores) ?(?:filial(?:es)?|subsidiarias?|divisi(?:ón|ones)|unidad(?:es)?|participadas?)\b", "type": "owns", "frame": "OWN_CR", "status": "ended", "conf": 0.75},
        # the parent of a described unit: "X, el holding matriz del fabricante de neumáticos Y" (the description runs up to the name)
        {"re": r"\b(?:casa matriz|matriz) (?:de|del|de la) (?:(?-i:[a-zñáéíóúü][\w-]*) ){1,4}?(?=(?-i:[A-ZÁÉÍÓÚ]))", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        {"re": r"\b(?:su|sus|la|una) (?:\w+ )?(?:filial(?:es)?|subsidiarias?)\b|\b(?:casa )?matriz de(?:l)?\b|\bcontrola\b|\bposee\b|\bes (?:la )?(?:dueña|propietaria) de(?:l)?\b|(?<=, )(?:la |el |actual )?(?:dueñ[oa]|propietari[oa])(?: (?:desde|en) (?:19|20)\d\d)? de(?:l)?\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        {"re": r"\bempresa conjunta\b|\bsociedad conjunta\b|\b(?:planta|fábrica|gigafactoría) conjunta\b|\bjoint[- ]venture\b|\bempresa mixta\b|\bcoinversión\b|\bJV\b|\b(?:sociedad|empresa|compañía)(?= que [^,;:()]{1,60}? comparten? (?:[\w ]{0,25}?)con\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.85},
        # un cliente sumado a la cartera del proveedor: "X ha añadido a Y y Z a su cartera de clientes / de pedidos"
        {"re": r"\b(?:añad|sum)(?:e|en|ió|ido|irá|irán|ía|iendo|a|an|ó|ado|ará|arán|aba|ando)\b(?= (?:[\w&.'’-]+,? ){1,12}?a (?:su|sus) (?:cartera de (?:clientes|pedidos)|lista de clientes|clientela)\b)", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.7},
        # a verb of winning followed by a figure in per cent is a share price's move, not an order won: "la acción de X ganó un 4 % tras el contrato"
        # winning the supply itself, not an order: "X se ha adjudicado el suministro de frenos de Y", "X ganó la
        # fabricación de los asientos de Y" (X supplies Y; "recibe el suministro" is the customer's, so not "recibir")
        {"re": r"\b(?:se adjudica|se adjudicó|se adjudicará|se ha adjudicado|se han adjudicado|adjudicarse|gana|ganó|ganará|ganar|ha ganado|han ganado)\b(?= (?:el|la|los|las) (?:[\w-]+ )?(?:suministros?|fabricación|producción|montaje|ensamblaje)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        {"re": r"\b(?:gana|ganó|ganará|ganar|ganado|consigue|consiguió|conseguirá|conseguir|conseguido|obtiene|obtuvo|obtendrá|obtener|obtenido|recibe|recibió|recibirá|recibir|recibido|logra|logró|lograr|logrado|se adjudica|se adjudicó|se adjudicará|se ha adjudicado|se han adjudicado|adjudicarse)\b" + PRICE_MOVE_AFTER + r"(?: [\w$€.,%-]+){0,5}? (?:pedidos?|contratos?|encargos?|licitación|órdenes?)\b", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        {"re": r"\b(?:elegid[oa]|seleccionad[oa]) como (?:\w+ )?(?:proveedor|proveedora|socio)\b", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # chosen by the customer: "Kestrel fue elegida por Brixo como proveedor / para suministrar celdas"
        {"re": r"\b(?:elegid|seleccionad|escogid|designad)[oa]s?(?= por [^,;:()]{1,40}? (?:como (?:\w+ )?(?:proveedor|proveedora|suministrador)|para (?:suministrar|fabricar|producir|entregar|proveer|equipar))\b)", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # compras trasladadas a un proveedor: "Brixo ha trasladado parte de sus pedidos de celdas a Kestrel"
        {"re": r"\b(?:trasladado|trasladó|traslada|desviado|desvió|movido|movió)(?: (?:parte|buena parte|una parte) de)? (?:sus|los|las) (?:[\w-]+ ){0,3}?(?:pedidos|compras|volúmenes|encargos)(?= (?:[\w-]+ ){0,3}?(?:a|al|hacia) (?:[\w-]+ ){0,2}?(?-i:[A-ZÁÉÍÓÚ]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7},
        # --- ord16: services (begin) ---
        # un servicio prestado a un cliente o a su planta (las pautas lo cuentan como suministro): "X presta
        # servicios de logística a Y", "gestiona la logística de la planta de Y"
        {"re": r"\b(?:presta|prestan|prestará|prestarán|prestó|prestaba|ofrece|ofrecen|ofrecerá)\s+(?:sus\s+|los\s+)?servicios\b(?:\s+de\s+(?:[\w-]+\s+){0,3}?[\w-]+)?|\b(?:gestiona|gestionan|gestionará|gestionó|realiza|realizará|se encarga de|se encargará de)\s+(?:la\s+logística|el\s+mantenimiento|el\s+transporte)\b(?:\s+(?:interna|externa))?", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "recipient_only": True, "service": True},
        {"re": r"\b(?:gestiona|gestionan|gestionará|gestionó|realiza|realizará|se encarga de|se encargará de)\s+(?:la\s+logística|el\s+mantenimiento|el\s+transporte)\b(?:\s+(?:interna|externa))?(?:\s+(?:de|del)(?=\s))?", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "goods_owner": True, "service": True},
        # --- ord16: services (end) ---
        # --- ord16: an order placed with a supplier, told by a participle (begin) ---
        # "Y canceló un pedido de 2.000 millones hecho a X": a quien se hizo suministra al sujeto
        # an order naming both sides: "el pedido de Korvan a Brixo", "el encargo de Norvik adjudicado a Kestrel" (frames/orders.py)
        {"re": r"\b(?:un|el|este|ese|su|del|al)\s+(?:(?:nuevo|primer|gran|mayor|último)\s+)?(?:pedido|encargo)\b", "type": "supplies", "frame": "ORDER_NOUN", "status": "announced", "conf": 0.75, "both_named": True},
        {"re": r"\bpedidos?\b(?= (?:[^,;:()]{0,50}? )?(?:hecho|realizado|colocado|cursado)s? (?:a|al) )", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # --- ord16: an order placed with a supplier, told by a participle (end) ---
        # --- ord16: orders split between suppliers (begin) ---
        # "Y reparte sus pedidos entre A y B": cada uno suministra al sujeto
        {"re": r"\b(?:reparte|reparten|repartía|repartió|ha repartido|divide|dividió|distribuye|distribuyó) (?:sus|los|las) (?:[\w'’-]+ ){0,3}?(?:pedidos|compras|volúmenes|encargos|suministros) (?:[\w'’-]+ ){0,3}?entre\b", "type": "supplies", "frame": "RELY", "status": "active", "conf": 0.7},
        # --- ord16: orders split between suppliers (end) ---
        # --- ord16: an order handed on to another supplier (begin) ---
        # un pedido contado antes y pasado a otro proveedor con un clítico: "canceló el pedido a Z y lo
        # adjudicó a Y", "para confiárselo a Y" (el sujeto compra a Y)
        {"re": r"\b(?:l[oa]s? (?:confió|confía|confiará|adjudicó|adjudica|adjudicará|asignó|asigna|encargó|encarga|traspasó|pasó)|confiárs?el[oa]s?|adjudicárs?el[oa]s?|asignárs?el[oa]s?)(?= (?:después |luego |ahora )?(?:a|al) (?:[\w'’-]+ ){0,2}?(?-i:[A-ZÁÉÍÓÚ]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7, "handed_on": True},
        # --- ord16: an order handed on to another supplier (end) ---
        # an order named with the customer in a relative: "el pedido que Brixo había hecho a Kestrel", "el contrato que Brixo adjudicó a Kestrel"
        {"re": r"\b(?:pedidos?|contratos?|encargos?)\b(?: (?:de|del|para) [^,;:()]{1,50}?)?,?(?= que (?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? (?:había |ha |han |habían )?(?:hecho|hizo|adjudicado|adjudicó|encargado|encargó|asignado|asignó|otorgado|otorgó|confiado|confió) (?:\w+ )?(?:a|al)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "relative_order": True},
        # hiring a maker to make goods: "Brixo ha contratado a Kestrel para fabricar los asientos"
        {"re": r"\b(?:contrat(?:a|an|ó|aron|ado|ará)|encarg(?:a|an|ó|aron|ado|ará))\b(?= a (?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? (?:para|de) (?:fabricar|producir|suministrar|construir|entregar|montar|desarrollar|instalar)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # equipping a company, the company as the object: "Kestrel equipa a Brixo desde 2019"
        {"re": r"\bequip(?:a|an|aba|aban|ará|arán|amos)\b(?= (?:(?:ya|también|desde hace (?:[\w-]+ ){1,2}?)\s*)?(?:a|al) (?-i:[A-ZÁÉÍÓÚ]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65},
        # goods in a maker's vehicles, as in German (frames/supply.py read_goods_in): "las celdas de Kestrel van en
        # las furgonetas de Brixo", "equipan los autobuses de Brixo" (the goods' maker, named with "de", supplies)
        # a customer's vehicle run on a supplier's goods: "el camión de Brixo está propulsado por pilas de Kestrel" (frames/powered_by.py)
        {"re": r"\b(?:propulsad[oa]s?|impulsad[oa]s?|alimentad[oa]s?|movid[oa]s?) (?:por|con)\b", "type": "supplies", "frame": "POWERED_BY", "status": "active", "conf": 0.65},
        {"re": r"\b(?:van|iban|irán|acaban|terminan|(?:se )?montan|(?:se )?instalan|(?:se )?usan|(?:se )?utilizan|equipan|equipaban|equiparán|(?:están|son|serán) (?:montad|instalad|utilizad)[ao]s)\b(?: (?-i:[a-záéíóú])[\w-]*){0,3}? (?:(?:en|a bordo de) (?:los|las|sus)|los|las|a los|a las) (?:(?:(?-i:[a-záéíóú])[\w-]*)\s+){0,2}?(?:vehículos|coches|modelos|furgonetas|camiones|autobuses|buses|turismos|trenes|flotas|plataformas) (?:de|del)\b|\b(?:van|iban|irán|acaban|terminan|(?:se )?montan|(?:se )?instalan|(?:se )?usan|(?:se )?utilizan|equipan|equipaban|equiparán|(?:están|son|serán) (?:montad|instalad|utilizad)[ao]s)\b(?: (?-i:[a-záéíóú])[\w-]*){0,3}? (?:(?:en|a bordo de) (?:el|la|su)|en el|el|la|al|a la) (?:(?:(?-i:[a-záéíóú])[\w-]*)\s+){0,2}?(?:vehículo|coche|modelo|furgoneta|camión|autobús|turismo|tren|plataforma) (?:de|del)\b", "type": "supplies", "frame": "GOODS_IN", "status": "active", "conf": 0.65},
        # giving an order: "Brixo encargó a Kestrel el suministro", "confía a Kestrel la fabricación", "otorga a Kestrel el contrato"
        {"re": r"\b(?:encarg(?:a|an|ó|aron|ará|arán|ado)|conf(?:ía|ían|ió|iaron|iará|iado)|asign(?:a|an|ó|aron|ará|ado)|otorg(?:a|an|ó|aron|ará|ado))\b(?= (?:a|al)(?: (?-i:[A-ZÄÖÜÉ])[\w&.'’-]*){0,4} (?:(?:el|la|los|las|un|una|su|sus) )?(?:[\w-]+ )?(?:suministros?|pedidos?|contratos?|encargos?|fabricación|producción|entrega)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75},
        # the order first, the one given it after "a": "Brixo asignó el contrato de asientos a Kestrel", "confía la fabricación de sus celdas a Kestrel"
        {"re": r"\b(?:encarg(?:a|an|ó|aron|ará|arán|ado)|conf(?:ía|ían|ió|iaron|iará|iado)|asign(?:a|an|ó|aron|ará|ado)|otorg(?:a|an|ó|aron|ará|ado))\b(?= (?:el|la|los|las|un|una|su|sus) (?:[\w-]+ )?(?:suministros?|pedidos?|contratos?|encargos?|fabricación|producción)\b[^,;:()]{0,50}? (?:a|al) (?:[\w'’-]+ ){0,3}?(?-i:[A-ZÁÉÍÓÚ]))", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # un contrato de compraventa de energía (PPA): la eléctrica vende, sea cual sea el sujeto
        {"re": r"\b(?:acuerdos?|contratos?) de (?:compra(?:venta)?|adquisición) de (?:energía|electricidad)\b|\bPPAs?\b|\b(?:acuerdos?|contratos?) (?:eléctricos?|de electricidad)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- supply: fabricación por encargo ------------------------------------------------
        # "GAC firmó con Magna Steyr un contrato de ensamblaje (de fabricación por encargo)": the assembler
        # supplies the subject, unless the tiers say otherwise
        {"re": r"\b(?:acuerdos?|contratos?) de (?:ensamblaje|montaje|(?:fabricación|producción) (?:por encargo|por contrato|bajo contrato))\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # --- ord16: power supply contracts (begin) ---
        # "un contrato de suministro eléctrico / de electricidad con Y": la eléctrica vende, sea cual sea el sujeto
        {"re": r"\b(?:acuerdos?|contratos?) de (?:suministro|abastecimiento) (?:eléctrico|de (?:electricidad|energía(?: eléctrica)?))\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- ord16: power supply contracts (end) ---
        # --- ord16: sales contracts (begin) ---
        # "X tiene contratos de venta firmados con Y": quien vende suministra (no la venta de acciones, filiales o plantas)
        {"re": r"\bcontratos? de venta\b(?! de (?:la |las |el |los |su |sus )?(?:[\w-]+ )?(?:participaci(?:ón|ones)|acciones|filial(?:es)?|sociedad(?:es)?|plantas?|negocios?|divisi(?:ón|ones)|marcas?|control))", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # --- ord16: sales contracts (end) ---
        {"re": r"\b(?:acuerdo|contrato) de (?:compra|abastecimiento|aprovisionamiento|offtake)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # un contrato perdido: quien lo pierde suministraba ("X perdió el contrato de asientos con Y")
        {"re": r"\b(?:perdió|perdido|pierde|perdieron) (?:el|su|un|los|sus) (?:[\w-]+ ){0,3}?(?:contratos?|pedidos?|encargos?)(?= (?:[^,;:()]{0,40}? )?con )", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "ended", "conf": 0.65},
        {"re": r"\b(?:acuerdos?|contratos?|pactos?|pedidos?) de (?:suministros?|entregas?)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # a contract between two tiers of the chain for a product named right after it ("a contract with CATL for cells"): the lower tier supplies
        {"re": r"\b(?:contratos?|(?<!protocolo de )(?<!protocolos de )acuerdos?)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.65, "needs_product": True, "tier_only": True},
        {"re": r"\b(?<!con la )(?:participación|paquete accionarial|acciones)(?: minoritaria| mayoritaria| estratégica| indirecta| directa)?(?: (?:(?:cercana|próxima|superior|inferior|equivalente) al|(?:de |del )?(?:alrededor del|cerca del|casi el|más del|menos del|aproximadamente el|un|el|del)) \d+(?:[.,]\d+)? ?(?:%|por ciento)(?: del capital)?)? (?:en|de|del)\b|\binv(?:ierte|ierten|irtió|irtieron|ertirá|ertirán|ertir|ertido|ersión|ersiones)(?: [\w$€.,%-]+){0,4}? en\b|\binyect(?:a|an|ó|aron|ará|arán|ar|ado)(?: (?:otros|otras|unos|unas|más de|hasta|cerca de))? \d[\d.,]* (?:millones|mil millones|M)(?: de (?:euros|dólares))?(?: más)? en\b|\b(?:entra|entran|entrará|entrarán|entró|entraron|entrado|entrar) en el (?:capital|accionariado) (?:de|del)\b|\bsub(?:e|ió|irá|ir) (?:su participación )?(?:al|hasta el) \d+(?:[.,]\d+)? ?(?:%|por ciento) (?:del capital )?(?:de|del|en)\b|\bronda de (?:financiación|inversión) (?:de|del|en)\b|\b(?:liderado|lidera|lideró|encabezado|encabeza|encabezó) (?:una|la) ronda(?: de (?:financiación|inversión))?(?: de [\d.,]+ (?:millones|mil millones|M)(?: de (?:euros|dólares))?)? en\b|\bparticip(?:a|an|ará|arán|aba|aban|ó)(?= en [^.;:]{1,60}?\bcon (?:un|el|una participación del?) \d+(?:[.,]\d+)? ?(?:%|por ciento))", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # "Y, en la que X tiene el 20%": the stake's company is the relative's head
        {"re": r"\b(?:tiene|tenía|posee|poseía|controla|mantiene) (?:alrededor del |cerca del |casi el |más del |menos del |el |un )?\d+(?:[.,]\d+)? ?(?:%|por ciento)", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.75, "relative_only": True},
        # the same with the stake named by its kind, no size: "Y, en la que X tiene una participación minoritaria"
        {"re": r"\b(?:tiene|tienen|tenía|posee|poseen|poseía|mantiene|mantienen|mantenía|conserva|conservan|conservaba) (?:una |su )?(?:pequeña |)participación(?: minoritaria| estratégica| significativa| relevante)?\b(?! (?:en|de|del)\b)", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.7, "relative_only": True},
        # "una participación de alrededor del 20% en Y", "la participación que tenía en Y"
        {"re": r"\bparticipación (?:de |del )(?:alrededor |cerca |casi |más |menos |aproximadamente )?(?:del |de )?\d+(?:[.,]\d+)? ?(?:%|por ciento) en\b|\bparticipación (?:[\w%,-]+ ){0,4}?que (?:tenía|poseía|tiene|posee|mantenía|mantiene|controlaba|conservaba) en\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # money raised from named investors, no funding noun: "Basquevolt ha captado 50 millones de Repsol e Iberdrola"
        {"re": r"\b(?:recauda|recaudó|recaudado|levanta|levantó|levantado|capta|captó|captado)\b (?:más de |cerca de |unos |casi )?[\d.,]+ (?:millones|mil millones|M)(?: de (?:euros|dólares))?(?= (?:de|del) (?-i:[A-ZÁÉÍÓÚ]))", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        {"re": r"\b(?:recauda|recaudó|levanta|levantó|capta|captó|obtiene|obtuvo|cierra|cerró|(?:ha|han) (?:recaudado|levantado|captado|obtenido|cerrado))\b(?: (?!(?:compra|adquisición|venta|toma)\b)[\w$€.,%-]+){0,6}? (?:financiación|ronda|capital|inversión)\b|\b(?:liderad[ao]|encabezad[ao]|respaldad[ao]|financiad[ao])(?= por)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        # "a round ... in which X, Y and Z took part": the investors follow the verb
        {"re": r"\b(?:ronda(?: de (?:financiación|inversión))?|ampliación de capital)\b(?:[^;:.]|\.\d){0,90}?\ben (?:la|el) que (?:han |ha |también )*(?:participado|entrado|invertido|participaron|entraron|invirtieron|participó|entró|invirtió)\b(?: (?:como (?:nuevos? )?(?:accionistas?|socios?|inversores?)(?: (?:minoritarios?|de referencia|financieros?|industriales?))?))?", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75, "investors_after": True},
        # "desde su venta a Vostra": the possessor was sold (frames/deals.py, ``_possessed_sale``)
        {"re": r"(?<=\bsu )(?:venta|cesión)(?= (?:a|al)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # the buyer named before the stake sold: "la venta a Z de su participación del 50% en Y"
        {"re": r"\b(?:venta|cesión)(?= (?:a|al) [^,;:()]{1,50}? (?:de) (?:su|sus) (?:participación|participaciones|acciones|paquete)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- own16: a sale noun naming its buyer before the unit sold ("la venta a Z de su filial Y")
        {"re": r"\b(?:venta|cesión)(?= (?:a|al) [^,;:()]{1,50}? (?:de) (?:su|la) (?:filial|división|unidad)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- end own16
        {"re": r"\b(?:vende|venden|vendió|venderá|vender|vendid[ao]s?|cedid[ao]s?|cede|cedió|cederá|ceder|venta de(?:l)?|desinvierte)\b", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.75},
        # a purpose clause with a dative clitic: "X firmó con Y para que le suministre celdas" (Y supplies X)
        {"re": r"\bpara que (?:le|les) (?:suministr|abastezc|provea|entregue|fabrique|vend)\w*", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.75, "purpose_clitic": True},
        # supplying in the subjunctive: "el acuerdo prevé que Kestrel suministre a Brixo"
        {"re": r"\b(?:suministr(?:e|en|ara|aran)|abastezca[n]?|entregue[n]?|provea[n]?)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        # shipping goods: "Kestrel enviará 10.000 toneladas de litio a Brixo"
        {"re": r"\b(?:enví(?:a|an)|envi(?:ar|ará|arán|aría|arían|aba|aban|ó|aron|ado|ada|ados|adas|ando))\b|\bexport(?:a|an|ará|arán|aría|arían|aba|aban|ó|aron)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "needs_product": True, "product_object": True},
        # la producción o la energía de una planta vendida o comprada: "vende la producción de su parque eólico a Y", "compra energía a Y"
        {"re": r"\b(?:vende|venden|venderá|venderán|vendía|vendían|vendió|vendido)\b(?= (?:(?:la|su|toda la|toda su|parte de la|parte de su) )?(?:producción|energía)\b(?: (?:de|del) [^,;:()]{1,40}?)? (?:a|al)\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        {"re": r"\b(?:compra|compran|comprará|comprarán|compraba|compraban|compró|comprado)\b(?= (?:(?:la|su|toda la|toda su|parte de la) )?(?:producción|energía)\b(?: [\w-]+)? (?:a|al|de|del)\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # a recycler taking a company's waste ("collects the used batteries of X", "recupera le batterie esauste di X"):
        # the waste's maker, named by "of"/"from", supplies (relations/scrap_flow.py)
        {"re": r"\b(?:recog(?:e|en|erá|erán|ía|ían|ido)|recib(?:e|en|irá|irán|ía|ían|ido)|retir(?:a|an|ará|arán|aba|aban|ado)|recuper(?:a|an|ará|arán|aba|aban|ado))\b(?= (?:[\w\'’-]+ ){0,2}?" + WASTE_GOODS["es"] + r"\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "maker_only": True, "waste": True},
        {"re": r"\b(?:se abastecerá|se abastece|se abastecería|se abastecía|se abasteció|se (?:ha|han|había) abastecido|importó|importaba|importando|importar|abasteciéndose|abastecerse|se suministrará|se suministra|se aprovisiona\w*|aprovisionarse|importa|importará)\b(?! (?:unos |más de |hasta )?\d[\d.,]* ?(?:millones|mil|euros|dólares|%|por ciento))", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.8},
        # an order placed is a supply contract whose deliveries come later: announced unless a cue says they run
        {"re": r"\b(?:encarga|encargó|encargará|encargando|encargar|pide|pidió|ordena|ordenó|hace un pedido|hizo un pedido)\b(?! (?:unos |más de |hasta )?\d[\d.,]* ?(?:millones|mil|euros|dólares|%|por ciento))", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        {"re": r"\b(?:ha|han|había|habían|habría) encargado\b|\bencarg(?:aría|arían|aba|aban)\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        # a deal to buy goods: "un contrato con Y para la compra de 100 trenes" (Y supplies)
        {"re": r"\b(?:acuerdo|contrato|pacto)s?\b(?=[^,;:()]{0,60}? para (?:la )?(?:compra|adquisición) (?:de|del)\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "needs_product": True, "purchase_of": True},
        # awarding: "X adjudica a Y el suministro de electrolizadores" (Y supplies X; "Y se adjudica" is Y winning)
        {"re": r"(?<!\bse )(?<!\bse ha )(?<!\bse han )(?<!\ble )\badjudic(?:a|an|ó|aron|ará|arán|ado|ada|ados|adas)\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.75},
        # the buyer's verb in every tense a news story uses, the conditional of a report included
        # ("acquisterebbe", "achèterait", "compraría": a rumoured purchase)
        {"re": r"\b(?:compra|compran|comprará|comprarán|compró|compraron|comprar|compraba|compraban|compraría|comprarían|comprando|(?:ha|han|había|habían|hemos|habíamos) (?:comprado|recibido|importado)|compramos|compraremos|comprábamos|recibiendo|recibimos|recibiremos|recibíamos|nos (?:abastecemos|abasteceremos|abastecíamos|suministramos|aprovisionamos)|adquirirá|adquiere|adquirió|recibe|reciben|recibirá|recibirán|recibió|recibía|recibían|recibiría|recibirían|obtiene|obtendrá|compras)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75, "needs_product": True},
        # choosing a company for a product: "X chose Y for its cells" (Y supplies X)
        {"re": r"\b(?:elig(?:e|en|ió)|(?:ha|han) elegido|seleccion(?:a|an|ó))(?: a| al)?\b", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.6, "needs_product": True, "product_after": True},
        # talks with a partner whose purpose names the deal: "X negocia con Y la compra de Z", "X mantiene conversaciones con Y para una alianza" (frames/talks.py)
        {"re": r"\b(?:negociaciones|negociación|conversaciones|contactos|diálogo|negoci(?:a|as|an|amos|áis|aba|abas|aban|ábamos|ando|ar|ó|é|aron|ado|ará|arán|aría|arían)|convers(?:a|an|amos|aba|aban|ando|ar|ó|aron|ado)|dialog(?:a|an|amos|ando))(?:\s+(?:preliminares|exclusivas|avanzadas|formales|informales|discretas|confidenciales))?\s+(?=con\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- supply: talks with an adverb before the partner ---------------------------------
        # "negocia también con Y", "negociaba ya con Y": the same talks frame, the adverb skipped
        {"re": r"\b(?:negociaciones|conversaciones|contactos|negoci(?:a|as|an|amos|áis|aba|abas|aban|ábamos|ando|ar|ó|é|aron|ado|ará|arán|aría|arían)|convers(?:a|an|amos|aba|aban|ando|ar|ó|aron|ado)|dialog(?:a|an|amos|ando))\s+(?:también|ya|además|ahora|asimismo)\s+(?=con\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # talks with a partner about a product: "verhandelt mit CATL über Zellen" (direction from tiers)
        # the noun of supplying a customer: its "of" complement is the customer
        {"re": r"\babastecimiento\b(?= (?:de|del)\s*(?-i:[A-ZÀ-Ý]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "nominal": True, "customer_of": True},
        {"re": r"\bsobre\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "nominal": True, "talks": True, "needs_product": True},
        # making goods for a named customer: "fabrica componentes para Audi" (only with a recipient)
        # --- supply: making a customer's goods ------------------------------------------------
        # "X ensambla desde 2024 dos modelos de Y", "X fabricará por encargo los vehículos de Y": the goods
        # (vehicles or a product, checked by the frame) are Y's, so X supplies Y ("monta celdas de Y" is
        # the other way: Y's cells fitted, so "montar" is not here)
        {"re": r"\b(?:fabric(?:a|an|ará|arán)|produc(?:e|en|irá|irán)|ensambl(?:a|an|ará|arán))\b(?= [^,;:()]{1,50}? (?:de|del) (?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "makes_goods_of": True},
        # estampar piezas para un cliente es fabricarlas: "estampa paneles de carrocería para Y"
        {"re": r"\b(?:estampa|estampan|estampará|estamparán|estampaba|estampaban|estampó|estamparon|troquela|troquelan)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # --- end supply ---------------------------------------------------------------------
        {"re": r"\b(?:fabric(?:amos|ábamos|aremos|aría|arían|ada)|produc(?:imos|íamos|iremos|irán|iría|irían|ida|idas)|ensambl(?:amos|ábamos|aremos|arán|aría|arían|ado|ados|ada|adas)|fabric(?:a|an|ará|arán|ado|ados|adas|aba|aban|ó|aron)|produc(?:e|en|ido|idos|ía|ían)|producirá|produjo|produjeron|ensambl(?:a|an|ará|aba|aban|ó|aron)|recicl(?:a|an|ará|arán))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # the infinitive of making goods for a customer, after a contract or a plan: "a contract to make cells for Y",
        # "un contrat pour fabriquer des cellules pour Y" (a product must be named: "to make room for Y" is none)
        {"re": r"\b(?:fabricar|producir|ensamblar)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True, "needs_product": True},
        # a contractor's work for a named client: "Técnicas Reunidas trabaja para ENE" (only with a recipient)
        {"re": r"\btrabaj(?:a|an|aba|aban|ará|arán|ó|aron) (?:ya |también |además )?(?=para\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # reliance with a product named: "X relies on Y for cells" (Y supplies X)
        # relying on a supplier in every tense, the infinitive after a modal or periphrasis included ("seguirá confiando en Y", "va a apoyarse en Y")
        {"re": r"\b(?:conf(?:ía|ían|iará|iarán|ió|iaron|iaba|iaban|iaría|iarían|iar) en|recurr(?:e|en|irá|irán|ió|ieron|ía|ían|iría|irían|ir) a|(?:ha|han|hemos) recurrido a|confiamos en|recurrimos a|apostamos por|nos apoyamos en|dependemos de|se apoya(?:rá|rán|ba|ban|n)? en|apoyarse en|depend(?:e|en|erá|erán|ía|ían) de|apuesta(?:n)? por|apost(?:ar|ó|aron|ará|arán) por|(?:ha|han) apostado por)(?!\w)", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.65, "needs_product": True},
        # a partner named by its noun: "Brixo, aliado de Vostra,", "Brixo, socio tecnológico de Vostra"
        {"re": r"\b(?:aliad[oa]|socio(?: (?-i:[a-záéíóúñ][\w-]*))?)(?<!referencia)(?<!mayoritario)(?<!minoritario)(?<!principal)(?<!fundador)(?<!financiero)(?<!único)(?<!capitalista)(?<!accionista)(?! de referencia\b)(?= (?:de|del)\b)", "type": "partners_with", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65},
        # una fuente nombrada como un proveedor: "ha homologado a Y como segunda fuente"
        {"re": r"(?<=\bcomo )(?:(?:su|la|una) )?(?:segunda|tercera|nueva|otra|principal|única) fuente\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        {"re": r"\bproveedor(?:es|a)?\b|\bsuministrador(?:es|a)?\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # "Y, en cuyo capital participan A, B y C": the holders named after the verb (the referent of "cuyo")
        {"re": r"(?<=capital )(?:participan|participa|participaban|participaba|figuran|figura|entraron|entró)\b|(?<=accionariado )(?:figuran|figura|entraron|entró)\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # un comprador de los bienes de una empresa: "uno de los mayores compradores de las celdas de Kestrel"
        {"re": r"\bcompradore?s? (?:de|del) (?:(?:los|las|la|el) )?(?:[\w-]+ ){0,2}?(?:celdas|baterías|packs|módulos|chips|semiconductores|acero|aluminio|litio|níquel|cobalto|grafito|cátodos|ánodos|hidróxido|carbonato|mineral|concentrado|producción|productos|componentes|motores|asientos|neumáticos)(?= (?:de|del) (?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        {"re": r"\bclientes?\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        # a controlling or sole shareholder owns the company
        {"re": r"\baccionista (?:mayoritario|de control|único)\b|\bsocio mayoritario\b|\búnico accionista\b", "type": "owns", "frame": "SUPPLIER_N", "status": "active", "conf": 0.75},
        # "cuenta entre sus inversores con Y", "Y, inversor de X": a backer holds a stake
        # (not the dative of a message: "informó a los accionistas de Y" names no holder)
        {"re": r"(?<!\ba los )(?:\baccionistas?\b|\binversor(?:es)?\b)(?! (?:institucionales|minoristas|particulares|extranjeros|financieros)\b)", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # (the first person plural, "suministramos a Y": in an interview the company, entities/interview.py)
        # a plant or a maker "que servirá a Y": serving a named customer is supplying it ("una gigafactoría que
        # servirá principalmente a Y"); only in a relative and right before a capitalised name
        {"re": r"(?<=\bque )(?:servirá|servirán|serviría|servirían|sirve|sirven|servía|servían)(?: (?:principalmente|sobre todo|en primer lugar|inicialmente|también|ya))?(?= (?:a|al) (?-i:[A-ZÁÉÍÓÚ]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        {"re": r"(?<!\bse )\b(?:suministr(?:a|an|ará|arán|ar|ó|ado|ada|ados|adas|aba|aban)|abastec(?:e|en|erá|erán|er|ió|ido|ida|idos|idas|ía|ían|ieron)|provee|proveen|proveerá|proveer|provisto|entreg(?:a|an|ará|arán|ar|ó|ado|ada|ados|adas|aba|aban|aron)|(?:suministrar|suministrándo|abastecer|abasteciéndo|proveer|entregar|entregándo|vender|vendiéndo)(?:le|les)|suministrando|abasteciendo|proveyendo|entregando|suministr(?:amos|aremos|ábamos)|abastec(?:emos|eremos|íamos)|proveemos|entreg(?:amos|aremos|ábamos)|surt(?:e|en|irá|irán|ió|ieron|ía|ían|ir|iendo)(?! efecto))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.85},
        # putting goods at a customer's disposal: "X pondrá a disposición de Y celdas" (German "stellt Y ... bereit")
        {"re": r"\b(?:pone|ponen|pondrá|pondrán|ponía|ponían|poner|puso|pusieron|puesto|puesta)\s+a\s+(?:la\s+)?disposición\s+(?:de|del)\s+", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        # a passive made with "se" and its recipient: "las celdas se entregan a las plantas de Y", "se suministran al
        # grupo" (not "se abastece de", a purchase, nor "a través de", "a partir de")
        {"re": r"\bse (?:entreg|suministr|envi|enví)(?:a|an|ará|arán|aba|aban|ó|aron)\b(?= (?:a|al)\b(?! (?:través|partir|sí|finales|principios|mediados|cargo|medida)\b))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        {"re": r"\b(?:suministros?|entregas) (?:de|del)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8, "nominal": True},
        # fitting out a customer's vehicles: "X equipará los modelos de Y", "las celdas de X propulsarán los coches de Y"
        {"re": r"\b(?:equip(?:a|an|ará|arán|ó|aron|aba|aban|ar)|dot(?:a|an|ará|arán|ó|aron)|propulsa(?:n|rá|rán)?|alimentar(?:á|án))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "goods_owner": True},
        {"re": r"\b(?:proporcion(?:a|an|ará|arán|ar|ó|aría|arían)|equip(?:a|ará|ar|ó)|vend(?:e|en|erá|erán|ió|ieron|ía|ían|ería|erían|emos|eremos|íamos|iendo)|(?:ha|han|había|habían|hemos) vendido)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        {"re": r"\b(?:adquiere|adquirió|adquirirá|adquirir|adquirid[ao]s?|adquisición de(?:l)?|compra|compró|comprará|comprar|comprad[ao]s?|compra de(?:l)?|toma el control (?:en (?:19|20)\d\d )?de(?:l)?|tomó el control (?:en (?:19|20)\d\d )?de(?:l)?|(?:ha|han|había|habían) tomado el control de(?:l)?|tomará el control de(?:l)?|absorbe|absorbió|absorbid[ao]s?|se hace con|se hizo con|se hará con|se (?:hace|hizo|hará|ha hecho|han hecho|hicieron)(?: (?:en|el|este|ese|aquel|mismo|pasado|año|finalmente|también|ya|así|(?:19|20)\d\d|\w+mente)){1,4} con|(?:la|su) toma de control de(?:l)?|se ha hecho con|se han hecho con|hacerse con|(?:opa|oferta pública de adquisición|oferta|puja) (?:amistosa |hostil )?(?:sobre|por)|pujar por|(?:compra|adquisición|toma de control)(?= por\b))\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.85},
        {"re": r"\b(?:colabor(?:a|an|ará|arán|ar|ó)|cooper(?:a|an|ará|ar|ó)|se alía|se alían|se aliaron|se aliará|se (?:ha|han|había|habían) aliado|aliad[oa]s?|trabaj(?:a|an|ará|arán)(?: junto| conjuntamente)?(?: desde (?:hace \w+ años|(?:19|20)\d\d)| ya| también| además| estrechamente)?(?= con (?:la |el )?(?-i:[A-ZÁÉÍÓÚ]))|se asocia|se asociará|unen fuerzas)(?= con)|\b(?:alianzas?|asociaci(?:ón|ones) estratégicas?|colaboraci(?:ón|ones)|cooperaci(?:ón|ones)|acuerdos? marco|memorandos? de entendimiento|cartas? de intenciones|partnership|sociedad estratégica|laboratorio conjunto|desarrollo conjunto|proyectos? conjuntos?|proyectos? común|investigación conjunta|codesarrollo)\b", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # "ambas compañías trabajan juntas", "A y B desarrollan conjuntamente": a pair as subject
        # an order placed with a maker: "Renfe ha firmado un pedido con Talgo para treinta trenes" (Talgo supplies)
        {"re": r"\b(?:pedido|pedidos|encargo)\b(?=[^,;:()]{0,40}? con\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "needs_product": True},
        # deliveries to a customer: "ha iniciado las entregas a Volkswagen"
        {"re": r"\bentregas?\b(?= (?:a|al) (?-i:[A-ZÁÉÍÓÚ]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "nominal": True},
        # a bid named with its bidder: "la opa de BBVA sobre Sabadell" (the bidder, then the target)
        {"re": r"\b(?:opa|oferta pública de adquisición|oferta|puja) (?:(?:amistosa|hostil) )?(?:de|del)(?= (?:grupo )?(?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? (?:sobre|por) (?-i:[A-ZÁÉÍÓÚ]))", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.75, "holder_first": True},
        # using goods of a maker: "SEAT monta baterías de CATL", "Ford utiliza chips Infineon" (the maker supplies)
        {"re": r"\b(?:mont(?:a|an|ará|arán|aba|aban)|utiliz(?:a|an|ará|arán|aba|aban)|us(?:a|an|ará|arán|aba|aban)|emple(?:a|an|ará|arán)|incorpor(?:a|an|ará|arán))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "maker_only": True},
        # having a share: "Volkswagen tiene el 100% de SEAT", "CaixaBank mantiene un 26% de Naturgy"
        {"re": r"\b(?:tiene|tienen|tenía|tenían|mantiene|mantienen|conserva|conservan)(?= (?:alrededor del |cerca del |casi el |más del |aproximadamente el |el |un )\d+(?:[.,]\d+)? ?(?:%|por ciento) (?:del capital )?(?:de|del) (?:grupo )?(?-i:[A-ZÁÉÍÓÚ]))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        # choosing a partner: "Iberdrola ha elegido a Stellantis como socio" (the trigger takes in the
        # personal "a", so the one chosen is the verb's object)
        {"re": r"\b(?:elegido|elige|eligen|eligió|escogido|escoge|escogió|seleccionado|selecciona|seleccionó) a\b(?= (?:la |el )?(?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? como (?:\w+ )?(?:socio|aliado)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # a pair of equal shareholders: "Repsol y Sener serán socios al 50%", "socios a partes iguales"
        {"re": r"\bsocios (?:al 50 ?%|a partes iguales|paritarios|al cincuenta por ciento)", "type": "joint_venture", "frame": "SYM", "status": None, "conf": 0.7, "strict": True},
        # a pair that works together, with no "con": "Gestamp y Ford colaboran desde 2019"
        {"re": r"\b(?:colabor|cooper)(?:an|aban|arán)\b(?! con\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7, "strict": True},
        {"re": r"\b(?:trabaj|colabor|cooper|desarroll)\w* (?:ya )?(?:juntos|juntas|conjuntamente)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        # making goods together with a partner, a time between: "X fabrica desde 2024 junto a la española Y"
        {"re": r"\b(?:fabric(?:a|an|ará|arán|aba|aban)|produc(?:e|en|irá|irán|ía|ían)|ensambl(?:a|an|ará|arán|aba|aban))\b(?= (?:(?:ya|también|desde (?:hace (?:\w+ )?(?:años|meses)|(?:19|20)\d\d)) )*(?:junto (?:a|con)|conjuntamente con) )", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # "X desarrolla con Y una plataforma", "desarrolla junto a Y": developing with a partner
        {"re": r"\b(?:co)?desarroll(?:a|an|ará|arán|aba|aban)\b(?= (?:(?:ya|también|además|conjuntamente) )?(?:con|junto a|junto con) (?:(?:el|la) )?(?-i:[A-ZÁÉÍÓÚ]))", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # "X hace equipo con Y", "X se une a Y para fabricar ...": joining a partner
        {"re": r"\b(?:hace|hacen|hará|harán|hizo|hicieron|hacía) equipo(?= con)|\bse (?:une|unen|unió|unieron|unirá|unirán) a\b(?= (?:la |el )?(?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? para (?:fabricar|producir|desarrollar|construir|crear|ofrecer|investigar|reciclar|lanzar|impulsar)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # "A y B construyen juntos una fábrica": a plant built or run together is a joint venture
        {"re": r"\b(?:constru|levant|gestion|explot)\w* (?:ya )?(?:juntos|juntas|conjuntamente)\b(?= (?:[\w'’-]+ ){0,3}?(?:fábrica|planta|gigafactoría|gigafactoria|refinería|mina)s?\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        {"re": r"\b(?:constru|produc|produz|fabric)\w* (?:ya )?(?:juntos|juntas|conjuntamente)\b(?! (?:[\w'’-]+ ){0,3}?(?:fábrica|planta|gigafactoría|gigafactoria|refinería|mina)s?\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65, "strict": True},
        {"re": r"\b(?:acuerdos?|pactos?)\b(?! (?:de|para la) (?:venta|compra|compraventa de (?:acciones|activos)|cesión|adquisición)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.55, "strict": True, "bare": True},
        # the conditional of report: "X suministraría celdas a Y, según ..." (the status reads the mood as rumoured)
        {"re": r"\b(?:suministrar|abastecer|proveer|entregar)ía(?:n)?\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        {"re": r"\b(?:adquirir|absorber|comprar)ía(?:n)?\b|\bse har(?:ía|ían) con\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.8},
        # taking control with a time between verb and object: "tomó en 2021 el control de Y"
        {"re": r"\b(?:tom(?:ó|aron)|(?:ha|han|había|habían) tomado)\b(?= (?:(?:en|a finales de|a principios de) (?:19|20)\d\d|ya|finalmente|así) el control (?:total |mayoritario )?(?:de|del)\b)", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.8},
        {"re": r"\b(?:tom(?:a|an|ará|arán)) (?:(?:en|a finales de|a principios de) (?:19|20)\d\d|ya|finalmente|así) el control (?:total |mayoritario )?(?:de|del)\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.8},
        # a standing owner in a phrase: "Y, en manos de X desde 2019", "Y opera bajo el paraguas del grupo X"
        {"re": r"\ben(?:(?<=, en)|(?<=está en)|(?<=están en)|(?<=estaba en)|(?<=estaban en)|(?<=sigue en)|(?<=siguen en)|(?<=permanece en)|(?<=permanecen en)|(?<=ya en)|(?<=hoy en)|(?<=opera en)|(?<=operan en)|(?<=integrada en)|(?<=integrado en)|(?<=integradas en)|(?<=integrados en)) manos (?:de|del)\b|\bbajo(?:(?<=, bajo)|(?<=está bajo)|(?<=están bajo)|(?<=estaba bajo)|(?<=estaban bajo)|(?<=sigue bajo)|(?<=siguen bajo)|(?<=permanece bajo)|(?<=permanecen bajo)|(?<=ya bajo)|(?<=hoy bajo)|(?<=opera bajo)|(?<=operan bajo)|(?<=integrada bajo)|(?<=integrado bajo)|(?<=integradas bajo)|(?<=integrados bajo)) (?:el paraguas|el control) (?:de|del)\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        # setting up a venture with a partner: "X creó con Y una empresa al 50%", "X constituyó con Y una sociedad a partes iguales"
        {"re": r"\b(?:cre(?:a|an|ó|aron|ará|arán)|(?:ha|han|había|habían) (?:creado|constituido|fundado)|constituy(?:e|en|ó|eron)|fund(?:a|ó|aron))\b(?= con [^,;:()]{1,40}? (?:una|la) (?:nueva )?(?:empresa|sociedad|compañía|firma)(?: \w+)? (?:al 50 ?%|a partes iguales|al cincuenta por ciento|participada al 50 ?%|a medias)(?!\w))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.8},
        # stocking up: "X se surtirá de celdas de Y"
        {"re": r"\bse surt(?:e|en|irá|irán|ió|ieron|ía|ían)\b|\bsurtirse\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.8},
        # keeping a company for oneself: "X se queda con Y", "X se quedará con el 100% de Y" (the stake's size types it)
        {"re": r"\bse (?:queda|quedan|quedará|quedarán|quedaría|quedarían|quedó|quedaron|ha quedado|han quedado)(?: (?:en solitario|finalmente|también|así))? con\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.8},
        # taking a stake: "X toma un 20% de Y", "X tomará el 49% del capital de Y"
        {"re": r"\btom(?:a|an|ó|aron|ará|arán|ar) (?:un|el|una participación del?) \d+(?:[.,]\d+)? ?(?:%|por ciento) (?:del capital )?(?:de|del|en)\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # the winner of a contract: "X ha sido adjudicataria de un contrato de Y para ..."
        {"re": r"\badjudicatari[ao]s?\b(?= (?:de|del) (?:[\w$€.,%-]+ ){0,4}?(?:contratos?|pedidos?|encargos?|licitación|concurso)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.75},
        # entering a company's capital, past and future: "X entró en 2019 en el capital de Y", "X entrarán en el capital de Y"
        {"re": r"\b(?:entr(?:ó|aron)|(?:ha|han|había|habían) entrado)\b(?= (?:(?:en|a finales de) (?:19|20)\d\d )?en el capital (?:de|del)\b)", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        {"re": r"\b(?:entrarán|entran|entrar|entraría|entrarían) en el capital (?:de|del)\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.75},
        # the noun, governed by the subject's verb: "X negocia su entrada en el capital de Y", "X
        # completó la entrada en el capital de Y" (the status comes from that verb)
        {"re": r"\b(?:su|la) entrada en el capital (?:de|del)\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.7},
        # bidding for a company: "X pujará por Y", "X puja por Y"
        {"re": r"\bpuj(?:a|an|ó|aron|ará|arán|aría|arían) (?:también )?por\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.75},
        # a venture named by its split: "A y B ponen en marcha una sociedad al 50%", "una empresa participada a partes iguales"
        {"re": r"\b(?:empresa|sociedad|compañía|firma)(?: participada)? (?:al 50 ?%|a partes iguales|al cincuenta por ciento)(?!\w)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
        # the group named in brackets after its unit: "Brixo (grupo Corvalis)"
        {"re": r"\((?:del )?grupo (?=(?-i:[A-ZÁÉÍÓÚ]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7},
        # a stake stated with "en": "Y, participada en un 30% por X" (the size types it)
        {"re": r"\bparticipad[ao]s? (?:en un|en el|al|en (?:cerca de|alrededor de|casi|más de|menos de|torno a) un) \d+(?:[.,]\d+)? ?(?:%|por ciento) por\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        # the passive of absorbing and joining a group: "Y fue absorbida por X", "Y se integró en el grupo X"
        {"re": r"\b(?:fue|fueron|ha sido|han sido|había sido|habían sido) absorbid[ao]s?(?= por\b)", "type": "acquires", "frame": "ACQ", "status": "active", "conf": 0.8},
        {"re": r"\babsorbid[ao]s?(?= por\b)", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.8},
        {"re": r"\bse integr(?:a|an|ó|aron|ará|arán) en\b(?= (?:el grupo |la empresa |la compañía )?(?-i:[A-ZÁÉÍÓÚ]))", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.7, "unmarked_child": True},
        # a subcontractor is a supplier: "Y, subcontratista de X"
        {"re": r"\bsubcontratistas?\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # being in a company's capital: "X está en el capital de Y desde 2021", "X, presente en el accionariado de Y"
        # (and sitting or figuring there: "X se sienta en el capital de Y desde 2021", "X figura en el accionariado de Y")
        {"re": r"\b(?:está|están|estaba|estaban|sigue|siguen|permanece|permanecen|presentes?|figura|figuran|figuraba|figuraban|se sienta|se sientan|se sentaba|se sentaban) (?:ya |todavía |aún |también )?(?:presentes? )?en (?:el capital|el accionariado) (?:de|del)\b", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        # leaving a company's capital: "X salió del capital de Y", "X sale del accionariado de Y"
        {"re": r"\bsal(?:e|en|ió|ieron|drá|drán|ir|ido) (?:por completo |definitivamente )?(?:del capital|del accionariado) (?:de|del)\b", "type": "invests_in", "frame": "INV", "status": "ended", "conf": 0.75},
        # a partnership verb in a relative of "with": "Brixo, con la que colabora desde 2021" (the main subject works with Brixo)
        {"re": r"\b(?:colabor(?:a|an|aba|aban|ó|aron)|coopera(?:n|ba|ban)?|cooperó|trabaja(?:n|ba|ban)?|trabajó)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
        # a pair joined by a reciprocal verb, no "con": "X y Y se alían para ...", "X y Y unen fuerzas", "X y Y se
        # asocian para ...", "se han asociado"
        {"re": r"\bse (?:alían|aliaron|aliarán|(?:han|habían) aliado|asocian|asociaron|asociarán|(?:han|habían) asociado)\b(?! (?:con|a|al)\b)"
               r"|\bunen (?:sus )?fuerzas\b(?! con\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
    ],
    "status": {
        "rumoured": IMPERSONAL_REPORT["es"] + r"|\b(?:la )?prensa (?:\w+ )?(?:informó|publicó|aseguró|reveló|adelantó|ha publicado|ha informado)\b|\bsegún (?:fuentes|informaciones|medios|la prensa|el diario|el periódico|publica|ha podido saber|(?:ha )?informado(?!\s+(?:(?:este|esta|el|la|hoy|ayer)\s+(?:\w+\s+)?)?(?:la (?:propia )?(?:compañía|empresa|firma|sociedad|multinacional|fabricante|compradora|vendedora)|el (?:propio )?(?:grupo|fabricante|comprador|vendedor|consorcio))\b)|(?-i:[A-Z]))|\bde acuerdo con (?:fuentes|informaciones|medios|el diario|el periódico)\b|\bfuentes (?:cercanas|conocedoras|próximas|consultadas|del sector|anónimas|de la empresa)\b|\bhabría(?:n)?\b|\bestaría(?:n)?\b|\bsuministraría(?:n)?\b|\bcompraría(?:n)?\b|\brumor(?:es)?\b|\bespeculaci\w+|\bpersonas (?:familiarizadas|cercanas|conocedoras)\b|\bpublica (?:hoy )?(?:el|la) (?-i:[A-Z])|\binformó (?:el|la) (?-i:[A-Z])|\bsupuestamente\b|\bsegún (?:ha sabido|adelant\w+|avanz\w+)\b|\bsegún (?:varias|varios|diversas|diversos|algunas|algunos|distintas|distintos|dos|tres|otras|otros) (?:\w+ )?(?:medios|fuentes|informaciones|diarios|periódicos)\b|\bal parecer\b|\bpresuntamente\b|\b(?:adelanta|avanza) (?:hoy )?(?:el|la) (?-i:[A-Z])|\bha podido saber\b|\bha sabido\b|\bse baraja\b",
        "in_talks": r"\bcortej(?:a|an|aba|aban)\b|\ben (?:\w+ )?(?:negociaciones|conversaciones|diálogo|tratos)\b|\bultim(?:a|an|ando) (?:la|el|los|las) (?:compra|adquisición|venta|acuerdo|alianza|fusión|entrada|operación|contrato)\b|\bnegoci(?:a|an|ando|aciones|ación)\b|\bconversaciones\b|\bestudi(?:a|an|aba|aban) (?:un|una|la|el|su) (?:posible |eventual )?(?:acuerdo|alianza|oferta|compra|adquisición|fusión|venta|entrada|operación|propuesta|colaboración|asociación|empresa conjunta|integración)\b|\bsopesa\b|\bdiscute\w*|\bmantiene(?:n)? (?:\w+ ){0,2}(?:contactos|conversaciones|negociaciones)\b|\bcontactos (?:avanzados|preliminares|con)\b|\bexplor(?:a|an|ando)\b|\bsonde(?:a|an|ando)\b|\bbaraj(?:a|an)\b|\bvalor(?:a|an) (?:la|una|un|el) (?:posible |eventual )?(?:compra|adquisición|entrada|alianza|oferta|acuerdo|fusión|venta)\b|\btratativas\b",
        "denied": r"\bno (?:ha|había|han|habían|haber) recibido ninguna (?:\w+ )?(?:oferta|propuesta)\b|\b(?:fue|fueron|ha sido|han sido) (?:rechazad|negad)[oa]s?\b|\binexact[oa]s?\b|\bningún (?:\w+ )?interés\b|\bno (?:está|están) en venta\b|\bno (?:está|están) (?:sobre la mesa|en la agenda)\b|\bdesmient\w*|\bdesmentid\w*|\bdesmintió\b|\bniega(?:n)?\b|\bnegó\b|\bnegado\b|\bcarece de fundamento\b|\bsin fundamento\b|\binfundad\w+|\bfals[oa]s?\b|\bdescart(?:a|ó|ado|an)\b|\brechaz(?:a|ó) (?:las )?(?:informaciones|noticias|rumores|especulaciones)\b|\bdesmentir\b|\bno (?:hay|existe(?:n)?|existía(?:n)?|había) (?:ningun[ao] |ninguna )?(?:negociaciones|negociación|conversaciones|contactos|planes)\b",
        "ended": r"\b(?:se )?disolv(?:ió|ieron)\b|\b(?:abandonó|abandonaron|abandona|ha abandonado|han abandonado|había abandonado|dejó|dejaron) (?:el |la )(?:[\w-]+ )?(?:consorcio|alianza|sociedad conjunta|empresa conjunta)\b|\bperd(?:ió|ieron|ido|er|e|en) (?:el|su|un|los|sus) (?:[\w-]+ ){0,3}?(?:contratos?|pedidos?|acuerdos? de suministro)\b|\bhasta hace poco\b|\bhasta ahora\b(?= (?:\w+ )?(?:era|eran|fue|fueron|pertenecía|pertenecían|estaba|estaban|formaba|formaban|controlaba|tenía|había|habían)\b)|\brescindi\w+|\b(?:alianza|acuerdo|contrato|colaboración|relación|suministro|asociación)\b[^.;:]{0,60}?\b(?:terminó|finalizó|acabó|concluyó|se rompió|llegó a su fin)\b|\brescinde\b|\b(?:puso|pone|pondrá|pusieron|ponen) fin a(?:l)?\b(?! (?:proceso|procedimiento|espera|incertidumbre|meses|años|semanas|especulaci|rumor|las especulaciones|los rumores|la incertidumbre|las negociaciones))|\bfin (?:al|del) (?:contrato|acuerdo|suministro|alianza)\b|\bya no\b|\btermin(?:ó|a|ado) (?:su|el|la) (?:contrato|acuerdo|relación|alianza|colaboración)\b|\brompi(?:ó|do)\b|\bruptura\b|\bcancel(?:ó|a|ado|ación)\b|\b(?:cancelad[ao]s?|anulad[ao]s?|frustrad[ao]s?)\b|\bdej(?:ó|a|ará) de\b|\bcesó\b|\bexpiró\b|\b(?:ha|había|han|habían) expirado\b|\b(?:tras|después de|al) (?:expirar|vencer)\b|\bvenció\b|\bno (?:fue|ha sido|se ha) renovad[oa]\b|\bno se renovó\b|\bdisuel\w+|\bantiguo (?:proveedor|socio|accionista|propietario|inversor)\b|\b(?:ex[- ]?|otrora |antigua )(?:proveedor|socio|accionista|propietario|inversor)\b|\bse retir(?:a|ó)\b|\bsalió del?\b" + OUT_OF_PLANT["es"] + r"|\bdisolución\b|\bfracas(?:ó|a|ado|aron|ada)\b|\bse (?:rompió|rompe|ha roto)\b|\banul(?:ó|a|ado|ación)\b|\bextingui\w+|\bfinaliz(?:ó|a|ado) (?:su|el|la) (?:contrato|acuerdo|relación|alianza|colaboración)\b|\bpunto final\b|\bd(?:a|an|aba|aban|io|ió|ieron|ado|ará|arán) por (?:terminad|finalizad|concluid|extinguid)[ao]s?\b|\babandon(?:ó|a|ado) (?:el|la|su) (?:accionariado|capital|alianza|sociedad|empresa conjunta)\b|\b(?:ha|han|habían|había) roto\b|\brompen (?:su|sus)\b|\b(?:había|habían) sido (?:el|la|los|las|su|sus) (?:(?:principal|primer|mayor|único|histórico) )?(?:accionistas?|proveedor(?:es|a)?|suministrador(?:es|a)?|socios?|propietari[oa]s?|dueñ[oa]s?|matriz)\b|\b(?:bloqueó|bloquearon|ha bloqueado|prohibió|vetó|ha vetado)(?: \w+){0,3} (?:la |el )?(?:venta|compra|adquisición|fusión|oferta|operación|toma de control)\b|\b(?:venta|compra|adquisición|fusión|oferta|operación)\b(?: \w+){0,4} (?:fue|ha sido|había sido) (?:bloquead|prohibid|vetad)[oa]s?\b",
        # (nor a negated stop: "no cesa de suministrar", "nunca ha dejado de comprar" say the tie goes on)
        "negation": r"\b(?:no(?!\s+(?:solo|sólo|solamente|únicamente|menos|" + _STOP_DE + r")\b)|(?:nunca|jamás)(?!\s+" + _STOP_DE + r"\b)|ningún|ninguna)\b",
        # entregas que empiezan más tarde ("...; las entregas comenzarán en 2027")
        # a tie that starts with a later event: "will take effect", "once the plant opens", "will receive its first cells"
        "future_start": r"\bentrar(?:á|án|ía|ían) en vigor\b|\bsurtir(?:á|án) efecto\b|\bcuando (?:la |el |los |las )?(?:[\w-]+ ){0,3}?(?:abra|abran|entre en (?:funcionamiento|servicio|operación)|esté (?:terminad|operativ|construid|en marcha)\w*|empiece a producir)\b|\buna vez (?:que )?(?:la |el |los |las )?(?:[\w-]+ ){0,3}?(?:abra|abran|entre en (?:funcionamiento|servicio)|esté (?:terminad|operativ|construid|en marcha)\w*|(?:abiert|terminad|construid|inaugurad)[ao]s?)\b|\bcon la (?:apertura|entrada en (?:funcionamiento|servicio|operación)|puesta en (?:marcha|servicio)) de\b|\ba partir de la (?:apertura|puesta en marcha|entrada en funcionamiento)\b|\brecibir(?:á|án) (?:sus |las |los )?primer[oa]s\b|\brecibir(?:á|án) (?:\w+ ){0,2}(?:desde|a partir de) (?:(?:principios|finales|mediados) de )?20\d\d\b|\bempezar(?:á|án) a recibir\b",
        "starts_later": r"\b(?:entregas?|suministros?|instalación|puesta en (?:marcha|servicio))\b(?: [\w-]+){0,4}? (?:comenzar(?:á|án)|empezar(?:á|án)|arrancar(?:á|án)|se iniciar(?:á|án)|(?:deben|deberán|deberían|debería|debe) (?:comenzar|empezar|arrancar|iniciarse)|(?:están|está) previst[oa]s? (?:a partir|desde|para|en))|\b(?:empezar(?:á|án)|comenzar(?:á|án)|(?:deben|deberán|debería|deberían) (?:empezar|comenzar)) a (?:entregar|suministrar|abastecer)\w*",
        # el nombre de un vínculo y una relativa que data su inicio ("una colaboración que comenzó en 2022",
        # "la empresa conjunta que ambas crearon a finales de 2024")
        "started_after": r"\b(?:colaboración|cooperación|alianza|asociación|empresa conjunta|sociedad conjunta|joint venture|empresa mixta)\b[^;:.]{0,60}?\b(?:que (?:\w+ ){0,3}?(?:comenzó|empezó|arrancó|nació|se inició|crearon|creó|fundaron|fundó|constituyeron|constituyó|formaron|formó|mantienen desde|mantiene desde)|(?:iniciada|nacida|arrancada) (?:en|hace|a finales|a principios))\b|\b(?:empresa conjunta|sociedad conjunta|joint venture|empresa mixta)\b[^;:.]{0,30}?\bque (?:\w+ ){1,3}?(?:comparte|comparten|posee|poseen|gestiona|gestionan)\b",
        # una filial vendida ("vendió su filial Y", "completó la venta de su filial Y")
        "sold_unit": r"\b(?:vendió|vendieron|cedió|cedieron|(?:ha|han|había|habían) (?:vendido|cedido))\s+$|\b(?:completó|completaron|cerró|cerraron|culminó|culminaron|(?:ha|han|había|habían) (?:completado|cerrado|culminado)) la (?:venta|cesión) (?:(?:a|al) [^,;:()]{1,40}? )?de\s+$",
        # una oración abierta por "hasta <año>" con un pasado ("Hasta 2024, Y estaba controlada por X")
        "until_past": r"\W*(?:(?:y|pero) )?(?:[Hh]asta (?:(?:finales|principios|mediados) de )?(?:19|20)\d\d)\b,?[^;:]{0,80}?\b(?:era|eran|estaba|estaban|tenía|tenían|poseía|poseían|controlaba|controlaban|suministraba|suministraban|pertenecía|pertenecían)\b(?! (?:previst|programad)[oa]s?\b)",
        # un verbo de pedido como disparador: encargado, luego anunciado (entregado después), como "orders" en inglés (en presente o futuro; un pasado queda como estaba)
        "order_verb": r"(?:encarg(?:a|an|ará|arán)|pide|piden|ordena|ordenan|hace un pedido)",
        "not_yet": r"\b(?:todavía|aún) no\b|\bno \w+ (?:todavía|aún)\b|\bno (?:\w+ ){0,2}?antes (?:de|del)\b",
        "contrast": r"\bsino\b",
        # right before a trigger: the tie is named as absent ("sin crear una sociedad conjunta")
        "absent": r"\b(?:sin|en lugar de|en vez de)\s+(?:[\w-]+\s+){0,3}$",
        # (adverbs may stand between "dejó" and "de": "dejó además el año pasado de comprar")
        # "no suministra ya discos a Y", "no le vende ya": "no ... ya" is "ya no" with the verb between
        "no_longer_after": r"\s+ya\b(?!\s+que\b)",
        # (a negated stop is no end but "keeps on": "no cesa de suministrar", "nunca ha dejado de comprar")
        "cessation": r"\bya no\b|" + _NOT_STOP + r"\bces(?:ó|a|an|aron|ado|ará) de\b|" + _NOT_STOP + r"\bdej(?:ó|a|ará|ado|aron|an)(?: (?:además|ya|también|finalmente|definitivamente|el año pasado|este año|en (?:19|20)\d\d|hace (?:un|dos|tres|unos) (?:años?|meses)))* de\b|\bno \w+ más\b",
        # a past verb of supplying or holding with 'hasta' and a year: the tie ran until then ("suministró ... hasta 2022")
        # a tie with its last year, either order: "forniva ... fino al 2022", "fino al 2022 forniva"
        # "hasta ahora" / "hasta entonces" with an imperfect of supply or holding, or what a company was
        # until then: "Hasta ahora, las celdas de Z las suministraba Y", "Y, hasta entonces empresa conjunta con Z"
        "ended_so_far": r"\bhasta (?:ahora|entonces|el momento|ese momento|la fecha)\b"
                        r",?[^;:.]{0,80}?\b(?:era|eran|suministraba|suministraban|abastecía|abastecían|proveía|proveían|controlaba|controlaban|poseía|poseían|compraba|compraban|pertenecía|pertenecían|tenía|tenían)\b",
        "ended_then_noun": r"\bhasta (?:entonces|ese momento),? (?:una? |la |su |sus )?(?:empresa conjunta|sociedad conjunta|joint venture|filial|proveedor|socio|accionista)\b",
        # un vínculo duradero en pluscuamperfecto: "X había suministrado a Y durante años", "Z, que había
        # controlado Y hasta 2024" (no un hecho puntual, "había comprado Y", cuyo resultado puede seguir)
        "ended_pluperfect": r"\b(?:había|habían) (?:(?:ya|siempre|le|les) ){0,2}(?:suministrado|abastecido|provisto|controlado|poseído)\b",
        # a tie with how many years it ran ("durante años", where the present says "desde hace años"):
        # "que durante años suministró a Y"
        "ended_for_years": r"\b[Dd]urante (?:muchos |varios |largos )?(?:años|décadas)\b",
        # a holder's shares sold, no company named after them: "pero vendió las acciones en 2024"
        "ended_sold": r"\b(?:vendió|vendieron|ha vendido|han vendido|había vendido) (?:las (?:sus )?acciones|sus acciones|su participación|la participación)\b(?! (?:en|de|del)\b(?! (?:19|20)\d\d\b))",
        # deliveries told with the year they start: "con entregas a partir de 2027"
        "starts_later_year": r"\b(?:entregas|suministros)\b (?:a partir de(?:l)? |(?:que comenzarán|que empezarán) (?:en )?)(?:(?:principios|finales|mediados) de )?20\d\d\b",
        "ended_more": rf"\b{_PAST_TIE}\b[^,;:]{{0,60}}?\b{_UNTIL_YEAR}\b|\b{_UNTIL_YEAR}\b,?[^,;:.]{{0,40}}?\b{_PAST_TIE}\b",
        "hedge": r"\b(?:podría(?:n)?|podrá|quizás|posiblemente|eventualmente)\b",
        # a wish or a hope of the subject ("we would like to supply Y"): no deal yet, at most talks
        # (not the third person "espera", "esperan": the press's "expects", "X espera suministrar a Y a partir de
        # 2027" is a deal with a start date)
        "wish": r"\b(?:(?:nos|le|les) gustaría|quisiéramos|querríamos|queremos|quiere|quieren|esperamos|ojalá|deseamos|desea|desean)\b",
        "condition": r"\b(?:si|en caso de que|siempre que|a condición de que)\b",
        "unlikely": r"\bno (?:está )?previsto\b|\bno se espera\b|\bimprobable\b|\bpoco probable\b|\bno tiene (?:intención|planes)\b|\bno (?:está|están) en negociaciones\b|\bno (?:tiene|tienen) ningún (?:plan|proyecto|interés)\b|\bno (?:está|están) (?:estudiando|considerando|valorando)\b",
    },
    "local": {
        # the deal's nouns and "new" among the words of "announced": not a future for a verb in the present
        "deal_words": r"\b(?:acuerdo|contrato|nuevo|nueva)\b",
        "active": r"\b(?:(?:tomó|tomaron|suscribió|suscribieron) en (?:19|20)\d\d|(?:nacid|surgid)[oa]s? en (?:19|20)\d\d (?:de|del)|(?:tiene|tienen|mantiene|mantienen|conserva|conservan|cuenta con) (?:(?:ya|además|también|todavía|aún) )?(?:una|la|el|un|su) (?:participación|paquete|\d+)|(?:crearon|fundaron|constituyeron|creó|fundó|constituyó|(?:han|ha) (?:creado|fundado|constituido)) en (?:19|20)\d\d|(?:cread|fundad|constituid)[ao] en (?:19|20)\d\d|posee|controla|participa|participan|colabora|colaboran|coopera|cooperan|opera|operan|gestiona|gestionan|ya|actualmente|desde|existente|principal|único|comenzó|empezó|ha comenzado|sigue|continúa|seguirá|seguirán|continuará|continuarán|compró|adquirió|absorbió|invirtió|entró|entraron|(?:ha|han) entrado|se hizo con|se hizo|se hicieron|tomó el control|(?:crearon|fundaron|constituyeron|creó|fundó|constituyó|(?:han|ha|habían|había) (?:creado|fundado|constituido))$)\b",
        "announced": r"\b(?:crean|crea|crear|forman|(?<!\ben )(?<!\bla )(?<!\buna )forma|formar|constituyen|constituye|constituir|lanzan|lanza|fundan|funda|ponen en marcha|acordaron|acuerdan|firm\w+|suscrib\w+|acuerdo|contrato|anunci\w+|prevé|previsto|a partir de" + NOT_MADE_FROM["es"] + r"|nuevo|nueva|se compromete|se (?:ha|han) comprometido a|(?:ha|han) aceptado|aceptó|acordado|acordó|acuerda|para|va a|van a|pondrán?|\w+(?:ará|erá|irá|arán|erán|irán))\b",
    },
    "completed": r"\b(?:acuerdos?|alianzas?|contratos?) de (?:colaboración|cooperación|desarrollo(?: conjunto)?) (?:[\w-]+ ){0,6}?(?:firmad[oa]s?|firmó|firmaron|sellad[oa]s?|sellaron) en (?:19|20)\d\d\b|\b(?:está|están|sigue|siguen|continúa|continúan|permanece|permanecen|ya) en vigor\b|\ben vigor desde\b|\b(?:completado|completó|completa|culminado|culminó|culmina|culminan|completan|completara|completaran)\b|\b(?:cerrado|cerró|cerrara|cerraran|ultimado|ultimó)\b(?!\s+(?:con\s+[^,;.]{1,50}?\s+)?(?:(?:un|una|unos|unas|dos|tres|varios|varias|el|los|su|sus|este|estos|nuevos?|nuevas?)\s+)?(?:[\w-]+\s+)?(?:contratos?|acuerdos?|pedidos?|pactos?|memorandos?|encargos?)\b)|\b(?:formaliz|consum)(?:ó|ado|aron) (?:la|el) (?:compra|adquisición|venta|operación|toma de control|fusión|absorción)\b|\bcierra(?:n)? (?:la|el) (?:compra|adquisición|venta|operación|toma de control|fusión|absorción)\b",
    # (the rumours a statement ends, or that came before it: "Tras semanas de rumores, X confirmó ...")
    "unhedge": r"\b(?:pone|pon(?:iendo)?|puso) fin a (?:las|los) (?:\w+\s+){0,2}(?:especulaciones|rumores)\b"
               r"|\b(?:tras|después de) (?:\w+\s+){0,2}(?:días|semanas|meses|años) de (?:\w+\s+){0,2}(?:rumores|especulaciones)\b",
    "stake": r"\b(?:participación|acciones|paquete|minoritari[ao]|capital|por ciento|un tercio|una cuarta parte|un cuarto|una quinta parte|un quinto|la mitad)|%",
    "majority": r"\b(?:mayoritari[ao]|mayoría|control|totalidad|íntegr[ao]|resto|restante)\b|\b100 ?(?:%|por ciento)",
    "anaphora": r"\b(?:el acuerdo|el contrato|la información|las informaciones|la noticia|la operación|la alianza|la empresa conjunta|la compra|la adquisición|los rumores|la colaboración|el pedido)\b",
    "facility": {
        "nouns": r"\bgigafactor(?:ía|ia|y)s?\b|\bplantas?\b|\bfábricas?\b|\bfactoría\b|\bcentro de producción\b|\bcomplejo industrial\b|\binstalaci(?:ón|ones) (?:de producción|industrial(?:es)?)\b|\blíneas? de producción\b|\brefinería\b",
        "weak_nouns": r"\bsede\b|\bcentro\b|\binstalaci(?:ón|ones)\b|\bhub\b",
        "exclude": r"\bplantas? (?:fotovoltaicas?|solar(?:es)?|eólicas?|baja|de energía|termosolar\w*)\b|\bcentrales?\b|\bcentro (?:comercial|de investigación|histórico)\b",
        "build": r"\bconstru\w+|\bedific\w+|\blevant\w+|\binvert\w+|\binvier\w+|\bprodu\w+|\bfabric\w+|\babr\w+|\bensambl\w+",
        "status": {
            "under_construction": r"\ben (?:plena )?construcción\b|\bse está construyendo\b|\bestá construyendo\b|\bprimera piedra\b|\bobras (?:han comenzado|comenzaron|en curso|de construcción)\b|\binicio de (?:las )?obras\b|\bcomenzó la construcción\b|\bse construye\b",
            "active": r"\binaugur\w+|\babrió\b|\bha abierto\b|\bproduce\b|\bproducen\b|\ben funcionamiento\b|\ben operación\b|\boperativa?\b|\binició la producción\b|\bcomenzó a producir\b|\bexistente\b|\bemplea\b|\bsalen de la línea\b|\bfabrica\b",
            "ended": r"\bcierr(?:a|e|an)\b|\bcerr(?:ó|ar|ado|ada|ará)\b|\bcierre\b|\bclausur\w+|\bdet(?:iene|uvo) la producción\b|\bparaliz\w+|\bcese de (?:la )?(?:producción|actividad)\b",
            "planned": r"\bprevé\b|\bplane\w+|\bplan(?:es)?\b|\bproyect\w+|\bestudia\w*|\bpodría\b|\bpretende\b|\bquiere\b|\bbusca\b|\bconsidera\w*|\bintención\b|\bestudio de viabilidad\b|\baspira\b",
            "announced": r"\banunci\w+|\bpresent(?:ó|a)\b|\bconstruirá\b|\blevantará\b|\babrirá\b|\binstalará\b|\bconfirm\w+|\belegid\w+|\beligió\b|\bseleccion\w+|\bfirm\w+|\baprob\w+|\bluz verde\b|\bproducirá\b|\btendrá una capacidad\b|\bse construirá\b",
        },
    },
}

# (partners) fundar una sociedad con un socio es una empresa conjunta: "X fundó junto a Y la empresa Z",
# "X crea con Y una nueva sociedad" (un nombre o un nombre de sociedad en la misma oración)
LEXICON["triggers"][0:0] = [
    {"re": r"\b(?:fund(?:ó|aron|a|an|ado|ará|arán)|cre(?:ó|aron|a|an|ado|ará|arán)|constitu(?:yó|yeron|ye|yen|ido|irá|irán))(?!\w)(?=(?: [\w'’-]+){0,6}? (?:con|junto a|junto con|conjuntamente con) (?:(?:el|la|los|las) )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÁÉÍÓÚ]))(?=[^.;:,]{0,80}?\b(?:sociedad|empresa|compañía|firma|start-?up|startup)\b| (?-i:[A-Z]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
]
# --- partnership family (par16): descriptor lists, shared plants ---------------------------------------
# "la eléctrica X y los fabricantes Y y Z", "y los grupos alemanes Y": a plural kind noun (and its
# adjectives) after the conjunction still joins the next company to the list
LEXICON["coord_np"] += r"|(?:y|e)\s+(?:los|las)\s+(?:fabricantes|constructoras|grupos|empresas|compañías|automovilísticas|eléctricas|energéticas|proveedores|gigantes|socios|multinacionales)(?:\s+(?-i:[a-zá-ú])[\w-]+){0,2}"
LEXICON["triggers"].extend([
    # "la gigafactoría de A y B", "la planta de baterías de A y B": one plant of a pair
    {"re": r"\b(?:la |de la |a la |en la )(?:futura |nueva )?(?:planta|fábrica|gigafactoría|factoría|refinería)(?: de (?:baterías|celdas|cátodos))?(?= de (?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,40}? (?:y|e) (?-i:[A-ZÁÉÍÓÚ]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.7},
    # "su planta conjunta", "la planta que construyen juntas"
    {"re": r"\bsu (?:planta|fábrica|gigafactoría|refinería) (?:conjunta|común)\b|\b(?:planta|fábrica|gigafactoría|refinería) que (?:construyen|levantan|gestionan|comparten|operan) (?:juntas|juntos|conjuntamente)\b", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
])
LEXICON["triggers"].extend([
    # "colabora desde 2023 con Y", "coopera en Europa con Y": a time or place between the verb of working
    # together and its "con"
    {"re": r"\b(?:colabor|cooper)(?:a|an|aba|aban|ará|arán)(?= (?:(?:ya |también )?desde (?:hace (?:\w+ )?(?:años|meses)|(?:19|20)\d\d)|en (?-i:[A-ZÁÉÍÓÚ])[\w-]+(?: (?-i:[A-ZÁÉÍÓÚ])[\w-]+)?) con\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# "una alianza tecnológica ... que no incluye ninguna sociedad conjunta", "sin crear una empresa conjunta":
# a venture noun denied right before it is no venture of a pair that another trigger ties (also read by
# the talks frame: a purpose denied is not the talks' purpose)
LEXICON["talks_purpose"]["negated"] = r"\b(?:ningun[ao]?|sin|ni|no|nunca)\b(?:\s+[\w'’]+){0,3}\s*$"
# (put first: the partnership triggers of the same verb would otherwise take its words)
LEXICON["triggers"][0:0] = [
    # "A y B se alían: nace Z", "unen fuerzas para crear una empresa": an alliance that founds a company is
    # a joint venture
    {"re": r"\b(?:se alían|se aliarán|unen fuerzas|unirán fuerzas)\b(?=[^.;]{0,12}?\b(?:nace|nacerá|(?:para|y) (?:crear|constituir|fundar|lanzar) (?:una |la )?(?:nueva )?(?:empresa|sociedad|compañía)))", "type": "joint_venture", "frame": "SYM", "status": "announced", "conf": 0.8},
]
# (put first: "junto a" would otherwise be read as a partnership)
LEXICON["triggers"][0:0] = [
    # "X posee junto a Y una planta", "explota con Y la refinería": a plant two companies own or run
    # together is their joint venture
    {"re": r"\b(?:posee|poseen|explota|explotan|comparte|comparten)\b(?= (?:junto a|junto con|conjuntamente con|con) )(?=[^.;]{0,80}?\b(?:planta|fábrica|gigafactoría|refinería|mina)s?\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
]
LEXICON["triggers"].extend([
    # un acuerdo de licencia entre dos empresas es una alianza tecnológica
    {"re": r"\b(?:acuerdos?|contratos?) de licencia\b", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7},
])

LEXICON["triggers"].extend([
    # una empresa conjunta que la pareja acordó o planea constituir ("la empresa conjunta que A y B acordaron
    # constituir", "la sociedad mixta que A y B van a crear"): la pareja es su matriz
    {"re": r"\b(?:empresa|sociedad|compañía) (?:conjunta|mixta),? que(?= (?:el |la )?(?:[\w-]+ ){0,3}?(?-i:[A-ZÁÉÍÓÚ])[^,;:()]{0,60}? (?:y|e) [^,;:()]{0,60}? (?:acordaron|decidieron|pactaron|anunciaron|planean|prevén|quieren|van a|han (?:acordado|decidido|pactado|anunciado)) (?:\w+ ){0,2}?(?:constituir|crear|fundar|formar|lanzar|poner en marcha)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "announced", "conf": 0.8},
])

LEXICON["triggers"].extend([
    # desarrollar con: "Brixo, con la que Norvik desarrolla celdas desde 2023"
    {"re": r"\b(?:co)?desarroll(?:a|an|aba|aban|ó|aron)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
])

LEXICON["triggers"].extend([
    # una participación dicha por una fracción justo antes de la empresa ("posee un tercio de Y", "controla una
    # quinta parte de Y"), y una participación dicha tras el capital de la empresa ("mantiene en el capital de Y
    # una participación minoritaria")
    {"re": r"\b(?:tiene|tienen|tenía|posee|poseen|poseía|controla|controlan|controlaba|mantiene|conserva)\s+(?:(?:alrededor de|cerca de|casi|más de|menos de|aproximadamente)\s+)?(?:un tercio|una cuarta parte|un cuarto|una quinta parte|un quinto|una décima parte)\s+(?:del capital\s+|de las acciones\s+)?(?:de|del)\b", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8},
    {"re": r"\b(?:conserva|conservan|mantiene|mantienen|tiene|tienen|posee|poseen)\s+(?:aún\s+|todavía\s+)?en el capital (?:de|del)(?=\s*[^,;:()]{1,50}?\b(?:una|su)\s+(?:\w+\s+)?(?:participación|parte))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8, "stake_after": True},
])

# una conjunción con cualquier descripción de la empresa siguiente, artículo y palabras en minúscula ante su
# nombre ("y la vitoriana Y", "y la cadena de supermercados Y"; no "y la planta de Y": la última palabra no es preposición)
LEXICON["coord_np"] += r"|(?:y|e)\s+(?:el|la)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:filial|división|unidad|matriz|dueña|dueño|propietaria|propietario|conjunta|mixta|joint|consorcio|alianza)\b)(?:(?-i:[a-záéíóúñü])[\w-]+\s+){0,3}?(?!(?:de|del|en|con|para|por|a|al|y|e|o|que|su|sus|entre|otra|otro|nueva|nuevo|misma|mismo)\s)(?-i:[a-záéíóúñü])[\w-]+"

# una noticia contada por su medio, con palabras en medio ("un diario alemán publicó que", "una
# publicación especializada de Hong Kong aseguró a fines de enero que", "varios artículos apuntaron"): lo
# que dice es rumor; un "—Nada." a secas tras la pregunta del entrevistador lo desmiente
LEXICON["status"]["rumoured"] += (
    r"|\b(?:un|una|varios|varias|algunos|algunas|dos|tres|otro|otra|otros|otras) (?:diarios?|periódicos?|publicaci(?:ón|ones)|"
    r"medios?|revistas?|semanarios?|portal(?:es)?|rotativos?|boletin(?:es)?|boletín|artículos?|cabeceras?)\b[^.;:]{0,60}?\b"
    r"(?:publicó|publicaron|aseguró|aseguraron|informó|informaron|afirmó|afirmaron|reveló|revelaron|adelantó|adelantaron|"
    r"apuntó|apuntaron|señaló|señalaron|(?:ha|han|había|habían) (?:publicado|asegurado|informado|afirmado|revelado|adelantado|apuntado))\b")
LEXICON["status"]["denied"] += r"|^\W*(?:nada|no)\W*$"

# un vínculo contado en imperfecto con su año de inicio ("que suministraba a Y desde 2009", "que
# desde 2015 abastecía a Y", "que le compraba ... desde hace años"): un estado del pasado, terminado
_ES_IMPERFECT_TIE = r"(?:suministraba|suministraban|abastecía|abastecían|proveía|proveían|entregaba|entregaban|fabricaba|fabricaban|montaba|montaban|compraba|compraban|controlaba|controlaban|poseía|poseían)"
LEXICON["status"]["ended_imperfect"] = (
    rf"\b{_ES_IMPERFECT_TIE}\b[^,;:.]{{0,60}}?\bdesde (?:(?:19|20)\d\d|hace (?:años|décadas|\w+ años))\b"
    rf"|\bdesde (?:(?:19|20)\d\d|hace (?:años|décadas|\w+ años))\b,? (?:\w+ ){{0,2}}?{_ES_IMPERFECT_TIE}\b")

# las primeras entregas aplazadas a un año por venir ("cuyas primeras entregas no llegarán antes de 2027",
# "las primeras entregas están previstas para 2028"): el acuerdo está firmado, el suministro aún no corre
LEXICON["status"]["starts_later"] += (
    r"|\bprimer[oa]s (?:entregas|suministros|envíos|toneladas)\b(?: [\w-]+){0,3}? (?:no (?:llegar|comenzar|empezar|se producir)(?:á|án) "
    r"(?:antes de|hasta)|(?:están|estarán|está) previst[oa]s (?:para|en|a partir de)) (?:(?:principios|finales|mediados) de )?20\d\d\b")

# un contrato no prorrogado a su vencimiento ("no fue prorrogado", "no se prorrogó"): terminado
LEXICON["status"]["ended"] += r"|\bno (?:fue|ha sido|se ha) prorrogad[oa]\b|\bno se prorrogó\b"

# el verbo de fin antes de su contrato ("terminó también el contrato por el cual X le vendía a Y",
# "finalizó la alianza"): terminado
LEXICON["status"]["ended"] += (
    r"|\b(?:terminó|terminaron|finalizó|finalizaron|concluyó|expiró|venció) (?:(?:también|así|entonces|ya) )?(?:el|la|los|las|su|sus) "
    r"(?:contratos?|acuerdos? de suministro|alianzas?|colaboraci(?:ón|ones)|relaci(?:ón|ones) comercial(?:es)?|suministros?)\b")
# una participación contada en imperfecto en una relativa ("Kelda, que poseía en torno al 6 % de Y"): terminada
LEXICON["status"]["ended_imperfect"] += r"|\b(?:que|la cual|el cual) (?:entonces )?(?:poseía|poseían|controlaba|controlaban)\b"

# una compra nombrada como un hecho pasado, tras "tras", "después de", "desde", "gracias a", "heredada de" ("tras
# la compra de Y en 2019"): hecha, activa; no una que la frase dice por venir
LEXICON["status"]["done_noun"] = (
    r"\b(?:tras|después de|desde|gracias a|a raíz de|heredad[oa]s? de)\s+(?:la |el |su |sus |los |las )?"
    r"(?:compras?|adquisici(?:ón|ones)|absorci(?:ón|ones)|fusi(?:ón|ones)|toma de control)\b"
    r"(?![^.;:]{0,120}?\b(?:deberá|deberán|debería|será|serán|prevista|previsto|pendiente|sujeta|sujeto|(?-i:[a-záéíóú]+)(?:rá|rán))\b)")

# el futuro en primera persona del plural, cuando la empresa de una entrevista habla de un contrato por venir
# ("Suministraremos a Y los arneses", "entregaremos desde 2027"): por venir, como "suministrará" (no el presente
# "suministramos", ni "queremos")
LEXICON["local"]["announced"] += r"|\b(?!queremos\b)(?-i:[A-ZÁÉÍÓÚÑa-záéíóúñ][a-záéíóúñ]+(?:ar|er|ir)emos)\b"  # (a capital only first: "Suministraremos" opens a sentence)

# un proyecto o un acuerdo al que se renuncia ("ha renunciado al proyecto de empresa conjunta con Y", "abandonó el
# plan"): terminado, como "renoncé au", "abandoned its plan"
LEXICON["status"]["ended"] += (
    r"|\b(?:(?:ha|han|había|habían) renunciado|renunci(?:ó|aron|a|an)) (?:a|al)\b"
    r"|\b(?:abandonó|abandonaron|(?:ha|han|había|habían) abandonado) (?:el|la|los|las|su|sus) (?:[\w-]+ )?"
    r"(?:proyectos?|plan|planes|idea|acuerdo|oferta|operación|compra)\b")

# entregas que empiezan más tarde, con un inciso entre el nombre y su verbo ("las primeras entregas a Y, previstas
# en el contrato de 2022, comenzarán en 2028"): un vínculo aún por venir
LEXICON["status"]["starts_later"] += (
    r"|\b(?:entregas?|suministros?)\b(?: [\w'’-]+){0,4}?,[^,;:.]{1,90}, (?:comenzar(?:á|án)|empezar(?:á|án)|arrancar(?:á|án)|"
    r"se iniciar(?:á|án)|(?:deben|deberán|deberían|debería|debe) (?:comenzar|empezar|arrancar|iniciarse)|"
    r"(?:están|está|estarán|estará) previst[oa]s? (?:a partir|desde|para|en))")

# a verb of cooperating in the perfect, or with an adverb of manner before its "con" ("X ha colaborado
# con Y", "X ha trabajado estrechamente con Y", "X colabora estrechamente con Y"); "trabajar" only
# before a proper name (not "ha trabajado con los sindicatos")
LEXICON["triggers"].extend([
    {"re": r"\b(?:(?:ha|han) (?:ya )?(?:colaborado|cooperado)|(?:ha|han) (?:ya )?trabajado(?= (?:(?:estrechamente|codo con codo|conjuntamente) )?con (?:la |el )?(?-i:[A-ZÁÉÍÓÚ]))|colabor(?:a|an)(?= estrechamente\b)|coopera(?:n)?(?= estrechamente\b))(?= (?:(?:estrechamente|codo con codo|conjuntamente) )?con\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# una información que la parte no comenta sigue siendo una información de prensa; "ni confirma ni desmiente" la
# deja en pie; "según ha adelantado X" es lo que publicó un medio
LEXICON["status"]["rumoured"] += (
    r"|\b(?:ha|han|había) (?:declinado|rehusado|evitado) (?:hacer )?comenta(?:r|rios)\s+(?:sobre\s+)?(?:las |estas |dichas )?"
    r"(?:informaciones|noticias|especulaciones|rumores)\b"
    r"|\bno (?:ha|han) querido (?:hacer )?comenta(?:r|rios)\s+(?:sobre\s+)?(?:las |estas )?(?:informaciones|noticias|especulaciones)\b"
    r"|\bsegún (?:ha|han|había|habían) (?:adelantado|avanzado|revelado|desvelado)\b"
    "|" + NEITHER_NOR_REPORT["es"])
# un contrato que se deja expirar o que queda sin efecto ha terminado
LEXICON["status"]["ended"] += (
    r"|\b(?:dejó|dejado|deja|dejan|dejaron|dejar|dejaba) (?:expirar|caducar|vencer)\b"
    r"|\b(?:quedó|quedaron|ha quedado|han quedado|quedaba) sin efecto\b|\b(?:caducó|ha caducado|han caducado)\b")
# "circuló la posibilidad", "circulan rumores": lo que se dice en el mercado; "ha rechazado las informaciones": un desmentido
LEXICON["status"]["rumoured"] += r"|\bcircul(?:a|an|ó|aron|aba|aban)\b[^.;:]{0,40}?\b(?:posibilidad|rumor(?:es)?|informaci(?:ón|ones)|versi(?:ón|ones))\b"
LEXICON["status"]["denied"] += r"|\b(?:ha|han|había|habían) rechazado (?:las |estas |dichas )?(?:informaciones|noticias|rumores|especulaciones)\b"
# una respuesta que empieza por «No.» (también tras «R:») rechaza lo preguntado
LEXICON["status"]["answer_no"] = r"^\W*(?:(?-i:[A-Z])[\w.]{0,20}\s*:\s*)?no\b[.!,;](?!\s*\d)"
# un titular que empieza por su fuente («Fuentes: X negocia ...») cuenta un rumor
LEXICON["status"]["rumoured"] += r"|^\W*(?:fuentes|rumores?)\s*:"

# un memorando firmado con un socio ("ha firmado un memorando con Y"; "memorando de entendimiento" ya se lee):
# una alianza, el socio tras "con" a pocas palabras del nombre; no uno sobre un suministro
LEXICON["triggers"].extend([
    {"re": r"\bmemorand(?:o|os|um)\b(?! de entendimiento\b)(?=(?: [\w'’-]+){0,3}? con\b)(?![^.;]{0,90}?\b(?:suministr\w*|abastec\w*|entrega\w*)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
])

# entregas por venir con el participio sin su auxiliar ("con las primeras entregas previstas para 2027") o con
# el futuro de "llegar" ("las primeras entregas llegarán el próximo año"): el contrato está firmado, el
# suministro aún no
LEXICON["status"]["starts_later"] += (
    r"|\b(?:entregas?|suministros?)\b(?: [\w'’-]+){0,3}? previst[oa]s? (?:a partir|desde|para|en)"
    r"|\b(?:entregas?|suministros?)\b(?: [\w'’-]+){0,3}? llegar(?:á|án) (?:[\w'’-]+ ){0,3}?"
    r"(?:en (?:19|20)\d\d|a partir|el (?:próximo|año que viene)|(?:a )?(?:principios|finales|mediados) de)")

# las negociaciones contadas por la propia parte, en primera persona del plural, como en las entrevistas
# ("Negociamos con Y", "estamos hablando con Y", "conversamos con Y"): en negociación, dicho por la parte
LEXICON["status"]["in_talks"] += r"|\bnegociamos\b|\b(?:estamos hablando|conversamos|hablamos) (?=con\b)"
