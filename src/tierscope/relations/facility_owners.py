"""Who owns a plant: the company the plant noun belongs to ("the plant of X", "Tesla's plant", "the
plant that X is building"), else the subject of its clause (``_owner``); a name before a building verb
the recognizer missed (``_name_owner``); the company between two plant nouns (``_between_owner``);
the name a joint venture is given (``_jv_named``).
"""

from __future__ import annotations

import re

from . import facility_cues as cues
from .extractor import company_name
from .frames.common import _RELATIVE, _adjacent
from ..scan.prefilter import may_search


_JV = re.compile(r"\bjoint[- ]?venture\b|\bJV\b|\bGemeinschaftsunternehmen\b|\bcoentreprise\b|\bempresa conjunta\b|\bsociet[àa] (?:mista|comune)\b", re.I)


# "those of": "las de CATL", "quelle di X", "celles de X", "those of X" (a genitive, not "from")
_THOSE_OF = re.compile(r"\b(?:l[oa]s|quell[ie]|cel(?:le|ui)s?|ceux|those|die)\s+(?:de|di|of|von)\s*$", re.I)


def _between_owner(text, base, comps, a, b, lex) -> str | None:
    """"X runs a plant in A, while Y builds one in B": the company between two plant nouns, unless
    it is introduced as a recipient, partner or source ("to", "with", "from")."""
    markers = lex.markers.get("recipient", []) + lex.markers.get("with", []) + lex.markers.get("from", [])
    between = [m for m in comps if a <= m.start - base and m.end - base <= b
               and ((text[max(0, m.start - base - 12) : m.start - base].lower().split() or [""])[-1] not in markers
                    or _THOSE_OF.search(text[max(0, m.start - base - 14) : m.start - base]))]
    return company_name(between[-1]) if between else None


_BUILDER = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,2})\s+(?:(?:also|now|will|plans to|aims to|intends to|is to|"
    r"va|vont|prévoit de|compte|entend|wird|will|plant|soll|costruirà|realizzerà|aprirà|intende|prevede di|punta a|"
    r"construirá|levantará|abrirá|prevé|planea|quiere)\s+)?(?:build|construct|open|erect|set up|construire|implanter|ouvrir|"
    r"construira|ouvrira|bauen|errichten|eröffnen|baut|errichtet|costruire|realizzare|aprire|construir|levantar|abrir|"
    r"builds|opens|picks|chooses|selects|choisit|sceglie|elige|wählt|costruirà|realizzerà|aprirà|construirá|levantará|"
    r"abrirá|construira|implantera|ouvrira)\b"
)
_BUILDER_DE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,2})\s+(?:wird|will|soll|plant|möchte|muss)\s+"
    r"(?:\S+\s+){0,7}?(?:bauen|errichten|eröffnen|aufbauen|hochziehen)\b"
)
# a Romance infinitive of building right after the capitalised word, with no verb of intent between:
# no company stands so ("X va construire", "X quiere levantar"); an interview's answer opens with a
# verb of wanting in the first person ("Queremos construir una planta en X", "Vorremmo costruire un
# impianto a X", "Vogliamo costruire"), the name the pattern takes is that verb
_BARE_INFINITIVE = re.compile(r"\s+(?:construire|implanter|ouvrir|costruire|realizzare|aprire|construir|levantar|abrir)")
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|the|a|an|le|la|les|il|lo|el|los|las|un|une|una)\s+$", re.I)


_PRONOUNS = {"it", "they", "we", "he", "she", "this", "that", "these", "those", "esso", "essa", "essi", "es", "sie",
             "er", "wir", "man", "il", "elle", "ils", "elles", "nous", "on", "ella", "ellos", "ellas", "nosotros",
             "company", "group", "firm", "carmaker", "automaker", "government", "management"}


