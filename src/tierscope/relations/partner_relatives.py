"""A partnership told in a relative clause on the partner, opened by "with which":

    "The cells come from Brixo, with which Norvik launched a joint research programme in 2019."
    "Le celle arrivano da Brixo, con cui Norvik ha avviato un programma di ricerca congiunto."
    "Les cellules viennent de Brixo, avec laquelle Norvik a signé une alliance technologique."
    "Las celdas llegan de Brixo, con la que Norvik firmó una alianza tecnológica."
    "Die Zellen kommen von Brixo, mit dem Norvik ein gemeinsames Forschungsprogramm gestartet hat."

and the same relative joined by "and" to another relative on the partner, its subject left out
("Norvik holds ties with Brixo, in which it holds 25% and with which it works on cells", "di cui è
primo azionista e con cui collabora", "qui lui fournit des puces et avec laquelle il a un accord de
développement commun").

The frames read "with" only before a name, so the relative pronoun leaves the verb without a
partner. The partner is the company right before the relative (or before the relative the "and"
joins it to); the relative's subject is the company named in it before the words of joint work,
else the first company of the sentence's run of clauses (after the last colon or semicolon). Only
words of working together count (cooperation, alliance, a joint programme), not a bare deal: a
supply or a sale told so is not a partnership. A joint venture formed in the relative is one.
"""

from __future__ import annotations

import re

from . import engine
from .pronoun_partners import FUTURE  # (a future near the words of joint work: announced, not running yet)

__all__ = ["partner_relatives"]

_I = re.IGNORECASE
#: the relative pronoun after "with", the comma before it or an "and" that joins it to a relative before
_OPEN = {
    "en": re.compile(r"(?P<comma>,)?\s*(?P<and>and\s+)?with\s+(?:which|whom)\b", _I),
    "it": re.compile(r"(?P<comma>,)?\s*(?P<and>e\s+)?con\s+(?:cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali)\b", _I),
    "fr": re.compile(r"(?P<comma>,)?\s*(?P<and>et\s+)?avec\s+(?:laquelle|lequel|lesquels|lesquelles|qui)\b", _I),
    "es": re.compile(r"(?P<comma>,)?\s*(?P<and>y\s+)?con\s+(?:la\s+que|el\s+que|los\s+que|las\s+que|la\s+cual|el\s+cual|quien|quienes)\b", _I),
    # ("mit dem Ziel", "mit der Marke": an article before a noun is no relative: see _article)
    "de": re.compile(r"(?P<comma>,)\s*(?P<and>und\s+)?mit\s+(?:dem|der|denen)\b", _I),
}
#: a literal every opening holds, asked before the search
_LITERAL = {"en": "with wh", "it": "con ", "fr": "avec ", "es": "con ", "de": "mit de"}
#: a relative before the "and" (the partner stands right before it): "in which", "di cui", "dont", "de la que", "an dem"
_FIRST_RELATIVE = {
    "en": re.compile(r",\s*(?:which|in\s+which|of\s+which|whose|that)\b", _I),
    "it": re.compile(r",\s*(?:che|di\s+cui|in\s+cui|nella\s+quale|nel\s+quale|della\s+quale|del\s+quale)\b", _I),
    "fr": re.compile(r",\s*(?:qui|dont|dans\s+laquelle|dans\s+lequel|que)\b", _I),
    "es": re.compile(r",\s*(?:que|de\s+la\s+que|del\s+que|en\s+la\s+que|en\s+el\s+que|cuyo|cuya)\b", _I),
    "de": re.compile(r",\s*(?:der|die|das|an\s+dem|an\s+der|dessen|deren)\b", _I),
}
#: words of working together inside the relative
_JOINT = {
    "en": re.compile(r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partner(?:s|ed|ing|ship|ships)?|alliance|work(?:s|ed|ing)?|"
                     r"(?:co-?)?develop(?:s|ed|ing)?|jointly|joint\s+(?:development|research|programme|program|project|lab\w*)|"
                     r"teamed\s+up|memorandum\s+of\s+understanding|MoU)\b", _I),
    "it": re.compile(r"\b(?:collabor\w*|cooper\w*|lavor\w*|svilupp\w*|partnership|alleanz\w*|congiunt\w*|"
                     r"accordo\s+di\s+(?:collaborazione|cooperazione|sviluppo)|memorandum)\b", _I),
    "fr": re.compile(r"\b(?:collabor\w*|coop[èé]r\w*|travaill\w*|(?:co-?)?développ\w*|partenariat|alliance|conjoint\w*|"
                     r"commun(?:e|s|es)?|protocole\s+d['’]accord|accord\s+de\s+(?:coopération|collaboration|développement))\b", _I),
    "es": re.compile(r"\b(?:colabor\w*|cooper\w*|trabaj\w*|(?:co-?)?desarroll\w*|alianza|asociación|conjunt[oa]s?|"
                     r"memorando|acuerdo\s+de\s+(?:colaboración|cooperación|desarrollo))\b", _I),
    "de": re.compile(r"\b(?:kooperier\w*|zusammenarbeit\w*|zusammen(?:\s+\w+){0,2}?\s+arbeit\w*|arbeite[nt]?\b[^,;]*\bzusammen|"
                     r"entwickel\w*|forsch\w*|Partnerschaft|Allianz|Kooperation|gemeinsam\w*)\b", _I),
}
#: a joint venture formed in the relative: the pair are its parents, not bare partners
_VENTURE = re.compile(r"\b(?:joint[- ]?ventures?|JV|coentreprise|co-entreprise|empresa\s+conjunta|sociedad\s+conjunta|"
                      r"Gemeinschaftsunternehmen\w*|società\s+comune|société\s+commune)\b", _I)
