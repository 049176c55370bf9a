"""A purchase told beside an ownership, in a clause that names no company of its own:

    "Brixo is a subsidiary of Norvik, which bought it in 2019."
    "Brixo è controllata da Norvik, che l'ha rilevata nel 2024."
    "Brixo est la filiale de Norvik, qui en a pris le contrôle en 2017."
    "Brixo, filial de Norvik, que la compró a Kelda en 2018, ..."
    "Brixo gehört zu Norvik, der das Unternehmen 2021 übernommen hat."
    "Brixo, la controllata rilevata da Norvik nel 2024", "Brixo, adquirida en 2010, ..."

The ownership frames read "subsidiary of", "controlled by"; the purchase frames need the company bought
as the verb's object and find only a pronoun ("it", "l'", "la", "en") or a description ("the business",
"das Unternehmen"), or a participle with no object at all. The guidelines label a past acquisition
stated as fact as ``acquires`` (active) beside the ``owns`` of the control it gave. So: where an
ownership X -> Y was read in a sentence, a past verb of buying whose subject is X (a relative right
after X, or its apposition) or a participle right after Y gives X's purchase of Y. Not when the clause
names another company than X and Y (except a seller after "from", "da", "à", "a", "von"), nor when it
is hedged, future, negated or about a minority share ("which bought 20% of it").
"""

from __future__ import annotations

import re

__all__ = ["purchase_beside_ownership"]

_I = re.IGNORECASE

#: a past verb (or participle) of buying control, per language
_BUY = {
    "en": r"\b(?:bought|acquired|purchased|took (?:full |sole )?control|taken (?:full |sole )?control|took over|taken over|bought out)\b",
    "it": r"\b(?:rilevat[oaie]|acquistat[oaie]|acquisit[oaie]|comprat[oaie]|pres[oa] (?:il )?(?:pieno |totale )?controllo|rilevandol[oaie])\b",
    "fr": r"\b(?:rachet[ée]e?s?|acquise?s?|acquis|reprise?s?|pris (?:le )?(?:plein )?contrôle)\b",
    "es": r"\b(?:compró|comprad[oa]s?|adquirió|adquirid[oa]s?|se hizo con|tomó (?:el )?control)\b",
    "de": r"\b(?:übernommen|übernahm|übernahmen|gekauft|kaufte|kauften|erworben|erwarb|erwarben)\b",
}

#: a relative pronoun opening the clause on the owner, or a conjunction of time whose subject is it
#: ("since it bought the business", "desde que lo compró", "seit er ... übernahm")
_REL = {
    "en": r"(?:which|who|that|since it|since they|when it|after it)",
    "it": r"(?:che|il quale|la quale|da quando|dopo aver(?:e)?)",
    "fr": r"(?:qui|lequel|laquelle|depuis qu['’](?:il|elle)|après l['’]avoir)",
    "es": r"(?:que|quien|el cual|la cual|desde que|tras)",
    "de": r"(?:der|die|das|welche[rs]?|seit (?:er|sie|es)|nachdem (?:er|sie|es))",
}

#: a marker before the agent of a participle ("acquired by X", "rilevata da X")
_AGENT = {"en": r"by", "it": r"da|dal|dalla|dallo|dai|dagli|dalle", "fr": r"par", "es": r"por", "de": r"von|vom|durch"}

#: a marker before a seller ("bought it from Z", "l'aveva rilevata da Z", "la compró a Z", "rachetée à Z", "von Z")
_SELLER = {
    "en": r"from",
    "it": r"da|dal|dalla|dallo|dai|dagli|dalle|dall['’]|dell['’]ex",
    "fr": r"à|au|aux|d['’]|de|du|des|auprès de",
    "es": r"a|al|de|del",
    "de": r"von|vom|der|des|dem",
}

#: hedges, futures, negations and plans in the clause: no purchase stated as done
_NOT_DONE = {
    "en": r"\b(?:will|would|could|might|may|to be|not|never|agreed to|plans? to|wants? to|is to|are to|talks|offer|bid)\b",
    "it": r"\b(?:sarà|saranno|sarebbe|sarebbero|verrà|verranno|potrebbe|dovrebbe|non|mai|accordo|trattativ\w+|offerta|intende)\b",
    "fr": r"\b(?:sera|seront|serait|seraient|pourrait|devrait|va|vont|ne|pas|jamais|accord|négociations?|offre)\b",
    "es": r"\b(?:será|serán|sería|serían|podría|debería|va a|no|nunca|acuerdo|negociaciones|oferta)\b",
    "de": r"\b(?:werden|würde|würden|soll|sollte|sollen|könnte|will|wollen|nicht|kein\w*|nie|Gespräche|Angebot)\b",
}

