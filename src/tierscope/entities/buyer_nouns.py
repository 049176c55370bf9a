"""A buyer's noun that points back to the buyer of a purchase told just before: "Norvik agreed to buy
Kestrel. The buyer already owns 40% of Velqua", "Die Velqua GmbH wurde von der Norvik AG übernommen. Der
Käufer hat nun auch ...", "Norvik a racheté Kestrel. L'acquéreur contrôle aussi Velqua", "Norvik ha
rilevato Kestrel. L'acquirente possiede anche ...", "Norvik compró Kestrel. La compradora controla ...".

Journalists name the buyer by its role in the sentence after the deal, and the role says which party it
is: not the company bought, though that one is often named nearer ("... bought Kestrel. The buyer" is
not Kestrel). So the noun is the party of the purchase told in its own sentence before it or in one of
the two sentences before (the nearest first, same story): the agent of a passive ("was bought by Z",
"wurde von Z übernommen", "a été rachetée par Z", "è stata acquisita da Z", "fue adquirida por Z"), the
company a sale goes to ("sold Y to Z", "verkauft Y an Z", "a cédé Y à Z", "ha ceduto Y a Z", "vendió Y
a Z"), else the subject company before the verb or noun of buying. Where no such sentence is found, or
it names no buyer, the noun is left alone; so is a role noun with a name or a copula after it ("the
buyer is Norvik", "Käufer ist der Finanzinvestor Norvik", "der Käufer Norvik"), which other readers
take as a predicate or an apposition.
"""

from __future__ import annotations

import re

__all__ = ["find_buyer_nouns", "is_agent", "passive_subject"]

_NOUNS = {
    "en": r"[Tt]he\s+(?:buyer|acquirer|purchaser)",
    "de": r"(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en)\s+(?:Käufer|Erwerber)s?",
    "fr": r"(?:[Ll]['’](?:acquéreur|acheteur)|(?:[Ll]e|[Dd]u|[Aa]u)\s+repreneur)",
    "it": r"(?:(?:[Ll]|[Dd]ell|[Aa]ll|[Dd]all)['’]acquirente|(?:[Ii]l|[Dd]el|[Aa]l)\s+compratore)",
    "es": r"(?:(?:[Ee]l|[Dd]el|[Aa]l)\s+comprador|[Ll]a\s+(?:compradora|adquirente))",
}
_NOUN_RX = {lang: re.compile(rf"(?<![\w'’]){rx}(?![\w'’-])") for lang, rx in _NOUNS.items()}

#: What may not follow the noun: a copula (a predicate's role: "the buyer is Norvik") or a name (an
#: apposition: "der Käufer Norvik", "the buyer, Norvik,").
_AFTER_BLOCK = re.compile(
    r"\s*(?:,\s*)?(?:[A-ZÀ-Ý]|(?:is|was|will\s+be|would\s+be|ist|war|wird|wäre|est|était|sera|serait|è|era|sarà|"
    r"sarebbe|es|era|será|sería|fue)(?!\w))")

#: What may not stand right before it: "as", "comme", "als" or a copula ("was cited as the natural buyer",
#: "était cité comme l'acquéreur naturel", "Norvik is the buyer"): a role said of a company, not one back.
_BEFORE_BLOCK = re.compile(
    r"(?<!\w)(?:as|comme|come|como|als|wie|is|was|ist|war|est|était|è|era|es|fue|sería|sarebbe|serait|wäre)\s+$",
    re.IGNORECASE)

#: Verbs and nouns of buying (their subject buys).
_BUY = {
    "en": r"buy|buys|bought|buying|acquire[sd]?|acquiring|acquisition|purchase[sd]?|purchasing|takeover|"
          r"t(?:ake|akes|ook|aken|aking)\s+over|stake",
    "de": r"kauf\w*|gekauft|übernimmt|übernommen|übernehmen|übernahm|übernahme\w*|erwirbt|erworben|erwerben|"
          r"erwarb|erwerb\w*|einstieg|beteiligt|beteiligung",
    "fr": r"rach[eè]t\w*|rachat|acquis|acquise|acquiert|acquérir|acquisition|reprend|repris|reprise|reprendre|"
          r"achète|acheté\w*|acheter|participation",
    "it": r"acquisi\w+|acquist\w+|rileva\w*|compra\w*|quota|partecipazione",
    "es": r"compra\w*|compró|adquie\w+|adquiri\w+|adquisición|participación|tom[óa]\s+el\s+control",
}
#: Verbs and nouns of selling: the company after the preposition of the receiver buys.
_SELL = {
    "en": r"sells?|sold|selling|sale",
    "de": r"verkauf\w*|abgegeben|abgeben|gibt\s+\w+\s+ab",
    "fr": r"c[èé]d\w*|cession|vend\w*",
    "it": r"ced\w+|cessione|vend\w+",
    "es": r"vend\w+|venta",
}
_TO = {"en": "to", "de": "an", "fr": "à", "it": "a|ad|al|alla|allo|ai", "es": "a|al"}
#: The agent of a passive: "by Z", "von der Z", "par Z", "da Z", "por Z".
_BY = {
    "en": r"by(?:\s+the)?",
    "de": r"von(?:\s+(?:der|dem|den))?|vom|durch(?:\s+(?:die|den))?",
    "fr": r"par(?:\s+(?:le|la|l['’]|les))?",
    "it": r"da|dal|dalla|dallo|dall['’]|dai|dagli",
    "es": r"por(?:\s+(?:el|la|los))?",
}
#: Passive auxiliaries that, before a verb of buying, make its agent the buyer.
_PASSIVE = {
    "en": r"(?:was|were|is|be|been|being)\s+(?:\w+\s+)?(?:bought|acquired|purchased|taken\s+over)",
    "de": r"(?:wurde|wird|worden|werden)",
    "fr": r"(?:été|est|sera)\s+(?:\w+\s+)?(?:rachet\w*|acquise?s?|reprise?s?)",
    "it": r"(?:stat[oaie]|è|viene|verrà)\s+(?:\w+\s+)?(?:acquisit\w|rilevat\w|comprat\w|acquistat\w)",
    "es": r"(?:fue|ha\s+sido|será|es)\s+(?:\w+\s+)?(?:adquirid\w|comprad\w)",
}


