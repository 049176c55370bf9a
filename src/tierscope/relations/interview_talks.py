"""Talks an interviewee tells in the first person, with no goods named: a supply the chain directs.

    (Verkor, a cell maker)  "We are talking to Volvo Cars, yes."            -> supplies Verkor Volvo Cars (in_talks)
    (Varta)                 "Wir sind mit Bosch im Gespräch."               -> supplies Varta Bosch (in_talks)
    (Scania, a truck maker) "Sí, negociamos con Northvolt."                 -> supplies Northvolt Scania (in_talks)
    (Verkor)                "Nous ne sommes pas en discussion avec Ferrari." -> supplies Verkor Ferrari (denied)

An interview's questions set the subject ("Are you talking to Volvo Cars about cells?"), and the answer
names the partner and the talks, not the goods. The talks frame (frames/talks.py) reads nothing of talks
about nothing named, rightly in a story ("X is in talks with Y" may be about anything); in an answer the
talks are the interviewee's trade: what it makes goes to a company above it in the chain (cell maker to
carmaker), what a company below it makes comes to it. So: in an answer (not a question), a talks word, a
first-person word of the interviewee's company in its clause (entities/interview.py, interview_words.py)
and the partner after "with" (or "with" the partner fronted: "Mit Bosch sprechen wir"), with both on
different rungs of the gazetteer's chain (``products.tier``). Goods named in the clause decide where the
rungs do not (``talks_goods.talks_supply``). A negation in the clause denies the talks ("We have no talks
with Y", "Mit Y führen wir keine Gespräche", "No estamos negociando con Y"). Talks about the interviewee's
own sale ("We have never been in talks with Y about a sale", "y tampoco estamos en venta") or its capital
("avec Y sur notre capital", "a stake in us") make the partner the would-be buyer or investor, denied
likewise. Other talks about a stake, a sale, a venture or a partnership are the talks frame's (its purpose
words, lexicon ``talks_purpose``); a partner that belongs to the interviewee's group (or owns it) is no
customer.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from ..entities.interview_company import is_question
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to, page_trade, unknown_to_maker
from .lexicon import load
from .products import tier
from .lexicon._shared import TAKING_WASTE
from .talks_goods import buyer_trade_named, talks_supply, vehicles_named

__all__ = ["interview_talks"]

_I = re.IGNORECASE

#: the talks word, noun or verb, every person and tense the first person uses
_TALKS = {
    "en": r"\b(?:talks|negotiations|discussions|conversations|contacts?|touch|talking|negotiating|discussing|speaking"
          r"|talk|talked|negotiate|negotiated|discuss|discussed|speak|spoke|spoken)\b",
    "de": r"\b(?:Gespräch|Gespräche|Gesprächen|Verhandlung|Verhandlungen|Kontakt|Austausch|verhandeln|verhandelten|verhandelt"
          r"|sprechen|sprachen|gesprochen|reden|redeten|geredet)\b",
    "fr": r"\b(?:discussions?|négociations?|pourparlers|contacts?|discutons|discutions|discuté|négocions|négociions|négocié"
          r"|parlons|parlions|parlé|échangeons|échangé)\b",
    "it": r"\b(?:trattativ[ae]|negoziat[oi]|negoziazion[ei]|colloqui|discussion[ei]|contatt[oi]|dialogo|trattando|trattato"
          r"|trattiamo|trattavamo|negoziando|negoziamo|negoziato|discutendo|discutiamo|discusso|parlando|parliamo|parlato"
          r"|dialoghiamo|dialogando)\b",
    "es": r"\b(?:conversaci[oó]n|conversaciones|negociaci[oó]n|negociaciones|contactos?|diálogo|discusiones|negociando"
          r"|negociamos|negociábamos|negociado|hablando|hablamos|hablábamos|hablado|conversando|conversamos|conversado"
          r"|dialogando|dialogamos)\b",
}
#: "with" (and the article) right before the partner; English talks "to" a partner as well
_WITH = {
    "en": r"\b(?:with|to)\s+(?:the\s+)?$",
    "de": r"\bmit\s+(?:der\s+|dem\s+|den\s+)?$",
    "fr": r"\bavec\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?$",
    "it": r"\b(?:con\s+(?:il\s+|la\s+|lo\s+|i\s+|gli\s+|le\s+|l['’]\s*)?|col\s+|coi\s+)$",
    "es": r"\bcon\s+(?:el\s+|la\s+|los\s+|las\s+)?$",
}
#: a negation in the clause: the talks are denied
_NEGATION = {
    "en": r"\b(?:not|no|never|n['’]t|neither|nor)\b|n['’]t\b",
    "de": r"\b(?:nicht|kein|keine|keinen|keiner|keinerlei|nie|niemals|weder)\b",
    "fr": r"\b(?:ne|n['’]|pas|jamais|aucun|aucune|ni)\b|\bn['’]",
    "it": r"\b(?:non|mai|nessun|nessuna|nessuno|né)\b",
    "es": r"\b(?:no|nunca|jamás|ningún|ninguna|ninguno|ni)\b",
}
#: words of the first person plural that the entity stage binds to the interviewee in English and German
#: (interview_words.py makes them references back, without the ``interview`` mark of interview.py)
_WE_WORDS = frozenset("we us our ours wir uns unser unsere unseren unserem unserer unseres".split())
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
#: a contrast word opens a clause of its own: a negation before it is not the talks' ("Not yet, but we are
#: talking to Y", "Noch nicht, aber wir sprechen mit Y", "Pas encore, mais nous discutons avec Y")
#: a restrictive word after a negation: "not only", "nicht nur", "pas seulement", "non solo", "no solo" deny nothing
_ONLY = re.compile(r"\b(?:only|just|merely|nur|bloß|lediglich|seulement|uniquement|solo|soltanto|solamente|sólo|únicamente)\b", _I)
_CONTRAST = re.compile(r"\b(?:but|aber|sondern|jedoch|mais|ma|però|pero|sino)\b", _I)
_NEAR = 45  # characters between the talks word and the partner or the first person
_TALKS_RX = {k: re.compile(v, _I) for k, v in _TALKS.items()}
_WITH_RX = {k: re.compile(v, _I) for k, v in _WITH.items()}
_NEGATION_RX = {k: re.compile(v, _I) for k, v in _NEGATION.items()}
#: purposes that make the talks another tie (the talks frame's)
_OTHER_PURPOSES = ("sell", "stake", "acquire", "enters", "venture", "partner")
_PURPOSE_RX: dict[str, list[re.Pattern]] = {}


def _taking_waste(language: str) -> re.Pattern:
    """``lexicon._shared.TAKING_WASTE`` of the language ("about handling scrap from its plant")."""
    if language not in _WASTE_RX:
        _WASTE_RX[language] = re.compile(TAKING_WASTE.get(language, r"(?!)"), _I)
    return _WASTE_RX[language]


_WASTE_RX: dict[str, re.Pattern] = {}


def _purposes(language: str) -> list[re.Pattern]:
    if language not in _PURPOSE_RX:
        raw = load(language).get("talks_purpose", {})
        _PURPOSE_RX[language] = [re.compile(raw[k], _I) for k in _OTHER_PURPOSES if k in raw]
    return _PURPOSE_RX[language]


#: the interviewee itself for sale ("about a sale", "we are not for sale", "zum Verkauf", "à vendre", "in
#: vendita", "en venta"); not a purchase ("una gran compra", "a takeover": who buys is not said)
_SALE = {
    "en": r"\b(?:(?:a|the|any) sale\b(?! of\b)|for sale\b|sell(?:ing)? (?:the company|the business|us|out)\b)",
    "de": r"\b(?:(?:einen|den|einem|dem) Verkauf\b(?! (?:von|der|des)\b)|zum Verkauf\b|zu verkaufen\b|(?:das Unternehmen|die Firma|uns) (?:zu )?verkaufen\b)",
    "fr": r"(?:\bà vendre\b|\b(?:une|la|aucune) vente\b(?! (?:de|du|des|d['’])\b)|\bvendre (?:l['’]entreprise|la société)\b)",
    "it": r"\b(?:in vendita\b|(?:una|la|nessuna) vendita\b(?! (?:di|del|della|dei|delle|degli)\b)|(?:una|la|nessuna) cessione\b(?! (?:di|del|della|dei|delle|degli)\b)|vendere (?:l['’]azienda|la società)\b)",
    "es": r"\b(?:en venta\b|a la venta\b|(?:una|la|ninguna) venta\b(?! (?:de|del)\b)|vender (?:la empresa|la compañía)\b)",
}
#: a stake in the interviewee itself: its capital named with the first person ("a stake in us", "notre capital")
_OUR_CAPITAL = {
    "en": r"\b(?:(?:stake|shareholding|investment) in us|our (?:capital|equity|shares))\b",
    "de": r"\b(?:an uns|unser(?:em|es)? Kapital)\b",
    "fr": r"\bnotre capital\b",
    "it": r"\bnostro capitale\b",
    "es": r"\bnuestro capital\b",
}
_SALE_RX = {k: re.compile(v, _I) for k, v in _SALE.items()}
_OUR_CAPITAL_RX = {k: re.compile(v, _I) for k, v in _OUR_CAPITAL.items()}


def _ours_sold(language: str, fwd: str) -> str | None:
    """The tie the partner would take in the interviewee when the talks' purpose, after the partner, is the
    interviewee's own sale ("acquires") or its capital ("invests_in"), else None."""
    if _SALE_RX[language].search(fwd):
        return "acquires"
    if _OUR_CAPITAL_RX[language].search(fwd):
        return "invests_in"
    return None