def _name_owner(text: str, base: int, ms) -> str | None:
    """"Le fabricant de batteries Brelix va construire...", "La empresa Vexa levantará...": the name
    before a building verb when the recognizer missed the company."""
    # (each pattern only where the sentence holds one of its building verbs: most hold none, and the
    # patterns try a name at every capital)
    lower = text.lower()
    found = [*(_BUILDER.finditer(text) if may_search(_BUILDER, text, lower) else ()),
             *(_BUILDER_DE.finditer(text) if may_search(_BUILDER_DE, text, lower) else ())]
    if not found:
        return None
    taken = [(m.start - base, m.end - base) for m in ms if m.label in ("PLACE", "PERSON", "DATE", "MONEY", "CAPACITY")]
    for m in found:
        s, e = m.span("name")
        words = m.group("name").split()
        if m.re is _BUILDER_DE or any(w.casefold() in cues.NOT_PLACE for w in words[:-1]):
            words = words[-1:]  # "Der Batteriehersteller Kornex wird ...": the last capitalised word
        name = " ".join(words)
        s = e - len(name)
        if name.casefold() in cues.NOT_PLACE or name.casefold() in _PRONOUNS or any(a < e and s < b for a, b in taken):
            continue
        if _ARTICLE_BEFORE.search(text[max(0, s - 8) : s]):
            continue  # "Das Unternehmen baut": a noun, not a name
        if m.re is _BUILDER and _BARE_INFINITIVE.fullmatch(text, m.end("name"), m.end()):
            continue  # "Queremos construir una planta", "Vorremmo costruire": a verb of wanting, not a name
        return name.rstrip(".,")
    return None


def _jv_named(text: str, base: int, comps) -> str | None:
    """The company the sentence's joint-venture noun names: one beside it, or the venture a noun that
    points back is (``entities/ventures.py``: "La coentreprise" after the story named it)."""
    jv = _JV.search(text)
    if not jv:
        return None
    spans = sorted(((m.start - base, m.end - base, company_name(m)) for m in comps), key=lambda x: x[0])
    for k, (s, e, name) in enumerate(spans):
        if s <= jv.start() < e or (0 <= jv.start() - e <= 24 and _JV_GAP.fullmatch(text[e : jv.start()])) or 0 <= s - jv.end() <= 3:
            return _venture_apposed(text, spans, k, jv.start()) or name
    return None


# a parent in the possessive before the venture noun, set off after the venture's own name: "Kestrel
# Cells Co, Brelix's joint venture with Y": the name before the comma is the venture
_POSSESSIVE_GAP = re.compile(r"\s*['’]s\s+(?:(?:new|first|second|50[:/-]50|battery|cell)\s+){0,2}$", re.I)
_APPOSITION_COMMA = re.compile(r"\s*(?:[A-Z][\w.&-]*\s*)?,\s*")


def _venture_apposed(text: str, spans, k: int, jv_start: int) -> str | None:
    """The venture named before the parent ``spans[k]`` when that parent stands in the possessive
    before the venture noun at ``jv_start`` and after a comma that ends the venture's name; else None."""
    s, e, _ = spans[k]
    if k == 0 or not _POSSESSIVE_GAP.fullmatch(text, e, jv_start):
        return None
    ps, pe, prev = spans[k - 1]
    return prev if _APPOSITION_COMMA.fullmatch(text, pe, s) else None


# between a company and the joint-venture noun that describes it: "Ultium Cells, the joint venture",
# "GM's joint venture", "Cellcentric, die Gemeinschaftsfirma" (not "X and Y create a joint venture")
_JV_GAP = re.compile(
    r"\s*(?:['’]s)?\s*[,(–-]?\s*(?:(?:the|a|an|its|their|new|il|la|le|l['’]|lo|una|un|die|das|der|ein|eine|ihr\w*|sein\w*|"
    r"el|su|sus|sa|son|leur|nuova|neue[nrs]?|nouvelle|nueva|gemeinsame[nrs]?|commune?|comune|50[:/-]50)\s*){0,3}",
    re.I,
)


