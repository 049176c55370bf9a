"""German goods whose other party is named in a relative clause on the goods:

    "Kestrel fertigt in Ulm Rundzellen, die Brixo bereits im Hybridsystem einsetzt."  -> Kestrel supplies Brixo
    "In Graz montiert Brixo Geländewagen, deren Bausätze der Hersteller Kestrel liefert." -> Kestrel supplies Brixo
    "Brixo baut Transporter, deren Batterien von Kestrel stammen."                    -> Kestrel supplies Brixo

The main clause names the maker (or, in the second and third shape, the one who assembles) right
before or right after its verb (German puts the verb second: "In Graz montiert Brixo ..."); the relative
clause, opened by a pronoun right after the goods noun, names the other company and ends with a verb of
use or of supply. The frames read one clause at a time and see no relation here: the goods link them.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import holds

__all__ = ["relative_goods"]

# a verb of making or selling goods, in the main clause
_MAKE = re.compile(
    r"\b(?:fertigt|fertigen|fertigte|fertigten|produziert|produzieren|produzierte|produzierten|liefert|liefern|lieferte"
    r"|lieferten|baut|bauen|baute|bauten|montiert|montieren|montierte|montierten|entwickelt|entwickeln|stellt|stellen"
    r"|verkauft|verkaufen)\b")
# the maker right after its verb: nothing, or a description ending in a capitalised noun ("baut der Auftragsfertiger X")
_AFTER_VERB = re.compile(r"\s+(?:(?:der|die|das)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*\s+)?")
# the goods noun (capitalised, German writes nouns so), the comma and the pronoun, then the clause to its last verb
_USE = re.compile(
    r"(?<=[a-zäöüß])\s*,\s*(?:die|das|den|welche[ns]?)\s+(?P<clause>[^,;:()]{1,140}?)\s"
    r"(?P<verb>einsetzt|einsetzen|einsetzte|einsetzten|verwendet|verwenden|verwendete|verwendeten"
    r"|verbaut|verbauen|verbaute|verbauten|nutzt|nutzen|nutzte|nutzten|bezieht|beziehen|bezog|bezogen|abnimmt|abnehmen"
    r"|abnahm|einkauft|einkaufen)(?:\s+(?:soll|sollen|wird|werden|will|wollen|kann|könnte|dürfte))?(?=\s*(?:[,.;:!?)–—]|$))")
_SUPPLIED = re.compile(
    r"(?<=[a-zäöüß])\s*,\s*(?:deren|dessen)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*\s+(?P<clause>[^,;:()]{1,120}?)\s"
    r"(?P<verb>liefert|liefern|lieferte|lieferten|zuliefert|zuliefern|beisteuert|stammen|stammt|kommen|kommt)(?=\s*(?:[,.;:!?)–—]|$))")
# what may stand between the pronoun (or the part noun) and the name: nothing, or a description
_DESCRIPTION = re.compile(r"(?:der|die|das)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*")
# adverbs before the name: "die künftig auch Brixo einsetzen soll"
_ADVERBS = re.compile(r"^\s*(?:(?:künftig|auch|bereits|schon|derzeit|heute|inzwischen|seit \d{4}|unter anderem|etwa|vor allem)\s+)*")
# a name right before the verb governed by a preposition is no subject ("Laut X fertigt Y ...")
_GOVERNED = re.compile(r"\b(?:laut|von|vom|mit|für|bei|beim|nach|wie|an|als|zu|zum|zur|gegen|über|durch|neben|ohne|dass|weil|ob|und)\s*$", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:soll|sollen|wird|werden|künftig|ab (?:dem Jahr )?20\d\d)\b")
_CLAUSE_END = re.compile(r"[;:]")
_GATE = re.compile(r",\s*(?:die|das|den|welche|deren|dessen)\s")


def _main_party(text: str, spans: list[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    """The company right before or right after the last verb of making in text[lo:hi]."""
    verb = None
    for m in _MAKE.finditer(text, lo, hi):
        verb = m
    if verb is None:
        return None
    for s, e, n in reversed(spans):
        if e <= verb.start() and not text[e : verb.start()].strip() and s >= lo:
            if not _GOVERNED.search(text, lo, s):
                return n
            break  # "Laut X fertigt Y ...": the subject stands after the verb
    for s, e, n in spans:
        if s >= verb.end():
            gap = _AFTER_VERB.fullmatch(text, verb.end(), s)
            return n if gap is not None and s < hi else None
    return None


def relative_goods(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    if language != "de" or len(spans) < 2 or not holds(_GATE, text):
        return []
    out: list[engine.Found] = []
    for rx, supplier_inside in ((_USE, False), (_SUPPLIED, True)):
        for m in rx.finditer(text):
            if any(e == m.start() for _s, e, _n in spans):
                continue  # "an Norvik, dessen Chef von Brixo kommt": a relative on a company, not on goods
            lo, hi = m.span("clause")
            inside = [(s, e, n) for s, e, n in spans if lo <= s and e <= hi]
            if not inside:
                continue
            s0, e0, other = inside[0]
            head = _ADVERBS.sub("", text[lo:s0]).strip()
            if supplier_inside and head in ("von", "vom"):
                pass  # "deren Zellen von X stammen"
            elif supplier_inside and m.group("verb") in ("stammen", "stammt", "kommen", "kommt"):
                continue  # "deren Teile aus X kommen": only "von" names a supplier there
            elif head and not _DESCRIPTION.fullmatch(head):
                continue  # "die Brixo einsetzt", "deren Bausätze der Hersteller Brixo liefert"; nothing else before the name
            others = [other]
            for s1, e1, n1 in inside[1:]:
                if not re.fullmatch(r"\s*(?:,|und|sowie)\s*", text[e0:s1]):
                    break
                others.append(n1)
                e0 = e1
            start = max([0] + [k.end() for k in _CLAUSE_END.finditer(text, 0, m.start())])
            main = _main_party(text, [sp for sp in spans if sp[1] <= m.start()], start, m.start())
            if main is None:
                continue
            status = "announced" if _FUTURE.search(text, start) else "active"
            for other in others:
                if other == main:
                    continue
                src, tgt = (other, main) if supplier_inside else (main, other)
                out.append(engine.Found("supplies", src, tgt, status, 0.65, None, (m.start("verb"), m.end("verb"))))
    return out
