"""A deal told with one party, its other party named in the next sentence: journalists often give the
news first and the name after.

    "Norvik has won a large order for battery modules. The customer is Brixo."
    "Kestrel fornirà basamenti per cinque anni. Il contratto, firmato con Brixo, vale 80 milioni."
    "Norvik hat einen Großauftrag erhalten. Abnehmer ist die Brixo AG."  /  "Der Auftrag stammt von Brixo."
    "Norvik fournira des calculateurs. Le client n'a pas été nommé ; il s'agit de Brixo."
    "Brixo ha elegido al proveedor de los asientos. El proveedor es Kestrel."
    "Il 30% della Valmera è stato ceduto. L'acquirente è la Brixo Holding."

What links the two sentences must be strict, for a wrong pairing costs precision: the second sentence
opens with a role noun with its definite article and a copula ("The customer is", "Il committente è",
"Abnehmer ist"; German needs no article), or with the role noun and, later in the sentence, "it is" ("si
tratta di", "handelt es sich um", "il s'agit de", "se trata de"), or with the deal noun and its definite
article and a verb that says where the deal comes from, whom it went to or with whom it was signed ("The
order comes from Y", "The contract went to Y", "Le contrat a été signé avec Y"). The sentence before, in
the same story, names one company (or opens with it) and tells a deal: a supply, an order or a contract
for a customer or a supplier, a stake or a funding round for a buyer or an investor. Who sells is the
role the second sentence names; for "signed with", the verb of the sentence before (the company that
supplies or won the order sells, the one that chose or assigned buys). Confidence 0.5.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name

__all__ = ["revealed_parties"]

_I = re.IGNORECASE

#: the definite article before a role or a deal noun (German roles go without one: "Abnehmer ist Y")
_ART = {
    "en": r"the\s+",
    "it": r"(?:il|lo|la|l['’])\s*",
    "de": r"(?:(?:der|die)\s+)?",
    "fr": r"(?:le|la|l['’])\s*",
    "es": r"(?:el|la)\s+",
}
#: an adjective of rank or novelty between the article and the noun, or after it in Romance
_ADJ = {
    "en": r"(?:(?:new|main|largest|biggest|lead|sole|only)\s+)?",
    "it": r"(?:(?:nuovo|principale|unico)\s+)?",
    "de": r"(?:(?:neue[rn]?|einzige[rn]?|wichtigste[rn]?|größte[rn]?)\s+)?",
    "fr": r"(?:(?:nouvel|nouveau|principal|seul)\s+)?",
    "es": r"(?:(?:nuevo|principal|único)\s+)?",
}
_ADJ_AFTER = {
    "it": r"(?:\s+(?:principale|finale))?", "fr": r"(?:\s+(?:principal|final))?",
    "es": r"(?:\s+(?:principal|final))?", "en": "", "de": "",
}
#: role nouns by what the named company is to the deal
_ROLES = {
    "en": {"customer": r"customer|client", "supplier": r"supplier|vendor|contractor",
           "buyer": r"buyer|purchaser|acquirer", "investor": r"investor|shareholder|backer"},
    "it": {"customer": r"cliente|committente", "supplier": r"fornitore",
           "buyer": r"acquirente|compratore", "investor": r"investitore|socio|azionista"},
    "de": {"customer": r"(?-i:K)unden?|(?-i:A)bnehmer|(?-i:A)uftraggeber|(?-i:B)esteller", "supplier": r"(?-i:L)ieferant|(?-i:Z)ulieferer|(?-i:A)uftragnehmer",
           "buyer": r"(?-i:K)äufer|(?-i:E)rwerber", "investor": r"(?-i:I)nvestor|(?-i:G)eldgeber|(?-i:A)ktionär|(?-i:G)esellschafter"},
    "fr": {"customer": r"client|donneur\s+d['’]ordres?|commanditaire", "supplier": r"fournisseur|prestataire",
           "buyer": r"acheteur|acquéreur|repreneur", "investor": r"investisseur|actionnaire"},
    "es": {"customer": r"cliente", "supplier": r"proveedor|suministrador|adjudicatario",
           "buyer": r"comprador|adquirente|adquiriente", "investor": r"inversor|accionista|socio"},
}
#: the copula right after the role ("The customer is Y"), with a German genitive between ("Käufer des
#: Anteils von 20 Prozent ist Y")
_COPULA = {
    "en": r"(?:is|was|will\s+be|has\s+been|are|were)",
    "it": r"(?:è\s+stat[oa]|è|sarà|era|sono|risulta)",
    "de": r"(?:(?:des|der)\s+[^,.;:]{1,40}?\s+)?(?:ist|sind|war|waren|wird|werden)",
    "fr": r"(?:est|sera|était|a\s+été|sont)",
    "es": r"(?:es|será|era|ha\s+sido|fue|son|resultó\s+ser)",
}
#: "it is Y" later in a sentence that opens with the role ("The customer was not named, but ... it is Y")
_IT_IS = {
    "en": r"\b(?:it\s+is|it\s+was|it's|namely)\s+",
    "it": r"\bsi\s+tratt(?:a|erebbe|erà|ava)\s+(?:di|della|del|dello|dell['’])\s*",
    "de": r"\b(?:handelt\s+es\s+sich|es\s+handelt\s+sich)\s+(?:dabei\s+|demnach\s+|offenbar\s+|wohl\s+)?um\s+",
    "fr": r"\bil\s+s['’]agi(?:t|rait)\s+(?:de\s+|d['’]|du\s+)",
    "es": r"\bse\s+trata(?:ría|ba)?\s+de(?:l)?\s+",
}
#: the deal noun opening a sentence with its definite article
_DEAL_NOUN = {
    "en": r"the\s+(?:new\s+|latest\s+|[\w-]+-year\s+|supply\s+)?(?:order|contract|deal|agreement|work)",
    "it": r"(?:l['’]\s*ordine|la\s+commessa|il\s+contratto|l['’]\s*accordo|la\s+fornitura|l['’]\s*incarico)",
    "de": r"(?:der|den)\s+(?:(?-i:[A-ZÄÖÜ])[\w-]*)?(?:(?-i:[Aa])uftrag|(?-i:[Vv])ertrag|(?-i:[Zz])uschlag)",
    "fr": r"(?:la\s+commande|le\s+contrat|le\s+marché|l['’]\s*accord)",
    "es": r"(?:el\s+pedido|el\s+contrato|el\s+encargo|el\s+acuerdo)",
}
#: what the deal noun's verb makes of the company after it: "from" the customer, "to" the supplier, "with"
#: either (the sentence before says which)
_FROM = {
    "en": r"(?:comes?|came|is\s+coming)\s+from|(?:was|has\s+been)\s+placed\s+by",
    "it": r"(?:arriva|proviene|viene|giunge|è\s+arrivat[oa])\s+(?:da|dalla|dal|dallo|dall['’])|"
          r"(?:è\s+stat[oa]\s+)?(?:commissionat|assegnat|affidat)[oa]\s+(?:da|dalla|dal|dallo|dall['’])",
    "de": r"(?:stammt|stammte|kommt|kam)\s+(?:von|vom)|erteilte|erteilt|vergab|vergibt|(?:wurde|ist)\s+von",
    "fr": r"(?:émane|émanait|provient|vient|venait)\s+(?:de|du|d['’])|a\s+été\s+(?:passée?|attribuée?|confiée?)\s+par",
    "es": r"(?:procede|proviene|viene|llega)\s+de(?:l)?|(?:lo|la)\s+ha\s+(?:realizado|hecho|encargado|adjudicado)|"
          r"(?:fue|ha\s+sido)\s+(?:realizad|encargad|adjudicad)[oa]\s+por",
}
_TO = {
    "en": r"went\s+to|goes\s+to|(?:was|has\s+been)\s+(?:awarded|given)\s+to|(?:was|has\s+been)\s+won\s+by",
    "it": r"è\s+andat[oa]\s+(?:a|alla|al|allo|all['’])|(?:è\s+stat[oa]\s+)?(?:aggiudicat|assegnat|affidat)[oa]\s+(?:a|alla|al|allo|all['’])\s*",
    "de": r"(?:ging|geht)\s+an|erhielt|erhält|bekam|bekommt",
    "fr": r"(?:est\s+revenue?|revient)\s+(?:à|au)|a\s+été\s+(?:attribuée?|confiée?)\s+(?:à|au)|a\s+été\s+remportée?\s+par",
    "es": r"(?:ha\s+recaído|recayó|recae)\s+en|(?:ha\s+sido|fue)\s+adjudicad[oa]\s+a|se\s+(?:lo|la)\s+ha\s+llevado",
}
_WITH = {
    "en": r"(?:(?:was|has\s+been|were)\s+)?(?:signed|agreed|concluded)\s+with",
    "it": r"(?:(?:è\s+stat[oa]\s+)?(?:firmat|siglat|stipulat|sottoscritt|conclus)[oa])\s+con",
    "de": r"(?:wurde|ist|sei)\s+mit",
    "fr": r"(?:(?:a\s+été\s+)?(?:signée?|conclue?|passée?))\s+avec",
    "es": r"(?:(?:se\s+ha\s+|ha\s+sido\s+|fue\s+)?(?:firmad|suscrit|cerrad)[oa])\s+con",
}
#: a German "mit Y" reading needs its participle later in the sentence
_DE_SIGNED = re.compile(r"\b(?:geschlossen|abgeschlossen|unterzeichnet|unterschrieben|vereinbart)\b")

#: the sentence before: a deal of supply, the company that sells, the company that buys, a stake
_SUPPLY_DEAL = {
    "en": r"\b(?:orders?|contracts?|supply|supplies|supplier|deliver\w*|tender)\b",
    "it": r"\b(?:ordin[ei]|commess[ae]|contratt[oi]|fornitur[ae]|fornitor[ei]|appalt[oi]|forni\w+|consegn\w+)\b",
    # (whole words or compounds' heads: "Großauftrag", "Liefervertrag", not "Zulieferer")
    "de": r"(?-i:\b(?:be)?[Ll]iefer(?!er\b|ern\b|anten?\b)\w*|\w*(?:[Aa]uftr[aä]g|[Vv]ertr[aä]g|[Bb]estellung)\w*|\b[Zz]uschlag\b|\bvergeben\b)",
    "fr": r"\b(?:commandes?|contrats?|marchés?|fourni\w+|livr\w+|approvisionn\w+)\b",
    "es": r"\b(?:pedidos?|contratos?|encargos?|suministr\w+|abastec\w+|proveedor\w*|adjudic\w+|entreg\w+)\b",
}
_SELLS = {
    "en": r"\b(?:will\s+(?:supply|deliver|provide)|supplies|delivers|to\s+(?:supply|deliver)|won|wins|landed|lands|secured|"
          r"(?:has|have)\s+received|receives|booked|signed\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:supply|delivery)\s+(?:contract|deal|agreement))\b",
    "it": r"\b(?:fornir(?:à|anno)|fornisce|forniscono|consegner(?:à|anno)|ha\s+(?:ottenuto|ricevuto|vinto|conquistato|incassato)|"
          r"si\s+è\s+aggiudicat[oa]|(?:ottiene|riceve|vince|conquista)|firmato\s+un\s+(?:\S+\s+){0,2}contratto\s+(?:\S+\s+)?di\s+fornitura)\b",
    "de": r"\b(?:liefert|liefern|beliefert|beliefern|erhalten|gewonnen|erhält|erhielt|gewinnt|gewann)\b|\ban\s+Land\s+gezogen\b",
    "fr": r"\b(?:fournira|fourniront|fournit|livrera|livreront|livre|a\s+(?:décroché|remporté|reçu|obtenu|gagné)|décroche|remporte|reçoit|obtient|"
          r"a\s+signé\s+un\s+(?:\S+\s+){0,2}contrat\s+(?:\S+\s+)?de\s+fourniture)\b",
    "es": r"\b(?:suministrará|suministrarán|suministra|proveerá|entregará|ha\s+(?:conseguido|recibido|obtenido|ganado|logrado)|"
          r"se\s+(?:ha\s+adjudicado|adjudicó|adjudica)|consigue|recibe)\b",
}
_BUYS = {
    "en": r"\b(?:picked|chose|chosen|selected|awarded|ordered|placed\s+an?\s+order|needs|will\s+buy)\b",
    "it": r"\b(?:ha\s+(?:scelto|assegnato|selezionato|ordinato|affidato|commissionato)|ha\s+bisogno|acquister(?:à|anno))\b",
    "de": r"\b(?:vergeben|bestellt|ausgewählt|beauftragt|vergibt|vergab|braucht|benötigt)\b",
    "fr": r"\b(?:a\s+(?:choisi|retenu|sélectionné|attribué|commandé|confié)|a\s+besoin|achètera)\b",
    "es": r"\b(?:(?<!se\s)ha\s+(?:elegido|escogido|seleccionado|adjudicado|encargado|pedido)|necesita|comprará)\b",
}
_STAKE = {
    "en": r"\b(?:stakes?|shares|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)|funding|round|raised|capital\s+increase)\b",
    "it": r"(?:\bquot[ae]\b|partecipazion\w+|\d+(?:[.,]\d+)?\s*%|per\s+cento|\bcapitale\b|\bround\b|raccolt[oi]|aumento\s+di\s+capitale)",
    "de": r"(?:(?-i:A)nteil\w*|(?-i:B)eteiligung\w*|\d+(?:[.,]\d+)?\s*(?:%|Prozent)|(?-i:F)inanzierungsrunde|eingesammelt|(?-i:K)apitalerhöhung|(?-i:M)inderheits\w+)",
    "fr": r"(?:participation|\d+(?:[.,]\d+)?\s*%|pour\s+cent|\bcapital\b|\blevé|tour\s+de\s+table)",
    "es": r"(?:participación|\d+(?:[.,]\d+)?\s*%|por\s+ciento|\bcapital\b|\bronda\b|ampliación\s+de\s+capital)",
}
#: a sale of a business in the sentence before: its buyer is no customer ("X verkauft sein Geschäft mit
#: Batteriesystemen. Käufer ist Y")
_SALE = re.compile(r"\b(?:sells?|sold|selling|sale|vend[eo]\w*|vendut[oa]|ced[eu]\w*|cession\w*|cessione|venta|verkauf\w*|veräußer\w*|"
                   r"divest\w*|cède|cédé\w*|trennt\s+sich)\b", _I)
_MAJORITY = re.compile(r"\b(?:majority|control|maggioranza|controllo|(?-i:M)ehrheit\w*|(?-i:K)ontrolle|majoritaire|contrôle|mayoritari[oa])\b"
                       r"|\b(?:5[1-9]|[6-9]\d|100)(?:[.,]\d+)?\s*(?:%|per\s*cent|Prozent|pour\s+cent|por\s+ciento|per\s+cento)", _I)
#: no reveal under a negation or a denial: "The customer is not Y", "Il cliente non è Y"
_NOT = re.compile(r"\b(?:not|non|nicht|kein\w*|no|pas|ni)\b", _I)
#: a description between the copula and the name: "the carmaker", "la", "der Finanzinvestor", "il fondo"
_DESCRIPTION = re.compile(r"(?:[\w'’-]+\s+){0,3}?")


@lru_cache(maxsize=None)
def _patterns(lang: str):
    roles = "|".join(f"(?P<{k}>{v})" for k, v in _ROLES[lang].items())
    role_open = re.compile(rf"\W*{_ART[lang]}{_ADJ[lang]}(?:{roles}){_ADJ_AFTER[lang]}\s+{_COPULA[lang]}\s+", _I)
    role_first = re.compile(rf"\W*(?:[\w'’]+\s+){{0,3}}?{_ART[lang]}{_ADJ[lang]}(?:{roles})\b", _I)
    deal = re.compile(rf"\W*(?:{_DEAL_NOUN[lang]})\b", _I)
    verbs = re.compile(rf"(?:,\s*)?\b(?:(?P<from>{_FROM[lang]})|(?P<to>{_TO[lang]})|(?P<with>{_WITH[lang]}))\s*", _I)
    return (role_open, role_first, re.compile(_IT_IS[lang], _I), deal, verbs,
            re.compile(_SUPPLY_DEAL[lang], _I), re.compile(_SELLS[lang], _I), re.compile(_BUYS[lang], _I),
            re.compile(_STAKE[lang], _I))


def _named(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.label == "COMPANY" and _name(m) and not m.attrs.get("implied")]


def _owner(doc: Document, prev, comps: list[Mention]) -> str | None:
    """The company the sentence before is about: its only company, or the one it opens with (three
    words at most before it) where another follows."""
    names = list(dict.fromkeys(_name(c) for c in comps))
    if len(names) == 1:
        return names[0]
    if comps and len(doc.text[prev.start : comps[0].start].split()) <= 3:
        return _name(comps[0])
    return None


def _party_at(doc: Document, sent, text: str, comps: list[Mention], pos: int) -> Mention | None:
    """The company named right at ``pos`` of the sentence, a description of three words at most before
    it and no punctuation; never a reference back ("the company")."""
    for c in comps:
        at = c.start - sent.start
        if at < pos:
            continue
        gap = text[pos:at]
        if c.source == "coref" or not _DESCRIPTION.fullmatch(gap) or _NOT.search(gap):
            return None
        return c
    return None


def _reveals(text: str, comps: list[Mention], sent, lang: str):
    """(kind, role or verb, start of the party, trigger span) for each reading of a sentence that may name
    a deal's party, the strictest first."""
    role_open, role_first, it_is, deal, verbs, *_ = _patterns(lang)
    m = role_open.match(text)
    if m is not None:
        yield "role", next(k for k, v in m.groupdict().items() if v), m.end(), (m.start(), m.end())
    m = role_first.match(text)
    if m is not None:
        s = it_is.search(text, m.end())
        if s is not None and not any(m.end() <= c.start - sent.start < s.start() for c in comps):
            yield "role", next(k for k, v in m.groupdict().items() if v), s.end(), (m.start(), m.end())
    m = deal.match(text)
    if m is not None:
        for v in verbs.finditer(text, m.end()):
            between = text[m.end() : v.start()]
            if any(m.end() <= c.start - sent.start < v.start() for c in comps) or re.search(r"[.;:]", between):
                break
            if len(between) > 80:
                break
            kind = next(k for k, g in v.groupdict().items() if g)
            if kind == "with" and lang == "de" and not _DE_SIGNED.search(text, v.end()):
                continue
            yield "deal", kind, v.end(), (m.start(), m.end())
            break


