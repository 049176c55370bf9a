"""English lexicon: plain data read by tierscope.relations.engine (see lexicon/__init__ for keys)."""

from ._shared import IMPERSONAL_REPORT, NEITHER_NOR_REPORT, TAKING_WASTE, WASTE_GOODS

#: a past verb of supply or holding, and "until <year>": "ended_more" reads them in either order
_PAST_TIE = r"(?:supplied|delivered|provided|held|owned|controlled)"
_UNTIL_YEAR = r"(?:until|till) (?:(?:the )?(?:end|middle|start) of |(?:early|mid|late)[- ])?(?:19|20)\d\d"

#: a nationality before a unit or role noun: "Geely's Swedish unit Volvo Cars", "VW's Czech brand Skoda"
_NAT = r"(?:Chinese|Korean|Japanese|German|French|Italian|Spanish|American|US|U\.S\.|Swedish|British|Indian|Taiwanese|Belgian|Dutch|Swiss|Czech|Polish|Hungarian|Canadian|Australian|Norwegian|Finnish|Austrian|Mexican|Brazilian|Turkish|European|Romanian|Slovak|Slovenian|Serbian|Croatian|Portuguese|Danish|Irish|Greek|Russian|Ukrainian|Bulgarian|Estonian|Lithuanian|Latvian|Israeli|Saudi|Emirati|Thai|Vietnamese|Indonesian|Malaysian|Singaporean|Argentine|Chilean|Moroccan|Egyptian|South African|South Korean|Hong Kong)"

#: a verb of stopping right after a negation ("never stopped", "did not stop", "hasn't ceased"): the tie goes on
_STOP = r"\s+(?:stop|stops|stopped|cease|ceases|ceased|quit|quits)\b"
_NOT_STOP = r"(?<!\bnever )(?<!\bnot )(?<!n't )(?<!n’t )"