_GENITIVE_BEFORE = re.compile(r"(?:\b(?:des|of|of the|del|della|dello|dei|degli|du|de la|del grupo|du groupe|des Konzerns|of parent)|\bde l['’])\s*$", re.I)
_OF_OWNER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:of|di|del|della|dello|de|d['’]|du|des|von|der|del grupo|of the)\s*(?:the\s+|la\s+|il\s+|le\s+|el\s+)?", re.I)
# the plant of a unit the sentence names: "the plant of its subsidiary X", "lo stabilimento della
# controllata X", "l'usine de sa filiale X", "la planta de su filial argentina X", "das Werk der Tochter
# X": the unit runs it, not its parent named as the subject
_OF_UNIT = re.compile(
    r"\s*(?:of|di|del|della|dello|de|d['’]|du|des|von|der)\s*(?:(?:its|their|the|sa|son|leur|la|sua|la sua|su|seiner|ihrer|der)\s+)?"
    r"(?:[\w-]+\s+)?(?:subsidiary|unit|affiliate|arm|filiale|controllata|consociata|filial|subsidiaria|"
    r"Tochter(?:gesellschaft|firma|unternehmen)?)(?:\s+(?-i:[a-zà-ÿ][\w-]*))?\s*,?\s*", re.I)
_REL_OWNER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?,?\s*(?:that|which|che|die|das|den|welche[ns]?|que|qu['’])\s*(?P<mid>(?:[\w'’-]+\s+){0,6}?)", re.I)
# a Romance relative clause whose subject follows its verb of building or running: "l'usine que
# construit X", "l'usine qu'exploite X", "la planta que levanta X", "la fábrica que está construyendo
# X", "lo stabilimento che realizzerà X", "la fabbrica che sta costruendo X": the plant is X's
_INVERTED_VERB = re.compile(
    r"(?:(?:va|vont|doit|doivent|compte|comptent|veut|veulent|a|ont|avait|est en train de|prévoit de|"
    r"sta|stanno|ha|hanno|vuole|intende|prevede di|"
    r"está|están|va a|van a|ha|han|quiere|prevé|planea)\s+)?"
    r"(?:construi(?:t|sent|ra|ront|re)|bâti(?:t|ra|r)|érige(?:ra)?|exploite(?:ra|nt|r)?|possède|détient|gère|ouvr(?:e|ira|ir)|"
    r"implante(?:ra|r)?|développe(?:ra|r)?|projette|construite?|ouverte?|"
    r"costruisc[eo]\w*|costruir(?:à|anno|e)|costruendo|costruito|realizz(?:a|ano|erà|eranno|are|ando|ato)|gestisc[eo]\w*|"
    r"possiede|controlla|apr(?:e|irà|ire)|aperto|avvi(?:a|erà|are)|"
    r"constru(?:ye|yen|irá|irán|ir|yendo|ido)|levant(?:a|an|ará|arán|ar|ando|ado)|opera|gestiona|posee|abr(?:e|irá|ir)|abierto|"
    r"erig(?:e|irá|ir))\s+(?:(?:ya|già|déjà|ahora|ora)\s+)?", re.I)
# a verb of belonging or running right before the first company after a plant noun (the gap is the words
# between the two, at most 160 characters)
_BELONGS_TO = re.compile(
    r"\b(?:belongs? to|(?:is |are |was |were )?(?:owned|run|operated|controlled) by|"
    r"appartien(?:t|nent) à|appartenant à|(?:est |sont )?(?:détenue?s?|exploitée?s?|contrôlée?s?) par|"
    r"propiedad de|pertenec(?:e|en|iente) a|(?:es |son )?(?:operad[ao]s?|gestionad[ao]s?|controlad[ao]s?) por|"
    r"appartiene a|appartengono a|di proprietà d(?:i|el|ella)|(?:è |sono )?(?:gestit[oaie]|controllat[oaie]) da|"
    r"geh(?:ört|ören)(?: zu)?|(?:wird|werden) von)\s+(?:(?:the|la|le|les|el|los|il|lo|l['’]|der|dem|den|des|zur|zum)\s*)?$",
    re.I)
