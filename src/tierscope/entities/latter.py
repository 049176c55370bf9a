""""The latter" for a company: the company named last before it.

"ACC, la coentreprise de Stellantis, Mercedes-Benz et TotalEnergies, a signé avec ce dernier un
contrat" (TotalEnergies), "Norrlid ha scelto Velqua e Arvik; quest'ultima fornirà le celle" (Arvik),
"Norrlid picked Velqua and Arvik, and the latter will ship cells", "Norrlid bezieht Zellen von
Velqua. Letztere liefert ab 2027", "Norrlid eligió a Velqua; esta última entregará".

The word points back to the last thing named, so only when that is a company (nothing named
after it, a person, a place or a thing: "Velqua ha nominato Maria Rossi; quest'ultima guiderà ...",
"un contrat de dix ans. Ce dernier prévoit") and only as a pronoun: "ce
dernier trimestre", "quest'ultimo anno", "Letztere Entwicklung" are adjectives of their noun.
Same sentence first, else the sentence before, never across stories.

A demonstrative pronoun points back the same way: French "celui-ci"/"celle-ci" ("Renault mise sur
Ampere. Celle-ci a signé avec Y un contrat"), Spanish "éste"/"ésta" ("Ésta firmó con Y"), German
"dieser"/"diese" ("Diese liefert ab 2027 an Y"). As these words also open a noun phrase ("diese neue
Fabrik", "celle-ci est une usine") they count only right before a verb or an auxiliary.
"""

from __future__ import annotations

from .cues import SUBJECT_VERBS
from .gates import page_keys

__all__ = ["find_latter"]

#: (word before, the word) per language; None: the word alone.
_FORMS = {
    "de": {(None, w) for w in ("letztere", "letzterer", "letzteres", "letzteren")},
    "en": {("the", "latter")},
    "fr": {("ce", "dernier"), ("cette", "dernière")},
    "it": {("quest", "ultimo"), ("quest", "ultima")},
    "es": {(d, w) for d in ("este", "esta", "éste", "ésta") for w in ("último", "última")},
}
#: Demonstrative pronouns (word before, the word; the tokenizer splits "celle-ci" at its hyphen): a
#: verb must follow them.
_DEMONSTRATIVES = {
    "fr": {("celui", "ci"), ("celle", "ci")},
    "es": {(None, "éste"), (None, "ésta")},
    "de": {(None, "dieser"), (None, "diese")},
}
for _lang, _forms in _DEMONSTRATIVES.items():
    _FORMS[_lang] = _FORMS[_lang] | _forms
_DEMONSTRATIVE_WORDS = {lang: frozenset(w for _, w in forms) for lang, forms in _DEMONSTRATIVES.items()}
#: Auxiliaries and clitics after a demonstrative pronoun, beside the business verbs
_VERB_NEXT = {
    "fr": frozenset("a avait aura va doit peut devra compte entend prévoit se s n ne y lui leur l fournit livre "
                    "détient possède exploite fabrique".split()),
    "es": frozenset("ha había habrá va debe puede se no lo la le les tiene posee suministra provee "
                    "fabrica controla".split()),
    "de": frozenset("hat hatte wird will soll plant liefert beliefert hält besitzt baut fertigt produziert "
                    "übernimmt kauft".split()),
}
_WORDS = {lang: frozenset(w for _, w in forms) for lang, forms in _FORMS.items()}
#: Words that may follow the pronoun (besides punctuation and business verbs): auxiliaries, clitics,
#: articles, prepositions, conjunctions - not a noun it would be the adjective of.
_NEXT = {
    "en": frozenset("has had will would is was also already which who that in on at to for with and or of holds "
                    "owns supplies supplied ships delivers makes produces bought acquired took".split()),
    "fr": frozenset("a avait aura est était sera va doit peut se s n ne y en lui leur l qui un une le la les des du de "
                    "d à au aux pour dans sur avec et ou par depuis dès détient fournit livre possède".split()),
    "it": frozenset("ha aveva avrà è era sarà si non ne ci lo la le gli il un una che di del della a al alla in nel "
                    "per con da dal e o detiene fornisce controlla possiede".split()),
    "es": frozenset("ha había habrá es era será se no lo la le les el los las un una que de del a al en por para con "
                    "y o tiene posee suministra controla".split()),
}
_GAP = 4  # words between the company and the pronoun
_APPOSED_GAP = 8  # words of an apposition on the company ("Ampere, la filiale dédiée aux véhicules électriques.")
#: articles and possessives that open an apposition after the company's comma
_APPOSITION_OPENERS = frozenset("the its a an le la l les un une sa son il lo la una uno sua suo el la su der die das "
                                "ein eine seine ihre".split())