def revealed_parties(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the reveal, sentence of the deal, Found) for each party named after its deal."""
    if language not in _ROLES:
        return []
    _, _, _, _, _, supply_deal, sells, buys, stake = _patterns(language)
    lex = engine.compiled(language)
    out = []
    for i in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[i], doc.sentences[i - 1]
        if sent.story != prev.story:
            continue
        text = doc.text[sent.start : sent.end]
        comps = _named(per_sentence[i])
        if not comps:
            continue
        got = next(((kind, what, pos, trigger, party) for kind, what, pos, trigger in _reveals(text, comps, sent, language)
                    if (party := _party_at(doc, sent, text, comps, pos)) is not None
                    and not (kind == "deal" and _NOT.search(text, trigger[1], pos))), None)
        if got is None:
            continue
        kind, what, pos, trigger, party = got
        if any(c is not party and c.source != "coref" and trigger[0] <= c.start - sent.start < pos for c in comps):
            continue  # "Käufer der Brixo GmbH ist Y": the role of a company named with it, read in its sentence
        before = _named(per_sentence[i - 1])
        owner = _owner(doc, prev, before)
        if owner is None or owner == _name(party):
            continue
        ptext = doc.text[prev.start : prev.end]
        is_supply = supply_deal.search(ptext) is not None or sells.search(ptext) is not None
        seller, buyer = sells.search(ptext) is not None, buys.search(ptext) is not None
        tie = None
        if kind == "role" and what in ("buyer", "investor") and stake.search(ptext):
            typ = "acquires" if what == "buyer" and _MAJORITY.search(ptext) else "invests_in"
            tie = (typ, _name(party), owner)
        elif kind == "role" and (what == "customer" or (what == "buyer" and not _SALE.search(ptext))) and is_supply and not (buyer and not seller):
            tie = ("supplies", owner, _name(party))
        elif kind == "role" and what == "supplier" and (is_supply or buyer) and not (seller and not buyer):
            tie = ("supplies", _name(party), owner)
        elif kind == "deal" and what == "from" and is_supply and not (buyer and not seller):
            tie = ("supplies", owner, _name(party))
        elif kind == "deal" and what == "to" and (is_supply or buyer) and not (seller and not buyer):
            tie = ("supplies", _name(party), owner)
        elif kind == "deal" and what == "with" and is_supply and seller != buyer:
            tie = ("supplies", owner, _name(party)) if seller else ("supplies", _name(party), owner)
        if tie is None:
            continue
        cue = sells.search(ptext) or buys.search(ptext) or supply_deal.search(ptext) or stake.search(ptext)
        if cue is None:
            continue
        spans = [(c.start - prev.start, c.end - prev.start) for c in before]
        status, _ = engine.status_for(lex, ptext, cue.start(), cue.end(), "announced", spans)
        if status is None:
            continue
        out.append((i, i - 1, engine.Found(*tie, status, 0.5, None, trigger)))
    return out