_ARTICLE = re.compile(r"the|la|il|lo|l['’]|el|le|der|die|das|its|il gruppo|el grupo|le groupe|der Konzern", re.I)
_GROUPISH = re.compile(r"\b(?:group|grupo|gruppo|groupe|Konzerns?|subsidiary|unit|filial|filiale|controllata|Tochter)\b", re.I)


# "owned by", "controllata da", "gehört zu", "filiale de": the owner named inside an apposition
_AGENT_BEFORE = re.compile(r"\b(?:of|by|da|dal|dalla|dallo|di|del|della|von|vom|zu|der|des|de|du|par|por)\s+$", re.I)
# the same with a group word and a qualifier between: "of India's ", "del gruppo statunitense ",
# "dalla cinese ", "du groupe indien ", "des indischen Mischkonzerns ", "de la francesa "
_AGENT_QUALIFIED = re.compile(
    r"\b(?:of|by|da|dal|dalla|dallo|di|del|della|von|vom|zu|der|des|de|du|par|por)\s+(?:(?:the|la|le|il|el|l['’])\s*)?"
    r"(?:(?:group|gruppo|grupo|groupe|holding|conglomerate|conglomerato|conglomerado|conglomérat)\s+)?"
    r"(?:[A-Z][\w-]*['’]s|(?-i:[a-zà-ÿß][\w-]*))\s+(?:[\w-]*(?:konzerns?|gruppe|holding)\s+)?$", re.I)


_POSSESSIVE = re.compile(
    r"\b(?:its|their|son|sa|ses|leur|leurs|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|suo|sua|suoi|sue|loro|su|sus)\s+(?:[\w-]+\s+){0,2}$", re.I)