LEXICON = {
    "coord": [",", "and", "&", ", and", "as well as", "plus", "and the", "as well as the", "and also", "but also"],
    # "Gotion and the Slovak start-up InoBat", "Ford and South Korea's SK On": a conjunction, then a
    # description of the next company (its kind or its country) ending right before its name.
    # ("subsidiary" and the like are left out: they state a relation of their own.)
    "coord_np": r"(?:and|as well as)\s+(?:(?:the|its|their|fellow)\s+(?:[\w'’.-]+\s+){0,3}?(?:start-?ups?|group|company|firm|(?:[\w-]+)?maker|manufacturer|producer|supplier|rival|partner|giant|conglomerate|miner|utility|developer|recycler|investor|Chinese|Korean|Japanese|German|French|Italian|Spanish|American|US|U\.S\.|Swedish|British|Indian|Taiwanese|Belgian|Dutch|Swiss|Slovak|Czech|Polish|Hungarian|Canadian|Australian|Chilean|Norwegian|Finnish|Austrian)|(?:(?-i:[A-Z])[\w.-]+\s+)?(?-i:[A-Z])[\w.-]+['’]s)",
    # "X, which Y acquired" / "X, in which Y holds a stake": the company after these words acts on X.
    # ("X, which was already Y's largest shareholder": a copula, then the name, make the relative a
    # subject one, X the actor; "which was acquired by Y" stays an object relative)
    "rel_object": r"(?:which|that)(?!\s+(?:is|was|are|were|remains|remained|became|becomes|(?:has|had|have) (?:long |also |already )?been)\s+(?:(?:already|also|still|now|long)\s+)?$)|in which|of which|whose",
    # Selling a unit or a stake is a change of ownership, not a supply of goods.
    "asset": r"\b(?:unit|units|business|businesses|division|subsidiary|stake|shares|operations|arm|assets)\b",
    # "counts Y among its shareholders": a membership the possessive reading needs
    "among": r"\bamong\b",
    # "X, which holds ...": the relative's antecedent is the subject, whatever governs it
    "rel_subject": r"which|who|that",
    # "AESC in Sunderland, which supplies ...": the place of the name before its relative
    "rel_place": r"\s+(?:in|at|near)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}",
    # "buys Y's stake in Z", "la participación de Y en Z": Y only holds the stake; Z is the company
    "stake_holder": r"['’]s?\s+(?:[\w%.-]+\s+){0,2}?(?:stake|half|share|shares|holding|interest|shareholding)\s+(?:in|of)\s+",
    # "the Varta-Tochter V4Drive", "the Geely-owned Volvo": the owner glued to the company named after it
    "owner_compound": r"-(?:owned|controlled|backed|funded)\s+",
    # "X, whose largest shareholder is Y": the name after the noun is its referent, X its anchor
    "rel_whose": r"whose",
    # "a round led by X, with participation from Y and Z": more investors after the first
    "co_investor": r"\s*,?\s*(?:(?:with (?:the )?participation (?:from|of)|(?:and )?joined by|alongside|along with|(?:together|jointly) with|as well as)\s+(?:(?:(?-i:[a-z][\w-]*)|(?-i:[A-Z][a-z]+(?:ish|ese|an|ian|ch)))\s+){0,3}|with\s+)",
    # "Y is now a wholly owned Ford subsidiary": the copula before a unit noun with a name inside
    "copula": r"\s(?:is|was|became|becomes|remains|has become)\s+(?:now\s+|also\s+|still\s+)?",
    # "set up by former Tesla executives": people named after a company, not the company
    "staff_nouns": r"\s+(?:former\s+)?(?:executives?|employees?|engineers?|veterans?|managers?|alumni|researchers?|founders?|staff)\b",
    # "the sale of Tesla cars to Hertz dealers": a name before a plural noun modifies it, names no party
    "name_modifier": r"\s+(?!(?:this|thus|plus|less|unless|always|perhaps|besides|whereas|across|towards|afterwards|was|has|does|its|his)\b)(?-i:[a-z]{2,}s)\b",
    "possessive": r"\b(?:its|their)\b",
    # between a joint venture's own name and the noun: "ACC, the joint venture of ...", "ACC is a joint venture between ...", "set up as a joint venture of ..."
    "venture_appos": r"\s*\)?\s*(?:(?:\s(?-i:[A-Z])[\w.&-]*)?,\s*|\s+(?:is|was|are|were|will be|has been|had been|becomes|became|remains)\s+|\s+[^,;:()]{0,40}?\bas\s+)(?:the|a|an)\s+(?:[\w%-]+\s+){0,2}",
    # a pair named before, referred back to ("the two companies", "both groups")
    "pair_anaphor": r"\b(?:both|the two) (?:companies|groups|firms|partners|carmakers|automakers|sides|parents|parties|manufacturers|makers)\b",
    # deal nouns: "a deal ... for the supply of" reads like "a supply deal"
    # (not "in order to", "in order for": no order placed)
    "deal": r"\b(?:agreements?|contracts?|deals?|orders|(?<!\bin )order)\b",
    # goods owned by the customer: "fournit les systèmes des utilitaires de Stellantis"
    # a production participle: "buys lithium produced by X" (X is the seller)
    # a member named among a company's own suppliers or customers: "made X one of its suppliers"
    "one_of": r"one of|among",
    # a list member's own complement before the list goes on with its preposition again: "works with
    # X on charging stations, and with Y on software", "supplies cells to X for its vans, and to Y"
    "member_tail": r"\s+(?:on|over|about|for|in)\s+[^,;:()]{1,60}?(?=,)",
    # a relative of partnership: "X, with which Y signed a deal" (Y made the deal with X)
    "with_rel": r"with which|with whom",
    # a relative governed by "to" or "for": "Brixo, to which Kestrel supplies cells" (the antecedent receives)
    "to_rel": r"to which|to whom|for which|for whom",
    # a deal noun in the plural (matched on the trigger's words): "supply agreements", "Abnahmeverträge"
    "deal_plural": r"s$",
    # "buying the shares held by X": a holding participle before "by" names the holder, not the buyer
    "held_by": r"\b(?:held|owned|controlled) by",
    "made_by": r"\b(?:produced|made|manufactured|mined|refined|extracted|built|assembled)",
    # (a charging network, its hubs and stations are goods a maker equips or supplies, like a plant: "Y équipe le
    # réseau de X", "Y liefert die Ladesäulen für das Netz von X": their owner is the customer)
    "goods_of": r"\b(?:vehicles|cars|vans|trucks|buses|models|plants?|factory|factories|gigafactory|gigafactories|trains|fleets?|ships|aircraft|hybrids|EVs|SUVs|pickups|sedans|(?:charging )?(?:networks?|hubs|stations)|charging parks|chargers|tractors|mowers|excavators|machines|machinery|forklifts|loaders|boats|ferries|scooters|motorcycles|motorbikes|e-bikes|bikes|locomotives)",
    # verbs of choosing a company: "X chose Y to supply ..." (Y supplies X)
    "choose": r"\b(?:cho(?:ose|oses|sen|se)|pick(?:s|ed)?|select(?:s|ed)?|tap(?:s|ped)?|hire(?:s|d)?|appoint(?:s|ed)?|commission(?:s|ed)?)\b",
    # a sentence opening with "the subsidiary of Y" (its child named in the sentence before)
    "child_lead": r"(?:The|Its) (?:(?-i:[a-z][\w-]*) ){0,2}(?:subsidiary|unit|affiliate) of (?:the )?(?:(?-i:[a-z][\w-]*) ){0,3}",
    "verb_final": False,
    # a copula between a preposition and a name: the name is the copula's complement, the preposition
    # governs the words before it ("its largest customer for years was Y", "from 2027 on is Y")
    "marker_stop": ["is", "was", "were", "are", "remains", "remained", "became", "becomes"],
    "markers": {
        "agent": ["by", "led by", "backed by"],
        "recipient": ["to", "for", "on behalf of"],
        "from": ["from", "with", "at"],
        "seller": ["from"],  # "bought Y from Z": Z owned Y
        "with": ["with", "between", "among", "alongside"],
        "of": ["of", "to", "for"],
        "in": ["in", "into"],
        "report": ["according to", "reported by", "citing", "cited by", "quoted by"],
    },
    # Order is priority: a later trigger overlapping an earlier one is ignored.
    # what talks with a partner are about (frames/talks.py): the deal's type and direction; "unit"
    # follows the purpose word when the object is an unnamed unit of the partner ("its battery unit")
    "talks_purpose": {
        "sell": r"\b(?:sell|sells|selling|sale of|divest\w*|dispos(?:e|al|ing) of|offload\w*)\b",
        "stake": r"\b(?:stake|shareholding|equity interest|minority interest)\b",
        "acquire": r"\b(?:takeover|take-over|take over|taking over|merger|merge|merging|acquisition|acquire|acquiring|buyout|buy-out|buy|buying|purchase|purchasing)\b",
        "venture": r"\bjoint[- ]ventures?\b|\bJVs?\b",
        "partner": r"\b(?:partnership|alliance|tie-?up|cooperation|collaboration|joint (?:development|programme|program|project|research)|co-?development|mutual(?:ly)?|reciprocal(?:ly)?)\b|\beach other's\b",
        # "about the offtake of lithium", "to source cells from it": goods the subject would take from the partner
        # (the goods the object of "take"/"receive"/"obtain": no preposition between, "obtaining funding for its cells" is none)
        "supply_from": r"\b(?:offtake|sourcing|procurement) of\b|\bto (?:source|procure)\b|\b(?:to take|taking|to receive|receiving|to obtain|obtaining)\b(?! (?:over|part|a stake|control|a majority|a minority|the helm|charge)\b)(?= (?:(?!(?:for|in|on|at|with|to|into|about|against|by)\b)[\w-]+ ){0,3}?(?:scrap|output|material|materials|cells|batteries|modules|packs|ore|concentrate|hydroxide|carbonate|sulphate|sulfate|metal|metals|black mass|graphite|lithium|nickel|cobalt|steel|aluminium|aluminum|power|electricity|hydrogen|chips|wafers)\b)|\bso that (?:it|they) (?:would |could |can |will )?(?:supply|supplies|deliver|delivers|provide|provides) (?:it|them|us)\b" + "|" + TAKING_WASTE["en"],
        "supply_to": r"\b(?:to (?:supply|deliver|provide|ship|equip|furnish)|supplying|delivering|providing|shipping|equipping|furnishing|to become (?:a |its |the )?(?:[\w-]+ ){0,2}supplier)\b",
        "unit": r"(?:\s+of)?\s+(?:(?:a|the) )?(?:its|their|his)\s+(?:[\w-]+\s+){0,2}?(?:unit|business|division|subsidiary|operations|arm|assets|plants?|factory|factories)\b",
        "enters": r"\b(?:(?:its|their) (?:entry|entrance) into (?:the |its |their )?(?:share )?capital|bring(?:ing)? (?:it|them) in as (?:an? )?(?:shareholders?|investors?))\b",
        "including": r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*(?:\(|,)\s*(?:including|among them|such as|notably)\s+(?:[\w'’-]+\s+){0,3}?",
    },
    "triggers": [
        # joint ownership: the owners are the parents of a joint venture ("ACC, jointly owned by Stellantis and Mercedes-Benz", "X, in which A and B each hold 50%")
        # owners each named with a share: "51 percent owned by A and 49 percent by B", "owned 60% by A and 40% by B"
        # (a first share of 40-60%: "80% owned by A and 20% by B" is A's company with B's minority)
        {"re": r"\b(?:(?:4\d|5\d|60)(?:\.\d+)? ?(?:%|percent|per cent)[- ]owned|owned (?:4\d|5\d|60)(?:\.\d+)? ?(?:%|percent|per cent)) by\b(?=[^;:()]{1,60}?\band (?:the (?:remaining|other) )?\d+(?:\.\d+)? ?(?:%|percent|per cent)(?: owned)? by\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8, "shares": True},
        {"re": r"\b(?:jointly|equally|co-?)[- ]?owned (?:and \w+ )?by\b|\bowned (?:jointly|equally|50[-/:]50) by\b|\b50[-/:]50[- ]owned by\b", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # owned by two or more named owners (the frame needs two): "ACC, owned by Stellantis, Mercedes-Benz
        # and TotalEnergies", "the venture is controlled by A and B" (as "détenue par", "controllata da")
        {"re": r"(?<!wholly )(?<!majority[- ])(?<!partly )(?<!partially )\b(?:owned|controlled) (?:(?:today|now|together) )?(?:since (?:early |late |mid-?)?(?:19|20)\d\d |for (?:more than |nearly |almost |over )?(?:\w+ )?(?:years|decades) )?by\b(?! (?:a |an |the )?(?:consortium|group of|investors|funds|shareholders)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75, "plain": True},
        {"re": r"\beach (?:hold|holds|own|owns|control|controls) (?:a )?(?:50 ?%|50 ?per ?cent\b|50 ?percent\b|half\b)|\b(?:hold|own) (?:50 ?%|50 ?per ?cent|50 ?percent|half) each\b", "type": "joint_venture", "frame": "JOINT_HOLDERS", "status": "active", "conf": 0.75},
        # holders named with their companions ("X holds a third of W alongside Y and Z"): joint owners (frames/co_holders);
        # zero width, so the companions keep their preposition as marker and other triggers their words
        {"re": r"\b(?=(?:together|along) with\b|alongside\b)", "type": "joint_venture", "frame": "CO_HOLDERS", "status": "active", "conf": 0.7},
        # building or running a plant with a partner ("X is building a plant in Spain with Y", "X runs a cell plant
        # with Y in Ohio"): a jointly owned plant, a joint venture (not a plant run with a company's goods: "with
        # Y's software")
        {"re": r"\b(?:build|builds|building|built|construct(?:s|ed|ing)?)\b(?=[^.;:]{0,80}?\b(?:plant|factory|gigafactory|refinery|mine|smelter)s?\b)(?=[^.;:]{0,80}?\b(?:together |jointly )?with (?:the |its )?(?:[\w-]+ ){0,2}?(?-i:[A-Z])(?![\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3}['’]s\b))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
        # (running one: within the clause, no comma between: "..., with Y holding the rest" tells a stake)
        {"re": r"\b(?:run|runs|running|ran|operat(?:e|es|ed|ing))\b(?=[^.;:,]{0,80}?\b(?:plant|factory|gigafactory|refinery|mine|smelter)s?\b)(?=[^.;:,]{0,80}?\b(?:together |jointly )?with (?:the |its )?(?:[\w-]+ ){0,2}?(?-i:[A-Z])(?![\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3}['’]s\b))", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
        # a partner named right after its partner: "X and its partner Y", with one word before the noun
        # ("its Chinese / new / former partner"; a former one ends by the status cues) (frames/partner_next)
        {"re": r"\band (?:its |their )?(?:(?:long-?time|long-?standing|joint[- ]venture|[\w-]+) )?partners?(?= (?-i:[A-Z]))", "type": "partners_with", "frame": "PARTNER_NEXT", "status": "active", "conf": 0.7},
        # ownership that is over: "Y, which had belonged to X", "Y, a former unit of X"
        # "Y passes into the hands of X": a change of owner, the new owner after the words
        {"re": r"\b(?:pass(?:es|ed)? into the hands of|(?:came|comes|come|fell|falls|fall) under the control of)\b", "type": "acquires", "frame": "OWN_PR", "status": None, "conf": 0.75},
        {"re": r"\bhad belonged to\b|\bformerly (?:owned|controlled) by\b|\bformer (?:subsidiary|unit|division|affiliate) of\b", "type": "owns", "frame": "OWN_PR", "status": "ended", "conf": 0.8},
        # "Y, set up by X": a company set up by one company is its unit (several: a joint venture; "founded by" names people)
        {"re": r"\bset up (?:in \d{4} )?by\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.7, "single_parent": True},
        # the compound "X parent Y" of wire copy ("SK On parent SK Innovation"): the name after the noun owns the one before
        {"re": r"(?<=\w )parent(?: company| group)?(?= (?-i:[A-Z]))", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "compound": True},
        # ownership: "X, a subsidiary of Y" / "Y's unit X" ("jointly owned by A and B" names a joint venture's parents)
        # a part owner is a minority investor: "Gotion, partly owned by Volkswagen", "a minority-owned affiliate"
        {"re": r"\b(?:partly|partially|part|minority)[- ]owned (?:by)\b", "type": "invests_in", "frame": "OWN_PR", "status": "active", "conf": 0.75},
        {"re": r"\b(?:subsidiary|subsidiaries|unit|division|arm|daughter company|brand|(?<!jointly )(?<!jointly-)(?<!co-)owned) (?:of|by)\b|\b(?:wholly |majority |fully )?(?<!jointly )(?<!jointly-)(?<!co-)owned (?:and \w+ )?(?:since (?:early |late |mid-?)?(?:19|20)\d\d |for (?:more than |nearly |almost |over )?(?:\w+ )?(?:years|decades) )?by\b|\b(?:is|are|was|were|became|becomes|become) (?:now )?(?:a |an )?part of\b|\b(?:has|have) been part of(?= (?:the )?(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*)*(?: group| Group)?(?:[.,;]| since| for| until| ever))|\bcontrolled (?:since (?:early |late |mid-?)?(?:19|20)\d\d |for (?:more than |nearly |almost |over )?(?:\w+ )?(?:years|decades) )?by\b|\bbelong(?:s|ed|ing)? to\b|'s (?:parent(?: company)?|owner|holding company)\b", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.8},
        {"re": r"'s? (?:(?-i:[a-z][\w-]*) |" + _NAT + r" ){0,2}(?:subsidiary|subsidiaries|unit|division|arm|brand)\b|\b(?:its|their) (?:(?!(?:to|of|in|for|from|with|by|at|on|a|an|the)\b)(?-i:[a-z][\w-]*) ){0,3}(?:subsidiary|subsidiaries|unit|division)\b|\bparent(?: company)? of\b|\bowner of\b|\bholding company (?:of|for|which owns)\b|\b(?:owns|owned(?! by)(?!(?: and \w+)?(?: (?-i:[A-Z][\w&.-]*)){0,3} (?:subsidiary|subsidiaries|unit|division))|controls)\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75},
        # "the Vostra-backed Brixo": the investor glued to the company it backs (read only as a compound)
        {"re": r"(?<=\w-)(?:backed|funded)\b", "type": "invests_in", "frame": "OWN_CR", "status": "active", "conf": 0.75, "glued_only": True},
        {"re": r"(?<=\w-)controlled\b", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.75, "glued_only": True},
        # "its battery business, Y, ...", "its battery arm, Y,": the unit named in a closed apposition after the owner's possessive
        {"re": r"\b(?:its|their) (?:(?-i:[a-z][\w-]*) ){1,2}(?:arm|business)(?=, (?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3},)", "type": "owns", "frame": "OWN_CR", "status": "active", "conf": 0.7},
        # "Brixo, part of the Vostra group, said": an apposition that places the name before in a group
        # (not "Brixo, part of Vostra's plan": a possessive makes it a thing of Vostra's)
        {"re": r"(?<=, )(?:now |also )?part of (?:the )?(?=(?-i:[A-Z]))(?![^,;:.()]{0,40}?['’]s?\b)", "type": "owns", "frame": "OWN_PR", "status": "active", "conf": 0.75, "adjacent_child": True},
        # a name inside the unit's noun phrase: "its Ampere unit", "GM's Cruise unit", "a Ford subsidiary"
        {"re": r"\b(?:unit|subsidiary|division|arm|brand)\b", "type": "owns", "frame": "OWN_NOUN", "status": "active", "conf": 0.75},
        # joint ventures
        # a contact relative: "the joint venture Hyundai and LG set up in 2023", "the venture that A and B formed"
        {"re": r"\b(?:joint[- ]venture|venture|JV)(?: that| which)?(?= (?-i:[A-Z])[^,;:()]{0,60}? (?:and|&) [^,;:()]{0,60}? (?:set up|formed|created|established|launched|founded|started|built|run|operate)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.8},
        # a plant two companies build or run together is their joint venture: "the battery plant that A and B
        # are building in Zaragoza", "the cell factory A and B share" (not "the plant that A and B supply")
        {"re": r"\b(?:plant|factory|gigafactory|refinery|works)(?: that| which)?(?= (?-i:[A-Z])[^,;:()]{0,40}? (?:and|&) [^,;:()]{0,40}? (?:share|are building|are jointly building|will build|are to build|jointly own|jointly run|run together|operate together|co-own)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.75},
        # "the plant it shares with B": the sharer is the clause's subject, the partner follows "with"
        {"re": r"\b(?:plant|factory|gigafactory|refinery)(?: that| which)? (?:it|he|she) (?:shares|co-owns|runs jointly|operates jointly)(?= with\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
        {"re": r"\bjoint[- ]ventures?\b|\bJVs?\b|\bjoint (?:business|company|undertaking)(?= (?:of|between)\b)|\bjointly[- ]owned (?:company|venture|firm)\b|\b(?:50[-/:]50|fifty-fifty|equally[- ]owned) ventures?\b|\bventure(?= between\b)|\bventures?(?= of (?:the )?(?-i:[A-Z]))|\b(?:company|business|firm)(?= (?:that|which) (?-i:[A-Z])[^,;:()]{0,40}? (?:shares|co-owns) with\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.85},
        # a customer added to the supplier's books: "X has added Y to its order book", "X adds carmakers such
        # as Y and Z to its customer list" (the subject supplies the companies between the verb and "to its")
        {"re": r"\badd(?:s|ed|ing)?\b(?= (?:[\w&.'’-]+,? ){1,12}?to (?:its|their) (?:[\w-]+ ){0,2}?(?:order ?books?|customer (?:list|base|roster)s?|list of (?:[\w-]+ )?customers|client (?:list|base)s?|customers)\b)", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.7},
        # a headline's order named by its customer before the noun: "Kestrel wins Brixo brake contract", "Maltrix
        # lands Norvik lighting business" (the name right after the verb gives the order: the subject supplies it;
        # an order "from Y" is read by the entry below, whose Y gives it)
        {"re": r"\b(?:wins?|won|secur(?:es|ed)|lands?|landed|bags?|bagged|clinch(?:es|ed)|books?|booked|snag(?:s|ged))\b(?= (?:an? |the )?(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,2}(?:['’]s)? (?:(?!(?:joint|venture|merger|takeover|acquisition|buyout|stake|share|equity|partnership|licen[cs]ing|financing|funding|loan|investment|tax|union|wage|labou?r|settlement|sponsorship)\b)[\w-]+ ){0,2}?(?:orders?|contracts?|business|deals?)\b(?! (?:from|with|by)\b))", "type": "supplies", "frame": "SUPPLY", "status": "announced", "conf": 0.7},
        # won orders: X wins an order from Y (X supplies Y)
        {"re": r"\b(?:wins?|won|winning|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|bag(?:s|ged)?|obtain(?:s|ed|ing)?|clinch(?:es|ed)?|book(?:s|ed)|award(?:s|ed))\b(?: [\w$€.,%-]+){0,5}? (?:orders?|contracts?|deals?|tenders?|business|nominations?)\b", "type": "supplies", "frame": "WIN_ORDER", "status": "announced", "conf": 0.8},
        {"re": r"\bselected (?:as|to be) (?:(?:the|a|its|their) )?(?:\w+ )?(?:supplier|provider|partner)\b", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # chosen by the customer: "Kestrel has been chosen by Brixo as its supplier / to supply cells"
        {"re": r"\b(?:chosen|selected|picked|tapped|named|appointed|nominated)(?= by [^,;:()]{1,40}? (?:as (?:(?:the|a|an|its|their) )?(?:\w+ )?(?:supplier|provider|vendor)|to (?:supply|provide|deliver|build|make|produce|manufacture))\b)", "type": "supplies", "frame": "WIN_ORDER_BY", "status": "announced", "conf": 0.8},
        # purchases moved to a supplier: "Brixo shifted part of its cell orders to Kestrel" (Kestrel supplies)
        {"re": r"\b(?:shift(?:s|ed|ing)?|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|transferr?(?:s|ed|ing)?|divert(?:s|ed|ing)?) (?:(?:part|some|most|all|much|half) of )?(?:its|their|the) (?:[\w-]+ ){0,2}?(?:orders|purchases|purchasing|volumes|sourcing)(?= (?:[\w-]+ ){0,3}?to (?:the |its )?(?:[\w-]+ ){0,2}?(?-i:[A-Z]))", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7},
        # --- ord16: services (begin) ---
        # a service done for a customer or its plant (the guidelines count services as supply): "X provides
        # logistics services to Y", "handles inbound freight for Y", "runs the maintenance of Y's plant"
        {"re": r"\b(?:provides?|providing|provided|offers?|offering|handles?|handled|handling|performs?|performed|carr(?:ies|ied|y) out)\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:logistics|services|freight|maintenance|warehousing|transport|transportation)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "recipient_only": True, "service": True},
        {"re": r"\b(?:provides?|providing|provided|handles?|handled|handling|performs?|performed|carr(?:ies|ied|y) out)\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:logistics|services|freight|maintenance|warehousing|transport|transportation)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "goods_owner": True, "service": True},
        # --- ord16: services (end) ---
        # --- ord16: an order placed with a supplier, told by a participle (begin) ---
        # "Y cancelled a 2 billion euro order placed with X": the one it was placed with supplies the subject
        {"re": r"\borders?\b(?= (?:[^,;:()]{0,50}? )?placed with )", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # --- ord16: an order placed with a supplier, told by a participle (end) ---
        # --- ord16: orders split between suppliers (begin) ---
        # "Y splits its cell orders between A and B": each of them supplies the subject
        {"re": r"\bspli(?:t|ts|tting) (?:its|their|the) (?:[\w-]+ ){0,2}?(?:orders|purchases|purchasing|volumes|sourcing|business) (?:[\w-]+ ){0,3}?between\b", "type": "supplies", "frame": "RELY", "status": "active", "conf": 0.7},
        # --- ord16: orders split between suppliers (end) ---
        # --- ord16: an order handed on to another supplier (begin) ---
        # an order told before and handed on by a pronoun: "cancelled the order with Z and gave it to Y",
        # "awarded them to Y instead" (the subject buys from Y)
        {"re": r"\b(?:gave|give|gives|giving|awarded|awards|awarding|reassigned|reassigns|handed|hands|handing|shifted|moved|switched|transferred) (?:it|them|the (?:order|orders|contract|volumes|work))(?= (?:instead |later |then )?to )", "type": "supplies", "frame": "AWARD", "status": "active", "conf": 0.7, "handed_on": True},
        # --- ord16: an order handed on to another supplier (end) ---
        # an order named with the customer in a relative, the supplier after "with"/"to": "the order Brixo placed with Kestrel", "the contract that Brixo awarded to Kestrel"
        {"re": r"\b(?:orders?|contracts?)\b(?: (?:for|of|on) [^,;:()]{1,50}?)?,?(?= (?:that |which )?(?-i:[A-Z])[^,;:()]{0,40}? (?:had |has |have )?(?:placed|awarded|given|gave|handed|assigned|entrusted) (?:\w+ )?(?:with|to)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7, "relative_order": True},
        # commissioning a maker to make goods: "Brixo commissioned Kestrel to build the seats", "hired Kestrel to supply"
        {"re": r"\b(?:commission(?:s|ed|ing)?|hire[sd]?|hiring|task(?:s|ed)|contract(?:s|ed))\b(?= (?-i:[A-Z])[^,;:()]{0,40}? to (?:build|make|supply|produce|deliver|manufacture|assemble|develop|provide|install)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.7},
        # giving an order: "Brixo awarded Kestrel a contract", "gave the order to Kestrel" (Kestrel supplies)
        {"re": r"\b(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?:award(?:s|ed|ing)?|gave|gives|give|giving|grant(?:s|ed|ing)?|hand(?:s|ed|ing)?|assign(?:s|ed|ing)?)\b(?=(?: (?-i:[A-ZÄÖÜÉ])[\w&.'’-]*){0,4}(?:['’]s)? (?:(?:an?|the|its|their|this|that|another) )?(?:[\w$€£.,%-]+ ){0,2}?(?:orders?|contracts?|tenders?)\b)", "type": "supplies", "frame": "AWARD", "status": "announced", "conf": 0.75},
        # nominal supply deals (direction from sectors, else subject = supplier)
        # a power purchase agreement: the energy company sells, whichever side is the subject (a headline's
        # "power deal" or "electricity contract" is the same contract)
        {"re": r"\b(?:power|electricity|energy) purchase (?:agreement|contract|deal)s?\b|\bPPAs?\b|\b(?:power|electricity) (?:deal|contract)s?\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- supply: contract manufacturing -------------------------------------------------
        # a contract to have one's cars built by an assembler ("GAC signed a contract manufacturing
        # agreement with Magna Steyr"): the assembler supplies the subject, unless the tiers say otherwise
        {"re": r"\bcontract[- ](?:manufacturing|assembly|production)(?: and [\w-]+)? (?:deal|agreement|contract|pact|accord)s?\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # an offtake named without its deal noun ("its spodumene offtake with Y", "Core's offtake with Y"):
        # the same deal (the other languages say "contratto / contrat / contrato di offtake", read below)
        {"re": r"\b(?:offtake|off-take)(?= (?:with|from)\b)", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # --- ord16: power supply contracts (begin) ---
        # "a power supply agreement with Y", "an electricity supply contract": the energy company sells,
        # whichever side is the subject
        {"re": r"\b(?:power|electricity|energy) supply (?:agreement|contract|deal)s?\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7, "power_seller": True},
        # --- ord16: power supply contracts (end) ---
        # --- ord16: sales contracts (begin) ---
        # "X has signed sales contracts with Y and Z": the one whose sales they are supplies (the tiers may turn it)
        {"re": r"\bsales (?:contracts?|agreements?)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # --- ord16: sales contracts (end) ---
        {"re": r"\b(?:offtake|off-take|purchase|procurement|sourcing|buying) (?:deal|agreement|contract|pact|accord|order)s?\b", "type": "supplies", "frame": "DEAL_BUYER", "status": "announced", "conf": 0.7},
        # a contract lost: the one who loses it supplied ("X lost its seat contract with Y"); the chain decides where it knows
        {"re": r"\blos(?:e|es|t|ing) (?:its|the|a|their|one of its) (?:[\w-]+ ){0,3}?(?:contracts?|orders?|supply agreements?)(?= (?:with|from) )", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "ended", "conf": 0.65},
        {"re": r"\b(?:supply|delivery) (?:deal|agreement|contract|pact|accord|partnership|chain agreement|order)s?\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.7},
        # a contract between two tiers of the chain for a product named right after it ("a contract with CATL for cells"): the lower tier supplies
        {"re": r"\b(?:contracts?|agreements?|deals?)\b", "type": "supplies", "frame": "DEAL_SUPPLIER", "status": "announced", "conf": 0.65, "needs_product": True, "tier_only": True},
        # investments
        {"re": r"\b(?:(?:minority|\d+(?:\.\d+)? ?(?:%|per ?cent|percent)|small|strategic|equity|significant) )?(?:stakes?|shareholdings?|equity interests?|interest|holdings?) in\b|\b(?:holds?|held|owns?|owned|has|had|controls?|controlled)(?: (?:about|around|roughly|nearly|almost|some|just over|just under|more than|less than))? \d+(?:\.\d+)? ?(?:%|per ?cent|percent) (?:of|in)\b|\b(?:holds?|held|owns?|owned|controls?|controlled)(?: (?:about|around|roughly|nearly|almost|some|just over|just under|more than|less than))? (?:(?:a|one)[- ](?:third|quarter|fifth|tenth)|a half|half|two[- ]thirds|three[- ]quarters) (?:of|in)\b|\binvest(?:s|ed|ing|ment|ments)?(?: of)?(?: [\w$€£.,%-]+){0,4}? in(?:to)?\b|\b(?:led|leads|co-led|joined|participated in) (?:a|the|its) (?:[\w$€£.,%-]+ ){0,3}(?:(?:funding|financing|investment|seed|Series \w+) round\b|(?-i:Series [A-H])\b(?= of\b))|\b(?:led|leads|co-led|joined|(?:took|takes|take) part in|participated in|participates in)(?= (?:(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3}['’]s?|our) (?:[\w$€£.,%-]+ ){0,3}?(?:funding round|financing round|investment round|seed round|Series [A-H]\b))|\bround in\b|\b(?:shareholders?|investors?|backers?) in\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # one of a company's investors named by its possessive ("X is one of Brindle's investors", "one of our
        # backers"); "investors" alone names no tie, the possessive after "one of" does
        {"re": r"\bone of(?= (?:(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3}['’]s?|our) (?:[\w-]+ )?(?:investors|backers)\b)", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75},
        # "a stake of about 20% in Y", "the 4% stake it held in Y"
        # money poured into a company is an investment in it: "X pours another $1bn into Y", "X has
        # injected €200m into Y" (an amount of money must stand between: not "poured cold water on")
        {"re": r"\b(?:pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|inject(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|sink(?:s|ing)?|sank|sunk)(?: (?:another|a further|an additional|an extra|more than|some|about|nearly|almost|up to|roughly|around))? [$€£]\s?\d[\d.,]*\s?(?:bn|billion|million|mn|m)?\b(?: (?:more|extra))? into\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        {"re": r"\b(?:stake|shareholding|holding|interest) of (?:about |around |roughly |nearly |almost |some |just over |just under |more than |less than )?(?:\d+(?:\.\d+)? ?(?:%|per ?cent|percent)|(?:a|one)[- ](?:third|quarter|fifth|tenth)|two[- ]thirds) in\b|\b(?:stake|shareholding|holding) (?:that |which )?(?:it|they|the company|the group) (?:still )?(?:held|had|owned|holds|has|owns) in\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.8},
        # "X bought into Y in 2022": a stake taken, below control (the verb alone says no more)
        {"re": r"\b(?:buys|bought|buying|buy) into\b", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.75},
        # "Y, in which X holds a stake of about 20%": the stake's company is the relative's head
        {"re": r"\b(?:holds?|held|has|had|owns?|owned|controls?) (?:(?:a|an) (?:[\w%.,-]+ ){0,2}?(?:stake|shareholding|interest)\b|(?:about |around |roughly |nearly |almost |some |just over |more than |less than )?\d+(?:\.\d+)? ?(?:%|per ?cent|percent)(?! (?:of|in)\b))", "type": "invests_in", "frame": "INV", "status": None, "conf": 0.75, "relative_only": True},
        # money raised from named investors, no funding noun: "Brixo has raised $100 million from Kestrel and Vostra"
        {"re": r"\brais(?:es|ed|ing)\b (?:(?:more than|nearly|almost|about|around|some|over|another|a further|an additional) )?(?:[$€£]|US\$|USD |EUR )?[\d.,]+ ?(?:million|billion|bn|m)?(?: (?:euros|dollars|pounds|yuan|won|yen))?(?= from (?:(?:investors|backers|shareholders) (?:including|such as|led by) )?(?-i:[A-Z]))", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        {"re": r"\b(?:rais(?:es|ed|ing)|secur(?:es|ed|ing)|clos(?:es|ed|ing)|receiv(?:es|ed))\b(?: [\w$€£.,%-]+){0,8}? (?:funding|financing|investment|capital|round|(?-i:Series [A-H]))\b|\b(?:backed|funded|financed)(?= by\b)", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75},
        # "a round ... in which X, Y and Z took part": the investors follow the verb
        {"re": r"\b(?:round|capital increase|share issue|rights issue)\b(?:[^;:.]|\.\d){0,90}?\b(?:(?:that|which) (?:also )?(?:included|drew in|drew)|in which(?= [^,;:.]{1,60}? (?:took part|participated|invested)\b))", "type": "invests_in", "frame": "RAISE", "status": None, "conf": 0.75, "investors_after": True},
        # acquisitions
        # "since its sale to Vostra": the possessor was sold (frames/deals.py, ``_possessed_sale``)
        {"re": r"(?:(?<=\bits )|(?<=\btheir ))(?:sale|divestiture|disposal)(?= to\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- own16: a sale noun naming its buyer before the unit sold ("the sale to Z of its unit Y")
        {"re": r"\b(?:sale|divestiture|disposal)(?= to [^,;:()]{1,50}? of (?:its|the|their) (?:[\w-]+ )?(?:unit|subsidiary|division)\b)", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.7},
        # --- end own16
        {"re": r"\b(?:agreed to |agrees to |will |plans to |to )?(?:sell|sells|sold|selling|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?|dispos(?:e|es|ed|ing) of|(?:sale|divestiture|disposal) of)\b", "type": "acquires", "frame": "SELL", "status": None, "conf": 0.75},
        # a new order of so many units is news of deliveries to come: "orders 1,000 chargers from X"
        {"re": r"\border(?:s|ed)?\b(?= (?:up to |about |around |some |another |a further |more than |an additional )?\d)", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        # goods lined up for later: "has lined up cathode from X" (goods named, else it is money or support)
        {"re": r"\blin(?:e|es|ed|ing) up\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.75, "needs_product": True},
        # a plant's output or power bought or sold: "sells output from its wind farm to Y", "buys power from
        # Y's wind farms" (bare "power" and "output" are goods only right after the verb, with the other
        # party named: "power" alone is no product, "sold the power on the open market" names no buyer)
        {"re": r"\b(?:sells?|selling|sold)\b(?= (?:(?:its|their|the|all|most|part|much|some|half) (?:of )?(?:its |their |the )?)?(?:power|output)\b(?: (?:from|of) [^,;:()]{1,40}?)? to\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7},
        {"re": r"\b(?:buys?|buying|bought|purchas(?:e|es|ed|ing))\b(?= (?:(?:its|their|the|all|most|part|much|some|half) (?:of )?(?:its |their |the )?)?(?:power|output)\b(?: [\w-]+){0,1} from\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7},
        # procurement: Y sources / buys / orders X's cells from X
        # (not the news sources of a report: "X draws interest from Y, sources say", "according to sources familiar")
        # a recycler taking a company's waste ("collects the used batteries of X", "recupera le batterie esauste di X"):
        # the waste's maker, named by "of"/"from", supplies (relations/scrap_flow.py)
        {"re": r"\b(?:collect(?:s|ed|ing)?|tak(?:e|es|ing) back|took back|taken back|receiv(?:e|es|ed|ing)|recover(?:s|ed|ing)?)\b(?= (?:[\w\'’-]+ ){0,2}?" + WASTE_GOODS["en"] + r"\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "maker_only": True, "waste": True},
        {"re": r"\b(?:sourc(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|import(?:s|ed|ing)?)\b(?!(?<=\bsources) (?:say|said|says|told|familiar|close|cited|quoted|report|reported|suggest|suggested|indicate|indicated|added|claim|claimed)\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.8},
        # an order placed is a supply contract whose deliveries come later: announced unless a cue says they run
        {"re": r"\b(?:order(?:s|ed|ing)?|plac(?:e|es|ed|ing) (?:an? |its |their )?(?:[\w$€.,%-]+ ){0,3}orders?)\b", "type": "supplies", "frame": "PROCURE", "status": "announced", "conf": 0.8},
        # having goods made by a supplier: "Brixo has its seats made by Kestrel"
        {"re": r"\b(?:has|have|had|having)\b(?= (?:its|their|the) [^,;:()]{1,40}? (?:made|built|manufactured|produced|assembled) by\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75},
        {"re": r"\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|get(?:s|ting)?|got|receiv(?:e|es|ed|ing)|tak(?:e|es|ing) deliver(?:y|ies) of|(?:tak(?:e|es|ing|en)|took|secur(?:e|es|ed|ing))(?= (?:[\w,.-]+ ){1,8}?from\b)|(?<=\bto )secure\b(?! (?:[\w-]+ ){0,3}?(?:orders|contracts|deals|customers|sales|jobs|loans|funds|rights|approvals|grants|subsidies|permits|investors|buyers|partners|shares|votes)\b)(?= (?:(?:long-term |future |steady |stable )?suppl(?:y|ies) of )?(?:[\w-]+ ){0,3}?(?:[\w-]+s|lithium|nickel|cobalt|graphite|steel|aluminium|aluminum|copper|hydroxide|carbonate|material|electricity|power|hydrogen|silicon|polysilicon)\b)|(?<!ing )(?<!the )(?<!of )(?<!and )(?<!for )(?:us(?:e|es|ing)|(?<=has )used|(?<=have )used|(?<=had )used)(?= (?:[\w-]+ ){0,3}?(?:from|supplied by|made by)\b))\b", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.75, "needs_product": True},
        # supply verbs: X supplies Y / cells supplied by X to Y
        # choosing a company for a product: "X chose Y for its cells" (Y supplies X)
        {"re": r"\b(?:cho(?:ose|oses|sen|se)|pick(?:s|ed)?|select(?:s|ed)?|tap(?:s|ped)?|hire(?:s|d)?)\b", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.6, "needs_product": True, "product_after": True},
        # talks with a partner whose purpose names the deal: "X is in takeover talks with Y", "X is negotiating with Y to sell Z" (frames/talks.py)
        {"re": r"\b(?:talks|negotiations?|discussions?|conversations?|dialogue|negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|in (?:close |direct |regular |advanced |early )?contact)\s+(?=with\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # the talks verb that takes "to" or "with" for the partner: "we are talking to Y about cells", "X talked with Y"
        # (frames/talks.py reads "to" as the partner's preposition for it only: "partner_to"); not "speak", which
        # is said of every interview and press call
        {"re": r"\b(?:talk(?:s|ed|ing)?)\s+(?:(?:also|too|now|already|separately|directly)\s+)?(?=(?:to|with)\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7, "partner_to": True},
        # --- supply: talks with an adverb before the partner ---------------------------------
        # "negotiating also with Y", "talks too with Y": the same talks frame, the adverb skipped
        {"re": r"\b(?:talks|negotiations?|discussions?|conversations?|negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)\s+(?:also|too|now|already|separately)\s+(?=with\b)", "type": "acquires", "frame": "TALKS", "status": "in_talks", "conf": 0.7},
        # --- end supply ---------------------------------------------------------------------
        # talks with a partner about a product: "verhandelt mit CATL über Zellen" (direction from tiers)
        {"re": r"\b(?:about|over)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "nominal": True, "talks": True, "needs_product": True},
        # forming metal or plastic parts for a customer is making them: "has stamped body panels for Y", "die-casts housings for Y"
        {"re": r"\b(?:stamp(?:s|ed|ing)?|die-?cast(?:s|ing)?|mou?ld(?:s|ed|ing))\b(?! (?:out|on|down)\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # making goods for a named customer: "fabrica componentes para Audi" (only with a recipient)
        # "make" as a light verb makes no goods: "made an informal approach to Y", "makes an offer to Y", "made a bid for Y"
        {"re": r"\b(?:fabricat(?:es|ed|ing|e)|haul(?:s|ed|ing)?|transport(?:s|ed|ing)|manufactur(?:es|ed|ing|e)|produc(?:es|ed|ing|e)|(?:mak(?:es|ing)|made)(?! (?:an?|the|its|their|another|a second|a new|a formal|an informal|an unsolicited|a fresh|a further|a final|a first|a joint)\s+(?:[\w-]+\s+){0,2}?(?:approach|approaches|offers?|bids?|proposals?|move|moves|decision|announcement|statement|pitch|overture|counteroffer|counter-offer|payments?|requests?|complaints?|donations?|presentations?|submissions?|commitments?|appeals?)\b)|builds?|building|built|assembl(?:es|ed|ing|e)|recycl(?:es|ed|ing|e))\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # the infinitive of making goods for a customer, after a contract or a plan: "a contract to make cells for Y",
        # "un contrat pour fabriquer des cellules pour Y" (a product must be named: "to make room for Y" is none)
        {"re": r"\b(?:make)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True, "needs_product": True},
        # a contractor's work for a named client, as "trabaja para" (es): "Kestrel has worked for Brixo since 2019",
        # "Kestrel, which works almost only for Brixo" (only with a recipient)
        {"re": r"\bwork(?:s|ed|ing)?(?: (?:almost|mainly|mostly|largely|primarily|exclusively|only|solely|also|already|still)){0,2} (?=for\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.6, "recipient_only": True},
        # using goods of a maker, as "monta freni Halvion" (it), "monta baterías de Fendrow" (es), "verbaut Zellen von"
        # (de): "X uses Y cells", "fits Y brakes", "uses in its plant cells made by Y" (the maker supplies; not "used by")
        {"re": r"\b(?:uses|use|used|using|fits|fit|fitted|fitting|employs|employed|installs|installed|integrates|integrated)\b(?! by\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "maker_only": True},
        # equipping a company, the company as the object: "Kestrel has equipped Brixo for years"
        {"re": r"\bequip(?:s|ped|ping)?\b(?= (?:(?:already|also|now)\s+)?(?-i:[A-Z]))", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65},
        # goods in a maker's vehicles, as in German (frames/supply.py read_goods_in): "cells from Kestrel go into
        # the vans of Brixo", "are fitted in Brixo's buses" (the goods' maker, named with "from"/"of", supplies)
        # a customer's vehicle run on a supplier's goods: "Brixo's new truck is powered by fuel cells from Kestrel" (frames/powered_by.py)
        {"re": r"\b(?:powered|driven|propelled|fuell?ed) by\b", "type": "supplies", "frame": "POWERED_BY", "status": "active", "conf": 0.65},
        {"re": r"\b(?:go|goes|went|going|gone|end(?:s|ed)? up|(?:are|is|were|was|being|been) (?:used|fitted|installed|built|mounted)|find(?:s)? their way)\b(?: (?-i:[a-z])[\w-]*){0,3}? in(?:to)? (?:(?:the|all|many|several|most|some|an?)\s+)?(?:(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:vehicles?|cars?|models?|vans?|trucks?|lorr(?:y|ies)|bus(?:es)?|coaches|EVs?|SUVs?|hatchbacks?|saloons?|sedans?|pickups?|scooters?|motorbikes?|fleets?|trains?|platforms?|batter(?:y|ies)|(?:[\w-]+ )?battery packs?) (?:of|from|made by|built by)\b|(?=(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,2}['’]s (?:(?-i:[a-z])[\w-]*\s+){0,2}(?:vehicles?|cars?|models?|vans?|trucks?|lorr(?:y|ies)|bus(?:es)?|coaches|EVs?|SUVs?|hatchbacks?|saloons?|sedans?|pickups?|scooters?|motorbikes?|fleets?|trains?|platforms?|batter(?:y|ies)|(?:[\w-]+ )?battery packs?)\b))", "type": "supplies", "frame": "GOODS_IN", "status": "active", "conf": 0.65},
        # making a customer's own goods: "X makes Brixo's batteries", "X, which builds Brixo's vans"
        {"re": r"\b(?:makes|made|making|builds|built|building|produces|produced|producing|manufactures|manufactured|manufacturing|assembles|assembled|assembling)\b(?= (?-i:[A-Z])[^\s,;:]*(?: (?-i:[A-Z])[^\s,;:]*){0,3}['’]s )", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.65, "makes_goods_of": True},
        # reliance on goods from a maker: "X has relied largely on pouch cells from Y and Z" (the goods named
        # between "on" and "from", as after a verb of buying: Y and Z supply X)
        {"re": r"\brel(?:y|ies|ied|ying)(?: (?-i:[a-z]+ly))? on\b(?= (?:[\w-]+ ){1,4}?from\b)", "type": "supplies", "frame": "PROCURE", "status": None, "conf": 0.7, "needs_product": True, "goods_between": True},
        # reliance with a product named: "X relies on Y for cells" (Y supplies X)
        {"re": r"\b(?:rel(?:y|ies|ied|ying) (?:\w+ )?on|turn(?:s|ed|ing)? to|count(?:s|ed|ing)? on|depend(?:s|ed|ing)? on)\b", "type": "supplies", "frame": "RELY", "status": None, "conf": 0.65, "needs_product": True},
        # "X counts A and B among the carmakers that buy its chips": the names before "among" buy from X
        {"re": r"\bamong (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:carmakers|automakers|companies|firms|manufacturers|customers|clients|groups|brands|buyers|users)(?: and [\w-]+)? (?:that|which|who) (?:already |now )?(?:buy|use|source|purchase|rely on)s? (?:its|their)\b", "type": "supplies", "frame": "AMONG_BUYERS", "status": "active", "conf": 0.7},
        # a partner named by its noun: "Brixo, a partner of Vostra,", "Vostra's battery partner Brixo"
        {"re": r"\bpartner(?= of\b)|(?<=['’]s )(?:(?-i:[a-z][\w-]*) )?partner\b(?= (?-i:[A-Z]))|(?<=['’]s )(?:(?-i:[a-z][\w-]*) ){0,2}partner\b(?= (?:in|since|for)\b|, (?-i:[a-z]))|\bpartners (?:now |also )?(?:include|included|includes)\b", "type": "partners_with", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65},
        # a source named as a role, like a supplier: "qualified Y as a second source", "named Y as its new source of cells"
        {"re": r"(?<=\bas )(?:(?:a|an|the|its|their) )?(?:second|third|alternative|alternate|backup|back-up|new|additional|main|primary|sole|single|preferred|further) (?:[\w-]+ )?source\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # (not a noun that "supplier" only qualifies: "as supplier fights pile up", "supplier payments to Y")
        {"re": r"\bsupplier(?:s)?\b(?! (?:fights|disputes|lawsuits|claims|bills|invoices|debts|payments|problems|issues|woes|troubles|shortages|delays|strikes|protests|complaints|costs|prices|insolvenc(?:y|ies)|bankruptc(?:y|ies))\b)|\bvendor\b|\bprovider of\b", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # a buyer of a company's goods: "one of the biggest buyers of Kestrel's cells" (Kestrel supplies the buyer)
        {"re": r"\bbuyers?(?= of (?-i:[A-Z])[^\s,;:]*(?: (?-i:[A-Z])[^\s,;:]*){0,3}['’]s? (?:[\w-]+ ){0,2}?(?:cells?|batter(?:y|ies)|packs?|modules?|chips?|semiconductors|wafers|steel|alumini?um|lithium|nickel|cobalt|graphite|cathodes?|anodes?|hydroxide|carbonate|ore|concentrate|output|products|parts|components|engines|motors|seats|tyres|tires)\b(?! (?:units?|business(?:es)?|divisions?|arm|operations?|plants?|factory|factories|assets|makers?|compan(?:y|ies)|start-?ups?|subsidiar(?:y|ies))\b))", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        # "X, a customer of Y" / "Y's customer X" / "Y counts X among its customers": Y supplies X
        {"re": r"\bcustomers?\b|\bclients?\b|\bofftakers?\b|(?<= as a )buyer(?= of (?:[\w-]+ ){0,2}?(?:sheet|cells?|batter(?:y|ies)|ore|concentrate|lithium|nickel|cobalt|graphite|hydroxide|carbonate|steel|aluminium|aluminum|copper|chips?|wafers?|output|material|modules?|power|electricity|hydrogen)\b)", "type": "supplies", "frame": "SUPPLIER_N", "status": "active", "conf": 0.65, "reverse": True},
        # "X, a shareholder of Y" / "Y's shareholder X"
        # a controlling or sole shareholder owns the company
        {"re": r"\b(?:controlling|majority|sole) (?:shareholder|stockholder|owner)s?\b", "type": "owns", "frame": "SUPPLIER_N", "status": "active", "conf": 0.75},
        # "Brixo counts Almara and Vostra among its investors": the possessive after "among" names whose
        # investors they are, as "among its shareholders" does
        {"re": r"(?<=\bamong its )(?:investors|backers)\b|(?<=\bamong their )(?:investors|backers)\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # "Brixo's investors include Almara": only with the verb of inclusion ("investors" alone is too common)
        {"re": r"\b(?:investors|backers|financial backers) (?:now |also )?(?:include|included|includes)\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        {"re": r"\b(?:shareholders?|stockholders?)\b", "type": "invests_in", "frame": "SUPPLIER_N", "status": "active", "conf": 0.7},
        # (not what a buyer secures: "signed a deal with Y to secure long-term supplies of X" names Y the supplier)
        {"re": r"(?<!\bsecure )(?<!\bsecure long-term )(?<!\bsecure steady )(?<!\bsecure future )\b(?:the |a |its |their )?(?:supply|supplies|delivery|deliveries|provision|shipments?) of\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.8, "nominal": True},
        # goods sent to a company, the goods right after the verb as in "envía", "spedisce" ("sends cathode
        # material to Y"; "sent a letter to Y" names no goods)
        {"re": r"\b(?:send|sends|sending|sent)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.75, "needs_product": True, "product_object": True},
        {"re": r"(?<!\bsecure )(?<!\bsecure long-term )(?<!\bsecure steady )(?<!\bsecure future )\b(?:supplies|supplying|supplied|supply|delivers|delivering|delivered|deliver|deliveries|ships|shipping|shipped|ship|feeds)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.85},
        # fitting out a customer's vehicles: "X will equip Y's new models", "X's cells power Y's vans"
        {"re": r"\b(?:equips|equipping|equipped|equip|powers|powering|powered|power|fit(?:s|ted|ting)? out|outfit(?:s|ted|ting)?)\b(?! by\b)", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "goods_owner": True},
        # (a participle right after a plural noun of goods is a reduced relative, not the subject's verb:
        # "software for cars sold in China", "vans equipped with its cells")
        {"re": r"\b(?:provides|providing|provide|sells|selling|sell|equips|equipping|equip|furnish(?:es|ed|ing)?|export(?:s|ed|ing)?)\b|(?<!cars )(?<!vehicles )(?<!vans )(?<!models )(?<!trucks )(?<!buses )(?<!units )(?<!products )(?<!batteries )(?<!cells )(?<!chips )(?<!systems )(?<!parts )\b(?:provided|sold|equipped)\b", "type": "supplies", "frame": "SUPPLY", "status": None, "conf": 0.7, "needs_product": True},
        {"re": r"\b(?:acquir(?:e|es|ed|ing)|acquisition of|takeover of|take-?over bid for|(?:takeover|tender|buyout) offer for|tak(?:e|es|ing|en) (?:full |majority |sole |a controlling |operational )?control (?:in (?:19|20)\d\d )?of|took (?:full |majority |sole |operational )?control (?:in (?:19|20)\d\d )?of|gain(?:s|ed|ing)? control (?:in (?:19|20)\d\d )?of|(?:takeover|acquisition|purchase|buyout)(?= by\b)|tak(?:e|es|ing) over|took over|taken over|buy(?:s|ing)?|bought|(?<!power )purchas(?:e|es|ed|ing)|snap(?:s|ped|ping)? up|scoop(?:s|ed|ing)? up|absorb(?:s|ed))\b", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.85},
        # an approach about a takeover: "X approached Y about a takeover", "X had sounded out Y over a possible merger"
        {"re": r"\b(?:approach(?:ed|es|ing)?|sound(?:ed|s|ing)? out)\b(?= (?:the )?(?:(?!(?:and|but|while)\b)[\w&.'’-]+,? ){0,9}?(?:about|over|regarding|on|with|for) (?:a |an |the )?(?:possible |potential |full |friendly |)(?:takeover|take-over|acquisition|merger|buyout|bid|offer|combination|deal to (?:buy|acquire))\b)", "type": "acquires", "frame": "ACQ", "status": "in_talks", "conf": 0.7},
        # a bid or an offer for a named company: "Almara is weighing a bid for Tessaro", "made an offer for Tessaro"
        {"re": r"(?<!received )(?<!receives )(?<!rejected )(?<!rejects )(?<!rebuffed )(?<!turned down )(?:\b(?:a|an|its|their|the|any)|(?<=\w)['’]s) (?:(?:possible|potential|rival|fresh|new|higher|cash|formal|all-cash|improved|\$?[\d.,]+ ?(?:billion|million|bn|m)) ){0,2}(?:bid|offer) for(?= (?-i:[A-Z])[\w&.-]*\b(?![’'-]|\w))(?! (?-i:[A-Z])[\w&.-]*['’])", "type": "acquires", "frame": "ACQ", "status": None, "conf": 0.75},
        # partnerships
        # the trigger stops before "with", the partner's marker: "has worked since 2022 with X on ..., and with Y"
        {"re": r"\b(?:partner(?:s|ed|ing)? (?:up )?|team(?:s|ed|ing)? up |join(?:s|ed|ing)? forces |(?:collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?) (?:(?:together|closely|jointly|since (?:19|20)\d\d|for (?:\w+ )?(?:years|months|decades)),? ){0,2}|ally |allied |tie-?up |tied up )(?=with\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.75},
        {"re": r"\b(?:strategic |technology |technical |long-term |global |industrial |research |development |exclusive )?(?:partnership|alliance|collaboration|cooperation|co-operation|tie-?up|framework agreement|memorandum of understanding|MoU|letter of intent|LOI)s?\b|\bjoint (?:development|research|laborator(?:y|ies)|labs?)\b", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # "A and B have worked together since 2021", "A and B jointly develop ...": a pair as subject
        {"re": r"\b(?:work(?:s|ed|ing)?|collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)) (?:closely )?together\b|\bjointly develop(?:s|ed|ing)?\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        # developing something with a partner: "X is developing a new platform with Y" (the partner a few words on, no clause between)
        {"re": r"\b(?:develop(?:s|ed|ing)?|co-develop(?:s|ed|ing)?)\b(?=(?: (?-i:[a-z][\w-]*)){0,4} with (?:the )?(?-i:[A-Z]))", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65},
        # idioms of joining a partner: "joined hands with Y", "will team with Y", "is partnering Y on ...", "A and B will co-develop"
        {"re": r"\bjoin(?:s|ed|ing)? hands(?= with\b)|(?<!the )(?<!a )(?<!its )(?<!their )(?<!'s )(?<!’s )\bteam(?:s|ed|ing)?(?= with (?:the )?(?-i:[A-Z]))|\bpartner(?:s|ed|ing)(?= (?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3} (?:on|in|to|for)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        {"re": r"\bco-?develop(?:s|ed|ing)?\b(?! with\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.65, "strict": True},
        # a pair that builds or runs a plant together is a joint venture ("A and B are jointly building a plant",
        # "A and B will run the refinery together"); one that makes or builds anything else together is partners
        {"re": r"\bjointly (?:build|built|run|running|operat)\w*(?= (?:an? |the |their |two |three )?(?:[\w-]+ ){0,3}?(?:plant|factory|gigafactory|refinery|mine)s?\b)|\b(?:build|built|run|running|operat)\w* (?:an? |the |their |two |three )?(?:[\w-]+ ){0,3}?(?:plant|factory|gigafactory|refinery|mine)s? (?:[\w-]+ ){0,4}?together\b", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7, "strict": True},
        {"re": r"\bjointly (?:produc|mak|manufactur)\w*\b|\b(?:build|built|produc|mak|manufactur)\w* (?!(?:an? |the |their |two |three )?(?:[\w-]+ ){0,3}?(?:plant|factory|gigafactory|refinery|mine)s?\b)(?:[\w-]+ ){0,4}?together\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.65, "strict": True},
        # a pair that cooperates, no "with" ("A and B agreed to cooperate on ...", "will develop trucks together")
        {"re": r"\b(?:cooperat(?:e|es|ed|ing)|co-operat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing))\b(?! with\b)|\bdevelop(?:s|ed|ing)? (?:[\w-]+ ){0,4}?together\b", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.65, "strict": True},
        {"re": r"\b(?:agreement|deal|pact|accord)s?\b(?! (?:to (?:sell|buy|acquire|take over)|for the (?:sale|purchase|acquisition))\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.55, "strict": True, "bare": True},
        # a pair named partners: "BMW and Toyota are partners in fuel cells" (not "X and Y are partners of Z")
        {"re": r"\b(?:are|were|have been|had been|became|become|remain) (?:(?:long-?time|long-?standing|close|strategic|technology|industrial|equal) )?partners\b(?! (?:of|to|for)\b)", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7, "strict": True},
        # a pair joined by a reciprocal verb, no "with": "X and Y team up to ...", "X and Y join forces"
        {"re": r"\b(?:team(?:s|ed)? up|join(?:s|ed)? forces)\b(?! with\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
        # a pair that partners, the plain verb ("A and B partner on chips", "will partner to build"); not the noun ("a partner on")
        {"re": r"(?<![Aa] )(?<!the )(?<!its )(?<!their )(?<!['’]s )(?<!key )(?<!main )\bpartner(?:ed)?(?= (?:on|to|for|in)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7, "strict": True},
        # choosing a partner: "X picked Y as its technology partner" (the chooser and the chosen)
        {"re": r"\b(?:chose|chosen|chooses|picked|picks|selected|selects|tapped|taps)\b(?= (?:the )?(?-i:[A-Z])[^,;:()]{0,40}? as (?:its |their |a |an |the )?(?:[\w-]+ )?(?:partner|ally)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
    ],
    "status": {
        "rumoured": IMPERSONAL_REPORT["en"] + r"|\bpress reports?\b|\bnewspaper reports?\b|\bthere (?:have been|had been|were|are|was|has been) (?:\w+ ){0,2}(?:reports|rumou?rs|speculation)\b|\breportedly\b|\ballegedly\b|\baccording to (?:a |the |an )?(?:(?:\w+ )?reports?|media|people|sources?|insiders?|persons?|newspaper|daily|magazine|(?-i:[A-Z]))|\b(?:people|persons?|sources?|insiders?) (?:familiar|close|with (?:direct )?knowledge|briefed|aware)\b|\bsources? (?:said|say|says|told|claim)\b|\b(?:unnamed|anonymous) (?:sources?|people|insiders?)\b|\b(?:is|are|was|were) said to\b|\bsaid to (?:be )?(?:weigh|consider|plan|eye|mull|explor|seek|prepar|near|in talks|close to|bid)\w*|\brumou?r(?:s|ed)?\b|\bspeculat\w+\b|\b(?-i:[A-Z][\w&.]+)(?: (?-i:[A-Z][\w&.]+))* (?:reported|reports)\b|\breports? (?:said|says|suggest\w*|claim\w*)\b|\bmedia reports?\b|\b(?:media|press)(?: outlets?)? (?:reported|report|said|say|wrote)\b|\b(?:newspaper|daily|newsletter|magazine|paper|outlet|publication|broadcaster)s? (?:reported|reports|wrote|writes|said|says)\b|\bciting (?:people|sources|unnamed|anonymous|insiders)\b|\bit (?:is|was) understood\b|\bwho asked not to be (?:named|identified)\b|\b(?:is|are|was|were) (?:believed|understood|thought|rumou?red) to\b|\bit is (?:believed|thought)\b|\bpeople (?:with knowledge|close to|briefed on)\b|\b(?:according to|citing) (?:two|three|four|several|multiple|some|other|unnamed|anonymous|industry|banking|government) (?:\w+ )?(?:sources|insiders|people)\b",
        "in_talks": r"\bin (?:advanced |exclusive |preliminary |early |final |late-stage |detailed )?(?:talks|negotiations|discussions)\b|\bnegotiat(?:e|es|ed|ing|ions?)\b|\b(?:holding|held|hold|opened|started|began|begun) (?:\w+ )?talks\b|\btalks (?:with|between|over|on|about|to)\b|\b(?:talks|negotiations|discussions) (?:are|were|have been|remain|remained) (?:still |already |now )?(?:under ?way|ongoing|continuing|progressing)\b|\bexplor(?:e|es|ing)\b|\bconsider(?:s|ing)\b|\bdiscuss(?:es|ing|ions)\b|\bevaluating\b|\bweigh(?:s|ing) (?:a|an|the|up|options|whether|bids?|offers?)\b|\bmull(?:s|ing)\b|\beyeing\b|\bin the running\b|\bcourting\b",
        "denied": r"\b(?:has|have|had) not received (?:any|an?) (?:[\w-]+ )?(?:proposals?|offers?|approach(?:es)?|bids?)\b|\bwithout (?:any )?(?:foundation|basis)\b|\breject(?:ed|s) (?:that|this)\b(?! (?:offer|bid|proposal|approach|deal|plan)\b)|\bnot accurate\b|\binaccurate\b|\buntrue\b|\b(?:has|have|had) (?:not|never) (?:made|submitted|lodged|tabled)\b(?=[^.;,]{0,40}?\b(?:a|an|any) (?:\w+ )?(?:bid|offer|approach|proposal)\b)|\bno (?:\w+ )?interest in\b|\bnot for sale\b|\bnot on the (?:table|agenda)\b|\bden(?:y|ies|ied|ying)\b|\bdenial\b|\bunfounded\b|\bbaseless\b|\bgroundless\b|\bdismiss(?:ed|es)? (?:the |these |those )?(?:reports?|rumou?rs?|speculation)\b|\bdismiss(?:ed|es|ing)? as [\W\w]{0,30}?(?:a|the|an) (?:[\w-]+ )?(?:reports?|rumou?rs?|claims?|story)\b|\breject(?:ed|s)? (?:the |these |those |media )?(?:reports?|claims?|rumou?rs?|speculation)\b|\bruled out\b|\brules out\b|\bruling out\b|\bno truth\b|\bnot true\b|\bfalse\b|\bfake news\b|\brefut(?:e|es|ed|ing)\b|\brebuff(?:s|ed)\b|\bthere (?:are|were|is|was) no (?:talks|negotiations|discussions|plans)\b|\bno (?:such )?(?:talks|negotiations|discussions) (?:had|have|were|are|with)\b",
        # a report whose content opens a clause ("A report ... that X would supply Y was rejected by both
        # companies"): what rejects it, after the report's noun
        "report_clause": r"\b(?:report|reports|rumou?rs?|speculation|suggestions?)\b[^.;:]{0,80}?\bthat\b",
        "report_denial": r"\b(?:was|were|has been|have been|had been) (?:\w+ )?(?:rejected|dismissed|refuted)\b|\b(?:rejected|dismissed|refuted) (?:the|this|that|such) (?:report|reports|rumou?rs?|claims?|speculation)\b",
        # (a deal given up: "abandoned its plan to buy", "dropped its bid for", "called off the merger")
        # "lost its supply contract with Y", "loses the Y deal": a customer lost
        "ended": r"\b(?:left|quit|has left|had left|have left) (?:the|its|their) (?:[\w-]+ )?(?:consortium|alliance|partnership|joint venture|venture)\b|\b(?:came|comes|come|coming) to an end\b|\blos(?:e|es|t|ing) (?:its|the|their|a|one of its) (?:[\w-]+ ){0,3}?(?:contracts?|deals?|orders?|supply agreements?)\b|\buntil recently\b|\buntil now\b(?= (?:\w+ )?(?:was|were|had)\b)|\b(?:sold|sells|divested|offloaded) (?:its|their|the) (?:entire |remaining |whole )?(?:stake|holding|shares|shareholding)(?! (?:in|of)\b(?! (?:19|20)\d\d\b))|\babandon(?:s|ed|ing)? (?:its|the|their|a|an|plans?)\b|\bdrop(?:s|ped|ping)? (?:its|the|their) (?:[\w-]+ ){0,2}?(?:bid|offer|plans?|deal|takeover|pursuit)\b|\bwithdr(?:ew|aw|awn|aws) (?:its|the|their) (?:[\w-]+ ){0,2}?(?:bid|offer)\b|\bcall(?:ed|s|ing)? off\b|\bended\b|\bends\b|\bending (?:its|the|their)\b|\bending an? (?:[\w-]+ )?(?:partnership|alliance|joint venture|venture|cooperation|collaboration|relationship|tie-?up|contract|agreement)\b|\bterminat(?:e|es|ed|ing|ion)\b|\bno longer\b|\bscrap(?:ped|ping)\b|\bscraps? (?:the|its|their|a|an|plans?)\b|\bbr(?:eak|eaks|eaking|oke)[- ]?up\b|\bbreak-?ups?\b|\bcancel(?:s|ed|led|ling|lation)\b|\bwalk(?:ed|s)? away\b|\b(?:hand|sell|sold|give|gave)(?:s|ed|ing)? (?:\w+ ){0,3}back\b|\bpull(?:ed|s)? out\b|\bexit(?:ed|s|ing)? (?:the|its|their)\b|" + _NOT_STOP + r"\bceas(?:e|es|ed|ing)\b|" + _NOT_STOP + r"\bstopped\b|\bformer (?:supplier|partner|parent|owner|customer|shareholder|investor|backer)\b|\b(?:once|formerly) (?:a|an|the) (?:[\w-]+ )?(?:shareholder|investor|backer|owner|partner|supplier)\b|\bexpired\b|\bnot (?:been )?renewed\b|\blapsed\b|\bdissolv(?:e|es|ed|ing)\b|\bdissolution\b|\b(?:wind(?:s|ing)?|wound) up(?= (?:[\w-]+ ){0,3}?(?:joint venture|venture|partnership|alliance|JV)\b| (?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*)*,)|\b(?:written|wrote|writes|writing) off (?:its|their|the)\b|\b(?:stakes?|investments?|holdings?) (?:\w+ ){0,3}(?:written|wrote) off\b|\bunwound\b|\bsever(?:s|ed)\b|\bcut ties\b|\bsplit up\b|\bparted ways\b|\b(?:deal|talks|merger|takeover|partnership|alliance|venture|agreement|contract|bid|negotiations|tie-?up|sale|acquisition)s? (?:\w+ ){0,5}(?:collapsed|fell (?:through|apart)|unravell?ed)\b|\bwound down\b|\bwinds? down\b|\bwinding down\b|\bphas(?:ed|es|ing) out\b|\bdiscontinu(?:e|ed|es|ing)\b|\b(?:deal|sale|takeover|merger|acquisition|purchase|bid|investment|stake)s? (?:\w+ ){0,4}(?:was|were|has been|had been) (?:blocked|vetoed|prohibited)\b|\b(?:blocked|vetoed|prohibited|barred)(?: \w+){0,3} (?:the |its |their |a )?(?:[\w'’]+ )?(?:sale|takeover|merger|acquisition|purchase|bid|deal|investment|stake)\b",
        # (nor a negated stop: "never stopped supplying", "has not ceased buying" say the tie goes on)
        "negation": r"\b(?:not(?!\s+(?:only|just|least|less|merely)\b|" + _STOP + r")|n't(?!" + _STOP + r")|never(?!" + _STOP + r")|no)\b|n't\b(?!" + _STOP + r")",
        # deliveries that start later, told after the deal ("..., and deliveries are set to begin in 2026"):
        # the deal is signed, the supply not yet running
        # a tie that starts with a later event: "will take effect", "once the plant opens", "will receive its first cells"
        "future_start": r"\b(?:will|would|is to|are to|(?:is|are) (?:due|set|expected) to) (?:only )?(?:take effect|come into (?:force|effect)|enter into force|kick in)\b|\bonce (?:the|its|their|a|an) (?:[\w-]+ ){0,3}?(?:opens|is (?:built|completed|finished|operational|running|commissioned|up and running)|starts? (?:up|production|operating)|comes? on ?(?:line|stream)|goes? into (?:operation|production|service))\b|\bwhen (?:the|its|their) (?:[\w-]+ ){0,3}?(?:opens|is completed|comes on ?(?:line|stream)|starts? (?:production|operating))\b|\bupon (?:the )?(?:completion|opening|commissioning) of\b|\bonce (?:production|operations) (?:starts?|begins?)\b|\bwill (?:\w+ )?(?:receive|get|take) (?:its|their) first\b|\bwill (?:start|begin) (?:to )?receiv\w*",
        "starts_later": r"\b(?:deliveries|shipments|supplies|installation|commissioning)\b(?: [\w-]+){0,4}? (?:(?:are|is) (?:set|due|expected|scheduled|slated|planned) to|will|are to|is to) (?:begin|start|commence|ramp up)\b|\b(?:deliveries|shipments|supplies)\b (?:begin|start) (?:next|from|only)\b|\b(?:will|(?:are|is) (?:set|due|expected|scheduled|slated|planned) to) (?:begin|start|commence) (?:deliver|supply|shipp)\w*",
        # a tie's noun, then a clause that dates its start in the past: the tie runs ("a collaboration
        # that began in 2023", "a cooperation that has been running since 2023")
        "started_after": r"\b(?:collaboration|cooperation|partnership|alliance|joint venture|venture|tie-up|relationship)s?\b[^;:.]{0,60}?\b(?:that|which) (?:(?:first |only )?(?:began|started|dates back|goes back|got under way)|(?:was|were) (?:formed|set up|created|established|founded|launched|struck) (?:in|back in|two|three|\w+ years ago)|(?:has|have) been (?:running|in place|under way|going)|(?:has|have) (?:run|existed|lasted))\b|\b(?:joint venture|venture|JV)\b[^;:.]{0,30}?\b(?:that|which) (?:\w+ ){1,3}?(?:shares|share|co-owns|co-own|runs|run|operates|operate) with\b",
        # a unit sold, told right before its possessive noun ("sold its subsidiary Y", "completed the sale of
        # its unit Y"): the seller owns it no more
        "sold_unit": r"\b(?:(?:has|had) )?(?:sold|divested|offloaded|disposed of|(?:completed|closed|finali[sz]ed) (?:the|its) (?:sale|disposal|divestment|divestiture) (?:to [^,;:()]{1,40}? )?of)\s+$",
        # a clause opened by "until <year>" with a past verb: the tie ran until then ("Until 2024, Y was owned by X")
        "until_past": r"\W*(?:(?:and|but) )?(?:until|up to|through) (?:(?:the end of|the start of|early|mid-?|late) )?(?:19|20)\d\d\b,?[^;:]{0,80}?\b(?:was|were|had|held|owned|controlled|supplied|belonged)\b(?! (?:expected|set|due|planned|supposed|scheduled|to)\b)",
        "not_yet": r"\bnot yet\b|\byet to\b|n't yet\b",
        "contrast": r"\bbut (?:rather|instead)\b|,\s+but\s+(?:to|from|with)\b",
        # right before a trigger: the tie is named as absent ("without forming a joint venture")
        "absent": r"\b(?:without|rather than|instead of)\s+(?:[\w-]+\s+){0,3}$",
        "cessation": r"\bno longer\b|\bnot any ?more\b|" + _NOT_STOP + r"\bstopped\b|" + _NOT_STOP + r"\bceased\b|" + _NOT_STOP + r"\bquit(?:s|ting)? (?:supplying|delivering|shipping|selling|providing|making|producing|building|buying|sourcing|ordering)\b",
        # a negated verb whose "no longer" comes after its object: "does not supply Y anymore", "won't buy
        # cells from Y any longer" (matched right after the trigger, up to the clause's end)
        # (not a comparison: "does not supply Y any more than Z", "any longer than"; denied, not ended)
        "no_longer_after": r"[^,;:()]*?\b(?:anymore|any more|any longer)\b(?!\s+than\b)",
        # a past verb of supplying or holding with 'until' and a year: the tie ran until then ("supplied ... until 2022")
        # a tie with its last year, either order: "supplied ... until 2022", "which until 2022 supplied"
        # a tie told in the past with the time it ran until, or what a company was until then: "until
        # the end of 2024, took almost all the cells from Y", "Y, until then a joint venture with Z"
        "ended_so_far": rf"\b{_UNTIL_YEAR}\b,?\s*[^,;:.]{{0,40}}?\b(?:{_PAST_TIE}|took|bought|sourced|purchased)\b",
        "ended_then_noun": r"\buntil then,? (?:(?:a|an|the|its|their) )?(?:[\w-]+ )?(?:joint venture|subsidiary|unit|supplier|partner|shareholder)\b",
        # a durative tie told in the pluperfect: "X had supplied Y", "Z, which had controlled Y since 2015",
        # "had long been Y's supplier" (not an event, "had bought Y", whose result may stand)
        "ended_pluperfect": r"\bhad (?:\w+ly )?(?:supplied|controlled|owned|sourced|been (?:supplying|buying|sourcing|delivering))\b"
                            r"|\bhad (?:\w+ly )?been (?:an? |the |its |their )?(?:\w+ ){0,2}?(?:supplier|customer|owner|shareholder|partner)s?\b",
        # a tie told in the past simple with how many years it ran: "for years supplied Y", "bought its
        # cells from Y for years" (not "has supplied Y for years", which runs still)
        "ended_for_years": r"\bfor (?:many |several )?(?:years|decades),? (?:supplied|provided|delivered|bought|sourced|took|was|were)\b"
                           r"|(?<!has )(?<!have )(?<!had )\b(?:supplied|provided|delivered|bought|sourced)\b[^,;:.]{0,50}? for (?:many |several )?(?:years|decades)\b",
        # deliveries told with the year they start: "with deliveries starting in 2027", "shipments from 2028"
        "starts_later_year": r"\b(?:deliveries|shipments|supplies)\b (?:(?:starting|beginning|due to start|to start)(?: in| from)?|from) (?:(?:early|late|mid-?|the end of) )?20\d\d\b",
        "ended_more": rf"\b{_PAST_TIE}\b[^,;:]{{0,60}}?\b{_UNTIL_YEAR}\b|\b(?:which|that|who) {_UNTIL_YEAR} (?:had )?{_PAST_TIE}\b",
        "hedge": r"\b(?:could|might|may|possibly|potentially|would consider)\b",
        # a wish or a hope of the subject ("we would like to supply Y"): no deal yet, at most talks
        "wish": r"\b(?:would like to|(?:we|they|I)[\'’]d like to|would love to|(?:want|wants|wanted|wanting) to|(?:hope|hopes|hoped|hoping) to|(?:wish|wishes) to|(?:are|is|were|was) keen to|would be (?:happy|glad|delighted) to)\b",
        "condition": r"\b(?:if|unless|provided that|in case)\b",
        "unlikely": r"\bnot expected to\b|\bunlikely to\b|\bno plans? to\b|\bhas no intention\b|\bnot planning to\b|\bnot in talks\b|\bnot considering\b",
    },
    "local": {
        # of the words before a trigger that tell a deal is news, those that name the deal or call it new: before a
        # verb in the present they do not make it one to come ("under an agreement signed in 2021, Y supplies Z", "the new
        # models it supplies"); a future, a plan, an infinitive still do
        "deal_words": r"\b(?:deal|agreement|contract|memorandum|MoU|new)\b",
        "active_clause": r"\b[Ii]n (?:19|20)\d\d,? [^,;:]{0,60}\b(?:formed|set up|created|established|founded|launched)\b",
        # (also a standing role or tie told with a copula or "have": "X is a shareholder in Y", "A and B are
        # partners in ...", "A and B have an alliance")
        "active": r"\b(?:(?:has|have|keeps|retains) (?:already )?(?:a|an|the) (?:[\w%.,-]+ )?(?:stake|shareholding|holding)|(?:is|are|remains?) (?:also |now |still |already |long-?time )?(?:(?:a|an|the|among the|one of the) )?(?:[\w-]+ ){0,2}?(?:shareholders?|stockholders?|investors?|backers?|partners)\b|(?:has|have) (?:had )?(?:a|an) (?:[\w-]+ ){0,2}?(?:alliance|partnership|collaboration|cooperation)\b|(?:has|have) (?:(?:a|an) (?!new\b|preliminary\b|provisional\b|tentative\b|non-binding\b|framework\b)(?:[\w-]+ ){0,2}?(?:contract|agreement|deal)|(?:(?!new\b|signed\b|agreed\b|won\b|secured\b|struck\b|reached\b|inked\b|preliminary\b)[\w-]+ ){0,2}?(?:contracts|agreements|deals))(?= (?:to|with|for|under)\b|$)|(?:formed|set up|created|established|founded|launched) in (?:19|20)\d\d|(?:has|have|had) (?:(?:also|already|long|been) ){0,2}(?:work|collaborat|cooperat)(?:ed|ing)|(?:is|are) (?:work|collaborat|cooperat)ing|holds|owns|controls|operates|runs|already|currently|existing|(?:has|have) held|long-?standing|long-?time|longtime|began|begun|started|(?:has|have) been(?! (?:\w+ )?(?:chosen|picked|selected|awarded|named|tapped|nominated|appointed|adding|winning|signing|securing|landing|booking)\b)|since (?:19|20)\d\d|today|now|continues? to|continued to|is supplying|are supplying|main|key|sole|(?:largest|biggest|major)(?!(?: [\w-]+){0,3}? (?:orders?|contracts?|deals?|tenders?)\b))\b",
        "announced": r"\b(?:forms?|forming|creates?|creating|establish(?:es|ing)?|launch(?:es|ing)|sets up|setting up|team(?:s|ing)? up|will|shall|'ll|to (?:set up|form|create|establish|launch)|to(?=(?:\s+[\w-]+){0,2}\s*$)|agreed|agrees|agree|sign(?:s|ed)?|ink(?:s|ed)|set to|plans? to|intends? to|is to|are to|expected to|would|deal|agreement|contract|memorandum|MoU|announc(?:e|es|ed)|won|wins|secured|selected|chose|chosen|awarded|starting|from 20\d\d|beginning|new|unveil(?:s|ed))\b",
    },
    # (and a cooperation signed in a past year: "under the cooperation agreement the two signed in 2024",
    # "signed its own development agreement with Y in 2024" - a tie that runs; a supply deal signed then
    # may still wait for its deliveries)
    "completed": r"\b(?:completed|completes|completing|finali[sz](?:ed|es))\b|\b(?:closed|closes)\b(?!\s+(?:(?:a|an|the|its|their|two|three|several|new)\s+)?(?:[\w-]+\s+){0,2}?(?:contracts?|orders?|(?:supply|purchase|offtake|delivery) (?:deals?|agreements?))\b)|\bwrapped up\b|\bwraps up\b|\bconsummated\b"
                 r"|\b(?:cooperation|co-operation|development|partnership|collaboration|alliance) agreements? (?:[\w-]+ ){0,6}?(?:signed|agreed|struck|sealed) (?:in (?:19|20)\d\d|last year|(?:two|three|four|five|several|\d+) years ago)\b"
                 r"|\bsigned (?:its |their |an? |the )?(?:own |first |new )?(?:cooperation|co-operation|development|partnership|collaboration) agreement (?:with (?:[\w&.-]+ ){1,4})?in (?:19|20)\d\d\b",
    # (the rumours a statement ends, or that came before it: "After weeks of speculation, X confirmed ...")
    "unhedge": r"\b(?:ending|ended|ends|end to|put an end to|dispell?(?:ed|ing|s)?|laid to rest)\s+(?:\w+\s+){0,3}(?:speculation|rumou?rs?|reports?)\b"
               r"|\b(?:after|following) (?:\w+\s+){0,2}(?:days|weeks|months|years) of (?:\w+\s+){0,2}(?:speculation|rumou?rs|reports|media reports)\b",
    "stake": r"\b(?:stake|half|third|quarter|fifth|tenth|shares?|shareholding|equity|interest|minority|holding|per ?cent|percent)\b|%",
    "majority": r"\b(?:majority|controlling|control|full|entire|all|remaining|whole|two[- ]thirds|three[- ]quarters)\b|\b100 ?(?:%|per ?cent|percent)",
    "anaphora": r"\b(?:the|this|that|such) (?:deal|agreement|contract|report|reports|partnership|joint venture|venture|talks|alliance|transaction|acquisition|takeover|tie-?up|order|supply)\b|\b(?:it|they)\b",
    "facility": {
        "nouns": r"\bgiga-?factor(?:y|ies)\b|\bgiga-?plant\b|\b(?:(?:battery|cell|cathode|assembly|car|vehicle|manufacturing|production|recycling|refining|EV|engine|parts|component|pilot) )?(?:plants?|factor(?:y|ies)|works|refinery|refineries)\b|\b(?:manufacturing|production|assembly|recycling) (?:site|facility|facilities|hub|complex|base|line)s?\b",
        "weak_nouns": r"\bsites?\b|\bfacilit(?:y|ies)\b|\bhub\b|\bcampus\b|\bcomplex(?:es)?(?=\s+(?:in|at|near|outside|which|that)\b|[,.;])",
        "exclude": r"\bcredit facilit|\bloan facilit|\bpower plants?\b|\bweb ?site|\bworks (?:with|on|for|to|at)\b|\bit works\b|\bplants? (?:trees|seeds)\b",
        "build": r"\bbuild\w*|\bbuilt\b|\bconstruct\w*|\bset(?:s|ting)? up\b|\bopen\w*|\binvest\w*|\bproduc\w+|\bmanufactur\w+|\bassembl\w+|\bexpan\w+|\boperat\w+",
        "status": {
            "under_construction": r"\bunder construction\b|\bbeing built\b|\bbr(?:oke|eaks|eaking) ground\b|\bground-?breaking\b|\bconstruction (?:began|started|has begun|has started|is underway|is under way|work|is progressing)\b|\b(?:is|are) (?:currently )?(?:building|constructing)\b|\bbeing constructed\b|\bstarted (?:building|construction|work)\b|\bbegan (?:building|construction|work)\b|\bfirst stone\b",
            "active": r"\bopened\b|\binaugurat\w+|\b(?:started|begun|began|starts|start of|commenced) (?:mass |series |serial |commercial |volume |full )?production\b|\bproduc(?:es|ing)\b|\bmanufactur(?:es|ing)\b|\bin operation\b|\boperational\b|\boperat(?:es|ing)\b|\brolled off\b|\bexisting\b|\bemploys\b|\bruns\b|\bup and running\b|\bcame on ?stream\b|\bwent into operation\b",
            "ended": r"\bclos(?:e|es|ed|ing|ure)\b|\bshut(?:s|ting)?(?: down)?\b|\bshutter(?:s|ed|ing)?\b|\bmothball\w*|\bhalt(?:s|ed|ing)? (?:production|operations|output)\b|\bceas(?:e|es|ed|ing) (?:production|operations)\b|\bwind(?:ing)? down\b|\bphase out\b",
            "planned": r"\bplan(?:s|ned|ning)?\b|\bintends?\b|\bintention\b|\bconsider(?:s|ing|ed)?\b|\bproposed\b|\bcould\b|\bmay\b|\bmight\b|\bexplor(?:e|es|ing)\b|\bevaluat\w+|\bfeasibility\b|\bwants? to\b|\baims? to\b|\bpotential\b|\bscouting\b|\blooking (?:at|for)\b",
            "announced": r"\bannounc\w+|\bunveil\w+|\bwill (?:build|construct|set up|open|invest|erect|establish)\b|\bselected\b|\bchose\b|\bconfirmed\b|\bsigned\b|\bapproved\b|\bgreen-?light\w*|\bdecided\b|\bwill be (?:built|located|constructed)\b|\bwill have\b|\bwill produce\b",
        },
    },
}

# (partners) founding a company with a partner is a joint venture: "X set up a company together with Y",
# "X founded Brixo with Y in 2024" (the object a name or a company noun right after the verb; not "formed a partnership with")
LEXICON["triggers"][0:0] = [
    {"re": r"\b(?:set up|sets up|setting up|founded|founds|founding|formed|forms|forming|created|creates|creating|established|establishes|establishing)\b(?=(?: [\w'’&.-]+){0,6}? (?:together |jointly )?with (?:the |its )?(?:[\w-]+ ){0,2}?(?-i:[A-Z]))(?= (?-i:[A-Z])| (?:an? |the |their )?(?:new |joint |separate |shared |common )?(?:[\w-]+ )?(?:company|firm|business|entity|start-?up)\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
]
# --- partnership family (par16): descriptor lists, joint companies, shared plants ---------------------
# "German utility EnBW and carmakers BMW and Mercedes-Benz": a bare (plural) kind noun after the
# conjunction still joins the next company to the list
LEXICON["coord_np"] += r"|(?:and|as well as)\s+(?:(?-i:[A-Z])[\w.-]+\s+|(?-i:[a-z])[\w-]+\s+)?(?:car|auto|chip|cell|battery|truck)?(?:makers?|manufacturers|producers|suppliers|utilit(?:y|ies)|miners|groups|companies|firms|start-?ups|rivals|partners|developers|giants|operators)"
LEXICON["triggers"].extend([
    # "have agreed to create a joint company": a company formed together is a joint venture
    {"re": r"(?<!not )(?<!n't )(?<!never )(?<!without )\b(?:create|creates|created|creating|form|forms|formed|forming|set up|sets up|setting up|establish|establishes|established|launch|launches|launched)(?: a| an)?(?: new)? joint (?:company|firm|business)\b", "type": "joint_venture", "frame": "SYM", "status": "announced", "conf": 0.8},
    # "the Korvan and Maltrix plant", "the plant of Korvan and Maltrix": one plant of a pair
    {"re": r"\b(?:plant|factory|gigafactory|refinery)(?= of (?-i:[A-Z])[^,;:()]{0,40}? and (?-i:[A-Z]))", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "active", "conf": 0.7},
    # "the plant they are building together", "their joint plant"
    {"re": r"\b(?:plant|factory|gigafactory|refinery) (?:that |which )?they (?:are (?:jointly )?building|build|will build|run|operate|share) (?:together|jointly)\b|\btheir (?:joint|shared) (?:[\w-]+ )?(?:plant|factory|gigafactory|refinery)\b", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.7},
])
LEXICON["triggers"].extend([
    # "is working in North America with Y", "has cooperated in Europe since 2023 with Y": a place or time
    # between the verb of working together and its "with"
    {"re": r"\b(?:collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?)(?= (?:(?:(?:in|across) (?:the )?(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?|(?:since|from) (?:19|20)\d\d|for (?:\w+ )?(?:years|months|decades)|already|also|closely) ){1,3}with\b)", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7},
])
# "a technical partnership ... no joint company was formed", "without forming a joint venture": a venture
# noun denied right before it is no venture of a pair that another trigger ties (also read by the talks
# frame: a purpose denied is not the talks' purpose)
LEXICON["talks_purpose"]["negated"] = r"\b(?:no|not|nor|without|never|neither)\b(?:\s+[\w'’-]+){0,3}\s*$"
# (put first: the partnership triggers of the same verb would otherwise take its words)
LEXICON["triggers"][0:0] = [
    # "A and B join forces to create a new company", "A and B team up, forming Z": an alliance that founds
    # a company is a joint venture
    {"re": r"\b(?:join(?:s|ed|ing)? forces|team(?:s|ed|ing)? up|ally|allied)\b(?=[^.;]{0,12}?\b(?:to (?:create|form|set up|launch)|creating|forming|setting up) (?:a |an )?(?:new )?(?:joint )?(?:company|firm|business|venture)\b)", "type": "joint_venture", "frame": "SYM", "status": "announced", "conf": 0.8},
]
# (put first: "runs ... with" and "together with" would otherwise take the words)
LEXICON["triggers"][0:0] = [
    # "a hydroxide plant that it owns jointly with Y": a plant two companies own or run together is their
    # joint venture
    {"re": r"\b(?:plant|factory|gigafactory|refinery|mine|smelter)\b(?=[^.;]{0,50}?\b(?:owns?|owned|co-owns?|runs?|operates?)\s+(?:jointly|together|equally)\s+with\b)", "type": "joint_venture", "frame": "SYM", "status": "active", "conf": 0.75},
]
LEXICON["triggers"].extend([
    # a licence agreement between two companies is a technology partnership ("signed a licensing deal with Y")
    {"re": r"\b(?:licen[cs]e|licensing|technology[- ]licen[cs]ing) (?:agreements?|deals?|pacts?)\b", "type": "partners_with", "frame": "SYM", "status": None, "conf": 0.7},
])

LEXICON["triggers"].extend([
    # a joint venture told by a relative whose pair agreed or plans to found it ("the joint venture that A
    # and B agreed last year to set up", "the venture A and B plan to launch"): the pair are its parents
    {"re": r"\b(?:joint[- ]venture|JV)(?: that| which)?(?= (?-i:[A-Z])[^,;:()]{0,60}? (?:and|&) [^,;:()]{0,60}? (?:agreed|decided|plan|planned|are planning|intend|want|signed up) (?:\w+ ){0,3}?to (?:set up|form|create|establish|launch|found|build)\b)", "type": "joint_venture", "frame": "JOINT_OWNERS", "status": "announced", "conf": 0.8},
])

LEXICON["triggers"].extend([
    # a partnership verb in a relative of "with" ("Brixo, with which Norvik has been co-developing cells since
    # 2023", "Brixo, with whom it works"): the antecedent works with the relative's subject (read by SYM)
    {"re": r"\b(?:(?:has|have|had) been |has |have |had |will )?(?:co-?develop(?:s|ed|ing)?|cooperat(?:es|ed|ing|e)|collaborat(?:es|ed|ing|e)|works|worked|working|partnered|partnering|jointly develop(?:s|ed|ing)?)\b", "type": "partners_with", "frame": "SYM", "status": "active", "conf": 0.7, "with_relative": True},
])

# a conjunction with any description of the next company, an article and lower-case words before its name
# ("and the chip designer Y", "and its long-time cathode partner Y"; not "and the customers of Y": the
# last word is no preposition), or an agent noun with no article ("and chip designer Y")
LEXICON["coord_np"] += r"|(?:and|as well as)\s+(?:the|fellow)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:subsidiary|subsidiaries|unit|division|parent|owner|affiliate|arm|joint|venture|ventures|JV|consortium|alliance)\b)(?:(?-i:[a-z])[\w'’-]+\s+){0,3}?(?!(?:of|for|with|to|from|by|in|on|at|and|or|between|among|other|new|then|also|same)\s)(?-i:[a-z])[\w-]+|(?:and|as well as)\s+(?:(?-i:[a-z])[\w-]+\s+)?(?-i:[a-z])[\w-]*(?:er|or|ist)"

# "supplies Korvan, but also smaller makers such as Delvo": a kind named before the next company, after
# "but also", as Spanish reads "pero también a fabricantes como"; no verb's preposition in the gap ("but also
# competes with makers like Delvo" is no list)
LEXICON["coord_np"] += r"|,?\s*but\s+also\s+(?:(?!(?:with|against|to|from|for|by)\b)(?-i:[a-z])[\w'’-]*\s+){0,4}?(?:such\s+as|like|including)"

# a press report told by its medium, with words between ("a trade weekly wrote last month that",
# "a report in a business weekly, which said"): what it says is rumoured; the answer to such a report
# ("rejected the story"), or a bare "Nothing." after the interviewer's question, denies it
LEXICON["status"]["rumoured"] += (
    r"|\b(?:a|an|one|several|some|two|three|other) (?:[\w-]+ ){0,3}?(?:newspapers?|dail(?:y|ies)|weekl(?:y|ies)|newsletters?|"
    r"magazines?|papers?|outlets?|publications?|broadcasters?|journals?|trade titles?)\b[^.;:]{0,50}?\b(?:reported|wrote|said|"
    r"claimed|alleged|suggested|speculated)\b"
    r"|\b(?:reports?|articles?|stor(?:y|ies))\b[^.;:]{0,60}?,? (?:which|that) (?:said|claimed|alleged|suggested)\b")
LEXICON["status"]["denied"] += r"|\breject(?:ed|s)? (?:the |that |this )?(?:stor(?:y|ies)|articles?)\b|^\W*(?:nothing|no)\W*$"
# a report called wrong: "The story was simply wrong", "those reports were completely wrong", "the article is incorrect"
LEXICON["status"]["denied"] += (r"|\b(?:stor(?:y|ies)|reports?|articles?|rumou?rs?|speculation|claims?|they|it) (?:is|are|was|were) "
                                r"(?:simply |just |completely |totally |plainly |flatly )?(?:wrong|incorrect)\b")

# a tie told as a past habit ("which used to supply Y", "was supplying Y since 2015"): over now
LEXICON["status"]["ended_imperfect"] = (
    r"\bused to (?:supply|deliver|provide|build|make|assemble|own|control|buy|source)\b"
    r"|\b(?:was|were) (?:supplying|delivering|providing|building|making|assembling)\b[^,;:.]{0,60}?\bsince (?:19|20)\d\d\b")

# first deliveries put off to a year to come ("first deliveries are not expected before 2027", "initial
# shipments are due in 2028"): the deal is signed, the supply not yet running
LEXICON["status"]["starts_later"] += (
    r"|\b(?:first|initial) (?:deliveries|shipments|supplies|volumes)\b(?: [\w-]+){0,3}? (?:(?:are|is|were|was) )?(?:not )?"
    r"(?:expected|due|scheduled|planned|slated) (?:in|for|from|before|until|by) (?:(?:early|late|mid-?|the end of) )?20\d\d\b")

# a contract not extended at its end ("expired and was not extended"): over
LEXICON["status"]["ended"] += r"|\b(?:expired|ran out|lapsed),? and (?:was|were|has not been|had not been) not (?:extended|renewed)\b|\bwas not extended\b"

# a contract or partnership the sentence says came to its end ("the supply contract came to an end", "the
# partnership was wound up")
LEXICON["status"]["ended"] += (
    r"|\b(?:contracts?|agreements?|partnerships?|alliances?|collaborations?|relationships?)\b[^.;:]{0,80}?\b(?:came to an end|(?:was|were) wound up|ran out)\b")
# a holding told in the past in a relative clause ("Kelda, which held about a fifth of Y"): over (not
# "said it held", a reported present)
LEXICON["status"]["ended_imperfect"] += r"|\b(?:which|who|that) (?:then |previously |once |at the time )?(?:held|owned|controlled)\b"

# a plan or deal given up ("gave up its plan for a joint venture with Y", "has given up on the deal"): over,
# as "abandoned its plan"
LEXICON["status"]["ended"] += (
    r"|\bg(?:ave|ives?|iving|iven) up (?:on )?(?:its|the|their|a|an|this|that) (?:[\w-]+ ){0,2}?"
    r"(?:plans?|projects?|bid|offer|deal|venture|joint venture|partnership|alliance|idea|pursuit|talks)\b")

# deliveries that start later, with an aside between the noun and its verb ("the first deliveries to Y, agreed
# in the 2022 contract, will begin in 2028"): a tie still to come
LEXICON["status"]["starts_later"] += (
    r"|\b(?:deliveries|shipments|supplies)\b(?: [\w'’-]+){0,4}?,[^,;:.]{1,90}, (?:will (?:begin|start|commence)|"
    r"(?:are|is) (?:set|due|expected|scheduled|slated|planned) to (?:begin|start|commence)|"
    r"(?:are|is) (?:expected|due|scheduled|planned|slated) (?:in|for|from|by) (?:(?:early|late|mid-?|the end of) )?20\d\d)\b")

# being among a company's owners, as "est au capital de" / "è nel capitale di": "X has been on the share
# register of Y since 2021", "X sits on Y's share register"
LEXICON["triggers"].append(
    {"re": r"\b(?:is|are|was|were|has been|have been|had been|remains?|sits?|sat)\s+(?:(?:also|still|already|now)\s+)?on\s+(?:the\s+share(?:holder)?\s+register\s+of\b|(?=(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}['’]s?\s+share(?:holder)?\s+register\b))", "type": "invests_in", "frame": "INV", "status": "active", "conf": 0.75})
# a report the party will not comment on, or that moves a market, is still a report ("declined to comment on
# reports that ...", "shares rose on reports that ..."); a party that neither confirms nor denies leaves it standing
LEXICON["status"]["rumoured"] += (
    r"|\b(?:declined|refused|did not|didn't|would not|wouldn't|could not|was not available)\s+(?:immediately\s+)?(?:to\s+)?"
    r"(?:(?:comment|respond)\s+(?:on|to)|confirm)\s+(?:the\s+|these\s+|media\s+|press\s+|market\s+)?(?:reports?|rumou?rs?|speculation)\b"
    r"|\b(?:amid|on) (?:media |press |market )?(?:reports?|rumou?rs?|speculation) (?:that|of)\b"
    "|" + NEITHER_NOR_REPORT["en"])
# a contract let expire or made void is over; talks in the progressive are talks; a report rejected is denied
LEXICON["status"]["ended"] += (
    r"|\blet (?:its|the|their|a|an|this|that) (?:[\w'’-]+ ){0,6}?(?:expire|lapse|run out)\b"
    r"|\b(?:became|become|becomes|was declared|were declared|is now|was rendered) (?:null and )?void\b")
LEXICON["status"]["in_talks"] += r"|\b(?:is|are|was|were|been) (?:also |now |already |still )?talking (?:with|to)\b"
LEXICON["status"]["denied"] += r"|\breject(?:ed|s)? an? (?:[\w-]+ ){0,3}?(?:reports?|claims?|rumou?rs?|story|article)\b"
# an answer that opens with "No." or "No," (after a speaker's label: "A: No.") turns down what was asked; "No. 1"
# is a rank; "there was never an offer", "we have never been in talks" deny a reported deal
LEXICON["status"]["answer_no"] = r"^\W*(?:(?-i:[A-Z])[\w.]{0,20}\s*:\s*)?no\b[.!,;](?!\s*\d)"
LEXICON["status"]["denied"] += (
    r"|\bthere (?:was|were|has been|have been|had been) (?:never|no) (?:an? |any )?(?:offer|bid|approach|talks|negotiations)\b"
    r"|\b(?:have|has|had) never been in (?:talks|negotiations|discussions)\b")
# a headline that opens with its source ("Sources: X in talks to buy Y") tells a report
LEXICON["status"]["rumoured"] += r"|^\W*(?:sources?|insiders?|report)\s*:"

# a bare memorandum signed with a partner ("signed a memorandum with Y"; "memorandum of understanding" is read
# already): a partnership, the partner named with "with" a few words after the noun; not one about a supply
# ("a memorandum with Y to explore supply of ...": the supply frames read it)
LEXICON["triggers"].extend([
    {"re": r"\bmemorand(?:um|a|ums)\b(?! of\b)(?=(?: [\w'’-]+){0,3}? with\b)(?![^.;]{0,90}?\b(?:suppl(?:y|ies|ied)|deliver\w*|offtake)\b)", "type": "partners_with", "frame": "SYM", "status": "announced", "conf": 0.7},
])

# deliveries with a time to come and no copula before their participle ("with the first deliveries due next
# year", "shipments expected from 2027"), or a copula and a time that is no year ("deliveries are due later
# this year"): the deal is made, the supply not yet running
LEXICON["status"]["starts_later"] += (
    r"|\b(?:deliveries|shipments)\b(?: [\w-]+){0,3}? (?:(?:are|is) )?(?:due|expected|scheduled|slated|planned) "
    r"(?:to (?:begin|start) )?(?:(?:in|from|by) (?:(?:early|late|mid-?|the end of) )?20\d\d|(?:early |late )?next (?:year|month|quarter|spring|summer|autumn|fall|winter)"
    r"|later this year|(?:in|from) the (?:coming|following) (?:year|months))\b")
