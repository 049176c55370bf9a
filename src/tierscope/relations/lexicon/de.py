"""German lexicon: plain data read by tierscope.relations.engine (see lexicon/__init__ for keys).

German puts the verb of a subordinate or compound clause last ("X wird ab 2026 Zellen an Y
liefern"), so ``verb_final`` lets the engine look for both companies before the trigger."""

from ._shared import IMPERSONAL_REPORT, NEITHER_NOR_REPORT, PRICE_MOVE_AFTER, TAKING_WASTE, WASTE_GOODS


LEXICON = {
    "coord": [",", "und", "sowie", "&", "und die", "und der", "und das", "sowie die", "sowie der", "als auch", "als auch die", "als auch der", "aber auch", "sondern auch"],
    # "Samsung SDI und das US-Start-up Solid Power", "BMW und der chinesische Zellhersteller CATL": a
    # conjunction, then a description of the next company ending in its kind right before its name.
    # ("subsidiary" and the like are left out: they state a relation of their own.)
    # "die japanische Resonac und die chinesische SICC": or an adjective of origin right before the name
    # "mit Corvalis, dem koreanischen Zellhersteller Tessaro und ...": a comma, a dative article, at most two
    # adjectives and a kind right before the name (an apposition ", dem Konzern, der ..." has no name after it;
    # a relative ", dem der Konzern" has an article where the adjectives stand)
    "coord_np": r",\s*(?:dem|einem)\s+(?:(?!(?:der|die|das|den|dem|des|denen|deren)\s)(?-i:[a-zäöü][\w-]*en)\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*(?:Start-?up|[Kk]onzern|[Hh]ersteller|[Bb]auer|[Zz]ulieferer|[Uu]nternehmen|[Ff]irma|[Rr]ivalen|[Pp]artner|[Ff]ertiger|[Rr]iesen|[Vv]ersorger|[Pp]roduzenten|[Ss]pezialisten|[Ee]ntwickler|[Aa]nbieter|[Bb]etreiber)|(?:und|sowie)\s+(?:der|die|das|den|dem|des|ein|eine|einem|einer|seine[mn]?|ihre[mn]?)\s+(?:(?:[\w'’.-]+\s+){0,3}?[\w-]*(?:Start-?up|[Kk]onzern|[Hh]ersteller|[Bb]auer|[Zz]ulieferer|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Rr]ivale|[Pp]artner|[Ff]ertiger|[Rr]iese|[Vv]ersorger|[Pp]roduzent|[Ss]pezialist|[Ee]ntwickler|[Aa]nbieter|[Bb]etreiber)(?:e?n|s)?|(?-i:[a-zäöü][\w-]*isch|deutsch)e[nrs]?)",
    # "X, an dem Y 20 Prozent hält", "X, den Y übernommen hat": the company after these words acts on X.
    # (die/das are left out: nominative and accusative look alike. "X, deren Fonds an Y beteiligt sind":
    # the possessive's noun governs a preposition before the name, so X holds the stake, not Y.)
    "rel_object": r"den|an dem|an der|an denen|bei dem|bei der|von dem|von der|(?:dessen|deren)(?!(?:\s+[\w'’-]+){1,2}\s+(?:an|am|bei|beim|in|im)\s+$)",
    # Selling a unit or a stake is a change of ownership, not a supply of goods.
    "asset": r"(?:Sparte|Tochter|Geschäft|Bereich|Beteiligung|Anteil|Aktien|Einheit)",
    # "Varta-Tochter", "Bosch-Sprecher": a name glued to a noun by a hyphen names something else.
    "compound_modifier": True,
    # "counts Y among its shareholders": a membership the possessive reading needs
    "among": r"\b(?:unter|zu den|zu (?:seinen|ihren))\b",
    # "X, which holds ...": the relative's antecedent is the subject, whatever governs it
    "rel_subject": r"der|die|das|welche[rs]?",
    # (supS) the town of a name before its subject relative ("Maltrix aus Aachen, das")
    "rel_place": r"\s+(?:aus|in)\s+(?-i:[A-ZÄÖÜ])[\w.-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w.-]*){0,2}",
    # "buys Y's stake in Z", "la participación de Y en Z": Y only holds the stake; Z is the company
    "stake_holder": r"\s+an\s+",
    # "the Varta-Tochter V4Drive", "the Geely-owned Volvo": the owner glued to the company named after it
    "owner_compound": r"-\w*(?:[Tt]ochter|Sparte|Marke|Beteiligung)\w*\s+",
    # "die frühere Varta-Tochter V4Drive": the owner glued to its unit no longer owns it
    "former": r"\b(?:frühere[rnms]?|ehemalige[rnms]?|einstige[rnms]?)",
    # "X, whose largest shareholder is Y": the name after the noun is its referent, X its anchor
    "rel_whose": r"dessen|deren",
    # "a round led by X, with participation from Y and Z": more investors after the first
    "co_investor": r"\s*,?\s*(?:mit Beteiligung von|unter Beteiligung von|gemeinsam mit|zusammen mit)\s+(?:(?-i:[a-zäöüß][\w-]*)\s+){0,3}",
    "possessive": r"\b(?:seine?[nmrs]?|ihre?[nmrs]?)\b",
    # between a joint venture's own name and the noun: "ACC, das Gemeinschaftsunternehmen von ...", "ACC wurde als Gemeinschaftsunternehmen von ... gegründet"
    "venture_appos": r"\s*\)?\s*(?:(?:(?:\s(?-i:[A-Z])[\w.&-]*)?,\s*|\s+(?:ist|war|wird|wurde|bleibt)\s+)(?:das|ein|der|die|eine|dem|einem)\s+|\s+[^,;:()]{0,40}?\bals\s+(?:(?:das|ein|eine)\s+)?)(?:[\w%-]+\s+){0,2}",
    # a pair named before, referred back to ("die beiden Konzerne")
    "pair_anaphor": r"\b(?:beide[nr]?|die beiden|der beiden|den beiden) (?:Unternehmen|Konzerne[n]?|Partner[n]?|Hersteller[n]?|Firmen|Gesellschafter[n]?|Autobauer[n]?|Gruppen)\b",
    # deal nouns: "a deal ... for the supply of" reads like "a supply deal"
    "deal": r"(?:\b|\w)(?:[Vv]ertr[aä]ge?s?|[Aa]uftr[aä]ge?s?|[Vv]ereinbarung(?:en)?|[Aa]bkommen)\b",
    # goods owned by the customer: "fournit les systèmes des utilitaires de Stellantis"
    # a production participle: "kauft die von X gefertigten Zellen" (X is the seller)
    # a member named among a company's own suppliers or customers: "machte X zu einem seiner Lieferanten"
    "one_of": r"(?:zu )?(?:einem|einer|eines)|zu den|unter",
    # a relative of partnership: "X, with which Y signed a deal" (Y made the deal with X)
    "with_rel": r"mit dem|mit der|mit denen",
    # a relative governed by "to" or "for": "Brixo, an das Kestrel Zellen liefert" (the antecedent receives)
    "to_rel": r"an das|an den|an die|an welche[ns]?|für das|für den|für die|für welche[ns]?",
    # a deal noun in the plural (matched on the trigger's words): "supply agreements", "Abnahmeverträge"
    "deal_plural": r"(?:verträgen?|vereinbarungen|aufträgen?)$",
    "made_by": r"\b(?:hergestellt|produziert|gefertigt|gefördert|raffiniert|gebaut|montiert|geliefert|zugeliefert|bereitgestellt)\w*",
    # (a charging network, its hubs and stations are goods a maker equips or supplies, like a plant: "Y équipe le
    # réseau de X", "Y liefert die Ladesäulen für das Netz von X": their owner is the customer; so are machines,
    # boats and two-wheelers, "die Akkus für die Traktoren und Mäher von X")
    "goods_of": r"\b(?:\w*[Ff]ahrzeuge|\w*[Aa]utos|Transporter|Lastwagen|Lkw|Busse|\w*[Mm]odelle|Werke?|Werks|Fabrik|Fabriken|Gigafactory|Gigafabrik|Züge|Flotte|\w*(?<!Volks)wagen|\w*[Bb]aureihen?|\w*[Pp]lattform(?:en)?|Hybride|SUVs?|Limousinen|\w*[Nn]etze?s?|\w*[Ss]tationen|Ladesäulen|Ladeparks?|Ladepunkte|Schnelllader|Ladehubs?|\w*[Tt]raktoren|\w*[Mm]äher|\w*[Bb]agger|\w*[Mm]aschinen|\w*[Ss]tapler|Radlader|Boote|Fähren|Schiffe|\w*[Rr]oller|Motorräder|\w*[Ff]ahrräder|Lokomotiven)",
    # verbs of choosing a company: "X chose Y to supply ..." (Y supplies X)
    "choose": r"\b(?:wählt|wählte|ausgewählt|gewählt|beauftragt(?:e)?)\b",
    # a sentence opening with "the subsidiary of Y" (its child named in the sentence before)
    "child_lead": r"(?:Die|Diese) (?:(?-i:[a-zäöüß]+) ){0,2}(?:Tochter|Tochtergesellschaft|Konzerntochter) (?:des|der|von) (?:(?-i:[a-zäöüß]+) )?",
    # a weak participle (the last word of a verb trigger): "geliefert", "beliefert", "ausgeliefert",
    # "versorgt" ("wird übernommen" is left out: a takeover told in the passive is still to come)
    "participle": r"\w*(?:ge|be|ver)\w+t",
    "verb_final": True,
    # deal nouns in the plural: "A und B haben langfristige Abnahmeverträge unterzeichnet" (each with others)
    "plural_deal": r"\w*(?:verträge|vereinbarungen)",
    # verb second: after a fronted "mit X" the finite verb (and an adverb) stands before the subject;
    # German writes every noun with a capital, so lower-case words are verbs and adverbs
    "fronted_gap": r"\s+(?:[a-zäöüß]+\s+){1,2}",
    # a description before a name in apposition keeps the name's preposition: "mit dem Entwickler
    # autonomer Lkw, Aurora Innovation, zusammen" (the name is what "mit" governs)
    "descriptor": r"\b(?:der|die|das|dem|den|des|einem|einer|eines)\s+(?P<np>(?:(?-i:[a-zäöü][\w-]*)\s+){0,2}(?-i:(?=[A-ZÄÖÜ]))[\w-]*(?:[Ee]ntwickler|[Hh]ersteller|[Kk]onzern|[Zz]ulieferer|[Aa]nbieter|[Ss]pezialist|[Uu]nternehmen|Start-?up|[Ff]irma|[Gg]ruppe|[Vv]ersorger|[Pp]roduzent|[Ff]ertiger|[Bb]auer|[Bb]etreiber|[Hh]ändler|[Ii]nvestor)(?:e?[ns])?(?:\s+[\w-]+){0,3}\s*,\s*)",
    # verb second: "Seit 2023 liefert (derzeit) (der Zulieferer) Kestrel ...": adverbs, then at most an
    # article with its noun (capitalised) between the finite verb and its subject
    # (a place's adjective may open the description, capitalised: "hält die Hamburger Beteiligungsgesellschaft X")
    "inverted_gap": r"\s+(?:(?-i:[a-zäöüß]+)\s+){0,2}(?:(?:der|die|das)\s+(?:(?-i:[A-ZÄÖÜ][a-zäöüß]+er)\s+)?(?:(?-i:[a-zäöüß][\w-]*)\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*\s+)?|\s*",
    # the genitive article opening a description is its "of": "zu den Geldgebern des Unternehmens"
    "inner_markers": ["des"],
    # finite verbs that stand between a preposition and a name it cannot govern ("von 2027 an soll X")
    "marker_stop": ["soll", "sollen", "will", "wollen", "wird", "werden", "hat", "haben", "hatte", "hatten",
                    "ist", "sind", "war", "waren", "kann", "können", "muss", "müssen", "dürfte", "könnte", "könnten"],
    "markers": {
        "agent": ["von", "vom", "durch", "angeführt von", "geführt von"],
        # "an die Firma Y", "an den chinesischen Konzern Y": the accusative names whom something goes to,
        # never the company a stake is held in ("Anteile an der Firma Y" is the dative)
        "recipient": ["an", "für", "zu", "zum", "zur", "im auftrag von", "im auftrag der", "im auftrag des", "an die", "an einen", "an eine"],
        "from": ["von", "vom", "bei", "beim", "aus"],
        "seller": ["von", "vom"],  # "kauft Y von Z": Z owned Y
        "with": ["mit", "zwischen", "gemeinsam mit", "zusammen mit"],
        "of": ["von", "vom", "des"],
        "in": ["an", "in", "bei", "beim", "am"],
        "report": ["laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der", "unter berufung auf"],
        # a company named to compare, never a party ("Anders als X beliefert Y ...": Y is the subject)
        "compare": ["anders als", "ähnlich wie", "genau wie", "ebenso wie"],
    },
    # what talks with a partner are about (frames/talks.py): the deal's type and direction; "unit"
    # follows the purpose word when the object is an unnamed unit of the partner ("its battery unit")
    "talks_purpose": {
        "sell": r"verkauf|veräußer|\babzugeben\b|\babgeben\b|\babzustoßen\b",
        "stake": r"(?<!unter )beteiligung|\banteil(?:e|en)?\b(?! (?:am|an der) (?:Umsatz|Markt|Gewinn))",
        "acquire": r"übernahme|übernehm|\bkauf|\bzu kaufen\b|\berwerb\w*|\bzu erwerben\b|fusion|zusammenschluss",
        "venture": r"gemeinschaftsunternehmen|joint[- ]venture",
        "partner": r"partnerschaft|allianz|kooperation|zusammenarbeit|gemeinsame[nrs]? (?:entwicklung|projekt|programm|forschung)|gegenseitige[nrs]?\b|wechselseitige[nrs]?\b",
        # "über die Lieferung von Zellen", "über die Belieferung mit Modulen", "über die Lieferung günstiger
        # Zellen" (goods in the genitive plural, an adjective first, no article: "die Lieferung der Fahrzeuge"
        # may be the subject's own): goods the subject would supply
        # "über die Abnahme von Lithium", "über den Bezug von Zellen": goods the subject would take from the partner
        "supply_from": r"\b(?:die|eine|weitere|künftige|langfristige) (?:\w+ )?(?:Abnahme|Bezug) (?:von|vo[nm] |weiterer|zusätzlicher)\b|\bden (?:\w+ )?Bezug (?:von|weiterer|zusätzlicher)\b|\bzu beziehen\b" + "|" + TAKING_WASTE["de"],
        "supply_to": r"\b(?:zu liefern|zu beliefern|beliefern|Lieferant zu werden|als Lieferant|(?:die|eine|weitere|künftige) (?:\w+ )?Belieferung (?:der|des|dessen|deren)\b|(?:die|eine|weitere|künftige) (?:\w+ )?(?:Lieferung|Belieferung|Lieferungen)(?= (?:von|mit|vo[nm] |(?!(?:der|dieser|jener|seiner|ihrer|unserer|aller|mancher|solcher|welcher) )(?-i:[a-zäöü])\w+er (?:(?-i:[a-zäöü])\w+er )?(?-i:(?=[A-ZÄÖÜ]))\w*(?:[Zz]ellen|[Bb]atterien|[Mm]odule|[Cc]hips|[Hh]albleiter|[Kk]athoden|[Aa]noden|[Mm]aterialien|[Kk]omponenten|[Tt]eile))))\b",
        "unit": r"(?:\s+(?:von|an))?\s+(?:(?:dessen|deren|seine[rsnm]?|ihre[rsnm]?)\s+)(?:[\w-]+\s+)?\w*(?:tochter|sparte|geschäft|werk|division|einheit)\w*",
        "enters": r"\b(?:(?:dessen|deren|seinen|ihren) Einstieg|Einstieg (?:von|des|der) (?-i:[A-Z])[\w-]+)\b(?! in die)",
        "including": r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*(?:\(|,)\s*(?:darunter|etwa|wie|unter anderem|insbesondere)\s+(?:[\w'’-]+\s+){0,3}?",
    },
    "triggers": [
        # joint ownership: the owners are the parents of a joint venture ("die gemeinsame Tochter von BMW und Toyota", "X, an dem A und B jeweils 50 Prozent halten")
        {"re": r"\bgemeinsame[nr]? Tochter(?:gesellschaft|firma|unternehmen)? (?:von|vom|des|der)\b|\bim gemeinsamen (?:Besitz|Eigentum) (?:von|vom|des|der)\b|\bzu gleichen Teilen (?:von|vom|im Besitz von)\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # the owners in the dative after "gehört", each with an equal share: "Das Gemeinschaftsunternehmen gehört
        # zu gleichen Teilen A, B und C", "Almara gehört je zur Hälfte A und B" (a venture of the owners)
        {"re": r"\b(?:gehört|gehören|gehörte|gehörten) (?:(?:heute|inzwischen|nun|jetzt|weiterhin|seit \d{4}) )?(?:zu gleichen Teilen|(?:je|jeweils) zur Hälfte|(?:je|jeweils) zu (?:50 ?(?:%|Prozent)|einem Drittel))(?= (?:(?:der|dem|den) (?:[\w-]+ ){0,2}?)?(?-i:[A-ZÄÖÜ]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # working with a partner on something: "X arbeitet (seit dem Frühjahr) mit Y an leichteren Gehäusen"
        # (the "an" opens what they work on; "arbeitet mit Hochdruck an" names no partner)
        {"re": r"\barbeite(?:t|n|te|ten)\b(?=(?: [^\s,;:.()]+){0,5}? mit (?:(?:dem|der|den) (?:(?-i:[a-zäöü])[\w-]* ){0,2}?[\w-]+ )?(?-i:[A-ZÄÖÜ])[\w.&-]*(?: (?-i:[A-ZÄÖÜ])[\w.&-]*){0,3} (?:(?:bereits|schon|seit \d{4}|gemeinsam|eng) )?an (?:der|dem|den|einer|einem|einen|neue[nmrs]?|(?-i:[a-zäöü])\w+e[nmrs]?|(?-i:[A-ZÄÖÜ])\w+(?<!Börse)[ .,;])(?! Börse))", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
        {"re": r"\b(?:jeweils|je) (?:zur Hälfte|die Hälfte|50 ?(?:%|Prozent))|\bzu je 50 ?(?:%|Prozent)", "type": "joint_venture", "frame": "JOINT_HOLDERS", "status": "active", "conf": 0.75},
        # holders named with their companions ("X holds a third of W alongside Y and Z"): joint owners (frames/co_holders);
        # zero width, so the companions keep their preposition as marker and other triggers their words
        {"re": r"\b(?=(?:gemeinsam|zusammen) mit\b)", "type": "joint_venture", "frame": "CO_HOLDERS", "status": "active", "conf": 0.7},
        # building a plant with a partner ("X is building a plant in Spain with Y"): a jointly owned plant, a joint venture
        {"re": r"\b(?:baut|bauen|baute|bauten|errichtet|errichten|errichtete|errichteten)\b(?=[^.;:]{0,100}?(?:fabrik|werk|anlage|raffinerie|gigafactory)\b)(?=[^.;:]{0,100}?\b(?:gemeinsam |zusammen )?mit (?:de[mnr] |einem |einer )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÄÖÜ]))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
        # a partner named right after its partner: "X and its partner Y" (frames/partner_next)
        {"re": r"\bund (?:(?:sein|ihr|seinem|ihrem|seinen|ihren|dessen|deren) )?(?:(?-i:[a-zäöü]\w*) )?Partner(?:n)?(?= (?-i:[A-ZÄÖÜ]))", "type": "partners_with", "frame": "PARTNER_NEXT", "status": "active", "conf": 0.7},
        # "Y passes into the hands of X": a change of owner, the new owner after the words
        # the unit named between its noun and its parent: "die Tochter Brixo von Vostra"
        # "die Vostra-Beteiligung Brixo": a stake of the name glued to the company named after it
        {"re": r"-Beteiligung\b(?= (?-i:[A-ZÄÖÜ])|\s*[,;.)])", "type": "invests_in", "frame": "OWN_CR", "status": "active", "conf": 0.75, "glued_only": True},
        # a participle before its noun, its agent before it: "die von Vostra übernommene Brixo", "der von
        # Vostra kontrollierte Zulieferer Brixo", "das von Vostra finanzierte Start-up Brixo" (frames/ownership.py)
        {"re": r"\b(?:übernommene|gekaufte|aufgekaufte|erworbene)[nrms]?\b(?= (?-i:[A-ZÄÖÜ]))", "type": "acquires", "frame": "OWN_ATTR", "status": "active", "conf": 0.75},
        {"re": r"\b(?:kontrollierte|beherrschte)[nrms]?\b(?= (?-i:[A-ZÄÖÜ]))", "type": "owns", "frame": "OWN_ATTR", "status": "active", "conf": 0.75},
        {"re": r"\b(?:finanzierte|unterstützte)[nrms]?\b(?= (?-i:[A-ZÄÖÜ]))", "type": "invests_in", "frame": "OWN_ATTR", "status": "active", "conf": 0.7},
        {"re": r"\b(?:Tochter|Tochtergesellschaft|Tochterfirma)(?= (?-i:[A-ZÀ-Ý])[\w&.-]*(?: (?-i:[A-ZÀ-Ý])[\w&.-]*){0,3} (?:von|vom|des) (?-i:[A-ZÀ-Ý]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "child_after": "of"},
        {"re": r"\b(?:geht|ging|gehen|gingen) (?:\w+ )?in die Hände (?:von|des|der)\b", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.75},
        {"re": r"\b(?:ist|sind|war|waren|wurde|wird|sei|seien|bleibt) [„“\x22»]?(?:\w+ [„“\x22»]?){0,2}?Teil (?:von|vom|des|der)\b|(?<=, )(?:heute |inzwischen |seit \d{4} )?Teil (?:von|vom|des|der)\b|(?:\b|-)(?:\w*Tochter(?:gesellschaft|firma|unternehmen)?|Konzerntochter|Sparte|Marke|Einheit|Division|Abteilung|Geschäftsbereich|Beteiligungsgesellschaft|\w*(?:[Kk]apital|[Ii]nvestment|[Ii]nvestitions|[Bb]eteiligungs|[Ff]inanz|[Vv]enture)-?[Aa]rm) (?:von|vom|des|der)\b|\b(?:gehört|gehören|gehörte|gehörten|gehöre) (?:[\wäöüß]+ ){0,3}?(?:zu(?:m|r)?|dem|der)\b(?! den\b)|\b(?:gehört|gehören|gehörte|gehörten|gehöre) (?:(?:mehrheitlich|vollständig|komplett|ganz|seit \d{4}) )?(?=(?-i:[A-Z]))|\bim (?:Mehrheits)?besitz (?:von|des|der)\b|\b(?:kontrolliert|beherrscht) (?:von|durch)\b|\bMutter(?:gesellschaft|konzern)?\b(?= (?-i:[A-Z]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.8},
        # the backers of a company: "Hinter Brixo steht mit 20 Prozent Vostra", "Hinter dem Start-up stehen Vostra und Kestrel" (frames/ownership.py)
        {"re": r"(?:^\W*|(?<=[.:;–] ))(?-i:Hinter)\b(?=[^,;:.()]{1,80}? (?:steht|stehen|stand|standen)\b)", "type": "invests_in", "frame": "BEHIND", "status": "active", "conf": 0.7},
        # verb last, in a relative or subordinate clause: "Corvalis, das zu Norvik gehört", "..., weil Y seit 2020 zum Konzern X gehört"
        {"re": r"\bzu(?:m|r)?\b(?! (?:den|denen|deren|dessen|welche[mnrs]?)\b)(?= (?:(?:der|dem|des) )?(?:[a-zäöü][\w-]* ){0,2}(?-i:[A-ZÄÖÜ])[^,;:.()]{0,50}? (?:gehört|gehören|gehörte|gehörten|gehöre)\b)", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        # verb last, the owner in the dative: "Brixo, das Vostra gehört", "Brixo, die seit 2020 mehrheitlich Vostra gehört"
        # ("der" is left out: it is also the feminine dative, "Brixo, der Vostra gehört" may say Brixo owns Vostra)
        {"re": r"(?<=, )(?:das|die)\b(?= (?:(?:(?-i:[a-zäöü])\w*|\d{4}) ){0,3}(?-i:[A-ZÄÖÜ])[\w.&-]*(?: (?-i:[A-ZÄÖÜ])[\w.&-]*){0,3} (?:(?-i:[a-zäöü])\w* ){0,2}?(?:gehört|gehörte|gehören|gehörten)\b)", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7},
        # verb second, the child right after the verb, the owner in the dative with its trade noun: "Seitdem gehört
        # Leoni mehrheitlich der Beteiligungsgesellschaft Pierer" ("gehört dem Verband X an" is a membership)
        {"re": r"\bgehör(?:t|en|te|ten)\b(?= (?-i:[A-ZÄÖÜ])[\w.&-]*(?: (?-i:[A-ZÄÖÜ])[\w.&-]*){0,3} (?:(?:mehrheitlich|vollständig|komplett|ganz|inzwischen|nun|jetzt|seit \d{4}|zu \d+ (?:Prozent|%)) )*(?:der|dem) (?:(?-i:[a-zäöü])[\w-]* ){0,2}[\w-]*(?:[Gg]esellschaft|[Ii]nvestor|[Kk]onzern|[Gg]ruppe|[Hh]olding|[Ff]onds|[Uu]nternehmen|[Ff]irma|[Hh]ersteller|[Bb]auer|[Zz]ulieferer) (?-i:[A-ZÄÖÜ])(?![^,;:.]* an(?:[,;:.]|$)))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7, "child_after": "dative"},
        # the owner is the antecedent, in the dative: "Norvik, dem bereits Corvalis gehört" (Norvik owns Corvalis)
        # ("der" is left out here too: "Norvik, der Corvalis gehört" may be either way round)
        {"re": r"(?<=, )dem\b(?= (?:(?:(?-i:[a-zäöü])\w*|\d{4}) ){0,3}(?-i:[A-ZÄÖÜ])[\w.&-]*(?: (?-i:[A-ZÄÖÜ])[\w.&-]*){0,3} (?:(?-i:[a-zäöü])\w* ){0,2}?(?:gehört|gehörte|gehören|gehörten)\b)", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.7},
        # verb second, the child right after the verb: "Seit 2023 gehört Leoni mehrheitlich zu Luxshare"
        {"re": r"\bgehör(?:t|en|te|ten|e)\b(?= (?-i:[A-Z])[^,;:.]{0,60}? zu(?:m|r)? (?!den\b))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "child_after": True},
        # a bare "hält" is control, but not where a minority stake is its object ("X hält eine
        # Minderheitsbeteiligung"): that is a stake, read by de_bare_stakes
        {"re": r"-(?:\w+)?[Tt]ochter\b|-(?:Sparte|Marke)\b(?= (?-i:[A-Z]))|\b(?:seine[nr]?|ihre[nr]?|die|der) (?:\w+ )?(?:Tochter|Tochtergesellschaft|Tochterfirma)(?:en)?\b|\b(?:seine[nmrs]?|ihre[nmrs]?) (?:\w+ )?\w+(?:tochter|sparte|einheit)\b(?= (?-i:[A-Z]))|\bEigentümer (?:von|des|der)\b|\bTochter(?:gesellschaft|firma)?\b(?= (?-i:[A-Z]))|\bMutter(?:gesellschaft|konzern)? (?:von|des|der)\b|\b(?:kontrolliert|besitzt|hält|kontrolliere|besitze|halte)\b(?!(?:\s+[\w-]+){0,6}?\s+Minderheits(?:beteiligung|anteil)\w*)", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        # --- own16: the plural "Töchter" ("über seine Töchter A und B", "die Geely-Töchter A und B")
        {"re": r"\b(?:seine[nr]?|ihre[nr]?|die|den|der) (?:\w+ )?Töchter\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        # --- end own16
        {"re": r"\bJoint[- ]Ventures?\b|\bGemeinschaftsunternehmen\b|\bGemeinschaftsfirma\b|\bJV\b|\bgemeinsame[nmrs]? (?:[\w-]*[Uu]nternehmens?|[\w-]*[Ff]irma|[\w-]*[Tt]ochter(?:gesellschaft|unternehmen)?|[\w-]*[Gg]esellschaft)\b(?![^.;:]{0,40}?\b(?:nicht|keine?[nmrs]?)\b)|\b(?:Unternehmen|Firma|Gesellschaft)(?=, (?:das|die) [^,;:()]{1,60}? mit [^,;:()]{1,60}? teil(?:t|en)\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.85},
        # ein Kunde, in den Kundenstamm des Lieferanten aufgenommen: "X hat Y und Z in seinen Kundenstamm aufgenommen", "X nimmt Y in seinen Kundenkreis auf"
        {"re": r"\b(?:hat|haben|nimmt|nehmen|nahm|nahmen)\b(?= (?:[\w&.'’-]+,? ){1,12}?in (?:seinen|ihren) (?:Kundenstamm|Kundenkreis|Kundenportfolio|Auftragsbestand|Auftragsbuch)\b (?:aufgenommen|auf)\b)", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.7},
        # (an order competed for, bid for or hoped for is not won: "konkurriert um Aufträge von Y", "hofft auf einen Auftrag von Y")
        # a verb of winning followed by a figure in per cent is a share price's move, not an order won: "die Aktie gewann 4 Prozent nach dem Auftrag"
        {"re": r"\b(?:erhält|erhielt|gewinnt|gewann|bekommt|bekam|sichert sich|sicherte sich|ergattert|holt|holte|erhalten|gewonnen|bekommen|verbucht|verbuchte)\b" + PRICE_MOVE_AFTER + r"(?: [\w$€.,%-]+){0,5}? \w*(?:[Aa]uftrag|[Aa]ufträge|[Bb]estellung|[Bb]estellungen|[Zz]uschlag|[Oo]rder)\b|(?<!\bum )(?<!\bauf )(?<!\bum einen )(?<!\bum den )(?<!\bum die )(?<!\bauf einen )(?<!\bauf den )(?<!\bauf neue )(?<!\bum neue )\b\w*(?:[Aa]uftrag|[Aa]ufträge)\b(?= (?:von|vom|aus|des) )", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        # the verb alone, the order noun looked ahead (a trigger never spans a name): "Kestrel erhielt von Brixo den Auftrag"
        {"re": r"\b(?:erhält|erhielt|gewinnt|gewann|bekommt|bekam|sichert sich|sicherte sich|ergattert|holt|holte|verbucht|verbuchte)\b" + PRICE_MOVE_AFTER + r"(?=(?: [\w$€.,%-]+){1,6}? \w*(?:[Aa]uftrag|[Aa]ufträge|[Bb]estellung|[Bb]estellungen|[Zz]uschlag|[Oo]rder)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        # an order won, told with the participle last: "Kestrel hat von Brixo einen Großauftrag erhalten"
        # (ord16: up to six words between, for the giver and the goods: "einen Großauftrag der Brixo über 250 Busse erhalten")
        {"re": r"\b\w*(?:[Aa]uftrag|[Aa]ufträge|[Zz]uschlag|[Bb]estellung(?:en)?)\b(?=(?: [\w$€.,%-]+){0,6}? (?:erhalten|bekommen|gewonnen|ergattert|verbucht|eingeworben)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        # an order glued to the name of the one who gives it: "Kestrel erhielt den Brixo-Auftrag", "hat den Brixo-Großauftrag gewonnen"
        {"re": r"\b(?:erhält|erhielt|gewinnt|gewann|bekommt|bekam|sichert sich|sicherte sich|ergattert|holt|holte|verbucht|verbuchte)\b" + PRICE_MOVE_AFTER + r"(?=(?: [\w$€.,%-]+){0,5}? [\w.&]+-(?:Groß|Mega|Rekord|Folge|Liefer|Serien)?(?:[Aa]uftrag|[Aa]ufträge|[Zz]uschlag)\b)|-(?:Groß|Mega|Rekord|Folge|Liefer|Serien)?(?:[Aa]uftrag|[Aa]ufträge|[Zz]uschlag)\b(?=(?: [\w$€.,%-]+){0,3}? (?:erhalten|bekommen|gewonnen|ergattert|verbucht|eingeworben)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.75},
        # the order fronted (after a dateline perhaps), the winner after the auxiliary: "Den Zuschlag für die Achsen von Brixo hat Kestrel erhalten"
        {"re": r"(?:^\W*|(?<=[–—-] ))(?:Den|Einen)\s+(?:[\w-]+\s+)?\w*(?:[Aa]uftrag|Zuschlag)\b(?=[^,;:.]{0,120}?\b(?:hat|haben|hatte|hatten)\s+(?:[\w.&-]+\s+){1,4}(?:erhalten|bekommen|gewonnen|ergattert)\b)", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.75},
        # chosen by the customer: "Kestrel wurde von Brixo als Lieferant ausgewählt"
        {"re": r"\bals (?:\w+ )?(?:Lieferant|Zulieferer|Ausrüster)(?:en)? (?:ausgewählt|gewählt|nominiert|bestimmt)\b", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # Aufträge zu einem Lieferanten verlagert: "Brixo hat seine Zellbestellungen zu Kestrel verlagert"
        {"re": r"\b\w*(?:[Aa]ufträge|[Bb]estellungen|[Ee]inkäufe|[Vv]olumen)\b(?=(?: [\w-]+){0,3}? (?:zu|an) [^,;:()]{1,40}? verlagert\b)", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7, "noun_first": True},
        # --- ord16: services (begin) ---
        # eine Dienstleistung für einen Kunden oder sein Werk (die Richtlinien zählen sie als Lieferung): "X übernimmt
        # die Logistik für Y", "erbringt Wartungsleistungen für das Werk von Y"
        {"re": r"\b(?:übernimmt|übernahm|übernehmen|erbringt|erbringen|erbrachte|leistet|leisten|organisiert|organisieren)\s+(?:die\s+|den\s+)?(?:[\w-]+\s+)?(?:\w*[Ll]ogistik|\w*[Dd]ienstleistungen|\w*[Ww]artung|\w*[Tt]ransporte?)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "recipient_only": True, "service": True},
        # --- ord16: services (end) ---
        # --- ord16: orders split between suppliers (begin) ---
        # "Y verteilt seine Zellaufträge auf A und B": jeder beliefert das Subjekt
        {"re": r"\b(?:verteilt|verteilte|verteilen|verteilten|teilt|teilte|teilen) (?:seine|ihre|die) (?:[\w-]+ ){0,2}?\w*(?:[Aa]ufträge|[Bb]estellungen|[Ee]inkäufe|[Vv]olumen) (?:[\w-]+ ){0,3}?(?:auf|zwischen)\b", "type": "supplies", "frame": "RELY", "status": "active", "conf": 0.7},
        # --- ord16: orders split between suppliers (end) ---
        # --- ord16: an order handed on to another supplier (begin) ---
        # ein zuvor genannter Auftrag, mit einem Pronomen weitergegeben: "stornierte den Auftrag bei Z und
        # vergab ihn an Y", "vergab sie stattdessen an Y" (das Subjekt kauft bei Y)
        {"re": r"\b(?:vergab|vergibt|vergaben|vergeben|übertrug|übertragen|gab|gaben) (?:ihn|sie|diesen|diese)(?= (?:stattdessen |dann |nun |später )?an (?:[\w'’-]+ ){0,2}?(?-i:[A-ZÄÖÜ]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7, "handed_on": True},
        # --- ord16: an order handed on to another supplier (end) ---
        # an order naming both sides: "der Auftrag von Korvan an Brixo", "die Bestellung der Stadtwerke bei Kestrel" (frames/orders.py)
        {"re": r"\b(?:der|den|dem|des|ein|einen|einem|eines|die|eine|einer)\s+(?:(?-i:[a-zäöü])[\w-]*\s+)?(?:(?-i:[A-ZÄÖÜ])\w*auftrag(?:s|es)?|Auftrag(?:s|es)?|(?-i:[A-ZÄÖÜ])?\w*[Bb]estellung)\b", "type": "supplies", "frame": "ORDER_NOUN", "status": "announced", "conf": 0.75, "both_named": True},
        # an order named with the customer in a relative: "den Auftrag, den Brixo an Kestrel vergeben hatte", "die Bestellung, die Brixo bei Kestrel platziert hat"
        # (ord16: the order's worth may stand before the relative, its subject may be described: "den Auftrag über
        # zwei Milliarden Euro, den der Konzern an Y vergeben hatte"; the trigger runs up to the relative word)
        {"re": r"\b\w*(?:[Aa]uftrag|[Aa]ufträge|[Bb]estellung(?:en)?)\b(?: (?:über|für) [^,;:()]{1,40}?)?, (?:den|die)(?= (?:(?:der|die|das) (?:[\w-]+ ){0,2})?(?-i:[A-ZÄÖÜ])[^,;:()]{0,40}? (?:an|bei|beim) [^,;:()]{1,50}? (?:vergeben|vergab|vergibt|erteilt|erteilte|platziert|platzierte)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "relative_order": True},
        # giving an order: "Brixo erteilte Kestrel einen Auftrag", "vergibt den Auftrag an Kestrel"; the noun before a final participle: "hat Kestrel den Auftrag erteilt"
        {"re": r"\b(?:vergibt|vergab|vergeben|erteilt|erteilte|erteilen|erteilten)\b(?=(?: (?-i:[A-ZÄÖÜÉ])[\w&.'’-]*){0,4} (?:(?:einen|den|ein|die|eine|seinen|ihren|dem) )?(?:[\w$€.,%-]+ ){0,2}?\w*(?:[Aa]uftrag|[Aa]ufträge|[Bb]estellung(?:en)?|[Zz]uschlag)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75},
        {"re": r"\b\w*(?:[Aa]uftrag|[Aa]ufträge|[Zz]uschlag|[Bb]estellung)\b(?=[^,;:().]{0,60}? (?:vergeben|erteilt)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75, "noun_first": True},
        # commissioning a supplier: "Brixo beauftragte Kestrel mit der Lieferung", "hat Kestrel mit der Fertigung der Zellen beauftragt"
        {"re": r"\bbeauftragt(?:e|en)?\b(?= (?-i:[A-Z])[^,;:()]{0,40}? mit (?:der|dem) (?:\w+ )?\w*(?:[Ll]ieferung|[Ff]ertigung|[Hh]erstellung|[Pp]roduktion)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75},
        {"re": r"\bmit (?:der|dem) (?:\w+ )?\w*(?:[Ll]ieferung|[Ff]ertigung|[Hh]erstellung|[Pp]roduktion)\b(?=[^,;:().]{0,60}? beauftragt\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75, "noun_first": True},
        # commissioned with the goods themselves: "Brixo beauftragte Kestrel mit Sitzmodulen", "hat Kestrel mit
        # Zellkontaktiersystemen für eine Plattform beauftragt" (a product named; not an audit, advice or a search)
        {"re": r"\bbeauftragt(?:e|en)?\b(?= (?-i:[A-Z])[^,;:()]{0,40}? mit (?!(?:der|dem|einer|einem) (?:\w+ )?\w*(?:[Pp]rüfung|[Bb]eratung|[Uu]ntersuchung|[Aa]nalyse|[Bb]ewertung|[Bb]egleitung|[Ss]uche|[Vv]ermarktung|[Pp]lanung|[Ss]tudie|[Gg]utachten)\b))", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "needs_product": True},
        {"re": r"\bmit (?!(?:der|dem|einer|einem) (?:\w+ )?\w*(?:[Pp]rüfung|[Bb]eratung|[Uu]ntersuchung|[Aa]nalyse|[Bb]ewertung|[Bb]egleitung|[Ss]uche|[Vv]ermarktung|[Pp]lanung|[Ss]tudie|[Gg]utachten)\b)(?:[\w-]+ ){1,8}?(?=beauftragt\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "noun_first": True, "needs_product": True},
        # a power contract ("einen Stromliefervertrag mit Y", "ein Ökostrom-Abnahmevertrag", "PPA"): the
        # energy company sells the power, whichever side is the subject (when neither or both sell energy,
        # the deal nouns below read it as before: "Abnahme" the subject buys, "Liefer" it supplies)
        {"re": r"\b(?:(?:Öko|Grün|Wind|Solar)?[Ss]trom|Energie)-?(?:liefer|abnahme|bezugs|kauf)(?:vertrag|vertrags|vertrages|verträge|vereinbarung|abkommen)\w*\b|\bPPAs?\b|\b(?:Öko|Grün|Wind|Solar)?[Ss]trom-?(?:vertrag|vertrags|vertrages|verträge|deals?)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- supply: Auftragsfertigung ------------------------------------------------------
        # "GAC hat mit Magna Steyr einen Vertrag über die Auftragsfertigung / einen Montagevertrag geschlossen":
        # the assembler supplies the subject, unless the tiers say otherwise
        {"re": r"\b(?:Auftragsfertigungs|Lohnfertigungs|Montage)(?:vertrag|vertrags|verträge|vereinbarung|abkommen)\w*\b|\b(?:Vertrag|Vertrags|Verträge|Vereinbarung|Abkommen)\w* (?:über|zur) (?:die )?(?:Auftragsfertigung|Lohnfertigung|Auftragsmontage)\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # --- ord16: sales contracts (begin) ---
        # "X hat Absatzverträge mit Y und Z geschlossen": wer absetzt, liefert (ein einzelner "Verkaufsvertrag" ist meist der einer Sparte)
        {"re": r"\b(?:Absatzvertr(?:ag|ags|ages|äge|ägen)|Verkaufsverträge(?:n)?)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # --- ord16: sales contracts (end) ---
        {"re": r"\b(?:\w*[Aa]bnahme|Kauf|Einkaufs|\w*[Bb]ezugs)(?:vertrag|vertrags|verträge|vereinbarung|abkommen)\w*\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # a deal to buy goods (probe; as "un contratto con Y per l'acquisto di 100 treni"): "einen Vertrag über den Kauf von
        # 100 Zügen mit Y", "eine Vereinbarung mit Y zum Kauf von Zellen" (the subject buys; never shares or a unit)
        {"re": r"\b(?:Vertrag|Vertrags|Vertrages|Verträge|Vereinbarung|Vereinbarungen|Abkommen|Rahmenvertrag)\b(?=[^,;:()]{0,60}? (?:über den|zum) (?:Kauf|Erwerb|Ankauf) (?:von|der|des|weiterer|neuer)\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "needs_product": True, "purchase_of": True},
        # ein verlorener Auftrag: wer ihn verliert, lieferte ("X verlor den Liefervertrag mit Y", "X hat den Auftrag von Y verloren")
        {"re": r"\bverlor(?:en)? (?:den|seinen|einen|ihren) (?:[\w-]+ ){0,2}?\w*(?:[Aa]uftrag|[Vv]ertrag)(?= (?:mit|von|vom) )|\b\w*(?:[Aa]uftrag|[Vv]ertrag)\b(?= (?:mit|von|vom) [^,;:()]{1,40}? verloren\b)", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "ended", "conf": 0.65},
        {"re": r"\b\w*(?:[Ll]iefer|[Vv]ersorgungs)(?:vertrag|vertrags|vertrages|verträge|vereinbarung|abkommen|deal|auftrag|partnerschaft|beziehung|kooperation)\w*\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # a contract between two tiers of the chain for a product named right after it ("a contract with CATL for cells"): the lower tier supplies
        {"re": r"\b(?:Verträge|Vertrag|Vertrags|Vereinbarung(?:en)?|Abkommen)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.65, "needs_product": True, "tier_only": True},
        # leaving a company's capital: "X steigt bei Y aus", "X ist bei Y ausgestiegen"
        {"re": r"\b(?:steigt|steige|stieg|steigen|stiegen)\b(?=(?: [\w$€.,%-]+){0,6}? (?:bei|beim) [^,;:.()]{1,60}? aus\b)|\b(?:ausgestiegen|aussteigen|auszusteigen)\b(?: bei\b)?", "type": "invests_in", "frame": "INV", "status": "ended", "conf": 0.75},
        {"re": r"\b(?:Minderheits|Mehrheits)?[Bb]eteiligung (?:von (?:rund |etwa |knapp |gut |fast |mehr als |weniger als )?\d+(?:[.,]\d+)? ?(?:%|Prozent) )?(?:an|bei)\b|\b(?:steigt|steige) (?:mit \S+ (?:%|Prozent) )?(?:bei)\b|\b(?:steigt|steige|stieg|steigen|stiegen)\b(?=(?: [\w$€.,%-]+){0,6}? (?:bei|beim) [^,;:.()]{1,60}? ein\b)|\b(?:eingestiegen|einsteigen|einzusteigen)\b(?: bei\b)?|\bzu beteiligen\b|\bbeteilig(?:t|te|e) sich\b|\bbeteiligt\b|\binvestier(?:t|te|en|e)(?: [\w$€.,%-]+){0,4}? in\b|\bInvestition(?:en)? in\b|\b(?:Anteil|Anteile|Aktienpaket) (?:an(?! (?:die|einen|eine) )(?! den (?:(?-i:[a-zäöü])[\w-]* ){0,3}[\w-]*(?:[Kk]onzern|[Hh]ersteller|[Ii]nvestor|[Zz]ulieferer|[Bb]auer|[Aa]nbieter|[Ee]ntwickler|[Ff]onds|[Pp]artner|[Kk]äufer|[Bb]ieter|[Vv]ersorger|[Ww]ettbewerber) )|von|bei)\b|\b(?:hält|halten|hielt|hielten) (?:[\w,.]+ ){0,5}(?:Prozent|%) (?:an|am|der|des)\b(?! (?:dem |der |den )?(?:\w*[Mm]arkt\w*|Umsatz\w*|Gewinn\w*|Absatz\w*|Verkäuf\w*|Produktion)\b)|\b(?:hält|hielt|halten|hielten|halte)\b(?= an (?-i:[A-ZÄÖÜ])[^,;:.()]{0,40}? (?:rund |etwa |knapp |gut |fast |mehr als |weniger als )?\d+(?:[.,]\d+)? ?(?:%|Prozent)\b)|\bFinanzierungsrunde (?:von|bei|für)\b|\bEinstieg(?:s)? (?:bei|in|an)\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # investors named in a relative on the round, the verb last: "eine Finanzierungsrunde, an der sich auch A und B beteiligten"
        {"re": r"\b(?:Finanzierungsrunde|Kapitalerhöhung|Investitionsrunde|Runde)\b(?:[^;:.]|\.\d){0,90}?\ban (?:der|dem) sich (?:auch |zudem |ebenfalls |außerdem )?(?=[^,;:.]{1,80}? (?:beteiligt|beteiligte|beteiligten)\b)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75, "investors_after": True},
        {"re": r"\b(?:sammelt|sammelte|erhält|erhielt|holt|holte|eingesammelt|erhalten)\b(?: [\w$€.,%-]+){0,6}? (?:Kapital|Finanzierung|Investitionen|Finanzierungsrunde|Wagniskapital)\b|\b(?:angeführt|geführt|unterstützt|finanziert)(?= von)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        # "seit seinem Verkauf an Vostra": the possessor was sold (frames/deals.py, ``_possessed_sale``)
        {"re": r"(?:(?<=\bseinem )|(?<=\bihrem ))Verkauf(?= an\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        {"re": r"\b(?:verkauft|verkaufte|verkauften|verkaufen|verkaufe|veräußere|veräußert|veräußerte|veräußerten|veräußern|abgeben|abgegeben|abgibt|abgab|abgaben|abzugeben|gibt \w+ ab|(?:gibt|gab|geben|gaben)\b(?=(?: [\w$€.,%&-]+){1,10}? ab\s*(?:[,.;:]|$))|abstoßen|abgestoßen|abstößt|abstieß|abstießen|abzustoßen|(?:stößt|stoße|stoßen|stieß|stießen)\b(?=(?: [\w$€.,%&-]+){1,10}? ab\s*(?:[,.;:]|$))|Verkauf (?:von|des|der)|Verkauf(?= (?:seiner|seines|ihrer|ihres)\b)|Übernahme(?= (?:seiner|seines|ihrer|ihres) (?:\w+ )?\w*(?:[Tt]ochter|[Ss]parte|[Ee]inheit|[Gg]eschäft)\w*\b))\b", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.75},
        # selling goods (a unit or a stake sold is read above): "Kestrel verkauft Zellen an Brixo"
        {"re": r"\b(?:verkauft|verkaufte|verkaufen|verkauften|verkaufe)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True, "recipient_only": True},
        # a contractor's work for a named client, as "trabaja para" (es): "Kestrel arbeitet seit 2019 für Brixo"
        # (only with a recipient); "der Brixo seit 2024 zuarbeitet" (the dative is the client)
        {"re": r"\barbeite(?:t|n|te|ten)(?: (?:fast|vor allem|hauptsächlich|überwiegend|ausschließlich|nur|bereits|schon|auch|noch|seit (?:\w+ )?(?:Jahren|\d{4}))){0,3} (?=für\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        {"re": r"\bzu(?:arbeitet|arbeiten|arbeitete|arbeiteten|gearbeitet)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6},
        # equipping a company, the company as the object of the separable verb: "Kestrel rüstet Brixo seit Jahren
        # aus", "stattet Brixo mit Sitzen aus"
        {"re": r"\b(?:rüstet|rüsten|rüstete|rüsteten|stattet|statten|stattete|statteten)\b(?= (?-i:[A-ZÄÖÜ])[^,;:()]{0,60}? aus\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65},
        # die Produktion oder Energie eines Kraftwerks verkauft oder gekauft: "verkauft die Produktion des Windparks an Y", "kauft Energie von Y"
        {"re": r"\b(?:verkauft|verkaufen|verkaufte|verkauften)\b(?= (?:(?:die|seine|ihre|die gesamte|einen Teil der|einen Teil seiner) )?(?:Produktion|Erzeugung|Energie)\b(?: (?:des|der|seines|seiner|ihres|ihrer) [^,;:()]{1,40}?)? an\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        {"re": r"\b(?:kauft|kaufen|kaufte|kauften|bezieht|beziehen|bezog)\b(?= (?:(?:die|seine|ihre|seine gesamte) )?(?:Produktion|Energie)\b(?: [\w-]+)? (?:von|vom|bei)\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # a recycler taking a company's waste ("nimmt Altbatterien von X zurück", "sammelt den Schrott von X ein"):
        # the waste's source, named by "von", supplies (relations/scrap_flow.py)
        {"re": r"\b(?:nimmt|nehmen|nahm|nahmen|sammelt|sammeln|sammelte|sammelten|holt|holen|holte|holten|übernimmt|übernehmen|übernahm|erhält|erhalten|erhielt)\b(?= (?:[\w-]+ ){0,2}?" + WASTE_GOODS["de"] + r"\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "waste": True},
        {"re": r"\b(?:bezieht|beziehe|bezog|beziehen|bezogen|importiert|importieren)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.8},
        # an order placed is a supply contract whose deliveries come later: announced unless a cue says they run
        {"re": r"\b(?:ordert|orderte|geordert|bestellt|bestellte|bestellen)\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        # securing goods from a supplier: "X sichert sich Kathoden von Y", "sicherte sich bei Y 20.000 Tonnen Lithium"
        {"re": r"\b(?:sichert|sicherte|sicherten|sichern|gesichert) sich\b(?=[^,;:()]{1,80}? (?:von|vom|bei|beim) )", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True},
        # an order placed with (or withdrawn from) a supplier: "Brixo platzierte einen Großauftrag bei Kestrel",
        # "Brixo hat einen Zellauftrag bei Kestrel storniert" (the one named with "bei" supplies)
        {"re": r"\b(?:platziert|platzierte|platzierten|storniert|stornierte|stornierten)\b(?=(?: [\w$€.,%-]+){0,6}? \w*(?:[Aa]uftrag|[Aa]ufträge|[Bb]estellung(?:en)?)\b[^,;:.()]{0,60}? beim? )|\b\w*(?:[Aa]uftrag|[Aa]ufträge|[Bb]estellung(?:en)?)\b(?=[^,;:.()]{0,80}? beim? [^,;:.()]{1,60}? (?:platziert|storniert)\b)", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.75},
        # goods in a maker's vehicles: "Zellen von Kestrel stecken in Fahrzeugen von Brixo", "sie kommen in Modellen von Brixo zum Einsatz" (frames/supply.py)
        # a customer's vehicle run on a supplier's goods: "der Lkw von Brixo wird von Zellen von Kestrel angetrieben" (frames/powered_by.py)
        {"re": r"\b(?:angetrieben|betrieben)\b", "type": "supplies", "frame": "POWERED_BY", "status": "active", "conf": 0.65},
        {"re": r"\b(?:steckt|stecken|steckte|steckten|kommen|kommt|finden sich)\b(?: (?-i:[a-zäöü])[\w-]*){0,4}? (?:in (?:(?:den|allen|vielen|mehreren|zahlreichen|einigen)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+)?(?:\w*[Ff]ahrzeugen|\w*[Aa]utos|\w*[Mm]odellen|Lkw|Bussen|Lastwagen|Transportern)|(?:im|in dem|in einem) (?:(?-i:[a-zäöü])[\w-]*\s+)?(?:\w*[Ff]ahrzeug|\w*[Aa]uto|\w*[Mm]odell|Lkw|Bus|Lastwagen|Transporter)) (?:von|des|der)\b", "type": "supplies", "frame": "GOODS_IN", "status": "active", "conf": 0.65},
        # having goods made by a supplier: "Brixo lässt die Zellen bei Kestrel fertigen", "ließ seine Sitze von Kestrel produzieren"
        {"re": r"\b(?:lässt|ließ|lassen|ließen)\b(?=[^,;:()]{0,60}? (?:bei|beim|von|vom) [^,;:()]{1,40}? (?:fertigen|produzieren|herstellen|bauen|montieren|entwickeln und fertigen)\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75},
        # separable verbs of buying from a seller in the dative: "Brixo kauft Kestrel die Zellen ab", "nimmt Kestrel die gesamte Produktion ab"
        {"re": r"\b(?:kauft|kaufte|kaufen|kauften)\b(?=(?: [\w-]+){1,8}? ab\b)", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.75, "needs_product": True},
        {"re": r"\b(?:nimmt|nahm|nehmen|nahmen)\b(?= (?-i:[A-Z])[^,;:()]{0,30}? (?:die|den|das|seine|ihre) (?:\w+ )?(?:\w*[Pp]roduktion|Mengen?|Ausstoß|\w*[Zz]ellen|\w*[Bb]atterien)(?: [\w-]+){0,3}? ab\b)", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.75},
        # the separable "abnehmen" with its seller after "von"/"bei" ("Y nimmt ab 2027 Lithium von X ab",
        # "nahm die Mengen bei X ab"; the "ab" closes the clause, so "ab 2027" is no prefix) and its verb last
        # ("Y, das Lithium von X abnimmt"); not "abgenommen", which is as often an acceptance ("die Linien
        # wurden von Y abgenommen") or a fall
        {"re": r"\b(?:nimmt|nehme|nehmen|nahm|nahmen)\b(?=[^,;:()]{0,80}? (?:von|vom|bei|beim) [^,;:()]{1,60}? ab\s*(?:[,.;:!?)–—]|und\b|sowie\b|$))|\b(?:abnimmt|abnehme|abnehmen|abnahm|abnahmen|abzunehmen)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75, "needs_product": True},
        # an order placed: "Y gibt die Zellen bei X in Auftrag", "hat die Anlage bei X in Auftrag gegeben"
        {"re": r"\b(?:gibt|gebe|geben|gab|gaben)\b(?=[^,;:()]{0,80}? (?:bei|beim) [^,;:()]{1,60}? in Auftrag\b)|\bin Auftrag (?:gibt|geben|gab|gaben|gegeben|zu geben)\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.75, "needs_product": True},
        # (goods received: "bekommt seine Zellen von X" as "erhält"; a product must be named, so "bekommt
        # einen neuen Partner" reads nothing)
        {"re": r"\b(?:kauft|kaufe|kaufte|kaufen|gekauft|erhält|erhielt|erhalten|bekommt|bekam|bekamen|bekommen|einkaufen|einkauft|einkaufte|eingekauft|abkaufen|abkauft|abkaufte|abgekauft)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75, "needs_product": True},
        # a verb of use names a supplier only as the goods' maker: "Brixo verbaut die von Kestrel gelieferten Zellen"
        {"re": r"\b(?:verwendet|verwenden|verwendete|nutzt|nutzen|nutzte|verbaut|verbauen|verbaute|setzt \w+ ein|setzen \w+ ein)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "maker_only": True},
        # the separable "einsetzen" over the whole bracket ("setzt künftig Batteriezellen der X ein") and its
        # verb last ("die Zellen von X einsetzt"); not "eingesetzt", a passive whose user is seldom named
        {"re": r"\b(?:setzt|setze|setzen|setzte|setzten)\b(?! sich\b)(?=(?: [\w€$%.&-]+){2,12}? ein\s*(?:[,.;:!?)–—]|und\b|sowie\b|$))|\b(?:einsetzt|einsetze|einsetzen|einsetzte|einsetzten|einzusetzen)\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "maker_only": True},
        # choosing a company for a product: "X chose Y for its cells" (Y supplies X)
        {"re": r"\b(?:wählt|wählte|wählen)\b", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.6, "needs_product": True, "product_after": True},
        # a stake named by its noun: "Y ist eine Beteiligung von X" (a minority holding)
        {"re": r"\b(?:ist|war|sind|waren|bleibt) (?:\w+ ){0,2}?(?:Finanz|Minderheits)?[Bb]eteiligung (?:von|vom|des|der)\b", "type": "invests_in", "frame": "OWN_PR", "status": "active", "conf": 0.7},
        # raising a stake: "X stockt bei Y auf", "X hat bei Y aufgestockt"
        {"re": r"\b(?:stockt|stockte|stocken|stockten)\b(?=(?: [\w$€.,%-]+){0,6}? (?:bei|beim) [^,;:.()]{1,60}? auf\b)|\baufgestockt\b(?= bei\b)|\b(?:hat|haben|hatte) (?=(?:[\w$€.,%-]+ ){0,6}?(?:bei|beim) [^,;:.()]{1,60}? aufgestockt\b)", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.7},
        # interest in buying a company: "X hat Interesse an der Heimspeicher-Tochter Y angemeldet", "bekundet Interesse an Y"
        # (only a company right after "an", perhaps with its article and a unit or trade noun; "kein Interesse" denies)
        {"re": r"\bInteresse an\b(?= (?:(?:der|dem|den) [\w-]*(?:[Tt]ochter|[Ss]parte|[Ee]inheit|[Kk]onzern|[Hh]ersteller|[Zz]ulieferer|[Uu]nternehmen|[Ff]irma|[Gg]ruppe) )?(?-i:[A-ZÄÖÜ]))", "type": "acquires", "frame": "INV", "status": "in_talks", "conf": 0.65},
        # talks with a partner whose purpose names the deal: "X führt Übernahmegespräche mit Y", "X verhandelt mit Y über eine Beteiligung" (frames/talks.py)
        {"re": r"(?:gespräch|gespräche|gesprächen|verhandlung|verhandlungen|kontakt|kontakte|kontakten)\s+(?=mit\b)|\bverhandel(?:ten|test|te|st|nd|t|n|e)\b|\bverhandle\b|\bsondier(?:t|en|te|ten)\s+(?=mit\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # the partner before the talks word: "X spricht mit Y über eine Übernahme", "X ist mit Y in Gesprächen über ..."
        # "spricht mit Y über", and with the subject or an adverb between: "spricht X zudem mit Y über"
        {"re": r"\b(?:spricht|sprechen|sprach|sprachen)\s+(?=mit\b)|\b(?:spricht|sprechen|sprach|sprachen)\b(?=(?:\s+[\w.&-]+){1,3}?\s+mit\b)|\b(?:ist|sind|war|waren|steht|stehen|befindet sich|befinden sich|bin|seid)\s+(?=mit\b[^,;:.]{1,60}?\b(?:in (?:\w+ )?(?:Gesprächen|Verhandlungen|Kontakt)|im (?:\w+ )?Gespräch)\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # talks with a partner about a product: "verhandelt mit CATL über Zellen" (direction from tiers)
        {"re": r"\büber\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "nominal": True, "talks": True, "needs_product": True},
        # goods that come from a maker, for a named customer: "Die Zellen für Y kommen von X", "Die
        # Sitze der Modelle von Y stammen von X" (only with goods and their customer before the verb)
        {"re": r"\b(?:stammen|stammt|stammten|stammte|kommen|kommt|kamen|kam)\b(?=\s+(?:(?:künftig|bisher|bereits|schon|derzeit|zum Großteil|größtenteils|vor allem|ausschließlich|weiterhin|auch|nun|jetzt)\s+)?(?:von|vom)\s)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "needs_product": True, "recipient_only": True},
        # the verb second, its subject (the goods) after it: "Bislang stammt der Großteil der Zellen für die
        # Baureihen von Y von X", "Seit 2024 stammen die Sitze für Y von X"
        {"re": r"\b(?:stammen|stammt|stammten|stammte)\b(?=\s+(?:der|die|das|ein|eine)\s[^,;:.()]{1,80}?\s(?:von|vom)\s(?:der\s|dem\s)?(?-i:[A-ZÄÖÜ]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "needs_product": True, "recipient_only": True},
        # Teile für einen Kunden pressen oder stanzen heißt sie fertigen: "presst Karosserieteile für Y"
        {"re": r"\b(?:presst|pressen|presste|pressten|stanzt|stanzen|stanzte|stanzten|gießt|gießen|goss|gossen)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # making goods for a named customer: "fabrica componentes para Audi", "fördert Kobalt für Y" (only with a recipient)
        {"re": r"\b(?:fertigst|fertigt|fertige|fertigen|fertigte|fertigten|gefertigt|produziere|produziert|produzieren|produzierte|produzierten|baue|baut|bauen|baute|bauten|gebaut|herstellt|herstelle|herstellen|herstellte|herstellten|hergestellt|herzustellen|fördert|fördern|förderte|förderten|raffiniert|raffinieren|montiert|montiere|montieren|montierte|montierten|endmontiert|endmontieren|endmontierte|endmontierten)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # the separable "herstellen" in a main clause: its "her" closes the clause after the goods and the
        # customer ("X stellt Lüftermodule und Pumpen für Y her", "stellte seit 2022 Gehäuse für Y her"),
        # as "bereit" below; the trigger is the finite verb, where the verb-second readers look for the subject
        {"re": r"\b(?:stellt|stelle|stellen|stellte|stellten)\b(?! sich\b)(?=(?: [\w€$%.&-]+){1,12}? her\s*(?:[,.;:!?)–—]|und\b|sowie\b|$))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # making a customer's own goods: "X baut die Transporter von Y", "X fertigt die Batterien von Y"
        {"re": r"\b(?:fertigt|fertigen|produziert|produzieren|baut|bauen|montiert|montieren)\b(?= (?:die|den|das) [^,;:]{1,40}? (?:von|des) (?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "makes_goods_of": True},
        # reliance with a product named: "X relies on Y for cells" (Y supplies X)
        # relying on a supplier in every tense, the infinitive after a modal or periphrasis included ("wird weiter auf Y setzen", "könnte auf Y setzen")
        {"re": r"\b(?:setz(?:t|en|te|ten) (?:\w+ ){0,6}auf|verl(?:ässt|assen|ieß|ießen) sich (?:\w+ ){0,4}auf|vertrau(?:t|en|te) (?:\w+ ){0,4}auf|greif(?:t|en) (?:\w+ ){0,4}auf|stütz(?:t|en|te|ten) sich (?:\w+ ){0,4}auf)(?!\w)", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.65, "needs_product": True},
        # "Zulieferern" (dative plural), compounds "Zelllieferant", "Hauptlieferanten"
        # a partner named by its noun: "Brixo, ein Partner von Vostra,"
        {"re": r"\bPartner(?= (?:von|vom|des)\b)", "type": "partners_with", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65},
        # eine Quelle als Lieferant benannt: "hat Y als zweite Bezugsquelle qualifiziert"
        {"re": r"(?<=\bals )(?:zweite|dritte|neue|weitere|alternative|einzige) (?:Bezugsq|Q)uelle\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # a partner for goods is a supplier: "X bleibt der wichtigste Batteriepartner des Konzerns", "Zellpartner von Y"
        {"re": r"\b(?:Batterie|Zell|Akku|Chip|Halbleiter|Liefer|Rohstoff|Lithium)partner(?= (?:von|vom|des|der)\b)", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65},
        {"re": r"\b[\wäöü]*(?:[Zz]ulieferer[ns]?|[Ll]ieferant(?:en)?|Ausrüster[ns]?)\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # ein Abnehmer der Waren einer Firma: "einer der größten Abnehmer der Zellen von Kestrel"
        {"re": r"\b(?:Groß|Haupt)?[Aa]bnehmer[ns]? (?:der|von|des) (?:[\w-]+ ){0,2}?(?:Zellen|Batterien|Akkus|Module|Chips|Halbleiter|Stahls?|Aluminiums?|Lithiums?|Nickels?|Kobalts?|Graphits?|Kathoden\w*|Anoden\w*|Produkte|Komponenten|Motoren|Sitze|Reifen|Produktion)(?= (?:von|vom|des) (?-i:[A-ZÄÖÜ]))", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        {"re": r"\b(?:(?:Groß|Haupt|Schlüssel|Stamm|Anker|Batterie|Zell|Chip|Stahl|Lithium|Kathoden|Modul|Serien)?[Kk]unden?|Kundin|(?:Groß|Haupt)?[Aa]bnehmer[ns]?)\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        # a controlling or sole shareholder owns the company
        {"re": r"\b(?:Mehrheits|Allein)(?:aktionär|eigentümer|eigner|gesellschafter)(?:s|in|en)?\b", "type": "owns", "frame": "SUPPLIER_N", "status": "active", "conf": 0.75},
        {"re": r"\b(?:Groß|Haupt|Anker|Minderheits|Einzel)?(?:[Aa]ktionär(?:e|s|en)?|[Aa]nteilseigner[ns]?)\b|\b(?:Geldgeber|Kapitalgeber)[ns]?\b|\bInvestoren\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # the noun of supplying a customer: its "von" complement is the customer ("die Belieferung von Ford")
        {"re": r"\bBelieferung(?:en)?\b(?= (?:von|vom|des|der) )", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "nominal": True, "customer_of": True},
        {"re": r"\bLieferung(?:en)? (?:von|des|der)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8, "nominal": True},
        # shipping goods to a customer, as "ships", "expédie", "spedisce", "envía": "X verschickt Zellen an Y"
        {"re": r"\b(?:verschickt|verschickte|verschickten|verschicken|versendet|versandte|versandten|versenden|exportiert|exportierte|exportierten|exportieren|schickt|schickte|schickten|schicken)\b(?=[^,;:()]{1,60}? an )", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "needs_product": True},
        # ("liefert sich mit Y ein Rennen": a contest, no goods)
        # The particle verbs "ausliefern", "anliefern", "zuliefern" are the same verb once their particle is glued
        # on: the participle ("hat die Busse an Y ausgeliefert", "wurden von X an Y angeliefert"), the zu-infinitive
        # and the finite verb at the end of a subordinate clause ("die X an Y auslieferte") keep it; a main clause
        # splits it off ("liefert ... aus"), which the bare "liefert" reads (tests/relations/test_de_particle_delivery.py).
        {"re": r"\b(?:liefert|liefere|lieferte|liefern|lieferten|geliefert|zu liefern|beliefert|beliefere|belieferte|beliefern|belieferten|zu beliefern|Lieferungen?|versorgt|versorge|versorgen|versorgte|"
               r"(?:aus|an|zu)(?:liefern|liefert|lieferte|lieferten|geliefert|zuliefern))\b(?! sich\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.85},
        # the participle before its noun: "die von Kestrel an Brixo gelieferten Zellen", "die ausgelieferten Busse"
        {"re": r"\b(?:geliefert|zugeliefert|ausgeliefert|angeliefert|beliefert)(?:e|en|er|es|em)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8},
        # a participle of making before its goods, with the one made for: "die von Kestrel für Brixo gefertigten
        # Zellen" (probe: German puts the participle before its noun; the goods must be named; "die von Kestrel
        # hergestellten Zellen" with no customer reads nothing)
        {"re": r"(?<=\s)(?:gefertigt|hergestellt|produziert|entwickelt|montiert)(?:e|en|er|es|em)\b(?= (?-i:[A-ZÄÖÜ]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "needs_product": True},
        # fitting out a customer's vehicles: "X stattet die neuen Modelle von Y mit Zellen aus", "rüstet die Flotte von Y aus"
        {"re": r"\b(?:stattet|statten|stattete|statteten|rüstet|rüsten|rüstete|rüsteten)\b(?=(?: [\w-]+){1,10}? aus\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "goods_owner": True},
        {"re": r"\b(?:stellt (?:\w+ )?bereit|ausstatten|ausgestattet|stattet \w+ aus)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        # providing goods, the separable "bereit" closing the clause after the customer and the goods ("X stellt
        # Y ab 2026 Zellen bereit", "X wird Y Zellen bereitstellen"), as "mettre à disposition de", "mettere a
        # disposizione di", "poner a disposición de"
        {"re": r"\b(?:stellt|stellen|stellte|stellten)\b(?! sich\b)(?=(?: [\w€$%.-]+){2,10}? bereit\b(?! erklärt))|\b(?:bereitstellen|bereitstellt|bereitzustellen|bereitgestellt)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        # the same with "zur Verfügung" closing the bracket ("X stellt Y Flächen und Dampf zur Verfügung",
        # "die X Y zur Verfügung stellt", "von X zur Verfügung gestellt"); not "stellt sich zur Verfügung"
        {"re": r"\b(?:stellt|stelle|stellen|stellte|stellten)\b(?! sich\b)(?=(?: [\w€$%.,-]+){1,10}? zur Verfügung\b)|\bzur Verfügung (?:stellt|stelle|stellen|stellte|stellten|gestellt|zu stellen)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        {"re": r"\b(?:übernimmt|übernehme|übernahm|übernehmen|übernommen|zu übernehmen|Übernahme (?:von|des|der)|kauft|kaufe|kaufte|kaufen|gekauft|zu kaufen|erwirbt|erwerbe|erwarb|erwerben|erworben|schluckt|schlucke|schluckte|geschluckt|einverleibt|verleibt sich|verleibte sich|schnappt sich|schnappte sich|schnappen sich|schnappten sich|geschnappt|Kauf (?:von|des|der)|(?:Übernahme|Kauf|Gegen|Bar)angebot für|(?:Übernahme|Kauf)?(?:gebot|offerte) für|(?:Übernahme|Kauf)(?= durch))\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.85},
        # securing a stake or control: "Norvik sicherte sich 2022 die Mehrheit an Y", "verschafft sich die Kontrolle über Y"
        {"re": r"\b(?:sichert|sicherte|sicherten|sichern|verschafft|verschaffte|verschafften) sich\b(?=(?: [\w$€.,%-]+){0,4}? (?:Mehrheit|Kontrolle|Anteile?|Beteiligung|Aktienmehrheit|Prozent|%)\b)", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.75},
        # working together, told in the indicative, is a standing tie ("arbeitet seit Jahren mit Y
        # zusammen"); a plan says so ("wollen künftig zusammenarbeiten")
        # ("halten zusammen 60 Prozent an Y" is a sum of stakes, no partnership; nor is "zusammen stehen
        # sie für zwei Drittel des Umsatzes", customers' share of sales)
        {"re": r"\b(?:kooperier(?:t|en|te|ten|e)|zusammengearbeitet|zusammen(?:arbeiten|arbeitet)?(?! (?:rund |etwa |knapp |gut |fast |mehr als |über )?\d)(?! (?:stehen|standen|kommen|kamen|machen|machten|sorgen|sorgten|bringen|brachten|erwirtschaften|erzielen|halten|hielten)\b)|arbeitet(?:en)? \w+ zusammen)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
        {"re": r"\b(?:verbündet|verbünden)\b|\b(?:Partnerschaft|Kooperation|Zusammenarbeit|Allianz|Bündnis|Absichtserklärung|Rahmenvertrag|Rahmenvereinbarung|Entwicklungspartnerschaft|Technologiepartnerschaft|Kooperationsvereinbarung|Kooperationsvertrag)\w*\b|\bgemeinsame[nr]? (?:Entwicklung|Forschung|Labor)\b", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # joint work with a partner: "hat gemeinsam mit Linde entwickelt", "baut zusammen mit X ein Netz auf"
        # (the word before "mit", which stays the partner's marker; a verb of joint work in the clause;
        # owners of one company: "ist gemeinsam mit Y und Z an W beteiligt")
        # a pair that develops or builds something together, no "mit": "A und B wollen gemeinsam Lkw entwickeln"
        {"re": r"\bgemeinsam\b(?! mit\b)(?=(?: [\w-]+){0,5}? (?:entwickeln|entwickelt|entwickelten|erforschen|bauen|produzieren|fertigen|vermarkten)\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.65, "strict": True},
        # the verb before "gemeinsam": "A und B bauen gemeinsam eine Zellfabrik" (a plant built or run together: a joint venture)
        {"re": r"(?:(?<=\bbauen )|(?<=\bbauten )|(?<=\berrichten )|(?<=\bbetreiben ))(?:gemeinsam|zusammen)\b(?! mit\b)(?=(?: [\w-]+){0,3}? [\w-]*(?:[Ff]abrik|[Ww]erk|[Aa]nlage|[Rr]affinerie|[Mm]ine|Gigafactory)\w*\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        {"re": r"(?:(?<=\bentwickeln )|(?<=\bentwickelten )|(?<=\bproduzieren )|(?<=\bfertigen ))(?:gemeinsam|zusammen)\b(?! mit\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65, "strict": True},
        # "X entwickelt mit Y (gemeinsam) eine Plattform": developing with a partner
        {"re": r"\bentwickel(?:t|n|te|ten)\b(?= (?:(?:bereits|derzeit|seit \d{4}) )?mit (?:(?:dem|der|den) (?:(?-i:[a-zäöü])[\w-]* ){0,2}?)?(?-i:[A-ZÄÖÜ])[\w.&-]*(?: (?-i:[A-ZÄÖÜ])[\w.&-]*){0,3} (?:gemeinsam |zusammen )?(?:eine?[nmrs]?|die|das|den|neue[nmrs]?|(?-i:[A-ZÄÖÜ])\w+)\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # the verb of making, then a time, then "gemeinsam mit": "X fertigt seit dem vergangenen Jahr gemeinsam mit Y"
        {"re": r"\b(?:produziert|produzieren|produzierte|produzierten|fertigt|fertigen|fertigte|fertigten|montiert|montieren|entwickelt|entwickeln|entwickelte|entwickelten)\b(?= (?:(?:seit|ab) (?:dem |diesem )?(?:(?:vergangenen|letzten|laufenden|kommenden|nächsten) )?(?:Jahr(?:en)?|Monaten|Frühjahr|Sommer|Herbst|Winter|(?:19|20)\d\d)|bereits|schon|derzeit|inzwischen|künftig|nun|jetzt|heute) (?:(?:bereits|schon|auch) )?(?:gemeinsam|zusammen) mit\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # the verb of joint work before "gemeinsam mit": "baut gemeinsam mit Y eine Fabrik", "entwickelt zusammen mit Y"
        {"re": r"(?:(?<=\bbaut )|(?<=\bbauen )|(?<=\bbaute )|(?<=\bbauten )|(?<=\berrichtet )|(?<=\berrichten )|(?<=\bbetreibt )|(?<=\bbetreiben )|(?<=\bentwickelt )|(?<=\bentwickeln )|(?<=\bentwickelte )|(?<=\bproduziert )|(?<=\bproduzieren )|(?<=\bfertigt )|(?<=\bfertigen ))(?:gemeinsam|zusammen)(?= mit\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        {"re": r"\b(?:gemeinsam|zusammen)(?= mit\b[^.;:]{0,100}?\b(?:entwickel|erforsch|erprob|teste|getestet|bau|gebaut|betreib|produzier|fertig|gegründet|gründe|arbeite|vermarkte|vertreib|beteiligt\b)\w*)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        {"re": r"\b(?:Vereinbarung(?:en)?|Abkommen|Vertrag|Verträge|Deals?)\b(?! (?:über den|zum) (?:Verkauf|Kauf|Erwerb)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.55, "strict": True, "bare": True},
    ],
    "status": {
        # "X soll Y übernehmen wollen": an intention only reported
        "rumoured": IMPERSONAL_REPORT["de"] + r"|\b(?:laut )?Presseberichten(?: zufolge)?\b|\blaut (?:einem )?Pressebericht\b|\b(?:gab|gibt) es (?:\w+ ){0,2}(?:Berichte|Gerüchte|Spekulationen)\b|\b(?:es gab|es gibt) (?:\w+ ){0,2}(?:Berichte|Gerüchte|Spekulationen)\b|\blaut (?:dem |der |einem |einer )?[„\x22]?(?:Handelsblatt|Bloomberg|Reuters|Spiegel|FAZ|Manager Magazin|Wirtschaftswoche|Automobilwoche|Financial Times|Wall Street Journal|Süddeutschen Zeitung|Frankfurter Allgemeinen|Welt am Sonntag|Börsen-Zeitung|Nikkei|Dow Jones)\b|\blaut (?:einem |einer )?[\w.]+-(?:Bericht|Meldung|Informationen)\b|\bsoll(?:en)?\b(?=[^,;:.]{0,80}?\b(?:wollen|planen|erwägen|beabsichtigen)\b)|\b(?:unterrichteten |informierten |gut informierten )?Kreisen zufolge\b|\bunterrichteten Kreisen\b|\bInsidern? zufolge\b|\b(?:Medien)?[Bb]erichten zufolge\b|\b(?:wurde|wird) (?:\w+ ){0,3}berichtet\b|\bMedienberichten\b|\bwie (?:die|das|der) \w+(?: \w+)? (?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\b|\bberichtet(?:e|en)? (?:die|das|der) (?!Unternehmen|Konzern|Firma)\w+|\blaut (?:einem Bericht|Berichten|Medienberichten|Insidern|Kreisen|\w+kreisen|(?:der|dem|des) (?:Zeitung|Magazin|Blatt|Bericht|Nachrichtenagentur|Wirtschaftszeitung|Branchenblatt|Fachblatt|Fachmagazin|Wirtschaftsmagazin|Portal|Branchendienst)|(?!Unternehmens|Firmen|eigenen|Angaben|Konzern|Mitteilung|Pressemitteilung|Vertrag|Plan|Vorstand)(?-i:[A-Z])\w+(?: \w+)?,)|\b\w*(?:Zeitung|Nachrichtenagentur|Agentur|Magazin|Blatt|Portal|Branchendienst|Sender|Medien)\b[^.;:]{0,40}?\b(?:berichtet(?:e|en)?|gemeldet|meldete[n]?)\b|\bBericht\w*\b[^.;:]{0,60}?,? wonach\b|\bangeblich\b|\bGerüchte?n?\b|\bSpekulation\w*|\b(?:mit der Sache |mit den Plänen |mit dem Vorgang )?vertraute?n? Personen\b|\bdem Vernehmen nach\b|\bheißt es\b|\bhieß es\b|\bInformationen (?:des|der|von)\b|\bunter Berufung auf\b|\b\w+kreisen (?:zufolge|verlautet\w*|hieß es|heißt es)\b|\baus \w*[Kk]reisen\b|\bverlautet\w*\b|\boffenbar\b|\bInsiderinformationen\b|\bnach (?:Informationen|Angaben) (?:aus|von) (?:Insidern|\w*[Kk]reisen)\b"
                    # what a paper learnt or circles say: "Nach Informationen dieser Zeitung", "Glaubt man Branchenkreisen"
                    r"|\b[Nn]ach (?:unseren |eigenen )?Informationen (?:dieser Zeitung|dieser Redaktion|unserer Redaktion|aus (?:\w+ )?\w*[Kk]reisen|(?:de[rs]|von) [„\x22]?(?!Unternehmens\b|Konzerns\b|Firma\b|Herstellers\b|Gesellschaft\b|Autobauers\b|Zulieferers\b)(?-i:[A-Z])\w+)|\b[Nn]ach unseren Informationen\b|\b[Gg]laubt man (?:\w+ )?(?:\w*[Kk]reisen|Berichten|Insidern|Medienberichten|(?:de[rnm]|dem) (?:Bericht|Zeitung|Magazin))\b"
                    # what could be read in the press ("Zuletzt war in Branchenmedien zu lesen, X wolle ..."), and
                    # "nach" for "according to" before a paper's report ("Nach einem Bericht des Handelsblatts erwägt X ...")
                    r"|\b(?:war|ist|stand|steht|waren|sind) (?:[\w-]+ ){0,3}zu lesen\b|\b[Nn]ach (?:einem |dem |jüngsten )?(?:[\w-]+ )?(?:Bericht|Berichten|Medienbericht|Medienberichten)(?: (?:des|der|von|im|in)\b| zufolge\b|,)",
        "in_talks": r"\b(?:umwirbt|umwerben|umwarb|buhlt|buhlen)\b|\büber (?:[\w-]+ ){1,4}(?:spricht|sprechen|sprach|sprachen)\b|\b(?:spricht|sprechen|sprach|sprachen)\b(?=[^.;:]{0,60}?\bmit\b[^.;:]{0,100}?\büber\b)|\bin (?:\w+ )?Gesprächen\b|\bGespräche\b|\bverhandel\w+|\bverhandle\b|\bVerhandlungen\b|\bsondier\w+|\berwäg(?:t|en)\b|\bim Gespräch\b|\bprüf(?:t|en) (?:eine|einen|ein)\b|\b\w+gespräche[n]?\b|\b\w+verhandlungen\b|\blotet (?:\w+ ){0,4}aus\b|\bauszuloten\b|\bausloten\b|\bliebäugel\w+",
        "denied": r"\bkein(?:erlei)? (?:[\w-]+ )?(?:Angebot|Übernahmeangebot|Kaufangebot) (?:\w+ )?erhalten\b|\bkein(?:erlei|en)? (?:\w+ )?Interesse\b|\b(?:ist|sei|war|wäre) kein Thema\b|\bnicht zur Debatte\b|\bnicht zum Verkauf\b|\bnicht auf der (?:Tagesordnung|Agenda)\b|\bdementier\w+|\bDementi\b|\b(?:wies|weist|wiesen|weisen|weise) (?:\w+ ){0,3}(?:Berichte?|Spekulationen|Gerüchte|Meldungen)(?: [„“\x22»«]?[\w-]+[„“\x22»«]?){0,6} [„“\x22»«]?zurück\b|\b(?:wies|weist|wiesen|weisen|weise) (?:das|dies)(?: [„“\x22»«]?[\w-]+[„“\x22»«]?){0,4} [„“\x22»«]?zurück\b|\bzurückgewiesen\b|\bbestritt\w*|\bbestreit\w+|\bhaltlos\b|\bunbegründet\b|\bnicht zutreffend\b|\bfalsch\b|\bausgeschlossen\b|\bschlie(?:ß|ss)t (?:\w+ ){0,3}aus\b|\bschloss (?:\w+ ){0,3}aus\b|\bentbehr\w* (?:jeder|jeglicher) Grundlage\b|\bjeder Grundlage entbehr\w*|\bnichts dran\b|\bals (?:haltlos|unzutreffend|falsch|Spekulation|Gerücht)\b"
                  # a report called made up ("Das ist frei erfunden", "Der Bericht sei erfunden"; not a passive of inventing,
                  # "ist von X erfunden worden"), and a party saying there are no talks ("Es gibt keine Gespräche",
                  # "Wir führen keine Verhandlungen mit Y"; not "noch keine", talks not begun yet)
                  r"|\bfrei erfunden\b|\b(?:ist|sind|sei|seien|wäre|wären) (?:\w+ ){0,2}erfunden\b(?! (?:worden|werden)\b)"
                  r"|(?<!noch )\bkeine(?:rlei)? (?:[\w-]+ )?(?:Gespräche|Verhandlungen|\w+gespräche|\w+verhandlungen)\b",
        # (a deal called off: "hat die Übernahme abgesagt", "sagte den Kauf ab", "abgeblasen"; an order or a
        # customer lost: "hat den Auftrag von Y verloren", "hat Y als Kunden verloren"; a contract terminated,
        # "kündigte den Vertrag", never one announced: "kündigte einen Vertrag mit Y an")
        # (ord16: an order withdrawn: "den Auftrag ... zog BMW 2024 zurück", "hat den Auftrag zurückgezogen")
        "ended": r"\b(?:verließ|verließen|verlässt|verlassen) (?:\w+ ){0,2}?(?:das|die|den) (?:[\w-]+ )?(?:Konsortium|Allianz|Partnerschaft|Gemeinschaftsunternehmen|Joint Venture)\b|\b(?:das|die|den) (?:[\w-]+ )?(?:Konsortium|Allianz|Partnerschaft|Gemeinschaftsunternehmen|Joint Venture) (?:\w+ ){0,3}verlassen\b|\b(?:erlischt|erlosch|erloschen)\b|\bAufteilung (?:ihres|seines|des|der|ihrer) (?:gemeinsamen )?(?=[\w-]*(?:[Uu]nternehmen|[Gg]esellschaft|[Ff]irma|[Tt]ochter|[Vv]enture|JV))|\b(?:verliert|verlor|verloren|verlieren)\b(?= [^,;:.]{0,40}?(?:Auftrag|Aufträge|Kunden?|Zuschlag)\b)|\b(?:Auftrag|Aufträge|Kunden?|Zuschlag)\b[^,;:.]{0,40}? (?:verloren|verlor|verliert)\b|\bl(?:ö|oe)s(?:t|en|te|ten) (?:[\w-]+ ){1,6}auf(?=[.,;:]|$)|\b(?:verkaufte|verkauften|veräußerte|veräußerten|hat (?:\w+ ){0,3}(?:verkauft|veräußert)) (?:seine|ihre) (?:gesamte[n]? |restliche[n]? )?(?:Beteiligung|Anteile|Aktien)\b(?! (?:an|am|bei)\b)|\b(?:seine|ihre) (?:gesamte[n]? |restliche[n]? )?(?:Beteiligung|Anteile|Aktien) (?:(?!an\b|am\b|bei\b)[\w-]+ ){0,4}(?:verkauft|veräußert)\b|\babgesagt\b|\bstorniert\w*|\bStornierung\b|\b(?:sagte|sagt|sagten|bläst|blies|bliesen) (?:[\w-]+ ){1,4}ab(?=[.,;:]|$)|\babgeblasen\b|\bnicht (?:mehr )?weiter\b|\bnicht länger\b|\bbeendet\w*|\bbeende[nt]?\b|\bbeendigt\b|\bgekündigt\b|\bKündigung\b|\bnicht mehr\b|\beingestellt\b|\baufgelöst\b|\bausgelaufen\b|\bläuft (?:[\w-]+ ){1,3}aus\b|\blaufen (?:[\w-]+ ){1,3}aus\b|\blief (?:[\w-]+ ){1,3}aus\b|\bnicht verlängert\b|\bEnde der (?:Zusammenarbeit|Partnerschaft|Lieferbeziehung|Kooperation)\b|\bsteigt aus\b|\bausgestiegen\b|\bzieht sich \w+ zurück\b|\bgestoppt\b|\bstoppt\b|\b(?:frühere[rnms]?|ehemalige[rnms]?) (?:Lieferant|Partner|Zulieferer|Mutter|Eigentümer|(?:Groß|Mehrheits|Minderheits)?[Aa]ktionär|Anteilseigner|Investor|Gesellschafter|(?:Konzern)?[Tt]ochter|\w*[Vv]ertrag|\w*[Vv]ereinbarung|Kooperation|Zusammenarbeit)\w*\b|\b(?:ist|sind|war|waren) (?:\w+ ){0,2}Geschichte\b|\bbis zu[mr] (?:Abspaltung|Ausgliederung|Verkauf|Börsengang|Trennung)\b|\bgetrennt\b|\btrennt sich\b|\bfrüher (?:selbst |einmal |auch )?beteiligt\b|\baufgekündigt\b|\bkündigte (?:\w+ ){0,4}(?:\w*[Vv]ertrag|Zusammenarbeit|Partnerschaft|Kooperation|Vereinbarung)\w* (?:\w+ )?(?:auf|mit)\b(?![^,;:.]*\ban\b)|\bkündigte[n]? (?:\w+ ){0,3}?(?:den|die|das|seinen|ihren|seine|ihre) (?:\w+ )?(?:\w*[Vv]ertrag|\w*[Vv]ereinbarung|\w*[Aa]uftrag|Zusammenarbeit|Partnerschaft|Kooperation)\b(?![^,;:.]*\ban\b)|\bgeplatzt\b|\bplatzte\b|\bgescheitert\b|\bscheiterte\b|\babgestoßen\b|\bstie(?:ß|ss) (?:\w+ ){0,4}ab\b|\babgewickelt\b|\bhinfällig\b|\bgegenstandslos\b|\b(?:untersagte|untersagten|hat (?:\w+ ){0,3}untersagt|blockierte|blockierten|hat (?:\w+ ){0,3}blockiert)\b|\b(?:Übernahme|Verkauf|Fusion|Kauf|Einstieg)\w*\b(?: \w+){0,4} (?:wurde|ist|war) (?:\w+ ){0,2}(?:untersagt|blockiert|verboten)\b|\b(?:zog|zogen|zieht|ziehen) (?:[\w-]+ ){0,4}?zurück\b(?= *(?:[,.;]|$))|\b(?:Auftrag|Bestellung|Vertrag) (?:[\w-]+ ){0,3}?zurückgezogen\b",
        # "nicht nur", "nicht zuletzt", "nicht weniger als": no negation of the tie
        "negation": r"\b(?:nicht(?!\s+(?:nur|erst|zuletzt|weniger|minder|ohne)\b)|kein|keine|keinen|keiner|nie|niemals)\b",
        # a tie still to come ("hat Y noch nicht übernommen") and a negation that names another party instead ("nicht an Y, sondern an Z")
        # Lieferungen, die erst beginnen sollen ("...; die Lieferungen sollen 2029 beginnen"): unterzeichnet, nicht laufend
        # a tie that starts with a later event: "will take effect", "once the plant opens", "will receive its first cells"
        "future_start": r"\b(?:tritt|treten) (?:[\w-]+ ){0,4}?in Kraft\b|\b(?:soll|sollen|wird|werden) (?:[\w-]+ ){0,4}?in Kraft treten\b|\bsobald (?:das|die|der) (?:[\w-]+ ){0,3}?(?:in Betrieb (?:geht|gehen|ist|sind|genommen wird)|eröffnet (?:wird|ist)|fertig(?:gestellt)? (?:ist|wird)|produziert|anläuft)\b|\bab (?:der )?(?:Inbetriebnahme|Eröffnung|Fertigstellung)\b|\b(?:soll|sollen|wird|werden) (?:[\w-]+ ){0,5}?(?:ersten|erste) (?:[\w-]+ ){0,3}?erhalten\b|\berhält (?:ab|erst) 20\d\d\b|\bersten? (?:[\w-]+ ){0,3}?erhalten (?:soll|sollen|wird|werden)\b",
        "starts_later": r"\b(?:Lieferungen|Lieferung|Belieferung|Auslieferungen|Installation|Inbetriebnahme)\b(?: [\w-]+){0,4}? (?:sollen|soll|werden|wird|sollten|dürften)\b(?: [\w.-]+){0,4}? (?:beginnen|starten|anlaufen|aufgenommen werden)\b|\b(?:Lieferungen|Belieferung)\b (?:beginnen|starten) (?:erst|ab|im|nächstes|kommendes|(?:19|20)\d\d)\b|\b(?:wird|werden|soll|sollen) (?:[\w.-]+ ){0,4}?(?:zu liefern beginnen|mit (?:der|den) (?:Lieferung|Lieferungen|Belieferung) beginnen)\b"
                        # deliveries that begin with an event still to come, told in the present: "die Lieferungen beginnen mit
                        # dem Anlauf der Produktion", "starten erst mit der Inbetriebnahme"
                        r"|\b(?:Lieferungen|Lieferung|Belieferung|Auslieferungen)\b (?:beginnen|beginnt|starten|startet) (?:erst )?mit (?:dem|der) (?:Anlauf|Start|Beginn|Produktionsstart|Produktionsbeginn|Serienstart|Inbetriebnahme|Fertigstellung|Eröffnung)\b",
        # das Nomen einer Bindung, dann ein Relativsatz mit ihrem Beginn ("eine Kooperation, die 2023 begann")
        "started_after": r"\b(?:Kooperation|Zusammenarbeit|Partnerschaft|Allianz|Joint Venture|Gemeinschaftsunternehmen|Lieferbeziehung)\w*\b[^;:.]{0,60}?\b(?:die|das|der) (?:bereits |schon )?(?:(?:im Jahr )?(?:19|20)\d\d|seit [\w.]+|vor [\w.]+ Jahren) (?:begann|begonnen hat|startete|gestartet ist|gegründet wurde|entstand|besteht|läuft)\b",
        # eine Tochter verkauft ("verkaufte seine Tochter Y"; "hat den Verkauf seiner Tochter Y abgeschlossen":
        # das Nomen "sold_unit_noun" nur mit "sold_unit_done" danach im Satz)
        "sold_unit": r"\b(?:verkaufte|verkauften|veräußerte|veräußerten)\s+$",
        "sold_unit_noun": r"\b(?:den|der) (?:Verkauf|Veräußerung)\s+$",
        "sold_unit_done": r"\b(?:abgeschlossen|vollzogen)\b(?! (?:werden|sein)\b)",
        # ein Satz, der mit "bis <Jahr>" und einem Verb der Vergangenheit beginnt ("Bis 2024 gehörte Y zu X")
        "until_past": r"\W*(?:(?:und|aber) )?(?:Bis (?:(?:Ende|Mitte|Anfang) )?(?:19|20)\d\d)\b,?[^;:]{0,80}?\b(?:war|waren|hatte|hatten|hielt|hielten|gehörte|gehörten|kontrollierte|kontrollierten|besaß|besaßen|lieferte|lieferten|belieferte|belieferten)\b(?! (?:geplant|vorgesehen)\b)",
        # ein Verb der Bestellung im Präsens als Auslöser ("ordert 300 Busse bei Y"): angekündigt, geliefert wird später; ein
        # Perfekt ("hat bestellt") bleibt, wie es war
        "order_verb": r"(?:ordert|ordern)",
        "not_yet": r"\bnoch (?:nicht|kein\w*)\b|\bnicht (?:\w+ )?vor (?:(?:19|20)\d\d|Ende|Anfang|Mitte)\b",
        "contrast": r"\bsondern\b",
        # verb second, the negation closing the clause: "X übernimmt Y nicht", "X beliefert Y künftig nicht"
        "negation_last": r"[^,;:.]{0,60}?\s(?:nicht|nie|niemals)(?=\s*(?:[,;:.!]|$))",
        # right before a trigger: the tie is named as absent ("ohne ein Gemeinschaftsunternehmen zu gründen")
        "absent": r"\b(?:ohne|statt|anstatt)\s+(?:[\w-]+\s+){0,2}$",
        # "nicht mehr", "keine Zellen mehr", "keine elektrischen Antriebe mehr"; not "nicht mehr nur" (no longer only)
        "cessation": r"\bnicht mehr\b(?!\s+(?:nur|allein|ausschließlich)\b)|\bkeine (?:[\w-]+ ){1,3}?mehr\b(?!\s+(?:nur|als)\b)|\bnicht länger\b",
        # a past verb of supplying or holding with 'bis' and a year: the tie ran until then ("lieferte bis 2022"; not a participle: "sollen bis 2027 geliefert werden" is a deadline)
        # and a former supplier or partner named by a compound: "der frühere Brixo-Zulieferer Kestrel"
        # and a past verb with "früher" / "einst" ("lieferte früher Zellen an Y"; not "früher als geplant")
        # "bis dahin / bis zuletzt" with a past tie ("hatte Y bis dahin allein kontrolliert"); a stake given back
        # "bislang" / "bisher" with a past tense of supply or holding, or what a company was until then:
        # "Bislang lieferte Y die Zellen an Z", "Y, bis dahin ein Gemeinschaftsunternehmen mit Z"
        "ended_so_far": r"\b(?:[Bb]islang|[Bb]isher)\b[^,;:.]{0,60}?\b(?:lieferte|lieferten|belieferte|belieferten|bezog|bezogen|kaufte|kauften|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten)\b"
                        r"|\b(?:lieferte|lieferten|belieferte|belieferten|bezog|bezogen|kaufte|kauften|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten)\b[^,;:.]{0,40}?\b(?:bislang|bisher)\b",
        "ended_then_noun": r"\bbis dahin,? (?:ein |eine |das |die )?(?:Gemeinschaftsunternehmen|Joint Venture|Tochter\w*|Zulieferer|Lieferant|Partner|Aktionär)\b",
        # a durative tie told in the pluperfect, the story's time before it: "Mercedes hatte über Jahre
        # Zellen von Y bezogen", "Seitdem hatte X den Konzern allein kontrolliert", "..., die X von Y bezogen hatte"
        # (not an event, "hatte Y übernommen", whose result may stand)
        "ended_pluperfect": r"\b(?:hatte|hatten)\b[^,;:.]{0,80}?\b(?:bezogen|beliefert|kontrolliert|besessen|gehalten)\b(?! (?:werden|worden)\b)"
                            r"|\b(?:bezogen|beliefert|kontrolliert|besessen|gehalten) (?:hatte|hatten)\b",
        # a tie with how many years it ran ("jahrelang", where the present says "seit Jahren"):
        # "bezog die Batterien jahrelang von Y"
        "ended_for_years": r"\b(?:jahrelang|jahrzehntelang|über Jahre hinweg)\b",
        # a holder's shares sold, no company named after them: "verkaufte die Aktien aber 2024"
        "ended_sold": r"\b(?:verkaufte|verkauften|veräußerte|veräußerten) (?:die|diese) (?:Beteiligung|Anteile|Aktien)\b(?! (?:an|am|bei)\b)",
        # deliveries told with the year they start: "mit Lieferungen ab 2027"
        "starts_later_year": r"\b(?:Lieferungen|Lieferung|Auslieferungen)\b (?:ab|beginnend) (?:(?:Anfang|Ende|Mitte) )?20\d\d\b",
        "ended_more": r"\bbis (?:dahin|zuletzt)\b[^,;:.]{0,60}?\b(?:lieferte|lieferten|belieferte|belieferten|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten|kontrolliert|gehalten|besessen|beliefert|geliefert|gehört)\b|\b(?:lieferte|lieferten|belieferte|belieferten|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten)\b[^,;:.]{0,40}?\bbis (?:dahin|zuletzt)\b|\b(?:gibt|gab|geben|gaben) (?:seine[n]?|ihre[n]?|die|den) (?:[\w-]+ ){0,2}(?:Anteile?|Beteiligung|Aktien)\b[^.;:]{0,40}?\bzurück\b|\bzurückgegeben\b|\b(?:lieferte|lieferten|belieferte|belieferten|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten)\b[^,;:.]{0,40}?\b(?:früher|einst|ehemals|vormals)\b(?! als)|\b(?:früher|einst|ehemals|vormals)\b(?! als)[^,;:.]{0,40}?\b(?:lieferte|lieferten|belieferte|belieferten|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten)\b|\b(?:war|waren)\s+(?:\w+\s+){0,3}?bis\s+(?:(?:Ende|Mitte|Anfang)\s+)?(?:19|20)\d\d\b(?=[^,;:.]{0,60}?\b(?:beteiligt|Kunden?|Lieferant|Zulieferer|Partner|Eigentümer|Aktionär|Gesellschafter|Besitz|Tochter)\b)|\b(?:frühere[rnms]?|ehemalige[rnms]?|einstige[rnms]?) [\w.&]+-(?:Zulieferer|Lieferant|Partner|Großkunde|Kunde)\w*\b|\b(?:lieferte|lieferten|belieferte|belieferten|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten)\b[^,;:]{0,60}?\bbis (?:(?:Ende|Mitte|Anfang) )?(?:des Jahres )?(?:19|20)\d\d\b|\bbis (?:(?:Ende|Mitte|Anfang) )?(?:19|20)\d\d\b[^,;:.]{0,60}?\b(?:lieferte|lieferten|belieferte|belieferten|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten|gehörte|gehörten)\b",
        "hedge": r"\b(?:könnte|könnten|möglicherweise|eventuell|womöglich|dürfte|dürften)\b",
        # a wish or a hope of the subject ("we would like to supply Y"): no deal yet, at most talks
        # ("würde" alone is a conditional or reported speech, "Damit würde X Y beliefern": a wish only with
        # "gern"/"lieber" after it, past the subject and an object or two: "Wir würden Y sehr gerne beliefern")
        "wish": r"\b(?:(?:würden|würde)\b(?=(?:\s+[\w-]+){0,4}?\s+(?:gerne|gern|lieber)\b)|möchten|möchte|hoffen|hofft|wünschen|wünscht)\b(?:\s+(?:wir|sie|es|gerne|gern|sehr|auch|eines Tages|künftig))*",
        "condition": r"\b(?:falls|wenn|sofern|unter der Bedingung)\b",
        "unlikely": r"\bnicht geplant\b|\bkeine Pläne\b|\bunwahrscheinlich\b|\bnicht zu erwarten\b|\bnicht in Gesprächen\b|\bnicht vorgesehen\b|\bnicht beabsichtigt\b|\b(?:erwägt|erwägen) (?:kein(?:e|en)?|nicht)\b",
        # a report opening a clause of its own ("Einen Bericht, wonach X Y kaufe, ..."): a denial
        # anywhere after it in the sentence denies what the clause reports
        "report_clause": r"\b(?:Bericht|Berichte|Berichten|Meldung|Meldungen|Gerüchte|Gerüchten|Spekulationen)\b[^.;:]{0,80}?,?\s+(?:wonach|dass|denen zufolge|dem zufolge)\b",
        # what rejects such a report: "wies ein Sprecher ... zurück", "wies Müller zurück", "als reine Spekulation"
        "report_denial": r"\b(?:wies|weist|wiesen|weisen|weise)\b[^.;:]{0,80}?\bzurück\b|\bals\s+[„\x22“»]?(?:reine|pure|bloße|blanke|völlig haltlose)?\s*(?:Spekulation|Gerücht|Unsinn|Erfindung|Fantasie)\w*",
    },
    "local": {
        # the deal's nouns and "new" among the words of "announced": not a future for a verb in the present
        "deal_words": r"\b(?:\w*[Vv]ertrag\w*|\w*[Vv]ereinbarung\w*|Abkommen|(?-i:neue[nrs]?))\b",
        "announced_clause": r"\b(?:soll|sollen|künftig|ab (?:dem Jahr |Ende |Anfang |Mitte )?20\d\d|ab (?:dem )?(?:nächsten|kommenden)|vo[nm] (?:[\w.]+ ){0,2}20\d\d an)\b",
        "active": r"\b(?:(?:ist|sind|bleibt|bleiben) (?:\w+ ){0,4}beteiligt|(?:19|20)\d\d gegründete[nm]?|(?:haben|hatten|hat|hatte) \w+ (?:19|20)\d\d (?:gegründet|ins Leben gerufen)|hält|halten|beteiligt|betreibt|betreiben|bereits|schon|derzeit|aktuell|seit|bisher|begann|begonnen|laufende[nr]?|wichtigste[rn]?|größte[rn]?(?!(?: [\w-]+){0,2}? \w*(?:Auftrag|Aufträge|Auftrags|Bestellung|Vertrag|Verträge)\b)|einzige[rn]?|weiterhin)\b",
        # "werden" before a participle trigger is the present passive, not the future: goods (a
        # plural) delivered now ("werden die Zellen an Y geliefert"); "X wird von Y beliefert" stays
        # the news of a deal
        "passive_aux": r"\bwerden\b",
        # a tie named by a noun, then said to run or to go on: "die Zusammenarbeit von X mit Y, die seit
        # 2024 läuft", "die Partnerschaft besteht seit Jahren", "soll fortgesetzt werden"
        "active_after": r"\b(?:läuft|laufen|lief|liefen|besteht|bestehen|bestand|bestanden)\b(?: [\w-]+){0,2}? seit\b|\bseit (?:[\w-]+ ){1,3}(?:läuft|laufen|besteht|bestehen)\b|\b(?:soll|sollen|wird|werden) (?:[\w-]+ ){0,3}(?:fortgesetzt|fortgeführt|ausgebaut|vertieft|verlängert|erweitert) werden\b|\b(?:wird|werden) (?:[\w-]+ ){0,3}(?:fortgesetzt|fortgeführt)\b",
        "announced": r"\b(?:gründen|gründet|bilden|bildet|schaffen|schafft|rufen|ruft|starten|startet|wird|werden|künftig|ab 20\d\d|ab (?:dem )?(?:nächsten|kommenden)|vo[nm] (?:[\w.]+ ){0,2}20\d\d an|unterzeichn\w+|unterschrieben|vereinbart\w*|\w*[Vv]ertrag\w*|\w*[Vv]ereinbarung\w*|Abkommen|Zuschlag|angekündigt|kündigt|einigt|geeinigt|verständigt|verständigen|verständigten|zu liefern|zu beliefern|auszuliefern|anzuliefern|zuzuliefern|(?-i:neue[nrs]?)|plant|geplant|will|wollen|beauftragt|bereit erklärt|zugestimmt)\b",
    },
    # (a purchase told in the perfect: "hat die Anteile an Y übernommen"; a fronted deal told with a past
    # main verb: "Mit der Übernahme von Y im Jahr 2013 war X ... aufgestiegen")
    # ("ist nach der Übernahme von Y dabei, ...": a takeover told as what came before is done, unless
    # the clause plans what comes after it: "nach der Übernahme will X ...")
    # (a deal closed, "die Übernahme ist abgeschlossen", is done; a contract concluded, "hat einen
    # Liefervertrag abgeschlossen", "schloss eine Vereinbarung ab", is news of a deal still to run)
    "completed": r"\b(?:Abschluss|Vollzug) (?:der|des) (?:Übernahme|Transaktion|Akquisition|Kaufs|Erwerbs)\b|\b(?-i:nach) (?:der|dem) (?:\w+ )?(?:Übernahme|Kauf|Erwerb|Fusion)\b(?![^.;:]{0,120}?\b(?:soll|sollen|will|wollen|wird|werden|plant|planen|geplant\w*|könnte|dürfte)\b)|\b(?:hat|haben|hatte|hatten)\b[^,;:.]{0,80}?\b(?:übernommen|gekauft|erworben|zugekauft)\b(?! (?:werden|worden|sein)\b)|\b(?:Mit|Durch|Nach) (?:der|dem|den) (?:\w+ )?(?:Übernahme|Kauf|Erwerb)\b[^,;:]{0,80}?\b(?:war|waren|hatte|hatten|wurde|wurden|stieg|gelang)\b|\b(?:Übernahme|Kauf|Erwerb|Verkauf|Transaktion|Deal|Geschäft|Fusion|Zusammenschluss|Einstieg|Finanzierung|Runde|Kapitalerhöhung|Akquisition|Abspaltung|Ausgliederung)\w*\b[^.;:]{0,80}?\babgeschlossen\b|\bschlie(?:ß|ss)t (?!(?:\w+ ){0,6}?\w*(?:[Vv]ertr[aä]g|[Vv]ereinbarung|[Aa]bkommen))(?:\w+ ){0,6}ab\b|\bschloss (?!(?:\w+ ){0,6}?\w*(?:[Vv]ertr[aä]g|[Vv]ereinbarung|[Aa]bkommen))(?:\w+ ){0,6}ab\b|\bvollzogen\b|\bvollzieht\b|\bunter Dach und Fach\b|\bin trockenen Tüchern\b|\b(?:ist|sind|war) perfekt\b|\bvollendet\b",
    # (the rumours a statement ends, or that came before it: "Nach wochenlangen Spekulationen bestätigte X ..."; not "nach
    # Berichten", which is "according to reports")
    "unhedge": r"\b(?:beendet|beendete|beenden)\s+(?:\w+\s+){0,3}(?:Spekulationen|Gerüchte|Berichte)\b|\b(?:Spekulationen|Gerüchten|Berichten) ein Ende\b"
               r"|\bnach (?:tage|wochen|monate|jahre)langen (?:\w+\s+)?(?:Spekulationen|Gerüchten)\b",
    # "soll" is reported speech ("X soll Y kaufen wollen") or a plan ("X soll ab 2026 liefern"): a rumour
    # only where nothing in the sentence reads as a plan or a contract.
    # (a "soll" with a date is a schedule: "soll 2026 die Produktion aufnehmen")
    # ("sollte" is a past plan or a condition, no report: "die das Werk bauen sollte")
    "weak_rumoured": r"\bsoll(?:en)?\b(?! (?:[\w-]+ ){0,3}?(?:ab |bis |im Jahr |Ende |Anfang |Mitte )?(?:19|20)\d\d\b)",
    "stake": r"(?:[Bb]eteiligung|\bAnteil|\bAnteile|\bAktien|\bMinderheit|\bProzent|\bDrittel|\bViertel|\bHälfte|\bFünftel|%)",
    "majority": r"\b(?:Mehrheit\w*|mehrheitlich|Kontrolle|komplett|vollständig|gesamte[nr]?|alle Anteile|restlichen|100 ?Prozent|zwei Drittel|drei Viertel)\b|\b100 ?%",
    "anaphora": r"\b(?:die|der|das|den|diese[rns]?) (?:Vereinbarung|Vertrag|Deal|Bericht|Berichte|Meldung|Partnerschaft|Kooperation|Übernahme|Gerüchte|Spekulationen|Transaktion|Auftrag|Zusammenarbeit|Gemeinschaftsunternehmen)\b|\bdies\b|\b(?:wies|weist) das\b",
    "facility": {
        "nouns": r"\bGiga-?[Ff]a(?:ctory|brik)\b|\b\w*(?:[Ww]erk|[Ww]erks|[Ww]erke|[Ff]abrik|[Ff]abriken|[Pp]roduktionsstätte|[Pp]roduktionsstandort|[Ff]ertigungsstätte|[Ff]ertigungsstandort|[Mm]ontagewerk|[Pp]roduktionslinie|[Rr]affinerie)\b",
        # ("eine Batteriefertigung in X", "die Fertigung in X": a production unit, with a building cue
        # and a place; "die Fertigung des Modells X" is the work, not a plant: see "exclude")
        "weak_nouns": r"\bStandort\b|\bStandorte\b|\bAnlage\b|\b\w*(?:[Ff]ertigung|Großanlage)\b",
        "exclude": r"\b\w*(?:[Nn]etzwerk|[Hh]andwerk|[Rr]egelwerk|[Kk]raftwerk|[Bb]auwerk|[Ff]euerwerk|[Kk]unstwerk|[Bb]ergwerk|[Ss]tellwerk|[Ff]lugwerk|[Ff]achwerk|[Ss]chuhwerk)\w*\b|\bWerkstatt\b|\b\w*[Ff]ertigung (?:des|der|von|eines|einer)\b",
        "build": r"\bbau\w*|\berrichte\w*|\bproduzier\w*|\bfertig\w*|\binvestier\w*|\beröffne\w*|\bbetreib\w*|\bentsteh\w*",
        "status": {
            "rumoured": r"\b(?:unterrichteten )?Kreisen zufolge\b|\bInsidern? zufolge\b|\bBerichten zufolge\b|\bangeblich\b|\bGerüchte?n?\b|\bdem Vernehmen nach\b",
            "under_construction": r"\bim Bau\b|\bwird (?:derzeit |gerade )?gebaut\b|\bbaut (?:derzeit|gerade)\b|\bSpatenstich\b|\bGrundsteinlegung\b|\bGrundstein\b|\bBauarbeiten\b|\bBaustelle\b|\bim Aufbau\b|\bentsteht (?:derzeit|gerade)\b",
            "active": r"\bin Betrieb\b|\beröffnet\b|\beingeweiht\b|\bproduziert\b|\bfertigt\b|\bProduktionsstart\b|\bProduktion (?:aufgenommen|gestartet|angelaufen|begonnen)\b|\bnahm (?:\w+ )?Produktion auf\b|\bbestehende[nr]?\b|\bbeschäftigt\b|\bbetreibt\b|\blaufen \w+ vom Band\b|\bläuft die Produktion\b",
            "ended": r"\bschließ(?:t|en|ung)\b|\bgeschlossen\b|\bschloss\b|\bstillgelegt\b|\bStilllegung\b|\bmacht \w+ dicht\b|\bdichtgemacht\b|\bProduktion (?:eingestellt|gestoppt|endet)\b|\bstellt (?:\w+ )?Produktion (?:\w+ )?ein\b|\baufgegeben\b|\bAus für\b",
            "planned": r"\bplant\b|\bplanen\b|\bgeplant\w*|\bPläne\b|\bPlanung\w*|\bwill\b|\bwollen\b|\berwägt\b|\bprüft\b|\bkönnte\b|\bsoll\b|\bsollen\b|\bangestrebt\b|\bsucht\b|\bStandortsuche\b",
            "announced": r"\bangekündigt\b|\bkündigt\w* (?:\w+ ){0,6}an\b|\bvorgestellt\b|\bbestätigt\w*|\bwird (?:\w+ ){0,5}(?:bauen|errichten|eröffnen|produzieren|entstehen)\b|\bentschieden\b|\bausgewählt\b|\bgenehmigt\b|\bunterzeichnet\b|\bsoll (?:\w+ ){0,5}entstehen\b",
        },
    },
}

# (partners) ein Unternehmen mit einem Partner gründen ist ein Gemeinschaftsunternehmen: "X hat zusammen mit Y die
# Firma Z gegründet", "X gründet gemeinsam mit Y eine Gesellschaft" (vor den Partnerschaftsregeln: dasselbe "gemeinsam")
LEXICON["triggers"][0:0] = [
    {"re": r"\b(?:gemeinsam|zusammen)(?= mit\b[^.;:]{0,160}?\b(?:gegründet|gründe[nt]?|gründete[n]?)\b)(?=[^.;:]{0,160}?\b(?:Firma|Gesellschaft|Start-?up|Tochter(?:gesellschaft)?|(?:ein|eine|einen) (?:(?-i:[a-zäöü])[\w-]* )?Unternehmen)\b)|(?:(?<=\bgründet )|(?<=\bgründen )|(?<=\bgründete )|(?<=\bgründeten ))(?:gemeinsam|zusammen)(?= mit\b)(?=[^.;:,]{0,100}?\b(?:Firma|Gesellschaft|Start-?up|Tochter(?:gesellschaft)?|(?:ein|eine|einen) (?:(?-i:[a-zäöü])[\w-]* )?Unternehmen)\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
]
# --- partnership family (par16): shared plants ---------------------------------------------------------
LEXICON["triggers"].extend([
    # "die Fabrik, die A und B (gemeinsam) bauen" (verb last)
    {"re": r"\b[\w-]*(?:[Ff]abrik|[Ww]erk|[Gg]igafactory|[Rr]affinerie)(?:en)?, (?:die|das) (?=(?:der |die |das )?(?:[\w-]+ ){0,3}?(?-i:[A-ZÄÖÜ])[^,;:()]{0,40}? und [^,;:()]{0,60}? (?:gemeinsam |zusammen )?(?:bauen|errichten|betreiben|teilen|hochziehen)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75},
    # "die gemeinsame Fabrik von A und B", "das Werk von A und B": one plant of a pair
    {"re": r"\b(?:die |der |das |dem )(?:gemeinsame[nm]? |neue[nm]? )?[\w-]*(?:[Ff]abrik|[Ww]erk|[Gg]igafactory|[Rr]affinerie) (?:von|vom)(?= (?:de[mnr] )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÄÖÜ])[^,;:()]{0,40}? und (?:de[mnr] )?(?:[\w-]+ ){0,2}?(?-i:[A-ZÄÖÜ]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.7},
    # "ihre gemeinsame Fabrik"
    {"re": r"\bihre[mnr]? gemeinsame[nmr]? [\w-]*(?:[Ff]abrik|[Ww]erk|[Gg]igafactory|[Rr]affinerie)\b", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
])
LEXICON["triggers"].extend([
    # "Für die Sprachsteuerung arbeitet X mit Y zusammen": the separable verb with its subject and
    # partner between its parts
    {"re": r"\barbeite(?:t|n|te|ten)\b(?= (?:[\w.&-]+ ){1,4}?mit (?:de[mnr] )?(?:[\w.&-]+ ){0,3}?[\w.&-]+ (?:(?:schon|bereits|eng|seit \d{4}) )?zusammen\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# "eine Kooperation ..., ohne ein Gemeinschaftsunternehmen zu gründen", "kein gemeinsames Unternehmen": a
# venture noun denied right before it is no venture of a pair that another trigger ties (also read by the
# talks frame: a purpose denied is not the talks' purpose)
LEXICON["talks_purpose"]["negated"] = r"\b(?:kein\w*|nicht|ohne)\b(?:\s+[\w'’-]+){0,3}\s*$"
# (put first: the partnership triggers of the same verb would otherwise take its words)
LEXICON["triggers"][0:0] = [
    # "A und B verbünden sich und gründen ein neues Unternehmen", "bündeln ihre Kräfte in einer neuen
    # Gesellschaft": an alliance that founds a company is a joint venture
    {"re": r"\b(?:verbünden sich|bündeln ihre Kräfte)\b(?=[^.;]{0,12}?\b(?:und gründen|in einer? (?:neuen|gemeinsamen) (?:Gesellschaft|Firma|Unternehmen)|zu einer? (?:neuen|gemeinsamen) (?:Gesellschaft|Firma)))", "type": "joint_venture", "frame": "SYM", "status": "announced", "conf": 0.8},
]
# (put first: "gemeinsam mit" would otherwise be read as a partnership)
LEXICON["triggers"][0:0] = [
    # "X betreibt gemeinsam mit Y eine Raffinerie": a plant two companies run or own together is their
    # joint venture (the plant noun may close a compound, "Zellwerk", but a "Netzwerk" or "Termine" is none)
    {"re": r"\b(?:betreibt|betreiben|besitzt|besitzen)\b(?= (?:gemeinsam |zusammen )?mit )(?=[^.;]{0,100}?(?:fabrik|(?<!netz)(?<!hand)werk|anlage|raffinerie|gigafactory|(?<!ter)mine)\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
]
LEXICON["triggers"].extend([
    # eine Lizenzvereinbarung zwischen zwei Unternehmen ist eine Technologiepartnerschaft
    {"re": r"\bLizenz(?:vereinbarung|vertrag|verträge|abkommen|abkommens|partnerschaft)\w*\b", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7},
])

LEXICON["triggers"].extend([
    # ein Gemeinschaftsunternehmen, das ein Paar gegründet hat, gründen will oder betreibt (Verb am Ende:
    # "das Gemeinschaftsunternehmen, das A und B 2024 gegründet haben", "..., das A und B betreiben"): das Paar ist sein Eigner
    {"re": r"\b(?:Gemeinschaftsunternehmen|Gemeinschaftsfirma|Joint Venture)s?\s*,\s*(?:das|die|welches)\s+(?=(?:der |die |das )?(?:[\w-]+ ){0,3}?(?-i:[A-ZÄÖÜ])[^,;:()]{0,60}? (?:und|sowie) [^,;:()]{0,60}? (?:(?:gegründet|gebildet|geschaffen|aufgebaut|ins Leben gerufen|aufgelegt) (?:haben|hatten|hat|hatte)|(?:betreiben|führen|kontrollieren|halten|vereint|vereinen|zusammenführt|zusammenbringt))\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
    {"re": r"\b(?:Gemeinschaftsunternehmen|Gemeinschaftsfirma|Joint Venture)s?\s*,\s*(?:das|die|welches)\s+(?=(?:der |die |das )?(?:[\w-]+ ){0,3}?(?-i:[A-ZÄÖÜ])[^,;:()]{0,60}? (?:und|sowie) [^,;:()]{0,60}? (?:(?:gründen|bilden|aufbauen|betreiben) (?:wollen|werden|wollten))\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "announced", "conf": 0.8},
])

LEXICON["triggers"].extend([
    # ein Verb der Zusammenarbeit in einem Relativsatz mit "mit" (Verb am Ende: "Brixo, mit der Norvik seit
    # 2023 zusammenarbeitet", "..., mit dem Norvik Zellen entwickelt"): das Bezugswort arbeitet mit dem Subjekt
    {"re": r"\b(?:zusammen(?:arbeitet|arbeiten|gearbeitet)|kooperier(?:t|en|te|ten)|(?:gemeinsam )?entwickel(?:t|n|te|ten))\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
])

LEXICON["triggers"].extend([
    # ein Anteil als Bruch vor der Firma ("besitzt knapp ein Viertel der Aktien von Y"), und eine Beteiligung nach
    # der Firma ("behält an Y eine Minderheitsbeteiligung", "hält an Y weiterhin eine Beteiligung")
    # (the fraction's company after "am" too: "ein Viertel der Anteile am Zellhersteller Y")
    {"re": r"\b(?:besitzt|besitzen|besaß|kontrolliert|kontrollieren|hält|halten|hielt)\s+(?:(?:seit|bereits|schon|noch|weiterhin|inzwischen|heute|nun|jetzt|(?:19|20)\d\d)\s+){0,3}(?:(?:rund|etwa|knapp|gut|fast|mehr als|weniger als|ungefähr)\s+)?(?:ein Drittel|ein Viertel|ein Fünftel|ein Zehntel)\s+(?:(?:der Anteile|der Aktien|des Kapitals|der Stimmrechte)\s+)?(?:an|am|von|vom)\b", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8},
    {"re": r"\b(?:behält|behalten|hält|halten|hielt|besitzt)\s+an(?=\s+(?:der\s+|dem\s+)?(?-i:[A-ZÄÖÜ])[^,;:()]{1,50}?\b(?:weiterhin\s+|noch\s+)?(?:eine|seine|ihre)\s+(?:\w+\s+)?(?:Minderheitsbeteiligung|Beteiligung|Minderheitsanteil))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.8, "stake_after": True},
])

# eine Konjunktion mit der Beschreibung der nächsten Firma durch weitere Berufsnamen ("und dem Chipdesigner Y",
# "und der Supermarktkette Y", "und dem Finanzinvestor Y")
LEXICON["coord_np"] += r"|(?:und|sowie)\s+(?:der|die|das|den|dem|des)\s+(?:(?:[\w'’.-]+\s+){0,3}?[\w-]*(?:[Dd]esigner|[Kk]ette|[Hh]ändler|[Dd]ienstleister|[Vv]ersicherer|[Ll]ogistiker)(?:e?n|s)?)"

# "beliefert Korvan, aber auch kleinere Hersteller wie Delvo" (see en; German nouns are capitalised)
LEXICON["coord_np"] += r"|,?\s*(?:aber|sondern)\s+auch\s+(?:(?!(?:mit|gegen|an|von|für|bei)\b)[\w'’-]+\s+){0,4}?(?:wie|etwa|darunter)"

# eine Meldung, die ihr Medium erzählt, mit Wörtern dazwischen ("eine Fachzeitschrift schrieb im
# Januar, ...", "mehrere Artikel berichteten"): was sie sagt, ist Gerücht; ein bloßes „Nichts." nach der
# Frage des Interviewers, "es gibt keine Gespräche", weist sie zurück
LEXICON["status"]["rumoured"] += (
    r"|\b(?:ein|eine|einige|mehrere|zwei|drei|andere)\s+(?:[\w-]+\s+){0,2}?\w*(?:Zeitung|Zeitungen|Zeitschrift|Zeitschriften|Magazin|"
    r"Magazine|Blatt|Blätter|Portal|Portale|Artikel|Medium|Medien|Branchendienst|Wochenzeitung)\b[^.;:]{0,60}?\b"
    r"(?:schrieb|schrieben|geschrieben|behauptete|behaupteten|behauptet)\b")
LEXICON["status"]["denied"] += (
    r"|^\W*(?:nichts|nein)\W*$|\b(?:es (?:gibt|gab)|(?:gibt|gab) es) (?:derzeit |aktuell |keinerlei |überhaupt )?keine (?:[\w-]+ )?(?:Gespräche|Verhandlungen)\b")

# eine Verbindung im Präteritum mit ihrem Anfang oder ihrer Dauer ("das Y seit 2009 belieferte", "der
# lange Fahrzeuge für Y fertigte"): ein vergangener Zustand, vorbei (das Präsens sagt "liefert seit 2009")
_DE_PAST_TIE = r"(?:lieferte|lieferten|belieferte|belieferten|fertigte|fertigten|baute|bauten|montierte|montierten|produzierte|produzierten|bezog|bezogen|kaufte|kauften|hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten)"
LEXICON["status"]["ended_imperfect"] = (
    rf"\b(?:seit (?:19|20)\d\d|lange|langem|seit Jahren|seit Jahrzehnten)\b[^,;:.]{{0,60}}?\b{_DE_PAST_TIE}\b"
    rf"|\b{_DE_PAST_TIE}\b (?:\w+ ){{0,2}}?(?:seit (?:19|20)\d\d|lange|seit Jahren|seit Jahrzehnten)\b")

# erste Lieferungen, auf ein kommendes Jahr gelegt ("die ersten Lieferungen seien nun für 2028 vorgesehen",
# "erste Lieferungen werden erst 2027 erwartet"): der Vertrag steht, die Lieferung läuft noch nicht
LEXICON["status"]["starts_later"] += (
    r"|\bersten? (?:Lieferungen|Lieferung|Tonnen|Mengen|Zellen)\b(?: [\w-]+){0,3}? (?:sind|seien|sollen|werden|wird|ist|sei) "
    r"(?:nun |jetzt |erst |frühestens )?(?:für |ab |im Jahr |nicht vor )?(?:(?:Anfang|Ende|Mitte) )?20\d\d (?:vorgesehen|geplant|erwartet|beginnen|kommen|fließen)\b")

# ein Vertrag, der nicht erneuert wurde ("wurde nicht erneuert", "nicht fortgeführt"): vorbei
LEXICON["status"]["ended"] += r"|\b(?:wurde|wurden|wird|werden) nicht (?:erneuert|fortgeführt|fortgesetzt)\b"

# ein Vertrag oder eine Zusammenarbeit, die endete ("der Liefervertrag ... endete im März", "die Kooperation
# ist beendet"): vorbei
LEXICON["status"]["ended"] += (
    r"|\b\w*(?:[Vv]ertrag|[Vv]erträge|Zusammenarbeit|Kooperation|Partnerschaft|Lieferbeziehung|Allianz)\w*\b[^.;:]{0,80}?\b(?:endete|endeten|ist beendet|sind beendet|ist ausgelaufen|sind ausgelaufen)\b")
# eine Beteiligung im Präteritum in einem Relativsatz ("Kelda, das rund 6 Prozent an Y hielt"): vorbei
LEXICON["status"]["ended_imperfect"] += r"|,\s+(?:das|der|die|dem) (?:[\w.,%-]+ ){1,6}?(?:hielt|hielten|besaß|besaßen|kontrollierte|kontrollierten)\b"

# "sobald" mit einem Namen statt eines Artikels ("Sobald Nysa produziert, soll X Y beliefern"): ein Start, der noch kommt
LEXICON["status"]["future_start"] += r"|\bsobald (?-i:[A-ZÄÖÜ])[\w-]+ (?:[\w-]+ ){0,3}?(?:in Betrieb (?:geht|ist)|produziert|anläuft|fertig(?:gestellt)? ist)\b"

# ein Vorhaben, auf das verzichtet oder das aufgegeben wurde ("hat auf das geplante Gemeinschaftsunternehmen mit Y
# verzichtet", "hat die Pläne für ... aufgegeben"): vorbei, wie "renoncé au", "abandoned its plan" (nicht "eine Bestellung
# aufgegeben": ein Auftrag)
LEXICON["status"]["ended"] += (
    r"|\b(?:verzichtet|verzichtete|verzichteten)\b(?: [\w-]+){0,6}? auf\b|\bauf (?:[\w-]+ ){1,6}?verzichtet\b"
    r"|\b(?:Pläne|Plan|Projekt|Vorhaben)\b(?: [\w-]+){0,6}? (?:aufgegeben|fallen gelassen|fallengelassen|beerdigt|auf Eis gelegt)\b")

# Lieferungen, die später beginnen, mit einem Einschub zwischen Nomen und Verb ("die ersten Lieferungen an Y, die
# der Vertrag von 2022 vorsieht, sollen 2028 beginnen"): eine Verbindung, die noch kommt
LEXICON["status"]["starts_later"] += (
    r"|\b(?:Lieferungen|Lieferung|Belieferung)\b(?: [\w-]+){0,4}?,[^,;:.]{1,90}, (?:(?:sollen|soll|werden|wird|sollten|dürften)\b"
    r"(?: [\w.-]+){0,4}? (?:beginnen|starten|anlaufen|aufgenommen werden)|(?:sind|seien|ist|sei) (?:nun |jetzt |erst |frühestens )?"
    r"(?:für |ab |im Jahr )?(?:(?:Anfang|Ende|Mitte) )?20\d\d (?:vorgesehen|geplant|erwartet))\b")

# being among a company's owners, as "est au capital de" / "è nel capitale di": "X sitzt seit 2021 im
# Aktionärskreis von Y", "X ist im Gesellschafterkreis von Y vertreten"
LEXICON["triggers"].append(
    {"re": r"\b(?:sitzt|sitzen|saß|saßen|ist|sind|war|waren|bleibt|bleiben)\s+(?:(?:seit\s+(?:19|20)\d\d|auch|bereits|schon|weiterhin|noch|mit)\s+){0,3}im\s+(?:Aktionärs|Gesellschafter|Eigentümer|Anteilseigner)kreis\s+(?:von|vom|des|der)\b", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75})
# ein Bericht, zu dem sich eine Seite nicht äußert, bleibt ein Bericht; "weder bestätigt noch dementiert" lässt ihn stehen
LEXICON["status"]["rumoured"] += (
    r"|\bzu (?:den |diesen |entsprechenden )?(?:Berichten|Medienberichten|Spekulationen|Gerüchten)\b"
    "|" + NEITHER_NOR_REPORT["de"])
# ein Vertrag, den man auslaufen ließ oder der hinfällig wurde, ist vorbei
LEXICON["status"]["ended"] += (
    r"|\bauslaufen (?:lassen|ließ|ließen|lässt)\b|\b(?:ließ|ließen|lässt)\b[^.;:]{0,80}?\bauslaufen\b"
    r"|\b(?:ist|sind|war|waren|wurde|wurden) (?:\w+ ){0,4}?hinfällig\b")
# "es wird kolportiert": Gerede, kein Bericht einer Seite
LEXICON["status"]["rumoured"] += r"|\bkolportier\w+"
# "die ersten Lieferungen sind für das kommende Jahr geplant": die Belieferung beginnt erst
LEXICON["status"]["starts_later"] += (
    r"|\b(?:ersten?|erste) (?:Lieferungen|Lieferung|Auslieferungen)\b (?:\w+ ){0,2}?(?:sind|ist|werden|wird) (?:\w+ ){0,4}?"
    r"(?:geplant|vorgesehen|erwartet|angesetzt)\b")
# eine Antwort, die mit "Nein." beginnt (auch nach "A:"), weist zurück, wonach gefragt wurde
LEXICON["status"]["answer_no"] = r"^\W*(?:(?-i:[A-Z])[\w.]{0,20}\s*:\s*)?nein\b[.!,;]"
# eine Meldung, die mit ihrer Quelle beginnt ("Kreise: X will Y kaufen", "Insider: ..."), ist ein Bericht; wer "als
# Kunde im Gespräch" ist, über den wird geredet
LEXICON["status"]["rumoured"] += (
    r"|^\W*(?:Kreise|Insider|Finanzkreise|Branchenkreise|Unternehmenskreise|Verhandlungskreise|Medien|Bericht)\s*:"
    r"|\bals\s+(?:[\w-]+\s+){0,3}?im Gespräch\b")
# "mit der Insolvenz war das vorbei": die Lieferung ist zu Ende
LEXICON["status"]["ended"] += r"|\b(?:war|ist|sei|waren|sind) (?:das |es |dies |die \w+ |der \w+ )?(?:damit |dann |jetzt |nun |schnell )?vorbei\b"

# ein Paar, das "gemeinsam" (ohne "mit") etwas entwickeln oder aufbauen will ("A und B wollen gemeinsam ein
# Ladenetz aufbauen", "haben vereinbart, gemeinsam ein Verfahren zu entwickeln"): eine Partnerschaft
LEXICON["triggers"].extend([
    {"re": r"\bgemeinsam\b(?! mit\b)(?=[^.;:]{0,80}?\b(?:zu )?(?:entwickeln|aufbauen|errichten|erforschen|erproben|betreiben)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
])

# eine Konjunktion mit dem Adjektiv der Heimatstadt der nächsten Firma ("X und die Nürnberger Y", "X sowie
# der Stuttgarter Y"): the town's adjective in -er describes the next member of the list; without it
# "Wafer liefern unter anderem X und die Nürnberger Y" read Y as X's customer
LEXICON["coord_np"] += r"|(?:und|sowie)\s+(?:der|die|das|den|dem|des)\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+er)\s*$"