_RELATIVE_POSSESSIVE = re.compile(r"\b(?:whose|deren|dessen|dont|cuy[oa]s?|(?:il|la|i|le) cui)\s+(?:[\w-]+\s+){0,2}$", re.I)
_COMMA_ONLY = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,?\s*")
# where a clause with a subject of its own starts: "BASF cut its outlook and confirmed that its plant"
# (a colon too: "X and Y are partners of Z in two ventures: V, held by Y and Z, opened its plant in W")
# (and a comma with a conjunction before a name, a new subject: "A takes cells from Z, and B has agreed
# the same for its plant in W"; not before a verb: "A supplies X, et livre Y depuis son usine" is A's)
_CLAUSE_START = re.compile(r"\b(?:that|que|qu['’]|dass|che|while|whereas|während|tandis que|alors que|mentre|mientras)\b|[;:]"
                           r"|,\s*(?:and|but|et|mais|e|ed|ma|y|pero|und|aber)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.I)
# between a company and a company named inside its apposition: "Agratas, the battery unit of ",
# "Agratas, la società delle celle controllata dalla holding ", "Cellforce, die Batterietochter von "
# a participle of holding or founding that opens an apposition without an article, its holder after
# it: "X, controlled by Y, builds", "X, controllata da Y, sta realizzando", "X, détenue par Y,
# construit", "X, participada por Y, levanta", "X, kontrolliert von Y, baut": the plant is X's
_HELD_BY = (
    r"(?:(?:majority|minority|wholly|jointly|partly|part|fully)[- ])?(?:owned|controlled|held|backed|founded|formed|set up|created|acquired|bought)"
    r"|controllat[aoie]|partecipat[aoie]|detenut[aoie]|possedut[aoie]|fondat[aoie]|costituit[aoie]|creat[aoie]|acquisit[aoie]|rilevat[aoie]|sostenut[aoie]"
    r"|contrôlée?s?|détenue?s?|possédée?s?|fondée?s?|créée?s?|rachetée?s?|soutenue?s?|adossée?s?|filiale"
    r"|controlad[oa]s?|participad[oa]s?|propiedad|fundad[oa]s?|cread[oa]s?|adquirid[oa]s?|respaldad[oa]s?|perteneciente"
    r"|kontrolliert|gegründet|übernommen|getragen|unterstützt|gehalten")
_APPOSITION_OPEN = re.compile(r",\s*(?:(?:the|a|an|la|il|lo|l['’]|el|le|die|der|das|une?|una?|ein\w*)\b|"
                             rf"(?:{_HELD_BY})\s)[^,;()]*", re.I)


# a preposition of origin between a company and the plant noun a few words on: the goods come from the
# plant to that company, which buys them and does not own the noun ("supplies cells to X from a plant
# it is building", "consegna celle a X da uno stabilimento", "livre X depuis une usine", "suministra a
# X desde una planta", "beliefert X aus einem Werk"); the owner is then the clause's subject
# (``_subject_before``). ("for", "per", "pour", "para", "für" name the plant the goods go to: the
# company before it may well own it.)
# (an article or a possessive after the preposition: "Elbcell aus Stade baut seine Fabrik", "X from
# Ashby opens its plant" name where a company comes from, not a plant goods come from)
_FROM_GAP = re.compile(
    r"\s*(?:(?:from|out of)\s+(?:a|an|the|its|their|his|her)\s|da\s+(?:un|uno|una|un['’]|il|lo|la|i|gli|le|suo|sua|suoi|sue|loro)\s*"
    r"|(?:dal|dallo|dalla|dai|dagli|dalle)\s|dall['’]"
    r"|depuis\s+(?:un|une|la|le|les|l['’]|son|sa|ses|leur|leurs)\s*|desde\s+(?:un|una|el|la|los|las|su|sus)\s"
    r"|aus\s+(?:einem|einer|dem|der|den|seinem|seiner|seinen|ihrem|ihrer|ihren)\s)", re.I)


def _from_plant(text: str, s: int, e: int, n0: int) -> bool:
    """Whether the company at ``s``..``e`` is followed by a preposition of origin and at most three
    words before the plant noun at ``n0`` ("Brelix from a new plant", "Brelix aus einem neuen Werk"),
    and is the buyer there, not the one that delivers (``_DELIVERER_BEFORE``)."""
    return _from_gap(text, e, n0) and not _DELIVERER_BEFORE.search(text, max(0, s - 40), s)


def _from_gap(text: str, e: int, n0: int) -> bool:
    m = _FROM_GAP.match(text, e, n0)
    return m is not None and _SHORT_GAP.fullmatch(text, m.end(), n0) is not None


def _delivers_from(text: str, s: int, e: int, n0: int) -> bool:
    """Whether the company at ``s``..``e`` delivers from the plant noun at ``n0`` ("supplied by X from
    its plant", "que lui livre X depuis son usine"): the plant is its own."""
    return _from_gap(text, e, n0) and _DELIVERER_BEFORE.search(text, max(0, s - 40), s) is not None


# what makes the company before "from a plant" the one that delivers, whose plant it is: the agent of
# a passive or of a noun ("supplied by X from its plant", "suministradas por X desde su planta",
# "livrées par X depuis", "fornite da X dal suo stabilimento", "bezieht ... von X aus dem Werk") or the
# subject a Romance relative puts after its verb ("les cellules que lui fournit X depuis son usine",
# "las celdas que le suministra X desde sus plantas", "le celle che gli fornisce X dallo stabilimento")
_DELIVERER_BEFORE = re.compile(
    r"(?:\b(?:by|por|par|da|dalla|dal|dallo|dai|dagli|dalle|von|vom)\s+(?:(?:the|la|el|los|las|le|les|der|dem|den)\s+)?"
    r"(?:(?-i:[a-zà-ÿ][\w-]*)\s+)?"
    r"|\b(?:que|qu['’]|che|cui)\s*(?:(?:lui|leur|le|la|les|les|se|si|gli|ci|ne|y|en|nous|vous|nos|os)\s+)*"
    r"(?:(?:a|ha|hanno|han|ont|avait)\s+)?(?-i:[a-zà-ÿ][\w'’-]*)\s+)$", re.I)


_SHORT_GAP = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}")