def _first_person(m: Mention) -> bool:
    """A mention the entity stage made of a first-person word of the interviewee (or its left-out subject)."""
    return bool(m.attrs.get("interview")) or (m.source == "coref" and m.text.casefold() in _WE_WORDS)


def _sectors(doc: Document, name: str) -> list[str]:
    """The sectors any mention of the company carries (the gazetteer's, or learnt from a description), else
    the trade the page describes it by (``described_trades``);
    sorted, so that the result is the same whatever the order of the mentions."""
    found: set[str] = set()
    for m in doc.mentions:
        if m.label == "COMPANY" and m.canonical and _name(m) == name:
            found.update(m.attrs.get("sectors") or ())
    return sorted(found) or list(page_trade(name))  # (else what the page says it makes: "we make separators")


def _partner(text: str, base: int, t0: int, t1: int, others: list[Mention], language: str) -> Mention | None:
    """The company the talks are with: the first named after the talks word, "with" before it and only a
    few words between ("talks with Y", "talking to Y"), or a name before the talks word that "with"
    governs, in its clause ("Mit Y sprechen wir", "wir sind mit Y im Gespräch", "Con Y stiamo trattando")."""
    with_rx = _WITH_RX[language]
    for c in others:
        a = c.start - base
        if a >= t1 and a - t1 <= _NEAR:
            gap = text[t1:a]
            if not _CLAUSE_BREAK.search(gap) and "," not in gap and with_rx.search(text, max(0, a - 12), a) \
                    and len(gap.split()) <= 4:
                return c
            break  # (the next company is another clause's or not the talks' partner: a fronted one may still be)
    for c in reversed(others):
        a, e = c.start - base, c.end - base
        if e <= t0 and t0 - e <= _NEAR and not _CLAUSE_BREAK.search(text, e, t0) and with_rx.search(text, max(0, a - 12), a):
            return c
    return None


