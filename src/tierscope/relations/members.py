"""Customers, suppliers, shareholders, units and partners listed in the sentence after the one that
names their company, which the list names no more.

    "Verkor raised 2 billion euros. Among its shareholders are Eurazeo and Kirkbi."
    "Stegra a levé 2 milliards. Parmi ses actionnaires figurent Altor et Kirkbi."
    "Infineon bezieht die Scheiben von mehreren Lieferanten. Dazu zählen Wolfspeed und SICC."
    "Il gruppo vende in tutta Europa. Tra i suoi clienti ci sono Renault e Stellantis."
    "Gestamp fabrica en 20 países. Entre sus clientes figuran Ford y Renault."

A sentence that opens with a possessive and a role noun ("its customers", "ses actionnaires",
"seinen Kunden", "i suoi clienti", "sus clientes"), or with "among them" ("Dazu zählen", "Tra
questi", "Parmi eux", "Entre ellos") after a sentence with a role noun, lists companies of that
role for the company of the sentence before: the only company it names, or the one it opens with.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .clauses import CONTRAST_BREAK
from .engine import company_name as _name
from .products import products_in

__all__ = ["later_sentences", "listed_members", "named_companies", "owner_before", "ties_to_listed"]

# Role nouns, plural and singular, and what a company listed under them is to the owner of the list.
_ROLES = {
    "en": {"customer": "customers?|clients?|buyers?", "supplier": "suppliers?|vendors?",
           "shareholder": "shareholders?|investors?|backers?", "unit": "subsidiaries|subsidiary",
           "partner": "partners?"},
    "it": {"customer": "clienti|cliente", "supplier": "fornitori|fornitore",
           "shareholder": "azionisti|azionista|soci|socio|investitori", "unit": "controllate", "partner": "partner"},
    "de": {"customer": "(?:Haupt|Groß|Anker)?(?:kunden?|abnehmern?)", "supplier": "Lieferant(?:en)?|Zulieferern?",
           "shareholder": "Aktionär(?:e|en)?|Anteilseignern?|Investor(?:en)?|Geldgebern?",
           "unit": "Töchtern?|Tochtergesellschaften", "partner": "Partnern?"},
    "fr": {"customer": "clients?", "supplier": "fournisseurs?", "shareholder": "actionnaires?|investisseurs",
           "unit": "filiales", "partner": "partenaires?"},
    "es": {"customer": "clientes?", "supplier": "proveedores|proveedor", "shareholder": "accionistas?|inversores",
           "unit": "filiales", "partner": "socios?"},
}
_ADJ = {
    "en": r"(?:(?:main|biggest|largest|key|other|existing|new|current|first|major|top)\s+)*",
    "it": r"(?:(?:principali|principale|maggiori|maggiore|nuovi|nuovo|altri|primi|primo|grandi|più\s+grande|unico|storico)\s+)*",
    "de": r"(?:(?:wichtigste[nr]?|größte[nr]?|neuen|bisherigen|erste[nr]?|großen|einzige[nr]?)\s+)*",
    "fr": r"(?:(?:principaux|principale?s?|grands|nouveaux|autres|premiers?|première?s?|plus gros|plus grands?|seul|unique)\s+)*",
    "es": r"(?:(?:principales|principal|nuevos|nuevo|grandes|gran|mayor|primeros|primer|otros|único)\s+)*",
}
# A sentence that opens with the possessive of the company before: "Among its customers", "Ses clients".
_POSSESSIVE = {
    "en": r"(?:among\s+)?its\s+",
    "it": r"(?:(?:tra|fra)\s+)?(?:i|gli|il|lo)\s+su(?:oi|o)\s+",
    # (German also without a possessive: "Zu den Kunden zählen", "Größter Aktionär ist")
    # ("Erster Kunde ist", "Hauptkunde ist": a first or main customer needs no possessive either)
    "de": r"(?:(?:zu\s+)?(?:seinen|seine|seiner|sein|ihren|ihre|ihrer|ihr)\s+|zu\s+den\s+|(?=(?:größte[rn]?|wichtigste[rn]?|einzige[rn]?|erste[rn]?)\s)|(?=(?:Haupt|Groß|Anker)(?:kunde|abnehmer)))",
    "fr": r"(?:parmi\s+)?(?:ses|son|sa)\s+",
    "es": r"(?:entre\s+)?(?:sus|su)\s+",
}
# A list that opens the sentence and is placed among the role of the company before, by a verb and a
# possessive: "Ford and Kia are among its customers", "zählen zu seinen Kunden", "font partie de ses clients".
_TAIL = {
    "en": r"\s+(?:(?:are|is|were|was|remain|remains|rank|ranks|count|counts)\s+(?:also\s+|now\s+|still\s+)?(?:among|one\s+of)|(?:is|was|remains|are|were|remain|has\s+been|have\s+been|had\s+been|will\s+be|became|becomes)(?:\s+(?:also|now|still|long))?)\s+its\s+",
    "de": r"\s+(?:(?:gehören|gehört|zählen|zählt|gehörten|gehörte|zählten|zählte)\s+(?:auch\s+|ebenfalls\s+|bereits\s+)?zu\s+(?:seinen|ihren|den)"
          # "Die Y AG ist ihr größter Kunde", "Y ist einer seiner Lieferanten": one company, a copula
          r"|(?:ist|war|bleibt|wird)\s+(?:auch\s+|bereits\s+|inzwischen\s+|weiterhin\s+)?(?:sein|seine|ihr|ihre|einer\s+(?:seiner|ihrer))(?=\s+(?-i:[A-Zäöü]|wichtigste|größte|einzige|erste)))\s+",
    "fr": r"\s+(?:(?:font|fait|faisaient|faisait|comptent|compte|figurent|figure|sont|est)\s+(?:aussi\s+|également\s+|déjà\s+)?(?:partie\s+de\s+|parmi\s+|l['’]une?\s+de\s+)(?:ses|les)"
          # "Y est son principal client", "Y reste son partenaire": one company, a copula, the possessive
          r"|(?:est|était|sera|reste|demeure|a\s+été|devient|est\s+devenu|est\s+devenue)\s+(?:aussi\s+|également\s+|déjà\s+|désormais\s+|toujours\s+)?(?:son|sa))\s+",
    # "Y è il suo principale cliente", "Y è tra i suoi fornitori", "Y è uno dei suoi clienti"
    "it": r"\s+(?:è|era|sarà|resta|rimane|è\s+stat[oa]|sono|erano|restano|rimangono|figura|figurano)\s+(?:anche\s+|già\s+|ora\s+|ancora\s+|oggi\s+)?"
          r"(?:(?:tra|fra)\s+i\s+suoi|(?:il|lo)\s+suo|uno\s+dei\s+suoi|una\s+delle\s+sue)\s+",
    # "Y es su principal cliente", "Y figura entre sus proveedores", "Y es uno de sus clientes"
    "es": r"\s+(?:es|era|será|fue|sigue\s+siendo|ha\s+sido|son|eran|figura|figuran|está|están)\s+(?:también\s+|ya\s+|hoy\s+|además\s+)?"
          r"(?:entre\s+sus|su|uno\s+de\s+sus|una\s+de\s+sus)\s+",
}
# "Among them": the list goes on from a role noun of the sentence before.
_AMONG = {
    "en": r"(?:among them|these include|they include)\b",
    "it": r"(?:tra|fra) (?:questi|queste|loro|cui)\b",
    "de": r"(?:dazu|zu ihnen) (?:zählen|zählt|gehören|gehört|zählten|gehörten)\b",
    "fr": r"parmi (?:eux|elles|ceux-ci|celles-ci|lesquels|lesquelles)\b",
    "es": r"entre (?:ellos|ellas|estos|estas)\b",
}


def _role_alt(lang: str) -> str:
    return "|".join(f"(?P<{k}>{v})" for k, v in _ROLES[lang].items())


_OPEN = {lang: re.compile(rf"\s*{_POSSESSIVE[lang]}{_ADJ[lang]}(?:{_role_alt(lang)})\b", re.IGNORECASE) for lang in _ROLES}
#: a list of shareholders told by the possessive of "capital" before it ("En su capital participan A y B",
#: "Nel suo capitale sono entrati A e B", "On retrouve à son capital A et B", "Its capital is held by A and
#: B", "An seinem Kapital sind A und B beteiligt"), maybe after one holder named apart ("Outre A, on retrouve
#: à son capital B et C"): the holders of the company of the sentence before, as "Its shareholders are"
_BESIDES = {"en": r"besides", "fr": r"outre", "it": r"oltre\s+a", "es": r"además\s+de", "de": r"neben"}
_CAPITAL = {
    "en": r"its\s+(?:share\s+)?capital\s+(?:is|was)\s+(?:now\s+|also\s+)?(?:held|shared)\s+(?:by|between)",
    "fr": r"(?:on\s+(?:re)?trouve\s+(?:aussi\s+|également\s+)?(?:à|dans)\s+son\s+capital|(?:à|dans)\s+son\s+capital\s*,?\s*(?:figurent|siègent|on\s+(?:re)?trouve))",
    "it": r"nel\s+suo\s+(?:capitale|azionariato)\s+(?:sono\s+(?:già\s+|anche\s+)?entrat[ie]|figurano|ci\s+sono|sono\s+presenti|entrano|siedono)",
    "es": r"en\s+su\s+(?:capital|accionariado)\s+(?:participan|figuran|están|entraron|han\s+entrado|entran|se\s+encuentran)",
    "de": r"an\s+(?:seinem|ihrem)\s+(?:Grund|Stamm)?[Kk]apital\s+(?:sind|waren)",
}
_CAPITAL_OPEN = {
    lang: re.compile(rf"\s*(?:{_BESIDES[lang]}\s+[^,;:]{{1,40}},\s+)?(?P<shareholder>{rx})(?=\s)", re.IGNORECASE)
    for lang, rx in _CAPITAL.items()
}
#: the first person of an interview's answers ("Our customers include", "Nos actionnaires historiques, A, B
#: et C, suivent", "Tra i nostri clienti"): the possessive word is itself a mention of the interviewee's
#: company (entities/interview.py), which owns the list; the company of the sentence before plays no part
_OUR = {
    "en": r"(?:among\s+)?our\s+",
    "it": r"(?:(?:tra|fra)\s+)?(?:i|gli|il|lo)\s+nostr[oi]\s+",
    "de": r"(?:zu\s+)?unser(?:e|en|er)?\s+",
    "fr": r"(?:parmi\s+)?(?:nos|notre)\s+",
    "es": r"(?:entre\s+)?(?:nuestros|nuestro)\s+",
}
#: (an answer may open with a dash or a quote: "—Nuestros clientes", "«I nostri clienti")
_OUR_OPEN = {lang: re.compile(rf"[\s—–«»\"“”-]*{_OUR[lang]}{_ADJ[lang]}(?:{_role_alt(lang)})\b", re.IGNORECASE) for lang in _ROLES}
#: a first or main customer with a definite article and a copula needs no possessive either (German has it
#: in _POSSESSIVE): "The first customer was X", "Il primo cliente industriale è stato X", "Le premier client
#: sera X", "El principal cliente es X"
_RANKED = {
    "en": (r"the\s+(?:first|main|biggest|largest|only)", r"(?:is|was|will\s+be|has\s+been|remains)"),
    "it": (r"il\s+(?:primo|principale|maggiore|più\s+grande|solo|unico)", r"(?:è\s+stat[oa]|è|sarà|fu|resta|rimane)"),
    "fr": (r"le\s+(?:premier|principal|plus\s+gros|plus\s+grand|seul)", r"(?:est|sera|a\s+été|fut|reste)"),
    "es": (r"el\s+(?:primer|principal|mayor|único)", r"(?:es|será|fue|ha\s+sido|sigue\s+siendo)"),
}
#: the Romance languages put the rank after the noun as often: "Il cliente principale è X", "Le client principal
#: est X", "El cliente principal es X"; a time may open the sentence ("Oggi il cliente principale è X")
_RANKED_AFTER = {
    "it": (r"il", r"(?:principale|più\s+importante|maggiore)"),
    "fr": (r"le", r"(?:principal|plus\s+important)"),
    "es": (r"el", r"(?:principal|más\s+importante)"),
}
_NOW = r"(?:(?:oggi|ora|attualmente|today|now|currently|aujourd['’]hui|actuellement|hoy|actualmente)\s*,?\s+)?"
_RANKED_OPEN = {
    lang: re.compile(rf"\s*{_NOW}(?:{art}"
                     + (rf"|{_RANKED_AFTER[lang][0]}(?=\s+\w+\s+{_RANKED_AFTER[lang][1]}\s)" if lang in _RANKED_AFTER else "")
                     + rf")\s+(?:{_role_alt(lang)})(?:\s+(?:più\s+|plus\s+|más\s+)?(?-i:[a-zà-öø-ÿ][\w-]*))?\s+{cop}(?=\s)",
                     re.IGNORECASE)
    for lang, (art, cop) in _RANKED.items()
}
#: German: a role named by its goods, then a copula: "Lieferant der Zellen ist X", "Abnehmer der Batterien
#: sind X und Y" (the goods a product of the lexicon; the owner is the company of the sentence before)
_DE_GOODS_ROLE = re.compile(
    r"\s*(?:Einziger\s+|Wichtigster\s+|Größter\s+)?(?:(?P<supplier>(?:Haupt)?(?:Lieferant|Zulieferer))|(?P<customer>(?:Haupt)?Abnehmer))"
    r"\s+(?:der|des)\s+(?P<goods>[\w-]+)(?=\s+(?:ist|sind|wird|werden|war|waren|bleibt)\s)")
_OF_AFTER = re.compile(r"\s+(?:of|von|vom|des|der|de|du|d['’])\b", re.IGNORECASE)
_TAIL_RX = {lang: re.compile(rf"{rx}{_ADJ[lang]}(?:{_role_alt(lang)})\b", re.IGNORECASE) for lang, rx in _TAIL.items()}
_AMONG_RX = {lang: re.compile(rf"\s*{rx}", re.IGNORECASE) for lang, rx in _AMONG.items()}
_ROLE_RX = {lang: re.compile(rf"\b(?:{_role_alt(lang)})\b", re.IGNORECASE) for lang in _ROLES}


def _role(m: re.Match) -> str:
    return next(k for k, v in m.groupdict().items() if v)


def _owner(doc: Document, prev, comps: list[Mention]) -> str | None:
    """The company a sentence is about: its only company, or the one it opens with."""
    names = list(dict.fromkeys(_name(c) for c in comps))
    if len(names) == 1:
        return names[0]
    if comps and len(doc.text[prev.start : comps[0].start].split()) <= 3:
        if len(comps) > 1 and _JOINED.fullmatch(doc.text, comps[0].end, comps[1].start):
            return None  # "A and B compete in Europe. Its customers": whose?
        return _name(comps[0])
    return None


#: between two members of one list: a conjunction, and a description of the next at most ("sowie
#: die chinesischen Anbieter SICC", "and the Korean cell maker SK On")
#: or a comma and lower-case words of a description ("il fondo Altor, il gruppo Elkem e Norsk Hydro"); not
#: an apposition of ownership (", owned by Y", ", a unit of Y")
_LIST_GAP = re.compile(r"\s*(?:,(?:\s+(?!(?:according|said|says|told|to|as|per|selon|secondo|según|laut|sagte|which|who|che|qui|que|dont|cui|ha|has|is|est|è|es|ist|y|e|et|and|und|owned|controlled|held|of|by|from|with|di|da|de|von|par|por|con|une|un|una|ein|eine|filiale|unit|subsidiary|controllata|filial|tochter)\b)(?-i:[a-zà-öø-ÿ][\w'’-]*)){0,3}|,?\s*(?:and|und|sowie|et|ainsi que|as well as|e|y)\b(?:\s+[^\W\d][\w-]*){0,4})?\s*", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|&|and|und|e|ed|et|y|or|oder|o|ou)?\s*", re.IGNORECASE)


#: words of a role noun, a cheap test before the tail pattern is searched
_ROLE_STEMS = {
    "en": ("custom", "client", "buyer", "supplier", "vendor", "sharehold", "investor", "backer", "subsidiar", "partner"),
    "de": ("kunde", "abnehmer", "lieferant", "aktionär", "anteilseigner", "investor", "geldgeber", "tochter", "partner"),
    "fr": ("client", "fournisseur", "actionnaire", "investisseur", "filiale", "partenaire"),
    "it": ("client", "fornitor", "azionist", "soci", "investitor", "controllat", "partner"),
    "es": ("client", "proveedor", "accionist", "inversor", "filial", "socio"),
}


def _tail(doc: Document, sent, text: str, comps: list[Mention], language: str):
    """"Ford and Kia are among its customers": the companies that open the sentence, joined as one
    list, right before the tail pattern, and no company after it (not "X is one of its customers, Y
    said"). (match, listed mentions) or None."""
    rx = _TAIL_RX.get(language)
    if rx is None or not comps:
        return None
    lower = text.lower()
    if not any(w in lower for w in _ROLE_STEMS[language]):
        return None
    names = [c for c in comps if c.source != "coref"]
    if len(names) != len(comps) or len(text[: names[0].start - sent.start].split()) > 1:
        return None
    k = 0
    while k + 1 < len(names) and _JOINED.fullmatch(doc.text, names[k].end, names[k + 1].start):
        k += 1
    m = rx.match(text, names[k].end - sent.start)
    if m is None or k + 1 < len(names):
        return None
    return m, names[: k + 1]


#: words after the role noun before a colon that opens the list: "Its customers are already settled: X
#: and Y", "Sus clientes ya están decididos: X", "Ses clients sont connus : X"
#: (lower-case words only: not "Its customers include BMW: ...")
_TO_COLON = re.compile(r"[a-zà-öø-ÿ][\w'’-]*(?:\s+[a-zà-öø-ÿ][\w'’-]*){0,4}\s*:")


def _list_end(text: str, start: int) -> int:
    """Where the list after the role noun ends: at the first contrast ("; while ...", ": but"), unless
    that is a colon a few words on that opens the list itself."""
    rest = text[start:].lstrip()
    skip = start + len(text[start:]) - len(rest)
    if (m := _TO_COLON.match(rest)) is not None:
        skip += m.end()
    return next((c.start() for c in CONTRAST_BREAK.finditer(text, skip)), len(text))


def named_companies(mentions: list[Mention]) -> list[Mention]:
    """A sentence's company mentions with a name, left-out subjects ("implied") excepted."""
    return [c for c in mentions if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]


def later_sentences(doc: Document, stems=None):
    """(index, sentence, its text) for each sentence but the page's first, where ``stems`` is None or
    the text holds one of them: the walk of the readers that take a company from the sentence before
    (``remaining_shares``, ``passive_customers``, ``offtakers``, ``apposed_units``, ``parent_after``)."""
    for i in range(1, len(doc.sentences)):
        sent = doc.sentences[i]
        text = doc.text[sent.start : sent.end]
        if stems is None or any(s in text for s in stems):
            yield i, sent, text


def owner_before(doc: Document, per_sentence: list[list[Mention]], i: int) -> tuple[int, str, list[Mention]] | None:
    """The company of the sentence before sentence ``i`` that a list, a passive or an apposition there
    speaks of (``_owner_sentence``, then ``_owner``): (its sentence, its name, that sentence's companies)."""
    origin = _owner_sentence(doc, per_sentence, i)
    if origin is None:
        return None
    before = named_companies(per_sentence[origin])
    owner = _owner(doc, doc.sentences[origin], before)
    return None if owner is None else (origin, owner, before)


def ties_to_listed(language: str, i: int, origin: int, sent, text: str, listed: list[Mention],
                   trigger: tuple[int, int], tie) -> list:
    """(sentence, owner's sentence, Found) for each company of ``listed``, with the status the sentence
    gives the trigger (``trigger``: offsets in ``text``); ``tie(name)`` gives (type, source, target)."""
    spans = [(c.start - sent.start, c.end - sent.start) for c in listed]
    status, _ = engine.status_for(engine.compiled(language), text, trigger[0], trigger[1], "active", spans)
    if status is None:
        return []
    return [(i, origin, engine.Found(*tie(name), status, 0.6, None, trigger)) for name in dict.fromkeys(_name(c) for c in listed)]


def _owner_sentence(doc: Document, per_sentence: list[list[Mention]], i: int) -> int | None:
    """The sentence whose company owns the list: the one before, or, when that names no company, the
    one before it ("Vianode makes anode graphite. Founded in 2021, it employs 300 people. Its shareholders
    are ..."); never across stories."""
    story = doc.sentences[i].story
    for back in (i - 1, i - 2):
        if back < 0 or doc.sentences[back].story != story:
            return None
        if any(c.label == "COMPANY" and _name(c) and not c.attrs.get("implied") for c in per_sentence[back]):
            return back
    return None


#: a colon or semicolon that opens a clause of its own: "It remains a leading maker of seats: among its
#: customers are X and Y", "A Teverola assembla moduli: tra i suoi clienti figura X"
_CLAUSE_STOP = re.compile(r"[:;]\s+")


def _opener_after_colon(text: str, comps: list[Mention], offset: int, opener):
    """The role opener right after a colon or semicolon, where the clause before names no company (its
    subject is the company of the sentence before, left out or described), else None."""
    for stop in _CLAUSE_STOP.finditer(text):
        if any(c.start - offset < stop.start() for c in comps):
            return None
        m = opener.match(text, stop.end())
        if m is not None:
            return m
    return None


#: a verb that places the list under the role ("Zu den Abnehmern der Module zählen X"): past it, a
#: company is listed, not the role's owner
_GOODS_THEN_VERB = re.compile(r"\s*(?:[\w'’-]+\s+){1,3}(?:are|include[sd]?|were|zählen|gehören|zählten|gehörten|sind|sont|figurent|"
                              r"comptent|sono|figurano|son|figuran|están|se\s+encuentran)\b", re.IGNORECASE)


def _owner_named(text: str, pos: int, comps: list[Mention], offset: int) -> bool:
    """Whether the role noun's "of" at ``pos`` names its owner ("Zu den Kunden von Bosch zählen"), not
    goods: three words at most and no company, then the verb of the list ("Zu den Abnehmern der Module
    zählen X")."""
    g = _GOODS_THEN_VERB.match(text, pos)
    return g is None or any(pos <= c.start - offset < g.end() for c in comps)


def listed_members(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the list, sentence of its owner, Found) for each company listed."""
    opener, among = _OPEN.get(language), _AMONG_RX.get(language)
    if opener is None:
        return []
    out = []
    for i in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[i], doc.sentences[i - 1]
        if sent.story != prev.story:
            continue
        text = doc.text[sent.start : sent.end]
        comps = [c for c in per_sentence[i] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        m = opener.match(text)
        ours = None
        if m is None and (m := _OUR_OPEN[language].match(text)) is not None:
            ours = next((c for c in comps if c.source == "coref" and c.start - sent.start < m.end()), None)
            if ours is None:
                m = None  # "our" of no interviewee: whose?
        if m is None:
            m = _opener_after_colon(text, comps, sent.start, opener)
        if m is None:
            m = _CAPITAL_OPEN[language].match(text)
        if m is None and language in _RANKED_OPEN:
            m = _RANKED_OPEN[language].match(text)
        if m is None and language == "de":
            m = _DE_GOODS_ROLE.match(text)  # "Lieferant der Zellen ist X": the role named by its goods
            if m is not None and not any(s == m.start("goods") for s, _ in products_in(text[: m.end("goods")])):
                m = None
        if m is not None and (of := _OF_AFTER.match(text, m.end())) is not None and _owner_named(text, of.end(), comps, sent.start):
            m = None  # "Zu den Kunden von Bosch zählen ...": the role's own owner is named, read in the sentence
        role = _role(m) if m else None
        tail = None
        if m is None:
            a = among.match(text)
            if a is not None:
                roles = list(_ROLE_RX[language].finditer(doc.text, prev.start, prev.end))
                if not roles:
                    continue
                role, m = _role(roles[-1]), a
            else:
                tail = _tail(doc, sent, text, comps, language)
                if tail is None:
                    continue
                m, listed = tail
                role = _role(m)
        if m.start() == 0 and comps and comps[0].source == "coref" and comps[0].end - sent.start <= m.end():
            comps = comps[1:]  # "Its customers include ...": the possessive itself stands for the owner
        found = (i, _name(ours), None) if ours is not None else owner_before(doc, per_sentence, i)
        if found is None:
            continue
        origin, owner, _before = found
        if ours is not None:  # "... siguen con nosotros": the interviewee's first person again, not a name
            comps = [c for c in comps if not (c.source == "coref" and _name(c) == owner)]
        if not comps or any(_name(c) == owner for c in comps):
            continue
        hi = _list_end(text, m.end())
        if tail is None:
            listed = [c for c in comps if c.source != "coref" and m.end() <= c.start - sent.start < hi]
            # one list: "Its largest customer is X, to which it has supplied ..., according to Y" (not Y)
            k = 0
            while k + 1 < len(listed) and _LIST_GAP.fullmatch(doc.text, listed[k].end, listed[k + 1].start):
                k += 1
            listed = listed[: k + 1]
        if not listed:
            continue
        ties = {
            "customer": lambda name: ("supplies", owner, name), "supplier": lambda name: ("supplies", name, owner),
            "shareholder": lambda name: ("invests_in", name, owner), "unit": lambda name: ("owns", owner, name),
            "partner": lambda name: ("partners_with", owner, name),
        }
        out.extend(ties_to_listed(language, i, origin, sent, text, listed, (m.start(), m.end()), ties[role]))
    return out