def _agent(text: str, s: int) -> bool:
    """Whether the company at ``s`` is introduced as an owner or maker ("of", "by", "di", "von"...)."""
    return bool(_AGENT_BEFORE.search(text[max(0, s - 12) : s]) or _AGENT_QUALIFIED.search(text[max(0, s - 48) : s]))


def _in_apposition(text: str, left, k: int) -> bool:
    """Whether company ``k`` of ``left`` is named inside the apposition of a company before it."""
    return any(_APPOSITION_OPEN.fullmatch(text[left[j][1] : left[k][0]]) for j in range(k))


def _owner(text, base, comps, n0, n1, lex) -> str | None:
    if not comps:
        return None
    if ";" in text:
        # "X has cut shifts; Y, formed with Z, started production at its plant in W; ...": a clause
        # between semicolons has its own subject, when it names a company
        a = text.rfind(";", 0, n0) + 1
        b = text.find(";", n1)
        b = len(text) if b < 0 else b
        inside = [m for m in comps if a <= m.start - base and m.end - base <= b]
        if inside and len(inside) < len(comps):
            return _owner(" " * a + text[a:b] + " " * (len(text) - b), base, inside, n0, n1, lex)
    spans = sorted(((m.start - base, m.end - base, company_name(m)) for m in comps), key=lambda x: x[0])
    rp = _RELATIVE_POSSESSIVE.search(text, max(0, n0 - 30), n0)
    if rp:
        # "la empresa conjunta X, cuya primera planta", "das Gemeinschaftsunternehmen X, dessen erstes
        # Werk", "X, dont la première usine": the company the relative pronoun follows, whoever the
        # clause before named first
        ante = [x for x in spans if x[1] <= rp.start() and _COMMA_ONLY.fullmatch(text[x[1] : rp.start()])]
        if ante:
            # (not a company named in another's apposition: "Agratas, the battery business of India's
            # Tata Sons, whose gigafactory ..." is Agratas's)
            left = [x for x in spans if x[1] <= ante[-1][1]]
            k = len(left) - 1
            while k > 0 and _agent(text, left[k][0]) and _in_apposition(text, left, k):
                k -= 1
            return left[k][2]
    jv = _JV.search(text)
    if jv and any(s <= jv.start() < e for s, e, _ in spans):
        jv = None  # "La coentreprise [a venture named before] est en discussions avec Y, qui construit une usine": a name
    if jv:
        # "Ultium Cells, the joint venture of GM and LG" / "the joint venture Ultium Cells"
        for k, (s, e, name) in enumerate(spans):
            if 0 <= jv.start() - e <= 12 or 0 <= s - jv.end() <= 3:
                return _venture_apposed(text, spans, k, jv.start()) or name
        named = _jv_apposition(text, spans, jv.end())
        return named or spans[0][2]
    right = [x for x in spans if x[0] >= n1]
    if right:
        s, e, name = right[0]
        gap = text[n1:s]
        # "la gigafactory di FIB", "l'usine d'ACC", "das Werk von CATL", "the plant of X"
        if _OF_OWNER.fullmatch(gap) or _OF_UNIT.fullmatch(gap):
            return name
        # "la fábrica que BYD está construyendo", "the plant that Rivian is building",
        # "das Werk, das BMW baut", "la gigafactoría que la filial del grupo X construye"
        rel = _REL_OWNER.fullmatch(gap)
        if rel and (not rel.group("mid").strip() or _ARTICLE.fullmatch(rel.group("mid").strip())
                    or _GROUPISH.search(rel.group("mid")) or _INVERTED_VERB.fullmatch(rel.group("mid"))):
            return name
        # "L'usine de X, d'une capacité de 16 GWh, appartient à Y", "the plant, which opened in 2022,
        # is owned by Y", "la fábrica de X, propiedad de Y": the verb of belonging names the owner
        if len(gap) <= 160 and _BELONGS_TO.search(gap):
            return name
    left = [x for x in spans if x[1] <= n0]
    if left:
        s, e, name = left[-1]
        gap = text[e:n0]
        possessive = _POSSESSIVE.search(text[max(0, n0 - 30) : n0])
        if _adjacent(text, e, n0) and not possessive and not _from_plant(text, s, e, n0):  # "Tesla's plant", "the CATL plant"
            return name
        if _RELATIVE.match(re.sub(r"^-\w+", "", gap).lstrip(" ,")):  # "Tata-Konzerns, die ..."
            # "ACC, which opened its first factory"; "Agratas, the battery arm of Tata, which builds
            # a plant": a company in the genitive is not what the relative clause is about
            k = len(left) - 1
            # (nor one named inside another's apposition: "Agratas, la società controllata da Tata
            # Sons, che sta costruendo ..." builds as Agratas)
            while k > 0 and (_GENITIVE_BEFORE.search(text[max(0, left[k][0] - 16) : left[k][0]]) or (
                    _agent(text, left[k][0]) and _in_apposition(text, left, k))):
                k -= 1
            return left[k][2]
        return _subject_before(text, left, n0, lex, possessive is not None)
    right = [x for x in spans if x[0] >= n1]
    if right:
        s, e, name = right[0]
        # (not a company the plant works for or with: "Its factory has made cells for X since 2023":
        # the owner is the one "its" stands for)
        markers = lex.markers.get("recipient", []) + lex.markers.get("with", [])
        if s - n1 <= 40 and (text[max(0, s - 12) : s].lower().split() or [""])[-1] not in markers:
            return name
    return None