def interview_talks(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, sentence, Found) for each supply told as the interviewee's talks."""
    talks = _TALKS_RX.get(language)
    if talks is None or not any(_first_person(m) for m in doc.mentions if m.label == "COMPANY"):
        return []
    lex = engine.compiled(language)
    out = []
    for i, sent in enumerate(doc.sentences):
        if is_question(doc.text, sent.start, sent.end):
            continue  # the interviewer's "Are you talking to Y?"
        comps = [c for c in per_sentence[i] if c.label == "COMPANY" and _name(c)]
        ours = [c for c in comps if _first_person(c)]
        if not ours:
            continue
        text = doc.text[sent.start : sent.end]
        company = _name(ours[0])
        others = [c for c in comps if not _first_person(c) and not c.attrs.get("implied") and _name(c) != company]
        for m in talks.finditer(text):
            t0, t1 = m.start(), m.end()
            partner = _partner(text, sent.start, t0, t1, others, language)
            if partner is None:
                continue
            p0, p1 = partner.start - sent.start, partner.end - sent.start
            lo, hi = min(t0, p0), max(t1, p1)
            # the first person in the clause, the talks' subject: before the talks and the partner, or
            # between them ("wir sind mit Y im Gespräch"), or right after the talks verb ("Mit Y sprechen
            # wir"); not a possessive after both ("... avec Y sur notre capital": the purpose's)
            we = next((w for w in ours if _name(w) == company and not _CLAUSE_BREAK.search(
                text, min(w.start - sent.start, lo), max(w.end - sent.start, hi)) and (
                (w.start - sent.start < hi and hi - (w.start - sent.start) <= 2 * _NEAR)
                or 0 <= w.start - sent.start - t1 <= 2)), None)
            if we is None:
                continue
            w0 = we.start - sent.start
            if any(min(w0, lo) < c.start - sent.start < max(w0, hi) for c in others if c is not partner):
                continue
            name = _name(partner)
            if belongs_to(name, company) or belongs_to(company, name):
                continue
            rest = text[p1:]
            cut = _CLAUSE_BREAK.search(rest)
            fwd = rest[: cut.start()] if cut else rest
            start = min(w0, lo)
            # a negation from the clause's start ("Il n'y a jamais eu de discussions avec Y", "No, we are
            # not talking to Y") to the talks or the partner, whichever comes later
            brk = max((k.end() for k in (*_CLAUSE_BREAK.finditer(text, 0, start), *_CONTRAST.finditer(text, 0, start))), default=0)
            neg = _NEGATION_RX[language].search(text, max(brk, start - 40), max(t0, p0))
            # (not a restriction: "We are not only talking to Y", "nicht nur mit Y", "pas seulement avec Y")
            denied = neg is not None and not _ONLY.search(text, neg.end(), p0 if p0 > neg.end() else max(t0, p0))
            status = "denied" if denied else "in_talks"
            # (not with a third company after the partner: a unit sold, a stake in Z are the talks frame's)
            owned = None if any(c.start - sent.start >= p1 for c in others) else _ours_sold(language, fwd)
            if owned is not None:
                # talks about the interviewee's own sale or a stake in it: the partner would buy in
                out.append((i, i, engine.Found(owned, name, company, status, 0.55, None, (t0, t1))))
                continue
            if any(rx.search(text[start:p1] + " " + fwd) for rx in _purposes(language)):
                continue  # talks about a stake, a sale, a venture: the talks frame's
            if _taking_waste(language).search(fwd):
                continue  # talks about taking the partner's scrap: the talks frame's (the partner supplies)
            ours_sec, theirs = _sectors(doc, company), _sectors(doc, name)
            ta, tb = tier(ours_sec), tier(theirs)
            if ta is not None and tb is not None and ta != tb:
                src, tgt = (company, name) if ta < tb else (name, company)
            elif (who := unknown_to_maker(ours_sec, theirs)) is not None and not vehicles_named(fwd) and not any(
                    map(buyer_trade_named, (fwd, company, name))):
                # an interviewee nothing places, talking with a carmaker (or the reverse): the unplaced
                # firm would sell ("Ja, wir sind mit Y im Gespräch", "estamos negociando con Y")
                src, tgt = (company, name) if who == "a" else (name, company)
            else:
                who = talks_supply(language, ours_sec, theirs, fwd)
                if who is None:
                    continue
                src, tgt = (company, name) if who == "subject" else (name, company)
            out.append((i, i, engine.Found("supplies", src, tgt, status, 0.55, None, (t0, t1), origin="chain")))
    return out
