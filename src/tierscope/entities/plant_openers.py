"""A plant noun that opens a sentence ("The plant will receive power from Y", "La fábrica recibirá
electricidad de Y", "L'usine sera alimentée par Y", "Lo stabilimento riceverà le celle da Y", "Das Werk
bezieht Strom von Y"; a works, a mine or a refinery too: "Die Anlage soll Lithium an Y liefern", "The
mine will supply spodumene to Y") stands for the company whose plant the sentence before tells of: the plant's
dealings are its owner's (tests/golden/README.md: a supply to a company's plant is a supply to it).

Only when the sentence before names one company alone and a plant ("Verkor is building a plant in
Dunkirk", "la gigafactoría de Envision AESC"), or several and a plant said of one of them ("CATL supplies
BMW's plant", "la planta de BMW", "das BMW-Werk"), in the same story; "CATL and BMW opened a plant" leaves
the plant's owner open. The mention is the article and noun's span,
the clause's subject; the frames read it as the owner ("Verkor will receive power from Y"). Only in a
sentence that names another company: one that names none tells of the plant itself (its output, its
start), which the plant readers read from the noun.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .implied import pronoun_mention
from .text import add_in_order

__all__ = ["find_plant_openers"]

#: the article and plant noun opening a sentence (an adjective such as "new" between at most)
_OPENER = {
    "en": re.compile(r"(?:The|This)\s+(?:new\s+)?(?:plant|factory|gigafactory|facility|mine|refinery|smelter)\b"),
    "fr": re.compile(r"(?:L['’]|Cette\s+)(?:usine|gigafactory|gigafactorie|installation)\b|(?:Le|Ce)\s+(?:nouveau\s+)?site\b"
                     r"|(?:La|Cette)\s+(?:nouvelle\s+)?(?:mine|raffinerie)\b"),
    "it": re.compile(r"(?:Lo|Questo)\s+(?:nuovo\s+)?stabilimento\b|(?:La|Questa)\s+(?:nuova\s+)?(?:fabbrica|gigafactory|miniera|raffineria)\b"
                     r"|(?:L['’]|Questo\s+)(?:nuovo\s+)?impianto\b"),
    "es": re.compile(r"(?:La|Esta)\s+(?:nueva\s+)?(?:planta|fábrica|factoría|gigafactoría|mina|refinería)\b"),
    "de": re.compile(r"(?:Das|Dieses)\s+(?:neue\s+)?Werk\b|(?:Die|Diese)\s+(?:neue\s+)?(?:Fabrik|Gigafactory|Gigafabrik|Anlage|Mine|Raffinerie)\b"),
}
#: a plant told in the sentence before (German compounds: "Zellfabrik", "Batteriewerk")
_PLANT = {
    "en": re.compile(r"\b(?:plant|factory|gigafactory|facility|mine|refinery|smelter)s?\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:usine|gigafactory|gigafactorie|installation|mine|raffinerie)s?\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:stabiliment[oi]|fabbric(?:a|he)|gigafactory|impiant[oi]|minier[ae]|raffineri[ae])\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:planta|fábrica|factoría|gigafactoría|mina|refinería)s?\b", re.IGNORECASE),
    "de": re.compile(r"(?:werk|fabrik|gigafactory|anlage|mine|raffinerie)n?\b", re.IGNORECASE),
}


#: the plant's owner named right after it ("the plant of X", "la planta de X", "l'usine d'X", "das Werk von X")
_OF = re.compile(r"\s+(?:of|de|del|de\s+la|d['’]|du|des|di|del|della|dello|dell['’]|von|vom|des|der)\s*(?:(?:the|la|le|l['’]|el|il|lo|dem|der)\s*)?$",
                 re.IGNORECASE)
#: ... or right before it ("X's plant", "X's new factory", German "das BMW-Werk")
_BEFORE = re.compile(r"(?:['’]s\s+(?:new\s+)?|-)")


def _owners(text: str, prior: list[Mention], plant) -> list[Mention]:
    """The companies of ``prior`` a plant noun is said of, right before or right after it."""
    out = []
    for c in prior:
        m = _BEFORE.match(text, c.end)
        head = text[max(0, c.start - 40) : c.start]
        if (m is not None and plant.match(text, m.end())) or any(_OF.fullmatch(head, p.end()) for p in plant.finditer(head)):
            out.append(c)
    return out


def find_plant_openers(text, sentences, language: str, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions (the opener's span, ``attrs["pronoun"]``) for a plant noun opening a sentence,
    standing for the one company of the sentence before that tells of a plant."""
    opener, plant = _OPENER.get(language), _PLANT.get(language)
    if opener is None:
        return []
    out: list[Mention] = []
    for s_index in range(1, len(sentences)):
        sent, before = sentences[s_index], sentences[s_index - 1]
        if before.story != sent.story:
            continue
        m = opener.match(text, sent.start, sent.end)
        if m is None or occupied.overlaps(m.start(), m.end()):
            continue
        prior = [c for c in companies.get(s_index - 1, ()) if c.canonical]
        if not plant.search(text, before.start, before.end):
            continue
        if len({c.canonical for c in prior}) != 1:
            prior = _owners(text, prior, plant)  # several companies: the one the plant is said of
            if len({c.canonical for c in prior}) != 1:
                continue
        here = companies.get(s_index, ())
        if any(c.canonical == prior[0].canonical for c in here):
            continue  # the owner is named again: the frames read its own mention
        if not any(c.canonical for c in here):
            continue  # no company to deal with: the sentence tells of the plant itself (the plant readers')
        mention = pronoun_mention(m.start(), m.end(), m.group(0), s_index, prior[0])
        mention.attrs["plant"] = True  # the plant readers read the noun as a plant, not as its owner
        out.append(mention)
        occupied.add(m.start(), m.end())
        subject[id(mention)] = True
        add_in_order(companies, s_index, mention)
    return out
