"""A holder placed among the shareholders of the sentence's first company by a possessive:

    "Vostra raised EUR 2bn, while Norvik is among its longtime shareholders."
    "Vostra a levé 2 milliards, tandis que Norvik figure parmi ses actionnaires historiques."
    "Vostra ha raccolto 2 miliardi, mentre Norvik figura tra i suoi soci storici."
    "Vostra levantó 2.000 millones, mientras que Norvik figura entre sus accionistas."
    "Vostra sammelte zwei Milliarden ein, während Norvik zu seinen Aktionären gehört."

The frames read "among the shareholders of Y" with Y named; the possessive points back to the
company the sentence opens its run of clauses with (after the last colon or semicolon), named before
the holder. A stake, running; not "former" shareholders, not a negation.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["listed_holders", "possessive_holders"]

_I = re.IGNORECASE
_ADJ = r"(?:[\w-]+\s+){0,2}?"
#: after the holder: the verb of being among, the possessive, the holders' noun
_AMONG = {
    "en": re.compile(r"\s+(?:is|are|was|were|remains?|has\s+been|ranks?|counts?)\s+(?:also\s+|still\s+|now\s+)?(?:among|one\s+of)\s+(?:its|their)\s+" + _ADJ + r"(?:shareholders|investors|backers|owners|stakeholders)\b", _I),
    "fr": re.compile(r"\s+(?:figure|figurent|est|sont|reste|restent|compte|comptent)\s+(?:aussi\s+|également\s+|toujours\s+)?(?:parmi|au\s+nombre\s+de)\s+(?:ses|leurs)\s+" + _ADJ + r"(?:actionnaires|investisseurs|associés|propriétaires)\b", _I),
    "it": re.compile(r"\s+(?:figura|figurano|è|sono|resta|restano|rimane|rimangono)\s+(?:anche\s+|tuttora\s+|ancora\s+)?(?:tra|fra)\s+(?:i\s+suoi|i\s+loro)\s+" + _ADJ + r"(?:soci|azionisti|investitori|proprietari)\b", _I),
    "es": re.compile(r"\s+(?:figura|figuran|está|están|es|son|sigue|siguen)\s+(?:también\s+|todavía\s+|aún\s+)?(?:entre)\s+(?:sus)\s+" + _ADJ + r"(?:accionistas|inversores|socios|propietarios)\b", _I),
    "de": re.compile(r"\s+(?:(?:auch|weiterhin|noch|bereits)\s+)?zu\s+(?:seinen|ihren|dessen|deren)\s+" + _ADJ + r"(?:Aktionären|Anteilseignern|Gesellschaftern|Investoren|Geldgebern|Eigentümern)\s+(?:gehört|gehören|zählt|zählen|gehörte|gehörten|zählte|zählten)\b", _I),
}
#: words that undo the stake: a former holder, a negation
_NOT = re.compile(r"\b(?:former|ex|anciens?|anciennes?|ex-|ehemalig\w*|früher\w*|antiguos?|not|no\s+longer|ne|pas|non|più|no|nicht|kein\w*)\b", _I)
_BREAK = re.compile(r"[:;]")
#: a word that opens another clause between two names: no list ("EQT et Arkema, tandis que Renault figure")
#: (a relative pronoun too: "A, whose founder runs B", "A, dont le fondateur dirige B", "A, il cui
#: fondatore guida B", "A, cuyo fundador dirige B": the words after it tell of A, B is no fellow holder)
_CLAUSE = re.compile(r"\b(?:while|whereas|but|which|who|whose|whom|tandis|alors|mais|qui|que|dont|lequel|laquelle"
                     r"|mentre|ma|che|cui|quale|mientras|pero|cuy[oa]s?|cual|während|wobei|aber)\b", _I)

#: the holders' nouns, by language
_NOUNS = {
    "en": r"(?:shareholders|investors|backers|owners|stakeholders)",
    "fr": r"(?:actionnaires|investisseurs|associés|propriétaires)",
    "it": r"(?:soci|azionisti|investitori|proprietari)",
    "es": r"(?:accionistas|inversores|socios|propietarios)",
    "de": r"(?:Aktionären|Anteilseignern|Gesellschaftern|Investoren|Geldgebern|Eigentümern)",
}
#: the possessive and the noun, after a preposition of being among: "among its shareholders", "parmi ses
#: actionnaires minoritaires", "tra i suoi soci", "entre sus accionistas", "zu seinen Aktionären"
_AMONG_ITS = {
    "en": r"(?:among|as)\s+(?:its|their)\s+",
    "fr": r"(?:parmi|au\s+nombre\s+de)\s+(?:ses|leurs)\s+",
    "it": r"(?:tra|fra)\s+i\s+(?:suoi|loro|propri)\s+",
    "es": r"entre\s+sus\s+",
    "de": r"(?:zu|unter)\s+(?:seinen|ihren|dessen|deren)\s+",
}
#: the held company's verb of counting, right after its name: "Kestrel counts ...", "Kestrel a longtemps
#: compté ...", "Kestrel conta ...", "Kestrel cuenta con ...", "Kestrel tiene a ...", "Kestrel zählt ..."
_COUNTS = {
    "en": r"(?:also\s+|still\s+|now\s+)?(?:counts|counted|has|had|numbers|numbered|includes|included|lists)",
    "fr": r"(?:(?:a|avait)\s+(?:longtemps\s+|aussi\s+|également\s+|déjà\s+|toujours\s+)?compté|compte|comptait|comptent)",
    "it": r"(?:(?:ha|aveva)\s+(?:a\s+lungo\s+|anche\s+|già\s+)?(?:contato|annoverato)|conta|contava|annovera|annoverava|ha|aveva)",
    "es": r"(?:cuenta|contaba|ha\s+contado|tiene|tenía)",
    "de": r"(?:zählt|zählte|hat|hatte)",
}
#: before the list after the among-phrase: "con" or the personal "a" (Spanish)
_LIST_OPENS = r"(?:(?:con|a|al)\s+)?"
#: a description before a holder's name: "Swedish private equity firm", "le fonds suédois", "il gruppo"
_DESCRIBED = r"(?:[^\W\d][\w'’-]*\s+){0,5}?"
#: the counting told as over: "a longtemps compté", "had long counted", "contava da anni"
_LONG_PAST = re.compile(r"\b(?:longtemps|a\s+lungo|long|lange|durante\s+(?:años|mucho\s+tiempo)|for\s+years)\b", _I)
_PAST_COUNT = re.compile(r"\b(?:counted|had|compté|comptait|contato|contava|annoverato|annoverava|aveva|contaba|tenía|ha\s+contado|zählte|hatte)\b", _I)


#: between two holders of one list, a description of the next: ", the fund", " and Swedish private equity firm"
_NEXT_HOLDER = re.compile(r"\s*(?:,\s*|\s+(?:and|et|e|y|und|sowie)\s+)" + _DESCRIBED, _I)


#: between two names, a word that opens another role or predicate: a second among-phrase ("A, and among
#: its customers B", "A, et parmi ses clients B", "A, e tra i clienti B", "A, y entre sus clientes B",
#: "A und unter den Kunden B") or an adverb before a verb ("A, and also supplies B", "et fournit aussi B")
_OTHER_ROLE = re.compile(r"\b(?:among|amongst|parmi|tra|fra|entre|unter|also|aussi|également|anche|inoltre"
                         r"|también|además|auch|zudem)\b", _I)


def _next_holder(text: str, end: int, start: int) -> bool:
    """Whether the name at ``start`` continues the list of holders whose member ends at ``end``: a comma or
    a conjunction and a description between, never a clause ("A, which also backs B": B is not listed)
    nor another role (``_OTHER_ROLE``)."""
    return (_NEXT_HOLDER.fullmatch(text, end, start) is not None and not _CLAUSE.search(text, end, start)
            and not _OTHER_ROLE.search(text, end, start))


#: a fronted among-phrase, its verb, then the list: "among its shareholders are", "among the investors of Y
#: are", "parmi ses actionnaires figurent", "tra i soci di Y figurano", "entre los accionistas de Y figuran",
#: "zu den Aktionären von Y gehören"
_FRONT = {
    "en": (r"\b(?:among|amongst)\s+(?:(?:its|their|the)\s+)?", r"(?:are|is|were|was|include|included|rank|figure)"),
    "fr": (r"\bparmi\s+(?:ses|leurs|les)\s+", r"(?:figurent|figure|figuraient|sont|étaient|se\s+trouvent|on\s+(?:trouve|compte))"),
    "it": (r"\b(?:tra|fra)\s+(?:i\s+suoi|i\s+loro|gli|i)\s+", r"(?:figurano|figura|figuravano|ci\s+sono|c['’]è|compaiono|compare|si\s+trovano|spiccano)"),
    "es": (r"\bentre\s+(?:sus|los)\s+", r"(?:figuran|figura|figuraban|están|está|se\s+encuentran|destacan|hay)"),
    "de": (r"\b(?:zu|unter)\s+(?:seinen|ihren|dessen|deren|den)\s+", r"(?:gehören|gehört|gehörten|zählen|zählt|zählten|sind|ist|finden\s+sich|befinden\s+sich)"),
}
_OF = r"(?:\s+(?:of|de|du|des|d['’]|di|del|della|dello|dell['’]|von|vom|der)\s*(?P<of>[^,;:.]{1,60}?))?"


def _compiled(lang: str):
    noun = _ADJ + _NOUNS[lang] + r"\b"
    among = _AMONG_ITS[lang] + noun
    # (an apposition may stand between the company and its verb: "Kestrel, founded in 2020, counts")
    counts = r"(?:,[^,;:()]{1,80},)?\s+" + _COUNTS[lang] + r"\s+"
    return (re.compile(counts + among + r"\s+" + _LIST_OPENS + _DESCRIBED, _I),  # "counts among its shareholders L"
            re.compile(counts + _LIST_OPENS + _DESCRIBED, _I),                   # "counts L among its shareholders"
            re.compile(r"\s+" + among, _I),
            re.compile(_FRONT[lang][0] + _ADJ + _NOUNS[lang] + r"\b" + _OF + r",?\s+" + _FRONT[lang][1] + r"\s+"
                       + _LIST_OPENS + _DESCRIBED + r"$", _I))


_LISTS = {lang: _compiled(lang) for lang in _NOUNS}


def _fronted(front, text: str, groups) -> list[engine.Found]:
    """Holders listed after a fronted among-phrase: "Y raised EUR 30m, and among its shareholders are A and
    B", "Entre los accionistas de Y figuran A, B y C": the company named in the phrase, else the one the
    clause opens with (after the last colon or semicolon) before it."""
    out: list[engine.Found] = []
    for j, g in enumerate(groups):
        first = g.firsts[0]
        m = front.search(text, max(0, first - 160), first)
        if m is None or _NOT.search(m.group(0)):
            continue
        inside = [h for h in groups[:j] if h.start >= m.start()]
        if m.group("of") is not None:
            named = [h for h in inside if h.firsts[0] >= m.start("of")]
            if len(named) != 1 or len(named[0].names) != 1 or len(inside) != 1:
                continue
            held = named[0].names[0]
        else:
            lo = max((b.end() for b in _BREAK.finditer(text, 0, m.start())), default=0)
            before = [h for h in groups[:j] if h.start >= lo and h.end <= m.start()]
            if inside or not before or len(before[0].names) != 1:
                continue
            held = before[0].names[0]
        last = j
        while last + 1 < len(groups) and _next_holder(text, groups[last].end, groups[last + 1].firsts[0]):
            last += 1
        for name in dict.fromkeys(n for h in groups[j : last + 1] for n in h.names):
            if name != held:
                out.append(engine.Found("invests_in", name, held, "active", 0.65, None, (m.start(), m.end())))
        break  # (one list a sentence)
    return out


def listed_holders(lex: engine.Compiled, text: str, groups) -> list[engine.Found]:
    """Holders listed with a verb of counting after the company held, whatever the order of the list and
    the possessive noun:

        "Kestrel counts Brixo and the fund Norvik among its shareholders."
        "Kestrel compte parmi ses actionnaires Brixo et le fonds Norvik."
        "Kestrel conta tra i suoi azionisti di minoranza Brixo e Norvik."
        "Kestrel cuenta entre sus accionistas con Brixo y Norvik." / "Kestrel tiene entre sus socios a Brixo."
        "Kestrel zählt Brixo und Norvik zu seinen Aktionären."

    Each member of the list holds a stake in the company named right before the verb (a list is no
    chain of holders: "counts A and B among its shareholders" says nothing of A and B)."""
    rxs = _LISTS.get(lex.lang)
    if rxs is None or len(groups) < 2:
        return []
    after, before, among, front = rxs
    out: list[engine.Found] = _fronted(front, text, groups)
    for k, held in enumerate(groups[:-1]):
        if len(held.names) != 1:
            continue
        for j in range(k + 1, len(groups)):  # (past any names of an apposition: "Kestrel, la filiale de Tarvel, a compté")
            first = groups[j].firsts[0]
            last = j
            while last + 1 < len(groups) and _next_holder(text, groups[last].end, groups[last + 1].firsts[0]):
                last += 1  # "Brixo and Swedish private equity firm Norvik": one list the group reader cut at the description
            m = after.fullmatch(text, held.end, first)
            if m is None:
                m = before.fullmatch(text, held.end, first)
                if m is not None and among.match(text, groups[last].end) is None:
                    m = None
            if m is not None:
                break
        else:
            continue
        if _NOT.search(text, held.end, first):
            continue
        past = _PAST_COUNT.search(m.group(0)) is not None and _LONG_PAST.search(m.group(0)) is not None
        for name in dict.fromkeys(n for g in groups[j : last + 1] for n in g.names):
            if name != held.names[0]:
                out.append(engine.Found("invests_in", name, held.names[0], "ended" if past else "active", 0.65, None,
                                        (m.start(), m.end())))
    return out


def possessive_holders(lex: engine.Compiled, text: str, spans: list[tuple[int, int, str]]) -> list[engine.Found]:
    """``spans``: (start, end, name) of the sentence's companies, in order."""
    rx = _AMONG.get(lex.lang)
    if rx is None or len(spans) < 2:
        return []
    out: list[engine.Found] = []
    for k, (s, e, holder) in enumerate(spans):
        m = rx.match(text, e)
        if m is None or _NOT.search(m.group(0)):
            continue
        lo = max((b.end() for b in _BREAK.finditer(text, 0, s)), default=0)
        first = next(((a, b, n) for a, b, n in spans if a >= lo), None)
        if first is None or first[2] == holder or first[1] > s:
            continue
        # "A, B and C are among its shareholders" lists three holders: each holds the company, and where
        # the list opens the clause ("Outre A, B et C figurent ..."), the possessive's company is not named
        listed = [holder]
        j = k
        while j > 0 and _next_holder(text, spans[j - 1][1], spans[j][0]):
            j -= 1
            listed.append(spans[j][2])
        if first[2] in listed:
            continue
        for name in dict.fromkeys(reversed(listed)):
            out.append(engine.Found("invests_in", name, first[2], "active", 0.65, None, (m.start(), m.end())))
    return out
