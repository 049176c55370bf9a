"""A bare description on the held side of a stake or a purchase is the company held or bought just
before, not the story's topic nor the holder: "Norvik took the majority of Kestrel last year. Velqua still
holds a minority in the company" (Kestrel), "Norvik is in talks to take a stake in Kestrel, whose largest
shareholder is Velqua. Velqua owns 15% of the company" (Kestrel), "Norvik hatte die Mehrheit an der
Kestrel GmbH übernommen. Velqua ist weiterhin an dem Unternehmen beteiligt".

A writer who tells a second holding of the company just held or bought names it by its noun, as the
thing the story is now about; the story's topic or the sentence's subject, which the reference would
otherwise go to, is then the holder or buyer of the sentence before, and a company does not hold a stake
in itself. So where the words right before the description say it is held or bought ("a stake in", "15%
of", "buy", "an dem ... beteiligt", "Prozent an", "la maggioranza della", "il capitale della", "du capital
de", "entrer dans le capital de", "comprar", "el 30% de"), the description is the company named in the
same place (after such words) last before it: in its own sentence, else in one of the two sentences
before, same story. Not a company that holds or buys in the description's own clause (``holders_before``:
its subject, or the company whose relative clause, apposition or second verb runs on to the description),
and not past a company its own sentence names before it as no subject in no held place. Where no company
stands in that place, the reference is read as before, but a holder is ruled out (``coref._held_antecedent``):
the story's topic then, or what the holder acts on in its own sentence, or nothing. Not a description after
a passive's agent or a receiver ("dal gruppo", "au groupe"), nor a parent's share of its unit ("la filiale
à 100 % du groupe").
"""

from __future__ import annotations

import re

__all__ = ["held_position", "held_before", "holders_before"]

_HELD = {
    "en": r"(?:stake|interest|holding|minority|majority|shares?|equity|invest(?:ed|s|ing|ment)?)\s+in"
          r"|(?:_PCT\s*(?:%|percent|per\s+cent)|majority|control|takeover|acquisition|purchase|ownership|"
          r"(?:the\s+)?rest|capital)\s+of"
          r"|(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|take\s+over|took\s+over|takes\s+over|"
          r"controls|controlled|owns|owned)",
    "de": r"(?:Prozent|Anteile?n?|Mehrheit|Minderheit|Beteiligung|Minderheitsbeteiligung|Mehrheitsbeteiligung|"
          r"beteiligt|Aktien|Einstieg|eingestiegen|einsteigen)\s+(?:an|bei)"
          r"|(?:übernimmt|übernehmen|übernahm|kauft|kaufen|kaufte|erwirbt|erwerben|erwarb|Übernahme|Kauf|Erwerb|"
          r"kontrolliert|besitzt)",
    "fr": r"(?:capital|participation|part|parts|majorité|contrôle|rachat|acquisition|reprise|actionnaire|"
          r"_PCT\s*%)(?:\s+(?:de|d['’]|dans))?"
          r"|(?:racheter|rachète|racheté|acquérir|acquiert|reprendre|reprend|repris|contrôle|détient|possède)",
    "it": r"(?:capitale|quota|quote|partecipazione|maggioranza|controllo|azionista|_PCT\s*%|per\s*cento)"
          r"(?:\s+(?:di|in|nel|nella))?"
          r"|(?:rilevare|rileva|rilevato|acquisire|acquisisce|acquisito|comprare|compra|comprato|controlla|possiede|detiene)",
    "es": r"(?:capital|participación|accionariado|mayoría|control|compra|adquisición|accionista|_PCT\s*%)"
          r"(?:\s+(?:de|en))?"
          r"|(?:comprar|compra|compró|adquirir|adquiere|adquirió|controla|posee)",
}
#: a share held: a figure, not the share a parent holds of its unit ("la filiale à 100 % du groupe",
#: "controllata al 51% dal gruppo", "zu 100 Prozent")
_PCT = r"(?<!à )(?<!al )(?<!zu )(?<!at )\d[\d.,]*"
_HELD = {lang: rx.replace("_PCT", _PCT) for lang, rx in _HELD.items()}
_ARTICLE = (r"(?:the|der|die|das|dem|den|des|la|le|les|l['’]|du|de\s+la|de\s+l['’]|il|lo|del|della|dello|dell['’]|"
            r"nella|nel|el|al|a\s+la)")
#: the held place right before a description (its article is part of the description)
_BEFORE_DESCRIPTION = {lang: re.compile(rf"(?<![\w-])(?:{rx})\s*$", re.IGNORECASE) for lang, rx in _HELD.items()}
#: the held place right before a name, its article between
_BEFORE_NAME = {lang: re.compile(rf"(?<![\w-])(?:{rx})\s+(?:{_ARTICLE}\s*)?$", re.IGNORECASE)
                for lang, rx in _HELD.items()}
_REACH = 48  # characters before the description or name searched
_BACK = 2  # sentences before the description's own


