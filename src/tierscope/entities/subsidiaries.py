"""A unit named by its parent: "la filiale de TotalEnergies", "la controllata di Stellantis", "la filial
de Iberdrola", "the subsidiary of Tata Motors", "die Tochter von Continental".

"Saft a signé un contrat avec Airbus. La filiale de TotalEnergies fournira des batteries à
l'avionneur": the subsidiary is Saft, the company named before whose parent (in the gazetteer, or as
its own name states) is TotalEnergies. Without such a company nearby the phrase names no one we know
("la filiale de TotalEnergies" alone), and next to a name it is an apposition ("la filiale de
TotalEnergies, Saft," / "Saft, la filiale de TotalEnergies,"), left to the name.

A bare "the unit" ("la filiale", "die Tochter", "la filial"), with no parent after it, stands for the
nearest company named before it that is a unit of a parent the story also names: "Thyssenkrupp will
Thyssenkrupp Steel Europe verkaufen. Die Tochter beliefert VW" - the unit is Thyssenkrupp Steel Europe.

The other way round, "la casa madre", "the parent company", "der Mutterkonzern", "la maison mère", "la
matriz" stand for the parent of the company the text was about just before, where the story names it.
With a possessive ("its parent", "sa maison mère", "la sua controllante", "su matriz", "seine
Muttergesellschaft") the parent is that of the company the possessive points to (the first one its
sentence names, else the first of the sentence before), named in the story or known to the gazetteer:
"PowerCo said its parent agreed to buy Y" is Volkswagen's deal, not PowerCo's.

The parent may also stand inside the unit noun, as its modifier: "the Volkswagen unit", "die VW-Tochter",
"die bisherige Northvolt-Tochter" opening a sentence stand for the unit of that parent named shortly before (the reference
covers the parent's name, which is then no party of its own: "The Volkswagen unit will supply Skoda" is
the unit's supply).
"""

from __future__ import annotations

from .gates import page_keys
from .unit_parents import unit_parent

__all__ = ["find_subsidiary_references", "find_parent_references", "find_bare_unit_references",
           "find_possessed_parents", "find_named_unit_references"]

_UNITS = {
    "it": frozenset("controllata consociata filiale".split()),
    "fr": frozenset("filiale".split()),
    "es": frozenset("filial subsidiaria".split()),
    "en": frozenset("subsidiary unit".split()),
    "de": frozenset("tochter tochtergesellschaft".split()),
}
_ARTICLES = frozenset("la il the die el l".split())
#: German cases beyond the nominative and accusative "die": the dative and genitive "der" ("bei der Tochter
#: von X", "mit der Batterietochter des X") and "zur" (zu der: "wechselt zur Tochter von X")
_DE_ARTICLES = frozenset("die der zur".split())
#: German words after which a unit noun is a predicate ("X ist die Tochter des Y") or an apposition
#: ("X, der Tochter des Y,"), read with its name as it stands
_DE_NOT_ARGUMENT = frozenset("ist war sind waren sei bleibt blieb wird wurde werden gilt galt als , ( – — -".split())
_OF = frozenset("de di of von del della dello dell du d".split())
_REACH = 3  # sentences back


def _unit_nouns(sentence_tokens, language):
    """(sentence index, tokens, k, token) for each unit noun ("filiale", "unit", "Tochter") that is not
    its sentence's first token; in German also a compound that ends in one, a field glued before it
    ("die Batterietochter von Y", "die Lkw-Tochter des Y": ``_compound_unit``)."""
    units = _UNITS.get(language)
    if not units:
        return
    keys = page_keys(sentence_tokens)
    if units.isdisjoint(keys) and not (language == "de" and any(_compound_unit(k) for k in keys)):
        return
    for s_index, _s, _e, tokens in sentence_tokens:
        for k, tok in enumerate(tokens):
            if k > 0 and (tok.key in units or (language == "de" and _compound_unit(tok.key))):
                yield s_index, tokens, k, tok


