"""The country a description states right before the name of a company the gazetteer does not know:
"den spanischen Gussteilehersteller Termoval", "the Spanish cooling specialist Termoval", "lo
specialista spagnolo Termoval", "le spécialiste espagnol Termoval", "el especialista español Termoval".

The press names such a company a second time by its people or its nationality ("Die Spanier beliefern
Y", "gli spagnoli", "les Espagnols", "los españoles", "la española"): coreference looks for the latest
company known to be of that country, and without this a company known only from its page has none.
The description must be one noun phrase ending at the name: an article, lower-case words (German
adjectives before a capitalised head noun; in Italian, French and Spanish a noun and the nationality
adjective after it, right before the name) and a head noun; English "the Spanish maker", "Spanish
battery maker" (its head a noun of agent or a company word, so "Spanish regulators approved X" states
nothing of X).
"""

from __future__ import annotations

from .vocab import NATIONALITY

__all__ = ["learn_described_countries"]

#: articles (fused with a preposition too) that open the description
_ARTICLES = {
    "de": frozenset("der die das den dem des ein eine einen einem einer eines vom zum zur beim im am".split()),
    "it": frozenset("il lo la l i gli le un uno una del dello della dell dei degli delle al allo alla all ai agli alle "
                    "dal dallo dalla dall dai dagli dalle col sul sullo sulla nel nello nella".split()),
    "fr": frozenset("le la l les un une du des au aux".split()),
    "es": frozenset("el la los las un una del al".split()),
    "en": frozenset("the a an".split()),
}
#: English heads that name a company though they end in none of the agent suffixes
_EN_HEADS = frozenset("group company firm startup start-up giant conglomerate business outfit house".split())
_EN_AGENT = ("er", "or", "ist", "ant", "ent")
_WORDS = 4  # lower-case words between the article and the name, at most


def learn_described_countries(sentence_tokens, language: str, companies) -> None:
    """Give each company the gazetteer does not know, and with no country yet, the country its
    description states right before one of its names; all its mentions get it."""
    articles = _ARTICLES.get(language)
    if articles is None:
        return
    learned: dict[str, str] = {}
    for s_index, _s, _e, tokens in sentence_tokens:
        ms = companies.get(s_index)
        if not ms:
            continue
        at = {t.start: k for k, t in enumerate(tokens)}
        for c in ms:
            if c.attrs.get("known") or c.attrs.get("country") or c.source == "coref" or not c.canonical:
                continue
            k = at.get(c.start)
            iso = _stated(tokens, k, language, articles) if k else None
            if iso is not None:
                learned.setdefault(c.canonical, iso)
    if not learned:
        return
    for s_index in sorted(companies):
        for c in companies[s_index]:
            iso = learned.get(c.canonical)
            if iso is not None and not c.attrs.get("known") and not c.attrs.get("country"):
                c.attrs["country"] = iso


def _stated(tokens, k: int, language: str, articles) -> str | None:
    """The country the noun phrase ending right before ``tokens[k]`` states, or None."""
    head = tokens[k - 1]
    if not head.text[:1].isalpha():
        return None
    if language == "de":
        # the head a capitalised noun ("Spezialisten", "Zulieferer"), its adjectives lower case before it
        if not head.text[:1].isupper() or head.key in NATIONALITY:
            return None
    elif language == "en":
        if not (head.key.endswith(_EN_AGENT) or head.key in _EN_HEADS):
            return None
    elif not head.text[:1].islower() or head.key not in NATIONALITY:
        # the Romance adjective follows its noun and ends the phrase ("lo specialista spagnolo X"); one
        # further back belongs to another noun ("la società spagnola fornisce X")
        return None
    iso = NATIONALITY.get(head.key) if language in ("it", "fr", "es") else None
    j = k - 2
    while j >= 0 and k - 1 - j <= _WORDS:
        tok = tokens[j]
        if tok.key in articles and tok.text[:1].islower() or (tok.key in articles and j == 0):
            return iso
        if language == "en" and tok.key in NATIONALITY and tok.text[:1].isupper():
            # "the Spanish maker", "Spanish battery maker" (a headline's opening)
            return NATIONALITY[tok.key] if j == 0 or tokens[j - 1].key in articles or not tokens[j - 1].text[:1].isalpha() else None
        if not tok.text[:1].islower():
            return None
        iso = iso or NATIONALITY.get(tok.key)
        j -= 1
    return None
