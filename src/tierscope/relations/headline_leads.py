"""The status of a tie told only in a headline, taken from the story's lead.

    headline: "Forsee Power passe sous le contrôle de Saft"        (acquires, read "announced")
    lead:     "La filiale de TotalEnergies a finalisé mercredi le rachat du spécialiste ..."
              -> the purchase is done: "active"

A headline tells the news in a few words and no tense of its own ("X beliefert Y", "X cede la quota in
Y"); the lead, the story's first sentence, says where the deal stands: completed, under way, ended, or
with deliveries to start later. The gold labels the status the article finally asserts, so a tie that
the body never repeats with both names takes the status the lead tells, where the lead tells one plainly
(one kind of cue only) and is about the headline's story: it names one of the two parties, or no more
than one company at all (the parties told by role: "the TotalEnergies unit", "the Korean group").
Only the status a headline's bare verb falls to (announced, active) is replaced, and only where the
headline has no status words of its own: its end, hedge, talks or denial keep their words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..doc import Document, Relation
from .engine import company_name
from .headline_names import is_headline
from .ties import by_tie

__all__ = ["lead_status", "headlines_led"]

#: a tie that has started to run, told in the lead: deliveries, production or reception begun
_RUNS_NOW = {
    "en": r"\b(?:has|have) (?:now )?(?:started|begun|began) (?:to (?:receive|deliver|supply|ship|produce)|receiving|delivering|supplying|shipping|(?:series |mass |volume )?production)\b"
          r"|\b(?:started|began) (?:to (?:receive|deliver|supply|ship)|receiving|delivering|supplying|shipping)\b|\bput into operation\b",
    "de": r"\bhat (?:\w+ ){0,10}?(?:Serienproduktion|Serienfertigung|Produktion|Fertigung|Lieferung(?:en)?|Auslieferung(?:en)?|Betrieb) (?:\w+ ){0,2}?aufgenommen\b"
          r"|\bin Betrieb genommen\b|\b(?:liefert|liefern|kommen|bezieht|beziehen) (?:\w+ ){0,2}?(?:bereits|weiterhin|seit)\b",
    "fr": r"\ba commencé (?:à|a) (?:recevoir|livrer|fournir|produire)\b|\bont commencé (?:à|a) (?:recevoir|livrer|fournir|produire)\b|\ba (?:lancé|démarré) la production\b|\bmis en service\b",
    "it": r"\b(?:ha|hanno) (?:iniziato|cominciato) a (?:ricevere|consegnare|fornire|produrre)\b|\b(?:ha|hanno) avviato la produzione\b|\bmess[oa] in (?:funzione|servizio)\b",
    "es": r"\b(?:ha|han) (?:empezado|comenzado) a (?:recibir|entregar|suministrar|producir|fabricar)\b|\b(?:ha|han) iniciado la producción\b|\bpuest[oa] en (?:marcha|servicio)\b",
}
_RUNS_NOW = {lang: re.compile(rx, re.I) for lang, rx in _RUNS_NOW.items()}

#: a deal told done in the lead: the purchase or sale completed (the verb with the deal's noun, not any
#: "closed": "closed the quarter", "closed its first contract" tell nothing of the deal)
_DONE = {
    "en": r"\b(?:completed|finali[sz]ed|closed|wrapped up)\s+(?:\w+\s+){0,3}?(?:acquisition|purchase|takeover|sale|buyout|merger|transaction|disposal)\b",
    "de": r"\b(?:Übernahme|Kauf|Verkauf|Erwerb|Transaktion|Fusion)\b[^.;:]{0,80}?\b(?:abgeschlossen|vollzogen)\b",
    "fr": r"\b(?:a|ont) (?:finalisé|bouclé|conclu|achevé|clôturé)\s+(?:\w+\s+){0,2}?(?:le |la |l['’])(?:rachat|acquisition|achat|cession|vente|reprise|fusion|opération)\b",
    "it": r"\b(?:ha|hanno) (?:completato|perfezionato|finalizzato|concluso|chiuso)\s+(?:\w+\s+){0,2}?(?:l['’]|la |il )(?:acquisizione|acquisto|cessione|vendita|rilevamento|fusione|operazione)\b",
    "es": r"\b(?:ha|han) (?:completado|cerrado|culminado|finalizado|formalizado)\s+(?:\w+\s+){0,2}?(?:la |el )(?:compra|adquisición|venta|operación|fusión|toma de control)\b",
}
_DONE = {lang: re.compile(rx, re.I) for lang, rx in _DONE.items()}

#: the lexicon's status cues that tell an end, or a start to come, plainly
_CUES = {
    "ended": ("ended", "cessation", "ended_sold"),
    "announced": ("starts_later", "starts_later_year", "future_start"),
}
#: a headline's status the lead may replace: the two a headline's bare verb falls to by default
_REPLACED = ("announced", "active")
_DASHES = "-–—"


def lead_status(lex, text: str) -> str | None:
    """The one status the lead sentence ``text`` tells plainly, or None (none, or cues of two kinds)."""
    told = set()
    for status, names in _CUES.items():
        if any(name in lex.status and lex.status[name].search(text) for name in names):
            told.add(status)
    if any(rx.get(lex.lang) is not None and rx[lex.lang].search(text) for rx in (_RUNS_NOW, _DONE)):
        told.add("active")
    return told.pop() if len(told) == 1 else None


def _lead(doc: Document, i: int) -> int | None:
    """The story's first body sentence after the headline sentence ``i``: the next that is not itself a line
    with no full stop (a subtitle, a dateline, a byline), within a few sentences."""
    for j in range(i + 1, min(i + 6, len(doc.sentences))):
        s = doc.sentences[j]
        words = doc.text[s.start : s.end].strip()
        if len(words) < 40 or words[-1] in _DASHES:
            continue  # a dateline run into the lead's line ("PARIS, 14 janvier 2026 (AFP) -"), a byline
        if not is_headline(doc.text, s.start, s.end):
            return j
    return None


def headlines_led(out: list[Relation], doc: Document, per_sentence, lex) -> list[Relation]:
    """Give a tie asserted only in headlines the status its story's lead tells (module docstring)."""
    starts = [s.start for s in doc.sentences]
    for (typ, src, tgt), rels in by_tie(out).items():
        if any(r.status not in _REPLACED for r in rels):
            continue
        if not all(is_headline(doc.text, r.evidence.start, r.evidence.end) for r in rels):
            continue
        first = min(rels, key=lambda r: r.evidence.start)
        if lead_status(lex, first.evidence.text) is not None:
            continue  # the headline has words of its own for the status ("lost the contract", "from 2027")
        j = _lead(doc, bisect_right(starts, first.evidence.start) - 1)
        if j is None:
            continue
        names = {company_name(m) for m in per_sentence[j] if m.label == "COMPANY" and company_name(m)}
        if not ({src, tgt} & names) and len(names) > 1:
            continue  # the lead tells another story, or another deal of the page
        s = doc.sentences[j]
        status = lead_status(lex, doc.text[s.start : s.end])
        if status is None or (status == "ended" and typ == "acquires"):
            continue  # (a purchase does not end: the seller's tie does)
        for r in rels:
            r.status = status
    return out