def _compound_unit(key: str) -> bool:
    """A German compound of a field and "Tochter" ("batterietochter", "lkw-tochter"); not a parent's name
    glued to the noun ("norvik-tochter": read as "the X unit", ``find_named_unit_references``) - the field is
    a lower-case word the tokenizer folds, so both read alike here and the parent after "von"/"des" decides."""
    return (key.endswith(("tochter", "tochtergesellschaft")) and len(key) > len("tochter") + 2
            and key not in _UNITS["de"] and not key.startswith(_KIN))


#: a daughter of a family, no unit: "die Schwiegertochter des Gründers", "seine Stieftochter"
_KIN = ("schwieger", "stief", "adoptiv", "pflege")


def find_subsidiary_references(text, sentences, sentence_tokens, language, companies, occupied, parents_of,
                               owners=None):
    """(start, end, sentence index, antecedent) for each "the subsidiary of <parent>" that stands for a
    unit of that parent named shortly before. ``parents_of(mention)``: the parent, grandparent ... names.
    ``owners``, where given, gets (start, sentence index) -> the parent's mention of each: the phrase
    states that parent's ownership (relations/unit_references.py reads it)."""
    out = []
    for s_index, tokens, k, tok in _unit_nouns(sentence_tokens, language):
        if k + 2 >= len(tokens):
            continue
        articles = _DE_ARTICLES if language == "de" else _ARTICLES
        art = k - 1 if tokens[k - 1].key in articles else k - 2 if k > 1 and tokens[k - 2].key in articles else None
        if art is None:
            continue
        parent = unit_parent(tokens, k, language, companies.get(s_index, ()), _argument(tokens, art, language))
        if parent is None or occupied.overlaps(tokens[art].start, tok.end) or _apposition(text, parent, companies, s_index):
            continue
        unit = _nearest_unit(sentences, s_index, tokens[art].start, companies, parent.canonical, parents_of)
        if unit is not None and not (unit.sentence == s_index and text[unit.end : tokens[art].start].strip() == ","):
            # (an apposition, "Saft, la filiale de TotalEnergies,", is read with its name as it stands)
            out.append((tokens[art].start, tok.end, s_index, unit))
            if owners is not None:
                owners[(tokens[art].start, s_index)] = parent
    return out


def _argument(tokens, art: int, language: str) -> bool:
    """Does the description stand as an argument of its clause: opening the sentence, or in German also
    after the finite verb of a fronted phrase or a conjunction ("Ab 2027 soll die Tochter des Konzerns Y
    liefern", "Wie die Tochter des Zulieferers Y mitteilte", "kauft bei der Tochter des Konzerns Y ein")?
    Then a description of the parent may stand before its name ("des Energiekonzerns Y")."""
    if art == 0:
        return True
    return language == "de" and tokens[art - 1].key not in _DE_NOT_ARGUMENT


def _apposition(text: str, parent, companies, s_index: int) -> bool:
    """Is a name right after the parent ("la filiale de TotalEnergies, Saft," / "... Stellantis Comau")?"""
    rest = text[parent.end : parent.end + 3]
    gap = parent.end + len(rest) - len(rest.lstrip(" ,"))
    return any(c.start == gap for c in companies.get(s_index, ()) if c is not parent)


def _nearest_unit(sentences, s_index, start, companies, parent: str, parents_of):
    story = sentences[s_index].story
    for back in range(s_index, max(-1, s_index - 1 - _REACH), -1):
        if sentences[back].story != story:
            return None
        for c in sorted(companies.get(back, ()), key=lambda m: m.start, reverse=True):
            if (back < s_index or c.end <= start) and c.canonical != parent and parent in parents_of(c):
                return c
    return None