# "its joint venture with X, Y, runs ...", "la coentreprise avec X, Y, ...": the partner, then the
# venture's own name between commas
_JV_WITH = re.compile(r"\s+(?:with|con|mit|avec|tra|entre|zwischen)\s+$", re.I)
_APPOSED = re.compile(r"\s*,\s*(?:(?:the|la|il|le|el|die|das|der)\s+)?$", re.I)


def _jv_apposition(text, spans, jv_end) -> str | None:
    """The name set off by commas right after the partner a joint-venture noun is "with"."""
    for (s, e, _), (s2, e2, name2) in zip(spans, spans[1:]):
        if s < jv_end or not _JV_WITH.fullmatch(text[jv_end:s]):
            continue
        if _APPOSED.fullmatch(text[e:s2]) and re.match(r"\s*[,(]", text[e2:]):
            return name2
        return None
    return None


# a relative clause set off by commas right after a company, about a holder or owner of it: "X, in which
# Y holds a quarter of the shares, operates ...", "X, dont Y est actionnaire, prépare ...", "X, di cui Y
# detiene il 30%, costruisce ...", "X, an dem Y beteiligt ist, baut ...", "X, en la que Y tiene el 20%,
# levanta ...": Y is named inside the aside; the main clause's subject is X
_RELATIVE_ASIDE = re.compile(
    r"\s*,\s*(?:in which|of which|which|that|whose|dont|qui|que|auquel|à laquelle|dans laquelle|dans lequel|in cui|di cui|che|"
    r"del quale|della quale|nella quale|an dem|an der|bei dem|bei der|in dem|in der|zu dem|zu der|die|der|das|deren|dessen|"
    r"en la que|en el que|de la que|del que|la cual|el cual|cuy[oa]s?)\b[^,;()]*$", re.I)


