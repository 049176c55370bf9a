"""An end told around a tie that an apposition or a relative clause names as standing: "Son contrat avec
Norvik, la coentreprise de Brixo et Kestrel, est arrivé à échéance" (the contract ended, the venture
runs), "Norvik, la coentreprise que Brixo détient avec Kestrel, a souffert de la décision de Valmera de
mettre fin à son programme", "Los módulos los fabricaba Norvik, la empresa que Brixo compró en 2021; el
contrato expiró en 2024". The apposition says what a company is, a fact of its own: the end in the
sentence around it is another tie's.

Only where the tie's parties are named inside the apposition, or only the company it describes stands
outside it and a ';' or ':' sets the end apart ("Der Vertrag mit dem Hersteller Y, der X beliefert hatte,
ist ausgelaufen" ends that very tie; "A year after X and Y dissolved Z, the joint venture that ..." names
the parties outside). A company wound up right before its apposition takes its standing ties with it: "le tribunal a prononcé la
liquidation judiciaire de Norvik, la coentreprise créée en 2021 par Brixo et Kestrel" (``wound_up_before``).

Not where the apposition's company opens the clause and an end follows the
apposition at once: that end is the company's own ("Norvik, la coentreprise de Brixo et Kestrel, a été
dissoute en mars": the venture itself is over).
"""

from __future__ import annotations

import re

#: a clause opened by a name only (capitalised words, an article or a bracketed short name among them):
#: the apposition's company is the clause's subject
_NAME_ONLY = re.compile(
    r"[\s\"'«“„]*(?:(?:the|le|la|les|l['’]|il|lo|el|der|die|das)\s*)?"
    r"(?:(?-i:[A-ZÀ-Ý0-9])[\w&.'’-]*\s*|\([^()]{1,30}\)\s*|(?:de|du|des|di|del|von|of|y|et|e|und|and|&)\s+)+", re.I)
#: how near after the apposition an end of the subject's own stands ("..., a été dissoute", "..., ha chiuso")
_OWN_END_REACH = 40
#: what may stand between the described company's name and the apposition's comma ("Norvik (NVK)")
_HEAD_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?")


#: where an apposition's list of names goes on, and where a stretch ends (as ``apposed_facts`` ends one)
_LIST_COMMA = re.compile(r",\s*")
_END = re.compile(r"[,;:]\s|\s[–—]\s|[.!?]\s*$")


def through_list(text: str, hi: int, party_spans: list[tuple[int, int]]) -> int:
    """The end of an apposition that ends at ``hi`` on a comma, carried on over the party names listed after it
    ("la coentreprise de A, B et C, ...": the stretch ends after C, not after A)."""
    while True:
        nxt = next((b for a, b in sorted(party_spans) if a > hi and _LIST_COMMA.fullmatch(text, hi, a)), None)
        if nxt is None:
            return hi
        end = _END.search(text, nxt)
        hi = end.start() if end else len(text)


def end_is_elsewhere(text: str, lo: int, hi: int, clause_lo: int, end_spans: list[tuple[int, int]],
                     party_spans: list[tuple[int, int]]) -> bool:
    """Whether the end cues of the sentence (``end_spans``) speak of something other than the standing tie
    told in the apposition ``lo``..``hi`` (``lo`` at its opening comma): every cue lies outside it, the
    tie's parties are inside (or only the described company stands before it, with the cues past a ';'
    or ':'), and no cue is the apposition's subject's own end (the name alone opens the clause and a cue
    starts within ``_OWN_END_REACH`` characters after the apposition)."""
    if not end_spans or any(lo <= s < hi for s, _ in end_spans):
        return False
    outside = [(a, b) for a, b in party_spans if not (lo <= a and b <= hi)]
    if outside:
        head = all(_HEAD_GAP.fullmatch(text, b, lo) for _, b in outside)
        apart = all(any(c in (text[e:lo] if e <= lo else text[hi:s]) for c in ";:") for s, e in end_spans)
        if not (head and apart):
            return False
    if _NAME_ONLY.fullmatch(text, clause_lo, lo) and any(hi <= s <= hi + _OWN_END_REACH for s, _ in end_spans):
        return False
    return True


#: a company's winding up named right before its name (the apposition's head): "la liquidation (judiciaire) de",
#: "the dissolution of", "la liquidazione di", "la disolución de", "die Auflösung von" (not a bankruptcy, after
#: which a company may go on)
_WOUND_UP = re.compile(
    r"\b(?:(?:la |sa )?(?:liquidation|dissolution)(?: judiciaire| amiable| anticipée)? (?:de |d['’]|du )"
    r"|(?:the |its )?(?:liquidation|dissolution|winding[- ]up) of "
    r"|(?:la |sua )?(?:liquidazione|scioglimento|dissoluzione)(?: giudiziale| coatta)? (?:di |del |della |dell['’])"
    r"|(?:la |su )?(?:liquidación|disolución)(?: judicial)? (?:de |del )"
    r"|(?:die |der )?(?:Auflösung|Liquidation|Abwicklung) (?:von |der |des ))"
    r"(?:(?:the|la|le|il|el|die|der|das|dem) )?(?-i:[A-ZÀ-Ý])[\w&.'’-]*(?: (?-i:[A-ZÀ-Ý])[\w&.'’-]*){0,3}"
    r"(?:\s*\([^()]{1,30}\))?\s*$", re.I)


def wound_up_before(text: str, lo: int) -> bool:
    """Whether the name before the apposition opened at ``lo`` (its comma) follows a noun of its winding up."""
    return _WOUND_UP.search(text, max(0, lo - 90), lo) is not None
