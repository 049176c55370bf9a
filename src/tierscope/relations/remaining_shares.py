"""The rest of a company's capital, held by a company named in the sentence after the one that tells the
first share:

    "Norvik owns 75% of Brixo. Corvalis holds the remaining 25%."
    "Norvik controlla il 75% di Brixo. Il restante 25% è in mano a Corvalis."
    "Norvik controla el 75% de Brixo. El 25% restante está en manos de Corvalis."
    "Norvik contrôle 75 % de Brixo. Les 25 % restants sont détenus par Corvalis."
    "Norvik hält 75 Prozent an Brixo. Die übrigen 25 Prozent hält Corvalis."

"The remaining 25%" points back to the company whose capital the sentence before splits, which the
sentence names no more: the company a stake of the sentence before is in (the frames' reading there), or,
where that sentence reads none, its only company ("Brixo was founded in 2024 by two partners with 45%
each. The remaining 10% is held by Corvalis"). The holder is the company nearest the words of the rest in
their clause, with a word of holding between ("holds", "is held by", "è in mano a", "está en manos de",
"sont détenus par", "hält", "bleiben bei") and no other figure; more than half is ownership, else a stake.
Not "the remaining 30% of the output" (a rest of something else) nor a rest told with no holding word
("the rest comes from Kestrel").
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .members import later_sentences, named_companies

__all__ = ["remaining_shares"]

_NUM = r"\d{1,2}(?:[.,]\d{1,2})?"
_PCT = {
    "en": _NUM + r"\s*(?:%|per\s*cent|percent)",
    "it": _NUM + r"\s*(?:%|per\s*cento)",
    "es": _NUM + r"\s*(?:%|por\s*ciento)",
    "fr": _NUM + r"\s*(?:%|pour\s*cent)",
    "de": _NUM + r"\s*(?:%|Prozent)",
}
#: the words of the rest, with its figure or without ("the rest", "il resto", "den Rest")
_REST = {
    "en": r"\bthe\s+(?:remaining|other|outstanding)\s+{pct}|\bthe\s+(?:rest|remainder|balance)\b",
    "it": r"\b(?:il|l['’])\s*(?:restante|rimanente|altro)\s+{pct}|\bil\s+{pct}\s+(?:restante|rimanente)\b|\bil\s+resto\b",
    "es": r"\bel\s+{pct}\s+restante\b|\bel\s+(?:otro|restante)\s+{pct}|\bel\s+resto\b",
    "fr": r"\bles\s+{pct}\s+restants?\b|\bles\s+(?:autres|derniers)\s+{pct}|\ble\s+(?:reste|solde)\b",
    "de": r"\b(?:die|den|der)\s+(?:übrigen|restlichen|verbleibenden|anderen)\s+{pct}|\b(?:den|der)\s+Rest\b",
}
_PCT_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _PCT.items()}
_REST_RX = {k: re.compile(v.format(pct=_PCT[k]), re.IGNORECASE) for k, v in _REST.items()}
#: what may follow the rest: "of" and the capital only ("the remaining 30% of the output" is no share)
_OF = re.compile(r"\s+(?:of|de|del|de\s+la|della|dello|di|dell['’]|du|des|d['’]|der)\b", re.IGNORECASE)
_CAPITAL = re.compile(r"\s*(?:the\s+|il\s+|la\s+|le\s+|les\s+|el\s+|las\s+|gli\s+|l['’]\s*)?"
                      r"(?:capital|capitale|shares|equity|stock|azioni|quote|acciones|participaciones|actions|parts"
                      r"|Anteile|Aktien|Kapitals)\b", re.IGNORECASE)
#: a word of holding between the rest and its holder
_HOLD = {
    "en": r"\b(?:holds?|held|holding|owns?|owned|keeps?|kept|retains?|retained|belongs?|stays?\s+with|remains?\s+with"
          r"|(?:is|are)\s+with|hands\s+of|controlled\s+by)\b",
    "it": r"\b(?:mano|mani|detiene|detengono|detenut[oaie]|possied[eo]|possiedono|posseduto|posseduta|conserva|conservano"
          r"|mantiene|mantengono|resta\s+(?:a|al|alla|in)|restano\s+(?:a|al|alla|in)|rimane\s+(?:a|al|alla|in)"
          r"|rimangono\s+(?:a|al|alla|in)|è\s+d[ie]|sono\s+d[ie]|fa\s+capo|fanno\s+capo|appartiene|appartengono|in\s+capo)\b",
    "es": r"\b(?:manos|poder|posee|poseen|tiene|tienen|conserva|conservan|conservará|conservarán|mantiene|mantienen"
          r"|mantendrá|retiene|pertenece|pertenecen|queda\s+en|quedará\s+en|es\s+de|son\s+de|corresponde\s+a)\b",
    "fr": r"(?:\bmains\b|\bdétien(?:t|nent|dra)\b|\bdétenu(?:e|s|es)?\b|\bconserve(?:nt|ra)?\b|\bgarde(?:nt|ra)?\b"
          r"|\bposs[èé]d(?:e|ent)\b|\bappartien(?:t|nent)\b|\brevien(?:t|nent)\s+à|\brest(?:e|ent)\s+(?:à|aux|au|entre)"
          r"|\bsont\s+(?:à|aux|au)\b)",
    "de": r"\b(?:hält|halten|hielt|hielten|gehört|gehören|gehörten|besitzt|besitzen|behält|behalten|behielt"
          r"|(?:bleibt|bleiben|blieb|blieben|liegt|liegen|lag|lagen|verbleibt|verbleiben)\s+(?:\w+\s+)?bei"
          r"|entf(?:ällt|allen)\s+auf)\b",
}
_HOLD_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _HOLD.items()}
_STAKES = ("owns", "invests_in", "acquires")
#: a second relative on a name further back ("Arratia, ... of Norvik, and which keeps the rest"): not the name before it
_AND_RELATIVE = re.compile(r"\b(?:and|y|e|et|und)\s+(?:which|who|that|que|quien|che|cui|qui|der|die|das|welche[rs]?)\b",
                           re.IGNORECASE)
#: a share of a company named in the rest's own sentence ("holds 51% of Brixo, with Corvalis holding the
#: rest"): the rest is of that company, which the frames read there
_SHARE_OF = re.compile(r"\s+(?:of|in|de|del|de\s+la|della|dello|di|dell['’]|du|des|d['’]|dans|en|nel|nella|an|am)\b"
                       r"(?:\s*[\w'’-]+){0,3}?\s*$", re.IGNORECASE)
_REACH = 80  # characters at most between the rest and its holder


def _figure(m: re.Match) -> float | None:
    pct = re.search(_NUM, m.group())
    return float(pct.group().replace(",", ".")) if pct else None


def _held(doc: Document, per_sentence: list[list[Mention]], found, i: int, here: set[str]) -> str | None:
    """The company whose capital the sentence before ``i`` splits: the one its stakes are in, or its only company."""
    before = i - 1
    if before < 0 or doc.sentences[before].story != doc.sentences[i].story:
        return None
    targets = {f.target for f, _lang in found.get(before, ()) if f.type in _STAKES}
    if not targets:
        targets = {_name(c) for c in named_companies(per_sentence[before])}
    if len(targets) != 1:
        return None
    held = next(iter(targets))
    return None if held in here else held  # named again here: the frames read its own mention


def _holder(text: str, lo: int, rest: re.Match, comps: list[Mention], hold: re.Pattern,
            figure: re.Pattern) -> Mention | None:
    """The company nearest the rest in its clause, a word of holding and no other figure between."""
    best, gap = None, _REACH + 1
    for c in comps:
        a, b = (c.end - lo, rest.start()) if c.end - lo <= rest.start() else (rest.end(), c.start - lo)
        between = text[a:b]
        if b - a > _REACH or re.search(r"[;:()]", between) or figure.search(between) or _AND_RELATIVE.search(between) \
                or not hold.search(between):
            continue
        if b - a < gap:
            best, gap = c, b - a
    return best


def _splits_named(text: str, lo: int, end: int, comps: list[Mention], figure: re.Pattern) -> bool:
    """Whether the sentence tells a share of a company it names before the rest (``end``)."""
    for f in figure.finditer(text, 0, end):
        for c in comps:
            if f.end() < c.start - lo <= f.end() + 40 and _SHARE_OF.fullmatch(text, f.end(), c.start - lo):
                return True
    return False


def remaining_shares(doc: Document, per_sentence: list[list[Mention]], found, language: str):
    """(sentence of the rest, sentence of the company, Found) for each rest of a capital so held."""
    rx, hold = _REST_RX.get(language), _HOLD_RX.get(language)
    if rx is None:
        return []
    out = []
    for i, sent, text in later_sentences(doc):
        for rest in rx.finditer(text):
            of = _OF.match(text, rest.end())
            if of is not None and not _CAPITAL.match(text, of.end()):
                continue  # "the remaining 30% of the output": no share of a company
            comps = named_companies(per_sentence[i])
            if _splits_named(text, sent.start, rest.start(), comps, _PCT_RX[language]):
                continue
            holder = _holder(text, sent.start, rest, comps, hold, _PCT_RX[language])
            if holder is None:
                continue
            held = _held(doc, per_sentence, found, i, {_name(c) for c in comps})
            name = _name(holder)
            if held is None or held == name:
                continue
            if any(f.type in _STAKES and name in (f.source, f.target) for f, _lang in found.get(i, ())):
                continue  # the frames read the holder's own stake here
            figure = _figure(rest)
            kind = "owns" if figure is not None and figure > 50 else "invests_in"
            span = (holder.start - sent.start, holder.end - sent.start)
            status, _ = engine.status_for(engine.compiled(language), text, rest.start(), rest.end(), "active", [span])
            if status is None:
                continue
            out.append((i, i - 1, engine.Found(kind, name, held, status, 0.6, None, rest.span())))
    return out