#: The parent named by its role: (word before or None, word), folded; German compounds whole.
_PARENTS = {
    "it": {("casa", "madre"), (None, "capogruppo"), (None, "controllante")},
    "fr": {("maison", "mère"), ("société", "mère"), ("groupe", "parent")},
    "es": {("casa", "matriz"), ("empresa", "matriz"), ("sociedad", "matriz"), (None, "matriz")},
    "en": {("parent", "company"), ("parent", "group"), (None, "parent")},
    "de": {(None, w) for w in ("mutterkonzern", "mutterkonzerns", "muttergesellschaft", "konzernmutter",
                               "mutterunternehmen", "mutterunternehmens", "mutter", "mutterhaus", "mutterhauses",
                               "mutterfirma", "mutterholding")},
}
_PARENT_ARTICLES = frozenset("la il the die der des dem el l della del dalla dalla alla al du au des".split())
#: German articles in every case, fused with a preposition too: "an den Mutterkonzern", "vom Mutterkonzern",
#: "zum Mutterhaus", "zur Konzernmutter", "beim Mutterkonzern"
_DE_PARENT_ARTICLES = frozenset("die der des dem den vom zum zur beim".split())


def find_parent_references(text, sentences, sentence_tokens, language, companies, occupied, parents_of):
    """(start, end, sentence index, antecedent) for "la casa madre", "the parent company", "der
    Mutterkonzern", "la maison mère", "la matriz": the parent, named in the story, of the company the text
    was about just before ("Comau ha firmato. La casa madre One Equity Partners" is an apposition, left)."""
    forms = _PARENTS.get(language)
    if not forms:
        return []
    out = []
    for s_index, tokens, k, first in _parent_nouns(sentence_tokens, forms, language,
                                                   _DE_PARENT_ARTICLES.__contains__ if language == "de"
                                                   else lambda key: key.rstrip("'’") in _PARENT_ARTICLES):
        start, end = tokens[first - 1].start, tokens[k].end
        if occupied.overlaps(start, end) or _name_follows(tokens, k, s_index, companies):
            continue  # "la casa madre Stellantis": an apposition
        parent = _parent_named(sentences, s_index, start, companies, parents_of)
        if parent is not None:
            out.append((start, end, s_index, parent))
    return out


def _parent_nouns(sentence_tokens, forms, language: str, opener):
    """(sentence index, tokens, index of the noun's last word, index of its first word) for each parent
    noun of ``forms`` whose word before passes ``opener`` (an article, a possessive)."""
    words = {w for _, w in forms}
    if words.isdisjoint(page_keys(sentence_tokens)):
        return
    for s_index, _s, _e, tokens in sentence_tokens:
        for k, tok in enumerate(tokens):
            if tok.key not in words:
                continue
            first = _parent_noun(tokens, k, forms, language)
            if first is not None and first > 0 and opener(tokens[first - 1].key):
                yield s_index, tokens, k, first


def _name_follows(tokens, k: int, s_index: int, companies) -> bool:
    """Does a company mention start right after token ``k`` (the noun is an apposition to that name)?"""
    nxt = tokens[k + 1].start if k + 1 < len(tokens) else -1
    return any(c.start == nxt for c in companies.get(s_index, ()))


def _parent_noun(tokens, k: int, forms, language: str) -> int | None:
    """The index of the first word of the parent noun of ``forms`` that ends at token ``k`` ("casa madre":
    "casa"), or None; English "parent" before "company"/"group" is left to the two-word form."""
    key = tokens[k].key
    if language == "en" and key == "parent" and k + 1 < len(tokens) and tokens[k + 1].key in ("company", "group"):
        return None
    return next((k - 1 if b else k for b, w in forms if w == key and (
        b is None or (k > 0 and tokens[k - 1].key == b))), None)


def _parent_named(sentences, s_index, start, companies, parents_of):
    """The mention of the parent of the nearest company with one, where the story names that parent."""
    named = _named_before(sentences, s_index, start, companies)
    for c in _companies_back(sentences, s_index, start, companies):
        parents = parents_of(c)
        if parents and parents[0] in named:
            return named.get(parents[0])
    return None


def _named_before(sentences, s_index, start, companies) -> dict:
    """canonical name -> its first mention, for the companies the story names before ``start``."""
    story = sentences[s_index].story
    named = {}
    for back in range(s_index, -1, -1):
        if sentences[back].story != story:
            break
        for c in companies.get(back, ()):
            if back < s_index or c.end <= start:
                named.setdefault(c.canonical, c)
    return named