#: a negation or a tie that is over, or a supply told in the relative: no partnership from these words
_NOT = {
    "en": re.compile(r"\b(?:not|never|no\s+longer|ended|terminated|broke\s+off|supply|supplies|supplied|customer|rival|compet\w*)\b|n't\b", _I),
    "it": re.compile(r"\b(?:non|mai|interrott\w*|chius\w*|fornitur\w*|fornisc\w*|client\w*|concorren\w*|compet\w*)\b", _I),
    # (whole words: "passé une alliance", "nettement" are no negation)
    "fr": re.compile(r"\b(?:ne|pas|jamais|rompu\w*|mis\s+fin|fourni\w*|approvisionn\w*|client\w*|concurren\w*)\b|\bn['’]", _I),
    "es": re.compile(r"\b(?:no|nunca|rompi\w*|puso\s+fin|suministr\w*|abastec\w*|client\w*|compet\w*)\b", _I),
    "de": re.compile(r"\b(?:nicht|nie|kein\w*|beendet\w*|liefer\w*|Kunde\w*|konkurrier\w*|Wettbewerb\w*)\b", _I),
}
#: a bare verb of working ("con cui lavoriamo bene"), weaker than a word of cooperation
_WORK = re.compile(r"work\w*|lavor\w*|travaill\w*|trabaj\w*|arbeit\w*", _I)
_BREAK = re.compile(r"[:;]")
#: the relative ends at the next comma, semicolon, colon or full stop
_END = re.compile(r"[,;:.!?]")


def partner_relatives(lex: engine.Compiled, text: str, spans: list[tuple[int, int, str]],
                      supplied: set[frozenset[str]] = frozenset()) -> list[engine.Found]:
    """``spans``: (start, end, name) of the sentence's companies, in order; ``supplied``: the pairs the
    sentence's frames read a supply of. A supplier one "works well with" is a supplier: a bare verb of
    working (no word of cooperation or a joint programme) gives no partnership of a pair in a supply,
    nor after words of supply ("le celle ci arrivano da Y, con cui lavoriamo bene")."""
    rx = _OPEN.get(lex.lang)
    if rx is None or len(spans) < 2 or _LITERAL[lex.lang] not in text.lower():
        return []
    out: list[engine.Found] = []
    for m in rx.finditer(text):
        if lex.lang == "de" and _article(text, spans, m.end()):
            continue
        partner = _partner(lex.lang, text, spans, m)
        if partner is None:
            continue
        end = _END.search(text, m.end())
        hi = end.start() if end else len(text)
        joint = _JOINT[lex.lang].search(text, m.end(), hi) or _VENTURE.search(text, m.end(), hi)
        if joint is None or _NOT[lex.lang].search(text, m.end(), hi):
            continue
        inside = [(s, e, n) for s, e, n in spans if m.end() <= s and e <= joint.start()]
        if inside:
            subject = inside[0][2]
        else:
            lo = max((b.end() for b in _BREAK.finditer(text, 0, m.start())), default=0)
            first = next(((s, e, n) for s, e, n in spans if s >= lo), None)
            # the subject is left out: the run's first company, named before the partner
            subject = first[2] if first is not None and first[1] <= m.start() else None
        if subject is None or subject == partner:
            continue
        if _WORK.fullmatch(joint.group(0)) and (frozenset((subject, partner)) in supplied or _supply_before(lex, text, m.start())):
            continue
        typ = "joint_venture" if _VENTURE.search(text, m.end(), hi) else "partners_with"
        default = "announced" if FUTURE.search(text, m.end(), hi) else "active"
        party = [(s, e) for s, e, n in spans if n in (subject, partner)]
        status, _ = engine.status_for(lex, text, joint.start(), joint.end(), default, party, refusable=True)
        if status is None:
            continue
        out.append(engine.Found(typ, subject, partner, status, 0.6, None, (joint.start(), joint.end())))
    return out


def _partner(lang: str, text: str, spans: list[tuple[int, int, str]], m: re.Match) -> str | None:
    """The company the relative is said of: right before its comma, or, after "and", right before the
    relative the "and" joins it to."""
    if m.group("and"):
        firsts = [r for r in _FIRST_RELATIVE[lang].finditer(text, 0, m.start()) if r.end() <= m.start()]
        if not firsts or _BREAK.search(text, firsts[-1].end(), m.start()):
            return None
        at = firsts[-1].start()
    elif m.group("comma"):
        at = m.start()
    else:
        return None
    before = [(s, e, n) for s, e, n in spans if e <= at]
    if not before or text[before[-1][1] : at].strip():
        return None
    return before[-1][2]


def _article(text: str, spans: list[tuple[int, int, str]], at: int) -> bool:
    """German "mit dem Ziel", "mit der Marke X": the pronoun is an article, its noun capitalised and
    no company's name ("mit dem Norvik ... kooperiert" names the subject)."""
    w = re.match(r"\s+(\w)", text[at:])
    return bool(w and w.group(1).isupper() and not any(s == at + w.start(1) for s, _e, _n in spans))


def _supply_before(lex: engine.Compiled, text: str, at: int) -> bool:
    """Whether a supply trigger of the lexicon matches before the relative (asked only for a bare verb
    of working, rarely)."""
    return any(t["type"] == "supplies" and rx.search(text, 0, at) for rx, t in lex.triggers)