def _compile(table):
    return {lang: re.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.IGNORECASE) for lang, rx in table.items()}


_BUY_RX, _SELL_RX, _PASSIVE_RX = _compile(_BUY), _compile(_SELL), _compile(_PASSIVE)
_TO_RX = {lang: re.compile(rf"(?<!\w)(?:{rx})\s+$", re.IGNORECASE) for lang, rx in _TO.items()}
_BY_RX = {lang: re.compile(rf"(?<!\w)(?:{rx})\s*$", re.IGNORECASE) for lang, rx in _BY.items()}
_BACK = 2  # sentences before the noun's own


def _buyer(text: str, lo: int, hi: int, ms, subject, language: str):
    """The buyer of the purchase told between ``lo`` and ``hi`` (``ms``: its companies), or None."""
    ms = [c for c in ms if lo <= c.start and c.end <= hi]
    if not ms:
        return None
    passive = _PASSIVE_RX[language].search(text, lo, hi)
    if passive is not None:
        agents = [c for c in ms if c.start >= passive.start() and _BY_RX[language].search(text, max(lo, c.start - 16), c.start)]
        return agents[0] if agents else None
    sale = _SELL_RX[language].search(text, lo, hi)
    buy = _BUY_RX[language].search(text, lo, hi)
    if sale is not None and (buy is None or sale.start() < buy.start()):
        receivers = [c for c in ms if c.start > sale.end() and _TO_RX[language].search(text, max(lo, c.start - 8), c.start)]
        return receivers[0] if len({c.canonical for c in receivers}) == 1 else None
    if buy is None:
        return None
    subjects = [c for c in ms if c.end <= buy.start() and subject.get(id(c))]
    return subjects[-1] if subjects else None


def is_agent(text: str, c, lo: int) -> bool:
    """Is the company named as the agent of a passive ("by Norvik", "von der Norvik AG", "par Norvik", "da
    Norvik", "por Norvik") after a passive auxiliary of buying in its sentence?"""
    language = _language_of(text, c, lo)
    return language is not None and _BY_RX[language].search(text, max(lo, c.start - 16), c.start) is not None


def passive_subject(text: str, c, ms, sent) -> bool:
    """Is the company the subject of a passive of buying whose agent its sentence names ("Kestrel was
    bought by Norvik", "Kestrel è stata acquisita da Norvik"): the company bought?"""
    if c.start > sent.start + 80:
        return False
    return any(o is not c and o.start > c.end and is_agent(text, o, sent.start) for o in ms)


def _language_of(text: str, c, lo: int) -> str | None:
    """The language whose passive of buying stands between the sentence's start and the company, or None."""
    for language, rx in _PASSIVE_RX.items():
        if rx.search(text, lo, c.start):
            return language
    return None


def find_buyer_nouns(text: str, sentences, language: str, companies: dict, subject: dict, occupied):
    """(start, end, sentence index, antecedent mention) for each buyer's noun that stands for a company."""
    rx = _NOUN_RX.get(language)
    if rx is None:
        return []
    out = []
    for s_index, sent in enumerate(sentences):
        for m in rx.finditer(text, sent.start, sent.end):
            if occupied.overlaps(m.start(), m.end()) or _AFTER_BLOCK.match(text, m.end(), sent.end) \
                    or _BEFORE_BLOCK.search(text, max(sent.start, m.start() - 16), m.start()):
                continue
            found = _buyer(text, sent.start, m.start(), companies.get(s_index, ()), subject, language)
            back = s_index - 1
            while found is None and back >= max(0, s_index - _BACK) and sentences[back].story == sent.story:
                found = _buyer(text, sentences[back].start, sentences[back].end, companies.get(back, ()), subject,
                               language)
                back -= 1
            if found is not None:
                out.append((m.start(), m.end(), s_index, found))
    return out
