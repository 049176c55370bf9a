"""The new owner of a plant that changes hands in the sentence: the buyer a seller hands the plant
to ("Kornex verkauft sein Werk in X an Brelix", "vende la planta de X a Brelix", "cède l'usine de X
au groupe Brelix", "ha ceduto lo stabilimento di X ai cinesi di Brelix", "sells its X plant to
Brelix"), or the company that buys it ("Brelix has bought Kornex's plant in X", "Brelix übernimmt das
Werk in X", "Brelix rachète l'usine de X", "Brelix rileva lo stabilimento di X", "Brelix compra la
planta de X"). The plant noun must be the verb's object: at most a few words between them, so that
"sells cells from its plant in X to Brelix" (goods sold, not the plant) is no sale of the plant.
"""

from __future__ import annotations

import re

from .extractor import company_name

# a sale verb, then its object (at most four words) up to the plant noun
_SELL = {
    "en": r"\b(?:sells?|sold|selling|hand(?:s|ed)? over|transferr?(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}$",
    "de": r"\b(?:verkauf(?:t|en|te|ten)|veräußer(?:t|n|te|ten)|überg(?:ibt|eben)|übertr(?:ägt|agen))\s+(?:[\w'’-]+\s+){0,4}$",
    "fr": r"\b(?:vend(?:re|u|ue|ra)?|c[èé]d(?:e|er|é|ée|era|ant))\s+(?:[\w'’-]+\s+|[ld]['’]){0,4}$",
    "it": r"\b(?:vend(?:e|ere|uto|ut[oa])|ced(?:e|ere|uto|uta)|pass(?:a|ato|ata) di mano)\s+(?:[\w'’-]+\s+|[ld]['’]){0,4}$",
    "es": r"\b(?:vend(?:e|er|ido|ió|erá)|ced(?:e|er|ido|ió)|traspas(?:a|ar|ó|ado)|transfier(?:e|en))\s+(?:[\w'’-]+\s+){0,4}$",
}
# the recipient's preposition, then at most three words (an article, "the group", "the Chinese of")
# up to the buyer's name
_TO = {
    "en": r"\bto\s+(?:[\w'’-]+\s+){0,3}$",
    "de": r"\ban\s+(?:[\w'’-]+\s+){0,3}$",
    "fr": r"\b(?:à|au|aux)\s+(?:[\w'’-]+\s+){0,3}$",
    "it": r"\b(?:a|ad|al|alla|allo|ai|agli|alle)\s+(?:[\w'’-]+\s+){0,3}$",
    "es": r"\b(?:a|al)\s+(?:[\w'’-]+\s+){0,3}$",
}
# a purchase verb right after its subject (an auxiliary allowed), then its object up to the noun
_BUY = {
    "en": r"^\s*(?:has |have |had |will |is to |agreed to |is set to )?(?:bought|buys?|acquired?|acquires|purchase[sd]?|took over|takes? over|taken over)\s+(?P<obj>(?:[\w'’-]+\s+){0,4})$",
    "de": r"^\s*(?:hat |will |soll )?(?:kauft|übernimmt|übernehmen|erwirbt|erwerben|gekauft|übernommen|erworben)\s+(?P<obj>(?:[\w'’-]+\s+){0,4})$",
    "fr": r"^\s*(?:a |va |doit )?(?:rach[èe]t(?:e|er)|rachet(?:é|er)|acquiert|acquis|acquérir|repren(?:d|dre)|repris|récup[èé]r(?:e|er|é))\s+(?P<obj>(?:[\w'’-]+\s+|[ld]['’]){0,4})$",
    "it": r"^\s*(?:ha |avrebbe |dovrebbe )?(?:acquist(?:a|ato|are)|acquisit[oa]|rilev(?:a|ato|are)|compr(?:a|ato|are))\s+(?P<obj>(?:[\w'’-]+\s+|[ld]['’]){0,4})$",
    "es": r"^\s*(?:ha |va a |quiere )?(?:compr(?:a|ado|ar|ó)|adquier(?:e|en)|adquirido|adquirir|adquirió|se (?:queda|quedará|quedó|hace|hará|hizo) con)\s+(?P<obj>(?:[\w'’-]+\s+){0,4})$",
}
# cheap literals before the patterns: the stems of the verbs
_LITERALS = {
    "en": ("sel", "sold", "hand", "transf", "bought", "buy", "acqui", "purchas", "took over", "take"),
    "de": ("verkauf", "veräußer", "übergeb", "übergibt", "überträgt", "übertrag", "kauf", "übernimmt", "übernehm", "übernommen", "erwirbt", "erwerb", "erworben"),
    "fr": ("vend", "cèd", "céd", "rachè", "rachet", "acqui", "repr", "récup"),
    "it": ("vend", "ced", "passa", "acquist", "acquisit", "rilev", "compr"),
    "es": ("vend", "ced", "traspas", "transfier", "compr", "adqui", "queda", "hace", "hará", "hizo"),
}
# goods that come from the plant between the verb and the noun: "sells cells from its plant"
_FROM = re.compile(r"\b(?:from|out of|aus|vom|von|de|des|du|depuis|da|dal|dalla|dallo|dai|desde|del)\s", re.I)
_RX: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _rx(lang: str):
    if lang not in _RX:
        _RX[lang] = (re.compile(_SELL[lang], re.I), re.compile(_TO[lang], re.I), re.compile(_BUY[lang], re.I))
    return _RX[lang]


def new_owner(text: str, base: int, comps, n0: int, n1: int, lang: str | None) -> str | None:
    """The company a plant noun at ``n0..n1`` passes to in the sentence ``text``, or None."""
    lang = lang if lang in _SELL else "en"
    lower = text.casefold()
    if not any(w in lower for w in _LITERALS[lang]):
        return None
    sell, to, buy = _rx(lang)
    spans = sorted((m.start - base, m.end - base, company_name(m)) for m in comps)
    m = sell.search(text, max(0, n0 - 60), n0)
    if m and not _FROM.search(m.group(0)):
        # the buyer: the first company after the noun, with the recipient's preposition before it
        for s, _, name in spans:
            if n1 <= s <= n1 + 70:
                return name if to.search(text, max(n1, s - 40), s) else None
        return None
    before = [(s, e, name) for s, e, name in spans if e <= n0]
    if before:
        e = before[-1][1]
        # the subject: the company right before the verb; (a possessive "Kornex's plant" is the
        # object's seller, so the buyer is the company before that)
        between = [x for x in before if e - 80 <= x[0] and x[1] <= n0]
        for s2, e2, name2 in reversed(between):
            b = buy.match(text[e2:n0])
            if b and not _FROM.search(b.group("obj")):  # (not "takes the output of the plant")
                return name2
    return None