def _companies_back(sentences, s_index, start, companies):
    """The companies before ``start``, nearest first, in this sentence and up to ``_REACH`` before it
    within the same story."""
    story = sentences[s_index].story
    for back in range(s_index, max(-1, s_index - 1 - _REACH), -1):
        if sentences[back].story != story:
            return
        for c in sorted(companies.get(back, ()), key=lambda m: m.start, reverse=True):
            if back < s_index or c.end <= start:
                yield c


#: the articles before a bare unit noun (``_UNITS``; "the steel unit" may hold one word between)
_BARE_ARTICLES = frozenset("la il the die der el".split())


def find_bare_unit_references(text, sentences, sentence_tokens, language, companies, occupied, parents_of):
    """(start, end, sentence index, antecedent) for a bare "the unit" opening a sentence (or a clause
    after ";" or ":"; after a comma it is mostly an apposition, "Scania, la filiale poids lourds du
    groupe Traton,"): the nearest company named before it (this sentence or up to three back, same story) that is
    a unit of a parent the story names. Not "the unit of X" (``find_subsidiary_references``), not before
    a name ("the unit Saft": an apposition), not "a unit" (a new one)."""
    out = []
    for s_index, tokens, k, tok in _unit_nouns(sentence_tokens, language):
        art = k - 1 if tokens[k - 1].key in _BARE_ARTICLES else None
        if art is None and k > 1 and tokens[k - 2].key in _BARE_ARTICLES and tokens[k - 1].text[:1].islower():
            art = k - 2  # "the steel unit", "die Batterietochter" is one word already
        if art is None or (art > 0 and tokens[art - 1].text not in (";", ":") and not _de_inside(tokens, art, language)):
            continue  # the subject that opens the sentence (after a comma it is mostly an apposition)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if language == "de" and nxt is not None and nxt.key in _DE_OWNER_AFTER:
            continue  # "die Tochter des Konzerns", "der Tochter der Miba AG": the owner follows (find_subsidiary_references)
        if nxt is not None and (nxt.key.rstrip("'’") in _OF or any(c.start == nxt.start for c in companies.get(s_index, ()))):
            continue
        if occupied.overlaps(tokens[art].start, tok.end):
            continue
        unit = _unit_before(sentences, s_index, tokens[art].start, companies, parents_of)
        if unit is not None:
            out.append((tokens[art].start, tok.end, s_index, unit))
    return out


#: German: the words after a unit noun that name its owner ("die Tochter des Konzerns", "der Tochter von X")
_DE_OWNER_AFTER = frozenset("des der von vom eines einer".split())


def _de_inside(tokens, art: int, language: str) -> bool:
    """German uses "die Tochter" and "der Tochter" as a short reference anywhere in a clause ("Dass die
    Tochter ihr Vormaterial bei der Mutter einkauft", "Dafür kooperiert die Tochter mit Y", "größter
    Kunde der Tochter"), not only to open the sentence; after a comma it is an apposition still."""
    return language == "de" and tokens[art - 1].text not in (",", "(", "–", "—", "-")


def _unit_before(sentences, s_index, start, companies, parents_of):
    """The nearest company before ``start`` whose parent the story named before it."""
    named = _named_before(sentences, s_index, start, companies)
    for c in _companies_back(sentences, s_index, start, companies):
        parents = parents_of(c)
        if parents and parents[0] in named:
            return c
    return None


#: possessives before a parent noun of ``_PARENTS`` ("its parent", "sa maison mère", "la sua controllante")
_POSSESSIVES = {
    "en": frozenset(("its",)),
    "fr": frozenset(("sa", "son")),
    "it": frozenset(("sua",)),
    "es": frozenset(("su",)),
    "de": frozenset("seine seiner seinem seinen ihre ihrer ihrem ihren".split()),
}