#: a minority share: a purchase of it is a stake, not the control
_MINORITY = re.compile(r"(?<![\d.,])(?:[1-4]?\d(?:[.,]\d+)?)\s?(?:%|percent|per cent|por ciento|per cento|pour cent|Prozent)|\bminorit|\bMinderheit", _I)

_COMPILED: dict[str, tuple] = {}


def _lex(lang: str):
    got = _COMPILED.get(lang)
    if got is None and lang in _BUY:
        buy = re.compile(_BUY[lang], _I)
        # the owner's relative: the owner, an optional apposition of lower-case words (or a bracket),
        # then the pronoun ("Norvik, the US fund that", "Norvik, il fondo americano che")
        rel = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:[^\W\d_][\w'’.-]*\s+){0,6}?)?" + _REL[lang] + r"\b"
                         + (r"(?!\s+(?-i:[A-ZÄÖÜ]))" if lang == "de" else ""), _I)
        agent = re.compile(r"\s*(?:" + _AGENT[lang] + r")\s+(?:(?:the|il|la|le|el|der|die|das|dem|lo|l['’])\s*)?(?:[\w'’-]+\s+){0,4}?$", _I)
        # (the marker right before the seller, an article and two words at most between; not a conduit:
        # "a través de Z", "por medio de Z", "par l'intermédiaire de Z" name the buyer's own vehicle)
        seller = re.compile(r"(?:^|\s)(?<!través\s)(?<!medio\s)(?<!intermédiaire\s)(?:" + _SELLER[lang]
                            + r")\s*(?:(?:the|il|la|le|el|der|die|das|dem|l['’])\s*)?(?:[\w'’-]+\s+){0,2}?$", _I)
        got = _COMPILED[lang] = (buy, rel, agent, seller, re.compile(_NOT_DONE[lang], _I))
    return got


#: between the company owned and a participle on it: a comma and a few words of apposition
_GAP = re.compile(r"\s*,?\s*(?:[^\W\d_][\w'’.-]*\s+){0,5}")
_END = re.compile(r"[,.](?=\s|$)|[;:!?()\n]|\s[–—]\s")


def _clause_end(text: str, pos: int) -> int:
    """The end of the clause from ``pos``: a relative or participle clause closes at its comma."""
    m = _END.search(text, pos)
    return m.start() if m else len(text)


def purchase_beside_ownership(text: str, spans: list[tuple[int, int, str]], owner: str, owned: str, lang: str) -> list[str] | None:
    """When the sentence ``text`` (its companies ``spans``: start, end, canonical, in text order), where
    the ownership owner -> owned was read, tells the owner's purchase of it as done: the sellers named in
    the purchase's clause ("which bought it from Z", "que la compró a Z"; maybe none). Else None."""
    lex = _lex(lang)
    if lex is None:
        return None
    buy, rel, agent, seller, not_done = lex
    if not buy.search(text):
        return None

    def sellers_in(lo: int, hi: int) -> list[str]:
        return [n for s, _e, n in spans if lo <= s < hi and n not in (owner, owned) and seller.search(text[lo:s])]

    def others_in(lo: int, hi: int) -> bool:
        """A company other than the pair in text[lo:hi] that is no seller."""
        for s, e, n in spans:
            if lo <= s < hi and n not in (owner, owned) and not seller.search(text[lo:s]):
                return True
        return False

    def done_in(lo: int, hi: int) -> bool:
        part = text[lo:hi]
        return not not_done.search(part) and not _MINORITY.search(part)

    for s, e, n in spans:
        if n == owner:
            # a relative on the owner: "Norvik, which bought it in 2019"
            m = rel.match(text, e)
            if m is None or any(e <= s2 < m.start() for s2, _e2, _n2 in spans):
                continue  # (a company between: the relative is on it)
            end = _clause_end(text, m.end())
            v = buy.search(text, m.end(), end)
            if v is None or others_in(m.end(), end) or not done_in(m.end(), end):
                continue
            if any(m.end() <= s2 < v.start() and n2 == owner for s2, _e2, n2 in spans):
                continue
            return sellers_in(m.end(), end)
        if n == owned:
            # a participle on the company owned: "Brixo, acquired in 2010, ...", "Brixo, la controllata
            # rilevata da Norvik nel 2024"
            v = buy.search(text, e, e + 90)
            if v is None or not _GAP.fullmatch(text, e, v.start()) or any(e <= s2 < v.start() for s2, _e2, _n2 in spans):
                continue
            end = _clause_end(text, v.end())
            if others_in(v.end(), end) or not done_in(e, end):
                continue
            named = [(s2, n2) for s2, _e2, n2 in spans if v.end() <= s2 < end and n2 == owner]
            if named and not agent.match(text[v.end():named[0][0]]):
                continue
            return sellers_in(v.end(), end)
    return None