def _in_relative_aside(text: str, left, k: int, n0: int) -> bool:
    """Whether company ``k`` of ``left`` is named inside a relative clause that opens right after an
    earlier company and closes with a comma before the plant noun at ``n0``."""
    if k == 0 or "," not in text[left[k][1] : n0]:
        return False
    return any(_RELATIVE_ASIDE.fullmatch(text, left[j][1], left[k][0]) for j in range(k))


def _subject_before(text, left, n0, lex, possessive: bool) -> str:
    """The subject of the clause of the plant noun at ``n0`` among the companies ``left`` of it: the
    nearest one that is not introduced by a preposition such as "for", "to", "with", nor said in
    another company's apposition ("Agratas, the battery unit of Tata Sons, is building ...")."""
    heads = [x for k, x in enumerate(left) if not _in_apposition(text, left, k) and not _in_relative_aside(text, left, k, n0)]
    if _RELATIVE_POSSESSIVE.search(text[max(0, n0 - 30) : n0]):
        return heads[-1][2]  # "mit PowerCo, der Tochter von VW, über deren Zellfabrik": the nearest head
    markers = lex.markers.get("recipient", []) + lex.markers.get("with", []) + lex.markers.get("report", [])
    subjects = [x for x in heads if (text[max(0, x[0] - 12) : x[0]].lower().split() or [""])[-1] not in markers
                and not _from_plant(text, x[0], x[1], n0)]
    if not subjects:
        return left[0][2]
    named = [x for x in subjects if _delivers_from(text, x[0], x[1], n0)]
    if named:
        return named[-1][2]  # "fournies par X depuis son usine": X's, not the clause subject's
    if possessive:
        # "CATL approvisionnera Ampere depuis son usine de Debrecen": the possessive is the subject's,
        # the first company of the nearest clause that names one, not the nearest company
        cuts = [0] + [x.end() for x in _CLAUSE_START.finditer(text, 0, n0)]
        for cut in reversed(cuts):
            here = [x for x in subjects if x[0] >= cut]
            if here:
                return here[0][2]
    return subjects[-1][2]


# a parent that runs a plant through a subsidiary it names: "through its subsidiary X", "par
# l'intermédiaire de sa filiale X", "über seine Tochter X", "tramite la controllata X", "a través
# de su filial X"; at most two words (an adjective, a nationality) between the noun and the name
_THROUGH_SUBSIDIARY = re.compile(
    r"\b(?:through|via|by way of)\s+(?:its|their|the|a)\s+(?:\w+\s+)?(?:subsidiary|unit|affiliate|arm)"
    r"|\b(?:par l['’]intermédiaire de|via|à travers|par le biais de)\s+(?:sa|leur|la)\s+(?:\w+\s+)?filiale"
    r"|\büber\s+(?:seine|ihre|die)\s+(?:\w+\s+)?Tochter(?:gesellschaft|firma|unternehmen)?"
    r"|\b(?:tramite|attraverso|per mezzo di)\s+(?:la|sua|la sua)\s+(?:\w+\s+)?(?:controllata|filiale|consociata)"
    r"|\b(?:a través de|mediante|por medio de)\s+(?:su|la)\s+(?:\w+\s+)?(?:filial|subsidiaria)",
    re.I,
)
_SUBSIDIARY_LITERALS = ("subsidiar", "unit", "affiliate", "arm", "filial", "tochter", "controllata", "consociata")


def _through_subsidiary(text: str, base: int, comps) -> str | None:
    """The subsidiary a sentence says its plant is run through ("Eramet exploite l'usine par
    l'intermédiaire de sa filiale Eramine": Eramine), or None."""
    lower = text.lower()
    if not any(w in lower for w in _SUBSIDIARY_LITERALS):
        return None
    m = _THROUGH_SUBSIDIARY.search(text)
    if m is None:
        return None
    for c in comps:
        gap = text[m.end() : c.start - base]
        if c.start - base >= m.end() and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}?", gap):
            return company_name(c)
    return None