def held_position(text: str, start: int, lo: int, language: str) -> bool:
    """Do the words right before the description at ``start`` say it is held or bought?"""
    rx = _BEFORE_DESCRIPTION.get(language)
    return rx is not None and rx.search(text, max(lo, start - _REACH), start) is not None


#: "with the participation of X" names one who takes part (in a round), not a company held
_TAKES_PART = re.compile(r"(?<!\w)(?:con|avec|with)\s+(?:la|the)\s+(?:participación|participation|partecipazione)"
                         r"\s+(?:de|d['’]|di|of)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _held_name(text: str, c, lo: int, language: str) -> bool:
    if _TAKES_PART.search(text, max(lo, c.start - _REACH), c.start):
        return False
    return _BEFORE_NAME[language].search(text, max(lo, c.start - _REACH), c.start) is not None


def held_before(text: str, sentences, s_index: int, start: int, companies: dict, holders: frozenset,
                subject: dict, language: str):
    """The company named last before ``start`` in a held place, not one of ``holders`` (the companies that
    hold or buy in the description's clause): in the description's own sentence, else in one of the two
    sentences before. None where its own sentence names before it, in no held place and as no subject,
    another company (the writer means that one: "Hinter Kestrel steht Norvik, dessen Holding die Mehrheit
    an dem Batteriehersteller hält")."""
    if language not in _BEFORE_NAME:
        return None
    story = sentences[s_index].story
    for back in range(s_index, max(-1, s_index - 1 - _BACK), -1):
        if sentences[back].story != story:
            return None
        lo = sentences[back].start
        named = [c for c in companies.get(back, ()) if (back < s_index or c.end <= start) and c.canonical not in holders]
        held = [c for c in named if c.source != "coref" and _held_name(text, c, lo, language)]
        if held:
            return max(held, key=lambda c: c.start)
        if back == s_index and any(not subject.get(id(c)) for c in named):
            return None
    return None


#: verbs of saying after a subject: what follows is reported speech with a subject of its own
_SAYS = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|announced|confirmed|reported|sagte|sagt|erklärte|teilte|"
                   r"bestätigte|a\s+(?:annoncé|indiqué|déclaré|confirmé)|annonce|indique|ha\s+(?:detto|annunciato|"
                   r"confermato|spiegato)|dice|dijo|anunció|confirmó|explicó|aseguró|ha\s+(?:anunciado|confirmado))(?!\w)",
                   re.IGNORECASE)


def holders_before(text: str, same, start: int, subject: dict, same_clause) -> frozenset[str]:
    """The companies that hold or buy in the clause of a held description: its subjects before it in that
    clause (``same_clause(text, end, start)``), or a company whose relative clause or predicate the
    description ends with and no other company stands between ("Norvik, the group controlled by the
    family, which holds 20% of the register and blocked a takeover of the company", "Norvik, a Singapore
    investment firm, agreed to put $210 million into the company", "Norvik zeichnet neue Aktien und wird
    damit an dem Unternehmen beteiligt sein"); not a possessor ("Kestrel's largest shareholder, Norvik, which
    holds 16% of the company") nor one whose verb is one of saying ("Norvik said Velqua will buy a stake in
    the company": Norvik may be it)."""
    out = set()
    for c in same:
        if c.end > start or not c.canonical or _POSSESSOR.match(text, c.end) or _SAYS.match(text, c.end, start):
            continue
        if subject.get(id(c)) and same_clause(text, c.end, start):
            out.add(c.canonical)
            continue
        if any(o.canonical != c.canonical and c.end <= o.start and o.end <= start and text[o.end:o.end + 1] != "-"
               for o in same):
            continue  # another company between: its clause may be the description's
        between = text[c.end:start]
        if _RELATIVE_OF.match(between) or (subject.get(id(c)) and (_APPOSED_THEN.match(between)
                                                                    or _COORDINATED.match(between))):
            out.add(c.canonical)
    return frozenset(out)


_POSSESSOR = re.compile(r"['’]s?(?!\w)")
#: a relative clause on the company, maybe after an apposition, that runs on to the description
_RELATIVE_OF = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:[^,;:()]{1,80},\s*)?(?:which|who|that|che|il\s+quale|la\s+quale|qui|que|quien|"
    r"der|die|das|welche[rs]?)\s[^,;:()]*$", re.IGNORECASE)
#: an apposition on the subject, then its verb: "Norvik, a Singapore investment firm, agreed to put ... into"
_APPOSED_THEN = re.compile(r"\s*,\s*[^,;:()]{1,80},\s*[a-zà-ÿ][^,;:()]*$")
#: a second verb of the same subject: "... and now holds 14% of", "und wird damit an", "e detiene il", "et détient"
_COORDINATED = re.compile(r"[^,;:()]*\s(?:and|und|e|ed|et|y)\s+[a-zà-ÿ][^,;:()]*$")
