"""A name right after an object clitic and a verb of supplying is the verb's subject, so the supplier.

    "Le celle che usiamo ce le fornisce Kestrel"        -> Kestrel supplies, it is no customer
    "I motori glieli vende Kestrel dal 2021"            -> the same
    "Las celdas nos las suministra Kestrel"             -> the same
    "Los motores se los vende Kestrel desde 2021"       -> the same

Italian and Spanish put the goods first and repeat them as a clitic before the verb, the receiver as
a dative clitic beside it ("ce le", "glieli", "nos las", "se los"); the subject then follows the verb,
with no preposition. The readers take the company a relative or an interview's left-out subject
("che usiamo", "compramos") puts before the verb as the supplier and the name after it as the
customer. A supply whose customer is named in its evidence only in that place is the other way round:
turned, or dropped where the page's reading already holds the turned tie.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import redirect_supplies

__all__ = ["turn_clitic_subjects"]

#: a description's word is no preposition or conjunction ("le suministra las celdas a Y": Y receives)
_NOT_LINK = r"(?!(?:a|al|ad|alla|ai|de|del|della|di|da|dal|dalla|per|para|con|en|in|su|sul|y|e|o|que|che)\b)"
#: the clitic cluster and a verb of supplying or selling, then an article and up to two lower-case
#: words of description ("la cinese", "la empresa vasca") before the name
_BEFORE = {
    "it": re.compile(
        r"(?<![\w'’])(?:(?:ce|ci|me|mi|te|ti|ve|vi|se|si)\s+(?:l[oaie]|ne)|glie(?:l[oaie]|ne)|gli|le|ci|mi)\s+"
        r"(?:(?:ha|hanno|aveva|avevano)\s+)?"
        r"(?:fornisc\w*|fornir\w*|forniv\w*|fornit[oaie]|vend\w*|consegn\w*|spedisc\w*|procur\w*)\s+"
        r"(?:(?:il|lo|la|l['’]|i|gli|le)\s*(?:" + _NOT_LINK + r"[a-zà-ù][\w-]*\s+){0,2})?$",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?<![\w'’])(?:(?:me|te|nos|os|se|le|les)\s+(?:l[oa]s?\s+)?)"
        r"(?:(?:ha|han|había|habían)\s+)?"
        r"(?:suministr\w*|vend\w*|provee\w*|provey\w*|entreg\w*|proporcion\w*|envi\w*)\s+"
        r"(?:(?:el|la|los|las)\s+(?:" + _NOT_LINK + r"[a-zá-úñ][\w-]*\s+){0,2})?$",
        re.IGNORECASE,
    ),
}
#: how far before the name the clitic may stand
_REACH = 70


def _after_clitic_verb(text: str, inside: list, name: str, rx: re.Pattern) -> bool:
    own = [m for m in inside if m.canonical == name]
    return bool(own) and all(rx.search(text, max(0, m.start - _REACH), m.start) for m in own)


def turn_clitic_subjects(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with each supply whose customer stands only as the subject after a clitic and a
    verb of supplying turned round (or dropped, where the turned tie is there already)."""
    rx = _BEFORE.get(doc.language or "")
    if rx is None:
        return relations

    def parties(text: str, inside: list, r: Relation) -> tuple[str, str] | None:
        if _after_clitic_verb(text, inside, r.target, rx) and not _after_clitic_verb(text, inside, r.source, rx):
            return r.target, r.source
        return None

    return redirect_supplies(relations, doc, parties)