_PUNCT = frozenset(",.;:)»\"”")


def _apposition(between) -> bool:
    """The words after the company are its apposition: a comma, an article or possessive, then lower-case
    words ("Ampere, la filiale dédiée aux véhicules électriques. Celle-ci ...")."""
    return (len(between) > 2 and between[0].text == "," and between[1].key in _APPOSITION_OPENERS
            and all(t.text[:1].islower() or not t.text[:1].isalnum() for t in between[2:]))


def _is_pronoun(tokens, k: int, language: str) -> bool:
    """Does the word at ``k`` stand alone, as a pronoun (not the adjective of a noun after it)?"""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tokens[k].key in _DEMONSTRATIVE_WORDS.get(language, ()):
        # "Celle-ci a signé", "Diese liefert": a verb next; not "celle-ci est une usine", "diese neue Fabrik"
        return nxt is not None and (nxt.key in _VERB_NEXT[language] or (
            nxt.key in SUBJECT_VERBS.get(language, ()) and not (language == "de" and nxt.key.endswith("n"))))
    if nxt is None or nxt.text in _PUNCT:
        return True
    if language == "de":
        return not nxt.text[:1].isupper()  # "Letztere Entwicklung": the adjective of its noun
    return nxt.key in _NEXT[language] or nxt.key in SUBJECT_VERBS.get(language, ())


def _span(tokens, k: int, language: str) -> int | None:
    """Index of the first token of a form of "the latter" ending at ``k``, or None."""
    key = tokens[k].key
    if key not in _WORDS.get(language, ()):
        return None
    for before, word in _FORMS[language]:
        if word != key:
            continue
        if before is None:
            return k
        j = k - 1
        if language == "it" and j >= 0 and tokens[j].text in ("'", "’"):
            j -= 1  # "quest'ultima": the elided article is its own token
        if word == "ci" and (j < 0 or tokens[j].end + 1 != tokens[k].start):
            continue  # "celle-ci" is written with its hyphen
        if j >= 0 and tokens[j].key == before:
            return j
    return None


def find_latter(text: str, sentences, sentence_tokens, language: str, companies: dict, occupied):
    """(start, end, sentence index, antecedent mention) for each "the latter" that stands for a company."""
    if language not in _FORMS:
        return []
    out = []
    words = _WORDS.get(language, ())
    if words.isdisjoint(page_keys(sentence_tokens)):
        return out
    for s_index, _s, _e, tokens in sentence_tokens:
        for k, tok in enumerate(tokens):
            if tok.key not in words:
                continue  # (``_span``'s own first test, asked here: most words are none of its forms)
            first = _span(tokens, k, language)
            if first is None or occupied.overlaps(tokens[first].start, tok.end) or not _is_pronoun(tokens, k, language):
                continue
            start = tokens[first].start
            before = [c for c in companies.get(s_index, ()) if c.end <= start]
            if not before and s_index > 0 and sentences[s_index - 1].story == sentences[s_index].story:
                before = list(companies.get(s_index - 1, ()))
            if not before:
                continue
            last = max(before, key=lambda c: c.end)
            # nothing named after the company: a person ("ha nominato Maria Rossi; quest'ultima ..."), a place,
            # a thing (more than a few words)
            lo = last.end
            between = [t for _, _, _, ts in sentence_tokens[max(0, s_index - 1) : s_index + 1] for t in ts
                       if lo <= t.start < start]
            words = [t for t in between if t.text[:1].isalnum()]
            gap = _APPOSED_GAP if _apposition(between) else _GAP
            if len(words) > gap or any(t.text[:1].isupper() and t.start != sentences[s_index].start for t in words):
                continue  # something else was named last: "un contrat de dix ans. Ce dernier", "in Spagna: quest'ultima"
            out.append((start, tok.end, s_index, last))
    return out
