"""A verb joined to a relative clause of belonging has the relative's company as its subject.

    "Kestrel ships looms to Norvik, which is part of Brixo and buys its cells from Valmera"
                                                 -> Valmera supplies Norvik (not Kestrel, not Brixo)
    "..., che fa parte del gruppo Brixo ma acquista le batterie altrove"   -> no tie of Brixo's
    "..., qui appartient au groupe Brixo et achète ses cellules à Valmera" -> Valmera supplies Norvik
    "..., que pertenece al grupo Brixo y compra sus celdas a Valmera"      -> Valmera supplies Norvik
    "..., das zum Brixo-Konzern gehört und seine Zellen von Valmera bezieht" -> Valmera supplies Norvik

The relative ("which is part of", "che fa parte di", "qui appartient à", "que pertenece a", "das zu ...
gehört") names an owner, and the clause joined to it by "and" / "but" goes on about the relative's
company. The frames look for a subject before the verb and find the owner right there, or the main
clause's subject further back: a second customer, a buyer or a seller the sentence never made one. So a
tie read from a verb in the joined clause takes the relative's company for the party the clause does not
name, and is dropped where the clause names no company of its own ("... but buys its batteries
elsewhere"). Only the belonging relative after a comma, its owner named within it, and a joined clause
up to the next comma, semicolon or colon.

The sentence's own verb of belonging says the same of its subject ("Norvik is a subsidiary of the
chipmaker Brixo and has stepped up its deliveries to Valmera", "Norvik gehört seit 2021 zum Zulieferer
Brixo und liefert ...", "Norvik es una filial del grupo japonés Brixo y ha aumentado sus entregas a
Valmera"): the frames read the owner, the name nearest before the joined verb, as the seller, or as
the customer of its own unit. The subject opens the sentence; a few words of the owner's description
may stand before its name.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["belonging_joined"]

_I = re.IGNORECASE

#: after the company and a comma: the relative word, a few words at most ("come sapete", "now"), the
#: words of belonging, an article or a group noun; the owner's name follows
_RELATIVE = {
    "en": r"which|that",
    "it": r"che",
    "fr": r"qui",
    "es": r"que",
    "de": r"das|die|der|welche[sr]?",
}
_BELONGING = {
    "en": r"(?:is|was|has been)\s+(?:now\s+|still\s+|also\s+)?(?:(?:a\s+)?part\s+of|owned\s+by|controlled\s+by|"
          r"(?:a|an)\s+(?:unit|subsidiary|division|arm)\s+of)|belongs\s+to|belonged\s+to",
    "it": r"(?:fa|faceva|fanno)\s+parte\s+d(?:i|el|ella|ello|ell['’]|ei|egli)?|appartien[ei]\s+(?:a|al|alla|allo|all['’])"
          r"|(?:è|era)\s+(?:controllata|controllato|posseduta|posseduto)\s+da(?:l|lla|llo|ll['’])?",
    "fr": r"(?:fait|faisait|font)\s+partie\s+d(?:u|e\s+la|es|e|['’])|appartien(?:t|nent)\s+(?:à\s+la|à\s+l['’]|à|au|aux)"
          r"|(?:est|était)\s+(?:contrôlée?|détenue?)\s+par",
    "es": r"(?:forma|formaba|forman)\s+parte\s+de(?:l)?|pertenec(?:e|ía|en)\s+(?:a\s+la|al|a)"
          r"|(?:está|estaba)\s+controlad[ao]\s+por|es\s+propiedad\s+de(?:l)?",
    "de": r"(?:seit\s+\S+\s+|heute\s+|inzwischen\s+|mehrheitlich\s+)?(?:zu|zum|zur)",
}
_FILLER = r"(?:[^\s,;:.]+\s+){0,3}?"
#: after the link word: a space, or none after an elided one ("filiale d'Orvane", "controllata dell'olandese Orvane")
_AFTER_LINK = r"(?:\s+|(?<=['’]))"
_ARTICLE = r"(?:(?:the|il|lo|la|le|l['’]|el|der|die|dem|den)\s+)?(?:(?:group|gruppo|groupe|grupo|Konzern|Gruppe)\s+)?"
_HEAD = {lang: re.compile(r"\s*,\s*(?:" + rel + r")\s+" + _FILLER + r"(?:" + _BELONGING[lang] + r")" + _AFTER_LINK + _ARTICLE, _I)
         for lang, rel in _RELATIVE.items()}
#: the owner's name done: a group noun after it, German's closing "gehört", then the joining word
_GROUP_AFTER = re.compile(r"(?:[- ](?:group|gruppe|Konzerns?|Gruppe|groupe|grupo|gruppo))?", _I)
_DE_CLOSE = re.compile(r"[^,;:.]{0,30}?\bgehört(?:e|en)?\b", _I)
_JOIN = {
    "en": re.compile(r"\s*,?\s*(?:and|but)\s+", _I),
    "it": re.compile(r"\s*,?\s*(?:e|ed|ma)\s+", _I),
    "fr": re.compile(r"\s*,?\s*(?:et|mais)\s+", _I),
    "es": re.compile(r"\s*,?\s*(?:y|e|pero)\s+", _I),
    "de": re.compile(r"\s*,?\s*(?:und|aber)\s+", _I),
}
_CLAUSE_END = re.compile(r"[,;:]|\.(?:\s|$)")
#: the same belonging said by the clause's own verb, the company its subject opening the sentence ("Brixo
#: is a subsidiary of Kestrel and supplies ...", "Brixo gehört seit 2021 zum Konzern Kestrel und liefert
#: ...", "Das Unternehmen ist eine Tochter des japanischen Konzerns Kestrel und hat seine Lieferungen an
#: ... ausgeweitet"): a unit noun with its genitive, or a verb of belonging; up to three words of the
#: owner's description ("des japanischen Halbleiterherstellers") before the owner's name
_UNIT_NOUN = {
    "en": r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|division|arm|affiliate)\s+of(?:\s+the)?",
    "it": r"(?:una\s+|la\s+)?(?:[\w-]+\s+){0,2}?(?:controllata|filiale|divisione|società\s+del\s+gruppo)(?:\s+[\w-]+){0,2}?"
          r"\s+d(?:i|el|ella|ello|ell['’]|ei|egli)",
    "fr": r"(?:une\s+|la\s+)?(?:filiale|branche|division)(?:\s+[\w-]+){0,2}?\s+d(?:u|e\s+la|es|e|['’])",
    "es": r"(?:una\s+|la\s+)?(?:filial|división|sociedad\s+del\s+grupo)(?:\s+[\w-]+){0,2}?\s+de(?:l)?",
    # (a compound keeps the noun in lower case: "eine Batterietochter des Konzerns")
    "de": r"(?:eine\s+|die\s+)?(?:[\w-]+\s+)?(?:(?-i:Tochter|Tochtergesellschaft|Tochterfirma|Sparte|Einheit)"
          r"|[\w-]*(?<=[a-zäöüß])(?-i:tochter|tochtergesellschaft|tochterfirma|sparte|einheit))\s+(?:des|der|von|vom)",
}
_COPULA = {"en": r"is|was|has\s+been", "it": r"è|era", "fr": r"est|était", "es": r"es|era", "de": r"ist|war"}
_MAIN_BELONGING = {
    "en": _BELONGING["en"],
    "it": r"(?:fa|faceva)\s+parte\s+d(?:i|el|ella|ello|ell['’]|ei|egli)?|appartiene\s+(?:a|al|alla|allo|all['’])",
    "fr": r"(?:fait|faisait)\s+partie\s+d(?:u|e\s+la|es|e|['’])|appartient\s+(?:à\s+la|à\s+l['’]|à|au|aux)",
    "es": r"(?:forma|formaba)\s+parte\s+de(?:l)?|pertenece\s+(?:a\s+la|al|a)",
    # (German puts the verb second: "Brixo gehört seit 2021 zum Konzern Kestrel und ...")
    "de": r"gehört\s+(?:seit\s+\S+\s+|heute\s+|inzwischen\s+|mehrheitlich\s+|bereits\s+|schon\s+)*(?:zu|zum|zur)",
}
_MAIN_HEAD = {lang: re.compile(r"\s+(?:(?:" + _COPULA[lang] + r")\s+(?:seit\s+\S+\s+|now\s+|still\s+|also\s+|già\s+|déjà\s+|ya\s+)?"
                               r"(?:" + _UNIT_NOUN[lang] + r")|" + _MAIN_BELONGING[lang] + r")" + _AFTER_LINK + _ARTICLE
                               + r"(?P<desc>(?:[\w-]+\s+){0,3}?)", _I)
              for lang in _UNIT_NOUN}
#: before the sentence's subject: a few words at most ("Das", "Die hessische"), no comma
_OPENING = re.compile(r"\s*(?:[^\s,;:]+\s+){0,3}")
_DESC_WORDS = re.compile(r"(?:[\w-]+\s+){0,3}")
_TYPES = frozenset({"supplies", "acquires", "invests_in"})


def _joined_clauses(text: str, spans, lang: str) -> list[tuple[str, str, int, int]]:
    """(company, owner, start, end) of each clause joined to a belonging relative on the company."""
    head = _HEAD.get(lang)
    if head is None:
        return []
    out = []
    main = _MAIN_HEAD[lang]
    for k, (s, e, name, *_) in enumerate(spans):
        m = head.match(text, e)
        relative = m is not None
        if m is None and k == 0 and _OPENING.fullmatch(text, 0, s):
            # the subject opening the sentence, the belonging its own verb's: the owner may follow a few words
            # of description, and German needs no closing verb
            m = main.match(text, e)
            owner = None if m is None else next((o for o in spans if o[0] >= m.start("desc") and o[2] != name
                                                 and _DESC_WORDS.fullmatch(text, m.start("desc"), o[0])), None)
        else:
            owner = None if m is None else next((o for o in spans if o[0] == m.end() and o[2] != name), None)
        if owner is None:
            continue
        pos = _GROUP_AFTER.match(text, owner[1]).end()
        if lang == "de" and relative:
            close = _DE_CLOSE.match(text, pos)
            if close is None:
                continue
            pos = close.end()
        join = _JOIN[lang].match(text, pos)
        if join is None:
            continue
        end = _CLAUSE_END.search(text, join.end())
        out.append((name, owner[2], join.end(), end.start() if end else len(text)))
    return out


def belonging_joined(text: str, spans, results: list, lang: str) -> list:
    """``results`` with the ties read from a verb of a clause joined to a belonging relative given
    that relative's company as their unnamed party, or dropped where the clause names no company."""
    clauses = _joined_clauses(text, spans, lang)
    if not clauses:
        return results
    out = []
    for f in results:
        clause = next((c for c in clauses if c[2] <= f.trigger[0] < c[3]), None)
        if clause is None or f.type not in _TYPES:
            out.append(f)
            continue
        company, _owner, lo, hi = clause
        named = {n for s, _e, n, *_ in spans if lo <= s < hi}
        inside = [p in named for p in (f.source, f.target)]
        if all(inside):
            out.append(f)
        elif any(inside):
            f = replace(f, source=f.source if inside[0] else company, target=f.target if inside[1] else company)
            if f.source != f.target:
                out.append(f)
        # (no party named in the joined clause: the frames took the owner or the main clause's subject)
    return out
