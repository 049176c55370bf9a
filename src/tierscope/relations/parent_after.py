"""A company's owner told in the sentence after the one that names the company, by a clause that opens
with a pronoun, with no subject at all, or with a possessive parent noun:

    "Norvik makes cells in Sweden. It is owned by Corvalis." / "It belongs to Corvalis."
    "Norvik fertigt Zellen. Es gehört seit 2021 zu Corvalis." / "Seitdem gehört es mehrheitlich Corvalis."
    "Norvik fabrique des cellules. Elle appartient à Corvalis depuis 2021."
    "Norvik produce celle. Fa capo a Corvalis dal 2021." / "È controllata da Corvalis."
    "Norvik fabrica celdas. Es filial de Corvalis."
    "Norvik makes cells. Its parent company, Corvalis, plans ..." / "Sa maison mère, Corvalis, ..." /
    "Su matriz, Corvalis, ..." / "La casa madre Corvalis ..." / "Der Mutterkonzern Corvalis ..." /
    "Mutterkonzern ist Corvalis."

and the other way round, a unit named after a unit noun that opens the sentence, whose owner is the
company of the sentence before:

    "Corvalis took a charge on the business. The unit, Norvik, makes cathodes." / "La filiale, Norvik,
    ..." / "La controllata Norvik ..." / "Die Tochter Norvik ..." / "Su filial Norvik ..."

The unit is members.py's owner of the sentence before (its only company, or the one it opens with);
the owner is the name right after the words (a short description between: "der
Beteiligungsgesellschaft Corvalis"). Precision first: the sentence names no other company, past forms
("belonged", "gehörte") are left out (an owner of the past is often a seller), and a clause that opens
with a pronoun must open the sentence (after a time phrase at most).
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .members import later_sentences, named_companies, owner_before

__all__ = ["parents_after"]

_I = re.IGNORECASE

# a time phrase or adverb before a clause that opens a sentence ("Since 2021,", "Seit 2021", "Dal 2021,")
_LEAD = {
    "en": r"(?:(?:Since|In|From)\s+(?:\d{4}|\w+\s+\d{4}),?\s+|Today,?\s+|Now,?\s+)?",
    "fr": r"(?:(?:Depuis|En)\s+\d{4},?\s+|Aujourd['’]hui,?\s+)?",
    "es": r"(?:(?:Desde|En)\s+\d{4},?\s+|Hoy,?\s+|Actualmente,?\s+)?",
    "it": r"(?:(?:Dal|Nel)\s+\d{4},?\s+|Oggi,?\s+|Attualmente,?\s+)?",
    "de": r"",
}
# between the words and the owner's name: an article and a short description ("the Swiss group",
# "der Beteiligungsgesellschaft", "dem französischen Konzern"), no comma, no "as"/"wie"
_DESC = {
    "en": r"(?:the\s+(?:(?!(?:same|as|like|other|of|and|with)\b)(?:(?-i:[a-z])[\w-]*|(?-i:[A-Z])[a-z]+(?=\s+(?-i:[a-z])))\s+){0,3})?",
    "fr": r"(?:(?:au|à\s+la|à\s+l['’]|à|du|de\s+la|de\s+l['’]|de)\s*)?(?:(?:groupe|fonds|société|constructeur|entreprise|holding|équipementier|conglomérat)\s+(?:(?-i:[a-zé])[\w-]*\s+){0,2})?",
    "es": r"(?:(?:al|a\s+la|a|del|de\s+la|de)\s+)?(?:(?:grupo|fondo|sociedad|fabricante|empresa|compañía|holding|conglomerado)\s+(?:(?-i:[a-zé])[\w-]*\s+){0,2})?",
    "it": r"(?:(?:al|alla|all['’]|a|da|dal|dalla|di|del|della)\s*)?(?:(?:gruppo|fondo|società|costruttore|holding|conglomerato|colosso)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2})?",
    "de": r"(?:(?:zu(?:m|r)?|dem|der|von|vom|des)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?:(?:Beteiligungsgesellschaft|Konzerns?|Gruppe|Holding|Finanzinvestors?|Investors?|Fonds|Autobauers?|Herstellers?|Zulieferers?|Familie)\s+)?",
}
# the words, per language; each is followed by _DESC and the owner's name
_WORDS = {
    "en": [
        r"It\s+(?:is|has\s+been)\s+(?:now\s+|also\s+)?(?:(?:wholly|majority|fully|partly|jointly)[- ])?(?:owned|controlled)\s+by\s+",
        r"It\s+(?:now\s+)?belongs\s+to\s+",
        r"It\s+is\s+(?:now\s+|also\s+)?part\s+of\s+",
        r"It\s+is\s+(?:now\s+|also\s+)?(?:a\s+)?(?:(?:wholly|majority)[- ]owned\s+)?(?:unit|subsidiary|division)\s+of\s+",
        r"Its\s+(?:parent(?:\s+company|\s+group)?|owner|majority\s+owner|controlling\s+shareholder),?\s+",
        r"The\s+parent(?:\s+company|\s+group)?,?\s+",
    ],
    "fr": [
        r"(?:Elle|Il)\s+appartient\s+(?:depuis\s+\d{4}\s+|désormais\s+|aujourd['’]hui\s+)?",
        r"(?:Elle|Il)\s+fait\s+(?:désormais\s+|depuis\s+\d{4}\s+)?partie\s+",
        r"(?:Elle|Il)\s+est\s+(?:désormais\s+|depuis\s+\d{4}\s+)?(?:détenue?|contrôlée?)\s+(?:à\s+\d+(?:[.,]\d+)?\s?%\s+|majoritairement\s+)?par\s+",
        r"(?:Elle|Il)\s+est\s+(?:désormais\s+)?(?:une\s+)?filiale\s+(?:de|du|d['’])\s*",
        r"(?:Sa|La)\s+(?:maison|société)\s+mère,?\s+",
        r"Son\s+(?:propriétaire|actionnaire\s+majoritaire|actionnaire\s+de\s+contrôle),?\s+",
    ],
    "es": [
        r"(?:Es|Está)\s+(?:ahora\s+|hoy\s+)?(?:una\s+)?(?:filial|subsidiaria)\s+(?:de|del)\s+",
        r"Forma\s+parte\s+",
        r"(?:Su|La)\s+(?:casa\s+)?matriz,?\s+",
        r"Su\s+(?:propietario|accionista\s+mayoritario|accionista\s+de\s+control),?\s+",
    ],
    "it": [
        r"Fa\s+capo\s+",
        r"Fa\s+parte\s+",
        r"Appartiene\s+",
        r"È\s+(?:oggi\s+|ora\s+)?(?:controllata|detenuta|posseduta)\s+(?:al\s+\d+(?:[.,]\d+)?\s?%\s+|interamente\s+)?",
        r"È\s+(?:oggi\s+|ora\s+)?(?:una\s+|la\s+)?controllata\s+",
        r"La\s+(?:sua\s+)?(?:casa\s+madre|controllante|capogruppo),?\s+",
        r"Il\s+suo\s+(?:proprietario|azionista\s+di\s+maggioranza|azionista\s+di\s+controllo),?\s+",
    ],
    "de": [
        r"(?:Es|Sie|Er)\s+gehört\s+(?:(?:seit\s+\d{4}|seitdem|mehrheitlich|vollständig|komplett|inzwischen|mittlerweile|heute|zu\s+\d+(?:,\d+)?\s+Prozent)\s+)*",
        r"(?:Seit\s+\d{4}|Seitdem|Heute|Inzwischen|Mittlerweile|Mehrheitlich)\s+gehört\s+(?:es|sie|er)\s+(?:(?:seit\s+\d{4}|mehrheitlich|vollständig|komplett|inzwischen|mittlerweile|heute|zu\s+\d+(?:,\d+)?\s+Prozent)\s+)*",
        r"(?:Es|Sie|Er)\s+ist\s+(?:seit\s+\d{4}\s+|heute\s+|inzwischen\s+)?Teil\s+",
        r"(?:Der|Sein|Ihr)\s+(?:Mutterkonzern|Eigentümer|Mehrheitseigner|Haupteigentümer),?\s+",
        r"(?:Die|Seine|Ihre)\s+(?:Muttergesellschaft|Konzernmutter|Mutter),?\s+",
        r"(?:Mutterkonzern|Muttergesellschaft|Eigentümer|Mehrheitseigner)\s+ist\s+(?:(?:seit\s+\d{4}|heute|inzwischen)\s+)?",
    ],
}
_PATTERNS = {lang: re.compile(r"\s*" + _LEAD[lang] + r"(?:" + "|".join(ws) + r")" + _DESC[lang], _I) for lang, ws in _WORDS.items()}
# a unit noun opening the sentence, a few adjectives with it, then the unit's name (no "of X": "La
# filiale de X" names a parent, read by the entity stage's references)
_NOT_ADJ = r"(?!(?:of|de|di|du|des|del|della|dello|dell|d|von|vom|der|the|la|le|il|el|a|à|al|au|da|dal|in|en|im|with|con|avec|mit|and|et|e|y|und)\b)"
_UNIT_WORDS = {
    "en": r"(?:The|Its)\s+(?:" + _NOT_ADJ + r"(?-i:[a-z])[\w-]*\s+){0,2}(?:unit|subsidiary|division|arm)",
    "fr": r"(?:Sa|La)\s+filiale(?:\s+" + _NOT_ADJ + r"(?-i:[a-zé])[\w-]*){0,2}",
    "es": r"(?:Su|La)\s+filial(?:\s+" + _NOT_ADJ + r"(?-i:[a-zé])[\w-]*){0,2}",
    "it": r"La\s+(?:sua\s+)?(?:controllata|divisione|filiale)(?:\s+" + _NOT_ADJ + r"(?-i:[a-z])[\w-]*){0,2}",
    "de": r"(?:Die|Seine|Ihre)\s+(?:(?-i:[a-zäöü])[\w-]*\s+)?(?:Tochter|Tochtergesellschaft|Sparte)",
}
_UNIT_FIRST = {lang: re.compile(r"\s*" + w + r"(?:,\s+(?:(?:now\s+)?(?:called|named|renamed|known\s+(?:internally\s+|locally\s+)?as)\s+)?|\s+)", _I)
               for lang, w in _UNIT_WORDS.items()}
#: a sale told in the sentence before: the unit's owner may have changed
#: (per language: Italian "sale" is "rises", English "vendor" and "spinning" sell nothing)
_SALE = {lang: re.compile(r"\b(?:" + words + r")\b", _I) for lang, words in {
    "en": r"sell|sells|sold|selling|sale|divest\w*|spin-?offs?|spins?\s+off|spun\s+off|cede[sd]?|ceding",
    "fr": r"vend\w*|vente|cède|cèdent|cédé|cédée|céder|cession|scission",
    "it": r"vend\w*|cede|cedono|ceduto|ceduta|cedere|cessione|scissione|scorporo",
    "es": r"vend\w*|venta|cede|ceden|cedido|cedida|cedió|ceder|escisión",
    "de": r"verkauf\w*|veräußer\w*|abgespalten|Abspaltung",
}.items()}

#: the sentence's first word, a cheap test before the pattern runs
_FIRST = {
    "en": ("It", "Its", "The", "Since", "In", "From", "Today", "Now"),
    "fr": ("Elle", "Il", "Sa", "La", "Son", "Depuis", "En", "Aujourd"),
    "es": ("Es", "Está", "Forma", "Su", "La", "Desde", "En", "Hoy", "Actualmente"),
    "it": ("Fa", "Appartiene", "È", "La", "Il", "Dal", "Nel", "Oggi", "Attualmente"),
    "de": ("Es", "Sie", "Er", "Der", "Sein", "Ihr", "Die", "Seine", "Ihre", "Mutterkonzern", "Muttergesellschaft", "Eigentümer",
           "Mehrheitseigner", "Seit", "Seitdem", "Heute", "Inzwischen", "Mittlerweile", "Mehrheitlich"),
}


def parents_after(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the owner or unit, sentence of the other, Found) for each tie so told."""
    rx = _PATTERNS.get(language)
    if rx is None:
        return []
    firsts = frozenset(_FIRST[language])
    lex = None
    out = []
    for i, sent, text in later_sentences(doc):
        words = text.split(None, 1)  # (any white space: "It\u00a0is owned by")
        head = words[0].rstrip(",") if words else ""
        if head not in firsts and head.split("’")[0].split("'")[0] not in firsts:
            continue
        comps = named_companies(per_sentence[i])
        if not comps:
            continue
        m = rx.match(text)
        unit_first = False
        if m is None:
            m = _UNIT_FIRST[language].match(text)
            unit_first = True
            if m is None:
                continue
        named = next((c for c in comps if c.start - sent.start == m.end()), None)
        if named is None:
            continue
        found_owner = owner_before(doc, per_sentence, i)
        if found_owner is None:
            continue
        origin, other, _before = found_owner
        if unit_first:
            prev = doc.sentences[origin]
            sale = _SALE[language]
            if sale.search(doc.text, prev.start, prev.end) or sale.search(text, m.end()):
                continue  # "X sold its battery arm. The unit, Y, ...", "The unit, Y, was sold": whose is it now?
            owner, unit = other, _name(named)
        else:
            owner, unit = _name(named), other
        if owner == unit or any(_name(c) not in (owner, unit) for c in comps):
            continue  # another company in the sentence: whose owner is it?
        if lex is None:
            lex = engine.compiled(language)
        status, _ = engine.status_for(lex, text, m.start(), m.end(), "active", [(named.start - sent.start, named.end - sent.start)])
        if status is None:
            continue
        if status in ("announced", "in_talks"):
            status = "active"  # the words are of a standing tie in the present ("It belongs to", "Fa capo a")
        out.append((i, origin, engine.Found("owns", owner, unit, status, 0.6, None, (m.start(), m.end()))))
    return out
