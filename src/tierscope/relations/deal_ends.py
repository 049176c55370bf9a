"""A contract whose own predicate tells its end, past an aside or a relative clause on it: "il contratto con Y
per i compressori, che da solo pesava per un quinto dei ricavi, è scaduto a fine 2025", "its supply contract with Y,
which covered a fifth of sales, ran out in June", "Wir hatten einen Liefervertrag mit Y, der mit der Pleite des Kunden
hinfällig geworden ist". Journalists put what the contract was worth or covered between the noun and its verb,
so the end stands further from the party than the status cues reach; the tie is over all the same.

Only a contract's or an agreement's noun at the trigger (or a few words before it), only an end said of a
contract (expired, ran out, not renewed; not Italian "si è chiuso", which also tells a deal closed), never across
';', ':' or a sentence end, nor past a word that opens another clause ("mentre", "while", "but") or names another
contract ("quello con", "the one with"); not where the clause renews or extends the contract."""

from __future__ import annotations

import re

#: a contract's or an agreement's noun
_DEAL = {
    "it": r"\b(?:contratt[oi]|accord[oi]|intes[ae])\b",
    "en": r"\b(?:contracts?|agreements?|deals?)\b",
    "fr": r"\b(?:contrats?|accords?)\b",
    "es": r"\b(?:contratos?|acuerdos?)\b",
    "de": r"(?:[Vv]ertrag|[Vv]ereinbarung|[Aa]bkommen)\w*",
}
#: an end said of a contract, as its own verb
_END = {
    "it": r"\b(?:(?:è|era|sono|erano) (?:stat[oi] )?(?:scadut|decadut|risolt|disdett|rescis)[oi]|non (?:è|sono) stat[oi] (?:rinnovat|prorogat)[oi]|si (?:è|sono) (?:interrott|conclus)[oi])\b",
    "en": r"\b(?:expired|ran out|lapsed|(?:has|had|have) (?:expired|lapsed|run out)|(?:was|were) (?:terminated|cancell?ed|not renewed|not extended))\b",
    "fr": r"(?:\ba expiré|\ba pris fin|\barrivée? à (?:son )?(?:échéance|terme)|\bn['’]a pas été (?:reconduit|renouvelé|prolongé)e?|\ba été (?:résilié|rompu|dénoncé)e?)\b",
    "es": r"\b(?:expiró|venció|ha (?:expirado|vencido)|terminó|(?:fue|ha sido) (?:rescindid|cancelad)[oa]|no (?:fue|ha sido) (?:renovad|prorrogad)[oa]|no se renovó)\b",
    "de": r"\b(?:ausgelaufen|abgelaufen|hinfällig geworden|gekündigt worden|beendet worden)(?: (?:ist|war|sind|waren))?\b|\blief (?:[\w-]+ ){0,4}?aus\b",
}
#: a word that opens another clause or points to another contract between the noun and the end
_OTHER = {
    "it": r"\b(?:mentre|ma|però|invece|quell[oa]|quelli|quelle)\b",
    "en": r"\b(?:while|whereas|but|the one|those)\b",
    "fr": r"\b(?:tandis|alors que|mais|celui|celle|ceux)\b",
    "es": r"\b(?:mientras|pero|sino|el de|la de|los de)\b",
    "de": r"\b(?:während|aber|jedoch|sondern)\b",
}
#: a clause that renews or extends the contract: the end is not the tie's
_RENEWED = re.compile(r"\b(?:rinnov|prorog|renew|extend|renouvel|prolong|renov|prorrog|verlänger)\w*", re.I)

_DEAL_RX = {lang: re.compile(rx) for lang, rx in _DEAL.items()}
_AFTER_RX = {lang: re.compile(rf"[^;:.!?]{{0,200}}?(?:{_END[lang]})", re.I) for lang in _END}
_OTHER_RX = {lang: re.compile(rx, re.I) for lang, rx in _OTHER.items()}


def deal_ended_after(lang: str, text: str, t0: int, t1: int, party_spans: list[tuple[int, int]]) -> bool:
    """Whether a contract's noun at the trigger (up to 40 characters before it, no comma or bracket between) is told to have ended by its own
    verb, within 200 characters after the tie and its parties, with no ';', ':' or sentence end, no word of
    another clause and no renewal between."""
    deal = _DEAL_RX.get(lang)
    if deal is None:
        return False
    m = None
    for m in deal.finditer(text, max(0, t0 - 40), t1 + 1):
        pass
    if m is None or any(c in text[m.end() : t0] for c in ",()"):
        return False  # (not a contract with a company whose apposition names the tie: "Son contrat avec Y, la coentreprise de A et B")
    last = max([t1, m.end()] + [b for _, b in party_spans])
    end = _AFTER_RX[lang].match(text, last)
    if end is None:
        return False
    between = text[m.end() : end.end()]
    if _OTHER_RX[lang].search(between):
        return False
    lo = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
    return _RENEWED.search(text, lo, end.end()) is None
