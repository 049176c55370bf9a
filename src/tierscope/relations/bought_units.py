"""A unit the gazetteer puts under a parent, named with that parent in a sentence that tells the parent's
purchase of it: "its takeover of Y", "den Kauf von Y durch X", "Y, absorbé par X", "Y, acquisita nel
2021", "Y, que X compró a Z". The guidelines label a purchase stated as fact ``acquires`` (active when
done) and the buyer's ``owns`` only where the article states the control as well ("wholly owned by X
since it bought it"), so the known parent's tie read from such a sentence is the purchase, not a plain
ownership (``RelationExtractor._known_units`` asks ``purchase_of_unit``); where the sentence states the
control too, the ownership stays and the purchase beside it is read as before (``control_stated``).

The purchase word must be the unit's: right before it with no other company between ("the purchase
of Y"), or after it with only the parent between ("Y, which X bought") and no other company as its own
object after it ("Z, the parent of Y, took control of W" buys W, not Y); a seller after a seller's
preposition ("compró a Kelda", "from Norvik") may follow."""

from __future__ import annotations

import re

# a purchase of control told as a noun or a verb of buying, merging or taking control (not of selling:
# a gazetteer parent sells its units far more often than it is sold to)
_PURCHASE = {
    "en": r"\b(?:takeovers?|take-?overs?|acquisitions?|acquired|acquires?|acquiring|bought|buys?|buying|purchased?|purchases"
          r"|mergers?|merged|absorbed|took (?:full )?control|taken (?:full )?control|taken over|took over|buyout)\b",
    "de": r"\b(?:Übernahme\w*|übernommen|übernahm|übernimmt|gekauft|kaufte|Kauf|Zukauf|erworben|erwarb|Erwerb"
          r"|Fusion|Zusammenschluss|einverleibt|verleibte)\b",
    "fr": r"\b(?:rachats?|rachet(?:é|ée|és|ées|er)|rachète\w*|acquisitions?|acquis(?:e|es)?|absorb(?:é|ée|és|ées|ait|e)|absorption"
          r"|fusion|repris(?:e|es)?|pass(?:é|ée)e? (?:\w+ ){0,6}?sous le contrôle|pris le contrôle|passée? chez)\b",
    "it": r"\b(?:acquisizion[ei]|acquisit[oaie]|acquistat[oaie]|acquist[oi]|rilevat[oaie]|rilevamento|rilev(?:a|ò|ato)"
          r"|fusione|incorporat[oaie]|assorbit[oaie]|comprat[oaie]|pres[oa] il controllo|passat[oa] (?:\w+ ){0,4}?sotto il (?:pieno )?controllo)\b",
    "es": r"\b(?:adquisici[óo]n|adquirid[oa]s?|adquiri[óo]|compr[óo]|comprad[oa]s?|compra|absorbid[oa]|absorbi[óo]|absorci[óo]n"
          r"|fusi[óo]n|se hizo con|tom[óo] el control)\b",
}
# a hedge-free standing control told beside the purchase: the buyer's ownership is stated too
_CONTROL = {
    "en": r"\b(?:owned by|controlled by|subsidiary|is (?:now )?part of|belongs to|its unit)\b",
    "de": r"\b(?:Tochter\w*|gehört (?:\w+ ){0,3}zu|kontrolliert|im Besitz)\b",
    "fr": r"\b(?:détenue? (?:à \d+ ?% )?par|contrôlée? par|filiale|propriété de|appartient à)\b",
    "it": r"\b(?:controllat[oa] da|controllata|posseduta da|di proprietà di|appartiene a)\b",
    "es": r"\b(?:controlad[oa] (?:\w+ ){0,5}?por|filial|propiedad de|pertenece a)\b",
}
# a seller after the purchase word: the company that sold, not a second purchase
_SELLER = {
    "en": r"from", "de": r"von|vom", "fr": r"à|auprès de|au|aux", "it": r"da|dal|dalla|dallo", "es": r"a|al",
}
_CLAUSE_END = re.compile(r"[,;:()]")
_RX: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _rx(lang: str):
    got = _RX.get(lang)
    if got is None and lang in _PURCHASE:
        got = _RX[lang] = (re.compile(_PURCHASE[lang], re.IGNORECASE), re.compile(_CONTROL[lang], re.IGNORECASE),
                           re.compile(r"\s*(?:" + _SELLER[lang] + r")\s+(?:(?:the|der|die|dem|le|la|les|l'|il|lo|el|los|las)\s+)?"
                                      r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE))
    return got


def purchase_of_unit(lang: str, text: str, spans, unit: str, parent: str) -> tuple[int, int] | None:
    """The span of a purchase word in ``text`` (one sentence) that tells ``parent``'s purchase of ``unit``,
    or None. ``spans``: (start, end, name) of the sentence's companies, in text order."""
    rx = _rx(lang)
    if rx is None:
        return None
    purchase, _, seller = rx
    units = [(s, e) for s, e, n in spans if n == unit]
    others = [(s, e) for s, e, n in spans if n not in (unit, parent)]
    if not units or not any(n == parent for _, _, n in spans):
        return None
    for w in purchase.finditer(text):
        for s, e in units:
            if w.end() <= s and s - w.end() <= 70:
                # "the takeover of Y", "Fusion mit Y": the unit is the word's object, with no company between
                # (the parent neither: "passé sous le contrôle de X, maison mère de Y" buys another company)
                if not any(w.end() <= o0 and o1 <= s for o0, o1, n in spans if n != unit):
                    return w.start(), w.end()
            elif e <= w.start() and w.start() - e <= 90:
                # "Y, absorbé par X", "Y, den X übernommen hat": the unit told first
                if any(e <= o0 and o1 <= w.start() for o0, o1 in others):
                    continue
                after = next(((o0, o1) for o0, o1 in others if o0 >= w.end()), None)
                if (after is not None and after[0] - w.end() <= 60 and not _CLAUSE_END.search(text, w.end(), after[0])
                        and not seller.search(text[w.end() : after[0]])):
                    continue  # "..., took control of W": the word buys another company (in its own clause)
                return w.start(), w.end()
    return None


def control_stated(lang: str, text: str) -> bool:
    """Whether the sentence states a standing control beside the purchase ("owned by", "controllata da")."""
    rx = _rx(lang)
    return rx is not None and rx[1].search(text) is not None