def find_possessed_parents(text, sentences, sentence_tokens, language, companies, occupied, parents_of, known_parent):
    """(start, end, sentence index, antecedent) for "its parent" and its kin: the parent of the company
    the possessive points to. ``known_parent(name, start, end, s_index)``: a mention for a parent the story
    does not name (from the gazetteer), or None."""
    forms, owners = _PARENTS.get(language), _POSSESSIVES.get(language)
    if not forms or not owners:
        return []
    out = []
    for s_index, tokens, k, first in _parent_nouns(sentence_tokens, forms, language, owners.__contains__):
        start, end = tokens[first - 1].start, tokens[k].end
        if language == "it" and first > 1 and tokens[first - 2].key in ("la", "il"):
            start = tokens[first - 2].start  # "la sua controllante"
        if occupied.overlaps(start, end) or _name_follows(tokens, k, s_index, companies):
            continue  # "its parent Renault": an apposition, left to the name
        owner = _possessor(sentences, s_index, start, companies)
        if owner is None:
            continue
        parents = parents_of(owner)
        if not parents:
            continue
        named = _named_before(sentences, s_index, start, companies)
        parent = named.get(parents[0]) or known_parent(parents[0], start, end, s_index)
        if parent is not None:
            occupied.add(start, end)
            out.append((start, end, s_index, parent))
    return out


def _possessor(sentences, s_index, start, companies):
    """The company a possessive points to: the first its sentence names before it, else the first of the
    sentence before (same story)."""
    mine = [c for c in companies.get(s_index, ()) if c.end <= start]
    if mine:
        return min(mine, key=lambda c: c.start)
    if s_index > 0 and sentences[s_index - 1].story == sentences[s_index].story:
        prev = companies.get(s_index - 1, ())
        if prev:
            return min(prev, key=lambda c: c.start)
    return None


#: unit nouns after a parent's name: English "the X unit", German "die X-Tochter"
_MODIFIED_UNITS = {
    "en": frozenset("unit subsidiary arm division affiliate".split()),
    "de": frozenset("tochter tochtergesellschaft tochterfirma batterietochter".split()),
}
#: words that may stand between the article and the parent's name ("die bisherige Northvolt-Tochter")
_UNIT_ARTICLES = {
    "en": frozenset("the".split()),
    "de": frozenset("die der den dem".split()),
}
_UNIT_ADJECTIVES = frozenset("former bisherige bisherigen frühere früheren ehemalige ehemaligen".split())


def find_named_unit_references(text, sentences, sentence_tokens, language, companies, occupied, parents_of):
    """(start, end, sentence index, antecedent, parent mention) for "the X unit" / "die X-Tochter" opening a
    sentence (or a clause after ";" or ":"), that stands for the unit of X named shortly before."""
    nouns, articles = _MODIFIED_UNITS.get(language), _UNIT_ARTICLES.get(language)
    if not nouns:
        return []
    out = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for c in list(companies.get(s_index, ())):
            if c.source == "coref" or not c.text:
                continue
            k = next((i for i, t in enumerate(tokens) if t.start >= c.end), None)
            if k is None or tokens[k].key not in nouns:
                continue
            joined = text[c.end : tokens[k].start]
            if (language == "de" and joined != "-") or (language == "en" and joined != " "):
                continue
            a = next((i for i in range(len(tokens)) if tokens[i].end <= c.start and tokens[i + 1].start >= c.start), None)
            while a is not None and a > 0 and tokens[a].key in _UNIT_ADJECTIVES:
                a -= 1
            if a is None or tokens[a].key not in articles:
                continue
            if a > 0 and tokens[a - 1].text not in (";", ":"):
                continue  # the subject that opens the sentence only ("Alabama Power, the Southern Company
                # subsidiary," is an apposition that states the ownership)
            nxt = tokens[k + 1].start if k + 1 < len(tokens) else -1
            if any(m.start == nxt for m in companies.get(s_index, ())):
                continue  # "the Volkswagen unit PowerCo": an apposition, left to the name
            unit = _nearest_unit(sentences, s_index, tokens[a].start, companies, c.canonical, parents_of)
            if unit is not None:
                out.append((tokens[a].start, tokens[k].end, s_index, unit, c))
    return out
