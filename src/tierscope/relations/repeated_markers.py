"""A second party told with the preposition of the first repeated after a conjunction, beyond a
complement, an apposition or a relative that ends the list the groups read:

    "Brixo sources from Norvik, the battery unit of Kelda, for its US models, and from Maltrix for ..."
    "Brixo lässt Zellen von Norvik und von Maltrix beziehen."
    "Brixo s'approvisionne auprès de Norvik, depuis la Pologne, et de Maltrix, dont ..."
    "Norvik ships electrolyte to Brixo, which builds cells of its design, and to Maltrix."
    "Norvik fornirà idrossido a Brixo e a Maltrix."

The repeated preposition says the second company stands where the first stood: the same tie, the
same side. Only for a supply or a partnership a frame read in the sentence, only the preposition that
stood right before the first party (an article and two words of description at most between), and only
when nothing but a conjunction ("and", "und", "et", "e", "y", "as well as", "sowie", "ainsi que", "así
como") and an article or two descriptive words stand between the repeated preposition and the second
name; not across a semicolon, colon or dash, nor when the second name is already a party of the tie.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import engine

__all__ = ["repeated_markers"]

_I = re.IGNORECASE

_PREP = {
    "en": r"to|from|for|with",
    "de": r"von|vom|an|mit|bei|für",
    "fr": r"à|au|aux|de|d['’]|du|des|avec|pour",
    "it": r"a|al|alla|ai|agli|alle|da|dal|dalla|dai|dagli|con|per",
    "es": r"a|al|de|del|con|para",
}
_ART = r"(?:the|its|der|die|das|den|dem|le|la|les|l['’]|il|lo|gli|el|los|las)"
_CONJ = r"(?:and|as well as|und|sowie|et|ainsi que|e|ed|y|así como)"
#: a preposition among the description words ends the phrase: "and from the plant of Z" is no list
_NOT_WORD = r"(?!(?:of|from|to|for|with|von|an|mit|bei|für|de|du|des|à|au|di|del|della|da|a|al|con|per|para|por)\b)"

_COMPILED: dict[str, tuple] = {}


def _lex(lang: str):
    got = _COMPILED.get(lang)
    if got is None and lang in _PREP:
        prep = _PREP[lang]
        # the preposition right before the first party
        before = re.compile(r"(?:^|[\s,(])(" + prep + r")\s*(?:" + _ART + r"\s*)?(?:" + _NOT_WORD + r"[\w'’-]+\s+){0,2}$", _I)
        got = _COMPILED[lang] = (prep, before)
    return got


def _again(prep_word: str, lang: str) -> re.Pattern:
    """The conjunction and the same preposition again, ending right before the second name."""
    p = re.escape(prep_word) if not prep_word.lower().startswith("d") or lang not in ("fr",) else r"d['’]|de|du|des"
    if lang == "fr" and prep_word.lower() in ("à", "au", "aux"):
        p = r"à|au|aux"
    if lang == "it" and prep_word.lower() in ("a", "al", "alla", "ai", "agli", "alle"):
        p = r"a|al|alla|ai|agli|alle"
    if lang == "it" and prep_word.lower() in ("da", "dal", "dalla", "dai", "dagli"):
        p = r"da|dal|dalla|dai|dagli"
    if lang == "es" and prep_word.lower() in ("a", "al"):
        p = r"a|al"
    if lang == "es" and prep_word.lower() in ("de", "del"):
        p = r"de|del"
    if lang == "de" and prep_word.lower() in ("von", "vom"):
        p = r"von|vom"
    return re.compile(r"(?:,\s*|\s+)" + _CONJ + r"\s+(?:(?:also|auch|aussi|anche|también)\s+)?(?:" + p + r")\s*(?:"
                      + _ART + r"\s*)?(?:" + _NOT_WORD + r"(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,2}$", _I)


def repeated_markers(text: str, spans: list[tuple[int, int, str]], lang: str, results: list[engine.Found]) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, in text order."""
    lex = _lex(lang)
    if lex is None or not results:
        return []
    _prep, before = lex
    have = {(f.type, f.source, f.target) for f in results}
    extra: list[engine.Found] = []
    for f in results:
        if f.type not in ("supplies", "partners_with"):
            continue
        for role in ("source", "target"):
            party, other = (f.source, f.target) if role == "source" else (f.target, f.source)
            for s, e, n in spans:
                if n != party:
                    continue
                m = before.search(text, max(0, s - 40), s)
                if m is None:
                    continue
                again = _again(m.group(1), lang)
                # the next company after the party with the conjunction and the preposition right before it
                for s2, _e2, n2 in spans:
                    if s2 <= e or n2 in (party, other) or s2 - e > 160 or re.search(r"[;:–—]", text[e:s2]):
                        continue
                    if not again.search(text, e, s2) or again.search(text, e, s2).end() != s2:
                        continue
                    if any(e <= s3 < s2 and (b := before.search(text, max(0, s3 - 40), s3)) is not None
                           and again.pattern == _again(b.group(1), lang).pattern for s3, _e3, _n3 in spans):
                        break  # "aux côtés de A et de B": the repeated preposition pairs with the nearer A
                    g = replace(f, source=n2, target=other) if role == "source" else replace(f, source=other, target=n2)
                    key = (g.type, g.source, g.target)
                    if key not in have:
                        have.add(key)
                        extra.append(replace(g, confidence=max(0.05, f.confidence - 0.05)))
    return extra
